"""What was left of issue 36: figures the twin knows instead of null or "", moved documents seen by sync
clients, and the contract list's ``has_invoices`` from one pass over the invoices."""

from __future__ import annotations

from starlette.testclient import TestClient

CONTRACTS = "/rr/api/v1/contracts"
INVOICES = "/coa/api/v1/invoice/"


def test_contract_list_says_which_contracts_have_invoices_after_an_invoice_is_added(client: TestClient) -> None:
    """A new contract lists ``has_invoices`` false, and true once an invoice bills under it (the list's
    per-version index follows the write)."""
    contract = client.post(
        CONTRACTS,
        json={
            "client": 42,
            "entity": 54,
            "contract_name": "Truth",
            "contract_start_date": "2026-01-01",
            "contract_end_date": "2026-12-31",
        },
    ).json()

    def listed() -> bool:
        rows = client.get(CONTRACTS, params={"limit": 100}).json()["results"]
        return next(r["has_invoices"] for r in rows if r["id"] == contract["id"])

    assert listed() is False
    invoice = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "client": 42,
        "contract": contract["id"],
        "lines": [{"product": 1, "quantity": 1, "rate": 100}],
    }
    assert client.post(INVOICES, json=invoice).status_code == 201
    assert listed() is True


def _manual_entry(**extra: object) -> dict[str, object]:
    return {
        "date": "2026-01-15",
        "memo": "No entity",
        "transactions": [{"account": 1010, "debit_amount": 10}, {"account": 1500, "credit_amount": 10}],
        **extra,
    }


def test_gl_lines_of_an_entry_without_entity_answer_the_root_entitys_currency(client: TestClient) -> None:
    """An entry naming no entity is kept in the root entity's books: it and its lines say USD, never ""."""
    entry = client.post("/coa/api/journal_entry", json=_manual_entry())
    assert entry.status_code == 201, entry.text
    assert entry.json()["currency"] == "USD"
    assert [line["currency"] for line in entry.json()["transactions"]] == ["USD", "USD"]
    log = client.get(
        "/coa/api/transaction", params={"start_date": "2026-01-15", "end_date": "2026-01-15", "limit": 1000}
    ).json()["results"]
    mine = [line for line in log if line["journal"] == entry.json()["id"]]
    assert [line["currency"] for line in mine] == ["USD", "USD"]


def test_gl_lines_of_an_entry_of_a_euro_entity_answer_euros(client: TestClient) -> None:
    """An entry of the German entity without a currency of its own is in its entity's currency, EUR."""
    entry = client.post("/coa/api/journal_entry", json=_manual_entry(entity=11)).json()
    assert entry["currency"] == "EUR"
    assert {line["currency"] for line in entry["transactions"]} == {"EUR"}
