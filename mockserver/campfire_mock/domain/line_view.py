"""The ledger's lines as a sequence whose items are made when read: a page of the GL log makes the entries
of its own lines only, not the whole ledger's.

A ``LineView`` holds row numbers of the ledger's columns in some order (ledger order, or cursor order)
and a function that makes the (entry, line) of a row (``books.Ledger``, from the document that posted
it). Slicing gives another view; reading an item, iterating or ``list()`` makes the lines read. It answers
what callers of ``ledger_query.select_lines`` do with its list (``len``, slices, ``reverse``, ``sort``).
``EntryIndex`` is the same for entries by id, and ``EntryView`` for entries in some order (the journal-entry
list: a page makes its own entries only).
"""

from __future__ import annotations

import typing as t

from .entries import Entry, Posting

if t.TYPE_CHECKING:
    import numpy as np

Line = tuple[Entry, Posting]


class LineView(t.Sequence[Line]):
    """Lines by row number, made when read; ``reverse`` turns the view round in place, as a list's does."""

    def __init__(self, order: np.ndarray, line_at: t.Callable[[int], Line]) -> None:
        self.order = order
        self.line_at = line_at

    def __len__(self) -> int:
        return len(self.order)

    @t.overload
    def __getitem__(self, index: int) -> Line: ...

    @t.overload
    def __getitem__(self, index: slice) -> LineView: ...

    def __getitem__(self, index: int | slice) -> Line | LineView:
        if isinstance(index, slice):
            return LineView(self.order[index], self.line_at)
        return self.line_at(int(self.order[index]))

    def __iter__(self) -> t.Iterator[Line]:
        line_at = self.line_at
        for row in self.order.tolist():
            yield line_at(row)

    def reverse(self) -> None:
        self.order = self.order[::-1]

    def sort(self, *, key: t.Callable[[Line], t.Any], reverse: bool = False) -> None:
        """Sort in place, as a list's ``sort`` does (every line is made to read its key)."""
        import numpy as np

        rows = self.order.tolist()
        keys = [key(self.line_at(row)) for row in rows]
        places = sorted(range(len(rows)), key=keys.__getitem__, reverse=reverse)  # stable, as a list's sort
        self.order = self.order[np.asarray(places, dtype=np.int64)]


class EntryIndex(t.Mapping[int, Entry]):
    """Entries by id, each made when asked for (``entry`` answers ``None`` for an id the ledger lacks)."""

    def __init__(self, ids: t.Collection[int], entry: t.Callable[[int], Entry | None]) -> None:
        self.ids = ids
        self.entry = entry

    def __getitem__(self, key: int) -> Entry:
        found = self.entry(key) if key in self.ids else None
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return key in self.ids

    def __iter__(self) -> t.Iterator[int]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)


class EntryView(t.Sequence[Entry]):
    """Entries by id in a given order, each made when read; slicing gives another view."""

    def __init__(self, ids: np.ndarray, entry: t.Callable[[int], Entry | None]) -> None:
        self.ids = ids
        self.entry = entry

    def __len__(self) -> int:
        return len(self.ids)

    @t.overload
    def __getitem__(self, index: int) -> Entry: ...

    @t.overload
    def __getitem__(self, index: slice) -> EntryView: ...

    def __getitem__(self, index: int | slice) -> Entry | EntryView:
        if isinstance(index, slice):
            return EntryView(self.ids[index], self.entry)
        return self._made(int(self.ids[index]))

    def __iter__(self) -> t.Iterator[Entry]:
        for key in self.ids.tolist():
            yield self._made(key)

    def _made(self, key: int) -> Entry:
        found = self.entry(key)
        assert found is not None, key  # the ids are the ledger's own
        return found


__all__ = ["EntryIndex", "EntryView", "Line", "LineView"]
