"""The ledger's columns: numpy arrays the statements aggregate, one element per GL line, kept up to date
write by write (``changed``: the removed entries' rows masked out, the new lines appended; ``compacted``:
the dead rows dropped). ``books.Ledger`` holds them; ``bulk_posting.py`` builds the first ones in bulk.
"""

from __future__ import annotations

import bisect
import typing as t
from dataclasses import dataclass, field

from .entries import Entry

if t.TYPE_CHECKING:  # numpy loads on the first statement, not at start-up
    import numpy as np


@dataclass(frozen=True)
class Columns:
    """The ledger's lines as arrays for the statements to aggregate; ``alive`` masks out removed rows."""

    account_raw: np.ndarray  # the chart id (-1: no account)
    day: np.ndarray  # the entry date's proleptic ordinal
    entity: np.ndarray
    department: np.ndarray
    vendor: np.ndarray
    book: np.ndarray
    consolidated: np.ndarray
    known: np.ndarray  # whether the consolidated amount is known (and the row is alive)
    alive: np.ndarray
    #: Each entry's first row and line count.
    rows: dict[int, tuple[int, int]]
    entry_id: np.ndarray  # the line's entry
    position: np.ndarray  # the line's place in its entry (its id is the entry's times 10,000 plus this)
    modified: np.ndarray  # objects: the entry's ``last_modified_at`` as its document keeps it
    ruled: np.ndarray  # whether the line's entry was made by its posting rule (else in bulk: root currency)
    native: np.ndarray  # the amount in the document's currency
    source: np.ndarray  # objects: the entry's ``source`` (``invoice``, ``bill_payment``, ``manual``...)
    source_id: np.ndarray  # the entry's ``source_id`` (-1: none)
    paid: np.ndarray  # the document a payment or refund entry settles (``settled``; -1: none)
    reversal: np.ndarray  # whether the entry reverses another (a void, a ``reversal_date`` entry)
    currency: np.ndarray  # objects: the entry's currency code (the document's)
    tags: np.ndarray  # objects: the line's tag ids (a tuple, mostly the empty one)
    #: Per entry: its journal type and memo (the ledger report's ``journal_type`` and ``journal`` label), as
    #: the entries were made; an entry made in bulk is not in it until it is made (``books.Ledger.meta``).
    meta: dict[int, tuple[str, str]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def accounts(self) -> np.ndarray:
        """The chart ids lines post to, sorted (``account`` indexes it)."""
        return self._index()[0]

    @property
    def account(self) -> np.ndarray:
        return self._index()[1]

    def _index(self) -> tuple[np.ndarray, np.ndarray]:
        import numpy as np

        cached = self.__dict__.get("_account_index")
        if cached is None:
            accounts, index = np.unique(self.account_raw, return_inverse=True)
            cached = (accounts, index.reshape(-1).astype(np.int64))
            object.__setattr__(self, "_account_index", cached)
        return t.cast(tuple[np.ndarray, np.ndarray], cached)

    def live(self) -> np.ndarray:
        """The mask of rows of lines still in the ledger."""
        return self.alive


#: The document kind each settling entry source pays: an invoice payment its invoice, and so on.
PAID_KINDS = {"invoice_payment": "invoice", "bill_payment": "bill", "credit_memo_payment": "credit_memo"}


def settled(entry: Entry) -> int | None:
    """The document a payment or refund entry settles, as its entry names it (its invoice, bill or credit
    memo); ``None`` for other entries (and a debit-memo refund's, which does not name its memo)."""
    kind = PAID_KINDS.get(entry.source)
    if kind == "invoice":
        return entry.invoice
    if kind == "bill":
        return entry.bill
    if kind == "credit_memo" and entry.credit_memos:
        return int(entry.credit_memos[0]["id"])
    return None


def _ids(values: t.Iterable[int | None], count: int) -> np.ndarray:
    import numpy as np

    return np.fromiter((-1 if v is None else v for v in values), np.int64, count)


def columns_of(entries: t.Sequence[Entry], start: int = 0) -> Columns:
    """Columns of the lines of ``entries``, their rows numbered from ``start``."""
    import numpy as np

    lines = [(e, p) for e in entries for p in e.lines]
    count = len(lines)
    rows: dict[int, tuple[int, int]] = {}
    at = start
    for e in entries:
        rows[e.id] = (at, len(e.lines))
        at += len(e.lines)
    known = np.fromiter((p.consolidated is not None for _, p in lines), np.bool_, count)
    return Columns(
        account_raw=_ids((p.account for _, p in lines), count),
        day=np.fromiter((e.date.toordinal() for e, _ in lines), np.int64, count),
        entity=_ids((e.entity for e, _ in lines), count),
        department=_ids((p.department for _, p in lines), count),
        vendor=_ids((p.vendor for _, p in lines), count),
        book=np.fromiter((p.book for _, p in lines), np.int64, count),
        consolidated=np.fromiter((p.consolidated or 0 for _, p in lines), np.int64, count),
        known=known,
        alive=np.ones(count, dtype=np.bool_),
        rows=rows,
        entry_id=np.fromiter((e.id for e, _ in lines), np.int64, count),
        position=np.fromiter((n for e in entries for n in range(len(e.lines))), np.int64, count),
        modified=objects([e.last_modified_at for e, _ in lines]),
        ruled=np.ones(count, dtype=np.bool_),
        native=np.fromiter((p.native for _, p in lines), np.int64, count),
        source=objects([e.source for e, _ in lines]),
        source_id=_ids((e.source_id for e, _ in lines), count),
        paid=_ids((settled(e) for e, _ in lines), count),
        reversal=np.fromiter((e.reversal_of is not None for e, _ in lines), np.bool_, count),
        currency=objects([e.currency for e, _ in lines]),
        tags=objects([p.tags for _, p in lines]),
        meta={e.id: (e.type, e.memo) for e in entries},
    )


def objects(values: list[t.Any]) -> np.ndarray:
    """``values`` as an array of objects, one element each (tuples too)."""
    import numpy as np

    return np.fromiter(values, dtype=object, count=len(values))


def merged(order: np.ndarray, cols: Columns, new_rows: range, key: t.Callable[[int], t.Any]) -> np.ndarray:
    """``order`` (rows in ``key`` order) without the rows no longer alive, and with ``new_rows`` in place."""
    import numpy as np

    kept: np.ndarray = order[cols.alive[order]]
    fresh = sorted((row for row in new_rows if cols.alive[row]), key=key)
    if not fresh:
        return kept
    at = [bisect.bisect_left(kept, key(row), key=lambda r: key(int(r))) for row in fresh]
    return t.cast("np.ndarray", np.insert(kept, at, fresh))


def _account_index(old: Columns, new: Columns) -> tuple[np.ndarray, np.ndarray] | None:
    """The account index of ``old`` and ``new`` together, reusing ``old``'s when ``new`` posts to no other
    account (no sort of the whole ledger after a write)."""
    import numpy as np

    cached = old.__dict__.get("_account_index")
    if cached is None:
        return None
    accounts, index = cached
    at = np.searchsorted(accounts, new.account_raw)
    if len(at) and (int(at.max()) >= len(accounts) or not np.array_equal(accounts[at], new.account_raw)):
        return None
    return accounts, np.concatenate([index, at.astype(np.int64)])


def changed(old: Columns, removed: t.Iterable[int], added: t.Sequence[Entry]) -> Columns:
    """``old`` with the rows of the entries ``removed`` (ids) masked out and the lines of ``added`` appended."""
    import numpy as np

    alive, known = old.alive.copy(), old.known.copy()
    rows, meta = dict(old.rows), dict(old.meta)
    for entry_id in removed:
        meta.pop(entry_id, None)
        span = rows.pop(entry_id, None)
        if span is not None:
            alive[span[0] : span[0] + span[1]] = False
            known[span[0] : span[0] + span[1]] = False
    new = columns_of(added, start=len(old.day))
    rows.update(new.rows)
    meta.update(new.meta)
    made = Columns(
        **{name: np.concatenate([getattr(old, name), getattr(new, name)]) for name in _VALUES},
        known=np.concatenate([known, new.known]),
        alive=np.concatenate([alive, new.alive]),
        rows=rows,
        meta=meta,
    )
    index = _account_index(old, new)
    if index is not None:
        object.__setattr__(made, "_account_index", index)
    return made


def compacted(cols: Columns) -> Columns:
    """``cols`` without its dead rows (entries' spans renumbered)."""
    import numpy as np

    keep = cols.alive
    dead_before = np.cumsum(~keep)
    rows = {key: (start - (int(dead_before[start - 1]) if start else 0), n) for key, (start, n) in cols.rows.items()}
    return Columns(
        **{name: getattr(cols, name)[keep] for name in (*_VALUES, "known", "alive")},
        rows=rows,
        meta=cols.meta,
    )


#: The per-line value columns (``known`` and ``alive`` are masks).
_VALUES = (
    "account_raw",
    "day",
    "entity",
    "department",
    "vendor",
    "book",
    "consolidated",
    "entry_id",
    "position",
    "modified",
    "ruled",
    "native",
    "source",
    "source_id",
    "paid",
    "reversal",
    "currency",
    "tags",
)


__all__ = ["PAID_KINDS", "Columns", "changed", "columns_of", "compacted", "merged", "objects", "settled"]
