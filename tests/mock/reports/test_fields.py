"""reports/fields.py is the report vocabulary, and reports/ stays a pure engine."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import campfire_mock.reports as reports
from campfire_mock.reports.fields import DATE_FIELDS, DIMENSIONS, MEASURES, date_dimension
from campfire_mock.reports.rows import LINE, TableBuilder

PACKAGE = Path(reports.__file__).parent


def test_reports_import_only_errors_limits_and_numpy() -> None:
    """Outside the standard library, the engine imports only the mock's errors and limits, and numpy."""
    found = set()
    for source in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 2:
                found.add(f"..{node.module}")
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
    outside = {name for name in found if name not in sys.stdlib_module_names}
    assert outside == {"..errors", "..limits", "numpy"}


def test_every_date_bucket_is_a_dimension() -> None:
    """Each report date comes in five buckets, each a dimension that names its date."""
    buckets = [d for d in DIMENSIONS if date_dimension(d)]
    assert len(buckets) == 5 * len(DATE_FIELDS)
    assert date_dimension("paid_date_month") == ("paid_date", "month") and date_dimension("amount") is None
    assert "amount" in MEASURES


def test_line_values_follow_the_line_layout() -> None:
    """TableBuilder.line_values lays a line out in LINE's order, the order the table is assembled in."""
    builder = TableBuilder()
    values = builder.line_values((7, "Widget"), (None, None), 10.0, 4.0, 6.0, 1.0, 2.0)
    assert ("product_id", "department_id", *MEASURES) == LINE
    assert values == (0.0, 0.0, 10.0, 4.0, 6.0, 1.0, 2.0, 0.0, 11.0) and builder.keys["product_id"] == [7]
