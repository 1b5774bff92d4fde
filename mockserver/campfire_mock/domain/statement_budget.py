"""The financial statements' budget: how many amounts one balance sheet or income statement may answer
(``MAX_STATEMENT_AMOUNTS``), counted before any is computed, so one request cannot hold a core for
seconds while other workspaces wait."""

from __future__ import annotations

from datetime import date, timedelta

from ..errors import ValidationFailed
from ..limits import MAX_STATEMENT_AMOUNTS

#: Rows a statement adds to its accounts' per column group: the balance sheet's Retained Earnings and Net
#: Income rows and its three totals (assets, liabilities, equity); the income statement has fewer.
SUMMARY_ROWS = 5


def column_count(start: date, end: date, cadence: str) -> int:
    """How many columns ``periods(start, end, cadence)`` has, counted without making them (0 for an end
    before the start)."""
    if end < start:
        return 0
    if cadence == "daily":
        return (end - start).days + 1
    if cadence == "weekly":  # Mondays after the start, up to the end, each begin a week
        return (end - start + timedelta(days=start.weekday())).days // 7 + 1
    months = (end.year - start.year) * 12 + end.month - start.month
    if cadence == "monthly":
        return months + 1
    if cadence == "quarterly":
        return (end.year * 12 + end.month - 1) // 3 - (start.year * 12 + start.month - 1) // 3 + 1
    return end.year - start.year + 1


def check_cells(accounts: int, columns: int, cadence: str, groups: int = 0) -> None:
    """400 naming ``cadence`` for a statement of more than ``MAX_STATEMENT_AMOUNTS`` amounts: its rows (the
    ``accounts`` and the summary rows), times its breakdown's ``groups`` plus the whole, times its columns."""
    rows = (accounts + SUMMARY_ROWS) * (1 + groups)
    if rows * columns > MAX_STATEMENT_AMOUNTS:
        raise ValidationFailed.field(
            "cadence",
            f"The statement would have {rows * columns} amounts ({rows} rows x {columns} {cadence} columns);"
            f" at most {MAX_STATEMENT_AMOUNTS}. Ask for a shorter period or a longer cadence.",
        )
