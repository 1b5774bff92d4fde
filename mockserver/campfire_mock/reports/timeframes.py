"""Relative timeframes (TeamUp's ``due_date_timeframe``/``paid_at_timeframe``) as first and last day.

TeamUp names the parameters but not their values, so these are the ones report tools share:
``today``, ``yesterday``, ``this_``/``last_`` + ``week``, ``month``, ``quarter`` or ``year``, and
``last_<N>_days``. Weeks start on Monday (as the ``_week`` buckets do); ``last_<N>_days`` is the
N days ending today, today included. The caller hands in ``today`` (the workspace clock's), so a
saved report with a timeframe moves with the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_LAST_DAYS = re.compile(r"last_([0-9]{1,6})_days")


def _month_start(year: int, month: int) -> date:
    """The first day of ``month`` (months past 12 or below 1 roll into the next or previous years)."""
    year += (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1)


def _span(first: date, months: int) -> tuple[date, date]:
    return first, _month_start(first.year, first.month + months) - timedelta(days=1)


def timeframe_range(name: str, today: date) -> tuple[date, date] | None:
    """First and last day of the timeframe ``name`` on ``today``; ``None`` for an unknown name."""
    if name in ("today", "yesterday"):
        day = today - timedelta(days=name == "yesterday")
        return day, day
    match = _LAST_DAYS.fullmatch(name)
    if match:
        days = int(match.group(1))
        if not 1 <= days <= 36_600:
            return None
        return today - timedelta(days=days - 1), today
    which, _, unit = name.partition("_")
    if which not in ("this", "last"):
        return None
    back = which == "last"
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) - timedelta(weeks=back)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return _span(_month_start(today.year, today.month - back), 1)
    if unit == "quarter":
        first_month = today.month - (today.month - 1) % 3
        return _span(_month_start(today.year, first_month - 3 * back), 3)
    if unit == "year":
        return date(today.year - back, 1, 1), date(today.year - back, 12, 31)
    return None
