"""reports/filters.py: which rows a query selects."""

from __future__ import annotations

from datetime import date

from .factory import row, run

ROWS = [
    row(
        invoice_id=1,
        client_id=1,
        currency="USD",
        payment_status="paid",
        invoice_date=date(2026, 1, 1),
        paid_date=date(2026, 1, 20),
    ),
    row(
        invoice_id=2,
        client_id=2,
        client_name="B",
        currency="EUR",
        payment_status="open",
        invoice_date=date(2026, 2, 1),
        due_date=date(2026, 3, 1),
    ),
    row(
        invoice_id=3,
        client_id=3,
        client_name="C",
        currency="USD",
        payment_status="voided",
        invoice_date=date(2026, 3, 1),
        product_id=None,
    ),
]


def invoices(**params: object) -> list[int]:
    result = run(ROWS, group_fields="invoice_id", **params)
    return [r["invoice_id"] for r in result.rows]


def test_id_lists() -> None:
    """A comma-separated id list selects the invoices of any of those clients."""
    assert invoices(client_id="1,3") == [1, 3]


def test_null_selects_missing_values() -> None:
    """``null`` as a filter value selects the rows that have no value for that field."""
    assert invoices(product_id="null") == [3]


def test_currency_and_status_lists() -> None:
    """Currency and payment-status filters combine, a status list selecting any of its statuses."""
    assert invoices(currency="USD", payment_status="paid,voided") == [1, 3]


def test_start_and_end_bound_invoice_date_inclusively() -> None:
    """start_date and end_date select invoice dates between them, both ends included."""
    assert invoices(start_date="2026-02-01", end_date="2026-03-01") == [2, 3]


def test_due_and_paid_ranges() -> None:
    """Due-date and paid-date ranges filter on their own dates, and a null paid start selects unpaid invoices."""
    assert invoices(due_start_date="2026-02-15") == [2]
    assert invoices(paid_start_date="2026-01-01", paid_end_date="2026-01-31") == [1]
    assert invoices(paid_start_date="null") == [2, 3]
