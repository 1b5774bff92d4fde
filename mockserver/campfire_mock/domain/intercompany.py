"""Intercompany journal entries (``/coa/api/intercompany-journal-entry``): one entry across entities, each
entity's part balanced on its own.

Campfire's rule (the create operation's description): "Total debits must equal total credits for each
entity". Every line names its ``entity``; lines are checked as a manual entry's are (accounts exist and are
active, a debit or a credit, vendor and department exist: ``journal_entries.py``), then each entity's
debits must equal its credits, else a 400 naming ``transactions``. The entry is kept as one manual journal
entry per entity (its *parts*, in the journal-entry table, each marked with ``intercompany_journal``), so
the ledger posts them with the manual-entry rule, each balanced in its own entity's books; the GL lines
carry ``intercompany_journal``, as Campfire's do. A part changes only through its intercompany entry (a
409 at ``/coa/api/journal_entry``). ``reversal_date`` reverses every part on that day. Deleting the entry
deletes its parts. Exchange rates: every part is in the entry's ``currency`` and converts by its entity's
rules (``exchange_rates`` is not read: a part in a currency its entity does not keep needs its rate on the
entry, ``exchange_rate_book``).
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from ..errors import ObjectNotFound, ValidationFailed
from .entry_links import LINE_FIELDS
from .generic import is_deleted
from .invoices import rel_id
from .journal_entries import STORED_FIELDS, JournalEntryService, check_entry, check_line, written_lines
from .ledger import JOURNAL_KIND
from .models import ZERO
from .workspace import Workspace

KIND = "/coa/api/intercompany-journal-entry"
Row = dict[str, t.Any]
#: Fields of the intercompany entry kept on it and on each part.
SHARED = tuple(k for k in STORED_FIELDS if k != "entity")


def _check(ws: Workspace, values: Row) -> dict[int, list[Row]]:
    """The written lines grouped by entity, checked (400s in DRF's shapes otherwise)."""
    written, problem = written_lines(values)
    if problem is not None:
        raise ValidationFailed.field("transactions", problem)
    errors: list[Row] = []
    parts: dict[int, list[Row]] = {}
    sums: dict[int, list[Decimal]] = {}
    for line in written:
        stored, err = check_line(ws, line)
        entity = rel_id(line.get("entity")) if isinstance(line, dict) else None
        if entity is None:
            err["entity"] = ["This field is required."]
        elif not isinstance(entity, int) or entity not in ws.refs["entity"]:
            err["entity"] = [f'Invalid pk "{entity}" - object does not exist.']
        else:
            parts.setdefault(entity, []).append(line)
            side = sums.setdefault(entity, [ZERO, ZERO])
            side[0] += Decimal(stored["debit"])
            side[1] += Decimal(stored["credit"])
        errors.append(err)
    if any(errors):
        raise ValidationFailed({"transactions": errors})
    unbalanced = [
        f"Entity {entity}: debits ({debits:.2f}) must equal credits ({credits:.2f})."
        for entity, (debits, credits) in sorted(sums.items())
        if debits != credits
    ]
    if unbalanced:
        raise ValidationFailed({"transactions": unbalanced})
    return parts


class IntercompanyService:
    """Create, change and delete intercompany journal entries (kept as one manual entry per entity)."""

    def __init__(self) -> None:
        self.entries = JournalEntryService()

    @staticmethod
    def table(ws: Workspace) -> t.Any:
        return ws.table(KIND)

    def get(self, ws: Workspace, key: int) -> Row:
        row = self.table(ws).look(key)
        if row is None or is_deleted(row):
            raise ObjectNotFound("Intercompany journal entry", key)
        return t.cast(Row, row)

    @staticmethod
    def parts(ws: Workspace, row: Row) -> list[Row]:
        """The part entries of an intercompany entry, by entity."""
        table = ws.table(JOURNAL_KIND)
        found = [table.look(int(je)) for _, je in sorted((row.get("_parts") or {}).items(), key=lambda kv: int(kv[0]))]
        return [p for p in found if p is not None and not is_deleted(p)]

    def _write_parts(self, ws: Workspace, row: Row, values: Row) -> None:
        parts = _check(ws, values)
        shared = {k: values[k] for k in SHARED if k in values}
        kept: dict[str, int] = dict(row.get("_parts") or {})
        table = ws.table(JOURNAL_KIND)
        for entity, lines in parts.items():
            checked = check_entry(ws, {**shared, "entity": entity, "transactions": lines})
            je = kept.pop(str(entity), None)
            now = ws.now_text()
            found = table.look(je) if je is not None else None
            if je is None or found is None or is_deleted(found):
                part: Row = {"id": ws.next_id("journal_entry"), "created_at": now, "is_deleted": False}
                part["deleted_at"] = None
            else:
                part = table[je]
                for name in STORED_FIELDS:
                    part.pop(name, None)
            part.update(checked, last_modified_at=now, source="intercompany", intercompany_journal=row["id"])
            table[part["id"]] = part
            self.entries.post(ws, part)
            row.setdefault("_parts", {})
            row["_parts"][str(entity)] = part["id"]
        for gone, old in kept.items():  # entities the entry no longer has
            self.entries.destroy(ws, old, part_of=row["id"])
            del row["_parts"][gone]
        for key in SHARED:
            row.pop(key, None)
        row.update(shared, entities=sorted(parts), last_modified_at=ws.now_text())

    def create(self, ws: Workspace, values: Row) -> Row:
        now = ws.now_text()
        row: Row = {"id": ws.next_id(KIND), "created_at": now, "is_deleted": False, "deleted_at": None}
        row["created_automatically"] = False
        row["_parts"] = {}
        self._write_parts(ws, row, values)
        self.table(ws)[row["id"]] = row
        return row

    def update(self, ws: Workspace, key: int, values: Row, *, partial: bool) -> Row:
        row = self.table(ws)[self.get(ws, key)["id"]]
        if partial and "transactions" not in values and not self.parts(ws, row):  # no lines to post yet
            row.update({k: values[k] for k in SHARED if k in values}, last_modified_at=ws.now_text())
            return t.cast(Row, row)
        if partial and "transactions" not in values:
            values = {**values, "transactions": self.lines(ws, row)}
        values = {**{k: row[k] for k in SHARED if k in row}, **values}  # PUT too: unsent fields are kept (DRF)
        self._write_parts(ws, row, values)
        return t.cast(Row, row)

    def lines(self, ws: Workspace, row: Row) -> list[Row]:
        """The entry's lines as a client writes them (for a PATCH that changes no line)."""
        found: list[Row] = []
        for part in self.parts(ws, row):
            for ln in part.get("_lines") or []:
                found.append(
                    {
                        "entity": part["entity"],
                        "account": ln["account"],
                        "debit_amount_native": ln["debit"],
                        "credit_amount_native": ln["credit"],
                        "description": ln["description"],
                        **{k: ln.get(k) for k in LINE_FIELDS},
                    }
                )
        return found

    def destroy(self, ws: Workspace, key: int) -> None:
        row = self.table(ws)[self.get(ws, key)["id"]]
        for part in self.parts(ws, row):
            self.entries.destroy(ws, int(part["id"]), part_of=row["id"])
        now = ws.now_text()
        row.update(is_deleted=True, deleted_at=now, last_modified_at=now)


__all__ = ["KIND", "IntercompanyService"]
