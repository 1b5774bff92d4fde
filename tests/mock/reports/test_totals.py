"""reports/totals.py: grand totals and totals per currency."""

from __future__ import annotations

from .factory import row, run

ROWS = [
    row(amount=10.0, currency="USD"),
    row(amount=5.0, currency="EUR", client_id=2, client_name="B"),
    row(amount=1.5, currency="USD"),
]


def test_totals_cover_all_rows_not_one_page() -> None:
    """Totals add up every row of the report, not just the page returned."""
    usd = [r for r in ROWS if r.currency == "USD"]
    result = run(usd, include_totals=True, limit=1)
    assert result.totals == {"amount": 11.5}


def test_a_total_never_adds_currencies() -> None:
    """The issue's rule: amounts in different currencies are not summed; the total says so and
    ``totals_by_currency`` carries the per-currency values."""
    result = run(ROWS, include_totals=True, limit=1)
    assert result.totals == {"amount": None, "mixed_currency": True}
    assert result.totals_by_currency == [{"currency": "EUR", "amount": 5.0}, {"currency": "USD", "amount": 11.5}]


def test_totals_per_currency_stay_apart() -> None:
    """totals_by_currency gives one total per currency, sorted by currency."""
    result = run(ROWS, include_totals=True)
    assert result.totals_by_currency == [{"currency": "EUR", "amount": 5.0}, {"currency": "USD", "amount": 11.5}]


def test_no_totals_unless_asked() -> None:
    """A report has no totals unless include_totals is given."""
    assert run(ROWS).totals is None


def test_each_group_has_its_totals_per_currency() -> None:
    """A group sold in two currencies shows each apart (nested grouping with per-currency totals)."""
    rows = [
        row(product_id=1, amount=10.0, currency="USD"),
        row(product_id=1, amount=7.0, currency="EUR"),
        row(product_id=2, product_name="B", amount=1.0, currency="USD"),
    ]
    result = run(rows, group_fields="product_id", include_totals=True)
    assert result.rows[0]["totals_by_currency"] == [
        {"currency": "EUR", "amount": 7.0},
        {"currency": "USD", "amount": 10.0},
    ]
    assert result.rows[1]["totals_by_currency"] == [{"currency": "USD", "amount": 1.0}]
    assert (result.rows[0]["amount"], result.rows[0]["mixed_currency"]) == (None, True)
    assert (result.rows[1]["amount"], "mixed_currency" in result.rows[1]) == (1.0, False)
    # Without totals asked for, a mixed group still gets its per-currency values (not its mixed sum).
    plain = run(rows, group_fields="product_id").rows
    assert plain[0]["amount"] is None and plain[0]["totals_by_currency"] == result.rows[0]["totals_by_currency"]
    assert "totals_by_currency" not in run(rows[2:], group_fields="product_id").rows[0]


def test_totals_row_totals_each_pivot_column() -> None:
    """With a pivot, totals_row has each pivot column's total; a column in two currencies is null there and
    given per currency in totals_by_currency."""
    rows = [
        row(product_id=1, product_name="A", amount=10.0, currency="USD"),
        row(client_id=2, client_name="B", product_id=1, product_name="A", amount=4.0, currency="USD"),
        row(client_id=2, client_name="B", product_id=2, product_name="W", amount=3.0, currency="USD"),
        row(client_id=3, client_name="C", product_id=2, product_name="W", amount=2.0, currency="EUR"),
    ]
    result = run(rows, pivot_fields="product_id", shouldPivot="true", include_totals="true")
    assert result.totals is not None and result.totals_by_currency is not None
    assert result.totals["A::::amount"] == 14.0
    assert result.totals["W::::amount"] is None
    by_currency = {p["currency"]: p for p in result.totals_by_currency}
    assert (by_currency["USD"]["A::::amount"], by_currency["USD"]["W::::amount"]) == (14.0, 3.0)
    assert by_currency["EUR"]["W::::amount"] == 2.0 and "A::::amount" not in by_currency["EUR"]
    single = run(rows[:3], pivot_fields="product_id", shouldPivot="true", include_totals="true")
    assert single.totals == {"amount": 17.0, "A::::amount": 14.0, "W::::amount": 3.0}
