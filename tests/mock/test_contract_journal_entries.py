"""A contract's ``journal_entries`` is a many-to-many link to the ledger's entries: deleting an entry it names
removes the link, as Django's delete removes the M2M rows of the deleted row, and leaves the other links."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

JOURNAL, INTERCOMPANY = "/coa/api/journal_entry", "/coa/api/intercompany-journal-entry"
CONTRACT = "/rr/api/v1/contracts/500"
LINES = [{"account": 1300, "debit_amount": 10}, {"account": 1010, "credit_amount": 10}]


def _entry(client: TestClient, memo: str) -> int:
    made = client.post(JOURNAL, json={"date": "2026-05-10", "memo": memo, "transactions": LINES})
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def test_deleting_a_journal_entry_a_contract_names_unlinks_it(client: TestClient) -> None:
    """The delete is a 204; the contract no longer lists the entry, keeps the other, and still reads (no 500)."""
    gone, kept = _entry(client, "Deferred revenue"), _entry(client, "Kept")
    linked = client.patch(CONTRACT, json={"journal_entries": [gone, kept]})
    assert linked.status_code == 200, linked.text
    before = client.get(CONTRACT).json()["last_modified_at"]
    assert client.delete(f"{JOURNAL}/{gone}").status_code == 204
    contract = client.get(CONTRACT).json()
    assert contract["journal_entries"] == [kept]
    assert contract["last_modified_at"] == before  # an M2M removal does not save the contract
    assert client.get("/rr/api/v1/contracts").status_code == 200
    saved = client.patch(CONTRACT, json={"memo": "still writable"})  # its links all name live entries
    assert saved.status_code == 200, saved.text


def test_deleting_an_intercompany_entry_unlinks_its_parts(client: TestClient) -> None:
    """A part of an intercompany entry named by a contract leaves it when the intercompany entry is deleted."""
    lines: list[dict[str, t.Any]] = [
        {"entity": 54, "account": 1300, "debit_amount": 5},
        {"entity": 54, "account": 1010, "credit_amount": 5},
        {"entity": 1, "account": 1010, "debit_amount": 5},
        {"entity": 1, "account": 2700, "credit_amount": 5},
    ]
    made = client.post(INTERCOMPANY, json={"date": "2026-05-10", "memo": "Loan", "transactions": lines}).json()
    parts = sorted({ln["journal"] for ln in made["transactions"]})
    assert client.patch(CONTRACT, json={"journal_entries": parts}).status_code == 200
    assert client.delete(f"{INTERCOMPANY}/{made['id']}").status_code == 204
    assert client.get(CONTRACT).json()["journal_entries"] == []


def _posted_invoice(client: TestClient) -> tuple[int, int]:
    """A new invoice on contract 500 (its customer, 42) and its journal entry's id."""
    seeded = client.get("/coa/api/v1/invoice", params={"limit": 1}).json()["results"][0]
    body = {k: seeded[k] for k in ("entity", "invoice_date", "due_date", "currency")}
    line = {"product": seeded["lines"][0]["product"], "quantity": 1, "rate": 100, "amount": 100}
    made = client.post("/coa/api/v1/invoice", json={**body, "client": 42, "contract": 500, "lines": [line]})
    assert made.status_code == 201, made.text
    return int(made.json()["id"]), int(made.json()["journal_entry"])


def test_a_voided_invoices_entry_stays_and_a_deleted_ones_leaves(client: TestClient) -> None:
    """Voiding keeps the invoice's entry in the ledger (a reversing entry undoes it), so the contract keeps
    listing it; reopening takes the reversal out of the ledger, and out of the contract; deleting the invoice
    takes its entry out of both, and the contract stays writable."""
    key, entry = _posted_invoice(client)
    kept = _entry(client, "Kept")
    assert client.patch(CONTRACT, json={"journal_entries": [entry, kept]}).status_code == 200
    voided = client.post(f"/coa/api/v1/invoice/{key}/void", json={"void_date": "2026-02-01"})
    assert voided.status_code == 200, voided.text
    reversal = voided.json()["voided_journal_entry"]
    assert client.get(f"{JOURNAL}/{entry}").status_code == 200
    assert client.get(CONTRACT).json()["journal_entries"] == [entry, kept]
    assert client.patch(CONTRACT, json={"journal_entries": [entry, reversal, kept]}).status_code == 200
    assert client.post(f"/coa/api/v1/invoice/{key}/reopen").status_code == 200
    assert client.get(f"{JOURNAL}/{reversal}").status_code == 404
    assert client.get(CONTRACT).json()["journal_entries"] == [entry, kept]
    assert client.delete(f"/coa/api/v1/invoice/{key}").status_code == 204
    assert client.get(f"{JOURNAL}/{entry}").status_code == 404
    assert client.get(CONTRACT).json()["journal_entries"] == [kept]
    saved = client.patch(CONTRACT, json={"memo": "still writable"})  # its links all name live entries
    assert saved.status_code == 200, saved.text


def test_a_deleted_payment_void_a_deleted_credit_memo_and_a_deleted_bill_leave_the_contract(
    client: TestClient,
) -> None:
    """Each write that takes an entry out of the ledger (deleting an invoice payment's void, a credit memo, a
    bill) takes it out of the contract's ``journal_entries`` too; the other link stays and the contract stays
    writable."""
    key, _ = _posted_invoice(client)
    bank = {"account_id": 1010, "account_name": "Bank", "amount": 50, "payment_date": "2026-01-20"}
    paid = client.post(f"/coa/api/v1/invoice/{key}/pay", json={"empty_transactions": [bank]})
    assert paid.status_code in (200, 201), paid.text
    payment, payment_entry = paid.json()["payment_ids"][0], paid.json()["journal_entry_ids"][0]
    memo = client.post(
        "/coa/api/v1/credit-memo",
        json={
            "entity": 54,
            "credit_memo_date": "2026-05-05",
            "client": 42,
            "lines": [{"account": 169208, "amount": 10}],
        },
    ).json()
    bill = client.post(
        "/coa/api/v1/bill",
        json={"entity": 54, "vendor": 34182, "bill_number": "B-77", "bill_date": "2026-05-01",
              "due_date": "2026-05-31", "lines": [{"account": 2622, "amount": 10}]},
    ).json()  # fmt: skip
    kept = _entry(client, "Kept")
    links = [payment_entry, memo["journal_entry"], bill["journal_entry"], kept]
    assert client.patch(CONTRACT, json={"journal_entries": links}).status_code == 200
    for gone, delete in (
        (payment_entry, f"/coa/api/v1/invoice/{key}/payment/{payment}/void"),
        (memo["journal_entry"], f"/coa/api/v1/credit-memo/{memo['id']}"),
        (bill["journal_entry"], f"/coa/api/v1/bill/{bill['id']}/"),
    ):
        deleted = client.delete(delete)
        assert deleted.status_code == 204, deleted.text
        assert client.get(f"{JOURNAL}/{gone}").status_code == 404
        links.remove(gone)
        assert client.get(CONTRACT).json()["journal_entries"] == links
    assert links == [kept]
    saved = client.patch(CONTRACT, json={"memo": "still writable"})  # its links all name live entries
    assert saved.status_code == 200, saved.text
