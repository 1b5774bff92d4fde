"""Payments: pay (all sources), partial and over-payment, void/delete, previews, the sync list."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from .payables import set_clock
from .test_invoices import INVOICES, example, new_invoice


def manual(amount: float, day: str = "2026-01-20", **extra: t.Any) -> dict[str, t.Any]:
    return {
        "empty_transactions": [
            {"account_id": 1010, "account_name": "Bank", "amount": amount, "payment_date": day, **extra}
        ]
    }


def test_docs_pay_example_settles_invoice_58700(client: TestClient) -> None:
    """Campfire's Mark Paid example (bank transaction + credit memo) pays invoice 58700 in full."""
    body = example(f"{INVOICES}{{invoice_id}}/pay/", "post", "MarkInvoiceAsPaidRequest")
    response = client.post(f"{INVOICES}58700/pay/", json=body)
    assert response.status_code == 200
    result = response.json()
    assert len(result["payment_ids"]) == 2 and len(result["journal_entry_ids"]) == 2
    assert result["auto_created_credit_memos"] == []
    inv = client.get(f"{INVOICES}58700/").json()
    assert (inv["status"], inv["amount_paid"], inv["amount_due"]) == ("paid", 1033.33, 0)
    assert {p["payment_type"] for p in inv["payments"]} == {"BANK_TRANSACTION", "CREDIT_MEMO"}
    memo = client.get("/coa/api/v1/credit-memo/4029").json()
    assert (memo["amount_used"], memo["amount_remaining"], memo["application_status"]) == (150, 150, "partially_used")


def test_partial_then_full_payment(client: TestClient) -> None:
    """Paying part makes the invoice partial (``status`` partially_paid, before its due date); paying the
    rest makes it paid on the last date."""
    set_clock(client, "2026-01-25")
    inv = new_invoice(client)
    client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(200, "2026-01-15"))
    partial = client.get(f"{INVOICES}{inv['id']}/").json()
    assert partial["payment_status"] == "partial"
    assert (partial["status"], partial["amount_paid"], partial["amount_due"], partial["paid_date"]) == (
        "partially_paid",
        200,
        300,
        None,
    )
    client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(300, "2026-01-25"))
    paid = client.get(f"{INVOICES}{inv['id']}/").json()
    assert (paid["status"], paid["amount_due"], paid["paid_date"]) == ("paid", 0, "2026-01-25")


def test_overpayment_becomes_an_overpayment_credit_memo(client: TestClient) -> None:
    """Cash beyond the amount due is recorded as a credit memo for the client."""
    inv = new_invoice(client)
    result = client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(650)).json()
    (memo_ref,) = result["auto_created_credit_memos"]
    memo = client.get(f"/coa/api/v1/credit-memo/{memo_ref['id']}").json()
    assert (memo["credit_memo_type"], memo["total_amount"], memo["client"]) == ("overpayment", 150, 42)
    assert client.get(f"{INVOICES}{inv['id']}/").json()["amount_paid"] == 500


def test_paying_a_voided_invoice_is_409(client: TestClient) -> None:
    """Payments on a voided invoice are refused."""
    inv = new_invoice(client)
    client.post(f"{INVOICES}{inv['id']}/void/")
    response = client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(10))
    assert response.status_code == 409
    assert response.json() == {"detail": f"Invoice {inv['id']} is voided; reopen it before you record payments."}


def test_pay_without_a_source_is_400(client: TestClient) -> None:
    """At least one payment source is required."""
    inv = new_invoice(client)
    response = client.post(f"{INVOICES}{inv['id']}/pay/", json={})
    assert response.status_code == 400
    assert response.json() == {
        "non_field_errors": ["Provide at least one of transactions, credit_memos or empty_transactions."]
    }


def test_transaction_cannot_be_applied_beyond_its_amount(client: TestClient) -> None:
    """A bank transaction has only so much to give."""
    inv = new_invoice(client, lines=[{"product": 1, "quantity": 40}])
    body = {"transactions": [{"transaction_id": 14728802, "amount": 2600}]}
    response = client.post(f"{INVOICES}{inv['id']}/pay/", json=body)
    assert response.status_code == 400
    assert response.json() == {"transactions": [{"amount": ["Only 2500.00 of this transaction is unapplied."]}]}


def test_duplicate_external_id_is_rejected(client: TestClient) -> None:
    """external_id is a dedup key, so a retried payment is not recorded twice."""
    inv = new_invoice(client)
    assert client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(10, external_id="btxn_1")).status_code == 200
    response = client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(10, external_id="btxn_1"))
    assert response.status_code == 400
    assert response.json() == {
        "empty_transactions": [{"external_id": ["payment with this external id already exists."]}]
    }


def test_external_id_index_follows_voids_and_duplicates_in_one_body(client: TestClient) -> None:
    """A voided payment's external_id may be used again; one body may not use an id twice."""
    inv = new_invoice(client)
    paid = client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(10, external_id="btxn_2")).json()
    payment_id = paid["payment_ids"][0]
    assert client.post(f"{INVOICES}{inv['id']}/payment/{payment_id}/void/", json={}).status_code == 200
    assert client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(10, external_id="btxn_2")).status_code == 200
    twice = manual(1, external_id="btxn_3")
    twice["empty_transactions"] *= 2
    response = client.post(f"{INVOICES}{inv['id']}/pay/", json=twice)
    assert response.status_code == 400
    assert response.json() == {
        "empty_transactions": [{}, {"external_id": ["payment with this external id already exists."]}]
    }


def test_void_payment_reopens_the_balance(client: TestClient) -> None:
    """Voiding a payment lowers amount_paid and recomputes the status (open: not yet due); the payment stays
    listed."""
    set_clock(client, "2026-02-01")
    inv = new_invoice(client)
    (pid,) = client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(500)).json()["payment_ids"]
    voided = client.post(f"{INVOICES}{inv['id']}/payment/{pid}/void/", json={"void_date": "2026-02-01"}).json()
    assert voided["voided_date"] == "2026-02-01"
    after = client.get(f"{INVOICES}{inv['id']}/").json()
    assert (after["status"], after["amount_paid"], after["paid_date"]) == ("open", 0, None)
    assert [p["id"] for p in after["payments"]] == [pid]


def test_void_payment_twice_is_409(client: TestClient) -> None:
    """A voided payment cannot be voided again."""
    inv = new_invoice(client)
    (pid,) = client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(5)).json()["payment_ids"]
    client.post(f"{INVOICES}{inv['id']}/payment/{pid}/void/")
    response = client.post(f"{INVOICES}{inv['id']}/payment/{pid}/void/")
    assert response.status_code == 409
    assert response.json() == {"detail": f"Payment {pid} is already voided."}


def test_payment_of_another_invoice_is_404(client: TestClient) -> None:
    """A payment id is only found under its own invoice."""
    inv = new_invoice(client)
    response = client.post(f"{INVOICES}{inv['id']}/payment/22220/void/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_delete_payment_removes_it(client: TestClient) -> None:
    """A deleted payment disappears from the invoice and the sync list."""
    inv = new_invoice(client)
    (pid,) = client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(100)).json()["payment_ids"]
    assert client.delete(f"{INVOICES}{inv['id']}/payment/{pid}/void/").status_code == 204
    assert client.get(f"{INVOICES}{inv['id']}/").json()["payments"] == []
    assert client.get("/coa/api/v1/invoice-payments", params={"invoice_id": inv["id"]}).json()["count"] == 0


def test_invoice_with_active_payments_cannot_be_deleted(client: TestClient) -> None:
    """Void the payments first."""
    inv = new_invoice(client)
    client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(1))
    response = client.delete(f"{INVOICES}{inv['id']}/")
    assert response.status_code == 409
    assert response.json() == {"detail": f"Invoice {inv['id']} has active payments; void them before you delete it."}


def test_invoice_payments_are_ordered_and_filterable(client: TestClient) -> None:
    """The sync list is ordered by (last_modified_at, id) and filters voided payments."""
    inv = new_invoice(client)
    ids = [client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(10)).json()["payment_ids"][0] for _ in range(3)]
    client.post(f"{INVOICES}{inv['id']}/payment/{ids[0]}/void/")
    listed = client.get("/coa/api/v1/invoice-payments", params={"invoice_id": inv["id"]}).json()["results"]
    keys = [(p["last_modified_at"], p["id"]) for p in listed]
    assert keys == sorted(keys)
    voided = client.get("/coa/api/v1/invoice-payments", params={"invoice_id": inv["id"], "voided": "true"}).json()
    assert [p["id"] for p in voided["results"]] == [ids[0]]


def test_cursor_pagination_walks_every_payment(client: TestClient) -> None:
    """Starting with an empty cursor and following next visits each payment once."""
    inv = new_invoice(client, lines=[{"product": 1, "quantity": 100}])
    for _ in range(5):
        client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(1))
    total = client.get("/coa/api/v1/invoice-payments").json()["count"]
    seen: list[int] = []
    url: str | None = "/coa/api/v1/invoice-payments?cursor=&limit=2"
    while url:
        page = client.get(url).json()
        seen += [p["id"] for p in page["results"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) == total


@pytest.mark.parametrize("path", ["/coa/api/v1/invoice-payments", "/coa/api/v1/bill-payments"])
def test_cursor_pages_carry_the_lists_count_as_campfires_do(client: TestClient, path: str) -> None:
    """Unlike DRF's ``CursorPagination``, Campfire's cursor pages count: upstream gives both ways of paging one
    envelope with ``count`` required, and ``skip_count`` "returns a lower-bound count instead" (ours: the rows
    so far, one more while ``next`` is set)."""
    total = client.get(path).json()["count"]
    first = client.get(path, params={"cursor": "", "limit": 1}).json()
    assert total > 1 and first["count"] == total and first["next"] is not None
    skipped = client.get(path, params={"cursor": "", "limit": 1, "skip_count": "true"}).json()
    assert skipped["count"] == 2 <= total


def test_limit_above_maximum_is_the_maximum(client: TestClient) -> None:
    """The sync list documents a maximum page size of 10000; a larger ``limit`` is cut to it, as DRF's
    ``LimitOffsetPagination`` does (the next link says 10000)."""
    response = client.get("/coa/api/v1/invoice-payments", params={"limit": 10001})
    assert response.status_code == 200
    assert len(response.json()["results"]) == response.json()["count"]


@pytest.mark.parametrize("path", ["/coa/api/v1/invoice-payments", "/coa/api/tag", "/coa/api/department"])
def test_limit_zero_is_the_default_page(client: TestClient, path: str) -> None:
    """``limit=0`` (which the spec allows) answers the default page, as DRF does, not a 400."""
    default = client.get(path).json()
    response = client.get(path, params={"limit": 0})
    assert response.status_code == 200
    assert response.json()["results"] == default["results"]


def test_bad_sync_date_filter_is_a_field_error(client: TestClient) -> None:
    """The payments sync list answers an unreadable ``last_modified_at__gte`` with a 400 naming that filter."""
    response = client.get("/coa/api/v1/invoice-payments", params={"last_modified_at__gte": "soon"})
    assert response.status_code == 400
    assert response.json() == {"last_modified_at__gte": ["Enter a valid date/time."]}


def test_calculate_payment_applies_early_discount_only_in_full(client: TestClient) -> None:
    """2/10 terms: paying everything within 10 days earns 2%; a partial payment earns nothing."""
    url = f"{INVOICES}145003/calculate-payment"
    partial = client.post(url, json={"empty_transactions": [{"amount": 3332, "payment_date": "2026-03-15"}]}).json()
    assert (partial["total_due"], partial["term_discounts"], partial["remaining_due"]) == (3480, 0, 148)
    exact = client.post(url, json={"empty_transactions": [{"amount": 3410.4, "payment_date": "2026-03-15"}]}).json()
    assert (exact["term_discounts"], exact["remaining_due"]) == (69.6, 0)
    late = client.post(url, json={"empty_transactions": [{"amount": 3410.4, "payment_date": "2026-04-01"}]}).json()
    assert (late["term_discounts"], late["remaining_due"]) == (0, 69.6)
    assert client.get(f"{INVOICES}145003/").json()["amount_paid"] == 0


def test_calculate_payment_rejects_amounts_beyond_the_limit(client: TestClient) -> None:
    """calculate-payment refuses a negative amount, or one of an invoice's size and more, with a 400 stating
    the bound (the spec states both: at least a cent, below 10**12, once rounded to cents)."""
    url = "/coa/api/v1/invoice/145003/calculate-payment"
    for amount, message in ((-5, "greater than or equal to 0.005"), (10**12, "less than 999999999999.995")):
        body = {"empty_transactions": [{"amount": amount, "payment_date": "2026-01-01"}]}
        response = client.post(url, json=body)
        assert response.status_code == 400
        assert response.json() == {"empty_transactions": [{"amount": [f"Ensure this value is {message}."]}]}


def test_default_payment_inside_and_outside_window(client: TestClient) -> None:
    """The suggested amount is discounted only inside the discount window."""
    url = f"{INVOICES}145003/default-payment"
    inside = client.post(url, json={"posted_at": "2026-03-12"}).json()
    outside = client.post(url, json={"posted_at": "2026-03-30"}).json()
    assert inside["default_payment_amount"] == 3410.4
    assert inside["payment_term_discount_note"]
    assert (outside["default_payment_amount"], outside["payment_term_discount_note"]) == (3480, None)


def test_paying_discounted_amount_in_window_settles_invoice(client: TestClient) -> None:
    """The discounted amount paid on time marks the invoice paid, recording the discount."""
    client.post(f"{INVOICES}145003/pay/", json=manual(3410.4, "2026-03-15"))
    inv = client.get(f"{INVOICES}145003/").json()
    assert (inv["status"], inv["amount_due"], inv["payment_term_applied_discount"]) == ("paid", 0, 69.6)


def test_bulk_apply_spreads_a_transaction_oldest_first(client: TestClient) -> None:
    """One transaction pays the oldest selected invoice first, then the next."""
    a = new_invoice(client, invoice_date="2026-01-01", due_date="2026-01-31")
    b = new_invoice(client, invoice_date="2026-02-01", due_date="2026-03-03")
    body = {"transaction_id": 14728802, "invoice_ids": [b["id"], a["id"]]}
    result = client.post(f"{INVOICES}bulk-apply-payment", json=body).json()
    assert result["applied"] == [{"invoice_id": a["id"], "amount": 500}, {"invoice_id": b["id"], "amount": 500}]
    assert result["unapplied_amount"] == 1500


def test_transaction_invoice_payments_answers_what_it_paid(client: TestClient) -> None:
    """Applying a bank transaction to its client's invoices answers 201 with each invoice paid, the payments and
    entries made and what is left, matching the invoices' own figures afterwards."""
    listed = client.get(INVOICES, params={"client": 42, "limit": 1000}).json()["results"]
    before = {i["id"]: i["amount_due"] for i in listed}
    answer = client.post("/coa/api/transaction/14728801/invoice_payments")
    assert answer.status_code == 201, answer.text
    result = answer.json()
    assert result["transaction_id"] == 14728801 and result["applied"]
    assert round(sum(a["amount"] for a in result["applied"]) + result["unapplied_amount"], 2) == 5000
    for applied in result["applied"]:
        invoice = client.get(f"{INVOICES}{applied['invoice_id']}/").json()
        assert round(before[applied["invoice_id"]] - applied["amount"], 2) == invoice["amount_due"]
        assert {p["id"] for p in invoice["payments"]} & set(result["payment_ids"])
    assert len(result["payment_ids"]) == len(result["applied"]) == len(result["journal_entry_ids"])


def test_nullable_reference_accepts_null(client: TestClient) -> None:
    """``filters`` of bulk-apply-payment is ``nullable`` (spec: ``allOf`` + ``nullable: true``): null is no filter."""
    body = {"transaction_id": 14728800, "invoice_ids": [58700], "filters": None}
    answer = client.post("/coa/api/v1/invoice/bulk-apply-payment/", json=body)
    assert answer.status_code == 200
    assert [a["invoice_id"] for a in answer.json()["applied"]] == [58700]


def test_a_money_out_transaction_cannot_pay_an_invoice(client: TestClient) -> None:
    """A bank transaction of money out (demo 21069178, -8999.99: a withdrawal credits the bank) pays no invoice:
    bulk-apply and pay are a 400 naming it, and nothing is applied (it answered a negative unapplied amount)."""
    invoice = new_invoice(client, invoice_date="2026-01-01", due_date="2026-01-31")
    message = ["Bank transaction 21069178 is money out (-8999.99): it cannot pay an invoice."]
    for ids in ([], [invoice["id"]]):
        body = {"transaction_id": 21069178, "invoice_ids": ids}
        refused = client.post(f"{INVOICES}bulk-apply-payment", json=body)
        assert (refused.status_code, refused.json()) == (400, {"transaction_id": message})
    paid = client.post(
        f"{INVOICES}{invoice['id']}/pay/", json={"transactions": [{"transaction_id": 21069178, "amount": 5}]}
    )
    assert (paid.status_code, paid.json()) == (400, {"transactions": [{"transaction_id": message}]})
    assert client.get(f"{INVOICES}{invoice['id']}/").json()["amount_paid"] == 0


def test_bulk_apply_names_each_unknown_invoice_as_drf_does(client: TestClient) -> None:
    """An invoice id naming nothing is DRF's primary-key message under invoice_ids, and nothing is applied."""
    body = {"transaction_id": 14728802, "invoice_ids": [58700, 0, 999999]}
    answer = client.post(f"{INVOICES}bulk-apply-payment", json=body)
    assert answer.status_code == 400
    assert answer.json() == {
        "invoice_ids": ['Invalid pk "0" - object does not exist.', 'Invalid pk "999999" - object does not exist.']
    }
    assert client.get("/ca/api/transaction/14728802").json()["assigned"] is False


def test_calculate_payment_agrees_with_pay_when_overpaid_or_between(client: TestClient) -> None:
    """2/10 terms on 3,480 (discount 69.60): paying 3,450 on time leaves 30 due and no discount, as pay leaves
    it; paying 3,600 leaves 0 due (never a negative balance), the 120 excess being what the applied figures
    exceed the total by (pay makes it an overpayment credit memo) and no discount."""
    url = f"{INVOICES}145003/calculate-payment"
    figures = ("term_discounts", "remaining_due", "applied_payments")
    between = client.post(url, json={"empty_transactions": [{"amount": 3450, "payment_date": "2026-03-15"}]}).json()
    assert tuple(between[k] for k in figures) == (0, 30, 3450)
    over = client.post(url, json={"empty_transactions": [{"amount": 3600, "payment_date": "2026-03-15"}]}).json()
    assert tuple(over[k] for k in figures) == (0, 0, 3600)
    for amount, due in ((3450, 30), (3600, 0)):
        client.post("/__campfire_mock__/reset")
        paid = client.post(f"{INVOICES}145003/pay/", json=manual(amount, "2026-03-15"))
        assert paid.status_code == 200, paid.text
        inv = client.get(f"{INVOICES}145003/").json()
        assert (inv["amount_due"], inv["payment_term_applied_discount"]) == (due, None)


def test_calculate_payment_judges_the_discount_by_the_new_payments_as_pay_does(client: TestClient) -> None:
    """2/10 terms on 3,480 (discount 69.60, earned by 2026-03-20): after 1,000 paid late, 2,410.40 paid on
    time leaves exactly the discount. Pay grants it (its own payments are on time), so the preview says the
    same; once granted, a preview grants it no second time and counts it in what is left."""
    url = f"{INVOICES}145003/calculate-payment"
    figures = ("term_discounts", "remaining_due")
    late = client.post(f"{INVOICES}145003/pay/", json=manual(1000, "2026-04-01"))
    assert late.status_code == 200, late.text
    on_time = {"empty_transactions": [{"amount": 2410.4, "payment_date": "2026-03-15"}]}
    preview = client.post(url, json=on_time).json()
    assert tuple(preview[k] for k in figures) == (69.6, 0)
    paid = client.post(f"{INVOICES}145003/pay/", json=manual(2410.4, "2026-03-15"))
    assert paid.status_code == 200, paid.text
    inv = client.get(f"{INVOICES}145003/").json()
    assert (inv["amount_due"], inv["payment_term_applied_discount"]) == (0, 69.6)
    again = client.post(url, json={"empty_transactions": [{"amount": 10, "payment_date": "2026-03-16"}]}).json()
    assert tuple(again[k] for k in figures) == (69.6, 0)
