"""Bank reconciliation reports (``/coa/api/v2/reconciliation``): "cannot create overlapping date ranges
for the same account and entity".

Two live reports of the same account and entity overlap when their statement date ranges share a day
(a range missing an end runs on; missing a start, it runs from the beginning). A create or an update that
would overlap another report is a 400 naming the report it collides with, and nothing changes.
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


def _span(row: Row) -> tuple[date, date]:
    def day(name: str, default: date) -> date:
        try:
            return as_date(row.get(name)) or default
        except ValueError:
            return default

    return day("statement_starting_date", date.min), day("statement_ending_date", date.max)


def check_overlap(ws: Workspace, row: Row) -> None:
    """400 if ``row`` (just stored) overlaps another live report of its account and entity."""
    start, end = _span(row)
    if start > end:
        raise ValidationFailed.field("statement_ending_date", "The statement ends before it starts.")
    account, entity = rel_id(row.get("account")), rel_id(row.get("entity"))
    for key, other in sorted(dict.items(ws.table(KIND))):
        if key == row["id"] or is_deleted(other):
            continue
        if rel_id(other.get("account")) != account or rel_id(other.get("entity")) != entity:
            continue
        other_start, other_end = _span(other)
        if start <= other_end and other_start <= end:
            raise ValidationFailed.field(
                "non_field_errors",
                f"Reconciliation {key} already covers {other.get('statement_starting_date')} to "
                f"{other.get('statement_ending_date')} for this account and entity; date ranges may not overlap.",
            )


__all__ = ["KIND", "check_overlap"]
