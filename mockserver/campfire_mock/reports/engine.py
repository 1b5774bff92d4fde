"""Run a ``ReportQuery`` over a ``ReportTable``: filter, drill down, group one level,
aggregate, pivot, total, sort, page.

One grouping level is computed per request, as a server-side data grid asks for
it: without ``group_keys`` rows are grouped by the first of ``group_fields``; each
key in ``group_keys`` selects a parent group and descends one level. Every result
row carries ``filter_params``: report query parameters that, sent back with
``group_fields=invoice_id``, select exactly the row's invoices. ``group_id`` and
``id`` are a CRC-32 of the row's path, stable for the same data and query.
"""

from __future__ import annotations

import typing as t
import zlib
from dataclasses import dataclass, field

import numpy as np

from ..errors import ValidationFailed
from .aggregates import Aggregation, aggregate, columns, rounded
from .filters import row_mask
from .grouping import bucket_range, dense_groups, dimension, split_date_dimension
from .pivot import pivot
from .query import NULL, ReportQuery, orm_names
from .rows import ID_DIMENSIONS, MONEY, Codes, ReportTable
from .totals import grand_totals, group_totals_by_currency, totals_by_currency

DATE_PARAMS = {
    "invoice_date": ("start_date", "end_date"),
    "due_date": ("due_start_date", "due_end_date"),
    "paid_date": ("paid_start_date", "paid_end_date"),
}
LABELS = {
    "client_id": "Client",
    "invoice_id": "Invoice",
    "entity_id": "Entity",
    "contract_id": "Contract",
    "product_id": "Product",
    "department_id": "Department",
    "currency": "Currency",
    "payment_status": "Payment status",
    "terms": "Terms",
}


@dataclass
class ReportResult:
    rows: list[dict[str, t.Any]]
    count: int
    columns: list[dict[str, t.Any]]
    totals: dict[str, t.Any] | None = None
    totals_by_currency: list[dict[str, t.Any]] | None = None
    pivot_result_fields: list[str] = field(default_factory=list)
    pivot_value_mappings: dict[str, dict[str, t.Any]] = field(default_factory=dict)


def key_text(key: t.Any) -> str:
    return NULL if key is None else str(key)


def name_column(dim: str) -> str | None:
    return ID_DIMENSIONS.get(dim)


def query_filters(q: ReportQuery) -> dict[str, t.Any]:
    """The query's own filters, as report parameters."""
    params: dict[str, t.Any] = {}
    for name, values in q.value_filters():
        if values:
            params[name] = ",".join(key_text(v) for v in values)
    for name in ("start_date", "end_date", "due_start_date", "due_end_date", "paid_start_date", "paid_end_date"):
        value = getattr(q, name)
        if value is not None:
            params[name] = value.isoformat()
    if q.unpaid_only:
        params["paid_start_date"] = NULL
    return params


def filter_params(q: ReportQuery, path: list[tuple[str, t.Any]]) -> dict[str, t.Any]:
    """The filters that select exactly a row's invoices, in Campfire's ORM names (``invoice__client_id``)."""
    return orm_names(_filters(q, path))


def _filters(q: ReportQuery, path: list[tuple[str, t.Any]]) -> dict[str, t.Any]:
    params = query_filters(q)
    for dim, key in path:
        split = split_date_dimension(dim)
        if split is None:
            params[dim] = key_text(key) if key is None or isinstance(key, str) else key
            continue
        column, bucket = split
        low_name, high_name = DATE_PARAMS[column]
        if key is None:
            params[low_name] = NULL
            params.pop(high_name, None)
            continue
        first, last = bucket_range(key, bucket)
        if params.get(low_name) not in (None, NULL) and params[low_name] > first.isoformat():
            first = first.fromisoformat(params[low_name])
        if params.get(high_name) and params[high_name] < last.isoformat():
            last = last.fromisoformat(params[high_name])
        params[low_name], params[high_name] = first.isoformat(), last.isoformat()
    return params


def _select_path(table: ReportTable, q: ReportQuery, mask: np.ndarray[t.Any, t.Any]) -> list[tuple[str, t.Any]]:
    path = []
    for dim_name, wanted in zip(q.group_fields[: q.level], q.group_keys, strict=True):
        dim = dimension(table, dim_name)
        code = next((c for c, k in enumerate(dim.keys) if key_text(k) == wanted), None)
        if code is None:
            mask[:] = False
            path.append((dim_name, None if wanted == NULL else wanted))
            continue
        mask &= dim.codes == code
        path.append((dim_name, dim.keys[code]))
    return path


def _column_meta(dim: str, aggs: t.Sequence[Aggregation], pivot_fields: list[str]) -> list[dict[str, t.Any]]:
    label = LABELS.get(dim) or dim.replace("_", " ").capitalize()
    meta = [{"key": dim, "label": label, "kind": "dimension", "sortable": True}]
    name = name_column(dim)
    if name:
        meta.append({"key": name, "label": f"{label} name", "kind": "name", "sortable": True})
    for func, f, column in aggs:
        label = "Invoices" if func == "count" else f"{func.capitalize()} of {f.replace('_', ' ')}"
        meta.append({"key": column, "label": label, "kind": "aggregate", "sortable": True})
    for column in pivot_fields:
        value, agg = column.split("::::")
        meta.append({"key": column, "label": f"{value}: {agg.replace('_', ' ')}", "kind": "pivot", "sortable": True})
    return meta


def _sort(records: list[dict[str, t.Any]], q: ReportQuery, dim: str, allowed: list[str]) -> None:
    if not q.sort:
        records.sort(key=lambda r: (r[dim] is None, r[dim] if r[dim] is not None else 0))
        return
    column = q.sort.lstrip("-")
    if column not in allowed:
        raise ValidationFailed(
            {"sort": [f"Unknown column {column!r}. Allowed: {', '.join(allowed)} (prefix - to reverse)."]}
        )
    reverse = q.sort.startswith("-")
    present = [r for r in records if r.get(column) is not None]
    missing = [r for r in records if r.get(column) is None]
    present.sort(key=lambda r: r[column], reverse=reverse)
    records[:] = present + missing


def _mixed_currency(table: ReportTable, rows: Codes, groups: Codes, n_groups: int) -> np.ndarray[t.Any, t.Any]:
    """For each group, whether its rows are in more than one currency."""
    currency = table.dimensions["currency"]
    width = max(len(currency.keys), 1)
    pairs = np.unique(groups * width + currency.codes[rows])
    return np.bincount(pairs // width, minlength=n_groups) > 1


def _currency_safe(totals: dict[str, t.Any], table: ReportTable, rows: Codes, money: list[str]) -> dict[str, t.Any]:
    """The grand totals, without sums across currencies (those are in ``totals_by_currency``)."""
    if money and len(np.unique(table.dimensions["currency"].codes[rows])) > 1:
        totals = {**totals, **dict.fromkeys(money), "mixed_currency": True}
    return totals


def run_report(table: ReportTable, q: ReportQuery) -> ReportResult:
    mask = row_mask(table, q)
    parents = _select_path(table, q, mask)
    rows = np.flatnonzero(mask)
    dim_name = q.group_fields[q.level]
    dim = dimension(table, dim_name)
    uniques, groups = dense_groups(dim.codes[rows], len(dim.keys))
    n_groups = len(uniques)
    aggs = columns(q.aggregations)
    values = aggregate(table, rows, groups, n_groups, aggs)
    piv = pivot(table, rows, groups, n_groups, q.pivot_fields, aggs) if q.should_pivot else None
    name = name_column(dim_name)
    mixed = _mixed_currency(table, rows, groups, n_groups)
    money = [column for func, f, column in aggs if func != "count" and f in MONEY]
    wants_split = q.include_totals or (bool(money) and bool(mixed.any()))
    per_currency = group_totals_by_currency(table, rows, groups, n_groups, aggs) if wants_split else None

    records: list[dict[str, t.Any]] = []
    for i, code in enumerate(uniques.tolist()):
        key = dim.keys[code]
        record: dict[str, t.Any] = {dim_name: key}
        if name:
            record[name] = dim.labels[code]
        for func, _, column in aggs:
            record[column] = rounded(values[column][i], func)
        if mixed[i] and money:
            # Amounts in different currencies are never added: per-currency values are in totals_by_currency.
            record.update(dict.fromkeys(money))
            record["mixed_currency"] = True
        if piv is not None:
            for column, (func, value) in piv.cells[i].items():
                record[column] = rounded(value, func)
        path = [*parents, (dim_name, key)]
        ident = zlib.crc32(repr([(d, key_text(k)) for d, k in path]).encode()) & 0x7FFFFFFF
        if per_currency is not None:
            record["totals_by_currency"] = per_currency[i]
        record["filter_params"] = filter_params(q, path)
        record["group_id"] = ident
        record["id"] = ident
        records.append(record)

    pivot_fields = piv.fields if piv else []
    meta = _column_meta(dim_name, aggs, pivot_fields)
    _sort(records, q, dim_name, [m["key"] for m in meta])
    return ReportResult(
        rows=records,
        count=len(records),
        columns=meta,
        totals=_currency_safe(grand_totals(table, rows, aggs), table, rows, money) if q.include_totals else None,
        totals_by_currency=totals_by_currency(table, rows, aggs) if q.include_totals else None,
        pivot_result_fields=pivot_fields,
        pivot_value_mappings=piv.mappings if piv else {},
    )
