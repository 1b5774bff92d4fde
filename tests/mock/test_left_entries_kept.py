"""Contracts' links to entries that leave the ledger are found from the kept ledger's owners and the documents
a write touched: a write never builds the whole ledger again to find them (issue 36's leftover, slow on a big
workspace that links entries)."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.domain import left_entries

from .payables import BILLS, new_bill
from .test_credit_memos import MEMOS as CREDIT_MEMOS
from .test_credit_memos import new_memo as new_credit_memo
from .test_debit_memos import MEMOS as DEBIT_MEMOS
from .test_debit_memos import new_memo as new_debit_memo

JOURNAL = "/coa/api/journal_entry"
CONTRACT = "/rr/api/v1/contracts/500"
INVOICES = "/coa/api/v1/invoice"
LINES = [{"account": 1300, "debit_amount": 10}, {"account": 1010, "credit_amount": 10}]


def _no_rebuild(ws: t.Any) -> t.NoReturn:
    raise AssertionError("the write built the whole ledger again")


@pytest.fixture
def linked(client: TestClient) -> tuple[int, int, int]:
    """A new invoice on contract 500, its entry and a manual entry both linked by the contract, and the ledger
    read once (kept): the invoice's id, its entry's id and the manual entry's id."""
    seeded = client.get(INVOICES, params={"limit": 1}).json()["results"][0]
    body = {k: seeded[k] for k in ("entity", "invoice_date", "due_date", "currency")}
    line = {"product": seeded["lines"][0]["product"], "quantity": 1, "rate": 100}
    made = client.post(INVOICES, json={**body, "client": 42, "contract": 500, "lines": [line]})
    assert made.status_code == 201, made.text
    manual = client.post(JOURNAL, json={"date": "2026-05-10", "memo": "Kept", "transactions": LINES})
    assert manual.status_code == 201, manual.text
    invoice, entry, kept = made.json()["id"], made.json()["journal_entry"], manual.json()["id"]
    assert client.patch(CONTRACT, json={"journal_entries": [entry, kept]}).status_code == 200
    assert client.get(f"{JOURNAL}/{entry}").status_code == 200  # the ledger is read, so kept
    return invoice, entry, kept


def test_a_void_keeps_the_links_without_building_the_ledger_again(
    client: TestClient, linked: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Voiding a linked invoice (a posted document changed) keeps both links, found without a ledger rebuild."""
    invoice, entry, kept = linked
    monkeypatch.setattr(left_entries, "ledger", _no_rebuild)
    voided = client.post(f"{INVOICES}/{invoice}/void", json={"void_date": "2026-02-01"})
    assert voided.status_code == 200, voided.text
    assert client.get(CONTRACT).json()["journal_entries"] == [entry, kept]


def test_deleting_a_linked_invoice_after_other_writes_unlinks_it_without_building_the_ledger_again(
    client: TestClient, linked: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a pay and its void's delete (documents written since the ledger was last read), deleting the
    invoice takes its entry out of the contract, and only it, with no ledger rebuild in any of the writes."""
    invoice, entry, kept = linked
    monkeypatch.setattr(left_entries, "ledger", _no_rebuild)
    bank = {"account_id": 1010, "account_name": "Bank", "amount": 50, "payment_date": "2026-01-20"}
    paid = client.post(f"{INVOICES}/{invoice}/pay", json={"empty_transactions": [bank]})
    assert paid.status_code in (200, 201), paid.text
    payment = paid.json()["payment_ids"][0]
    assert client.delete(f"{INVOICES}/{invoice}/payment/{payment}/void").status_code == 204
    assert client.get(CONTRACT).json()["journal_entries"] == [entry, kept]
    assert client.delete(f"{INVOICES}/{invoice}").status_code == 204
    assert client.get(CONTRACT).json()["journal_entries"] == [kept]
    assert client.get(f"{JOURNAL}/{entry}").status_code == 404


def _manual(client: TestClient) -> dict[str, t.Any]:
    made = client.post(JOURNAL, json={"date": "2026-05-11", "memo": "Goes", "transactions": LINES})
    assert made.status_code == 201, made.text
    return {**made.json(), "journal_entry": made.json()["id"]}


#: The other documents whose entries the rule follows: (their path, how one is made, whether it voids).
DOCUMENTS: dict[str, tuple[str, t.Callable[[TestClient], dict[str, t.Any]], bool]] = {
    "bill": (BILLS, lambda client: new_bill(client), True),
    "credit memo": (CREDIT_MEMOS, lambda client: new_credit_memo(client), True),
    "debit memo": (DEBIT_MEMOS, lambda client: new_debit_memo(client), True),
    "journal entry": (JOURNAL, _manual, False),
}


def _link(client: TestClient, kind: str) -> tuple[str, int, int, int]:
    """A new document of ``kind`` whose entry contract 500 links beside a kept manual entry, and the ledger read
    once (kept): the document's path and id, its entry's id and the kept entry's id."""
    path, make, _ = DOCUMENTS[kind]
    made = make(client)
    entry = made["journal_entry"]
    assert isinstance(entry, int), made
    kept = client.post(JOURNAL, json={"date": "2026-05-10", "memo": "Kept", "transactions": LINES}).json()["id"]
    assert client.patch(CONTRACT, json={"journal_entries": [entry, kept]}).status_code == 200
    assert client.get(f"{JOURNAL}/{entry}").status_code == 200  # the ledger is read, so kept
    return path, made["id"], entry, kept


@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_deleting_a_linked_document_unlinks_its_entry_without_building_the_ledger_again(
    client: TestClient, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting a bill, credit memo, debit memo or manual entry the contract links takes that entry out of the
    contract, and only it, with no ledger rebuild."""
    path, doc, entry, kept = _link(client, kind)
    monkeypatch.setattr(left_entries, "ledger", _no_rebuild)
    deleted = client.delete(f"{path}/{doc}/" if path != JOURNAL else f"{path}/{doc}")
    assert deleted.status_code == 204, deleted.text
    assert client.get(CONTRACT).json()["journal_entries"] == [kept]
    assert client.get(f"{JOURNAL}/{entry}").status_code == 404


@pytest.mark.parametrize("kind", [kind for kind, (_, _, voids) in DOCUMENTS.items() if voids])
def test_voiding_a_linked_document_keeps_its_links_without_building_the_ledger_again(
    client: TestClient, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A void changes a posted document but its entry stays in the ledger (a reversal is added): both links
    are kept, found without a ledger rebuild."""
    path, doc, entry, kept = _link(client, kind)
    monkeypatch.setattr(left_entries, "ledger", _no_rebuild)
    voided = client.post(f"{path}/{doc}/void/", json={"void_date": "2026-06-01"})
    assert voided.status_code == 200, voided.text
    assert client.get(CONTRACT).json()["journal_entries"] == [entry, kept]
