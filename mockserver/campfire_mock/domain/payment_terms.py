"""Early-payment discounts of an invoice's payment term, and the previews that read them:
``calculate-payment`` (what proposed payments would leave due) and ``default-payment`` (what to pay on a
given day). Neither changes anything.

The discount comes from the invoice's ``payment_term`` (the seed's payment terms carry
``discount_percent`` and ``discount_days``): ``total x percent``, earned only when the payments settle the
whole invoice and every payment date falls within ``discount_days`` of the invoice date (all or
nothing, as Campfire documents).
"""

from __future__ import annotations

import typing as t
from datetime import date, timedelta
from decimal import Decimal

from ..errors import ValidationFailed
from .models import MAX_AMOUNT, ZERO, Invoice, Payment, PaymentType, money
from .values import dec
from .workspace import Workspace

Body = dict[str, t.Any]


def _discount_terms(ws: Workspace, inv: Invoice) -> tuple[Decimal, int] | None:
    term = ws.refs["payment_term"].look(inv.payment_term) if inv.payment_term is not None else None
    if not term or not term.get("discount_percent"):
        return None
    return dec(term["discount_percent"]), int(term.get("discount_days") or 0)


def term_days(ws: Workspace, term_id: t.Any) -> int | None:
    """The ``days`` of the payment term ``term_id`` (its net days), or ``None`` (no term, or none set)."""
    term = ws.refs["payment_term"].look(term_id) if term_id is not None else None
    days = (term or {}).get("days")
    return None if days is None else int(days)


def term_discount(ws: Workspace, inv: Invoice) -> tuple[Decimal, date] | None:
    """The early-payment discount amount and the last day it can be earned."""
    terms = _discount_terms(ws, inv)
    if terms is None:
        return None
    percent, days = terms
    return money(inv.total_amount * percent / 100), inv.invoice_date + timedelta(days=days)


def withholding(item: Body) -> Decimal | None:
    """A payment proposal's ``withholding_amount`` as money (``None`` when not given): the one reader that
    pay and calculate-payment share, so both read (and refuse) the same withholding."""
    value = item.get("withholding_amount")
    return None if value is None else money(dec(value))


#: The order a pay applies its sources in, which the withholding check follows.
APPLY_ORDER = ("credit_memos", "debit_memos", "transactions", "empty_transactions")
#: The sources whose items declare ``withholding_amount`` (``MarkPaidTransaction``, ``MarkPaidEmptyTransaction``):
#: a memo item's is no field of it, read by nothing (pay, calculate-payment and the ledger alike).
WITHHELD_FROM = frozenset({"transactions", "empty_transactions"})


def check_withholding(body: Body, due: Decimal, document: str = "invoice") -> None:
    """The one withholding rule of pay and calculate-payment (both sides): what a payment withholds settles the
    document with its amount, so each item's ``withholding_amount`` may be at most what is still due when it
    applies (the sources in ``APPLY_ORDER``, each item lowering what is due by its amount and withholding),
    and not below 0; else a 400 under that item's ``withholding_amount``."""
    errors: dict[str, t.Any] = {}
    for source in APPLY_ORDER:
        items = body.get(source) or []
        item_errors: list[dict[str, list[str]]] = []
        for item in items:
            held = (withholding(item) or ZERO) if source in WITHHELD_FROM else ZERO
            if held < 0:
                item_errors.append({"withholding_amount": ["Ensure this value is greater than or equal to 0."]})
            elif held > max(due, ZERO):
                item_errors.append(
                    {
                        "withholding_amount": [
                            f"Ensure this value is less than or equal to {money(max(due, ZERO))}, "
                            f"what is due on this {document} when it applies."
                        ]
                    }
                )
            else:
                item_errors.append({})
            due -= money(dec(item.get("amount") or 0)) + held
        if any(item_errors):
            errors[source] = item_errors
    if errors:
        raise ValidationFailed(errors)


def check_amounts(body: Body) -> None:
    """Proposed amounts must be positive and of a size an invoice can have."""
    errors: dict[str, t.Any] = {}
    for source in ("transactions", "credit_memos", "empty_transactions"):
        items = body.get(source) or []
        item_errors = []
        for item in items:
            err: dict[str, list[str]] = {}
            if not 0 < dec(item["amount"]) < MAX_AMOUNT:
                err["amount"] = [f"Ensure this value is greater than 0 and less than {MAX_AMOUNT}."]
            held = withholding(item) if source in WITHHELD_FROM else None
            if held is not None and held >= MAX_AMOUNT:
                err["withholding_amount"] = [f"Ensure this value is less than {MAX_AMOUNT}."]
            item_errors.append(err)
        if any(item_errors):
            errors[source] = item_errors
    if errors:
        raise ValidationFailed(errors)


def calculate(ws: Workspace, inv: Invoice, active: list[Payment], body: Body) -> Body:
    """What the invoice would look like with these payments (``active``: its active ones). Withholding settles
    with the payment (``check_withholding``), so ``remaining_due`` is what a pay of the same items leaves: the
    early-payment discount once, only where they leave exactly it and are all dated inside its window (the
    invoice's earlier payments' dates do not count, as pay judges only its own), and 0 when they pay more than
    is due."""
    check_amounts(body)
    check_withholding(body, inv.amount_due)
    payments = sum((p.amount for p in active if p.payment_type != PaymentType.CREDIT_MEMO), ZERO)
    credits = sum((p.amount for p in active if p.payment_type == PaymentType.CREDIT_MEMO), ZERO)
    withheld = sum((p.withheld_amount or ZERO for p in active), ZERO)
    dates: list[date] = []  # the new items' dates only, as pay judges the discount
    for item in body.get("transactions") or []:
        payments += dec(item["amount"])
        withheld += withholding(item) or ZERO
        dates.append(date.fromisoformat(item["posted_at"]))
    for item in body.get("empty_transactions") or []:
        payments += dec(item["amount"])
        withheld += withholding(item) or ZERO
        dates.append(date.fromisoformat(item["payment_date"]))
    for item in body.get("credit_memos") or []:
        credits += dec(item["amount"])
        dates.append(date.fromisoformat(item["posted_at"]))
    total = inv.total_amount
    left = total - money(payments) - money(credits) - money(withheld)
    applied = inv.payment_term_applied_discount
    discount = applied or ZERO  # granted once: an earlier pay's discount stays, and none is granted again
    terms = term_discount(ws, inv)
    if terms is not None and not applied:
        amount, last_day = terms
        # As pay grants it: the payments leave exactly the discount, all of them inside the window.
        if 0 < left == amount and dates and all(d <= last_day for d in dates):
            discount = amount
    return {
        "total_due": total,
        "applied_payments": money(payments),
        "applied_credits": money(credits),
        "applied_withholding": money(withheld),
        "term_discounts": discount,
        # "Remaining balance due": never below 0, as pay leaves the invoice; the excess (an overpayment credit
        # memo on pay) is what the applied figures exceed ``total_due`` by.
        "remaining_due": money(max(left - discount, ZERO)),
    }


def default_amount(ws: Workspace, inv: Invoice, posted_at: date, transaction_amount: Decimal | None) -> Body:
    """What to pay on ``posted_at``: the amount due, less the discount while it can still be earned,
    at most the transaction's amount."""
    due = inv.amount_due
    note = None
    terms = term_discount(ws, inv)
    if terms is not None and inv.amount_paid == 0 and posted_at <= terms[1]:
        amount, last_day = terms
        due -= amount
        note = f"Early-payment discount of {amount} applies if paid by {last_day.isoformat()}."
    if transaction_amount is not None:
        due = min(due, transaction_amount)
    return {"default_payment_amount": money(max(due, ZERO)), "payment_term_discount_note": note}


__all__ = [
    "APPLY_ORDER",
    "calculate",
    "check_amounts",
    "check_withholding",
    "default_amount",
    "term_days",
    "term_discount",
]
