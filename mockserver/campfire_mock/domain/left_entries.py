"""Contracts stop listing the journal entries that leave the ledger, whatever write takes them out.

A contract's ``journal_entries`` is a many-to-many link: Django removes a link with the row it names. In the
twin an entry leaves the ledger when the document that posts it goes (an invoice, credit memo, bill or debit
memo deleted, a payment's void deleted, a void's reversal gone with a reopen, a manual entry deleted), so the
links are checked once, as each write ends (``operations.py``), against the ledger it leaves, rather than by
every view that can remove an entry. A write that touched no document already posted costs one pass over the
tables it touched; one that did, and some contract lists entries, rebuilds the ledger to compare ids (as the
journal-entry list would). The contract is not otherwise saved (no new ``last_modified_at``: a Django M2M
removal does not save the row).
"""

from __future__ import annotations

from .ledger import RULES, ledger
from .revenue import unlink_journal_contracts
from .tables import MISSING
from .workspace import Workspace


def _moved_posted(ws: Workspace) -> bool:
    """Whether the open write has changed (not only created) a document that posts, or replaced the workspace."""
    journal = ws.journal
    if journal is None:
        return False
    if journal.replaced is not None:
        return True
    return any(
        table.kind in RULES and any(before is not MISSING for before in seen.values())
        for table, seen in journal.before.values()
    )


def unlink_left_entries(ws: Workspace) -> list[int]:
    """Unlink from every contract the entries it lists that are no longer in the ledger; the ids unlinked."""
    if not _moved_posted(ws):
        return []
    named = {item for row in dict.values(ws.refs["contract"]) for item in row.get("journal_entries") or ()}
    if not named:
        return []
    live = ledger(ws).by_id
    gone = sorted(key for key in named if isinstance(key, int) and key not in live)
    for key in gone:
        unlink_journal_contracts(ws, key)
    return gone


__all__ = ["unlink_left_entries"]
