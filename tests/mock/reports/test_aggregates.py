"""reports/aggregates.py: sum, avg, min, max, count."""

from __future__ import annotations

from .factory import row, run

ROWS = [
    row(invoice_id=1, amount=100.0),
    row(invoice_id=1, amount=50.0),
    row(invoice_id=2, amount=30.0),
    row(invoice_id=3, client_id=2, client_name="Other", amount=7.0),
]


def test_each_function() -> None:
    """For client 1: lines 100 and 50 on invoice 1, 30 on invoice 2. avg, min and max share the invoice as
    their row basis (invoice sums 150 and 30), so the average lies between them."""
    result = run(ROWS, aggregation_fields="sum:amount,avg:amount,min:amount,max:amount,count:invoice_id")
    first = result.rows[0]
    assert (first["amount"], first["avg_amount"], first["min_amount"], first["max_amount"], first["count"]) == (
        180.0,
        90.0,
        30.0,
        150.0,
        2,
    )


def test_avg_never_leaves_min_and_max() -> None:
    """With many lines on one invoice, a per-line max (the old basis) fell below the per-invoice average."""
    rows = [row(invoice_id=1, amount=10.0) for _ in range(10)] + [row(invoice_id=2, amount=40.0)]
    first = run(rows, aggregation_fields="avg:amount,min:amount,max:amount").rows[0]
    assert first["min_amount"] <= first["amount"] <= first["max_amount"]
    assert (first["min_amount"], first["amount"], first["max_amount"]) == (40.0, 70.0, 100.0)


def test_columns_are_named_by_field() -> None:
    """sum:amount is the column amount, as in Campfire's example."""
    result = run(ROWS, aggregation_fields="sum:amount,sum:tax")
    assert {"amount", "tax"} <= set(result.rows[0])


def test_sums_round_to_cents() -> None:
    """A sum is rounded to cents (0.1 + 0.2 is 0.3, not 0.30000000000000004)."""
    result = run([row(amount=0.1), row(amount=0.2)])
    assert result.rows[0]["amount"] == 0.3


def test_empty_data_gives_no_rows_and_zero_totals() -> None:
    """A report over no data has no rows, a count of 0 and zero totals."""
    result = run([], include_totals=True, aggregation_fields="sum:amount,count:invoice_id")
    assert (result.rows, result.count, result.totals) == ([], 0, {"amount": 0.0, "count": 0})
