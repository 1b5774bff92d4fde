"""Property-based checks: for random data and queries, groups add up to the total and
pivot cells add up to their row."""

from __future__ import annotations

import os
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from campfire_mock.reports.query import BASE_DIMENSIONS, DATE_FIELDS
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
    """For random data and any group and pivot dimensions, a row's pivot cells add up to its amount (per currency when
    mixed)."""
    result = run(data, group_fields=dim, pivot_fields=pivot, shouldPivot=True, mode="full")
    for r in result.rows:
        cells = [v for k, v in r.items() if k.endswith("::::amount")]
        whole = r["amount"] if not r.get("mixed_currency") else sum(p["amount"] for p in r["totals_by_currency"])
        assert abs(sum(cells) - whole) < 0.01 * max(1, len(cells))
