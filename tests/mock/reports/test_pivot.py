"""reports/pivot.py: pivot columns, their names and mappings."""

from __future__ import annotations

import pytest

from .factory import row, run

ROWS = [
    row(
        client_id=42,
        client_name="Acme Corp",
        product_id=1,
        product_name="Widget A",
        amount=25000.0,
        amount_paid=16000.0,
    ),
    row(
        client_id=42,
        client_name="Acme Corp",
        product_id=2,
        product_name="Widget B",
        amount=20000.0,
        amount_paid=14000.0,
        invoice_id=2,
    ),
    row(client_id=7, client_name="Other", product_id=None, product_name=None, amount=10.0, invoice_id=3),
]


def test_campfire_example_shape() -> None:
    """Grouped by client with a product pivot, as in Campfire's documented example."""
    result = run(
        ROWS,
        group_fields="client_id",
        pivot_fields="product_id",
        shouldPivot=True,
        aggregation_fields="sum:amount,sum:amount_paid",
    )
    acme = next(r for r in result.rows if r["client_id"] == 42)
    assert acme["Widget A::::amount"] == 25000.0
    assert acme["Widget B::::amount"] == 20000.0
    assert result.pivot_result_fields == sorted(result.pivot_result_fields)
    assert "Widget A::::amount_paid" in result.pivot_result_fields
    assert result.pivot_value_mappings["product_id"]["Widget A"] == 1


def test_cells_add_up_to_the_row() -> None:
    """The pivot cells of a row add up to the row's amount."""
    result = run(ROWS, group_fields="client_id", pivot_fields="product_id", shouldPivot=True)
    for r in result.rows:
        cells = [v for k, v in r.items() if k.endswith("::::amount")]
        assert round(sum(cells), 2) == r["amount"]


def test_missing_pivot_value_is_labelled_none() -> None:
    """Rows without a value for the pivot field go in a ``(none)`` column, which maps to null."""
    result = run(ROWS, group_fields="client_id", pivot_fields="product_id", shouldPivot=True)
    other = next(r for r in result.rows if r["client_id"] == 7)
    assert other["(none)::::amount"] == 10.0
    assert result.pivot_value_mappings["product_id"]["(none)"] is None


def test_pivot_off_without_should_pivot() -> None:
    """pivot_fields without shouldPivot gives no pivot columns."""
    result = run(ROWS, group_fields="client_id", pivot_fields="product_id")
    assert result.pivot_result_fields == [] and not any("::::" in k for k in result.rows[0])


MIXED = [
    row(invoice_id=1, payment_status="open", currency="USD", amount=3400.0, amount_paid=0.0),
    row(invoice_id=2, payment_status="open", currency="EUR", amount=1800.0, amount_paid=0.0),
    row(invoice_id=3, payment_status="paid", currency="USD", amount=500.0, amount_paid=500.0),
]


@pytest.mark.parametrize("func", ["sum", "avg", "min", "max"])
def test_a_cell_mixing_currencies_is_null_with_each_currency_beside_it(func: str) -> None:
    """A pivot cell over USD and EUR invoices has no value; the row's per-currency entries carry its value
    in each currency, and a single-currency cell keeps its own."""
    result = run(
        MIXED,
        group_fields="client_id",
        pivot_fields="payment_status",
        shouldPivot=True,
        aggregation_fields=f"{func}:amount,count:invoice_id",
    )
    (only,) = result.rows
    assert only["open::::amount"] is None and only["mixed_currency"] is True
    assert only["open::::count"] == 2  # counts still add up
    assert only["paid::::amount"] == 500.0
    parts = {p["currency"]: p for p in only["totals_by_currency"]}
    assert (parts["USD"]["open::::amount"], parts["EUR"]["open::::amount"]) == (3400.0, 1800.0)
    assert parts["USD"]["paid::::amount"] == 500.0 and "paid::::amount" not in parts["EUR"]


def test_min_and_max_of_cells_count_every_invoice() -> None:
    """min/max of a pivot cell see all of its invoices, also when the cells after it are empty."""
    data = [
        row(invoice_id=1, client_id=1, product_id=1, amount=5.0),
        row(invoice_id=2, client_id=1, product_id=2, product_name="Widget B", amount=9.0),
        row(invoice_id=3, client_id=2, product_id=1, amount=1.0),
        row(invoice_id=4, client_id=2, product_id=1, amount=7.0),
    ]
    result = run(
        data,
        group_fields="client_id",
        pivot_fields="product_id",
        shouldPivot=True,
        aggregation_fields="max:amount,min:amount",
    )
    second = result.rows[1]
    assert (second["Widget A::::amount"], second["Widget A::::min_amount"]) == (7.0, 1.0)
