"""reports/detail.py: one row per invoice with chosen columns, sorted, paged, totalled, exported."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest

from campfire_mock.errors import ValidationFailed
from campfire_mock.reports import ReportQuery, to_csv

from .factory import row, run

ROWS = [
    row(invoice_id=1, invoice_number="INV-1", client_id=1, product_id=1, amount=100.0, tax=10.0, discount=5.0),
    row(invoice_id=1, invoice_number="INV-1", client_id=1, product_id=2, amount=50.0, tax=0.0),
    row(
        invoice_id=2,
        invoice_number="INV-2",
        client_id=2,
        client_name=None,
        amount=300.0,
        payment_status="paid",
        paid_date=date(2026, 2, 1),
        paid_at=datetime(2026, 2, 1, 9, 30, tzinfo=UTC),
    ),
    row(invoice_id=3, invoice_number="INV-3", client_id=1, currency="EUR", amount=70.0, tax=7.0),
]


def test_detail_lists_each_invoice_once_with_its_columns() -> None:
    """columns= answers one row per invoice: its fields, and its lines' money added up (total = amount + tax -
    discount)."""
    result = run(ROWS, columns="invoice_number,client_name,amount,tax,discount,total,paid_date,paid_at")
    assert result.count == 3
    first = result.rows[0]
    assert {k: first[k] for k in ("invoice_number", "client_name", "amount", "tax", "discount", "total")} == {
        "invoice_number": "INV-1",
        "client_name": "Acme",
        "amount": 150.0,
        "tax": 10.0,
        "discount": 5.0,
        "total": 155.0,
    }
    assert (first["id"], first["filter_params"]) == (1, {"invoice_id": 1})
    assert (result.rows[1]["paid_date"], result.rows[1]["paid_at"]) == ("2026-02-01", "2026-02-01T09:30:00+0000")
    assert first["paid_date"] is None
    assert [c["key"] for c in result.columns][:2] == ["invoice_number", "client_name"]
    assert {c["kind"] for c in result.columns} == {"field"}


def test_detail_sorts_by_any_column_nulls_last_either_way() -> None:
    """sort=-total orders by total descending; a null client name sorts last ascending and descending."""
    by_total = run(ROWS, columns="invoice_number,total", sort="-total").rows
    assert [r["invoice_number"] for r in by_total] == ["INV-2", "INV-1", "INV-3"]
    for direction in ("", "-"):
        by_name = run(ROWS, columns="invoice_number,client_name", sort=f"{direction}client_name").rows
        assert by_name[-1]["invoice_number"] == "INV-2"
    result = run(ROWS, columns="total", sort="-total")
    assert result.columns[0]["sorted"] == {"order": "desc", "priority": 0}


def test_detail_adds_up_to_the_grouped_row_it_drills_into() -> None:
    """group_keys naming every level lists that group's invoices, and they add up to the group's row."""
    grouped = run(ROWS, group_fields="client_id", currency="USD").rows
    assert len(grouped) == 2
    for group in grouped:
        key = str(group["client_id"])
        listing = run(ROWS, group_fields="client_id", group_keys=key, currency="USD", columns="amount").rows
        assert round(sum(r["amount"] for r in listing), 2) == group["amount"]
        assert all(r["filter_params"]["invoice__client_id"] == group["client_id"] for r in listing)


def test_detail_with_a_line_filter_counts_only_the_matching_lines() -> None:
    """product_id=2 lists invoice 1 with the amount of its product-2 line only (as the grouped report counts it)."""
    rows = run(ROWS, columns="invoice_number,amount", product_id="2").rows
    assert [(r["invoice_number"], r["amount"]) for r in rows] == [("INV-1", 50.0)]


def test_detail_totals_never_add_currencies() -> None:
    """include_totals gives the money columns per currency; the mixed grand total is null."""
    result = run(ROWS, columns="invoice_number,total", include_totals="true")
    assert result.totals is not None
    assert (result.totals["total"], result.totals["count"], result.totals["mixed_currency"]) == (None, 3, True)
    assert result.totals_by_currency == [
        {"currency": "EUR", "total": 77.0, "count": 1},
        {"currency": "USD", "total": 455.0, "count": 2},
    ]


def test_detail_csv_has_the_chosen_columns_and_totals_per_currency() -> None:
    """The CSV header is the chosen columns' labels, one line per invoice, then one total line per currency."""
    result = run(ROWS, columns="invoice_number,total", include_totals="true", mode="csv")
    lines = list(csv.reader(io.StringIO(to_csv(result))))
    assert lines == [
        ["Number", "Total"],
        ["INV-1", "155.0"],
        ["INV-2", "300.0"],
        ["INV-3", "77.0"],
        ["Total [EUR]", "77.0"],
        ["Total [USD]", "455.0"],
    ]


def test_detail_pages_are_built_from_one_sort() -> None:
    """A slice of the rows is that page of the sorted listing; reading past the end is an IndexError."""
    rows = run(ROWS, columns="invoice_number", sort="-invoice_number").rows
    assert [r["invoice_number"] for r in rows[1:3]] == ["INV-2", "INV-1"]
    assert rows[-1]["invoice_number"] == "INV-1"
    with pytest.raises(IndexError):
        rows[3]


def test_detail_rejects_unknown_columns_and_other_shapes() -> None:
    """An unknown column is a 400 listing the allowed ones; columns with nested or a pivot is a 400 too."""
    with pytest.raises(ValidationFailed) as bad:
        ReportQuery.from_params({"columns": "invoice_number,colour"})
    assert bad.value.fields["columns"][0].startswith("Unknown column(s) colour. Allowed: invoice_id, invoice_number")
    with pytest.raises(ValidationFailed) as both:
        ReportQuery.from_params({"columns": "total", "nested": "true", "group_fields": "client_id,currency"})
    assert both.value.fields == {"columns": ["Give one of nested, flat and columns, not nested and columns."]}
    with pytest.raises(ValidationFailed) as pivoted:
        ReportQuery.from_params({"columns": "total", "pivot_fields": "product_id", "shouldPivot": "true"})
    assert pivoted.value.fields == {"columns": ["A detail listing (columns) has no pivot: leave out shouldPivot."]}
