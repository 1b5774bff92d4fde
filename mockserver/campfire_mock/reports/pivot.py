"""Pivot columns: ``<label>::::<column>`` for each pivot value and aggregate column.

The label is the pivot value's display name (``Widget A``), or its key where it
has no name; ``(none)`` for a missing value; a name shared by several keys gets
the key appended (``Widget (7)``), so columns never collide; several pivot fields join their labels
with `` | ``. Only cells that have rows appear (the row format is sparse), so for a
sum the cells of a row add up to the row's own value. ``pivot_value_mappings`` maps
each pivot field's labels back to keys, for drill-down.

Cells follow the row rule on currencies: a cell whose rows are in several currencies has its
money columns ``None``, and its value in each currency is given apart (``by_currency``), for
the row's ``totals_by_currency``.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass

import numpy as np

from ..errors import TooLarge
from ..limits import MAX_REPORT_CELLS
from .aggregates import Aggregation, aggregate, rounded_lists
from .fields import SEPARATOR
from .grouping import dense_groups, dimension
from .rows import Codes, ReportTable

NONE_LABEL = "(none)"
#: Up to this many possible pivot values, codes are grouped by counting rather than sorting.
DENSE_LIMIT = 2_000_000


@dataclass
class PivotResult:
    cells: list[dict[str, t.Any]]  # per group: column -> value as rendered; None where currencies mix
    fields: list[str]
    mappings: dict[str, dict[str, t.Any]]
    #: Per group in several currencies: currency -> column -> value, every cell of the group.
    by_currency: dict[int, dict[t.Any, dict[str, t.Any]]]


def currencies_per_group(groups: Codes, currency_codes: Codes, n_groups: int, n_currencies: int) -> Codes:
    """How many currencies each group's rows are in (counting, not sorting, while that fits)."""
    width = max(n_currencies, 1)
    pairs = groups * width + currency_codes
    if n_groups * width <= DENSE_LIMIT:
        seen = np.bincount(pairs, minlength=n_groups * width) > 0
        counts: Codes = seen.reshape(n_groups, width).sum(axis=1).astype(np.int64)
        return counts
    return np.bincount(np.unique(pairs) // width, minlength=n_groups).astype(np.int64)


def _label(key: t.Any, label: t.Any) -> str:
    if label is not None:
        return str(label)
    return NONE_LABEL if key is None else str(key)


def _unique_labels(dim: t.Any, codes: set[int]) -> dict[int, str]:
    """Display labels of the codes in use; a label shared by several keys gets its key appended."""
    plain = {code: _label(dim.keys[code], dim.labels[code]) for code in codes}
    counts: dict[str, int] = {}
    for label in plain.values():
        counts[label] = counts.get(label, 0) + 1
    return {code: label if counts[label] == 1 else f"{label} ({dim.keys[code]})" for code, label in plain.items()}


def pivot(
    table: ReportTable,
    rows: Codes,
    groups: Codes,
    n_groups: int,
    fields: t.Sequence[str],
    aggs: t.Sequence[Aggregation],
) -> PivotResult:
    combined = np.zeros(len(rows), dtype=np.int64)
    mappings: dict[str, dict[str, t.Any]] = {}
    dims = [dimension(table, f) for f in fields]
    for f, dim in zip(fields, dims, strict=True):
        codes = dim.codes[rows]
        combined = combined * len(dim.keys) + codes
        mappings[f] = {}
    radix = int(np.prod([len(d.keys) for d in dims]))
    if radix <= DENSE_LIMIT:
        uniques, pivot_codes = dense_groups(combined, radix)
    else:
        uniques, pivot_codes = np.unique(combined, return_inverse=True)
    n_pivots = len(uniques)
    cells_wanted = n_groups * n_pivots * max(len(aggs), 1)
    if cells_wanted > MAX_REPORT_CELLS:
        raise TooLarge(
            f"This report would compute {cells_wanted} cells ({n_groups} groups x {n_pivots} pivot values x "
            f"{len(aggs)} aggregates); the limit is {MAX_REPORT_CELLS}. Filter it, or group or pivot by coarser fields."
        )
    decoded: list[list[tuple[str, int]]] = []  # per pivot value: (field, code) per field
    for value in uniques.tolist():
        parts = []
        for f, dim in reversed(list(zip(fields, dims, strict=True))):
            value, code = divmod(value, len(dim.keys))
            parts.append((f, code))
        decoded.append(list(reversed(parts)))
    dim_of = dict(zip(fields, dims, strict=True))
    names = {f: _unique_labels(dim, {c for parts in decoded for g, c in parts if g == f}) for f, dim in dim_of.items()}
    labels = []
    for parts in decoded:
        for f, code in parts:
            mappings[f][names[f][code]] = dim_of[f].keys[code]
        labels.append(" | ".join(names[f][code] for f, code in parts))
    cell_ids = groups * n_pivots + pivot_codes.astype(np.int64)
    n_cells = n_groups * n_pivots
    present = np.bincount(cell_ids, minlength=n_cells) > 0
    values = aggregate(table, rows, cell_ids, n_cells, aggs)
    cell_columns = [[(func, f"{label}{SEPARATOR}{column}", column) for func, _, column in aggs] for label in labels]
    money = {column for func, f, column in aggs if func != "count" and f in table.vocabulary.money}
    currency = table.currency
    width = max(len(currency.keys), 1)
    mixed = np.zeros(n_cells, dtype=np.bool_)
    by_currency: dict[int, dict[t.Any, dict[str, t.Any]]] = {}
    if money and len(rows):
        row_currency = currency.codes[rows]
        mixed_groups = currencies_per_group(groups, row_currency, n_groups, width) > 1
        if mixed_groups.any():
            pairs = cell_ids * width + row_currency
            mixed = currencies_per_group(cell_ids, row_currency, n_cells, width) > 1
            wanted = np.flatnonzero(mixed_groups)
            by_currency = _by_currency(table, rows, pairs, groups, wanted, n_pivots, width, aggs, cell_columns)
    cells = _cells(values, aggs, present, mixed, n_pivots, n_groups, cell_columns, money)
    columns = {name for per_label in cell_columns for _, name, _ in per_label}
    return PivotResult(cells=cells, fields=sorted(columns), mappings=mappings, by_currency=by_currency)


def _cells(
    values: dict[str, t.Any],
    aggs: t.Sequence[Aggregation],
    present: t.Any,
    mixed: t.Any,
    n_pivots: int,
    n_groups: int,
    cell_columns: list[list[tuple[str, str, str]]],
    money: set[str],
) -> list[dict[str, t.Any]]:
    """Per group, its present cells as rendered; the money columns of a mixed-currency cell are ``None``."""
    as_lists = rounded_lists(values, aggs)
    named = [[(name, as_lists[column]) for _, name, column in per_label] for per_label in cell_columns]
    cells: list[dict[str, t.Any]] = [{} for _ in range(n_groups)]
    for cell in np.flatnonzero(present & ~mixed).tolist():
        g, p = divmod(cell, n_pivots)
        target = cells[g]
        for name, column_values in named[p]:
            target[name] = column_values[cell]
    for cell in np.flatnonzero(present & mixed).tolist():
        g, p = divmod(cell, n_pivots)
        for _, name, column in cell_columns[p]:
            cells[g][name] = None if column in money else as_lists[column][cell]
    return cells


def _by_currency(
    table: ReportTable,
    rows: Codes,
    pairs: Codes,
    groups: Codes,
    wanted_groups: Codes,
    n_pivots: int,
    width: int,
    aggs: t.Sequence[Aggregation],
    cell_columns: list[list[tuple[str, str, str]]],
) -> dict[int, dict[t.Any, dict[str, t.Any]]]:
    """Every cell of each group in several currencies (``wanted_groups``), split by currency, as rendered."""
    keep = np.isin(groups, wanted_groups)
    kept_pairs = pairs[keep]
    uniques, inverse = np.unique(kept_pairs, return_inverse=True)
    values = aggregate(table, rows[keep], inverse.astype(np.int64), len(uniques), aggs)
    as_lists = rounded_lists(values, aggs)
    out: dict[int, dict[t.Any, dict[str, t.Any]]] = {}
    for i, pair in enumerate(uniques.tolist()):
        cell, code = divmod(pair, width)
        g, p = divmod(cell, n_pivots)
        target = out.setdefault(g, {}).setdefault(table.currency.keys[code], {})
        for _, name, column in cell_columns[p]:
            target[name] = as_lists[column][i]
    return out
