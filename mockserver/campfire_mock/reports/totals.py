"""Grand totals (``totals_row``) and totals per currency (``totals_by_currency``).

Totals cover every row the filters and the drill-down path select, not just the
page returned; with totals on, each group row also carries its own
``totals_by_currency``. Summing amounts across currencies is what Campfire's
``totals_row`` does; ``totals_by_currency`` keeps them apart, as multi-currency
reports should.
"""

from __future__ import annotations

import typing as t

import numpy as np

from .aggregates import Aggregation, aggregate, rounded
from .grouping import dense_groups
from .rows import Codes, ReportTable


def grand_totals(table: ReportTable, rows: Codes, aggs: t.Sequence[Aggregation]) -> dict[str, t.Any]:
    values = aggregate(table, rows, np.zeros(len(rows), dtype=np.int64), 1, aggs)
    return {column: rounded(values[column][0], func) for func, _, column in aggs}


def totals_by_currency(table: ReportTable, rows: Codes, aggs: t.Sequence[Aggregation]) -> list[dict[str, t.Any]]:
    currency = table.currency
    uniques, groups = dense_groups(currency.codes[rows], len(currency.keys))
    values = aggregate(table, rows, groups, len(uniques), aggs)
    out = []
    for i, code in enumerate(uniques.tolist()):
        entry: dict[str, t.Any] = {"currency": currency.keys[code]}
        entry.update({column: rounded(values[column][i], func) for func, _, column in aggs})
        out.append(entry)
    return sorted(out, key=lambda e: str(e["currency"]))


def group_totals_by_currency(
    table: ReportTable, rows: Codes, groups: Codes, n_groups: int, aggs: t.Sequence[Aggregation]
) -> list[list[dict[str, t.Any]]]:
    """For each group, its totals per currency (the groups' own rows split by currency)."""
    currency = table.currency
    width = len(currency.keys)
    cells = groups * width + currency.codes[rows]
    present = np.bincount(cells, minlength=n_groups * width) > 0
    values = aggregate(table, rows, cells, n_groups * width, aggs)
    out: list[list[dict[str, t.Any]]] = [[] for _ in range(n_groups)]
    for cell in np.flatnonzero(present).tolist():
        g, code = divmod(cell, width)
        entry: dict[str, t.Any] = {"currency": currency.keys[code]}
        entry.update({column: rounded(values[column][cell], func) for func, _, column in aggs})
        out[g].append(entry)
    for entries in out:
        entries.sort(key=lambda e: str(e["currency"]))
    return out
