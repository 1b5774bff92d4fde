"""The built ledger: its columns (numpy arrays the statements aggregate, one element per line) and its
entries in (date, id) order, kept up to date write by write.

The columns come first (built in bulk from the documents, ``bulk_posting.py``); the entries are made by
the posting rules when read (``Ledger``: one document's at a time for a GL page, every one for the
journal-entry list). A ``Ledger`` is immutable once built; ``updated`` makes the next one from the entries
a write removed and added, without rebuilding the rest: the columns get the new lines appended and the
removed ones masked out (dead rows are dropped once they are half the columns), the entry list (if made)
is filtered and the new entries inserted in order, and the GL log's line orders are carried over.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import typing as t
from dataclasses import dataclass

from .entries import LINE_ID_FACTOR, Entry
from .line_view import EntryIndex, Line, LineView

if t.TYPE_CHECKING:  # numpy loads on the first statement, not at start-up
    import numpy as np


def _key(entry: Entry) -> tuple[t.Any, int]:
    return (entry.date, entry.id)


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
    )


def objects(values: list[t.Any]) -> np.ndarray:
    """``values`` as an array of objects, one element each (tuples too)."""
    import numpy as np

    return np.fromiter(values, dtype=object, count=len(values))


def _merged(order: np.ndarray, cols: Columns, new_rows: range, key: t.Callable[[int], t.Any]) -> np.ndarray:
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
    rows = dict(old.rows)
    for entry_id in removed:
        span = rows.pop(entry_id, None)
        if span is not None:
            alive[span[0] : span[0] + span[1]] = False
            known[span[0] : span[0] + span[1]] = False
    new = columns_of(added, start=len(old.day))
    rows.update(new.rows)
    made = Columns(
        **{name: np.concatenate([getattr(old, name), getattr(new, name)]) for name in _VALUES},
        known=np.concatenate([known, new.known]),
        alive=np.concatenate([alive, new.alive]),
        rows=rows,
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


class Ledger:
    """Every entry of a workspace, ordered by (date, id), with its lines and columns.

    Either may be made on first use. The statements need only the columns (built in bulk from the
    documents, ``bulk_posting.py``). Until every entry is asked for (``entries``, made by the posting rules,
    ``entries_of``), the lines are a ``LineView`` over the columns and each entry is made with the others
    its document posts when one of its lines is read (``document_of``): a page of the GL log makes its own
    lines only. A ledger describes one workspace version: its entries are made from the documents as they
    are when read, which is the version it was built for as long as it is the workspace's current ledger
    (``ledger(ws)`` hands out no other).
    """

    def __init__(
        self,
        entries: list[Entry] | None,
        columns: Columns | None = None,
        entries_of: t.Callable[[], t.Iterable[Entry]] | None = None,
        document_of: t.Callable[[int], list[Entry]] | None = None,
        made: dict[int, Entry] | None = None,
    ) -> None:
        if entries is None and (entries_of is None or columns is None or document_of is None):
            raise ValueError("a ledger needs its entries, or its columns and ways to make them")
        self._entries = entries
        self._entries_of = entries_of
        self._document_of = document_of
        self._made: dict[int, Entry] = made if made is not None else {}
        self._by_id: t.Mapping[int, Entry] | None = None
        self._lines: t.Sequence[Line] | None = None
        self._columns = columns

    @classmethod
    def build(cls, entries: t.Iterable[Entry]) -> Ledger:
        return cls(sorted(entries, key=_key))

    @property
    def entries(self) -> list[Entry]:
        """Every entry in (date, id) order (made by the posting rules on first use)."""
        if self._entries is None:
            assert self._entries_of is not None
            with no_gc():  # a million fresh objects: no collection walks the workspace meanwhile
                self._entries = sorted(self._entries_of(), key=_key)
            self._by_id = self._lines = None
            self._made = {}
            self.__dict__.pop("_sorted", None)
        return self._entries

    @property
    def materialised(self) -> bool:
        """Whether every entry is made (else only the columns, and the entries read so far)."""
        return self._entries is not None

    def entry(self, entry_id: int) -> Entry | None:
        """One entry by id: made with the others its document posts, when not made yet."""
        if self._entries is not None:
            return self.by_id.get(entry_id)
        found = self._made.get(entry_id)
        if found is None and entry_id in self.columns().rows:
            assert self._document_of is not None
            for made in self._document_of(entry_id):
                self._made[made.id] = made
            found = self._made.get(entry_id)
        return found

    @property
    def by_id(self) -> t.Mapping[int, Entry]:
        """Entries by id (each made when asked for, until every entry is)."""
        if self._by_id is None:
            if self._entries is None:
                return EntryIndex(self.columns().rows, self.entry)
            self._by_id = {e.id: e for e in self._entries}
        return self._by_id

    def _line_at(self, row: int) -> Line:
        cols = self.columns()
        entry = self.entry(int(cols.entry_id[row]))
        assert entry is not None, row
        return entry, entry.lines[int(cols.position[row])]

    def _view(self, order: np.ndarray) -> LineView:
        return LineView(order, self._line_at)

    @property
    def lines(self) -> t.Sequence[Line]:
        """Every line with its entry, in ledger order (date, entry id, place in the entry)."""
        if self._lines is None:
            if self._entries is None:
                import numpy as np

                cols = self.columns()
                rows = np.flatnonzero(cols.alive)
                order = np.lexsort((cols.position[rows], cols.entry_id[rows], cols.day[rows]))
                self._lines = self._view(rows[order])
            else:
                self._lines = [(e, p) for e in self._entries for p in e.lines]
        return self._lines

    def sorted_lines(
        self, key: t.Callable[[Line], tuple[str, int]], stamp: t.Callable[[t.Any], str]
    ) -> t.Sequence[Line]:
        """Every line in the GL log's cursor order, ``key``: (``stamp`` of the entry's ``last_modified_at``,
        line id); sorted once per ledger (from the columns, until every entry is made), and kept in order
        across writes."""
        cached = self.__dict__.get("_sorted")
        if cached is not None:
            return t.cast(t.Sequence[Line], cached[0])
        found: t.Sequence[Line]
        if self._entries is None:
            import numpy as np

            cols = self.columns()
            rows = np.flatnonzero(cols.alive)
            raw = cols.modified[rows].tolist()
            texts = {value: stamp(value) for value in set(raw)}
            places = {text: n for n, text in enumerate(sorted(set(texts.values())))}
            rank = {value: places[text] for value, text in texts.items()}
            ranks = np.fromiter((rank[value] for value in raw), np.int64, len(raw))
            ids = cols.entry_id[rows] * LINE_ID_FACTOR + cols.position[rows]
            found = self._view(rows[np.lexsort((ids, ranks))])
        else:
            with no_gc():  # a key per line: no collection walks the workspace meanwhile
                found = sorted(self.lines, key=key)
        self.__dict__["_sorted"] = (found, stamp)
        return found

    def entry_order(self) -> tuple[np.ndarray, np.ndarray]:
        """Every entry's id and date (a proleptic ordinal) in (date, id) order, kept per ledger: from the
        columns until every entry is made (an entry without lines, which has no row, is made for its date)."""
        cached = self.__dict__.get("_entry_order")
        if cached is None:
            import numpy as np

            if self._entries is not None:
                count = len(self._entries)
                ids = np.fromiter((e.id for e in self._entries), np.int64, count)
                days = np.fromiter((e.date.toordinal() for e in self._entries), np.int64, count)
                cached = (ids, days)
            else:
                cols = self.columns()
                ids = np.fromiter(cols.rows.keys(), np.int64, len(cols.rows))
                spans = np.fromiter((v for span in cols.rows.values() for v in span), np.int64, 2 * len(ids))
                starts, counts = spans[0::2], spans[1::2]
                days = np.zeros(len(ids), np.int64)
                has = counts > 0
                days[has] = cols.day[starts[has]]
                for at in np.flatnonzero(~has).tolist():
                    empty = self.entry(int(ids[at]))
                    assert empty is not None
                    days[at] = empty.date.toordinal()
                order = np.lexsort((ids, days))
                cached = (ids[order], days[order])
            self.__dict__["_entry_order"] = cached
        return t.cast(tuple["np.ndarray", "np.ndarray"], cached)

    def reversals(self, entry_id: int) -> list[Entry]:
        """The entries that reverse an entry (its void, its ``reversal_date`` entry): its document posts them."""
        if self._entries is None:
            if self.entry(entry_id) is None:
                return []
            assert self._document_of is not None
            posted = self._document_of(entry_id)  # its document's entries, as made now
            return [self._made.get(e.id, e) for e in sorted(posted, key=_key) if e.reversal_of == entry_id]
        index = self.__dict__.get("_reversals")
        if index is None:
            index = {}
            for e in self._entries:
                if e.reversal_of is not None:
                    index.setdefault(e.reversal_of, []).append(e)
            self.__dict__["_reversals"] = index
        return list(index.get(entry_id, ()))

    def line(self, line_id: int) -> Line | None:
        """A posted line by its id, with its entry."""
        entry = self.entry(line_id // LINE_ID_FACTOR)
        n = line_id % LINE_ID_FACTOR
        return (entry, entry.lines[n]) if entry is not None and n < len(entry.lines) else None

    def columns(self) -> Columns:
        if self._columns is None:
            self._columns = columns_of(self.entries)
        return self._columns

    def line_count(self) -> int:
        """How many lines the ledger has (from the columns, without making the entries)."""
        if self._entries is None:
            return int(self.columns().alive.sum())
        return sum(len(e.lines) for e in self._entries)

    def updated(
        self,
        removed: t.Collection[int],
        added: list[Entry],
        entries_of: t.Callable[[], t.Iterable[Entry]] | None = None,
        document_of: t.Callable[[int], list[Entry]] | None = None,
    ) -> Ledger:
        """The ledger without the entries ``removed`` (ids) and with ``added``: the rest is reused, not rebuilt.
        Entries not made yet stay so (``entries_of`` and ``document_of`` make them when asked for)."""
        entries: list[Entry] | None = None
        made: dict[int, Entry] | None = None
        gone = set(removed)
        if self._entries is not None:
            entries = [e for e in self._entries if e.id not in gone] if gone else list(self._entries)
            for entry in sorted(added, key=_key):
                bisect.insort(entries, entry, key=_key)
        else:
            made = {key: e for key, e in self._made.items() if key not in gone}
            made.update((e.id, e) for e in added)
        columns = None
        renumbered = False
        if self._columns is not None:
            columns = changed(self._columns, removed, added)
            if int(columns.alive.sum()) * 2 < len(columns.alive):  # dead rows are half: drop them
                columns, renumbered = compacted(columns), True
        ledger = Ledger(entries, columns, entries_of or self._entries_of, document_of or self._document_of, made)
        if entries is None and columns is not None and self._columns is not None and not renumbered:
            ledger._carry_orders(self, range(len(self._columns.day), len(columns.day)))
        return ledger

    def _carry_orders(self, old: Ledger, new_rows: range) -> None:
        """Take ``old``'s line orders (ledger order, cursor order) without its removed rows and with the new
        rows put in place, instead of sorting every line again after a write."""
        cols = self.columns()
        if isinstance(old._lines, LineView):

            def place(row: int) -> tuple[int, int, int]:
                return int(cols.day[row]), int(cols.entry_id[row]), int(cols.position[row])

            self._lines = self._view(_merged(old._lines.order, cols, new_rows, place))
        cached = old.__dict__.get("_sorted")
        if cached is not None and isinstance(cached[0], LineView):
            view, stamp = cached

            def key(row: int) -> tuple[str, int]:
                return stamp(cols.modified[row]), int(cols.entry_id[row]) * LINE_ID_FACTOR + int(cols.position[row])

            self.__dict__["_sorted"] = (self._view(_merged(view.order, cols, new_rows, key)), stamp)


@contextlib.contextmanager
def no_gc() -> t.Iterator[None]:
    """No garbage collection inside (a million fresh objects: no full collection walks the workspace
    meanwhile, as none would in ``json.loads`` of a big document)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


__all__ = ["PAID_KINDS", "Columns", "Ledger", "changed", "columns_of", "compacted", "no_gc", "objects", "settled"]
