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


def test_an_action_on_a_missing_invoice_is_a_404_before_its_body_is_checked(client: TestClient) -> None:
    """``POST /coa/api/v1/invoice/999999/pay/`` with an incomplete payment answers 404, as DRF's action looks
    the invoice up (``get_object``) before it validates the body; on a real invoice the same body is a 400."""
    incomplete = {"empty_transactions": [{"amount": 5}]}
    missing = client.post(f"{INVOICES}999999/pay/", json=incomplete)
    assert (missing.status_code, missing.json()) == (404, {"detail": "Not found."})
    real = client.post(f"{INVOICES}47864/pay/", json=incomplete)
    assert real.status_code == 400
    assert real.json() == {
        "empty_transactions": [
            {
                "account_id": ["This field is required."],
                "account_name": ["This field is required."],
                "payment_date": ["This field is required."],
            }
        ]
    }


def test_an_update_of_a_missing_object_is_a_404_whatever_its_body(client: TestClient) -> None:
    """PUT and PATCH look the object up first (DRF's ``UpdateModelMixin``): a missing bill, contract or
    milestone is a 404 even with a body that would be a 400; a create's bad body stays a 400."""
    assert client.put("/coa/api/v1/bill/999999/", json={}).status_code == 404
    bad_date = {"contract_start_date": "soon"}
    assert client.patch(f"{CONTRACTS}/999999", json=bad_date).json() == {"detail": "Not found."}
    assert client.patch(f"{CONTRACTS}/12954/milestones/999", json={"amount": "x"}).status_code == 404
    present = client.patch(f"{CONTRACTS}/12954", json=bad_date)
    assert present.status_code == 400
    assert present.json() == {
        "contract_start_date": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]
    }
    created = client.post(INVOICES, json={"client": 42})
    assert created.status_code == 400 and created.json()["entity"] == ["This field is required."]
