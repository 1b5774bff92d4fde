"""An invoice line's ``discount_amount``: upstream says only "calculated from percentage"; the twin states how."""

from __future__ import annotations

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
