"""Run a ``ReportQuery`` over ``ReportRow``s.

Decisions:

* One grouping level at a time, as a server-side data grid asks for it: without
  ``group_keys`` rows are grouped by the first of ``group_fields``; each key in
  ``group_keys`` selects a parent group and descends one level.
* Rows with no value for the dimension form their own group, keyed ``null``,
  sorted after all others; groups are otherwise sorted by key, ascending.
* Aggregate columns are named by field (``amount``); a second function on the same
  field is named ``<func>_<field>``. ``count`` counts distinct invoices; ``avg`` is
  the sum per distinct invoice; ``min``/``max`` look at the per-line values.
* Pivot columns are ``<label>::::<field>``; the cells of a row add up to the row's
  sum (a ``null`` pivot value has the label ``(none)``).
* Amounts are summed in floats and rounded to cents at the end.
* ``group_id`` and ``id`` are a CRC-32 of the group's path, stable for the same data
  and query; ``filter_params`` holds the report parameters that select the group.
"""

from __future__ import annotations

import typing as t
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .query import ReportQuery
from .rows import ReportRow

NONE_LABEL = "(none)"
NAME_OF = {
    "client_id": "client_name",
    "entity_id": "entity_name",
    "contract_id": "contract_name",
    "product_id": "product_name",
    "department_id": "department_name",
    "invoice_id": "invoice_number",
}


@dataclass
class ReportResult:
    rows: list[dict[str, t.Any]]
    count: int
    columns: list[str]
    totals: dict[str, t.Any] | None = None
    pivot_result_fields: list[str] = field(default_factory=list)
    pivot_value_mappings: dict[str, dict[str, t.Any]] = field(default_factory=dict)


def bucket(day: date | None, size: str) -> str | None:
    if day is None:
        return None
    if size == "day":
        return day.isoformat()
    if size == "week":
        monday = day - timedelta(days=day.weekday())
        return monday.isoformat()
    if size == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if size == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year:04d}"


def dimension(row: ReportRow, dim: str) -> tuple[t.Any, str | None]:
    """The key and display label of ``row`` for a dimension."""
    if dim in NAME_OF:
        key = getattr(row, dim)
        return key, getattr(row, NAME_OF[dim])
    for date_field in ("invoice_date", "due_date", "paid_date"):
        if dim.startswith(date_field + "_"):
            value = bucket(getattr(row, date_field), dim[len(date_field) + 1 :])
            return value, value
    value = getattr(row, dim)
    return value, value


def _matches(row: ReportRow, q: ReportQuery) -> bool:
    return (
        (not q.client_ids or row.client_id in q.client_ids)
        and (not q.contract_ids or row.contract_id in q.contract_ids)
        and (not q.department_ids or row.department_id in q.department_ids)
        and (not q.product_ids or row.product_id in q.product_ids)
        and (not q.entity_ids or row.entity_id in q.entity_ids)
        and (q.currency is None or row.currency == q.currency)
        and (not q.payment_statuses or row.payment_status in q.payment_statuses)
        and (q.start_date is None or row.invoice_date >= q.start_date)
        and (q.end_date is None or row.invoice_date <= q.end_date)
    )


def _key_text(key: t.Any) -> str:
    return "null" if key is None else str(key)


class _Acc:
    """Running aggregates of one group (or one pivot cell)."""

    __slots__ = ("invoices", "maxs", "mins", "sums")

    def __init__(self) -> None:
        self.sums: dict[str, float] = defaultdict(float)
        self.mins: dict[str, float] = {}
        self.maxs: dict[str, float] = {}
        self.invoices: set[int] = set()

    def add(self, row: ReportRow, fields: t.Iterable[str]) -> None:
        self.invoices.add(row.invoice_id)
        for f in fields:
            v = float(getattr(row, f)) if f != "invoice_id" else 1.0
            self.sums[f] += v
            if f not in self.mins or v < self.mins[f]:
                self.mins[f] = v
            if f not in self.maxs or v > self.maxs[f]:
                self.maxs[f] = v

    def value(self, func: str, f: str) -> float | int:
        if func == "count":
            return len(self.invoices)
        if func == "sum":
            return round(self.sums[f], 2)
        if func == "avg":
            return round(self.sums[f] / len(self.invoices), 2) if self.invoices else 0.0
        if func == "min":
            return round(self.mins.get(f, 0.0), 2)
        return round(self.maxs.get(f, 0.0), 2)


def column_names(q: ReportQuery) -> list[tuple[str, str, str]]:
    """(func, field, column) for each aggregation."""
    seen: set[str] = set()
    out = []
    for func, f in q.aggregations:
        name = f if f not in seen else f"{func}_{f}"
        seen.add(f)
        out.append((func, f, name))
    return out


def _filter_params(path: list[tuple[str, t.Any]]) -> dict[str, t.Any]:
    """The dimension values that select a group, keyed by dimension name."""
    return dict(path)


def run_report(rows: t.Iterable[ReportRow], q: ReportQuery) -> ReportResult:
    selected = [r for r in rows if _matches(r, q)]
    level = len(q.group_keys)
    parents = list(zip(q.group_fields[:level], q.group_keys, strict=True))
    for dim, wanted in parents:
        selected = [r for r in selected if _key_text(dimension(r, dim)[0]) == wanted]
    dim = q.group_fields[level]
    columns = column_names(q)
    measures = {f for _, f, _ in columns}

    groups: dict[t.Any, _Acc] = {}
    labels: dict[t.Any, str | None] = {}
    cells: dict[tuple[t.Any, str], _Acc] = {}
    pivot_map: dict[str, dict[str, t.Any]] = defaultdict(dict)
    total = _Acc()
    for row in selected:
        key, label = dimension(row, dim)
        acc = groups.get(key)
        if acc is None:
            acc = groups[key] = _Acc()
            labels[key] = label
        acc.add(row, measures)
        if q.include_totals:
            total.add(row, measures)
        if q.should_pivot:
            pieces = []
            for pdim in q.pivot_fields:
                pkey, plabel = dimension(row, pdim)
                text = plabel if plabel is not None else NONE_LABEL
                pivot_map[pdim][text] = pkey
                pieces.append(text)
            plabel_all = " | ".join(pieces)
            cell = cells.get((key, plabel_all))
            if cell is None:
                cell = cells[(key, plabel_all)] = _Acc()
            cell.add(row, measures)

    ordered = sorted(groups, key=lambda k: (k is None, str(type(k)), k if k is not None else 0))
    pivot_fields: set[str] = set()
    out: list[dict[str, t.Any]] = []
    parent_params = [(d, None if k == "null" else k) for d, k in parents]
    for key in ordered:
        acc = groups[key]
        record: dict[str, t.Any] = {dim: key}
        if dim in NAME_OF:
            name_col = dim[:-3] + "_name" if dim != "invoice_id" else "invoice_number"
            record[name_col] = labels[key]
        for func, f, name in columns:
            record[name] = acc.value(func, f)
        if q.should_pivot:
            for (gkey, plabel), cell in cells.items():
                if gkey != key:
                    continue
                for func, f, name in columns:
                    column = f"{plabel}::::{name}"
                    record[column] = cell.value(func, f)
                    pivot_fields.add(column)
        path = [*parent_params, (dim, key)]
        ident = zlib.crc32(repr([(d, _key_text(k)) for d, k in path]).encode()) & 0x7FFFFFFF
        record["filter_params"] = _filter_params(path)
        record["group_id"] = ident
        record["id"] = ident
        out.append(record)

    totals = None
    if q.include_totals:
        totals = {name: total.value(func, f) for func, f, name in columns}
    return ReportResult(
        rows=out,
        count=len(out),
        columns=[dim] + [name for _, _, name in columns],
        totals=totals,
        pivot_result_fields=sorted(pivot_fields),
        pivot_value_mappings={k: dict(v) for k, v in pivot_map.items()},
    )
