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
* Read in another ``Vocabulary`` (``ledger_fields.LEDGER``), the same grammar takes that source's fields and
  filters (``group_fields=account,posted_at_month``, ``account=4000,4010``, ``count:id``); its id and word
  filters are kept in ``filters``, by dimension.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from ..errors import ValidationFailed
from .aggregates import columns
from .fields import (
    DEFAULT_LIMIT,
    ID_FILTERS,
    INVOICE,
    MAX_NESTED_LEVELS,
    MODES,
    NULL,
    SHOULD_PIVOT,
    WORD_FILTERS,
    Vocabulary,
)
from .reader import Reader, Sort


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
    #: The row source's vocabulary the query was read in; its id and word filters, if not the invoices'.
    vocabulary: Vocabulary = INVOICE
    filters: tuple[tuple[str, tuple[t.Any, ...]], ...] = ()

    def value_filters(self) -> list[tuple[str, tuple[t.Any, ...]]]:
        """(dimension, wanted values) for every dimension filter, given or not."""
        if self.vocabulary is not INVOICE:
            return list(self.filters)
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
        cls,
        params: t.Mapping[str, t.Any],
        defaults: t.Mapping[str, t.Any] | None = None,
        today: date | None = None,
        vocabulary: Vocabulary = INVOICE,
    ) -> ReportQuery:
        """Read query parameters (plain or ORM names) over a saved report's ``defaults``; timeframes are
        relative to ``today`` (the workspace clock's; the real date if not given). Every problem is
        collected into one 400."""
        p = plain_names(defaults or {}, vocabulary)
        p.update(plain_names({k: v for k, v in params.items() if v is not None}, vocabulary))
        read = Reader(p, vocabulary)
        group_fields = read.dimensions("group_fields") or (vocabulary.base_dimensions[0],)
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
        if vocabulary is INVOICE:
            words = {attr: read.words(name, vocabulary.allowed_words.get(name)) for name, attr in WORD_FILTERS.items()}
            ids = {f"{name.removesuffix('_id')}_ids": read.ids(name) for name in ID_FILTERS}
            filters: tuple[tuple[str, tuple[t.Any, ...]], ...] = ()
        else:
            words, ids = {}, {}
            filters = (
                *((name, read.ids(name)) for name in vocabulary.id_filters),
                *((name, read.words(name, vocabulary.allowed_words.get(name))) for name in vocabulary.word_filters),
                *((name, read.ids(name)) for name in vocabulary.set_columns),
                # A set's group as a filter (``tag_group_5=12`` or ``=null``): what its rows' filter_params say.
                *((name, read.ids(name)) for name in sorted(p) if vocabulary.set_dimension(name)),
            )
        query = cls(
            group_fields=group_fields,
            pivot_fields=pivot_fields,
            should_pivot=read.flag("should_pivot") and bool(pivot_fields),
            aggregations=read.aggregations() or (("sum", "amount"),),
            **ids,  # type: ignore[arg-type]
            **words,  # type: ignore[arg-type]
            **read.bounds(today or datetime.now(UTC).date()),
            unpaid_only=vocabulary is INVOICE and p.get("paid_start_date") == NULL,
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
            vocabulary=vocabulary,
            filters=filters,
        )
        sort = read.sort(sortable_columns(query))
        if read.errors:
            raise ValidationFailed(dict(read.errors))
        return replace(query, sort=sort) if sort else query


def sortable_columns(q: ReportQuery) -> tuple[list[str], tuple[str, ...]]:
    """The columns a query's rows will have, and the aggregate columns pivot cells end with
    (in detail mode: every detail column, shown or not)."""
    vocabulary = q.vocabulary
    if q.detail:
        return list(vocabulary.detail_columns), ()
    known: list[str] = []
    for dim in q.levels:
        known.append(dim)
        name_column = vocabulary.name_column(dim)
        if name_column:
            known.append(name_column)
    aggregate_columns = tuple(column for _, _, column in columns(q.aggregations))
    known += aggregate_columns
    return known, aggregate_columns if q.should_pivot else ()


def plain_names(params: t.Mapping[str, t.Any], vocabulary: Vocabulary = INVOICE) -> dict[str, t.Any]:
    """Report parameters with Campfire's ORM names and ``shouldPivot`` read as the plain ones (a plain name
    given too wins); another spelling of a list (``account_id``) and a "none" flag (``no_department=true``:
    ``department=null``) add their values to the plain one's."""
    out = dict(params)
    for alias, plain in vocabulary.aliases.items():
        if alias in out:
            out[plain] = _joined(out.get(plain), out.pop(alias))
    for plain, flag in vocabulary.null_flags.items():
        if flag in out and str(out.pop(flag)).lower() in ("true", "1"):
            out[plain] = _joined(out.get(plain), NULL)
    for plain, orm in (*vocabulary.orm_names.items(), SHOULD_PIVOT[::-1]):
        if orm in out:
            value = out.pop(orm)
            out.setdefault(plain, value)
    return out


def _joined(first: t.Any, more: t.Any) -> t.Any:
    """Two values of one list parameter as one (either may be a list of repeated values)."""
    if first in (None, ""):
        return more

    def as_list(value: t.Any) -> list[t.Any]:
        return list(value) if isinstance(value, list | tuple) else [value]

    return [*as_list(first), *as_list(more)]


def orm_names(params: dict[str, t.Any], vocabulary: Vocabulary = INVOICE) -> dict[str, t.Any]:
    """Filter parameters as Campfire's ``filter_params`` spell them (``department=null`` as the GL log's
    ``no_department=true``)."""
    names = vocabulary.orm_names
    out = {names.get(name, name): value for name, value in params.items()}
    for plain, flag in vocabulary.null_flags.items():
        if out.get(plain) == NULL:
            del out[plain]
            out[flag] = True
    for name in [n for n in out if vocabulary.set_dimension(n)]:
        # A value of a set's group is the set's filter (``tag=12``, as the GL log spells it); "none in this
        # group" has no such filter and keeps the group's own name (``tag_group_5=null``, the report's).
        if out[name] != NULL:
            column = vocabulary.set_dimension(name)
            out[column[0] if column else name] = out.pop(name)
    return out
