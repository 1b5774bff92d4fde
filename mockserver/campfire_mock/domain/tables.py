"""Tables of stored objects, one per kind, and the undo log that makes every write a transaction.

Objects live in ``Table``s, one per kind (``invoice``, ``payment``, ``invoice_report``, each
reference kind, and each generic resource's collection path), keyed by id. While a write is open,
a table records in its ``Journal`` (the undo log) the value of every entry the write touches
*before* it changes it: on ``table[id]``/``table.get(id)`` (the way to reach an object one means to
change), and on every assignment or removal. Iterating a table (``values()``, ``items()``) records
nothing: code that changes an object it found by iterating must fetch it by id first.
``Changes`` is what a kept write hands the store to save.
"""

from __future__ import annotations

import copy
import typing as t
from dataclasses import dataclass, field

from .clock import Clock

#: Kinds of reference objects, stored as API-shaped dicts.
REFERENCE_KINDS = (
    "vendor",
    "entity",
    "product",
    "contract",
    "credit_memo",
    "transaction",
    "account",
    "payment_term",
    "department",
)
#: Every kind of stored object the hand-written parts keep.
KINDS = (*REFERENCE_KINDS, "invoice", "payment", "invoice_report")


#: Kinds whose ids come from another kind's sequence. Journal entries stored through the generic
#: ``/coa/api/journal_entry`` resource (seeded or created) and the ones invoices, payments and credit memos
#: post (``journal.posted_entries``) are listed together, so they share one sequence and never one id.
SHARED_SEQUENCES = {"/coa/api/journal_entry": "journal_entry"}


def is_generic_kind(kind: str) -> bool:
    """A kind of the generic resources: its collection's path template (``/ca/api/account``)."""
    return kind.startswith("/") and len(kind) <= 200


def is_kind(kind: str) -> bool:
    return kind in KINDS or is_generic_kind(kind)


#: What a journal records for an entry that did not exist before the write.
_MISSING: t.Any = object()
MISSING = _MISSING

V = t.TypeVar("V")
Ref = dict[str, t.Any]


class JournalSlot:
    """Where the tables of one workspace find the journal of the write open on it: a write sets it once,
    for every table at once, instead of on each table."""

    __slots__ = ("journal",)

    def __init__(self) -> None:
        self.journal: Journal | None = None


class Table(dict[int, V]):
    """The objects of one kind, by id; journals what an open write touches (the journal its ``slot``
    holds: its workspace's)."""

    __slots__ = ("kind", "slot")

    def __init__(self, kind: str, items: t.Iterable[tuple[int, t.Any]] = (), slot: JournalSlot | None = None) -> None:
        super().__init__(items)
        self.kind = kind
        self.slot = JournalSlot() if slot is None else slot

    @property
    def journal(self) -> Journal | None:
        """The journal of the write open on the table's workspace (``None`` when none is)."""
        return self.slot.journal

    def peek(self, key: int) -> V:
        """``table[key]`` for reading only: nothing is journaled."""
        return super().__getitem__(key)

    def look(self, key: int, default: t.Any = None) -> t.Any:
        """``table.get(key)`` for reading only (rendering, checking a reference): nothing is journaled."""
        return dict.get(self, key, default)

    def _touch(self, key: int) -> None:
        journal = self.slot.journal
        if journal is not None:
            journal.record(self, key)

    def __getitem__(self, key: int) -> V:
        self._touch(key)
        return super().__getitem__(key)

    @t.overload  # type: ignore[override]
    def get(self, key: int, /) -> V | None: ...
    @t.overload
    def get(self, key: int, default: V, /) -> V: ...
    def get(self, key: int, default: t.Any = None, /) -> t.Any:
        journal = self.slot.journal
        if journal is not None and key in self:
            journal.record(self, key)
        return super().get(key, default)

    def __setitem__(self, key: int, value: V) -> None:
        self._touch(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: int) -> None:
        self._touch(key)
        super().__delitem__(key)

    def pop(self, key: int, default: t.Any = _MISSING) -> t.Any:
        self._touch(key)
        return super().pop(key) if default is _MISSING else super().pop(key, default)

    def setdefault(self, key: int, default: t.Any = None) -> t.Any:
        self._touch(key)
        return super().setdefault(key, default)

    def update(self, *args: t.Any, **kwargs: t.Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def clear(self) -> None:
        for key in list(self):
            self._touch(key)
        super().clear()

    def popitem(self) -> tuple[int, V]:
        raise TypeError("Table.popitem is not journaled; pop by id")

    def __reduce__(self) -> t.Any:
        return (Table, (self.kind, list(dict.items(self))))


class Watcher(t.Protocol):
    """Told the value an entry had before a write changes it (a snapshot being exported meanwhile)."""

    def keep(self, table: Table[t.Any], key: int, value: t.Any) -> None: ...


class Journal:
    """What one write changed: before-images by table and id, and the scalars as they were. A plain class
    with slots, not a dataclass: every write opens one, and its ``__init__`` is a third of a dataclass's."""

    __slots__ = ("before", "clock", "customer", "replaced", "sealed", "sequences", "watchers")

    def __init__(
        self,
        sequences: dict[str, int],
        clock: Clock,
        customer: int,
        watchers: tuple[Watcher, ...] = (),
    ) -> None:
        self.sequences = sequences
        self.clock = clock
        self.customer = customer
        #: Before-images: by ``id()`` of the table, the table and its entries' values as they were.
        self.before: dict[int, tuple[Table[t.Any], dict[int, t.Any]]] = {}
        #: The tables a whole-workspace replacement (reset, seed, import) swapped out.
        self.replaced: dict[str, Table[t.Any]] | None = None
        #: Told of each before-image as it is recorded (``Workspace.watchers`` when the write began).
        self.watchers = watchers
        self.sealed = False

    def record(self, table: Table[t.Any], key: int) -> None:
        """Keep the value ``table[key]`` has before this write changes it (once per entry)."""
        if self.sealed:
            raise RuntimeError(f"{table.kind} {key} touched after its write was sealed")
        entry = self.before.get(id(table))
        if entry is None:
            entry = self.before[id(table)] = (table, {})
        seen = entry[1]
        if key not in seen:
            value = dict.get(table, key, _MISSING)
            seen[key] = value if value is _MISSING else copy.deepcopy(value)
            for watcher in self.watchers:
                watcher.keep(table, key, seen[key])

    def replace(self, tables: dict[str, Table[t.Any]]) -> None:
        """Keep the tables a whole-workspace replacement swaps out."""
        if self.replaced is None:
            self.replaced = tables

    def seal(self) -> None:
        """The write is done: nothing may touch the workspace until it is kept or undone."""
        self.sealed = True


@dataclass(frozen=True)
class Changes:
    """What a commit hands the store to persist: the rows to write (``upserts``) and remove
    (``deletes``) by kind, the workspace's scalars (``meta``, filled in when handed over), and whether the
    rows are ``everything`` (a replacement: every row of the workspace, the old ones all gone)."""

    upserts: dict[str, list[t.Any]]
    deletes: dict[str, list[int]]
    scalars: bool
    everything: bool
    meta: dict[str, t.Any] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return self.everything or self.scalars or any(self.upserts.values()) or any(self.deletes.values())


__all__ = [
    "KINDS",
    "MISSING",
    "REFERENCE_KINDS",
    "SHARED_SEQUENCES",
    "Changes",
    "Journal",
    "JournalSlot",
    "Ref",
    "Table",
    "Watcher",
    "is_generic_kind",
    "is_kind",
]
