"""Pivot columns: ``<label>::::<column>`` for each pivot value and aggregate column.

The label is the pivot value's display name (``Widget A``), or its key where it
has no name; ``(none)`` for a missing value; a name shared by several keys gets
the key appended (``Widget (7)``), so columns never collide; several pivot fields join their labels
with `` | ``. Only cells that have rows appear (the row format is sparse), so for a
sum the cells of a row add up to the row's own value. ``pivot_value_mappings`` maps
each pivot field's labels back to keys, for drill-down.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass

import numpy as np

from ..errors import TooLarge
from ..limits import MAX_REPORT_CELLS
from .aggregates import Aggregation, aggregate
from .grouping import dense_groups, dimension
from .rows import Codes, ReportTable

NONE_LABEL = "(none)"
#: Up to this many possible pivot values, codes are grouped by counting rather than sorting.
DENSE_LIMIT = 2_000_000
SEPARATOR = "::::"


@dataclass
class PivotResult:
    cells: list[dict[str, t.Any]]  # per group: column -> value
    fields: list[str]
    mappings: dict[str, dict[str, t.Any]]


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
    present = np.bincount(cell_ids, minlength=n_groups * n_pivots) > 0
    values = aggregate(table, rows, cell_ids, n_groups * n_pivots, aggs)
    cells: list[dict[str, t.Any]] = [{} for _ in range(n_groups)]
    as_lists = {column: values[column].tolist() for _, _, column in aggs}
    cell_columns = [
        [(func, f"{label}{SEPARATOR}{column}", as_lists[column]) for func, _, column in aggs] for label in labels
    ]
    columns = {name for per_label in cell_columns for _, name, _ in per_label}
    for cell in np.flatnonzero(present).tolist():
        g, p = divmod(cell, n_pivots)
        target = cells[g]
        for func, name, column_values in cell_columns[p]:
            target[name] = (func, column_values[cell])
    return PivotResult(cells=cells, fields=sorted(columns), mappings=mappings)
