"""An invoice's ``revenue_transactions``: the ids of the live revenue transactions that name it, answered
on retrieve and list, and set (as DRF sets a many-related field) by an invoice written with them."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .test_invoices import INVOICES, new_invoice

REVENUE = "/rr/api/v1/transactions"
INVOICE_BODY = {
    "invoice_date": "2026-01-10",
    "due_date": "2026-02-09",
    "entity": 54,
    "client": 42,
    "lines": [{"product": 1, "quantity": 2, "rate": 250}],
}


def new_revenue(client: TestClient, **values: t.Any) -> int:
    response = client.post(REVENUE, json={"amount": 100, "transaction_date": "2026-01-01", **values})
    assert response.status_code == 201, response.text
    return t.cast(int, response.json()["id"])


def linked(client: TestClient, invoice_id: int) -> list[int]:
    response = client.get(f"{INVOICES}{invoice_id}")
    assert response.status_code == 200, response.text
    return t.cast(list[int], response.json()["revenue_transactions"])


def test_an_invoice_answers_the_revenue_transactions_that_name_it(client: TestClient) -> None:
    """A revenue transaction posted with ``invoice`` shows on that invoice's retrieve and list row, not on others."""
    inv, other = new_invoice(client), new_invoice(client)
    assert inv["revenue_transactions"] == []
    first, second = new_revenue(client, invoice=inv["id"]), new_revenue(client, invoice=inv["id"])
    assert linked(client, inv["id"]) == [first, second]
    assert linked(client, other["id"]) == []
    rows = client.get(INVOICES, params={"limit": 1000}).json()["results"]
    assert next(r for r in rows if r["id"] == inv["id"])["revenue_transactions"] == [first, second]


def test_a_deleted_revenue_transaction_leaves_its_invoice(client: TestClient) -> None:
    """Deleting a linked revenue transaction drops it from the invoice's answer (no cached stale id)."""
    inv = new_invoice(client)
    first, second = new_revenue(client, invoice=inv["id"]), new_revenue(client, invoice=inv["id"])
    assert linked(client, inv["id"]) == [first, second]
    assert client.delete(f"{REVENUE}/{first}").status_code == 204
    assert linked(client, inv["id"]) == [second]


def test_writing_an_invoices_revenue_transactions_links_exactly_those(client: TestClient) -> None:
    """A create or PATCH with ``revenue_transactions`` makes them name the invoice and unlinks the rest."""
    first, second = new_revenue(client), new_revenue(client)
    inv = new_invoice(client, revenue_transactions=[first])
    assert inv["revenue_transactions"] == [first]
    assert client.get(f"{REVENUE}/{first}").json()["invoice"] == inv["id"]
    response = client.patch(f"{INVOICES}{inv['id']}", json={"revenue_transactions": [second]})
    assert response.status_code == 200, response.text
    assert response.json()["revenue_transactions"] == [second]
    assert client.get(f"{REVENUE}/{first}").json()["invoice"] is None
    assert client.patch(f"{INVOICES}{inv['id']}", json={"memo": "kept"}).json()["revenue_transactions"] == [second]


def test_an_unknown_revenue_transaction_is_400_and_links_nothing(client: TestClient) -> None:
    """An id of no revenue transaction is DRF's ``Invalid pk`` 400, and the invoice keeps its links."""
    first = new_revenue(client)
    inv = new_invoice(client, revenue_transactions=[first])
    response = client.patch(f"{INVOICES}{inv['id']}", json={"revenue_transactions": [first, 987654]})
    assert response.status_code == 400
    assert response.json() == {"revenue_transactions": ['Invalid pk "987654" - object does not exist.']}
    assert linked(client, inv["id"]) == [first]


def test_a_revenue_transaction_answers_what_its_invoice_tells(client: TestClient) -> None:
    """A revenue transaction naming an invoice answers that invoice's number, date and payment status."""
    inv = new_invoice(client)
    answer = client.get(f"{REVENUE}/{new_revenue(client, invoice=inv['id'])}").json()
    told = (answer["invoice_number"], answer["invoice_date"], answer["invoice_payment_status"])
    assert told == (inv["invoice_number"], inv["invoice_date"], inv["payment_status"])
    assert answer["invoice_voided_date"] is None
    unlinked = client.get(f"{REVENUE}/{new_revenue(client)}").json()
    assert (unlinked["invoice"], unlinked["invoice_number"]) == (None, None)


def test_deleting_an_invoice_unlinks_its_revenue_transactions(client: TestClient) -> None:
    """A deleted invoice leaves no revenue transaction naming it: ``invoice`` becomes null (nullable, SET_NULL)."""
    inv = new_invoice(client)
    revenue = new_revenue(client, invoice=inv["id"])
    assert client.delete(f"{INVOICES}{inv['id']}/").status_code == 204
    answer = client.get(f"{REVENUE}/{revenue}").json()
    assert (answer["invoice"], answer["invoice_number"]) == (None, None)


def test_revenue_transaction_ids_may_be_numeric_strings(client: TestClient) -> None:
    """``revenue_transactions: ["N"]`` links transaction N on a create and a PATCH, as DRF's pk field reads it."""
    first, second = new_revenue(client), new_revenue(client)
    inv = new_invoice(client, revenue_transactions=[str(first)])
    assert inv["revenue_transactions"] == [first]
    response = client.patch(f"{INVOICES}{inv['id']}", json={"revenue_transactions": [str(first), str(second)]})
    assert response.status_code == 200, response.text
    assert response.json()["revenue_transactions"] == [first, second]
    assert client.get(f"{REVENUE}/{second}").json()["invoice"] == inv["id"]


def test_a_bad_revenue_transaction_item_is_drfs_flat_400(client: TestClient) -> None:
    """Text that is no id, or the id of no transaction, is DRF's flat message and creates no invoice."""
    before = client.get(INVOICES, params={"limit": 1}).json()["count"]
    bad_text = client.post(INVOICES, json={**INVOICE_BODY, "revenue_transactions": ["abc"]})
    assert bad_text.status_code == 400
    assert bad_text.json() == {"revenue_transactions": ["Incorrect type. Expected pk value, received str."]}
    unknown = client.post(INVOICES, json={**INVOICE_BODY, "revenue_transactions": ["987654"]})
    assert unknown.status_code == 400
    assert unknown.json() == {"revenue_transactions": ['Invalid pk "987654" - object does not exist.']}
    assert client.get(INVOICES, params={"limit": 1}).json()["count"] == before


def test_moving_an_invoice_or_credit_memo_to_another_contract_keeps_its_revenue_on_its_contract(
    client: TestClient,
) -> None:
    """An invoice of contract 12954 listing its revenue transaction 2 cannot move to contract 500 while it lists
    it (400 under ``contract``, nothing changes), as a create listing another contract's transaction is refused;
    moving it with ``revenue_transactions: []`` (or new ones of 500) works. A credit memo's the same."""
    inv = new_invoice(client, client=33973, contract=12954, revenue_transactions=[2])
    moved = client.patch(f"{INVOICES}{inv['id']}/", json={"contract": 500})
    words = "Revenue transaction 2 belongs to contract 12954, not to this invoice's contract 500."
    assert (moved.status_code, moved.json()) == (400, {"contract": [words]})
    kept = client.get(f"{INVOICES}{inv['id']}/").json()
    assert (kept["contract"], kept["revenue_transactions"]) == (12954, [2])
    put = client.put(f"{INVOICES}{inv['id']}/", json={**INVOICE_BODY, "client": 33973, "contract": 500})
    assert (put.status_code, put.json()) == (400, {"contract": [words]})
    cleared = client.patch(f"{INVOICES}{inv['id']}/", json={"contract": 500, "revenue_transactions": []})
    assert cleared.status_code == 200, cleared.text
    assert (cleared.json()["contract"], cleared.json()["revenue_transactions"]) == (500, [])
    memo = client.post(
        "/coa/api/v1/credit-memo",
        json={"entity": 54, "client": 33973, "contract": 12954, "credit_memo_date": "2026-01-05",
              "lines": [{"account": 169208, "amount": 10}]},
    ).json()  # fmt: skip
    txn = new_revenue(client, contract=12954, credit_memo=memo["id"])
    refused = client.patch(f"/coa/api/v1/credit-memo/{memo['id']}", json={"contract": 500})
    assert refused.status_code == 400
    assert refused.json() == {
        "contract": [f"Revenue transaction {txn} belongs to contract 12954, not to this credit memo's contract 500."]
    }
    assert client.get(f"/coa/api/v1/credit-memo/{memo['id']}").json()["contract"] == 12954
