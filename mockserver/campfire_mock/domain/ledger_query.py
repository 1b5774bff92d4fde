"""Which ledger lines and entries a GL or journal-entry list shows: the date window and the filters.

The window is Campfire's: ``start_date`` (default six months before today) to ``end_date`` (default the
end of the current month), both inclusive on the entry date; ``all_time`` ignores both. Lines are listed
newest first (``-posted_at``, then ``-id``), or by ``(last_modified_at, id)`` for cursor paging, as the
payment sync endpoints are.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import typing as t
from dataclasses import dataclass, field, replace
from datetime import MAXYEAR, MINYEAR, UTC, date, datetime

from ..errors import ValidationFailed
from .chart import account as chart_account
from .clock import filter_moment, utc_text
from .clock import parse_moment as clock_moment
from .entries import Entry, Posting
from .invoices import as_date
from .ledger import Ledger
from .line_view import EntryView, LineView

Line = tuple[Entry, Posting]
#: A statement's column lengths, and the income statement's breakdowns (tags need a tag group: not modelled).
CADENCES = ("daily", "weekly", "monthly", "quarterly", "yearly")
BREAKDOWNS = ("department", "entity", "vendor")


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day where it is shorter)."""
    month = day.month - 1 - months
    year, month = day.year + month // 12, month % 12 + 1
    if not MINYEAR <= year <= MAXYEAR:  # as ``date - timedelta`` says it (a 400 to the caller: operations.py)
        raise OverflowError("date value out of range")
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def parse_day(value: t.Any, name: str) -> date | None:
    """A ``YYYY-MM-DD`` query value, or a 400 naming the parameter."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        found = as_date(value)
    except ValueError as exc:  # a day that does not exist, or a year outside the ones the mock keeps
        raise ValidationFailed.field(name, f"Enter a valid date: {exc}.") from None
    if found is None:
        raise ValidationFailed.field(name, "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.")
    return found


def parse_moment(value: t.Any, name: str) -> str | None:
    """An ISO 8601 timestamp or date filter as comparable UTC text (``2024-01-01T00:00:00``), or a 400; a date
    alone as an ``__lte`` bound means the end of its day, as on every other sync list."""
    moment = filter_moment(name, value, whole_day=name.endswith("__lte"))
    return None if moment is None else utc_text(moment)


@functools.lru_cache(maxsize=262_144)
def moment_text(value: t.Any) -> str:
    """A stored timestamp (a ``datetime`` or Campfire's ``+0000`` text) as comparable UTC text."""
    if isinstance(value, datetime):
        return utc_text(value if value.tzinfo else value.replace(tzinfo=UTC))
    if not value:
        return ""
    text = str(value)
    if len(text) > 5 and text[-5] in "+-" and text[-4:].isdigit():
        text = f"{text[:-2]}:{text[-2:]}"
    try:
        return utc_text(clock_moment(text))
    except ValueError:
        return ""


@dataclass
class Window:
    """The dates a list covers (``None``: open)."""

    start: date | None
    end: date | None

    def holds(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


def window(today: date, start: t.Any, end: t.Any, all_time: bool | None) -> Window:
    """Campfire's default window: six months back to the end of this month; ``all_time`` is unbounded."""
    if all_time:
        return Window(None, None)
    return Window(
        parse_day(start, "start_date") or months_before(today, 6), parse_day(end, "end_date") or month_end(today)
    )


@dataclass
class LineFilter:
    """The GL log's filters (each list: any of its values). ``no_department`` / ``no_vendor`` (the GL log's
    "none" flags) add "no department" / "no vendor" to that list's values, as the ledger report reads them
    (``no_department=true`` alone: the lines without a department). ``journal`` keeps the lines of that entry
    (``journal_id``), ``exclude_journal`` drops them: an id no entry has keeps nothing (drops nothing), as
    django-filter's ``NumberFilter``."""

    entities: list[int] = field(default_factory=list)
    accounts: list[int] = field(default_factory=list)
    vendors: list[int] = field(default_factory=list)
    departments: list[int] = field(default_factory=list)
    no_vendor: bool = False
    no_department: bool = False
    tags: list[int] = field(default_factory=list)
    account_type: str | None = None
    account_subtype: str | None = None
    journal_type: str | None = None
    currency: str | None = None
    q: str | None = None
    modified_gte: str | None = None
    modified_lte: str | None = None
    journal: int | None = None
    exclude_journal: int | None = None

    def keep(self, ws: t.Any, entry: Entry, posting: Posting) -> bool:
        if self.entities and entry.entity not in self.entities:
            return False
        if (self.journal is not None and entry.id != self.journal) or entry.id == self.exclude_journal:
            return False
        if self.accounts and posting.account not in self.accounts:
            return False
        if (self.vendors or self.no_vendor) and not _chosen(posting.vendor, self.vendors, self.no_vendor):
            return False
        if (self.departments or self.no_department) and not _chosen(
            posting.department, self.departments, self.no_department
        ):
            return False
        if self.tags and not set(self.tags) & set(posting.tags):
            return False
        if self.journal_type and entry.type != self.journal_type:
            return False
        if self.currency and entry.currency != self.currency:
            return False
        if self.account_type or self.account_subtype or self.q:
            chart = chart_account(ws, posting.account)
            if not self.typed(chart):
                return False
            if self.q:
                text = " ".join(str(x or "") for x in (entry.memo, posting.description, chart.get("name"))).lower()
                if self.q.lower() not in text:
                    return False
        if self.modified_gte or self.modified_lte:
            modified = moment_text(entry.last_modified_at)
            if self.modified_gte and modified < self.modified_gte:
                return False
            if self.modified_lte and modified > self.modified_lte:
                return False
        return True

    def typed(self, chart: t.Mapping[str, t.Any]) -> bool:
        """Whether a chart account (its row) has the account type and subtype asked for."""
        if self.account_type and chart.get("account_type") != self.account_type:
            return False
        return not self.account_subtype or chart.get("account_subtype") == self.account_subtype

    def beyond_columns(self) -> LineFilter:
        """This filter without the parts the ledger's columns answer (entity, account, vendor, department,
        account type)."""
        return replace(
            self,
            entities=[],
            accounts=[],
            vendors=[],
            departments=[],
            no_vendor=False,
            no_department=False,
            account_type=None,
            account_subtype=None,
            journal=None,
            exclude_journal=None,
        )


def _chosen(value: int | None, values: list[int], none: bool) -> bool:
    """Whether a line's department (vendor) is one of ``values``, or none when ``none`` asks for that."""
    return value in values if value is not None else none


#: A filter that keeps every line.
NO_FILTER = LineFilter()


@dataclass
class Scope:
    """Which lines a statement sums: entities (empty: all), departments, vendors (empty: all)."""

    entities: list[int] = field(default_factory=list)
    departments: list[int] = field(default_factory=list)
    vendors: list[int] = field(default_factory=list)


def select_lines(ws: t.Any, books: Ledger, span: Window, where: LineFilter) -> list[Line]:
    """The ledger's lines in the window that pass the filters, in ledger order (date, entry id); the window
    is found by bisection (the lines are in date order)."""
    lines = books.lines
    lo = 0 if span.start is None else bisect.bisect_left(lines, span.start, key=lambda line: line[0].date)
    hi = len(lines) if span.end is None else bisect.bisect_right(lines, span.end, key=lambda line: line[0].date)
    if where == NO_FILTER:  # the window's lines as they are (a slice: made when read, no test per line)
        return t.cast(list[Line], lines[lo:hi])
    chosen = lines[lo:hi]
    if isinstance(chosen, LineView):  # the filters the columns hold, by mask: no line is made to test them
        chosen = _masked(ws, books, chosen, where)
        where = where.beyond_columns()
        if where == NO_FILTER:
            return t.cast(list[Line], chosen)
    return [(e, p) for e, p in chosen if where.keep(ws, e, p)]


def _masked(ws: t.Any, books: Ledger, view: LineView, where: LineFilter) -> LineView:
    """The lines of ``view`` that pass ``where``'s entity, account, vendor, department and account type
    filters, chosen over the columns (a missing id is -1 there: no filter value matches it)."""
    import numpy as np

    cols = books.columns()
    rows = view.order
    keep = np.ones(len(rows), dtype=np.bool_)

    def among(column: np.ndarray, values: t.Iterable[int], none: bool = False) -> np.ndarray:
        wanted = [v for v in values if v >= 0] + ([-1] if none else [])
        return t.cast("np.ndarray", np.isin(column[rows], np.asarray(wanted, dtype=np.int64)))

    if where.entities:
        keep &= among(cols.entity, where.entities)
    if where.accounts:
        keep &= among(cols.account_raw, where.accounts)
    if where.vendors or where.no_vendor:
        keep &= among(cols.vendor, where.vendors, where.no_vendor)
    if where.departments or where.no_department:
        keep &= among(cols.department, where.departments, where.no_department)
    if where.journal is not None:
        keep &= cols.entry_id[rows] == where.journal
    if where.exclude_journal is not None:
        keep &= cols.entry_id[rows] != where.exclude_journal
    if where.account_type or where.account_subtype:
        present = np.unique(cols.account_raw[rows]).tolist()
        typed = [a for a in present if a >= 0 and where.typed(chart_account(ws, a))]
        keep &= among(cols.account_raw, typed)
    return LineView(rows[keep], view.line_at)


def select_entries(books: Ledger, span: Window, accounts: t.Collection[int] = ()) -> EntryView:
    """The ledger's entries in the window (with a line on one of ``accounts``, if any), newest first
    (date, then id, descending), chosen from the columns: the entries are made when read (a page makes its
    own). The window is found by bisection of the entries' dates."""
    import numpy as np

    ids, days = books.entry_order()
    lo = 0 if span.start is None else int(np.searchsorted(days, span.start.toordinal(), side="left"))
    hi = len(days) if span.end is None else int(np.searchsorted(days, span.end.toordinal(), side="right"))
    chosen = ids[lo:hi]
    if accounts:
        cols = books.columns()
        on = cols.entry_id[cols.alive & np.isin(cols.account_raw, np.fromiter(accounts, np.int64, len(accounts)))]
        chosen = chosen[np.isin(chosen, on)]
    return EntryView(chosen[::-1], books.entry)


def in_sync_order(books: Ledger, lines: list[Line]) -> list[Line]:
    """``lines`` in cursor order (``sync_key``): the ledger's own sorted copy when they are all its lines
    (a cursor walk of the whole GL log sorts once per ledger, not once per page)."""
    if len(lines) == len(books.lines):
        return t.cast(list[Line], books.sorted_lines(sync_key, moment_text))
    return sorted(lines, key=sync_key)


def sync_key(line: Line) -> tuple[str, int]:
    """A line's place in cursor order: when it last changed, then its id."""
    return (moment_text(line[0].last_modified_at), line[1].id)


__all__ = [
    "BREAKDOWNS",
    "CADENCES",
    "LineFilter",
    "Scope",
    "Window",
    "in_sync_order",
    "moment_text",
    "month_end",
    "months_before",
    "parse_day",
    "parse_moment",
    "select_entries",
    "select_lines",
    "sync_key",
    "window",
]
