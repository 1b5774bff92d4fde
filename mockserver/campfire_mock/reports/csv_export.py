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


class _Lines(io.StringIO):
    """Rows as the csv writer writes them (one call per row), each ending in LF instead of CRLF."""

    def write(self, row: str) -> int:
        return super().write(row[:-2] + "\n" if row.endswith("\r\n") else row)


def to_csv(result: ReportResult) -> str:
    """Amounts in different currencies are never added: a row (or the total) that mixes currencies has its
    amount cells empty and is followed by one line per currency, its first cell suffixed ``[USD]``."""
    keys = [c["key"] for c in result.columns]
    buffer = _Lines()
    writer = csv.writer(buffer, lineterminator="\r\n")  # a cell holding CR or LF is quoted either way
    writer.writerow([safe_cell(c["label"]) for c in result.columns])
    for row in result.rows:
        writer.writerow([safe_cell(row.get(k)) for k in keys])
        if row.get("mixed_currency"):
            for part in row.get("totals_by_currency") or []:
                first = f"{'' if row.get(keys[0]) is None else row.get(keys[0])} [{part['currency']}]"
                writer.writerow([safe_cell(first), *(safe_cell(part.get(k)) for k in keys[1:])])
    if result.totals is not None:
        if result.totals.get("mixed_currency") and result.totals_by_currency:
            for part in result.totals_by_currency:
                writer.writerow([f"Total [{part['currency']}]", *(safe_cell(part.get(k)) for k in keys[1:])])
        else:
            writer.writerow(["Total" if i == 0 else safe_cell(result.totals.get(k)) for i, k in enumerate(keys)])
    return buffer.getvalue()
