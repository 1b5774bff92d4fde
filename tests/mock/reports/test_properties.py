"""Property-based checks: for random data and queries, groups add up to the total, pivot
cells add up to their row, and no number the engine outputs adds two currencies."""

from __future__ import annotations

import os
import statistics
import typing as t
from collections import defaultdict
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from campfire_mock.reports.fields import BASE_DIMENSIONS, DATE_FIELDS
from campfire_mock.reports.rows import ReportRow

from .factory import row, run

EXAMPLES = 400 if os.environ.get("CAMPFIRE_TESTS_DEEP") == "1" else 80
DIMS = [d for d in BASE_DIMENSIONS] + [f"{f}_{b}" for f in DATE_FIELDS for b in ("week", "month", "year")]
money = st.integers(min_value=-10_000_00, max_value=10_000_00).map(lambda c: c / 100)


@st.composite
def rows(draw: st.DrawFn) -> list[ReportRow]:
    out = []
    for _ in range(draw(st.integers(min_value=0, max_value=30))):
        day = date(2025, 1, 1) + timedelta(days=draw(st.integers(min_value=0, max_value=700)))
        out.append(
            row(
                invoice_id=draw(st.integers(min_value=1, max_value=8)),
                client_id=draw(st.sampled_from([1, 2, 3, None])),
                product_id=draw(st.sampled_from([1, 2, None])),
                currency=draw(st.sampled_from(["USD", "EUR"])),
                payment_status=draw(st.sampled_from(["open", "paid", "partial", "voided"])),
                invoice_date=day,
                due_date=day + timedelta(days=30),
                paid_date=draw(st.sampled_from([None, day + timedelta(days=3)])),
                amount=draw(money),
                amount_due=draw(money),
            )
        )
    return out


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=rows(), dim=st.sampled_from(DIMS), measure=st.sampled_from(["amount", "amount_due"]))
def test_groups_add_up_to_the_grand_total(data: list[ReportRow], dim: str, measure: str) -> None:
    """Per currency (amounts in different currencies are never added): the groups add up to the total,
    and the total is the sum of the data; a sum that would mix currencies is left out and marked."""
    result = run(data, group_fields=dim, aggregation_fields=f"sum:{measure}", include_totals=True, mode="full")
    assert result.totals is not None and result.totals_by_currency is not None
    currencies = {r.currency for r in data}
    for total in result.totals_by_currency:
        parts = [p[measure] for r in result.rows for p in r["totals_by_currency"] if p["currency"] == total["currency"]]
        assert abs(sum(parts) - total[measure]) < 0.01 * max(1, len(parts))
        expected = sum(getattr(r, measure) for r in data if r.currency == total["currency"])
        assert abs(total[measure] - expected) < 0.01
    if len(currencies) > 1:
        assert result.totals[measure] is None and result.totals["mixed_currency"] is True
    elif data:
        assert abs(result.totals[measure] - sum(getattr(r, measure) for r in data)) < 0.01
    for r in result.rows:
        if len(r["totals_by_currency"]) > 1:
            assert r[measure] is None and r["mixed_currency"] is True
        else:
            assert abs(r[measure] - r["totals_by_currency"][0][measure]) < 0.01


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=rows(), dim=st.sampled_from(DIMS), pivot=st.sampled_from(DIMS))
def test_pivot_cells_add_up_to_the_row(data: list[ReportRow], dim: str, pivot: str) -> None:
    """A row's pivot cells add up to the row, in each currency apart when the row mixes currencies."""
    result = run(data, group_fields=dim, pivot_fields=pivot, shouldPivot=True, mode="full")
    for r in result.rows:
        parts = r["totals_by_currency"] if r.get("mixed_currency") else [r]
        for part in parts:
            cells = [v for k, v in part.items() if k.endswith("::::amount")]
            assert None not in cells
            assert abs(sum(cells) - part["amount"]) < 0.01 * max(1, len(cells))


# --- no number adds two currencies -------------------------------------------------------------

ORACLE_DIMS = [*BASE_DIMENSIONS, "invoice_date_month", "invoice_date_year", "paid_date_month", "paid_date_year"]
MONEY_MEASURES = ("amount", "amount_due", "tax")


def key_of(r: ReportRow, dim: str) -> t.Any:
    """A data row's key in a dimension, computed here without the engine."""
    for column in ("invoice_date", "paid_date"):
        if dim.startswith(column + "_"):
            day = getattr(r, column)
            if day is None:
                return None
            return f"{day.year:04d}-{day.month:02d}" if dim.endswith("_month") else f"{day.year:04d}"
    return getattr(r, dim)


def expected(covered: list[ReportRow], func: str, measure: str) -> float:
    """sum, or avg/min/max over the covered invoices' sums of the measure."""
    if func == "sum":
        return float(sum(getattr(r, measure) for r in covered))
    per_invoice: dict[int, float] = defaultdict(float)
    for r in covered:
        per_invoice[r.invoice_id] += getattr(r, measure)
    values = list(per_invoice.values())
    if func == "avg":
        return statistics.fmean(values)
    return min(values) if func == "min" else max(values)


def check_value(value: t.Any, covered: list[ReportRow], func: str, measure: str, where: str) -> None:
    """A money value is null when its rows mix currencies, else what its rows make."""
    currencies = {r.currency for r in covered}
    if len(currencies) > 1:
        assert value is None, f"{where}: {value} adds {sorted(currencies)}"
    else:
        assert value is not None and abs(value - expected(covered, func, measure)) < 0.01 * max(1, len(covered)), where


def check_row(
    record: dict[str, t.Any],
    covered: list[ReportRow],
    aggs: list[tuple[str, str, str]],
    pivot: str | None,
    mappings: t.Any,
) -> None:
    currencies = sorted({r.currency for r in covered})
    parts = {p["currency"]: p for p in record.get("totals_by_currency") or []}
    if len(currencies) > 1:
        assert record["mixed_currency"] is True and sorted(parts) == currencies
    for func, measure, column in aggs:
        check_value(record[column], covered, func, measure, f"row {column}")
        for currency, part in parts.items():
            mine = [r for r in covered if r.currency == currency]
            check_value(part[column], mine, func, measure, f"row {column} [{currency}]")
        if pivot is None:
            continue
        for label, key in mappings.get(pivot, {}).items():
            cell = [r for r in covered if key_of(r, pivot) == key]
            name = f"{label}::::{column}"
            assert (name in record) == bool(cell)
            if cell:
                check_value(record[name], cell, func, measure, f"cell {name}")
                for currency, part in parts.items():
                    mine = [r for r in cell if r.currency == currency]
                    if mine:
                        check_value(part[name], mine, func, measure, f"cell {name} [{currency}]")


@settings(max_examples=100, deadline=None)
@given(
    data=rows(),
    dims=st.lists(st.sampled_from(ORACLE_DIMS), min_size=1, max_size=2, unique=True),
    pivot=st.one_of(st.none(), st.sampled_from(ORACLE_DIMS)),
    measures=st.lists(
        st.tuples(st.sampled_from(["sum", "avg", "min", "max"]), st.sampled_from(MONEY_MEASURES)),
        min_size=1,
        max_size=3,
        unique_by=lambda a: a[1],
    ),
    totals=st.booleans(),
)
def test_no_number_adds_two_currencies(
    data: list[ReportRow], dims: list[str], pivot: str | None, measures: list[tuple[str, str]], totals: bool
) -> None:
    """Every money number in rows, sub-rows, pivot cells and totals covers one currency and equals what
    its data rows make; where they are in several, it is null and each currency's value is given."""
    params: dict[str, t.Any] = {
        "group_fields": ",".join(dims),
        "nested": len(dims) == 2,
        "aggregation_fields": ",".join(f"{f}:{m}" for f, m in measures),
        "include_totals": totals,
        "mode": "full",
    }
    if pivot is not None:
        params.update(pivot_fields=pivot, shouldPivot=True)
    result = run(data, **params)
    aggs = [(f, m, m) for f, m in measures]
    for record in result.rows:
        covered = [r for r in data if key_of(r, dims[0]) == record[dims[0]]]
        check_row(record, covered, aggs, pivot, result.pivot_value_mappings)
        for sub in record.get("sub_rows", []):
            inner = [r for r in covered if key_of(r, dims[1]) == sub[dims[1]]]
            check_row(sub, inner, aggs, pivot, result.pivot_value_mappings)
        if len(dims) == 2:
            assert sum(
                len([r for r in covered if key_of(r, dims[1]) == s[dims[1]]]) for s in record["sub_rows"]
            ) == len(covered)
    if totals:
        assert result.totals is not None and result.totals_by_currency is not None
        check_row(
            {**result.totals, "totals_by_currency": result.totals_by_currency}, data, aggs, None, {}
        ) if data else None


@st.composite
def invoices(draw: st.DrawFn) -> list[ReportRow]:
    """Lines of up to 8 invoices whose invoice-level fields agree (as real invoices' do)."""
    out = []
    for invoice_id in range(1, draw(st.integers(min_value=1, max_value=8)) + 1):
        day = date(2025, 1, 1) + timedelta(days=draw(st.integers(min_value=0, max_value=700)))
        head = dict(
            invoice_id=invoice_id,
            invoice_number=f"INV-{draw(st.integers(min_value=1, max_value=99))}",
            client_id=draw(st.sampled_from([1, 2, None])),
            client_name=draw(st.sampled_from(["Acme", "Zed", None])),
            currency=draw(st.sampled_from(["USD", "EUR"])),
            payment_status=draw(st.sampled_from(["open", "paid"])),
            invoice_date=day,
            paid_date=draw(st.sampled_from([None, day + timedelta(days=3)])),
        )
        for _ in range(draw(st.integers(min_value=1, max_value=3))):
            out.append(row(**head, product_id=draw(st.sampled_from([1, 2, None])), amount=draw(money), tax=draw(money)))
    return out


DETAIL_SORTS = ["invoice_number", "client_name", "client_id", "invoice_date", "paid_date", "total", "currency"]


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=invoices(), column=st.sampled_from(DETAIL_SORTS), descending=st.booleans())
def test_detail_listing_is_sorted_and_adds_up(data: list[ReportRow], column: str, descending: bool) -> None:
    """A detail listing has each invoice once, ordered by the sort column (nulls last), each total the sum of
    its lines, and its totals per currency those of the grouped report."""
    shown = f"invoice_id,{column}" if column != "total" else "invoice_id,total"
    listing = run(data, columns=f"{shown},total", sort=f"{'-' if descending else ''}{column}", include_totals=True)
    rows_ = listing.rows[:]
    assert sorted(r["invoice_id"] for r in rows_) == sorted({r.invoice_id for r in data})
    values = [r[column] for r in rows_]
    present = [v for v in values if v is not None]
    assert values == present + [None] * (len(values) - len(present))
    assert present == sorted(present, reverse=descending)
    for r in rows_:
        expected = sum(line.amount + line.tax for line in data if line.invoice_id == r["invoice_id"])
        assert abs(r["total"] - expected) < 0.01
    grouped = run(data, aggregation_fields="sum:total", include_totals=True)
    assert listing.totals_by_currency is not None and grouped.totals_by_currency is not None
    by_currency = {t["currency"]: t["total"] for t in grouped.totals_by_currency}
    assert {t["currency"]: t["total"] for t in listing.totals_by_currency} == by_currency


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=rows(), dims=st.lists(st.sampled_from(DIMS), min_size=1, max_size=4, unique=True))
def test_flat_rows_are_distinct_and_add_up(data: list[ReportRow], dims: list[str]) -> None:
    """A flat grouping has one row per combination of keys, and per currency its rows add up to the total."""
    result = run(data, group_fields=",".join(dims), flat=True, include_totals=True, mode="full")
    combos = [tuple(r[d] for d in dims) for r in result.rows]
    assert len(combos) == len(set(combos)) == len({tuple(getattr_key(line, d) for d in dims) for line in data})
    assert result.totals_by_currency is not None
    for total in result.totals_by_currency:
        parts = [
            p["amount"] for r in result.rows for p in r["totals_by_currency"] if p["currency"] == total["currency"]
        ]
        assert abs(sum(parts) - total["amount"]) < 0.01 * max(1, len(parts))


def getattr_key(line: ReportRow, dim: str) -> t.Any:
    """The group key a line has for ``dim`` (a date bucket's key computed as the engine names it)."""
    for field in DATE_FIELDS:
        if dim.startswith(field + "_"):
            day = getattr(line, field)
            if day is None:
                return None
            bucket = dim[len(field) + 1 :]
            if bucket == "week":
                return (day - timedelta(days=day.weekday())).isoformat()
            return day.isoformat()[:7] if bucket == "month" else str(day.year)
    return getattr(line, dim)
