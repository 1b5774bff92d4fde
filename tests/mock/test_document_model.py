"""One document model for both sides: an invoice and a bill with the same total, payments, due date and
void answer the same figures (``domain/document.py``), through the model and through the API; the
typed bill reads what the stored bill holds; the due date and the lines' frame are one rule for both."""

from __future__ import annotations

import typing as t
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from starlette.testclient import TestClient

from campfire_mock.domain.bill_models import Bill, BillLine, BillPayment
from campfire_mock.domain.document import PAYABLE, RECEIVABLE, build_lines, due_date, due_days
from campfire_mock.domain.models import Invoice, Line, Payment, PaymentType

from .payables import BILLS, CARD, manual, new_bill, pay, set_clock
from .test_invoices import INVOICES, new_invoice

NOON = datetime(2026, 5, 1, 12, tzinfo=UTC)
DUE = date(2026, 5, 31)


def _invoice(total: str, paid: list[tuple[str, bool]], voided: bool) -> Invoice:
    amount = Decimal(total)
    line = Line(1, None, Decimal(1), amount, amount, Decimal("0.00"), "USD", NOON, NOON)
    inv = Invoice(1, "INV-1", date(2026, 5, 1), DUE, 54, "USD", [line], NOON, NOON, 7)
    inv.recompute_total()
    payments = [
        Payment(i, 1, Decimal(a), "USD", DUE, PaymentType.MANUAL_TRANSACTION, None, NOON, NOON, 8)
        for i, (a, _) in enumerate(paid)
    ]
    for payment, (_, active) in zip(payments, paid, strict=True):
        payment.voided_date = None if active else DUE
    inv.amount_paid = sum((p.amount for p in payments if p.active), Decimal("0.00"))
    inv.voided_date = DUE if voided else None
    return inv


def _bill(total: str, paid: list[tuple[str, bool]], voided: bool) -> Bill:
    line = BillLine(1, 2622, Decimal(total), Decimal("0.00"), None, None, ())
    payments = tuple(
        BillPayment(i, 1, Decimal(a), "MANUAL_TRANSACTION", DUE, None if active else DUE, None, None, None)
        for i, (a, active) in enumerate(paid)
    )
    return Bill(1, "B-1", date(2026, 5, 1), DUE, 34182, 54, (line,), payments, DUE if voided else None)


CASES = [
    # total, payments (amount, active), voided, today -> payment_status, past_due_days, status
    ("100.00", [], False, date(2026, 5, 20), "open", None, "open"),
    ("100.00", [], False, date(2026, 6, 10), "open", 10, "past_due"),
    ("100.00", [("40.00", True)], False, date(2026, 5, 20), "partial", None, "partially_paid"),
    ("100.00", [("40.00", True)], False, date(2026, 6, 1), "partial", 1, "past_due"),
    ("100.00", [("40.00", False)], False, date(2026, 5, 20), "open", None, "open"),
    ("100.00", [("40.00", True), ("60.00", True)], False, date(2026, 6, 10), "paid", None, "paid"),
    ("100.00", [], True, date(2026, 6, 10), "voided", None, "voided"),
    # nothing to pay and nothing paid: open, and past due after its due date, on either side
    ("0.00", [], False, date(2026, 6, 10), "open", 10, "past_due"),
]


@pytest.mark.parametrize(("total", "paid", "voided", "today", "status", "days", "word"), CASES)
def test_invoice_and_bill_figures_are_the_same_code(
    total: str, paid: list[tuple[str, bool]], voided: bool, today: date, status: str, days: int | None, word: str
) -> None:
    """An invoice and a bill with the same total, payments and void answer the same figures."""
    for doc in (_invoice(total, paid, voided), _bill(total, paid, voided)):
        active = sum((Decimal(a) for a, on in paid if on), Decimal("0.00"))
        assert (doc.total_amount, doc.amount_paid, doc.amount_due) == (Decimal(total), active, Decimal(total) - active)
        assert (doc.payment_status, doc.past_due_days(today), doc.status(today)) == (status, days, word)
        assert doc.paid_on([date(2026, 5, 2), None, DUE]) == (DUE if status == "paid" else None)


def test_each_side_names_its_counterparty_and_control_account() -> None:
    """An invoice's counterparty is its client, a bill's its vendor; they post to receivables and payables."""
    inv, received = _invoice("10.00", [], False), _bill("10.00", [], False)
    inv.client = 42
    assert (inv.counterparty, inv.side.control_role) == (42, "receivables")
    assert (received.counterparty, received.side.control_role) == (34182, "payables")


def test_an_invoices_caller_flag_and_granted_discount_are_its_own() -> None:
    """A sent invoice answers ``sent`` until paid; an early-payment discount granted lowers what is due."""
    inv = _invoice("100.00", [("90.00", True)], False)
    assert inv.payment_status == "partial"
    inv.payment_term_applied_discount = Decimal("10.00")
    assert (inv.amount_due, inv.payment_status) == (Decimal("0.00"), "paid")
    unpaid = _invoice("100.00", [], False)
    unpaid.status_flag = "sent"
    assert (unpaid.payment_status, unpaid.past_due_days(date(2026, 6, 2))) == ("sent", 2)


def test_the_typed_bill_reads_what_the_stored_bill_holds(app: t.Any, client: TestClient) -> None:
    """``Bill.of`` over a stored bill gives the figures its answer shows, and its typed lines and payments."""
    made = new_bill(client, lines=[(2622, 100, 8), (6400, 50.5, 0)])
    assert pay(client, made["id"], empty_transactions=[manual(58.5)]).status_code == 200
    with app.store.read("test-token") as ws:
        typed = Bill.of(ws, ws.table(BILLS)[made["id"]])
    answer = client.get(f"{BILLS}/{made['id']}/").json()
    assert (float(typed.total_amount), float(typed.amount_paid), float(typed.amount_due)) == (158.5, 58.5, 100.0)
    assert (answer["total_amount"], answer["amount_paid"], answer["amount_due"]) == (158.5, 58.5, 100.0)
    assert typed.payment_status == answer["payment_status"] == "partial"
    assert [ln.account for ln in typed.lines] == [ln["account"] for ln in answer["lines"]] == [2622, 6400]
    assert [(p.id, p.payment_type, p.active) for p in typed.payments] == [
        (p["id"], "MANUAL_TRANSACTION", True) for p in answer["payments"]
    ]


def test_an_invoice_and_a_bill_alike_answer_alike(client: TestClient) -> None:
    """Through the API: the same total, part payment and clock give an invoice and a bill the same figures."""
    set_clock(client, "2026-06-05")
    inv = new_invoice(client, invoice_date="2026-05-01", due_date="2026-05-31", lines=[{"amount": 500}])
    made = new_bill(client, lines=[(2622, 500, 0)])
    paid = {"account_id": CARD, "account_name": "", "amount": 120, "payment_date": "2026-05-10"}
    assert client.post(f"{INVOICES}{inv['id']}/pay/", json={"empty_transactions": [paid]}).status_code == 200
    assert pay(client, made["id"], empty_transactions=[paid]).status_code == 200
    fields = ("total_amount", "amount_paid", "amount_due", "payment_status", "past_due_days")
    invoice_answer = client.get(f"{INVOICES}{inv['id']}/").json()
    bill_answer = client.get(f"{BILLS}/{made['id']}/").json()
    assert [invoice_answer[f] for f in fields] == [bill_answer[f] for f in fields] == [500, 120, 380, "partial", 5]


def test_due_date_rule_is_one_for_both_sides() -> None:
    """Terms' days from the document date; a payment term's days where terms have none; never before it."""
    day = date(2026, 1, 10)
    errors: dict[str, t.Any] = {}
    common = {"given": None, "kept": None, "follow": True, "errors": errors}
    assert due_date(RECEIVABLE, day, days=due_days({}, "net_15", None), **common) == date(2026, 1, 25)
    assert due_date(PAYABLE, day, days=due_days({}, "custom", 30), **common) == date(2026, 2, 9)
    assert errors == {}
    early = date(2026, 1, 1)
    due_date(PAYABLE, day, given=early, kept=None, days=None, follow=True, errors=errors)
    assert errors == {"due_date": ["The due date cannot be before the bill date."]}
    errors.clear()
    due_date(RECEIVABLE, day, given=None, kept=None, days=due_days({}, "custom", None), follow=True, errors=errors)
    assert errors == {"due_date": ["This field is required."]}


def test_due_days_prefer_what_the_request_sends() -> None:
    """The terms sent count first, then the payment term sent, then the document's terms, then its term."""
    assert due_days({"terms": "net_15", "payment_term": 1}, "net_15", 45) == 15
    assert due_days({"payment_term": 1}, "net_30", 45) == 45  # a default net_30 yields to the term sent
    assert due_days({"terms": "custom", "payment_term": 1}, "custom", 45) == 45
    assert due_days({"invoice_date": "2026-01-01"}, "net_60", 45) == 60
    assert due_days({}, None, 45) == 45
    assert due_days({"payment_term": 1}, None, None) is None


def test_lines_frame_is_one_for_both_sides() -> None:
    """No lines, too many lines and per-line errors are reported under ``lines`` as DRF lists them."""
    errors: dict[str, t.Any] = {}
    assert build_lines([], errors, lambda item, err: item) == []
    assert errors == {"lines": ["This list may not be empty."]}
    errors.clear()

    def check(item: dict[str, t.Any], err: dict[str, t.Any]) -> int:
        if item["amount"] < 0:
            err["amount"] = ["Negative."]
        return int(item["amount"])

    assert build_lines([{"amount": 1}, {"amount": -1}], errors, check) == [1, -1]
    assert errors == {"lines": [{}, {"amount": ["Negative."]}]}
