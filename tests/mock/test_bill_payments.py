"""Paying bills: by bank transaction, manual transaction and debit memo, partial and full; over-payment,
payment void and delete; the bill-payments sync list (offset, cursor, watermarks); applying a bank
transaction to its vendor's bills; and what each posts."""

from __future__ import annotations

import typing as t
from decimal import Decimal

from starlette.testclient import TestClient

from campfire_mock.domain.topics import TOPICS

from .payables import (
    AP,
    BANK,
    BIG_WITHDRAWAL,
    BILLS,
    CARD,
    DEPOSIT,
    PAYMENTS,
    VENDOR_WITHDRAWAL,
    ap_balance,
    bill,
    ledger_lines,
    manual,
    new_bill,
    open_payables,
    pay,
    set_clock,
    trial_balance_difference,
)
from .test_delivery import Receiver
from .test_webhooks import received, settle, subscribe


def test_partial_then_full_payment_moves_amounts_and_status(client: TestClient) -> None:
    """A partial payment makes the bill partial; paying the rest makes it paid, dated by the last payment."""
    set_clock(client, "2026-05-15")
    created = new_bill(client, lines=[(2622, 300, 0)])
    first = pay(client, created["id"], empty_transactions=[manual(100, "2026-05-10")])
    assert first.status_code == 200, first.text
    body = first.json()
    assert (body["amount_paid"], body["amount_due"], body["payment_status"], body["status"]) == (
        100, 200, "partial", "partially_paid"
    )  # fmt: skip
    second = pay(client, created["id"], empty_transactions=[manual(200, "2026-05-12")]).json()
    assert (second["amount_paid"], second["amount_due"], second["status"], second["paid_date"]) == (
        300, 0, "paid", "2026-05-12"
    )  # fmt: skip
    assert len(second["payments"]) == 2 and len(second["payment_journal_entries"]) == 2


def test_over_payment_is_a_400_and_changes_nothing(client: TestClient) -> None:
    """Paying more than is due is refused with the amount due, and no payment is recorded."""
    created = new_bill(client, lines=[(2622, 50, 0)])
    response = pay(client, created["id"], empty_transactions=[manual(60)])
    assert response.status_code == 400
    assert response.json() == {"non_field_errors": ["Payments of 60.00 exceed the 50.00 due on this bill."]}
    assert bill(client, created["id"])["amount_paid"] == 0


def test_pay_needs_a_source(client: TestClient) -> None:
    """An empty /pay/ is a 400 naming the sources a bill can be paid with."""
    created = new_bill(client)
    response = pay(client, created["id"])
    assert response.status_code == 400
    assert response.json() == {
        "non_field_errors": ["Provide at least one of transactions, debit_memos or empty_transactions."]
    }


def test_bank_transaction_pays_at_most_what_is_left_of_it(client: TestClient) -> None:
    """A withdrawal of 8,999.99 pays 8,499.99 of one bill; only 500 of it is left for another."""
    first = new_bill(client, lines=[(2622, "8499.99", 0)])
    second = new_bill(client, lines=[(2622, 1000, 0)])
    paid = pay(client, first["id"], transactions=[{"transaction_id": BIG_WITHDRAWAL, "amount": "8499.99"}])
    assert paid.status_code == 200, paid.text
    response = pay(client, second["id"], transactions=[{"transaction_id": BIG_WITHDRAWAL, "amount": 600}])
    assert response.status_code == 400
    assert response.json() == {"transactions": [{"amount": ["Only 500.00 of this transaction is unapplied."]}]}


def test_a_deposit_cannot_pay_a_bill(client: TestClient) -> None:
    """A bill is paid by money out: a deposit is a 400 naming it under transaction_id, and the bill stays due."""
    created = new_bill(client, lines=[(2622, 25, 0)])
    response = pay(client, created["id"], transactions=[{"transaction_id": DEPOSIT, "amount": 25}])
    assert response.status_code == 400
    assert response.json() == {
        "transactions": [{"transaction_id": ["Bank transaction 14728802 is money in (2500.00): it cannot pay a bill."]}]
    }
    assert (bill(client, created["id"])["amount_due"], bill(client, created["id"])["payments"]) == (25, [])


def test_bill_payments_from_a_deposit_is_400_and_pays_nothing(client: TestClient) -> None:
    """transaction/{id}/bill_payments with a deposit of the vendor is a 400 naming it; its bills stay due."""
    open_before = open_payables(client)
    response = client.post("/coa/api/transaction/14728806/bill_payments")  # ABC Bead Supply's refund deposit
    assert response.status_code == 400
    assert response.json() == {
        "transaction_id": ["Bank transaction 14728806 is money in (25.00): it cannot pay a bill."]
    }
    assert open_payables(client) == open_before
    assert trial_balance_difference(client) == 0


def test_unknown_ids_are_404(client: TestClient) -> None:
    """Paying an unknown bill, or voiding an unknown payment, answers DRF's 404."""
    assert pay(client, 999999, empty_transactions=[manual(1)]).status_code == 404
    response = client.post(f"{BILLS}/31888/payment/999999/void/", json={})
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}
    assert client.delete(f"{BILLS}/31888/payment/999999/void/").status_code == 404


def test_void_and_delete_of_a_payment_restore_the_bill(client: TestClient) -> None:
    """Voiding a payment makes its amount due again (and the payment shows its void); deleting one too."""
    created = new_bill(client, lines=[(2622, 80, 0)])
    paid = pay(client, created["id"], empty_transactions=[manual(30), manual(50)]).json()
    first, second = (p["id"] for p in paid["payments"])
    voided = client.post(f"{BILLS}/{created['id']}/payment/{first}/void/", json={"void_date": "2026-06-01"})
    assert voided.status_code == 200
    assert (voided.json()["voided_date"], voided.json()["amount"]) == ("2026-06-01", 30)
    assert (bill(client, created["id"])["amount_due"], bill(client, created["id"])["status"]) != (0, "paid")
    assert bill(client, created["id"])["amount_due"] == 30
    again = client.post(f"{BILLS}/{created['id']}/payment/{first}/void/", json={})
    assert again.status_code == 409 and again.json() == {"detail": f"Payment {first} is already voided."}
    assert client.delete(f"{BILLS}/{created['id']}/payment/{second}/void/").status_code == 204
    after = bill(client, created["id"])
    assert (after["amount_due"], after["payment_status"], [p["id"] for p in after["payments"]]) == (80, "open", [first])


def test_payment_posts_ap_against_the_money_account(client: TestClient) -> None:
    """A manual payment debits AP and credits the account it names; its void posts the reversal."""
    created = new_bill(client, lines=[(2622, 40, 0)])
    payment = pay(client, created["id"], empty_transactions=[manual(40, account=CARD)]).json()["payments"][0]
    entry = client.get(f"/coa/api/journal_entry/{payment['payment_journal_entry']}").json()
    sides = sorted((row["account"], row["debit_amount"], row["credit_amount"]) for row in entry["transactions"])
    assert sides == [(AP, 40, None), (CARD, None, 40)]
    before = ap_balance(client)
    client.post(f"{BILLS}/{created['id']}/payment/{payment['id']}/void/", json={"void_date": "2026-06-01"})
    assert ap_balance(client) == before - Decimal(40)
    assert trial_balance_difference(client) == 0


def test_bank_payment_credits_the_transactions_bank_account(client: TestClient) -> None:
    """Paid by a bank transaction, the credit goes to the transaction's bank account."""
    created = new_bill(client, lines=[(2622, 25, 0)])
    payment = pay(client, created["id"], transactions=[{"transaction_id": BIG_WITHDRAWAL, "amount": 25}]).json()
    journal = payment["payments"][0]["payment_journal_entry"]
    assert [row["credit_amount"] for row in ledger_lines(client, BANK) if row["journal"] == journal] == [25]


def test_duplicate_external_id_is_refused(client: TestClient) -> None:
    """A manual payment's external_id is a dedup key: sending one an active payment has is a 400."""
    created = new_bill(client, lines=[(2622, 90, 0)])
    assert pay(client, created["id"], empty_transactions=[manual(10, external_id="ext-1")]).status_code == 200
    response = pay(client, created["id"], empty_transactions=[manual(10, external_id="ext-1")])
    assert response.status_code == 400
    assert response.json() == {
        "empty_transactions": [{"external_id": ["bill payment with this external id already exists."]}]
    }


def _sync(client: TestClient, **params: t.Any) -> list[dict[str, t.Any]]:
    """Every page of the bill-payments list, following next links."""
    rows: list[dict[str, t.Any]] = []
    url: str | None = PAYMENTS
    query: dict[str, t.Any] | None = {"limit": 2, **params}
    while url:
        page = client.get(url, params=query)
        assert page.status_code == 200, page.text
        rows += page.json()["results"]
        url, query = page.json()["next"], None
    return rows


def test_cursor_sync_returns_each_payment_once_in_modified_order(client: TestClient) -> None:
    """cursor= pages walk (last_modified_at, id) order; every payment, voided ones too, comes exactly once."""
    rows = _sync(client, cursor="")
    keys = [(r["last_modified_at"], r["id"]) for r in rows]
    assert keys == sorted(keys) and len({r["id"] for r in rows}) == len(rows) == 4
    assert {r["bill_id"] for r in rows} == {31888, 31889, 31893}


def test_watermark_sync_picks_up_new_and_voided_payments_once(client: TestClient) -> None:
    """After a full sync, last_modified_at__gte the last mark returns exactly the payments written since,
    a voided one included, each once."""
    set_clock(client, "2026-12-01")
    first = _sync(client, cursor="")
    mark = max(r["last_modified_at"] for r in first)
    set_clock(client, "2026-12-02")
    created = new_bill(client, lines=[(2622, 70, 0)])
    made = pay(client, created["id"], empty_transactions=[manual(20), manual(30)]).json()["payments"]
    client.post(f"{BILLS}/31889/payment/5002/void/", json={})
    later = _sync(client, cursor="", last_modified_at__gte="2026-12-02T00:00:00+0000")
    assert mark < "2026-12-02"
    assert sorted(r["id"] for r in later) == sorted([made[0]["id"], made[1]["id"], 5002])
    assert next(r for r in later if r["id"] == 5002)["voided_date"] is not None
    offset_rows = _sync(client)
    assert len(offset_rows) == 6 and len({r["id"] for r in offset_rows}) == 6


def test_sync_filters_voided_and_external_id(client: TestClient) -> None:
    """voided=true keeps only voided payments; external_id finds one payment."""
    created = new_bill(client, lines=[(2622, 70, 0)])
    pay(client, created["id"], empty_transactions=[manual(20, external_id="erp-77")])
    assert [r["bill_id"] for r in _sync(client, external_id="erp-77")] == [created["id"]]
    client.post(f"{BILLS}/31889/payment/5002/void/", json={})
    assert [r["id"] for r in _sync(client, voided="true")] == [5002]


def test_transaction_bill_payments_pays_the_vendors_bills_oldest_first(client: TestClient) -> None:
    """POST /coa/api/transaction/{id}/bill_payments spreads a withdrawal over its vendor's open bills,
    oldest due date first, until it is used up."""
    response = client.post(f"/coa/api/transaction/{VENDOR_WITHDRAWAL}/bill_payments")  # 600.00 to vendor 900
    assert response.status_code == 201
    assert (bill(client, 31889)["amount_due"], bill(client, 31890)["amount_due"]) == (0, 350)
    again = client.post(f"/coa/api/transaction/{VENDOR_WITHDRAWAL}/bill_payments")
    assert again.status_code == 201 and bill(client, 31890)["amount_due"] == 350  # nothing is left of it
    missing = client.post("/coa/api/transaction/999999/bill_payments")
    assert missing.status_code == 404 and missing.json() == {"detail": "Not found."}


def test_books_tie_out_after_payments(client: TestClient) -> None:
    """After payments, voids and deletes, AP equals the open payables and the trial balance balances."""
    created = new_bill(client, lines=[(2622, 120, 5)])
    paid = pay(client, created["id"], empty_transactions=[manual(25), manual(50, account=BANK)]).json()
    client.post(f"{BILLS}/{created['id']}/payment/{paid['payments'][0]['id']}/void/", json={})
    client.delete(f"{BILLS}/{created['id']}/payment/{paid['payments'][1]['id']}/void/")
    pay(client, 31890, empty_transactions=[manual(450)])
    assert ap_balance(client) == -open_payables(client)
    assert trial_balance_difference(client) == 0


def test_bill_and_bill_payment_events_are_delivered(app: t.Any, client: TestClient) -> None:
    """Creating, paying, voiding the payment, voiding, reopening and deleting a bill send the bill's and
    its payment's events, each naming its object type and carrying the object as retrieved."""
    receiver = Receiver()
    try:
        topics = [t_ for t_ in TOPICS if t_.startswith("bill")]
        hook = subscribe(client, receiver.url, *topics)
        created = new_bill(client, lines=[(2622, 40, 0)])
        payment = pay(client, created["id"], empty_transactions=[manual(40)]).json()["payments"][0]
        client.post(f"{BILLS}/{created['id']}/payment/{payment['id']}/void/", json={})
        client.post(f"{BILLS}/{created['id']}/void/", json={"void_date": "2026-06-01"})
        client.post(f"{BILLS}/{created['id']}/reopen/")
        client.delete(f"{BILLS}/{created['id']}/")
        settle(app)
        events = [(e["topic"], e["object_type"], e["object_id"]) for e in received(receiver, hook["token"])]
        bill_id, pid = created["id"], payment["id"]
        assert sorted(events) == sorted(
            [
                ("bill.created", "bill", bill_id),
                ("bill.paid", "bill", bill_id),
                ("bill_payment.created", "bill_payment", pid),
                ("bill.updated", "bill", bill_id),
                ("bill_payment.voided", "bill_payment", pid),
                ("bill.voided", "bill", bill_id),
                ("bill.reopened", "bill", bill_id),
                ("bill.deleted", "bill", bill_id),
            ]
        )
        paid = next(e for e in received(receiver, hook["token"]) if e["topic"] == "bill.paid")
        assert (paid["object"]["status"], paid["object"]["amount_due"]) == ("paid", 0)
    finally:
        receiver.close()


def test_deleting_a_bill_takes_its_voided_payments_out_of_the_ledger(client: TestClient) -> None:
    """A deleted bill posts nothing, nor do its (voided) payments: their entries leave the GL too."""
    created = new_bill(client, lines=[(2622, 60, 0)])
    assert trial_balance_difference(client) == 0  # the ledger is built before the writes below
    payment = pay(client, created["id"], empty_transactions=[manual(60)]).json()["payments"][0]
    client.post(f"{BILLS}/{created['id']}/payment/{payment['id']}/void/", json={})
    assert client.delete(f"{BILLS}/{created['id']}/").status_code == 204
    journals = {created["journal_entry"], payment["payment_journal_entry"]}
    assert [row for row in ledger_lines(client, AP) if row["journal"] in journals] == []
    assert ap_balance(client) == -open_payables(client)


def test_applying_a_transaction_of_the_wrong_direction_says_so_before_whose_it_is(client: TestClient) -> None:
    """A deposit naming no vendor sent to ``bill_payments``, and a withdrawal naming no client sent to
    ``invoice_payments``, are the direction's 400 (which way money moves comes first), nothing paid."""
    deposit = client.post("/coa/api/transaction/14728802/bill_payments")
    assert deposit.status_code == 400, deposit.text
    assert deposit.json()["transaction_id"] == [
        "Bank transaction 14728802 is money in (2500.00): it cannot pay a bill."
    ]
    withdrawal = client.post("/coa/api/transaction/14728805/invoice_payments")
    assert withdrawal.status_code == 400, withdrawal.text
    assert "is money out (-600.00): it cannot pay an invoice." in withdrawal.json()["transaction_id"][0]
