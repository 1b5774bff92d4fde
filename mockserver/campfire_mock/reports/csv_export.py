"""CSV rendering of a ``ReportResult``: the column labels as the header row, every
result row (not just one page), then a ``Total`` row when totals were asked for.

A group's null key is written ``Unknown`` (its JSON ``label``), so in a nested CSV a sub-row for
the null group is never mistaken for its parent's subtotal line, whose cell for that level is empty.

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
from .fields import NULL_LABEL

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
    amount cells empty and is followed by one line per currency, its own group's cell suffixed ``[USD]``.
    With ``nested``, each row is followed by its sub-rows (the row itself is their subtotal)."""
    keys = [c["key"] for c in result.columns]
    buffer = _Lines()
    writer = csv.writer(buffer, lineterminator="\r\n")  # a cell holding CR or LF is quoted either way
    writer.writerow([safe_cell(c["label"]) for c in result.columns])
    computed = {c["key"] for c in result.columns if c["kind"] in ("aggregate", "pivot")}
    dimensions = {c["key"] for c in result.columns if c["kind"] == "dimension"}

    def cell(row: dict[str, t.Any], k: str) -> t.Any:
        if k in dimensions and k in row and row[k] is None:
            return NULL_LABEL
        return safe_cell(row.get(k))

    def write(row: dict[str, t.Any], own: str) -> None:
        writer.writerow([cell(row, k) for k in keys])
        if not row.get("mixed_currency"):
            return
        for part in row.get("totals_by_currency") or []:
            cells = []
            for k in keys:
                if k == own:
                    cells.append(f"{'' if row.get(k) is None else row.get(k)} [{part['currency']}]")
                else:
                    cells.append(safe_cell(part.get(k)) if k in computed else cell(row, k))
            writer.writerow(cells)

    for row in result.rows:
        write(row, result.levels[0] if result.levels else keys[0])
        for sub in row.get("sub_rows") or []:
            write(sub, result.levels[-1])
    if result.totals is not None:
        if result.totals.get("mixed_currency") and result.totals_by_currency:
            for part in result.totals_by_currency:
                writer.writerow([f"Total [{part['currency']}]", *(safe_cell(part.get(k)) for k in keys[1:])])
        else:
            writer.writerow(["Total" if i == 0 else safe_cell(result.totals.get(k)) for i, k in enumerate(keys)])
    return buffer.getvalue()
