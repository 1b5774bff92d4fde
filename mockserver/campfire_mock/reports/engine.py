"""Run a ``ReportQuery`` over a ``ReportTable``: filter, drill down, group, aggregate, pivot,
total, sort.

One grouping level is computed per request, as a server-side data grid asks for it: without
``group_keys`` rows are grouped by the first of ``group_fields``; each key in ``group_keys``
selects a parent group and descends one level. With ``nested`` the next level comes too, as
``sub_rows`` inside each row (whose own values are then the subtotals of its sub-rows). With
``flat`` every remaining level comes at once, one row per combination of keys (each row carries
every key), as long as rows x aggregates stay within the cell limit. With ``columns`` the answer is
a detail listing, one row per invoice (``detail.py``). The pivot's columns are totalled in
``totals_row`` too.

The row source is a ``ReportTable`` (``rows.py``): anything laid out as its dimensions, dates and
measures (ledger lines, for one) can be reported on by the same code.

Every result row carries ``filter_params``: report query parameters that, sent back with
``group_fields=invoice_id``, select exactly the row's invoices; ``label``, its group's display
name (``Unknown`` for the null group); ``group_id`` and ``id``, a CRC-32 of the row's path,
stable for the same data and query. Amounts in different currencies are never added: a row or
pivot cell that would mix them has its money columns ``None`` and its per-currency values in
the row's ``totals_by_currency``.
"""

from __future__ import annotations

import typing as t
import zlib
from dataclasses import dataclass, field
from operator import itemgetter

import numpy as np

from ..errors import TooLarge
from ..limits import MAX_REPORT_CELLS
from .aggregates import Aggregation, aggregate, columns, rounded_lists
from .detail import detail_aggregations, detail_meta, detail_rows, money_columns
from .drilldown import Path, key_text, query_filters, select_path, with_path
from .fields import NULL_LABEL, SEPARATOR
from .filters import row_mask
from .grouping import cached_ranks, dense_groups, dimension
from .pivot import DENSE_LIMIT, PivotResult, currencies_per_group, pivot
from .query import ReportQuery, orm_names
from .rows import Codes, Dimension, ReportTable
from .totals import grand_totals, group_totals_by_currency, totals_by_currency

#: Up to this many key combinations, group codes are combined into one int64 (beyond, one level at a time).
COMBINED_LIMIT = 2**62


@dataclass
class ReportResult:
    #: The rows in order (a detail listing builds each one when read).
    rows: t.Sequence[dict[str, t.Any]]
    count: int
    columns: list[dict[str, t.Any]]
    totals: dict[str, t.Any] | None = None
    totals_by_currency: list[dict[str, t.Any]] | None = None
    pivot_result_fields: list[str] = field(default_factory=list)
    pivot_value_mappings: dict[str, dict[str, t.Any]] = field(default_factory=dict)
    #: The dimensions answered: the rows', then (with ``nested``) their ``sub_rows``'.
    levels: list[str] = field(default_factory=list)


def _column_meta(q: ReportQuery, aggs: t.Sequence[Aggregation], pivot_fields: list[str]) -> list[dict[str, t.Any]]:
    meta = []
    vocabulary = q.vocabulary
    for dim in q.levels:
        label = vocabulary.labels.get(dim) or dim.replace("_", " ").capitalize()
        meta.append({"key": dim, "label": label, "kind": "dimension", "sortable": True})
        name = vocabulary.name_column(dim)
        if name:
            meta.append({"key": name, "label": f"{label} name", "kind": "name", "sortable": True})
    for func, f, column in aggs:
        label = vocabulary.count_label if func == "count" else f"{func.capitalize()} of {f.replace('_', ' ')}"
        meta.append({"key": column, "label": label, "kind": "aggregate", "sortable": True})
    for column in pivot_fields:
        value, agg = column.split(SEPARATOR)
        meta.append({"key": column, "label": f"{value}: {agg.replace('_', ' ')}", "kind": "pivot", "sortable": True})
    # The current order, as TeamUp's column headers give it: by the sort asked for, else by group key.
    order = q.sort or tuple((dim, False) for dim in q.levels)
    by_key = {m["key"]: m for m in meta}
    for priority, (column, descending) in enumerate(order):
        if column in by_key:
            by_key[column]["sorted"] = {"order": "desc" if descending else "asc", "priority": priority}
    return meta


def _sort(records: list[dict[str, t.Any]], q: ReportQuery, dims: t.Sequence[str]) -> None:
    """By ``q.sort`` keys, the first the most significant, then by the group keys in order (nulls last); a
    row without a sort column's value (``None``, or a column it has not) goes after those with one."""
    order = [*q.sort, *((dim, False) for dim in dims)]
    if not any(descending for _, descending in order):  # all ascending: one sort, nulls last in each column
        names = [column for column, _ in order]
        records.sort(key=lambda r: [(r.get(c) is None, r.get(c) if r.get(c) is not None else 0) for c in names])
        return
    for column, descending in reversed(order):
        present = [r for r in records if r.get(column) is not None]
        missing = [r for r in records if r.get(column) is None]
        present.sort(key=itemgetter(column), reverse=descending)
        records[:] = present + missing


def _mixed_currency(table: ReportTable, rows: Codes, groups: Codes, n_groups: int) -> np.ndarray[t.Any, t.Any]:
    """For each group, whether its rows are in more than one currency."""
    return currencies_per_group(groups, table.currency.codes[rows], n_groups, len(table.currency.keys)) > 1


def _currency_safe(totals: dict[str, t.Any], table: ReportTable, rows: Codes, money: list[str]) -> dict[str, t.Any]:
    """The grand totals, without sums across currencies (those are in ``totals_by_currency``)."""
    currency = table.currency
    if money and int(np.count_nonzero(np.bincount(currency.codes[rows], minlength=len(currency.keys)))) > 1:
        totals = {**totals, **dict.fromkeys(money), "mixed_currency": True}
    return totals


def _label(dim_name: str, dim: Dimension, code: int, named: t.Mapping[str, str]) -> str:
    key = dim.keys[code]
    if key is None:
        return NULL_LABEL
    if isinstance(key, bool):  # discount_applied
        return "Yes" if key else "No"
    label = dim.labels[code] if dim_name in named else None
    return str(label) if label is not None else str(key)


@dataclass
class _Run:
    """What every level of one report shares: the selected rows and the query, read once."""

    table: ReportTable
    q: ReportQuery
    rows: Codes
    aggs: list[Aggregation]
    money: list[str]
    parents: Path
    #: The query's filters narrowed to the drill-down path, computed once for every row.
    base_filters: dict[str, t.Any]

    def __post_init__(self) -> None:
        self.base_orm = orm_names(self.base_filters, self.q.vocabulary)

    def groups(self, dims: list[Dimension]) -> tuple[np.ndarray[t.Any, t.Any], Codes]:
        """Per group, its code in each of ``dims`` (a row of codes); and each selected row's group."""
        radix = 1
        for dim in dims:
            radix *= len(dim.keys)
        if radix >= COMBINED_LIMIT:  # many levels (flat): combining the codes in one int64 would overflow
            return self._groups_stepwise(dims)
        combined = np.zeros(len(self.rows), dtype=np.int64)
        for dim in dims:
            combined = combined * len(dim.keys) + dim.codes[self.rows]
        if radix <= DENSE_LIMIT:
            uniques, groups = dense_groups(combined, radix)
        else:
            uniques, inverse = np.unique(combined, return_inverse=True)
            groups = inverse.astype(np.int64)
        columns = []
        rest = uniques.astype(np.int64)
        for dim in reversed(dims):
            columns.append(rest % len(dim.keys))
            rest = rest // len(dim.keys)
        return np.column_stack(columns[::-1]) if columns else np.zeros((0, 0), dtype=np.int64), groups

    def _groups_stepwise(self, dims: list[Dimension]) -> tuple[np.ndarray[t.Any, t.Any], Codes]:
        """``groups`` one dimension at a time, numbering the combinations present after each step."""
        groups = np.zeros(len(self.rows), dtype=np.int64)
        combos: np.ndarray[t.Any, t.Any] = np.zeros((1, 0), dtype=np.int64)
        for dim in dims:
            width = len(dim.keys)
            uniques, inverse = np.unique(groups * width + dim.codes[self.rows], return_inverse=True)
            combos = np.column_stack([combos[uniques // width], uniques % width])
            groups = inverse.astype(np.int64).reshape(-1)
        return combos, groups

    def _key_columns(self, name: str, dim: Dimension, codes: np.ndarray[t.Any, t.Any]) -> tuple[t.Any, ...]:
        """For one level: its name, its name column, and per group its key, name, path piece and
        ``(ORM parameter, filter value)``; each worked out once per distinct code."""
        present, inverse = np.unique(codes, return_inverse=True)
        at = inverse.reshape(-1).tolist()
        keys_u = [dim.keys[c] for c in present.tolist()]
        name_column = self.table.vocabulary.name_column(name)
        names_u = [dim.labels[c] for c in present.tolist()] if name_column else []
        texts_u = [f"({name!r}, {key_text(k)!r})" for k in keys_u]
        filters_u = [key_text(k) if k is None or isinstance(k, str | bool) else k for k in keys_u]
        return (
            name,
            name_column,
            [keys_u[i] for i in at],
            [names_u[i] for i in at] if name_column else [],
            [texts_u[i] for i in at],
            (self.table.vocabulary.orm_names.get(name, name), [filters_u[i] for i in at]),
        )

    def order(
        self,
        names: list[str],
        dims: list[Dimension],
        decoded: np.ndarray[t.Any, t.Any],
        values: dict[str, list[t.Any]],
        mixed: list[bool],
    ) -> Codes | None:
        """The groups in ``_sort``'s order, by one ``np.lexsort`` (``None`` when a pivot cell is a sort key:
        then ``_sort`` sorts the records)."""
        keys: list[t.Any] = []
        money, mixed_flags = set(self.money), np.asarray(mixed, dtype=np.bool_)
        vocabulary = self.table.vocabulary
        name_of = {column: n for n in names if (column := vocabulary.name_column(n))}
        for column, descending in reversed([*self.q.sort, *((n, False) for n in names)]):
            level_name = name_of.get(column, column)
            if level_name in names:
                j = names.index(level_name)
                dim = dims[j]
                listed = dim.labels if column in name_of else dim.keys
                codes = decoded[:, j]
                rank: t.Any = cached_ranks(self.table, column, listed)[codes]
                nulls: t.Any = np.asarray([v is None for v in listed] or [False], dtype=np.bool_)[codes]
            elif column in values:
                rank = np.asarray([0.0 if v is None else v for v in values[column]], dtype=np.float64)
                nulls = mixed_flags if column in money else np.zeros(len(rank), dtype=np.bool_)
            else:
                return None
            keys += [-rank if descending else rank, nulls]
        return np.lexsort(keys).astype(np.int64) if len(decoded) else np.zeros(0, dtype=np.int64)

    def level(self, names: list[str]) -> tuple[list[dict[str, t.Any]], PivotResult | None]:
        """One record per group of the rows by the dimensions ``names`` (a record carries every key),
        sorted; and the pivot they were computed with."""
        table, q, rows, aggs, money = self.table, self.q, self.rows, self.aggs, self.money
        dims = [dimension(table, n) for n in names]
        decoded, groups = self.groups(dims)
        n_groups = len(decoded)
        if q.flat and n_groups * max(len(aggs), 1) > MAX_REPORT_CELLS:
            raise TooLarge(
                f"This report would compute {n_groups * max(len(aggs), 1)} cells ({n_groups} rows x {len(aggs)}"
                f" aggregates); the limit is {MAX_REPORT_CELLS}. Filter it, or group by fewer or coarser fields."
            )
        values = rounded_lists(aggregate(table, rows, groups, n_groups, aggs), aggs)
        dated = any(table.vocabulary.date_dimension(n) for n in names)
        piv: PivotResult | None = pivot(table, rows, groups, n_groups, q.pivot_fields, aggs) if q.should_pivot else None
        mixed = _mixed_currency(table, rows, groups, n_groups).tolist()
        wants_split = q.include_totals or (bool(money) and any(mixed))
        per_currency = group_totals_by_currency(table, rows, groups, n_groups, aggs) if wants_split else None
        own, own_dim = names[-1], dims[-1]
        parents = self.parents
        prefix = "".join(f"({d!r}, {key_text(k)!r}), " for d, k in parents)
        # Per level, each group's key, name, id piece and filter value, computed once per distinct code.
        columns_of = [
            self._key_columns(name, dim, decoded[:, j]) for j, (name, dim) in enumerate(zip(names, dims, strict=True))
        ]
        own_codes = decoded[:, -1].tolist() if n_groups else []
        own_name = table.vocabulary.name_column(own)
        named = {own: own_name} if own_name else {}
        labels = {c: _label(own, own_dim, c, named) for c in set(own_codes)}
        # Built column by column, then zipped into one dict per group (the per-group Python work is the cost).
        fields: list[str] = []
        cells: list[list[t.Any]] = []
        for name, name_column, keys, names_, _, _ in columns_of:
            fields.append(name)
            cells.append(keys)
            if name_column:
                fields.append(name_column)
                cells.append(names_)
        fields.append("label")
        cells.append([labels[c] for c in own_codes])
        for _, _, column in aggs:
            fields.append(column)
            cells.append(values[column])
        # Every list has one item per group (strict checks are left out of these hot loops).
        records: list[dict[str, t.Any]] = [dict(zip(fields, row, strict=False)) for row in zip(*cells, strict=False)]
        if money and any(mixed):
            # Amounts in different currencies are never added: per-currency values are in totals_by_currency.
            for record, is_mixed in zip(records, mixed, strict=True):
                if is_mixed:
                    record.update(dict.fromkeys(money))
                    record["mixed_currency"] = True
        if piv is not None:
            for record, piv_cells in zip(records, piv.cells, strict=True):
                record.update(piv_cells)
        if per_currency is not None:
            for i, (record, parts) in enumerate(zip(records, per_currency, strict=True)):
                split_cells = piv.by_currency.get(i) if piv is not None else None
                if split_cells:
                    for part in parts:
                        part.update(split_cells.get(part["currency"], {}))
                elif piv is not None and len(parts) == 1:  # one currency: its cells are the row's
                    parts[0].update(piv.cells[i])
                record["totals_by_currency"] = parts
        key_lists = [column[2] for column in columns_of]
        if dated:
            for record, keys_of_row in zip(records, zip(*key_lists, strict=True), strict=True):
                path = list(zip(names, keys_of_row, strict=True))
                record["filter_params"] = orm_names(with_path(self.base_filters, path, q.vocabulary), q.vocabulary)
        else:
            # The shared filters, then the row's own keys (a later key wins, as with_path's would).
            keys = (*self.base_orm, *(column[5][0] for column in columns_of))
            shared = tuple(self.base_orm.values())
            own_values = zip(*(c[5][1] for c in columns_of), strict=False)
            for record, filter_values in zip(records, own_values, strict=False):
                record["filter_params"] = dict(zip(keys, shared + filter_values, strict=False))
            if q.vocabulary.null_flags:  # a null key spelled as its source's "none" flag
                for record in records:
                    record["filter_params"] = orm_names(record["filter_params"], q.vocabulary)
        # The CRC-32 of the row's path as repr() writes it: [('client_id', '42'), ...].
        crc = zlib.crc32
        for record, pieces in zip(records, zip(*(c[4] for c in columns_of), strict=False), strict=False):
            ident = crc(f"[{prefix}{', '.join(pieces)}]".encode()) & 0x7FFFFFFF
            record["group_id"] = ident
            record["id"] = ident
        order = self.order(names, dims, decoded, values, mixed)
        if order is None:
            _sort(records, q, names)
        else:
            records = [records[i] for i in order.tolist()]
        return records, piv


def run_report(table: ReportTable, q: ReportQuery) -> ReportResult:
    if q.vocabulary is not table.vocabulary:
        raise ValueError(f"a query read for {q.vocabulary.name} rows over a table of {table.vocabulary.name} rows")
    mask = row_mask(table, q)
    parents = select_path(table, q, mask)
    rows = np.flatnonzero(mask)
    base_filters = with_path(query_filters(q), parents, q.vocabulary)
    if q.detail:
        return _detail(table, q, rows, base_filters)
    aggs = columns(q.aggregations)
    money = [column for func, f, column in aggs if func != "count" and f in table.vocabulary.money]
    run = _Run(table, q, rows, aggs, money, parents, base_filters)
    levels = list(q.levels)
    records, piv = run.level(levels if q.flat else levels[:1])
    if len(levels) > 1 and not q.flat:
        children: dict[t.Any, list[dict[str, t.Any]]] = {}
        for sub in run.level(levels)[0]:
            children.setdefault(sub[levels[0]], []).append(sub)
        for record in records:
            record["sub_rows"] = children.get(record[levels[0]], [])
    # Both levels cover the same rows, so they have the same pivot values.
    pivot_fields = piv.fields if piv is not None else []
    totals = by_currency = None
    if q.include_totals:
        totals = _currency_safe(grand_totals(table, rows, aggs), table, rows, money)
        by_currency = totals_by_currency(table, rows, aggs)
        if piv is not None:
            _pivot_totals(table, q, rows, aggs, totals, by_currency)
    return ReportResult(
        rows=records,
        count=len(records),
        columns=_column_meta(q, aggs, pivot_fields),
        totals=totals,
        totals_by_currency=by_currency,
        pivot_result_fields=pivot_fields,
        pivot_value_mappings=piv.mappings if piv is not None else {},
        levels=levels,
    )


def _pivot_totals(
    table: ReportTable,
    q: ReportQuery,
    rows: Codes,
    aggs: list[Aggregation],
    totals: dict[str, t.Any],
    by_currency: list[dict[str, t.Any]],
) -> None:
    """The pivot's columns over every selected row, into the totals (money cells that would mix currencies
    are ``None`` there and given per currency in ``by_currency``)."""
    whole = pivot(table, rows, np.zeros(len(rows), dtype=np.int64), 1, q.pivot_fields, aggs)
    totals.update(whole.cells[0])
    split = whole.by_currency.get(0)
    for part in by_currency:
        part.update(split.get(part["currency"], {}) if split else whole.cells[0])


def _detail(table: ReportTable, q: ReportQuery, rows: Codes, base_filters: dict[str, t.Any]) -> ReportResult:
    """A detail listing: one row per invoice of ``rows``, with its totals (per currency)."""
    listing = detail_rows(table, q, rows, orm_names(base_filters, q.vocabulary))
    aggs = detail_aggregations(q)
    totals = by_currency = None
    if q.include_totals:
        totals = _currency_safe(grand_totals(table, rows, aggs), table, rows, money_columns(q))
        by_currency = totals_by_currency(table, rows, aggs)
    return ReportResult(
        rows=listing, count=len(listing), columns=detail_meta(q), totals=totals, totals_by_currency=by_currency
    )
