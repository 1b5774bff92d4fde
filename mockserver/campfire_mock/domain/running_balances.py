"""A GL line's ``balance_after_transaction``: its account's balance after the line, from the ledger.

Per (account, entity), in the entity's book amounts (so no balance adds two currencies), in ledger order
(date, then entry id, then the line's place in its entry), in the account's natural sign (an asset or
expense grows with debits, a liability, equity or revenue with credits), as the statements show balances.
One pass over the ledger's columns (numpy), kept per workspace version; inside a write that changed what
posts, the ledger kept from before it with the entries of the documents written since made again (not every
document's entries: no rebuild). Without a kept ledger (none read since a reset or a change to the chart,
entities, products or bank transactions), a write builds the ledger as a read would. An entry's answer
counts all its lines in one such pass (``balances_after``), never one ledger view per line.
"""

from __future__ import annotations

import typing as t

from .books import no_gc
from .bulk_posting import bulk_columns
from .entries import BOOKS, LINE_ID_FACTOR, Entry, Posting
from .ledger import GLOBAL_KINDS, RULES, Books, Doc, _dependents, _keys, _unchanged, document_entries, ledger
from .statements import natural
from .workspace import Workspace

if t.TYPE_CHECKING:
    import numpy as np

    from .columns import Columns


def _running(cols: Columns) -> np.ndarray:
    """Per row of ``cols``: the debit-positive book balance of its (account, entity) after it (0 where dead)."""
    import numpy as np

    live = np.flatnonzero(cols.alive)
    order = live[
        np.lexsort(
            (cols.position[live], cols.entry_id[live], cols.day[live], cols.entity[live], cols.account_raw[live])
        )
    ]
    amounts = cols.book[order].astype(np.int64)
    totals = np.cumsum(amounts)
    group = np.stack((cols.account_raw[order], cols.entity[order]))
    starts = np.ones(len(order), dtype=np.bool_)
    starts[1:] = np.any(group[:, 1:] != group[:, :-1], axis=0)
    before = np.where(starts, totals - amounts, 0)
    offsets = np.maximum.accumulate(np.where(starts, np.arange(len(order)), 0))
    after = np.zeros(len(cols.book), dtype=np.int64)
    after[order] = totals - before[offsets]
    return after


def _table(ws: Workspace) -> tuple[Columns, np.ndarray]:
    """The ledger's columns and each row's balance after it, for the workspace as it reads now (inside a
    write that changed what posts, the columns built in bulk as a first read builds them: the ledger would
    make every document's entries)."""
    cached = ws.derived.get("balances_after")
    if ws.journal is None and cached is not None and cached[0] == ws.version:
        return t.cast(tuple["Columns", "np.ndarray"], cached[1])
    if ws.journal is not None and not _unchanged(ws.journal):
        with no_gc():
            cols = bulk_columns(ws, _keys(ws), document_entries)[0]
        return cols, _running(cols)
    cols = ledger(ws).columns()
    found = (cols, _running(cols))
    if ws.journal is None:
        ws.derived["balances_after"] = (ws.version, found)
    return found


def _written(ws: Workspace) -> tuple[Columns, set[int], list[Entry]] | None:
    """Inside a write that changed what posts, with a ledger kept for this version: its columns, the ids of
    its entries made stale (by this write or earlier unread ones), and the entries those documents post now
    (made, not kept: the write may be undone). ``None`` without a kept ledger (none built yet, or a change
    to the chart, entities, products or bank transactions dropped it)."""
    journal = ws.journal
    books = ws.derived.get(BOOKS)
    if journal is None or not isinstance(books, Books) or books.version != ws.heard_at(BOOKS) or journal.replaced:
        return None
    touched: set[Doc] = set(books.dirty)
    for table, seen in journal.before.values():
        if table.kind in GLOBAL_KINDS:
            return None
        if table.kind in RULES:
            touched.update((table.kind, key) for key in seen)
    touched |= _dependents(ws, touched)
    stale = {key for doc in touched for key in books.docs.get(doc, ())}
    fresh = [entry for doc in touched for entry in document_entries(ws, *doc)]
    return books.ledger.columns(), stale, fresh


def _in_write(found: tuple[Columns, set[int], list[Entry]], entry: Entry, position: int, account: int) -> int:
    """The debit-positive balance after the line from a write's view (``_written``)."""
    import numpy as np

    cols, stale, fresh = found
    day, entity = entry.date.toordinal(), -1 if entry.entity is None else entry.entity
    me = (day, entry.id, position)
    earlier = (cols.day < day) | ((cols.day == day) & (cols.entry_id < entry.id))
    mask = cols.alive & earlier & (cols.account_raw == account) & (cols.entity == entity)
    if stale:
        mask &= ~np.isin(cols.entry_id, np.fromiter(stale, np.int64, len(stale)))
    total = int(np.sum(cols.book[mask]))
    for other in fresh:
        if (-1 if other.entity is None else other.entity) != entity:
            continue
        for n, line in enumerate(other.lines):
            if line.account == account and (other.date.toordinal(), other.id, n) <= me:
                total += line.book
    return total


def _earlier_totals(found: tuple[Columns, set[int], list[Entry]], entry: Entry, accounts: set[int]) -> dict[int, int]:
    """Per account of ``accounts``, the debit-positive book total in the entry's entity of the lines before
    the entry (ledger order), from a write's view (``_written``): the kept ledger's live rows less the stale
    ones, plus the entries made again. One pass over the columns, whatever the number of accounts."""
    import numpy as np

    cols, stale, fresh = found
    day, entity = entry.date.toordinal(), -1 if entry.entity is None else entry.entity
    wanted = np.fromiter(accounts, np.int64, len(accounts))
    earlier = (cols.day < day) | ((cols.day == day) & (cols.entry_id < entry.id))
    mask = cols.alive & earlier & (cols.entity == entity) & np.isin(cols.account_raw, wanted)
    if stale:
        mask &= ~np.isin(cols.entry_id, np.fromiter(stale, np.int64, len(stale)))
    rows = np.flatnonzero(mask)
    totals = dict.fromkeys(accounts, 0)
    if len(rows):
        keys, where = np.unique(cols.account_raw[rows], return_inverse=True)
        sums = np.zeros(len(keys), dtype=np.int64)
        np.add.at(sums, where, cols.book[rows].astype(np.int64))
        totals.update(zip((int(k) for k in keys), (int(v) for v in sums), strict=True))
    me = (day, entry.id)
    for other in fresh:
        if other.id == entry.id or (-1 if other.entity is None else other.entity) != entity:
            continue
        if (other.date.toordinal(), other.id) < me:
            for line in other.lines:
                if line.account in totals:
                    totals[line.account] += line.book
    return totals


def balances_after(ws: Workspace, entry: Entry) -> list[int | None]:
    """Every line's ``balance_after`` at once, in the entry's order: the ledger (or a write's view of it) is
    read once for the whole entry, not once per line, so a long entry's answer costs one pass."""
    numbered = [posting.account if posting.id // LINE_ID_FACTOR == entry.id else None for posting in entry.lines]
    accounts = {account for account in numbered if account is not None}
    if not accounts:
        return [None] * len(entry.lines)
    charts = {account: ws.refs["account"].look(account, {}) for account in accounts}
    written = _written(ws) if ws.journal is not None and not _unchanged(ws.journal) else None
    out: list[int | None] = []
    if written is not None:
        totals = _earlier_totals(written, entry, accounts)
        for posting, account in zip(entry.lines, numbered, strict=True):
            if account is None:
                out.append(None)
                continue
            totals[account] += posting.book
            out.append(natural(charts[account], totals[account]))
        return out
    cols, after = _table(ws)
    found = cols.rows.get(entry.id)
    for posting, account in zip(entry.lines, numbered, strict=True):
        position = posting.id % LINE_ID_FACTOR
        if account is None or found is None or position >= found[1] or not bool(cols.alive[found[0] + position]):
            out.append(None)
        else:
            out.append(natural(charts[account], int(after[found[0] + position])))
    return out


def balance_after(ws: Workspace, entry: Entry, posting: Posting) -> int | None:
    """The balance (cents, the account's natural sign) of the line's account in its entity after the line;
    ``None`` for a line that is not numbered in its entry or posts to no account."""
    position = posting.id % LINE_ID_FACTOR
    if posting.id // LINE_ID_FACTOR != entry.id or posting.account is None:
        return None
    chart = ws.refs["account"].look(posting.account, {})
    written = _written(ws) if ws.journal is not None and not _unchanged(ws.journal) else None
    if written is not None:
        return natural(chart, _in_write(written, entry, position, posting.account))
    cols, after = _table(ws)
    found = cols.rows.get(entry.id)
    if found is None or position >= found[1] or not bool(cols.alive[found[0] + position]):
        return None
    return natural(chart, int(after[found[0] + position]))


__all__ = ["balance_after", "balances_after"]
