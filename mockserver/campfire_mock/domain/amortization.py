"""Straight-line amortization schedules of bill lines (``/coa/api/v1/bill/amortization/generate-schedule``).

``generate`` spreads an amount over ``months`` equal monthly parts in cents, the rounding remainder on the
last, each dated ``start_date``'s day of its month (the month's last day where it has fewer days).
``save`` keeps a schedule on a bill line (its ``amortization_schedule``), checked: the line exists on a
live bill and the parts add up to its amount. Schedules are not posted to the ledger (a bill posts its
line to the account it names; moving it from prepaid to expense month by month is not modelled).
"""

from __future__ import annotations

import calendar
import typing as t
from datetime import date
from decimal import Decimal

from ..errors import ValidationFailed
from .documents import BILLS, dec
from .generic import is_deleted
from .models import money
from .workspace import Workspace

Row = dict[str, t.Any]


def _month(start: date, n: int) -> date:
    year, month = divmod(start.month - 1 + n, 12)
    year += start.year
    return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))


def generate(amount: Decimal, start: date, months: int) -> list[Row]:
    """``amount`` in ``months`` equal monthly parts (cents), the remainder on the last."""
    total = int(money(amount) * 100)
    part, rest = divmod(total, months)
    cents = [part] * months
    cents[-1] += rest
    return [{"date": _month(start, n), "amount": Decimal(c) / 100, "posted": False} for n, c in enumerate(cents)]


def save(ws: Workspace, line_id: int, schedule: list[Row]) -> list[Row]:
    """Keep ``schedule`` on bill line ``line_id``; the parts must add up to the line's amount."""
    table = ws.table(BILLS)
    for key, bill in sorted(dict.items(table)):
        if is_deleted(bill):
            continue
        for n, line in enumerate(bill.get("lines") or []):
            if line.get("id") != line_id:
                continue
            total = money(sum((dec(part["amount"]) for part in schedule), Decimal(0)))
            if total != money(dec(line.get("amount") or 0)):
                raise ValidationFailed.field(
                    "schedule", f"The parts add up to {total}; bill line {line_id} is {money(dec(line['amount']))}."
                )
            kept = [
                {"id": n * 1000 + i + 1, "date": str(part["date"]), "amount": str(money(dec(part["amount"]))),
                 "posted": False, "bill_line": line_id}
                for i, part in enumerate(schedule)
            ]  # fmt: skip
            bill = table[key]
            bill["lines"][n] = {**line, "amortization_schedule": kept}
            bill["last_modified_at"] = ws.now_text()
            return kept
    raise ValidationFailed.field("bill_line", f'Invalid pk "{line_id}" - object does not exist.')


__all__ = ["generate", "save"]
