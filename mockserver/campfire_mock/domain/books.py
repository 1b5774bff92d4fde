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

from .columns import PAID_KINDS, Columns, changed, columns_of, compacted, merged, objects, settled
from .entries import LINE_ID_FACTOR, Entry
from .line_view import EntryIndex, Line, LineView

if t.TYPE_CHECKING:  # numpy loads on the first statement, not at start-up
    import numpy as np


def _key(entry: Entry) -> tuple[t.Any, int]:
    return (entry.date, entry.id)


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
            self.__dict__.pop("_reversals", None)
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
            index = self.__dict__.get("_reversals")
            for made in self._document_of(entry_id):
                self._made[made.id] = made
                if index is not None and made.reversal_of is not None:  # keep the reversals' index whole
                    found_for = index.setdefault(made.reversal_of, [])
                    found_for.append(made)
                    found_for.sort(key=_key)
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

    def line_rows(self) -> np.ndarray:
        """The columns' rows of every line, in ledger order (the GL log's order, kept across writes)."""
        import numpy as np

        if self._entries is None:
            return t.cast(LineView, self.lines).order
        cols = self.columns()
        rows = np.flatnonzero(cols.alive)
        order: np.ndarray = rows[np.lexsort((cols.position[rows], cols.entry_id[rows], cols.day[rows]))]
        return order

    def meta(self, entry_ids: t.Iterable[int]) -> list[tuple[str, str]]:
        """Each entry's journal type and memo: from the columns, else made (and kept in the columns)."""
        known = self.columns().meta
        found = []
        for entry_id in entry_ids:
            pair = known.get(entry_id)
            if pair is None:
                entry = self.entry(entry_id)
                assert entry is not None, entry_id
                pair = known[entry_id] = (entry.type, entry.memo)
            found.append(pair)
        return found

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
        """The entries that reverse an entry (its void, its ``reversal_date`` entry), in (date, id) order: its
        document posts them, so they are made with it; an index of the entries made so far answers, with
        no posting again per entry asked about."""
        if self._entries is None and self.entry(entry_id) is None:
            return []
        index = self.__dict__.get("_reversals")
        if index is None:
            index = {}
            for e in self._entries if self._entries is not None else self._made.values():
                if e.reversal_of is not None:
                    index.setdefault(e.reversal_of, []).append(e)
            for found in index.values():
                found.sort(key=_key)
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

            self._lines = self._view(merged(old._lines.order, cols, new_rows, place))
        cached = old.__dict__.get("_sorted")
        if cached is not None and isinstance(cached[0], LineView):
            view, stamp = cached

            def key(row: int) -> tuple[str, int]:
                return stamp(cols.modified[row]), int(cols.entry_id[row]) * LINE_ID_FACTOR + int(cols.position[row])

            self.__dict__["_sorted"] = (self._view(merged(view.order, cols, new_rows, key)), stamp)


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
