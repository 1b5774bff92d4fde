"""Parse report query parameters into a frozen ``ReportQuery``; bad input is a 400
that names the parameter and lists what is allowed.

* Multi-value parameters are comma-separated (``client_id=1,2``); ``null`` stands
  for "no value" (``product_id=null``: lines without a product).
* ``aggregation_fields`` items are ``func:field`` (``sum:amount``); a bare field means
  ``sum``; ``count`` counts distinct invoices (``count:invoice_id``).
* ``start_date``/``end_date`` bound ``invoice_date``; the extensions
  ``due_start_date``/``due_end_date`` and ``paid_start_date``/``paid_end_date`` bound
  the other two dates (``paid_start_date=null``: not paid).
* ``group_keys`` selects parent groups for drill-down: comma-separated keys of the
  first group fields, in order; ``null`` is the key of the no-value group.
* ``paid_at_gte``/``paid_at_lte`` and ``updated_at_gte``/``updated_at_lte`` (extensions, as
  TeamUp's report) bound when an invoice became paid and when it last changed, as date-times.
* ``nested=true`` (extension) answers two levels of ``group_fields`` at once, sub-rows inside rows.
* ``sort`` (extension) orders result rows by result columns, ``-`` for descending, several
  comma-separated or repeated (``sort=client_name,-amount``); by default rows are ordered by
  their group key, nulls last.
* Every list parameter may be repeated as well (``client_id=1&client_id=2``, ``client_id=1,2`` and
  ``client_id=1&client_id=2,3`` all mean the same).
* ``<date>_timeframe`` (extension, as TeamUp's ``due_date_timeframe``) for each date and instant:
  ``today``, ``yesterday``, ``this_``/``last_`` + ``week`` (from Monday), ``month``, ``quarter``, ``year``,
  or ``last_<N>_days`` (today included), on the workspace clock (``today`` is handed in); with explicit
  bounds too, both apply.
* ``flat=true`` (extension, as TeamUp's grouped report) answers every remaining level of
  ``group_fields`` at once, one row per combination of their keys (bounded by the cell limit).
* ``columns=`` (extension) switches to detail mode: one row per invoice with those fields
  (``fields.DETAIL_COLUMNS``), the same filters, sort and paging; ``group_keys`` may then name
  every level (the drill-down's last level).
* ``discount_applied=true|false`` (extension, as TeamUp's) keeps invoices with (or without) a discount.
* ``limit`` defaults to 100 and may be at most 10000; ``page``/``page_size`` (extension) are
  another spelling of ``offset``/``limit``.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from ..errors import ValidationFailed
from ..limits import MAX_INT
from .aggregates import columns
from .fields import (
    DATE_FILTERS,
    DATE_PARAMS,
    DEFAULT_LIMIT,
    DETAIL_COLUMNS,
    DIMENSIONS,
    FUNCTIONS,
    ID_DIMENSIONS,
    ID_FILTERS,
    MAX_LIMIT,
    MAX_NESTED_LEVELS,
    MEASURES,
    MODES,
    NULL,
    ORM_NAMES,
    SEPARATOR,
    SHOULD_PIVOT,
    STATUSES,
    TIMEFRAME_FIELDS,
    TIMEFRAMES,
    TIMESTAMP_FILTERS,
    TIMESTAMP_PARAMS,
    WORD_FILTERS,
)
from .timeframes import timeframe_range

Sort = tuple[tuple[str, bool], ...]  # (column, descending) by priority


@dataclass(frozen=True)
class ReportQuery:
    group_fields: tuple[str, ...] = ("client_id",)
    pivot_fields: tuple[str, ...] = ()
    should_pivot: bool = False
    aggregations: tuple[tuple[str, str], ...] = (("sum", "amount"),)
    client_ids: tuple[int | None, ...] = ()
    contract_ids: tuple[int | None, ...] = ()
    department_ids: tuple[int | None, ...] = ()
    product_ids: tuple[int | None, ...] = ()
    entity_ids: tuple[int | None, ...] = ()
    invoice_ids: tuple[int | None, ...] = ()
    currencies: tuple[str | None, ...] = ()
    payment_statuses: tuple[str | None, ...] = ()
    terms: tuple[str | None, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    due_start_date: date | None = None
    due_end_date: date | None = None
    paid_start_date: date | None = None
    paid_end_date: date | None = None
    unpaid_only: bool = False
    #: Bounds on instants, in seconds since 1970 UTC (inclusive).
    paid_at_gte: int | None = None
    paid_at_lte: int | None = None
    updated_at_gte: int | None = None
    updated_at_lte: int | None = None
    created_at_gte: int | None = None
    created_at_lte: int | None = None
    #: ``True``: only invoices with a discount; ``False``: only those without; ``None``: both.
    discount_applied: bool | None = None
    group_keys: tuple[str, ...] = ()
    nested: bool = False
    #: Every remaining level of ``group_fields`` at once, one row per combination of keys.
    flat: bool = False
    #: Detail mode: one row per invoice with these columns (empty: grouped report).
    columns: tuple[str, ...] = ()
    include_totals: bool = False
    sort: Sort = ()
    limit: int = DEFAULT_LIMIT
    offset: int = 0
    #: Whether the request paged with ``page``/``page_size`` (its links then do too).
    paged_by_page: bool = False
    mode: str = "paginated"

    def value_filters(self) -> list[tuple[str, tuple[t.Any, ...]]]:
        """(dimension, wanted values) for every dimension filter, given or not."""
        ids = [(name, getattr(self, f"{name.removesuffix('_id')}_ids")) for name in ID_FILTERS]
        flags = [("discount_applied", () if self.discount_applied is None else (self.discount_applied,))]
        return ids + [(name, getattr(self, attr)) for name, attr in WORD_FILTERS.items()] + flags

    @property
    def detail(self) -> bool:
        """Whether this is a detail listing (one row per invoice) rather than a grouped report."""
        return bool(self.columns)

    @property
    def level(self) -> int:
        """Index in ``group_fields`` of the (first) dimension this request groups by."""
        return len(self.group_keys)

    @property
    def levels(self) -> tuple[str, ...]:
        """The dimensions this request answers: one, two with ``nested``, every remaining one with ``flat``,
        none in detail mode."""
        if self.detail:
            return ()
        if self.flat:
            return self.group_fields[self.level :]
        return self.group_fields[self.level : self.level + (MAX_NESTED_LEVELS if self.nested else 1)]

    @property
    def page(self) -> int:
        """The 1-based page ``offset`` and ``limit`` make."""
        return self.offset // (self.limit or DEFAULT_LIMIT) + 1

    @classmethod
    def from_params(
        cls, params: t.Mapping[str, t.Any], defaults: t.Mapping[str, t.Any] | None = None, today: date | None = None
    ) -> ReportQuery:
        """Read query parameters (plain or ORM names) over a saved report's ``defaults``; timeframes are
        relative to ``today`` (the workspace clock's; the real date if not given). Every problem is
        collected into one 400."""
        p = plain_names(defaults or {})
        p.update(plain_names({k: v for k, v in params.items() if v is not None}))
        read = _Reader(p)
        group_fields = read.dimensions("group_fields") or ("client_id",)
        pivot_fields = read.dimensions("pivot_fields")
        detail_columns = read.detail_columns()
        group_keys = read.group_keys(group_fields, bool(detail_columns))
        nested, flat = read.flag("nested"), read.flag("flat")
        read.exclusive(nested, flat, bool(detail_columns), read.flag("should_pivot") and bool(pivot_fields))
        if nested and len(group_fields) - len(group_keys) > MAX_NESTED_LEVELS:
            read.errors["nested"] = [
                f"nested answers at most {MAX_NESTED_LEVELS} levels of group_fields at once"
                f" ({len(group_fields) - len(group_keys)} asked: {', '.join(group_fields[len(group_keys) :])});"
                " drill into deeper levels with group_keys."
            ]
        limit, offset, by_page = read.paging()
        words = {
            attr: read.words(name, STATUSES if name == "payment_status" else None)
            for name, attr in WORD_FILTERS.items()
        }
        query = cls(
            group_fields=group_fields,
            pivot_fields=pivot_fields,
            should_pivot=read.flag("should_pivot") and bool(pivot_fields),
            aggregations=read.aggregations() or (("sum", "amount"),),
            **{f"{name.removesuffix('_id')}_ids": read.ids(name) for name in ID_FILTERS},  # type: ignore[arg-type]
            **words,  # type: ignore[arg-type]
            **read.bounds(today or datetime.now(UTC).date()),
            unpaid_only=p.get("paid_start_date") == NULL,
            discount_applied=read.optional_flag("discount_applied"),
            group_keys=group_keys,
            nested=nested,
            flat=flat,
            columns=detail_columns,
            include_totals=read.flag("include_totals"),
            limit=limit,
            offset=offset,
            paged_by_page=by_page,
            mode=read.choice("mode", MODES, "paginated"),
        )
        sort = read.sort(sortable_columns(query))
        if read.errors:
            raise ValidationFailed(dict(read.errors))
        return replace(query, sort=sort) if sort else query


def sortable_columns(q: ReportQuery) -> tuple[list[str], tuple[str, ...]]:
    """The columns a query's rows will have, and the aggregate columns pivot cells end with
    (in detail mode: every detail column, shown or not)."""
    if q.detail:
        return list(DETAIL_COLUMNS), ()
    known: list[str] = []
    for dim in q.levels:
        known.append(dim)
        if dim in ID_DIMENSIONS:
            known.append(ID_DIMENSIONS[dim])
    aggregate_columns = tuple(column for _, _, column in columns(q.aggregations))
    known += aggregate_columns
    return known, aggregate_columns if q.should_pivot else ()


def plain_names(params: t.Mapping[str, t.Any]) -> dict[str, t.Any]:
    """Report parameters with Campfire's ORM names (and ``shouldPivot``) read as the plain ones
    (a plain name given too wins)."""
    out = dict(params)
    for plain, orm in (*ORM_NAMES.items(), SHOULD_PIVOT[::-1]):
        if orm in out:
            value = out.pop(orm)
            out.setdefault(plain, value)
    return out


def orm_names(params: dict[str, t.Any]) -> dict[str, t.Any]:
    """Filter parameters as Campfire's ``filter_params`` spell them."""
    return {ORM_NAMES.get(name, name): value for name, value in params.items()}


DATETIME_FORMAT = "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]"


class _Reader:
    """Reads report parameters one kind at a time, noting each problem under its parameter."""

    def __init__(self, params: t.Mapping[str, t.Any]) -> None:
        self.p = params
        self.errors: dict[str, list[str]] = {}

    def split(self, name: str) -> tuple[str, ...]:
        raw = self.p.get(name)
        if raw is None or raw == "":
            return ()
        items = raw if isinstance(raw, list | tuple) else [raw]  # a repeated parameter arrives as a list
        return tuple(s.strip() for item in items for s in str(item).split(",") if s.strip())

    def flag(self, name: str) -> bool:
        raw = self.p.get(name, False)
        if isinstance(raw, str):
            if raw.lower() not in ("true", "false", "1", "0", ""):
                self.errors[name] = ["Must be a valid boolean."]
            return raw.lower() in ("true", "1")
        return bool(raw)

    def dimensions(self, name: str) -> tuple[str, ...]:
        values = self.split(name)
        bad = [v for v in values if v not in DIMENSIONS]
        if bad:
            self.errors[name] = [f"Unknown field(s) {', '.join(bad)}. Allowed: {', '.join(DIMENSIONS)}."]
        return values

    def ids(self, name: str) -> tuple[int | None, ...]:
        try:
            values = tuple(None if v == NULL else int(v) for v in self.split(name))
        except ValueError:
            self.errors[name] = ["Give comma-separated integer ids (or null)."]
            return ()
        if any(v is not None and abs(v) > MAX_INT for v in values):
            self.errors[name] = [f"Ensure each id is at most {MAX_INT}."]
            return ()
        return values

    def words(self, name: str, allowed: t.Sequence[str] | None = None) -> tuple[str | None, ...]:
        values = self.split(name)
        if allowed is not None:
            bad = [v for v in values if v not in allowed and v != NULL]
            if bad:
                self.errors[name] = [f"Unknown value(s) {', '.join(bad)}. Allowed: {', '.join(allowed)}."]
        return tuple(None if v == NULL else v for v in values)

    def day(self, name: str) -> date | None:
        raw = self.p.get(name)
        if not raw or raw == NULL:
            return None
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            self.errors[name] = ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]
            return None

    def instant(self, name: str) -> int | None:
        """A date-time bound in seconds since 1970 UTC. A time without an offset is UTC; a bare date
        is its first second for ``_gte`` and its last for ``_lte``, so the whole day is inside."""
        raw = self.p.get(name)
        if raw is None or raw == "":
            return None
        text = str(raw).strip()
        try:
            if len(text) == 10:
                day = date.fromisoformat(text)
                moment = datetime.combine(day, time.max if name.endswith("_lte") else time.min, tzinfo=UTC)
            else:
                moment = datetime.fromisoformat(text.replace("z", "Z"))
        except ValueError:
            self.errors[name] = [f"Datetime has wrong format. Use one of these formats instead: {DATETIME_FORMAT}."]
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return int(moment.timestamp() // 1)

    def choice(self, name: str, allowed: t.Sequence[str], default: str) -> str:
        value = self.p.get(name) or default
        if value not in allowed:
            self.errors[name] = [f"Unknown {name} {value!r}. Allowed: {', '.join(allowed)}."]
        return str(value)

    def aggregations(self) -> tuple[tuple[str, str], ...]:
        found: list[tuple[str, str]] = []
        for item in self.split("aggregation_fields"):
            func, _, field = item.rpartition(":")
            func = func or "sum"
            if func not in FUNCTIONS:
                problem = f"Unknown function {func!r}. Allowed: {', '.join(FUNCTIONS)}."
            elif field in MEASURES or (field == "invoice_id" and func == "count"):
                found.append((func, field))
                continue
            else:
                problem = f"Unknown field {field!r}. Allowed: {', '.join((*MEASURES, 'invoice_id (count only)'))}."
            self.errors.setdefault("aggregation_fields", []).append(problem)
        return tuple(found)

    def group_keys(self, group_fields: tuple[str, ...], detail: bool = False) -> tuple[str, ...]:
        """Drill-down keys: one per parent level (in detail mode, one per level: the listing is the last)."""
        keys = self.split("group_keys")
        most = len(group_fields) if detail else len(group_fields) - 1
        if keys and len(keys) > most:
            self.errors["group_keys"] = [
                f"Give at most {most} key(s): one per {'' if detail else 'parent '}level of group_fields"
                f" ({', '.join(group_fields)})."
            ]
        return keys

    def detail_columns(self) -> tuple[str, ...]:
        values = self.split("columns")
        bad = [v for v in values if v not in DETAIL_COLUMNS]
        if bad:
            self.errors["columns"] = [f"Unknown column(s) {', '.join(bad)}. Allowed: {', '.join(DETAIL_COLUMNS)}."]
        return tuple(dict.fromkeys(values))

    def exclusive(self, nested: bool, flat: bool, detail: bool, pivoted: bool) -> None:
        """``nested``, ``flat`` and detail mode are three shapes of answer: one at a time (a detail listing
        has no pivot either)."""
        chosen = [name for name, on in (("nested", nested), ("flat", flat), ("columns", detail)) if on]
        if len(chosen) > 1:
            message = f"Give one of nested, flat and columns, not {' and '.join(chosen)}."
            self.errors.setdefault(chosen[-1], []).append(message)
        elif detail and pivoted:
            self.errors.setdefault("columns", []).append(
                "A detail listing (columns) has no pivot: leave out shouldPivot."
            )

    def optional_flag(self, name: str) -> bool | None:
        if self.p.get(name) in (None, ""):
            return None
        return self.flag(name)

    def timeframe(self, name: str, today: date) -> tuple[date, date] | None:
        raw = self.p.get(name)
        if raw in (None, ""):
            return None
        found = timeframe_range(str(raw).strip(), today)
        if found is None:
            self.errors[name] = [f"Unknown timeframe {raw!r}. Allowed: {', '.join(TIMEFRAMES)}."]
        return found

    def bounds(self, today: date) -> dict[str, t.Any]:
        """Every date and instant bound: the explicit ones, narrowed by each ``<field>_timeframe``."""
        out: dict[str, t.Any] = {name: self.day(name) for name in DATE_FILTERS}
        out.update({name: self.instant(name) for name in TIMESTAMP_FILTERS})
        for field in TIMEFRAME_FIELDS:
            found = self.timeframe(f"{field}_timeframe", today)
            if found is None:
                continue
            first, last = found
            low_name, high_name = DATE_PARAMS.get(field) or TIMESTAMP_PARAMS[field]
            low: t.Any = first
            high: t.Any = last
            if field in TIMESTAMP_PARAMS:
                low = int(datetime.combine(first, time.min, tzinfo=UTC).timestamp())
                high = int(datetime.combine(last + timedelta(days=1), time.min, tzinfo=UTC).timestamp()) - 1
            out[low_name] = low if out[low_name] is None else max(out[low_name], low)
            out[high_name] = high if out[high_name] is None else min(out[high_name], high)
        return out

    def sort(self, allowed: tuple[list[str], tuple[str, ...]]) -> Sort:
        """``sort=client_name,-amount`` (and repeated ``sort``): columns by priority, ``-`` for descending;
        checked against the columns the query will have, before any work."""
        known, pivoted = allowed
        out: list[tuple[str, bool]] = []
        bad: list[str] = []
        for item in self.split("sort"):
            column = item.lstrip("-")
            descending = item.startswith("-")
            pivot_cell = SEPARATOR in column and column.rsplit(SEPARATOR, 1)[1] in pivoted
            if column not in known and not pivot_cell:
                bad.append(column)
            elif column not in {c for c, _ in out}:
                out.append((column, descending))
        if bad:
            listed = ", ".join([*known, *(f"<pivot label>{SEPARATOR}{c}" for c in pivoted)])
            named = ", ".join(repr(b) for b in bad)
            self.errors["sort"] = [
                f"Unknown column{'s' if len(bad) > 1 else ''} {named}. Allowed: {listed} (prefix - to reverse)."
            ]
        return tuple(out)

    def integer(self, name: str) -> int | None:
        raw = self.p.get(name)
        if raw is None or raw == "":
            return None
        try:
            return int(raw)
        except (TypeError, ValueError):
            self.errors[name] = ["A valid integer is required."]
            return None

    def paging(self) -> tuple[int, int, bool]:
        """(limit, offset, whether paged by page): ``page_size`` is ``limit`` by another name and
        ``page`` (from 1) sets ``offset`` to ``(page - 1) * limit``, as TeamUp pages."""
        limit, offset = self.integer("limit"), self.integer("offset")
        page, page_size = self.integer("page"), self.integer("page_size")
        if page_size is not None:
            if limit is not None and limit != page_size:
                self.errors["page_size"] = ["Give limit or page_size (the same parameter), not both."]
            limit, limit_name = page_size, "page_size"
        else:
            limit_name = "limit"
        if limit is not None and not 0 <= limit <= MAX_LIMIT:
            self.errors[limit_name] = [f"Ensure this value is between 0 and {MAX_LIMIT}."]
        size = limit if limit is not None else DEFAULT_LIMIT
        if page is not None:
            if offset is not None:
                self.errors["page"] = ["Give offset or page, not both."]
            elif page < 1:
                self.errors["page"] = ["Ensure this value is greater than or equal to 1."]
            else:
                offset = (page - 1) * (size or DEFAULT_LIMIT)
        if offset is not None and offset < 0:
            self.errors["offset"] = ["Ensure this value is greater than or equal to 0."]
        return size, offset or 0, page is not None
