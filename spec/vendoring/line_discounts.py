"""An invoice line's ``discount_amount``: upstream says only "calculated from percentage"; the twin states how.
A written invoice's ``discount``: below an invoice's largest amount (10**12) in size, as the service checks."""

from __future__ import annotations

from typing import Any

from vendoring.cents import BELOW_CAP, BELOW_CAP_TEXT, in_cents
from vendoring.common import _bounded, _changed

LINE_DISCOUNT_REASON = (
    "how the twin computes a line's percentage discount: discount_amount = amount x discount_percentage / 100"
    " (the line's amount is before it), and the invoice's total and the line's revenue are net of it (the twin's"
    " choice, no evidence of Campfire's)"
)
LINE_DISCOUNT_TEXT = (
    "The twin: `amount` x `discount_percentage` / 100, in cents (half up), where a percentage is sent (a sent"
    " `discount_amount` is then replaced); without a percentage, as sent; without either, the line's `discount`"
    " (its amount in currency). The line's `amount` is before it, and the invoice's `total_amount` and the line's"
    " revenue are net of it."
)


def described_line_discount(schemas: dict[str, Any]) -> None:
    """``AccountingInvoiceLine.discount_amount``: upstream's description, then the twin's rule (over an earlier
    change, such as the decimal-as-text relaxation, which the mark keeps as its ``upstream``)."""
    props = schemas.get("AccountingInvoiceLine", {}).get("properties", {})
    node = props.get("discount_amount")
    if node is None:
        return
    said = node.get("description", "")
    text = f"{said}\n\n{LINE_DISCOUNT_TEXT}" if said else LINE_DISCOUNT_TEXT
    props["discount_amount"] = _changed(node, {**node, "description": text}, LINE_DISCOUNT_REASON)


INVOICE_DISCOUNT_REASON = (
    "a rule the service enforces, stated so a client can keep it: a written invoice's `discount` is less than"
    " 10**12 in size once rounded to cents (so below 999,999,999,999.995 as sent), an invoice's largest amount"
    " (its lines' and total's cap); the service answers 400 under"
    ' `discount` otherwise ("Ensure this value is less than 999999999999.995.")'
)


def _below_cap(branch: dict[str, Any]) -> dict[str, Any]:
    return in_cents(branch, BELOW_CAP, BELOW_CAP_TEXT)


def invoice_discount_bounds(schemas: dict[str, Any]) -> None:
    """``discount`` of the written invoice (``AccountingInvoiceRequest``, ours, and the PATCH's
    ``PatchedAccountingInvoice``) below 10**12 in size, as a number and as a decimal text (after
    ``document_request_components`` and ``relax_decimals``)."""
    for name in ("AccountingInvoiceRequest", "PatchedAccountingInvoice"):
        props = schemas.get(name, {}).get("properties", {})
        if "discount" in props:
            props["discount"] = _bounded(props["discount"], _below_cap, INVOICE_DISCOUNT_REASON)


LINE_CAP_REASON = (
    "a rule the service enforces, stated so a client can keep it: a written document line's `amount` and `tax`"
    " (and an invoice line's `discount_amount`) are less than 10**12 in size once rounded to cents (so below"
    " 999,999,999,999.995 as sent), an invoice's largest amount; the"
    ' service answers 400 under the field otherwise ("Ensure this value is less than 999999999999.995.")'
)
PERCENT_REASON = (
    "a rule the service enforces, stated so a client can keep it: an invoice line's `discount_percentage` is from"
    ' 0 to 100, upstream\'s own "Discount percentage (0-100)"; the service answers 400 under the field outside'
    ' them ("Ensure this value is less than or equal to 100.")'
)
#: A decimal text from 0 to 100 (a percentage, upstream's "(0-100)").
_PERCENT_TEXT = r"^(100(\.0+)?|[0-9]{1,2}(\.[0-9]+)?)$"


def _percent(branch: dict[str, Any]) -> dict[str, Any]:
    if branch.get("type") == "number":
        bounded = {k: v for k, v in branch.items() if k not in ("exclusiveMinimum", "exclusiveMaximum")}
        return {**bounded, "minimum": 0, "maximum": 100}
    if branch.get("type") == "string" and "pattern" in branch:
        return {**branch, "pattern": _PERCENT_TEXT}
    return branch


#: The written lines the service caps, and the fields it caps in each.
CAPPED_LINES = {
    "AccountingInvoiceLineRequest": ("amount", "tax", "discount_amount"),
    "AccountingBillLine": ("amount", "tax"),
    "AccountingDebitMemoLine": ("amount", "tax"),
}


def line_amount_bounds(schemas: dict[str, Any]) -> None:
    """A written line's amounts below 10**12 in size, and an invoice line's ``discount_percentage`` from 0 to
    100, as the service checks them (after ``document_request_components`` and ``relax_decimals``)."""
    for name, fields in CAPPED_LINES.items():
        props = schemas.get(name, {}).get("properties", {})
        for field in fields:
            if field in props:
                props[field] = _bounded(props[field], _below_cap, LINE_CAP_REASON)
        if name == "AccountingInvoiceLineRequest" and "discount_percentage" in props:
            props["discount_percentage"] = _bounded(props["discount_percentage"], _percent, PERCENT_REASON)
