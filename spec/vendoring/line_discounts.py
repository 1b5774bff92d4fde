"""An invoice line's ``discount_amount``: upstream says only "calculated from percentage"; the twin states how.
A written invoice's ``discount``: below an invoice's largest amount (10**12) in size, as the service checks."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.common import _changed

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
    " 10**12 in size, an invoice's largest amount (its lines' and total's cap); the service answers 400 under"
    ' `discount` otherwise ("Ensure this value is less than 1000000000000 in size.")'
)
#: A decimal text of at most 12 whole digits (below 10**12 in size), as the number branch's bounds.
_DISCOUNT_TEXT = r"^-?[0-9]{1,12}(\.[0-9]+)?$"


def _below_cap(branch: dict[str, Any]) -> dict[str, Any]:
    if branch.get("type") == "number":
        return {**branch, "minimum": -(10**12), "maximum": 10**12, "exclusiveMinimum": True, "exclusiveMaximum": True}
    if branch.get("type") == "string" and "pattern" in branch:
        return {**branch, "pattern": _DISCOUNT_TEXT}
    return branch


def invoice_discount_bounds(schemas: dict[str, Any]) -> None:
    """``discount`` of the written invoice (``AccountingInvoiceRequest``, ours, and the PATCH's
    ``PatchedAccountingInvoice``) below 10**12 in size, as a number and as a decimal text (after
    ``document_request_components`` and ``relax_decimals``)."""
    for name in ("AccountingInvoiceRequest", "PatchedAccountingInvoice"):
        props = schemas.get(name, {}).get("properties", {})
        node = props.get("discount")
        if node is None:
            continue
        new = copy.deepcopy(node)
        new.pop("x-campfire-devkit", None)
        if "anyOf" in new:
            new["anyOf"] = [_below_cap(b) for b in new["anyOf"]]
        else:
            new = _below_cap(new)
        props["discount"] = _changed(node, new, INVOICE_DISCOUNT_REASON)
