"""Debit memos through the API: the docs' examples, numbers, totals, applying to bills, mark-used refunds,
void/reopen/delete guards, payment void and delete, application_status, and what they post."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from campfire_mock.openapi.documents import load_spec, packaged_spec

from .payables import (
    AP,
    BILLS,
    DEPOSIT,
    MEMOS,
    ap_balance,
    bill,
    new_bill,
    open_payables,
    pay,
    trial_balance_difference,
)

SPEC = load_spec(packaged_spec())


def _example(path: str, method: str, name: str) -> dict[str, t.Any]:
    content = SPEC["paths"][path][method]["requestBody"]["content"]["application/json"]
    return t.cast(dict[str, t.Any], content["examples"][name]["value"])


def new_memo(client: TestClient, /, amount: float = 100, **overrides: t.Any) -> dict[str, t.Any]:
    body = {
        "entity": 54,
        "vendor": 34182,
        "debit_memo_date": "2026-05-05",
        "currency": "USD",
        "lines": [{"account": 2622, "amount": amount, "description": "Returned goods"}],
        **overrides,
    }
    response = client.post(MEMOS, json=body)
    assert response.status_code == 201, response.text
    return t.cast(dict[str, t.Any], response.json())


def memo(client: TestClient, memo_id: int) -> dict[str, t.Any]:
    response = client.get(f"{MEMOS}/{memo_id}")
    assert response.status_code == 200, response.text
    return t.cast(dict[str, t.Any], response.json())


def usage(body: dict[str, t.Any]) -> tuple[t.Any, ...]:
    return body["amount_used"], body["amount_remaining"], body["application_status"]


def test_docs_examples_create_a_memo_and_pay_the_docs_bill_with_it(client: TestClient) -> None:
    """Create Bill and Mark Bill Paid, sent verbatim, pay the bill in full: 8,999.99 by the bank transaction
    and 1,000.01 by the seeded memo DM-0000005 (id 343); Create Debit Memo makes the next memo, DM-0000006,
    with the figures and names the docs show."""
    bill_body = _example("/coa/api/v1/bill/", "post", "CreateBillRequest")
    created = client.post(f"{BILLS}/", json=bill_body).json()
    made = client.post(MEMOS, json=_example(MEMOS, "post", "CreateDebitMemoRequest"))
    assert made.status_code == 201, made.text
    body = made.json()
    assert (body["id"], body["debit_memo_number"], body["total_amount"], body["vendor_name"]) == (
        344, "DM-0000006", 1000.01, "ABC Bead Supply"
    )  # fmt: skip
    assert (body["debit_account_name"], body["lines"][0]["account_name"]) == (
        "5230 - Cloud Credits", "6500 - Travel Expenses"
    )  # fmt: skip
    paid = client.post(
        f"{BILLS}/{created['id']}/pay/",
        json=_example("/coa/api/v1/bill/{bill_id}/pay/", "post", "MarkBillAsPaidRequest"),
    )
    assert paid.status_code == 200, paid.text
    assert (paid.json()["amount_paid"], paid.json()["amount_due"], paid.json()["status"]) == (10000, 0, "paid")
    assert usage(memo(client, 343)) == (1000.01, 0, "used")


def test_numbers_continue_and_next_number_draws_nothing(client: TestClient) -> None:
    """next-debit-memo-number answers the next number without drawing it; a memo's own number moves it on."""
    assert client.get(f"{MEMOS}/next-debit-memo-number").json() == {"debit_memo_number": "DM-0000006"}
    assert client.get(f"{MEMOS}/next-debit-memo-number").json() == {"debit_memo_number": "DM-0000006"}
    assert new_memo(client)["debit_memo_number"] == "DM-0000006"
    assert new_memo(client, debit_memo_number="DM-0000040")["debit_memo_number"] == "DM-0000040"
    assert new_memo(client)["debit_memo_number"] == "DM-0000041"


def test_totals_and_application_status_follow_payments_and_refunds(client: TestClient) -> None:
    """Applying part of a memo makes it partially used; a refund of the rest makes it used."""
    made = new_memo(client, amount=100, lines=[{"account": 2622, "amount": 90, "tax": 10}])
    assert (made["total_amount"], *usage(made)) == (100, 0, 100, "open")
    target = new_bill(client, lines=[(2622, 60, 0)])
    body = {"debit_memos": [{"debit_memo_id": made["id"], "amount": 60, "posted_at": "2026-05-06"}]}
    assert pay(client, target["id"], **body).status_code == 200
    assert usage(memo(client, made["id"])) == (60, 40, "partially_used")
    refund = {"transaction_id": DEPOSIT, "account_id": 1010, "amount": 40, "payment_date": "2026-05-07"}
    response = client.post(f"{MEMOS}/{made['id']}/mark-used", json=refund)
    assert response.status_code == 200, response.text
    assert usage(response.json()) == (100, 0, "used")
    assert len(response.json()["payments"]) == 2


def test_memo_cannot_pay_more_than_remains_or_another_vendors_bill(client: TestClient) -> None:
    """A memo pays at most what remains on it, and only bills of its vendor."""
    made = new_memo(client, amount=30)
    target = new_bill(client, lines=[(2622, 100, 0)])
    too_much = pay(
        client, target["id"], debit_memos=[{"debit_memo_id": made["id"], "amount": 31, "posted_at": "2026-05-06"}]
    )
    assert too_much.status_code == 400
    assert too_much.json() == {"debit_memos": [{"amount": ["Only 30.00 remains on this debit memo."]}]}
    other = new_bill(client, vendor=900, lines=[(2622, 100, 0)])
    wrong = pay(
        client, other["id"], debit_memos=[{"debit_memo_id": made["id"], "amount": 5, "posted_at": "2026-05-06"}]
    )
    assert wrong.status_code == 400
    assert wrong.json() == {"debit_memos": [{"debit_memo_id": ["This debit memo belongs to another vendor."]}]}


def test_applied_memo_cannot_be_voided_or_deleted_until_its_payment_is_voided(client: TestClient) -> None:
    """Void and delete are 409s while a payment applies the memo; voiding that payment from the memo's
    side frees it and makes the bill due again."""
    made = new_memo(client, amount=50)
    target = new_bill(client, lines=[(2622, 50, 0)])
    paid = pay(
        client, target["id"], debit_memos=[{"debit_memo_id": made["id"], "amount": 50, "posted_at": "2026-05-06"}]
    )
    payment_id = paid.json()["payments"][0]["id"]
    refused = client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-05-08"})
    assert refused.status_code == 409
    assert refused.json() == {
        "detail": f"Debit memo {made['id']} is applied by active payments; void them before you void it."
    }
    assert client.delete(f"{MEMOS}/{made['id']}").status_code == 409
    voided = client.post(f"{MEMOS}/{made['id']}/payment/{payment_id}/void", json={"void_date": "2026-05-08"})
    assert voided.status_code == 200 and voided.json()["voided_date"] == "2026-05-08"
    assert bill(client, target["id"])["amount_due"] == 50
    assert usage(memo(client, made["id"])) == (0, 50, "open")
    assert client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-05-08"}).status_code == 200
    assert usage(memo(client, made["id"]))[2] == "voided"


def test_void_and_reopen_post_and_remove_the_reversal(client: TestClient) -> None:
    """A memo debits AP its total; its void reverses that and reopen removes the reversal."""
    before = ap_balance(client)
    made = new_memo(client, amount=70)
    assert ap_balance(client) == before + 70
    client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-05-09"})
    assert ap_balance(client) == before
    again = client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-05-09"})
    assert again.status_code == 409 and again.json() == {"detail": f"Debit memo {made['id']} is already voided."}
    reopened = client.post(f"{MEMOS}/{made['id']}/reopen/")
    assert reopened.status_code == 200 and reopened.json()["voided_date"] is None
    assert ap_balance(client) == before + 70
    assert client.post(f"{MEMOS}/{made['id']}/reopen/").status_code == 409


def test_refund_posts_bank_against_ap_and_its_delete_removes_it(client: TestClient) -> None:
    """A refund debits the bank and credits AP; deleting it removes the entry and the memo is open again."""
    made = new_memo(client, amount=25)
    refund = {"transaction_id": DEPOSIT, "account_id": 1010, "amount": 25, "payment_date": "2026-05-07"}
    payment = client.post(f"{MEMOS}/{made['id']}/mark-used", json=refund).json()["payments"][0]
    entry = client.get(f"/coa/api/journal_entry/{payment['payment_journal_entry']}").json()
    sides = sorted((row["account"], row["debit_amount"], row["credit_amount"]) for row in entry["transactions"])
    assert sides == [(1010, 25, None), (AP, None, 25)]
    assert client.delete(f"{MEMOS}/{made['id']}/payment/{payment['id']}/void").status_code == 204
    assert usage(memo(client, made["id"])) == (0, 25, "open")
    missing = client.delete(f"{MEMOS}/{made['id']}/payment/{payment['id']}/void")
    assert missing.status_code == 404 and missing.json() == {"detail": "Not found."}


def test_unknown_memo_is_404_and_bad_relations_are_400(client: TestClient) -> None:
    """An id no memo has is DRF's 404; an unknown vendor or account is a 400 naming the field."""
    assert client.get(f"{MEMOS}/999999").status_code == 404
    response = client.post(
        MEMOS,
        json={"entity": 54, "vendor": 4242, "debit_memo_date": "2026-05-05", "lines": [{"account": 9, "amount": 1}]},
    )
    assert response.status_code == 400
    assert response.json()["vendor"] == ['Invalid pk "4242" - object does not exist.']
    assert response.json()["lines"] == [{"account": ['Invalid pk "9" - object does not exist.']}]


def test_books_tie_out_with_debit_memos(client: TestClient) -> None:
    """With memos applied, refunded and voided, AP equals open bills less unused memos; the trial balance
    balances."""
    made = new_memo(client, amount=80)
    target = new_bill(client, lines=[(2622, 200, 0)])
    pay(client, target["id"], debit_memos=[{"debit_memo_id": made["id"], "amount": 30, "posted_at": "2026-05-06"}])
    client.post(
        f"{MEMOS}/{made['id']}/mark-used",
        json={"transaction_id": DEPOSIT, "account_id": 1010, "amount": 20, "payment_date": "2026-05-07"},
    )
    other = new_memo(client, amount=15)
    client.post(f"{MEMOS}/{other['id']}/void/", json={"void_date": "2026-05-09"})
    assert ap_balance(client) == -open_payables(client)
    assert trial_balance_difference(client) == 0


def test_a_withdrawal_cannot_be_a_vendor_s_refund(client: TestClient) -> None:
    """Mark-used records money the vendor sent back, so it takes a deposit: a withdrawal (14728804, -1200.00)
    is a 400 naming it under transaction_id, and the memo stays open."""
    made = new_memo(client, amount=50, lines=[{"account": 2622, "amount": 50}])
    refund = {"transaction_id": 14728804, "account_id": 1010, "amount": 10, "payment_date": "2026-05-07"}
    response = client.post(f"{MEMOS}/{made['id']}/mark-used", json=refund)
    assert response.status_code == 400
    assert response.json() == {
        "transaction_id": [
            "Bank transaction 14728804 is money out (-1200.00): it cannot be a vendor's refund of a debit memo."
        ]
    }
    assert usage(memo(client, made["id"])) == (0, 50, "open")
