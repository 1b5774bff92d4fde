"""Straight-line amortization schedules of bill lines (``/coa/api/v1/bill/amortization/generate-schedule``).

``generate`` spreads an amount over ``months`` equal monthly parts in cents, the rounding remainder on the
last, each dated ``start_date``'s day of its month (the month's last day where it has fewer days); nothing
is kept. ``save`` keeps a schedule for a bill line, checked: the line is on a live bill, it is coded to an
account of the income statement (an expense: a prepaid expense is bought as one and recognized over
time), and the parts add up to its amount. Saving again for the same line replaces the schedule.

A saved schedule is kept in its own table (``SCHEDULES``, by bill line id) and posts
(``amortization_posting.py``): its amount moves from the line's expense to prepaid expenses on the bill
date, and back to the expense part by part on the parts' dates, so the expense is recognized on the
schedule and the books balance at every step. Every part of a saved schedule is ``posted`` (its entry
is in the ledger, dated on its day). A schedule whose bill is voided or deleted, or whose line a
replacement of the lines removed, posts nothing; replacing the lines drops it.
"""

from __future__ import annotations

import calendar
import typing as t
from datetime import date
from decimal import Decimal

from ..errors import ValidationFailed
from .chart import BALANCE_SHEET_TYPES
from .chart import account as chart_account
from .documents import BILLS, dec, rel_id
from .generic import is_deleted
from .models import money
from .workspace import Workspace

Row = dict[str, t.Any]

#: Where saved schedules are kept, by bill line id (the collection of the schedule's path).
SCHEDULES = "/coa/api/v1/bill/amortization/generate-schedule"


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


def find_line(ws: Workspace, line_id: int) -> tuple[Row, Row] | None:
    """The live bill holding bill line ``line_id``, and the line (nothing is journaled)."""
    for _, bill in sorted(dict.items(ws.table(BILLS))):
        if is_deleted(bill):
            continue
        for line in bill.get("lines") or []:
            if line.get("id") == line_id:
                return bill, line
    return None


def save(ws: Workspace, line_id: int, schedule: list[Row]) -> list[Row]:
    """Keep ``schedule`` for bill line ``line_id`` (replacing any); the parts must add up to its amount."""
    found = find_line(ws, line_id)
    if found is None:
        raise ValidationFailed.field("bill_line", f'Invalid pk "{line_id}" - object does not exist.')
    bill, line = found
    amount = money(dec(line.get("amount") or 0))
    if chart_account(ws, rel_id(line.get("account"))).get("account_type") in BALANCE_SHEET_TYPES:
        raise ValidationFailed.field(
            "bill_line", f"Bill line {line_id} is coded to a balance sheet account; amortize an expense line."
        )
    total = money(sum((dec(part["amount"]) for part in schedule), Decimal(0)))
    if total != amount:
        raise ValidationFailed.field("schedule", f"The parts add up to {total}; bill line {line_id} is {amount}.")
    now = ws.now_text()
    reclass = ws.next_id("journal_entry")
    parts = [
        {
            "id": ws.next_id("amortization_schedule"),
            "date": str(part["date"]),
            "amount": str(money(dec(part["amount"]))),
            "posted": True,
            "bill_line": line_id,
            "journal_entry": ws.next_id("journal_entry"),
        }
        for part in sorted(schedule, key=lambda p: str(p["date"]))
    ]
    ws.table(SCHEDULES)[line_id] = {
        "id": line_id,
        "bill": int(bill["id"]),
        "journal_entry": reclass,
        "parts": parts,
        "created_at": now,
        "last_modified_at": now,
    }
    ws.table(BILLS)[int(bill["id"])]["last_modified_at"] = now
    return parts


def schedule_of(ws: Workspace, line_id: t.Any) -> list[Row]:
    """The saved parts of a bill line's schedule (none if it has none)."""
    row = ws.table(SCHEDULES).look(line_id) if isinstance(line_id, int) else None
    return list(row["parts"]) if row is not None else []


def bill_changed(ws: Workspace, bill: Row) -> None:
    """A bill was written: its schedules post again from it (the ledger recomputes what a write touches),
    and the schedules of lines it no longer has are dropped."""
    table = ws.generic.get(SCHEDULES)
    if not table:
        return
    lines = {line.get("id") for line in bill.get("lines") or []}
    for key, row in list(dict.items(table)):
        if row.get("bill") != bill["id"]:
            continue
        if key in lines:
            table[key]["last_modified_at"] = ws.now_text()
        else:
            del table[key]


__all__ = ["SCHEDULES", "bill_changed", "find_line", "generate", "save", "schedule_of"]
