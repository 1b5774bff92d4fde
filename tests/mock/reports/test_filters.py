"""reports/filters.py: which rows a query selects."""

from __future__ import annotations

from datetime import UTC, date, datetime

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


STAMPED = [
    row(
        invoice_id=1,
        client_id=1,
        paid_date=date(2026, 3, 5),
        paid_at=datetime(2026, 3, 5, 9, 30, tzinfo=UTC),
        updated_at=datetime(2026, 3, 5, 9, 30, tzinfo=UTC),
    ),
    row(
        invoice_id=2,
        client_id=2,
        paid_date=date(2026, 3, 6),
        paid_at=datetime(2026, 3, 6, 23, 0, tzinfo=UTC),
        updated_at=datetime(2026, 3, 7, 8, 0, tzinfo=UTC),
    ),
    row(invoice_id=3, client_id=3, paid_at=None, updated_at=datetime(2026, 1, 1, tzinfo=UTC)),
]


def stamped(**params: object) -> list[int]:
    return [r["invoice_id"] for r in run(STAMPED, group_fields="invoice_id", **params).rows]


def test_paid_at_bounds_are_inclusive_instants() -> None:
    """paid_at_gte/lte select invoices paid within the bounds; an unpaid invoice is outside any bound."""
    assert stamped(paid_at_gte="2026-03-05T09:30:00Z") == [1, 2]
    assert stamped(paid_at_gte="2026-03-05T09:30:01Z") == [2]
    assert stamped(paid_at_lte="2026-03-05T09:30:00+00:00") == [1]
    assert stamped(paid_at_gte="2020-01-01T00:00:00Z") == [1, 2]


def test_offsets_and_bare_dates() -> None:
    """An offset moves the instant (Campfire's +0000 too), no offset means UTC, and a bare date is the whole day."""
    assert stamped(paid_at_lte="2026-03-06T23:30:00+0100") == [1]  # 22:30 UTC, before invoice 2's 23:00
    assert stamped(paid_at_lte="2026-03-06T23:00:00") == [1, 2]
    assert stamped(paid_at_gte="2026-03-06", paid_at_lte="2026-03-06") == [2]


def test_updated_at_bounds() -> None:
    """updated_at_gte/lte bound when each invoice last changed."""
    assert stamped(updated_at_gte="2026-03-01T00:00:00Z") == [1, 2]
    assert stamped(updated_at_lte="2026-03-05T23:59:59Z") == [1, 3]
