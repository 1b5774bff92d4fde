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
