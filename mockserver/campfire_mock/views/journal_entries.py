"""Journal entries (``/coa/api/journal_entry``): the ones invoices, payments and credit memos post are
listed and retrieved beside the stored ones, and refused to writes (``domain/journal.py``)."""

from __future__ import annotations

import typing as t

from ..domain.journal import posted_entries
from ..domain.workspace import Workspace
from .generic import ResourceView

Body = dict[str, t.Any]


class JournalEntryView(ResourceView):
    collections = ("/coa/api/journal_entry",)

    def posted(self, ws: Workspace) -> list[Body]:
        return posted_entries(ws)


__all__ = ["JournalEntryView"]
