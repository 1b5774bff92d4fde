"""Merging two offsetting GL lines of different journal entries (``/coa/api/transaction/merge``).

Campfire's description: given exactly two transaction ids, from different journals, with matching amounts,
in the same entity, the two lines are deleted and the other lines of both journals are combined into one
journal entry; ``GET`` previews that entry, ``POST`` makes it. The twin keeps the books balanced by asking
the two lines to *offset*: one is a debit and the other a credit of the same amount, so removing both
leaves the combined entry balanced.

What the twin adds, each a 400 naming ``transaction_ids`` (the description is silent):

* only lines of manual journal entries merge: an entry a document posted is kept by its document (an
  invoice, a payment, a bill), and changes only through it, as a line update does;
* the two entries are in the same currency at the same rates (one entry has one currency and one rate);
* an entry with a reversal, a reversal itself, or a part of an intercompany entry does not merge (what the
  reversal would then undo is not what it undid).

The older entry (the lower id) is kept, with its date, memo and fields; the other is deleted as a delete
deletes it, and what named it (revenue transactions, contracts' ``journal_entries``) names the kept one.
``transaction_match_id`` must name a transaction match (``Invalid pk`` otherwise); the twin records nothing
more for it.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass

from ..errors import ValidationFailed
from ..limits import MAX_LINES
from .attachments import check_match_id
from .entries import LINE_ID_FACTOR, Entry
from .fixed_asset_links import repoint_purchase_entry
from .generic import is_deleted
from .ledger import JOURNAL_KIND, ledger, manual_entries, stored_lines
from .relations import INVALID_PK
from .revenue import journal_revenue, link_journal_revenue, unlink_journal_contracts
from .workspace import Workspace

Row = dict[str, t.Any]
FIELD = "transaction_ids"
_INTEGER = re.compile(r"-?[0-9]+")


@dataclass(frozen=True, slots=True)
class Merge:
    """A checked merge: the entry kept, the entry that goes, and the kept entry's lines after it."""

    kept: int
    gone: int
    lines: list[Row]


def _refuse(message: str) -> t.NoReturn:
    raise ValidationFailed.field(FIELD, message)


def _ids(value: t.Any) -> list[int]:
    """The two line ids, from a JSON list (``POST``) or comma-separated text (``GET``'s query)."""
    items = value.split(",") if isinstance(value, str) else value
    if value is None or (isinstance(value, str) and not value.strip()):
        _refuse("This field is required.")
    if not isinstance(items, list):
        _refuse(f'Expected a list of items but got type "{type(value).__name__}".')
    found: list[int] = []
    for item in items:
        text = str(item).strip()
        if isinstance(item, bool) or not _INTEGER.fullmatch(text):  # not "--5" nor "²": int() refuses them
            _refuse("A valid integer is required.")
        found.append(int(text))
    if len(found) != 2:
        _refuse("Must provide exactly two transaction IDs.")
    return found


def _manual(ws: Workspace, line_id: int) -> tuple[Entry, Row]:
    """The manual entry holding GL line ``line_id`` and its stored row, or the 400 saying why it cannot merge."""
    found = ledger(ws).line(line_id)
    if found is None:
        _refuse(INVALID_PK.format(line_id))
    entry = found[0]
    row = ws.table(JOURNAL_KIND).look(entry.id)
    if entry.created_automatically or entry.reversal_of is not None or row is None or is_deleted(row):
        _refuse(
            f"GL transaction {line_id} belongs to journal entry {entry.id}, which a document or a reversal posted;"
            " only lines of manual journal entries merge."
        )
    if row.get("_reversal_id") or row.get("intercompany_journal") is not None:
        _refuse(f"Journal entry {entry.id} has a reversal or is part of an intercompany entry; it does not merge.")
    return entry, row


def check_merge(ws: Workspace, ids: t.Any, match: t.Any = None) -> Merge:
    """The merge ``ids`` asks for, checked as Campfire's description states (a 400 naming the field)."""
    first, second = _ids(ids)
    (entry_a, row_a), (entry_b, row_b) = _manual(ws, first), _manual(ws, second)
    if first == second:  # after the lookups: an id naming no line is an Invalid pk, twice or not
        _refuse("Must provide exactly two transaction IDs.")
    if entry_a.id == entry_b.id:
        _refuse("Transactions must be from different journals.")
    if entry_a.entity != entry_b.entity:
        _refuse("Transactions must belong to the same entity.")
    if (entry_a.currency, entry_a.exchange_rate_book, entry_a.exchange_rate) != (
        entry_b.currency,
        entry_b.exchange_rate_book,
        entry_b.exchange_rate,
    ):
        _refuse("Transactions must be in the same currency at the same exchange rates.")
    line_a = entry_a.lines[first % LINE_ID_FACTOR]
    line_b = entry_b.lines[second % LINE_ID_FACTOR]
    if line_a.native == 0 or line_a.native != -line_b.native:
        _refuse("Transactions must have matching amounts: one a debit and the other a credit of the same amount.")
    check_match_id(ws, match)
    (kept, kept_line, kept_row), (gone, gone_line, gone_row) = sorted(
        ((entry_a.id, first, row_a), (entry_b.id, second, row_b))
    )
    lines = [ln for n, ln in enumerate(stored_lines(kept_row)) if n != kept_line % LINE_ID_FACTOR]
    lines += [ln for n, ln in enumerate(stored_lines(gone_row)) if n != gone_line % LINE_ID_FACTOR]
    if len(lines) > MAX_LINES:
        _refuse(f"The merged entry would have {len(lines)} lines; a journal entry has at most {MAX_LINES}.")
    return Merge(kept, gone, [dict(ln) for ln in lines])


def preview(ws: Workspace, merge: Merge) -> Entry:
    """The entry the merge would make, nothing written."""
    row = ws.table(JOURNAL_KIND).look(merge.kept) or {}
    return manual_entries(ws, {**row, "_lines": merge.lines})[0]


def apply(ws: Workspace, merge: Merge, delete: t.Callable[[Workspace, int], None]) -> Entry:
    """Make the merge: the kept entry takes the combined lines, what named the other entry names the kept
    one, and the other entry is deleted by ``delete`` (the journal-entry service's)."""
    table = ws.table(JOURNAL_KIND)
    row = table[merge.kept]
    row["_lines"] = merge.lines
    row["last_modified_at"] = ws.now_text()
    moved = journal_revenue(ws, merge.gone)
    if moved:
        link_journal_revenue(ws, merge.kept, journal_revenue(ws, merge.kept) + moved)
    unlink_journal_contracts(ws, merge.gone, merge.kept)
    repoint_purchase_entry(ws, merge.gone, merge.kept)
    delete(ws, merge.gone)
    return manual_entries(ws, row)[0]


__all__ = ["Merge", "apply", "check_merge", "preview"]
