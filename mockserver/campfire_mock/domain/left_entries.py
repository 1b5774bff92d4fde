"""Contracts stop listing the journal entries that leave the ledger, whatever write takes them out.

A contract's ``journal_entries`` is a many-to-many link: Django removes a link with the row it names. In the
twin an entry leaves the ledger when the document that posts it goes (an invoice, credit memo, bill or debit
memo deleted, a payment's void deleted, a void's reversal gone with a reopen, a manual entry deleted), so the
links are checked once, as each write ends (``operations.py``), against the ledger it leaves, rather than by
every view that can remove an entry. The contract is not otherwise saved (no new ``last_modified_at``: a
Django M2M removal does not save the row).

What a write costs here: one look at each table it touched when it changed no document already posted (a
create); the ids the contracts list (kept until the contract table changes) when it did; and when some are
listed, only the documents that posted them at the start of the write are asked again which entries they post
now (the kept ledger's owners). The ledger is built afresh inside the write only when that cannot be known
(the kept ledger is stale, or the write changed the chart, entities, products or bank transactions, or
replaced the workspace, or a listed id was in no document's entries).
"""

from __future__ import annotations

import typing as t

from .documents import BILLS, DEBIT_MEMOS
from .entries import BOOKS
from .ledger import GLOBAL_KINDS, JOURNAL_KIND, RULES, Books, document_entries, ledger
from .revenue import unlink_journal_contracts
from .tables import MISSING
from .workspace import Workspace

#: Where the ids the contracts list are kept, with the contract table's stamp they hold for.
_NAMED = "contract_journal_entries"
#: The kinds of documents whose entries read nothing but themselves (and what ``GLOBAL_KINDS`` names): one the
#: write did not touch posts what it posted. Any other (a payment reads its invoice or memo, a bill payment its
#: bill) is asked again.
_SELF_CONTAINED = frozenset({"invoice", "credit_memo", JOURNAL_KIND, BILLS, DEBIT_MEMOS})


def _moved_posted(ws: Workspace) -> bool:
    """Whether the open write has changed (not only created) a document that posts, or replaced the workspace."""
    journal = ws.journal
    if journal is None:
        return False
    if journal.replaced is not None:
        return True
    for table, seen in journal.before.values():  # loops, not generators: every write comes here
        if table.kind in RULES:
            for before in seen.values():
                if before is not MISSING:
                    return True
    return False


def _named(ws: Workspace) -> frozenset[t.Any]:
    """Every id a contract lists in ``journal_entries`` (kept until the contract table changes)."""
    stamp = ws.table_stamp("contract")
    kept = ws.derived.get(_NAMED)
    if type(kept) is tuple and kept[0] == stamp:
        return t.cast(frozenset[t.Any], kept[1])
    named = frozenset(item for row in dict.values(ws.refs["contract"]) for item in row.get("journal_entries") or ())
    ws.derived[_NAMED] = (stamp, named)
    return named


def _gone_by_owners(ws: Workspace, ids: list[int]) -> list[int] | None:
    """Of ``ids``, those their documents no longer post, found from the kept ledger's owners (an entry's id
    never moves to another document) by asking again only the documents this write or an earlier one not yet
    read back touched, and those whose entries read other documents; ``None`` when that cannot be told (no
    kept ledger, a change that can move any entry, an id no kept document posted): then the ledger is built
    afresh, as the journal-entry list would."""
    journal = ws.journal
    books = ws.derived.get(BOOKS)
    if journal is None or not isinstance(books, Books) or books.version != ws.heard_at(BOOKS):
        return None
    touched: set[tuple[str, int]] = set(books.dirty)  # (written since the kept ledger was read: asked again too)
    for table, seen in journal.before.values():
        if table.kind in GLOBAL_KINDS:
            return None
        if table.kind in RULES:
            touched.update((table.kind, key) for key in seen)
    posted: dict[tuple[str, int], set[int]] = {}
    gone: list[int] = []
    for key in ids:
        doc = books.owner(key)
        if doc is None:
            return None  # not in the kept ledger: only a whole one tells
        if doc not in touched and doc[0] in _SELF_CONTAINED:
            continue  # its document is as it was: so are its entries
        now = posted.get(doc)
        if now is None:
            now = posted[doc] = {entry.id for entry in document_entries(ws, *doc)}
        if key not in now:
            gone.append(key)
    return gone


def unlink_left_entries(ws: Workspace) -> list[int]:
    """Unlink from every contract the entries it lists that are no longer in the ledger; the ids unlinked."""
    if not _moved_posted(ws):
        return []
    named = _named(ws)
    if not named:
        return []
    ids = sorted(key for key in named if isinstance(key, int))
    gone = _gone_by_owners(ws, ids) if ws.journal is not None and ws.journal.replaced is None else None
    if gone is None:
        live = ledger(ws).by_id
        gone = [key for key in ids if key not in live]
    for key in gone:
        unlink_journal_contracts(ws, key)
    return gone


__all__ = ["unlink_left_entries"]
