"""CSV rendering of a ``ReportResult``: a header row, the rows, then a ``Total`` row
when totals were asked for. Pivot columns follow the aggregate columns, sorted."""

from __future__ import annotations

import csv
import io

from .engine import ReportResult


def to_csv(result: ReportResult) -> str:
    header = [c for c in result.columns]
    extra = [
        c
        for c in (result.rows[0] if result.rows else {})
        if c not in header and c not in ("filter_params", "group_id", "id") and "::::" not in c
    ]
    header = header[:1] + extra + header[1:] + result.pivot_result_fields
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in result.rows:
        writer.writerow(["" if row.get(c) is None else row.get(c) for c in header])
    if result.totals is not None:
        writer.writerow(["Total" if i == 0 else result.totals.get(c, "") for i, c in enumerate(header)])
    return buffer.getvalue()
