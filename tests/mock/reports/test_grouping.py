"""reports/grouping.py: dimensions and date buckets."""

from __future__ import annotations

from datetime import date

import pytest

from campfire_mock.reports import ReportTable
from campfire_mock.reports.grouping import bucket_range, dimension

from .factory import row, run


@pytest.mark.parametrize(
    ("bucket", "key", "first", "last"),
    [
        ("day", "2026-02-28", date(2026, 2, 28), date(2026, 2, 28)),
        ("week", "2026-02-23", date(2026, 2, 23), date(2026, 3, 1)),
        ("month", "2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("quarter", "2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
        ("year", "2026", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_bucket_range(bucket: str, key: str, first: date, last: date) -> None:
    """A bucket key maps back to the first and last day of its day, week, month (leap February included), quarter or
    year."""
    assert bucket_range(key, bucket) == (first, last)


@pytest.mark.parametrize(
    ("dim", "key"),
    [
        ("invoice_date_day", "2026-03-04"),
        ("invoice_date_week", "2026-03-02"),
        ("invoice_date_month", "2026-03"),
        ("invoice_date_quarter", "2026-Q1"),
        ("invoice_date_year", "2026"),
    ],
)
def test_date_bucket_keys(dim: str, key: str) -> None:
    """2026-03-04 (a Wednesday) falls in the bucket each key names."""
    table = ReportTable.from_rows([row(invoice_date=date(2026, 3, 4))])
    assert dimension(table, dim).keys == [key]


def test_nulls_group_together_and_sort_last() -> None:
    """Lines without a product form one group, keyed null, after the others."""
    result = run(
        [
            row(product_id=None, product_name=None),
            row(product_id=2, product_name="B"),
            row(product_id=None, product_name=None, amount=5.0),
        ],
        group_fields="product_id",
    )
    assert [(r["product_id"], r["amount"]) for r in result.rows] == [(2, 100.0), (None, 105.0)]


def test_unpaid_invoices_have_no_paid_bucket() -> None:
    """Grouped by paid month, an unpaid invoice falls in the null group, after the dated ones."""
    result = run([row(paid_date=date(2026, 1, 9)), row(invoice_id=2)], group_fields="paid_date_month")
    assert [r["paid_date_month"] for r in result.rows] == ["2026-01", None]


def test_id_dimension_comes_with_its_name() -> None:
    """Grouping by an id dimension also gives the name that goes with the id."""
    result = run([row()], group_fields="client_id")
    assert (result.rows[0]["client_id"], result.rows[0]["client_name"]) == (1, "Acme")
