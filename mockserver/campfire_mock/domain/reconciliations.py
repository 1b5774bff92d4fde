"""Bank reconciliation reports (``/coa/api/v2/reconciliation``): "cannot create overlapping date ranges
for the same account and entity".

Two live reports of the same account and entity overlap when their statement date ranges share a day.
A report without both dates has no range yet and overlaps nothing. A create or an update that would
overlap another report is a 400 naming the report it collides with, and nothing changes.
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..errors import ValidationFailed
from .generic import is_deleted
from .values import as_date, rel_id
from .workspace import Workspace

Row = dict[str, t.Any]
KIND = "/coa/api/v2/reconciliation"


def span(row: Row) -> tuple[date, date] | None:
    """The report's statement range, or ``None`` without both dates."""
    try:
        start, end = as_date(row.get("statement_starting_date")), as_date(row.get("statement_ending_date"))
    except ValueError:
        return None
    return None if start is None or end is None else (start, end)


def check_overlap(ws: Workspace, row: Row) -> None:
    """400 if ``row`` (just stored) overlaps another live report of its account and entity."""
    found = span(row)
    if found is None:
        return
    start, end = found
    if start > end:
        raise ValidationFailed.field("statement_ending_date", "The statement ends before it starts.")
    account, entity = rel_id(row.get("account")), rel_id(row.get("entity"))
    for key, other in sorted(dict.items(ws.table(KIND))):
        if key == row["id"] or is_deleted(other):
            continue
        if rel_id(other.get("account")) != account or rel_id(other.get("entity")) != entity:
            continue
        other_span = span(other)
        if other_span is not None and start <= other_span[1] and other_span[0] <= end:
            raise ValidationFailed.field(
                "non_field_errors",
                f"Reconciliation {key} already covers {other.get('statement_starting_date')} to "
                f"{other.get('statement_ending_date')} for this account and entity; date ranges may not overlap.",
            )


__all__ = ["KIND", "check_overlap", "span"]
