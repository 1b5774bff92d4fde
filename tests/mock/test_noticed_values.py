"""What the acceptance pass noticed (issue 36, second pass): a bank account's chart account read one way
(the chart account's id, as upstream's list filter describes it) with its name answered, and a relation's
attribute answered from the target's answer (its schema default included)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .payables import VENDOR_WITHDRAWAL

BANK_ACCOUNTS = "/ca/api/account"


def test_a_bank_account_names_its_chart_account(client: TestClient) -> None:
    """The demo's bank account, linked to chart account 1010, answers that account's name."""
    bank = client.get(f"{BANK_ACCOUNTS}/1").json()
    assert bank["chart_of_accounts_account"] == 1010
    assert bank["chart_of_accounts_account_name"] == "1010 - Operating Bank Account"


def test_a_bank_account_linked_to_a_missing_chart_account_is_refused(client: TestClient) -> None:
    """A bank account naming a chart account that does not exist is a 400 under the field, as DRF's
    PrimaryKeyRelatedField answers."""
    made = client.post(BANK_ACCOUNTS, json={"name": "Nowhere", "entity": 54, "chart_of_accounts_account": 999999})
    assert made.status_code == 400
    assert made.json() == {"chart_of_accounts_account": ['Invalid pk "999999" - object does not exist.']}


def test_a_subscriptions_product_is_renewable_reads_the_products_answer(client: TestClient) -> None:
    """A subscription to product 1 (which answers ``is_renewable: false``, its schema's answer for a
    boolean it does not hold) answers ``product_is_renewable: false``, not null; a renewable product, true."""
    assert client.get("/rr/api/v1/product/1").json()["is_renewable"] is False
    body = {"contract": 12954, "product": 1, "start_date": "2025-01-01", "end_date": "2025-12-31"}
    made = client.post("/rr/api/v1/contracts/12954/subscriptions", json=body)
    assert made.status_code == 201, made.text
    assert (made.json()["product_name"], made.json()["product_is_renewable"]) == ("Widget A", False)
    assert client.patch("/rr/api/v1/product/1", json={"is_renewable": True}).status_code == 200
    again = client.get(f"/rr/api/v1/contracts/12954/subscriptions/{made.json()['id']}").json()
    assert again["product_is_renewable"] is True


def _made_payments(client: TestClient, bill_id: int, transaction_id: int) -> list[dict[str, t.Any]]:
    found = client.get(f"/coa/api/v1/bill/{bill_id}").json()["payments"]
    return [p for p in found if p["payment_transaction"] == transaction_id]


def test_applying_a_withdrawal_to_its_vendors_bills_answers_what_it_paid(client: TestClient) -> None:
    """``POST /coa/api/transaction/{id}/bill_payments`` answers, as ``invoice_payments`` does, each bill it paid
    and how much, the payments and journal entries it made and what is left of the transaction; a second
    apply pays nothing and says so."""
    made = client.post(f"/coa/api/transaction/{VENDOR_WITHDRAWAL}/bill_payments")  # 600.00 to vendor 900
    assert made.status_code == 201
    paid = [*_made_payments(client, 31889, VENDOR_WITHDRAWAL), *_made_payments(client, 31890, VENDOR_WITHDRAWAL)]
    assert made.json() == {
        "transaction_id": VENDOR_WITHDRAWAL,
        "applied": [{"bill_id": 31889, "amount": 500}, {"bill_id": 31890, "amount": 100}],
        "payment_ids": [p["id"] for p in paid],
        "journal_entry_ids": [p["payment_journal_entry"] for p in paid],
        "unapplied_amount": 0,
    }
    again = client.post(f"/coa/api/transaction/{VENDOR_WITHDRAWAL}/bill_payments")
    assert again.status_code == 201
    assert again.json() == {
        "transaction_id": VENDOR_WITHDRAWAL,
        "applied": [],
        "payment_ids": [],
        "journal_entry_ids": [],
        "unapplied_amount": 0,
    }


def test_a_revenue_transaction_cannot_move_to_another_contracts_invoice(client: TestClient) -> None:
    """Revenue transaction 2 (contract 12954) may name its contract's invoice 58700 or an invoice of no
    contract, but naming invoice 145002 (contract 500) is a 400 under ``invoice`` saying so, and changes
    nothing; a new transaction on contract 500 may name 145002."""
    moved = client.patch("/rr/api/v1/transactions/2", json={"invoice": 145002})
    assert moved.status_code == 400
    assert moved.json() == {
        "invoice": ["Invoice 145002 belongs to contract 500, not to this transaction's contract 12954."]
    }
    assert client.get("/rr/api/v1/transactions/2").json()["invoice"] is None
    assert client.patch("/rr/api/v1/transactions/2", json={"invoice": 58700}).status_code == 200
    assert client.patch("/rr/api/v1/transactions/2", json={"invoice": 47864}).status_code == 200
    both = client.patch("/rr/api/v1/transactions/2", json={"contract": 500, "invoice": 145002})
    assert both.status_code == 200, both.text


def test_a_bank_transaction_answers_its_amount_in_its_own_currency(client: TestClient) -> None:
    """``amount_native`` (the amount in the transaction's currency) is the transaction's ``amount``, seeded or
    written; a written ``amount_native`` is kept."""
    seeded = client.get("/ca/api/transaction/14728800").json()
    assert seeded["amount_native"] == seeded["amount"] == 883.33
    body = {"account": 1010, "amount": -120.5, "date": "2025-08-02", "currency": "EUR", "amount_native": -110}
    made = client.post("/ca/api/transaction", json=body)
    assert made.status_code == 201, made.text
    assert (made.json()["amount"], made.json()["amount_native"]) == (-120.5, -110)


def test_an_invoice_cannot_list_another_contract_s_revenue_transactions(client: TestClient) -> None:
    """The contract rule holds from the invoice's side too: an invoice of contract 12954 listing a revenue
    transaction of contract 500 (create or PATCH) is a 400 under ``revenue_transactions``, and the transaction keeps
    naming no invoice."""
    txn = client.post(
        "/rr/api/v1/transactions",
        json={"contract": 500, "amount": 10, "transaction_date": "2026-05-01", "transaction_type": "invoice"},
    ).json()["id"]
    body = {"entity": 54, "client": 33973, "contract": 12954, "invoice_date": "2026-05-01", "due_date": "2026-05-31",
            "lines": [{"product": 1, "rate": 5}]}  # fmt: skip
    words = {"revenue_transactions": [f"Revenue transaction {txn} belongs to contract 500, not to this invoice's"
                                      " contract 12954."]}  # fmt: skip
    refused = client.post("/coa/api/v1/invoice/", json={**body, "revenue_transactions": [txn]})
    assert (refused.status_code, refused.json()) == (400, words)
    made = client.post("/coa/api/v1/invoice/", json=body).json()
    patched = client.patch(f"/coa/api/v1/invoice/{made['id']}/", json={"revenue_transactions": [txn]})
    assert (patched.status_code, patched.json()) == (400, words)
    assert client.get(f"/rr/api/v1/transactions/{txn}").json()["invoice"] is None
