"""Detail mode (``columns=``): one row per invoice with chosen fields, as ActiveCollab's invoice export
(over GL lines: one row per line; the table's vocabulary says which columns there are).

The same filters and drill-down path select the table rows; an invoice's money columns add up its
selected lines, so a listing under a grouped row adds up to that row (with no product or department
filter, that is the whole invoice: ``total`` is its ``total_amount``). Rows are sorted once with
``numpy.lexsort`` (by ``sort``, then by invoice id; nulls last in either direction) and built as
dicts only when read, so a page of a large listing costs a page. Dates are ``YYYY-MM-DD``, instants
Campfire's ``YYYY-MM-DDThh:mm:ss+0000``; the totals are the grouped report's (per currency).
"""

from __future__ import annotations

import typing as t
from datetime import UTC, date, datetime, timedelta

import numpy as np

from .grouping import cached_nulls, cached_ranks
from .query import ReportQuery
from .rows import EPOCH_ORDINAL, NO_DATE, Codes, Floats, ReportTable

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _day_text(number: int) -> str | None:
    return None if number == NO_DATE else date.fromordinal(number + EPOCH_ORDINAL).isoformat()


def _instant_text(seconds: int) -> str | None:
    return None if seconds == NO_DATE else (_EPOCH + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S+0000")


class Invoices:
    """The selected rows' invoices: per invoice, its first selected row (for invoice-level fields) and the
    sum of each wanted measure over its selected lines."""

    def __init__(self, table: ReportTable, rows: Codes, measures: t.Iterable[str]) -> None:
        self.table = table
        vocabulary = table.vocabulary
        #: Name columns, and the id dimension whose label each one is.
        self.name_of = {name: dim for dim, name in vocabulary.id_dimensions.items()}
        self.dates, self.days = vocabulary.detail_dates, vocabulary.date_fields
        if table.row_units:  # each row is its own unit (a GL line): listed as it is
            self.head_rows: Codes = rows
            self.sums: dict[str, Floats] = {m: table.measures[m][rows] for m in dict.fromkeys(measures)}
            return
        codes = table.invoice_codes[rows]
        present, first = np.unique(codes, return_index=True)
        self.head_rows = rows[first]
        self.sums = {
            m: np.bincount(codes, weights=table.measures[m][rows], minlength=table.invoice_count)[present].astype(
                np.float64
            )
            for m in dict.fromkeys(measures)
        }

    def __len__(self) -> int:
        return len(self.head_rows)

    def keys(self, column: str) -> tuple[Codes, list[t.Any]]:
        """A dimension or name column: each invoice's code, and the value of each code."""
        dim_name = self.name_of.get(column, column)
        dim = self.table.dimensions[dim_name]
        return dim.codes[self.head_rows], dim.labels if column in self.name_of else dim.keys

    def numbers(self, column: str) -> Codes:
        """A date (days) or instant (seconds) column, ``NO_DATE`` for none."""
        return self.table.dates[column][self.head_rows]

    def sort_keys(self, column: str, descending: bool) -> tuple[t.Any, t.Any]:
        """(value key, null flag) for ``np.lexsort``: ascending order of the key is the wanted order."""
        if column in self.sums:
            values: t.Any = self.sums[column]
            return (-values if descending else values), np.zeros(len(values), dtype=np.bool_)
        if column in self.dates:
            numbers = self.numbers(column)
            return (-numbers if descending else numbers), numbers == NO_DATE
        codes, values_of = self.keys(column)
        if not values_of:
            return codes, np.zeros(len(codes), dtype=np.bool_)
        ranks = cached_ranks(self.table, column, values_of)[codes]
        nulls = cached_nulls(self.table, column, values_of)[codes]
        return (-ranks if descending else ranks), nulls

    def column(self, column: str, index: Codes) -> list[t.Any]:
        """The values of ``column`` for the invoices at ``index``, as answered."""
        if column in self.sums:
            rounded: list[t.Any] = (np.round(self.sums[column][index], 2) + 0.0).tolist()
            return [None if v != v else v for v in rounded]  # NaN: an amount not known (no rate)
        if column in self.dates:
            text = _day_text if column in self.days else _instant_text
            return [text(n) for n in self.numbers(column)[index].tolist()]
        codes, values_of = self.keys(column)
        return [values_of[c] for c in codes[index].tolist()]


class Ordering:
    """An order by ``np.lexsort`` keys (the last the most significant), worked out as far as it is read: the
    first ``stop`` positions of a long listing come from the rows whose most significant key is at most the
    ``stop``-th smallest (ties included, so the result is the full sort's), the whole order once more than a
    quarter of it is read."""

    def __init__(self, keys: list[t.Any], size: int) -> None:
        self.keys = keys
        self.size = size
        self.full: Codes | None = None if size else np.zeros(0, dtype=np.int64)

    def upto(self, stop: int) -> Codes:
        if self.full is not None:
            return self.full
        if stop * 4 < self.size and stop > 0:
            primary = self.keys[-1]
            kth = np.partition(primary, stop - 1)[stop - 1]
            if kth == kth:  # not NaN (NaNs sort last: then the whole order)
                candidates = np.flatnonzero(primary <= kth)
                head: Codes = candidates[np.lexsort([k[candidates] for k in self.keys])][:stop].astype(np.int64)
                return head
        self.full = np.lexsort(self.keys).astype(np.int64)
        return self.full


class DetailRows(t.Sequence[dict[str, t.Any]]):
    """The listing's rows in order, built when read (a page of a large listing costs a page)."""

    def __init__(
        self, invoices: Invoices, ordering: Ordering, columns: tuple[str, ...], base_filters: dict[str, t.Any]
    ):
        self.invoices = invoices
        self.key = invoices.table.vocabulary.key_column
        self.ordering = ordering
        self.columns = columns
        self.base_filters = base_filters

    @property
    def order(self) -> Codes:
        """Every position, in order."""
        return self.ordering.upto(len(self))

    def __len__(self) -> int:
        return self.ordering.size

    def _rows(self, positions: range) -> list[dict[str, t.Any]]:
        order = self.ordering.upto(positions.stop if positions.step > 0 else len(self))
        index = order[positions.start : positions.stop : positions.step]
        values = [self.invoices.column(c, index) for c in self.columns]
        rows = []
        for key, *cells in zip(self.invoices.column(self.key, index), *values, strict=True):
            row: dict[str, t.Any] = dict(zip(self.columns, cells, strict=True))
            row["filter_params"] = {**self.base_filters, self.key: key}
            row["id"] = row["group_id"] = key
            rows.append(row)
        return rows

    @t.overload
    def __getitem__(self, index: int) -> dict[str, t.Any]: ...
    @t.overload
    def __getitem__(self, index: slice) -> list[dict[str, t.Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, t.Any] | list[dict[str, t.Any]]:
        if isinstance(index, slice):
            return self._rows(range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._rows(range(index, index + 1))[0]


def detail_rows(table: ReportTable, q: ReportQuery, rows: Codes, base_filters: dict[str, t.Any]) -> DetailRows:
    """The invoices of the selected ``rows``, sorted by ``q.sort`` then invoice id."""
    order_by = [*q.sort, (table.vocabulary.key_column, False)]
    measures = table.vocabulary.measures
    invoices = Invoices(table, rows, [c for c in (*q.columns, *(c for c, _ in order_by)) if c in measures])
    keys: list[t.Any] = []
    for column, descending in reversed(order_by):
        value, nulls = invoices.sort_keys(column, descending)
        keys += [value, nulls] if nulls.any() else [value]  # no nulls: nothing to put last
    return DetailRows(invoices, Ordering(keys, len(invoices)), q.columns, base_filters)


def detail_meta(q: ReportQuery) -> list[dict[str, t.Any]]:
    """Column metadata: each chosen column (kind ``field``) and, where the rows are sorted by it, how."""
    vocabulary = q.vocabulary
    meta = [{"key": c, "label": vocabulary.detail_labels[c], "kind": "field", "sortable": True} for c in q.columns]
    by_key = {m["key"]: m for m in meta}
    for priority, (column, descending) in enumerate(q.sort or ((vocabulary.key_column, False),)):
        if column in by_key:
            by_key[column]["sorted"] = {"order": "desc" if descending else "asc", "priority": priority}
    return meta


def detail_aggregations(q: ReportQuery) -> list[tuple[str, str, str]]:
    """The totals of a listing: each chosen measure's sum, and the invoice count."""
    vocabulary = q.vocabulary
    return [("sum", c, c) for c in q.columns if c in vocabulary.measures] + [("count", vocabulary.count_field, "count")]


def money_columns(q: ReportQuery) -> list[str]:
    return [c for c in q.columns if c in q.vocabulary.money]
