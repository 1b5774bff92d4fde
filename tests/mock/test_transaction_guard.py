"""A bank transaction is never over-applied: not by lowering its amount, deleting it while used, or
drawing on it once deleted."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .test_credit_memos import TRANSACTION as REFUNDS_WITHDRAWAL
from .test_credit_memos import new_memo, refund
from .test_invoices import INVOICES, new_invoice

TRANSACTIONS = "/ca/api/transaction"
WIRE = 14728802  # the demo's wire transfer of 2,500.00, nothing applied


def pay(client: TestClient, amount: float, transaction: int = WIRE) -> tuple[int, t.Any]:
    """A new invoice's id, and the answer to paying ``amount`` of it from ``transaction``."""
    invoice = new_invoice(client)
    body = {"transactions": [{"transaction_id": transaction, "account_id": 1010, "amount": amount}]}
    return invoice["id"], client.post(f"{INVOICES}{invoice['id']}/pay/", json=body)


def test_an_amount_below_what_is_applied_is_a_400_that_changes_nothing(client: TestClient) -> None:
    """With 100.00 applied, PATCH amount 1 is refused naming the applied amount; 100 itself is fine."""
    assert pay(client, 100)[1].status_code == 200
    answer = client.patch(f"{TRANSACTIONS}/{WIRE}", json={"amount": 1})
    assert answer.status_code == 400
    assert answer.json() == {
        "amount": ["Ensure this value is at least 100.00, what payments and refunds have applied from it."]
    }
    assert client.get(f"{TRANSACTIONS}/{WIRE}").json()["amount"] in (2500, "2500.00", 2500.0)
    assert client.patch(f"{TRANSACTIONS}/{WIRE}", json={"amount": 100}).status_code == 200


def test_a_transaction_in_use_cannot_be_deleted(client: TestClient) -> None:
    """DELETE while a payment uses it is a 409 naming the invoice paid from it; once the payment is voided the
    delete goes through."""
    invoice, paid = pay(client, 100)
    answer = client.delete(f"{TRANSACTIONS}/{WIRE}")
    assert answer.status_code == 409
    assert answer.json() == {
        "detail": f"Bank transaction {WIRE} is applied by active payments or refunds (100.00) of invoice {invoice}; "
        "void them before you delete it."
    }
    payment = paid.json()["payment_ids"][0]
    assert client.post(f"{INVOICES}{invoice}/payment/{payment}/void/", json={}).status_code == 200
    assert client.delete(f"{TRANSACTIONS}/{WIRE}").status_code == 204


def test_a_transaction_used_by_a_refund_cannot_be_deleted(client: TestClient) -> None:
    """A credit memo refund drawing on the (money out) transaction holds it too: a 409 naming the memo."""
    made = new_memo(client)
    assert refund(client, made["id"], 10).status_code == 200
    answer = client.delete(f"{TRANSACTIONS}/{REFUNDS_WITHDRAWAL}")
    assert answer.status_code == 409
    assert f"credit memo {made['id']}" in answer.json()["detail"]


def test_a_deleted_transaction_funds_nothing(client: TestClient) -> None:
    """After DELETE, paying or refunding from the transaction is a 400: it does not exist any more."""
    assert client.delete(f"{TRANSACTIONS}/{WIRE}").status_code == 204
    _, answer = pay(client, 100)
    assert answer.status_code == 400
    assert answer.json()["transactions"][0]["transaction_id"] == [f'Invalid pk "{WIRE}" - object does not exist.']
    made = new_memo(client)
    refused = refund(client, made["id"], 10, transaction_id=WIRE)
    assert refused.status_code == 400
    assert refused.json()["transaction_id"] == [f'Invalid pk "{WIRE}" - object does not exist.']


def test_a_used_transaction_cannot_change_which_way_it_moves_money(client: TestClient) -> None:
    """Withdrawal 14728804 pays bill 31888: PATCH to a deposit of the same size is a 400 naming the bill, and
    the transaction stays money out; an unused one may change sign."""
    answer = client.patch(f"{TRANSACTIONS}/14728804", json={"amount": 1200})
    assert answer.status_code == 400
    assert answer.json() == {
        "amount": [
            "Bank transaction 14728804 is money in (1200.00): it cannot pay a bill. It is used by bill 31888: "
            "void that first."
        ]
    }
    assert float(client.get(f"{TRANSACTIONS}/14728804").json()["amount"]) == -1200
    assert client.patch(f"{TRANSACTIONS}/{WIRE}", json={"amount": -2500}).status_code == 200
