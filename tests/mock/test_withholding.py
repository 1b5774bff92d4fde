"""Withholding on both sides: a payment keeps what it withheld, and a document's ``withholding_info`` is
null unless its entity operates under a withholding scheme, then sums what its active payments withheld."""

from __future__ import annotations

import re
from decimal import Decimal

from starlette.testclient import TestClient

from .payables import AP, BILLS, bill, ledger_lines, manual, new_bill, pay, trial_balance_difference
from .test_invoices import INVOICES, new_invoice

ENTITY = "/coa/api/entity/54"


def under_a_scheme(client: TestClient) -> None:
    """Put entity 54 under a withholding scheme."""
    response = client.patch(ENTITY, json={"withholding_scheme": 3})
    assert response.status_code == 200, response.text


def test_a_bill_of_an_entity_without_a_scheme_has_no_withholding_info(client: TestClient) -> None:
    """Without a withholding scheme the bill's withholding_info is null, whatever its payments withheld."""
    created = new_bill(client, lines=[(2622, 100, 0)])
    paid = pay(client, created["id"], empty_transactions=[manual(90, withholding_amount=10)])
    assert paid.status_code == 200, paid.text
    assert paid.json()["withholding_info"] is None
    assert paid.json()["payments"][0]["withheld_amount"] == 10


def test_a_bill_s_withheld_to_date_sums_its_active_payments(client: TestClient) -> None:
    """Under a scheme, withheld_to_date is what active payments withheld (a voided one no longer counts);
    the estimate is null, as the scheme's rates are unknown to the twin."""
    under_a_scheme(client)
    created = new_bill(client, lines=[(2622, 300, 0)])
    assert bill(client, created["id"])["withholding_info"] == {
        "estimated_withholding_amount": None,
        "withheld_to_date": 0,
    }
    pay(client, created["id"], empty_transactions=[manual(90, withholding_amount=10), manual(50)])
    body = pay(client, created["id"], empty_transactions=[manual(40, withholding_amount=2.5)]).json()
    assert body["withholding_info"]["withheld_to_date"] == 12.5
    first = body["payments"][0]["id"]
    voided = client.post(f"{BILLS}/{created['id']}/payment/{first}/void/", json={})
    assert voided.status_code == 200, voided.text
    assert voided.json()["withheld_amount"] == 10
    assert bill(client, created["id"])["withholding_info"]["withheld_to_date"] == 2.5


def test_an_invoice_s_withheld_to_date_sums_its_active_payments(client: TestClient) -> None:
    """The receivables side reads the same rule: an invoice of an entity under a scheme shows what its
    payments withheld."""
    under_a_scheme(client)
    invoices = client.get("/coa/api/v1/invoice/", params={"limit": 100}).json()["results"]
    target = next(i for i in invoices if i["entity"] == 54 and i["amount_due"] > 20 and i["voided_date"] is None)
    before = client.get(f"/coa/api/v1/invoice/{target['id']}/").json()["withholding_info"]["withheld_to_date"]
    item = {"account_id": 1010, "account_name": "", "amount": 10, "payment_date": "2026-01-15"}
    paid = client.post(
        f"/coa/api/v1/invoice/{target['id']}/pay", json={"empty_transactions": [{**item, "withholding_amount": 1.25}]}
    )
    assert paid.status_code == 200, paid.text
    shown = client.get(f"/coa/api/v1/invoice/{target['id']}/").json()["withholding_info"]
    assert shown == {"estimated_withholding_amount": None, "withheld_to_date": before + 1.25}


def test_calculate_payment_refuses_a_negative_withholding_text_as_it_does_a_number(client: TestClient) -> None:
    """calculate-payment's ``withholding_amount`` is at least 0 as a number and as a text (no 500 for a huge
    negative text): both are a 400 under that field, and nothing is applied."""
    item = {"account_id": 1010, "account_name": "Bank", "amount": 10, "payment_date": "2026-01-20"}
    for held in ("-99999999999999999999", "-5", -5):
        answer = client.post(
            "/coa/api/v1/invoice/145004/calculate-payment",
            json={"empty_transactions": [{**item, "withholding_amount": held}]},
        )
        assert answer.status_code == 400, (held, answer.text)
        assert list(answer.json()["empty_transactions"][0]) == ["withholding_amount"]
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    text = schemas["EmptyTransactionInput"]["properties"]["withholding_amount"]["anyOf"][1]["pattern"]
    assert re.match(text, "12.5") and not re.match(text, "-5")


def test_pay_and_calculate_payment_read_the_same_withholding(client: TestClient) -> None:
    """What pay stored as withheld (given as text) is what calculate-payment then counts as applied
    withholding, to the cent, alongside a new proposal's own."""
    item = {"account_id": 1010, "account_name": "Bank", "amount": 10, "payment_date": "2026-01-20"}
    url = "/coa/api/v1/invoice/145004"
    before = client.post(f"{url}/calculate-payment", json={"empty_transactions": []}).json()["applied_withholding"]
    paid = client.post(f"{url}/pay", json={"empty_transactions": [{**item, "withholding_amount": "1.255"}]})
    assert paid.status_code == 200, paid.text
    proposal = {**item, "withholding_amount": "2.50"}
    after = client.post(f"{url}/calculate-payment", json={"empty_transactions": [proposal]})
    assert after.status_code == 200, after.text
    assert after.json()["applied_withholding"] == round(before + 1.26 + 2.5, 2)


def test_pay_states_the_withholding_bound_it_keeps(client: TestClient) -> None:
    """``/pay/``'s payments state the bounds the service keeps (from 0 to below 10**12, as a number and as a
    text), so a client that follows the spec is not refused: 10**12 breaks the stated schema and is the 400 it
    says."""
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    for name in ("MarkPaidTransaction", "MarkPaidEmptyTransaction"):
        number, text = schemas[name]["properties"]["withholding_amount"]["anyOf"]
        # below 10**12 once rounded to cents, as the service compares it
        assert (number["maximum"], number["exclusiveMaximum"]) == (999999999999.995, True)
        assert number["minimum"] == 0 and "exclusiveMinimum" not in number
        assert re.match(text["pattern"], "999999999999.99") and not re.match(text["pattern"], "-5")
        assert not re.match(text["pattern"], "1000000000000")
        assert not re.match(text["pattern"], "999999999999.995") and re.match(text["pattern"], "999999999999.994")
    item = {"account_id": 1010, "account_name": "Bank", "amount": 10, "payment_date": "2026-01-20"}
    refused = client.post(
        "/coa/api/v1/invoice/145004/pay", json={"empty_transactions": [{**item, "withholding_amount": 10**12}]}
    )
    assert refused.status_code == 400
    assert refused.json()["empty_transactions"][0]["withholding_amount"] == [
        "Ensure this value is less than 999999999999.995."
    ]


AR, WITHHELD_AR, WITHHELD_AP = 2553, 1350, 2350
PAYMENT = {"account_id": 1010, "account_name": "Bank", "payment_date": "2026-01-20"}


def balance(client: TestClient, account: int) -> Decimal:
    """An account's all-time balance (debits positive)."""
    rows = ledger_lines(client, account)
    return sum((Decimal(str(r["debit_amount"] or 0)) - Decimal(str(r["credit_amount"] or 0)) for r in rows), Decimal(0))


def test_calculate_then_pay_with_withholding_leaves_what_calculate_said(client: TestClient) -> None:
    """calculate-payment's remaining_due is the invoice's amount_due after a pay of the same items: the withheld
    10.00 settles with the 440.00 paid, AR falls by both, the withholding receivable rises by 10.00 and the
    trial balance ties out."""
    inv = new_invoice(client)  # 500.00 due
    items = {"empty_transactions": [{**PAYMENT, "amount": 440, "withholding_amount": 10}]}
    calc = client.post(f"{INVOICES}{inv['id']}/calculate-payment", json=items)
    assert calc.status_code == 200, calc.text
    assert (calc.json()["applied_payments"], calc.json()["applied_withholding"]) == (440, 10)
    assert calc.json()["remaining_due"] == 50
    ar, held = balance(client, AR), balance(client, WITHHELD_AR)
    paid = client.post(f"{INVOICES}{inv['id']}/pay/", json=items)
    assert paid.status_code == 200, paid.text
    after = client.get(f"{INVOICES}{inv['id']}/").json()
    assert (after["amount_due"], after["amount_paid"]) == (calc.json()["remaining_due"], 450)
    assert (balance(client, AR), balance(client, WITHHELD_AR)) == (ar - 450, held + 10)
    assert trial_balance_difference(client) == 0


def test_withholding_the_rest_settles_the_invoice(client: TestClient) -> None:
    """Paying 490.00 net with 10.00 withheld settles a 500.00 invoice: paid, nothing due, no overpayment memo;
    voiding the payment makes all 500.00 due again and the books still tie out."""
    inv = new_invoice(client)
    items = {"empty_transactions": [{**PAYMENT, "amount": 490, "withholding_amount": 10}]}
    assert client.post(f"{INVOICES}{inv['id']}/calculate-payment", json=items).json()["remaining_due"] == 0
    paid = client.post(f"{INVOICES}{inv['id']}/pay/", json=items)
    assert paid.status_code == 200, paid.text
    assert paid.json()["auto_created_credit_memos"] == []
    after = client.get(f"{INVOICES}{inv['id']}/").json()
    assert (after["amount_due"], after["payment_status"]) == (0, "paid")
    voided = client.post(f"{INVOICES}{inv['id']}/payment/{paid.json()['payment_ids'][0]}/void/", json={})
    assert voided.status_code == 200, voided.text
    assert client.get(f"{INVOICES}{inv['id']}/").json()["amount_due"] == 500
    assert trial_balance_difference(client) == 0


def test_withholding_above_what_is_due_is_a_400_on_both_endpoints(client: TestClient) -> None:
    """A withholding larger than what is due when it applies is refused by calculate-payment and by pay alike,
    under the item's withholding_amount, and the invoice is unchanged."""
    inv = new_invoice(client)
    items = {"empty_transactions": [{**PAYMENT, "amount": 100}, {**PAYMENT, "amount": 10, "withholding_amount": 401}]}
    message = "Ensure this value is less than or equal to 400.00, what is due on this invoice when it applies."
    expected = {"empty_transactions": [{}, {"withholding_amount": [message]}]}
    for action in ("calculate-payment", "pay/"):
        answer = client.post(f"{INVOICES}{inv['id']}/{action}", json=items)
        assert (answer.status_code, answer.json()) == (400, expected), action
    assert client.get(f"{INVOICES}{inv['id']}/").json()["amount_due"] == 500


def test_a_bill_payment_s_withholding_settles_it_and_posts_to_the_withholding_payable(client: TestClient) -> None:
    """A bill of 100.00 paid 90.00 with 10.00 withheld is paid: AP is debited 100.00, the bank credited 90.00
    and the withholding payable 10.00; more withholding than is due is a 400 naming the field."""
    created = new_bill(client, lines=[(2622, 100, 0)])
    too_much = pay(client, created["id"], empty_transactions=[manual(1, withholding_amount=101)])
    assert too_much.status_code == 400
    assert too_much.json() == {
        "empty_transactions": [
            {
                "withholding_amount": [
                    "Ensure this value is less than or equal to 100.00, what is due on this bill when it applies."
                ]
            }
        ]
    }
    paid = pay(client, created["id"], empty_transactions=[manual(90, account=1010, withholding_amount=10)])
    assert paid.status_code == 200, paid.text
    assert (paid.json()["amount_due"], paid.json()["payment_status"]) == (0, "paid")
    entry = client.get(f"/coa/api/journal_entry/{paid.json()['payments'][0]['payment_journal_entry']}").json()
    sides = sorted((row["account"], row["debit_amount"], row["credit_amount"]) for row in entry["transactions"])
    assert sides == [(1010, None, 90), (AP, 100, None), (WITHHELD_AP, None, 10)]
    assert trial_balance_difference(client) == 0


def test_pay_refuses_a_negative_withholding_as_calculate_payment_does(client: TestClient) -> None:
    """A negative withholding would raise what is due: pay refuses it under withholding_amount on both sides, as
    the spec now states (minimum 0), and nothing is paid."""
    inv = new_invoice(client)
    answer = client.post(
        f"{INVOICES}{inv['id']}/pay/",
        json={"empty_transactions": [{**PAYMENT, "amount": 10, "withholding_amount": -5}]},
    )
    assert answer.status_code == 400
    assert list(answer.json()["empty_transactions"][0]) == ["withholding_amount"]
    assert client.get(f"{INVOICES}{inv['id']}/").json()["amount_due"] == 500
    created = new_bill(client, lines=[(2622, 100, 0)])
    refused = pay(client, created["id"], empty_transactions=[manual(10, withholding_amount=-5)])
    assert refused.status_code == 400
    assert list(refused.json()["empty_transactions"][0]) == ["withholding_amount"]
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    assert schemas["MarkPaidEmptyTransaction"]["properties"]["withholding_amount"]["anyOf"][0]["minimum"] == 0


def test_a_memo_item_s_withholding_is_no_field_of_it_and_read_by_nothing(client: TestClient) -> None:
    """Only transaction items declare ``withholding_amount``: one sent on a credit-memo item (text or a number)
    neither crashes nor lowers the bound of the items after it, on calculate-payment as on pay."""
    inv = client.get(f"{INVOICES}58700/").json()
    memo = next(
        m
        for m in client.get("/coa/api/v1/credit-memo", params={"limit": 200}).json()["results"]
        if m.get("client") == inv["client"] and not m.get("voided_date")
    )
    cash = {"amount": "10", "payment_date": "2026-01-05", "account_id": 1010, "account_name": "Bank"}
    for held in ("abc", "1000"):
        body = {
            "credit_memos": [
                {"credit_memo_id": memo["id"], "amount": "1.00", "posted_at": "2026-01-05", "withholding_amount": held}
            ],
            "empty_transactions": [{**cash, "withholding_amount": "100"}],
        }
        calc = client.post(f"{INVOICES}58700/calculate-payment", json=body)
        assert calc.status_code == 200, calc.text
        assert calc.json()["remaining_due"] == round(inv["amount_due"] - 1 - 10 - 100, 2)


def _entry_sides(client: TestClient, journal: int) -> list[tuple[int | None, float | None, float | None]]:
    """A journal entry's lines as (account, debit, credit)."""
    lines = client.get(f"/coa/api/journal_entry/{journal}").json()["transactions"]
    return sorted((ln["account"], ln["debit_amount"], ln["credit_amount"]) for ln in lines)


def test_withholding_alone_settles_with_a_payment_of_0_and_the_cash_is_an_overpayment(client: TestClient) -> None:
    """Withholding all 500.00 due with 50.00 of cash: the payment of amount 0 is the record of the withholding
    (its entry: Dr withholding receivable, Cr receivables; no cash line of 0), the 50.00 is an overpayment memo,
    calculate-payment says the same (0 left, the applied figures 50.00 over the total), the books balance,
    and voiding the payment makes 500 due."""
    inv = new_invoice(client)
    items = {"empty_transactions": [{**PAYMENT, "amount": 50, "withholding_amount": 500}]}
    preview = client.post(f"{INVOICES}{inv['id']}/calculate-payment", json=items).json()
    assert (preview["applied_withholding"], preview["applied_payments"], preview["remaining_due"]) == (500, 50, 0)
    assert preview["applied_withholding"] + preview["applied_payments"] - preview["total_due"] == 50  # the excess
    paid = client.post(f"{INVOICES}{inv['id']}/pay/", json=items)
    assert paid.status_code == 200, paid.text
    (memo,) = paid.json()["auto_created_credit_memos"]
    payment_entry, memo_entry = paid.json()["journal_entry_ids"]
    assert _entry_sides(client, payment_entry) == [(1350, 500, None), (2553, None, 500)]
    assert _entry_sides(client, memo_entry) == [(1010, 50, None), (2553, None, 50)]
    assert client.get(f"/coa/api/v1/credit-memo/{memo['id']}").json()["total_amount"] == 50
    after = client.get(f"{INVOICES}{inv['id']}/").json()
    assert (after["amount_due"], after["amount_paid"], after["payment_status"]) == (0, 500, "paid")
    assert trial_balance_difference(client) == 0
    voided = client.post(f"{INVOICES}{inv['id']}/payment/{paid.json()['payment_ids'][0]}/void/", json={})
    assert (voided.status_code, voided.json()["amount"], voided.json()["withheld_amount"]) == (200, 0, 500)
    assert client.get(f"{INVOICES}{inv['id']}/").json()["amount_due"] == 500
    assert trial_balance_difference(client) == 0
