"""Aggregates per group with numpy: ``sum``, ``avg``, ``min``, ``max``, ``count``.

Columns are named by field (``amount``); a second function on the same field is
``<func>_<field>``. ``count`` counts distinct invoices whatever its field, so its
column is always ``count`` (it would clash with an ``invoice_id`` dimension).

``avg``, ``min`` and ``max`` share one row basis, the invoice: each invoice contributes
the sum of the field over its lines in the group, and ``avg`` is the mean of those
per-invoice sums (so ``min <= avg <= max`` always holds). Sums are float64, rounded to
cents when the result is rendered.
"""

from __future__ import annotations

import typing as t

import numpy as np

from .rows import Codes, Floats, ReportTable

Aggregation = tuple[str, str, str]  # (func, field, column)


def columns(aggregations: t.Sequence[tuple[str, str]]) -> list[Aggregation]:
    seen: set[str] = set()
    out: list[Aggregation] = []
    for func, f in aggregations:
        if func == "count":
            name = "count"
        else:
            name = f if f not in seen else f"{func}_{f}"
            seen.add(f)
        if name not in {c for _, _, c in out}:
            out.append((func, f, name))
    return out


def distinct_invoices(groups: Codes, invoices: Codes, n_groups: int, n_invoices: int) -> Codes:
    pairs = np.unique(groups * max(n_invoices, 1) + invoices)
    return np.bincount(pairs // max(n_invoices, 1), minlength=n_groups).astype(np.int64)


def _extreme(values: Floats, groups: Codes, n_groups: int, ufunc: t.Any) -> Floats:
    order = np.argsort(groups, kind="stable")
    sorted_groups = groups[order]
    result: Floats = np.zeros(n_groups, dtype=np.float64)
    present = np.bincount(groups, minlength=n_groups) > 0
    if len(values):
        # Reduce from each present group's first value to the next one's (the last to the end).
        starts = np.searchsorted(sorted_groups, np.flatnonzero(present))
        result[present] = ufunc.reduceat(values[order], starts)
    return result


def aggregate(
    table: ReportTable, rows: Codes, groups: Codes, n_groups: int, aggs: t.Sequence[Aggregation]
) -> dict[str, Floats]:
    """Each aggregation column for each group; ``rows`` selects the table rows, ``groups`` their group."""
    out: dict[str, Floats] = {}
    counts: Codes | None = None
    for func, f, column in aggs:
        if func in ("count", "avg") and counts is None and table.row_units:
            counts = np.bincount(groups, minlength=n_groups).astype(np.int64)
        elif func in ("count", "avg") and counts is None:
            counts = distinct_invoices(groups, table.invoice_codes[rows], n_groups, table.invoice_count)
        if func == "count":
            assert counts is not None
            out[column] = counts.astype(np.float64)
            continue
        values = table.measures[f][rows] if f in table.measures else np.ones(len(rows))
        if func == "sum":
            out[column] = np.bincount(groups, weights=values, minlength=n_groups).astype(np.float64)
        elif func == "avg":
            assert counts is not None
            sums = np.bincount(groups, weights=values, minlength=n_groups)
            out[column] = np.divide(sums, counts, out=np.zeros(n_groups), where=counts > 0)
        else:
            if table.row_units:  # each row is its own unit: its value is the unit's sum
                per_invoice, invoice_groups = values.astype(np.float64), groups
            else:
                per_invoice, invoice_groups = _per_invoice(
                    values, groups, table.invoice_codes[rows], table.invoice_count
                )
            ufunc = np.minimum if func == "min" else np.maximum
            out[column] = _extreme(per_invoice, invoice_groups, n_groups, ufunc)
    return out


def _per_invoice(values: Floats, groups: Codes, invoices: Codes, n_invoices: int) -> tuple[Floats, Codes]:
    """The sum of ``values`` per (group, invoice), and the group of each such sum."""
    width = max(n_invoices, 1)
    keys, inverse = np.unique(groups * width + invoices, return_inverse=True)
    sums: Floats = np.bincount(inverse, weights=values, minlength=len(keys)).astype(np.float64)
    return sums, (keys // width).astype(np.int64)


def rounded(value: float, func: str) -> float | int | None:
    """As rendered: a count as an int, an amount to cents; ``None`` for an amount not known (NaN: a GL line
    with no rate to the root currency)."""
    if func == "count":
        return int(value)
    return None if value != value else round(float(value), 2) + 0.0  # + 0.0: no -0.0


def rounded_lists(values: dict[str, Floats], aggs: t.Sequence[Aggregation]) -> dict[str, list[t.Any]]:
    """Each aggregate column as rendered: counts as ints, the rest rounded to cents (numpy, at once)."""
    out: dict[str, list[t.Any]] = {}
    for func, _, column in aggs:
        if func == "count":
            out[column] = values[column].astype(np.int64).tolist()
            continue
        column_values = values[column]
        listed: list[t.Any] = (np.round(column_values, 2) + 0.0).tolist()  # + 0.0: no -0.0
        if np.isnan(column_values).any():  # an amount not known (a GL line with no rate): null
            listed = [None if v != v else v for v in listed]
        out[column] = listed
    return out
