"""reports/timeframes.py: relative timeframes as first and last day, and as report bounds."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from campfire_mock.errors import ValidationFailed
from campfire_mock.reports import ReportQuery, ReportTable, run_report
from campfire_mock.reports.timeframes import timeframe_range

from .factory import row

TODAY = date(2026, 5, 14)  # a Thursday in Q2


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("today", date(2026, 5, 14), date(2026, 5, 14)),
        ("yesterday", date(2026, 5, 13), date(2026, 5, 13)),
        ("this_week", date(2026, 5, 11), date(2026, 5, 17)),
        ("last_week", date(2026, 5, 4), date(2026, 5, 10)),
        ("this_month", date(2026, 5, 1), date(2026, 5, 31)),
        ("last_month", date(2026, 4, 1), date(2026, 4, 30)),
        ("this_quarter", date(2026, 4, 1), date(2026, 6, 30)),
        ("last_quarter", date(2026, 1, 1), date(2026, 3, 31)),
        ("this_year", date(2026, 1, 1), date(2026, 12, 31)),
        ("last_year", date(2025, 1, 1), date(2025, 12, 31)),
        ("last_30_days", date(2026, 4, 15), date(2026, 5, 14)),
        ("last_1_days", date(2026, 5, 14), date(2026, 5, 14)),
    ],
)
def test_timeframe_ranges(name: str, first: date, last: date) -> None:
    """Each timeframe is a range of whole days around today: weeks from Monday, last N days including today."""
    assert timeframe_range(name, TODAY) == (first, last)


def test_last_quarter_and_month_cross_the_year() -> None:
    """In January, last month is December and last quarter is Q4 of the year before."""
    assert timeframe_range("last_month", date(2026, 1, 9)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert timeframe_range("last_quarter", date(2026, 2, 9)) == (date(2025, 10, 1), date(2025, 12, 31))


@pytest.mark.parametrize("name", ["next_week", "last_0_days", "last_x_days", "this_decade", ""])
def test_unknown_timeframes_are_none(name: str) -> None:
    """Names outside the list (and zero days) are not timeframes."""
    assert timeframe_range(name, TODAY) is None


def test_timeframe_bounds_dates_and_instants_on_the_given_today() -> None:
    """due_date_timeframe selects by due date, paid_at_timeframe by the paid instant (whole days, UTC)."""
    rows = [
        row(invoice_id=1, due_date=date(2026, 4, 30), paid_at=datetime(2026, 5, 13, 23, 59, tzinfo=UTC)),
        row(invoice_id=2, client_id=2, client_name="B", due_date=date(2026, 5, 2)),
    ]
    by_due = ReportQuery.from_params({"due_date_timeframe": "last_month", "group_fields": "invoice_id"}, today=TODAY)
    assert (by_due.due_start_date, by_due.due_end_date) == (date(2026, 4, 1), date(2026, 4, 30))
    paid = ReportQuery.from_params({"paid_at_timeframe": "yesterday"}, today=TODAY)
    assert paid.paid_at_gte == int(datetime(2026, 5, 13, tzinfo=UTC).timestamp())
    assert paid.paid_at_lte == int(datetime(2026, 5, 14, tzinfo=UTC).timestamp()) - 1
    table = ReportTable.from_rows(rows)
    assert [r["invoice_id"] for r in run_report(table, by_due).rows] == [1]
    assert [r["client_id"] for r in run_report(table, paid).rows] == [1]


def test_timeframe_and_explicit_bounds_both_apply() -> None:
    """An explicit bound inside the timeframe narrows it further."""
    q = ReportQuery.from_params({"invoice_date_timeframe": "this_month", "start_date": "2026-05-10"}, today=TODAY)
    assert (q.start_date, q.end_date) == (date(2026, 5, 10), date(2026, 5, 31))


def test_unknown_timeframe_is_a_400_listing_the_allowed_ones() -> None:
    """A timeframe outside the list is a 400 that names the parameter and lists the values."""
    with pytest.raises(ValidationFailed) as bad:
        ReportQuery.from_params({"created_at_timeframe": "fortnight"}, today=TODAY)
    assert bad.value.fields == {
        "created_at_timeframe": [
            "Unknown timeframe 'fortnight'. Allowed: today, yesterday, this_week, last_week, this_month, last_month,"
            " this_quarter, last_quarter, this_year, last_year, last_<N>_days."
        ]
    }
