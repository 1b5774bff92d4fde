"""CSV rendering of a ``ReportResult``: the column labels as the header row, every
result row (not just one page), then a ``Total`` row when totals were asked for.

Text cells are made safe to open in a spreadsheet, as OWASP advises against CSV
injection: a cell (or any line within one) that starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return gets a leading ``'``. Numbers are written as they are.
"""

from __future__ import annotations

import csv
import io
import re
import typing as t

from .engine import ReportResult

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_AFTER_BREAK = re.compile(r"([\r\n])([=+\-@\t])")


def safe_cell(value: t.Any) -> t.Any:
    """A value for a CSV cell: text that a spreadsheet would run as a formula is escaped."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    return _FORMULA_AFTER_BREAK.sub(r"\1'\2", value)


def to_csv(result: ReportResult) -> str:
    keys = [c["key"] for c in result.columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([safe_cell(c["label"]) for c in result.columns])
    for row in result.rows:
        writer.writerow([safe_cell(row.get(k)) for k in keys])
    if result.totals is not None:
        writer.writerow(["Total" if i == 0 else safe_cell(result.totals.get(k)) for i, k in enumerate(keys)])
    return buffer.getvalue()
