"""Comparative statements: the balance sheet or income statement of consecutive periods side by side,
each pair compared (Campfire's ``/ca/api/balance-sheet/comparative`` and ``/income-statement/comparative``).

Built from the plain statement of the same window and cadence (so a comparative column is the plain
statement's column for that period), in the shape of Campfire's examples: per row ``<date>_Total`` for
each period (the balance sheet's period ends, the income statement's period starts), and for each pair
of consecutive periods ``comparison_<n>_Difference`` (later minus earlier) and
``comparison_<n>_Percentage`` (the difference over the earlier amount's size, in percent, to two places;
``null`` where the earlier amount is zero). ``headers`` names each comparison's four columns; no budget
is compared (``budget_id`` ``null``). A breakdown (``group_by``) adds ``<date>_<group>`` columns, not
compared.
"""

from __future__ import annotations

import itertools
import typing as t
from datetime import date, timedelta
from decimal import Decimal

from .ledger_query import months_before

Row = dict[str, t.Any]
ACCOUNT_FIELDS = ("account_id", "account_name", "account_number", "hierarchy")


def period_start(day: date, cadence: str) -> date:
    """The first day of the ``cadence`` period ``day`` falls in (weeks start on Monday)."""
    if cadence == "daily":
        return day
    if cadence == "weekly":
        return day - timedelta(days=day.weekday())
    if cadence == "monthly":
        return day.replace(day=1)
    if cadence == "quarterly":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


def previous_start(end: date, cadence: str) -> date:
    """The first day of the period before the one ``end`` falls in: the default window compares the
    last two periods."""
    first = period_start(end, cadence)
    if cadence == "daily":
        return first - timedelta(days=1)
    if cadence == "weekly":
        return first - timedelta(days=7)
    return months_before(first, {"monthly": 1, "quarterly": 3, "yearly": 12}[cadence])


def _value(cell: t.Any) -> float | None:
    if isinstance(cell, dict):
        return t.cast(float | None, cell.get("ending_balance"))
    return t.cast(float | None, cell)


def _compare(earlier: float | None, later: float | None) -> tuple[float | None, float | None]:
    if earlier is None or later is None:
        return None, None
    difference = Decimal(str(later)) - Decimal(str(earlier))
    if not earlier:
        return float(difference), None
    share = (difference / abs(Decimal(str(earlier))) * 100).quantize(Decimal("0.01"))
    return float(difference), float(share)


def comparative(statement: Row, key: str, *, by_start: bool) -> Row:
    """The comparative form of a plain statement (``key``: ``balance_sheet`` or ``income_statement``),
    its periods labelled by their first day (``by_start``) or their last."""
    headers: dict[str, dict[str, str]] = statement["headers"]
    plain = list(headers)
    shown = {label: headers[label]["start" if by_start else "end"] for label in plain}
    pairs = list(itertools.pairwise(plain))
    rows: list[Row] = []
    for row in statement[key]:
        out: Row = {name: row[name] for name in ACCOUNT_FIELDS if name in row}
        for label in plain:
            out[f"{shown[label]}_Total"] = _value(row.get(label))
        for column, cell in row.items():
            if "_" in column and column[:10] in shown and column not in out:  # a breakdown's column
                out[f"{shown[column[:10]]}{column[10:]}"] = _value(cell)
        for n, (earlier, later) in enumerate(pairs, start=1):
            difference, share = _compare(out[f"{shown[earlier]}_Total"], out[f"{shown[later]}_Total"])
            out[f"comparison_{n}_Difference"] = difference
            out[f"comparison_{n}_Percentage"] = share
        rows.append(out)
    return {
        key: rows,
        "headers": {
            f"comparison_{n}": [
                f"{shown[earlier]}_Total",
                f"{shown[later]}_Total",
                f"comparison_{n}_Difference",
                f"comparison_{n}_Percentage",
            ]
            for n, (earlier, later) in enumerate(pairs, start=1)
        },
        "budget_id": None,
        "start_date": statement["start_date"],
        "end_date": statement["end_date"],
        "cadence": statement["cadence"],
        "currency": statement["currency"],
    }


__all__ = ["comparative", "period_start", "previous_start"]
