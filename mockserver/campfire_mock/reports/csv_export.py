"""CSV rendering of a ``ReportResult``: the column labels as the header row, every
result row (not just one page), then a ``Total`` row when totals were asked for."""

from __future__ import annotations

import csv
import io

from .engine import ReportResult


def to_csv(result: ReportResult) -> str:
    keys = [c["key"] for c in result.columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c["label"] for c in result.columns])
    for row in result.rows:
        writer.writerow(["" if row.get(k) is None else row[k] for k in keys])
    if result.totals is not None:
        writer.writerow(["Total" if i == 0 else result.totals.get(k, "") for i, k in enumerate(keys)])
    return buffer.getvalue()
