"""An invoice line's percentage discount: its ``discount_amount``.

Campfire's schema says only "Discount amount calculated from percentage" (``AccountingInvoiceLine``); how a
line's ``amount`` relates to it is documented nowhere, so this is the twin's choice, no evidence of Campfire's:

* a line's ``amount`` is before its discount (it defaults to ``quantity x rate``, as without a discount);
* with ``discount_percentage`` sent (0 to 100, as upstream describes it), ``discount_amount`` =
  ``amount x discount_percentage / 100`` (cents, half up), whatever ``discount_amount`` says; without one, a
  sent ``discount_amount`` is kept (the field is writable); without either, the line's ``discount`` ("Discount
  amount in currency", writable) is it; else 0. So a line's discount, however it is given, is one amount,
  counted once;
* the invoice's ``total_amount`` is net of it, and the line's revenue posts net of it (``posting.py``), so
  receivables equal the total and the entry balances.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from .models import MAX_AMOUNT, NO_MONEY, money
from .values import dec

HUNDRED = Decimal(100)


def line_discount(amount: Decimal, item: dict[str, t.Any], err: dict[str, t.Any]) -> Decimal:
    """The ``discount_amount`` of a line of ``amount`` written as ``item`` (already checked against its schema:
    a number, or its text, within bounds); past ``MAX_AMOUNT``, DRF's message under the field that gave it."""
    percent, given, field = item.get("discount_percentage"), item.get("discount_amount"), "discount_amount"
    if given is None or given == "":  # the amount in currency, where neither of the others is given
        given, field = item.get("discount"), "discount"
    if percent is not None and percent != "":
        share = dec(percent)
        if not 0 <= share <= HUNDRED:  # "Discount percentage (0-100)", upstream's words, in DRF's
            bound = "greater than or equal to 0" if share < 0 else "less than or equal to 100"
            err.setdefault("discount_percentage", []).append(f"Ensure this value is {bound}.")
            return NO_MONEY
        off = money(amount * share / HUNDRED)
    elif given is not None and given != "":
        off = money(dec(given))
    else:
        return NO_MONEY
    if abs(off) >= MAX_AMOUNT:
        err.setdefault(field, []).append(f"Ensure this value is less than {MAX_AMOUNT} in size.")
        return NO_MONEY
    return off


__all__ = ["line_discount"]
