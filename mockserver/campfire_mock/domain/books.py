"""The built ledger: entries in (date, id) order, their lines, and columns the statements aggregate,
kept up to date write by write.

A ``Ledger`` is immutable once built; ``updated`` makes the next one from the entries a write removed
and added, without rebuilding the rest: the entry list is filtered and the new entries inserted in
order, and the columns (numpy arrays, one element per line, in no particular order) get the new lines
appended and the removed ones masked out. Dead rows are dropped once they are half the columns.
"""

from __future__ import annotations

import bisect
import typing as t
from dataclasses import dataclass

from .entries import LINE_ID_FACTOR, Entry, Posting

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
    )


def _changed(old: Columns, removed: t.Iterable[Entry], added: t.Sequence[Entry]) -> Columns:
    import numpy as np

    alive, known = old.alive.copy(), old.known.copy()
    rows = dict(old.rows)
    for entry in removed:
        span = rows.pop(entry.id, None)
        if span is not None:
            alive[span[0] : span[0] + span[1]] = False
            known[span[0] : span[0] + span[1]] = False
    new = columns_of(added, start=len(old.day))
    rows.update(new.rows)
    return Columns(
        **{
            name: np.concatenate([getattr(old, name), getattr(new, name)])
            for name in ("account_raw", "day", "entity", "department", "vendor", "book", "consolidated")
        },
        known=np.concatenate([known, new.known]),
        alive=np.concatenate([alive, new.alive]),
        rows=rows,
    )


class Ledger:
    """Every entry of a workspace, ordered by (date, id), with its lines and columns made on first use."""

    def __init__(self, entries: list[Entry], columns: Columns | None = None) -> None:
        self.entries = entries
        self.by_id = {e.id: e for e in entries}
        self._lines: list[tuple[Entry, Posting]] | None = None
        self._columns = columns

    @classmethod
    def build(cls, entries: t.Iterable[Entry]) -> Ledger:
        return cls(sorted(entries, key=_key))

    @property
    def lines(self) -> list[tuple[Entry, Posting]]:
        """Every line with its entry, in ledger order."""
        if self._lines is None:
            self._lines = [(e, p) for e in self.entries for p in e.lines]
        return self._lines

    def reversals(self, entry_id: int) -> list[Entry]:
        """The entries that reverse an entry (its void, its ``reversal_date`` entry)."""
        index = self.__dict__.get("_reversals")
        if index is None:
            index = {}
            for e in self.entries:
                if e.reversal_of is not None:
                    index.setdefault(e.reversal_of, []).append(e)
            self.__dict__["_reversals"] = index
        return list(index.get(entry_id, ()))

    def line(self, line_id: int) -> tuple[Entry, Posting] | None:
        """A posted line by its id, with its entry."""
        entry = self.by_id.get(line_id // LINE_ID_FACTOR)
        n = line_id % LINE_ID_FACTOR
        return (entry, entry.lines[n]) if entry is not None and n < len(entry.lines) else None

    def columns(self) -> Columns:
        if self._columns is None:
            self._columns = columns_of(self.entries)
        return self._columns

    def updated(self, removed: list[Entry], added: list[Entry]) -> Ledger:
        """The ledger without ``removed`` and with ``added`` (the rest is reused, not rebuilt)."""
        gone = {e.id for e in removed}
        entries = [e for e in self.entries if e.id not in gone] if gone else list(self.entries)
        for entry in sorted(added, key=_key):
            bisect.insort(entries, entry, key=_key)
        columns = None
        if self._columns is not None:
            dead = int(len(self._columns.alive) - self._columns.alive.sum()) + sum(len(e.lines) for e in removed)
            if dead * 2 <= len(self._columns.alive):
                columns = _changed(self._columns, removed, added)
        return Ledger(entries, columns)


__all__ = ["Columns", "Ledger", "columns_of"]
