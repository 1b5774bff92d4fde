"""The fiscal year: when it starts, from the entity's ``fiscal_year_month`` / ``fiscal_year_day``.

Campfire keeps the fiscal year's first month and day on each entity (``ChartEntity``). A statement
scoped to entities uses the first of them that sets a month; a consolidated one uses the root entity's
(no parent, lowest id). An entity that sets none, or a month outside 1-12, keeps the calendar year; a
day past the month's end is the month's last day (February 30 is February 28 or 29).
"""

from __future__ import annotations

import calendar
import typing as t
from dataclasses import dataclass
from datetime import date

from .generic import is_deleted
from .workspace import Workspace


@dataclass(frozen=True)
class FiscalYear:
    """A fiscal year starting on ``month``/``day`` every year."""

    month: int = 1
    day: int = 1

    def _first(self, year: int) -> date:
        return date(year, self.month, min(self.day, calendar.monthrange(year, self.month)[1]))

    def start(self, of: date) -> date:
        """The first day of the fiscal year ``of`` falls in."""
        first = self._first(of.year)
        return first if first <= of else self._first(of.year - 1)

    def end(self, of: date) -> date:
        """The last day of the fiscal year ``of`` falls in."""
        start = self.start(of)
        return date.fromordinal(self._first(start.year + 1).toordinal() - 1)


CALENDAR = FiscalYear()


def _setting(row: t.Mapping[str, t.Any]) -> FiscalYear | None:
    try:
        month = int(row.get("fiscal_year_month") or 0)
        day = int(row.get("fiscal_year_day") or 1)
    except (TypeError, ValueError):
        return None
    if not 1 <= month <= 12:
        return None
    return FiscalYear(month, max(1, min(day, 31)))


def fiscal_year(ws: Workspace, entities: t.Sequence[int] = ()) -> FiscalYear:
    """The fiscal year of a statement over ``entities`` (empty: consolidated, the root entity's)."""
    table = ws.refs["entity"]
    if entities:
        rows = [table.look(e, {}) for e in entities]
    else:
        rows = [r for _, r in sorted(dict.items(table)) if not r.get("parent") and not is_deleted(r)][:1]
    for row in rows:
        found = _setting(row)
        if found is not None:
            return found
    return CALENDAR


__all__ = ["CALENDAR", "FiscalYear", "fiscal_year"]
