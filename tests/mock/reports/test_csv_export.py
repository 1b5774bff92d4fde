"""reports/csv_export.py: the same rows and totals as CSV."""

from __future__ import annotations

import csv
import io

from campfire_mock.reports import to_csv

from .factory import row, run


def test_header_rows_and_total() -> None:
    """The CSV has a header of column labels, one line per group and a final Total line."""
    result = run([row(amount=10.0), row(client_id=2, client_name="B", amount=2.5)], include_totals=True)
    lines = list(csv.reader(io.StringIO(to_csv(result))))
    assert lines == [
        ["Client", "Client name", "Sum of amount"],
        ["1", "Acme", "10.0"],
        ["2", "B", "2.5"],
        ["Total", "", "12.5"],
    ]


def test_names_with_commas_are_quoted() -> None:
    """A name containing a comma is quoted in the CSV."""
    result = run([row(client_name="Acme, Inc.")])
    assert '"Acme, Inc."' in to_csv(result)


def test_per_currency_lines_carry_pivot_cells() -> None:
    """A mixed-currency row's per-currency lines fill its pivot cells with that currency's values."""
    data = [
        row(invoice_id=1, payment_status="open", currency="USD", amount=3400.0),
        row(invoice_id=2, payment_status="open", currency="EUR", amount=1800.0),
        row(invoice_id=3, payment_status="paid", currency="USD", amount=500.0),
    ]
    result = run(data, pivot_fields="payment_status", shouldPivot=True)
    lines = list(csv.reader(io.StringIO(to_csv(result))))
    assert lines == [
        ["Client", "Client name", "Sum of amount", "open: amount", "paid: amount"],
        ["1", "Acme", "", "", "500.0"],
        ["1 [EUR]", "Acme", "1800.0", "1800.0", ""],
        ["1 [USD]", "Acme", "3900.0", "3400.0", "500.0"],
    ]


def test_nested_rows_are_followed_by_their_sub_rows() -> None:
    """With nested, each row (the subtotal) is followed by its sub-rows, which repeat the parent key."""
    data = [row(invoice_id=1, amount=1.0), row(invoice_id=2, payment_status="paid", amount=2.0)]
    result = run(data, group_fields="client_id,payment_status", nested=True)
    lines = list(csv.reader(io.StringIO(to_csv(result))))
    assert lines == [
        ["Client", "Client name", "Payment status", "Sum of amount"],
        ["1", "Acme", "", "3.0"],
        ["1", "Acme", "open", "1.0"],
        ["1", "Acme", "paid", "2.0"],
    ]


def test_a_bare_carriage_return_in_a_cell_cannot_forge_a_row() -> None:
    """A client name holding a lone CR is quoted, so a CSV reader sees one row with the CR inside its cell."""
    result = run([row(client_name="Acme\r2,Forged,999", amount=10.0)])
    text = to_csv(result)
    lines = list(csv.reader(io.StringIO(text, newline="")))
    assert lines == [["Client", "Client name", "Sum of amount"], ["1", "Acme\r2,Forged,999", "10.0"]]
    assert text.endswith("\n") and "\r\n" not in text


def test_nested_null_group_line_differs_from_its_parent_subtotal() -> None:
    """In a nested CSV the null sub-group's line says Unknown where its parent's subtotal line is empty."""
    rows = [row(product_id=None, product_name=None, amount=4.0), row(amount=6.0)]
    result = run(rows, group_fields="client_id,product_id", nested="true")
    lines = list(csv.reader(io.StringIO(to_csv(result))))
    assert lines == [
        ["Client", "Client name", "Product", "Product name", "Sum of amount"],
        ["1", "Acme", "", "", "10.0"],
        ["1", "Acme", "1", "Widget A", "6.0"],
        ["1", "Acme", "Unknown", "", "4.0"],
    ]
