"""A workspace: everything one API token can see, and the transaction every write is.

A write (``Workspace.transaction``, or ``begin``/``end``/``rollback``) attaches a ``Journal``
(``tables.py``) to every table; ``rollback`` puts the recorded values back, with the id sequences,
clock and customer, so a rejected request leaves no trace, ids included; ``changes`` lists exactly
the rows a commit must save. The store's audit mode (``CAMPFIRE_MOCK_AUDIT=1``, on in the test
suite) checks the journal on every write against whole-workspace fingerprints (``audit.py``).
"""

from __future__ import annotations

import copy
import typing as t
from collections import deque

from ..errors import ValidationFailed
from ..limits import MAX_INT as MAX_ID
from ..limits import REQUEST_LOG_ENTRIES
from ..wire import format_timestamp
from .audit import Fingerprint, UnjournaledChange, check_journal, fingerprint
from .clock import Clock
from .faults import Faults
from .models import Invoice, Payment
from .request_entries import Logged
from .snapshot import SNAPSHOT, SNAPSHOT_FORMAT, decode, decode_json, encode, encode_json
from .stubs import Stubs
from .tables import (
    KINDS,
    MISSING,
    REFERENCE_KINDS,
    SHARED_SEQUENCES,
    Changes,
    Journal,
    JournalSlot,
    Ref,
    Table,
    Watcher,
    is_generic_kind,
    is_kind,
)

Seed = dict[str, t.Any]
#: A commit listener (``Workspace.listen``): the workspace, the write's journal, and whether it is kept.
Listener = t.Callable[["Workspace", Journal, bool], None]


class RenderCache(t.Protocol):
    """Rendered answers kept across writes (``views/serialization.py``); a write tells it what it touched."""

    def forget(self, ws: Workspace, journal: Journal) -> None: ...


class Workspace:
    """Everything one token can see: objects by kind, id sequences, clock, request log."""

    #: The journal class ``begin`` opens (a seam for fault-injection tests).
    journal_class: type[Journal] = Journal
    #: Told of a write as it ends, kept or not, before the version moves, if it touched one of the kinds the
    #: listener names or replaced the workspace (``listen``): the ledger keeps itself up to date with the
    #: documents a write touched (``ledger.note_write``).
    commit_listeners: t.ClassVar[list[tuple[str, frozenset[str], Listener]]] = []

    def __init__(self) -> None:
        #: Where every table of the workspace finds the open write's journal (``_attach`` sets it).
        self.slot = JournalSlot()
        self.refs: dict[str, Table[Ref]] = {kind: Table(kind, slot=self.slot) for kind in REFERENCE_KINDS}
        self.invoices: Table[Invoice] = Table("invoice", slot=self.slot)
        self.payments: Table[Payment] = Table("payment", slot=self.slot)
        self.reports: Table[Ref] = Table("invoice_report", slot=self.slot)
        #: The generic resources' objects (``domain/generic.py``), one table per collection path,
        #: made on first use.
        self.generic: dict[str, Table[Ref]] = {}
        self.sequences: dict[str, int] = {}
        self.clock = Clock()
        self.customer = 1
        self.request_log: deque[Logged] = deque(maxlen=REQUEST_LOG_ENTRIES)
        self.faults = Faults()
        self.stubs = Stubs()
        #: Bumped after every write, so derived data (sort orders, the report table) knows when it is stale.
        self.version = 0
        #: The version each kind's table moved to when a write that touched it last ended (kept or undone),
        #: and the one a whole-workspace replacement last did: ``table_stamp`` reads them, so what is
        #: derived from one table (the chart's role accounts) outlives writes to the others.
        self.changed_at: dict[str, int] = {}
        self.replaced_at = 0
        self.derived: dict[t.Hashable, t.Any] = {}
        #: Rendered answers the views keep across writes; each write tells it what it touched.
        self.rendered: RenderCache | None = None
        self.journal: Journal | None = None
        #: Told of every object a write is about to change (``domain/export.py``: exports read meanwhile).
        self.watchers: list[Watcher] = []
        #: The audit's fingerprint of the workspace as the last audited write left it, and the version it
        #: holds for: the next audited write starts from it instead of taking its own.
        self.audited: tuple[int, Fingerprint] | None = None
        #: The version the last write each group of commit listeners was told of ended with, or the last
        #: replacement of the workspace's if later (``heard_at``; a replacement moves every group it holds).
        self.heard: dict[str, int] = {}

    @classmethod
    def listen(cls, name: str, kinds: t.Iterable[str], listener: Listener) -> None:
        """Tell ``listener`` of every write, kept or undone, that touches a table of one of ``kinds`` (or replaces
        the workspace), as it ends; ``name`` is the group whose ``heard_at`` such a write moves. What a
        listener keeps is as of ``heard_at(name)``, not of ``version``: writes it is not told of leave it."""
        cls.commit_listeners.append((name, frozenset(kinds), listener))

    def heard_at(self, name: str) -> int:
        """The version the last write told to the listeners of ``name`` ended with, or the last replacement of
        the whole workspace's if later (a replacement outside a write tells no one): what the group keeps is
        current while it holds this stamp. (``heard.get(name, replaced_at)``, which hot paths inline: every
        group ``heard`` holds is moved by a replacement.)"""
        return self.heard.get(name, self.replaced_at)

    def tables(self) -> dict[str, Table[t.Any]]:
        return {
            **self.refs,
            "invoice": self.invoices,
            "payment": self.payments,
            "invoice_report": self.reports,
            **self.generic,
        }

    def table(self, kind: str) -> Table[Ref]:
        """The table of a reference or generic kind (a generic one is made, journaled, on first use)."""
        found = self.refs.get(kind)
        if found is not None:
            return found
        if kind == "invoice_report":
            return self.reports
        if not is_generic_kind(kind):
            raise KeyError(kind)
        table = self.generic.get(kind)
        if table is None:
            table = self.generic[kind] = Table(kind, slot=self.slot)
        return table

    def next_id(self, kind: str) -> int:
        """The next id of ``kind``; past ``MAX_ID`` a 400 (the write is undone), never a 64-bit overflow."""
        kind = SHARED_SEQUENCES.get(kind, kind)
        value = self.sequences.get(kind, 1)
        if value > MAX_ID:
            raise ValidationFailed({"non_field_errors": [f"No {kind} ids are left: ids stop at {MAX_ID}."]})
        self.sequences[kind] = value + 1
        return value

    def bump_sequence(self, kind: str, used: int) -> None:
        """Make sure ids handed out later are above ``used``."""
        kind = SHARED_SEQUENCES.get(kind, kind)
        if self.sequences.get(kind, 1) <= used:
            self.sequences[kind] = used + 1

    def counts(self) -> dict[str, int]:
        return {kind: len(table) for kind, table in self.tables().items()}

    def now_text(self) -> str:
        return format_timestamp(self.clock.now())

    # ---------------------------------------------------------------- transactions

    def transaction(self, persist: t.Callable[[Changes], None] | None = None, *, audit: bool = False) -> Transaction:
        """One write: kept if the block ends normally and ``persist`` accepts its changes, else undone
        (ids, clock and tables as they were). ``audit`` compares whole snapshots to check the journal."""
        return Transaction(self, persist, audit)

    def everything(self) -> Changes:
        """The whole workspace as changes to persist (a new workspace, or one that replaced its tables)."""
        upserts = {kind: list(dict.values(table)) for kind, table in self.tables().items()}
        return Changes(upserts, {}, scalars=True, everything=True, meta=self.meta())

    def _fingerprint(self) -> Fingerprint:
        """The audit's fingerprint of the workspace now: the one the last audited write left if nothing
        was written since (a write outside a transaction, which moves no version, is the audit's to find)."""
        if self.audited is not None and self.audited[0] == self.version:
            return self.audited[1]
        return fingerprint(self.meta(), self.tables())

    def begin(self) -> Journal:
        if self.journal is not None:
            raise RuntimeError("a write is already open on this workspace")
        clock = self.clock  # kept apart to undo to (``Clock.__copy__``, inline: every write begins here)
        watchers = tuple(self.watchers) if self.watchers else ()
        kept = Clock(clock.frozen_at, clock.offset)
        journal = self.journal_class(dict(self.sequences), kept, self.customer, watchers)
        self.journal = self.slot.journal = journal  # (``_attach``, inline: every write begins here)
        return journal

    def _attach(self, journal: Journal | None) -> None:
        """Open (or, with ``None``, close) ``journal`` on every table: they share the workspace's slot."""
        self.journal = self.slot.journal = journal

    def rollback(self, journal: Journal) -> None:
        """Undo everything since ``begin``: the tables a replacement swapped out come back, and every
        table (those included) is detached from the journal, which is sealed for good."""
        if self.rendered is not None:
            self.rendered.forget(self, journal)
        self._tell(journal, False)
        self._attach(None)
        self._mark_changed(journal)
        for table, seen in journal.before.values():
            for key, value in seen.items():
                if value is MISSING:
                    dict.pop(table, key, None)
                else:
                    dict.__setitem__(table, key, value)
        if journal.replaced is not None:
            self._set_tables(journal.replaced)
            self._attach(None)
        self.sequences, self.clock, self.customer = journal.sequences, journal.clock, journal.customer
        self.version += 1

    def changes(self, journal: Journal) -> Changes:
        """The rows that differ from the state at ``begin``."""
        upserts: dict[str, list[t.Any]] = {}
        deletes: dict[str, list[int]] = {}
        if journal.replaced is None:
            for table, seen in journal.before.values():
                for key, before in seen.items():
                    now = dict.get(table, key, MISSING)
                    if now is MISSING:
                        if before is not MISSING:
                            deletes.setdefault(table.kind, []).append(key)
                    elif before is MISSING or now != before:
                        upserts.setdefault(table.kind, []).append(now)
        clock, kept = self.clock, journal.clock
        # The clock's state moved: its fields compared first (they rarely differ, and cost no formatting).
        moved = (clock.frozen_at, clock.offset) != (kept.frozen_at, kept.offset) and clock.to_state() != kept.to_state()
        scalars = self.sequences != journal.sequences or moved or self.customer != journal.customer
        if journal.replaced is not None:
            return self.everything()
        return Changes(upserts, deletes, scalars, everything=False)

    def end(self, journal: Journal) -> None:
        """Close a write that is kept."""
        if self.rendered is not None:
            self.rendered.forget(self, journal)
        self._tell(journal, True)
        self.journal = self.slot.journal = (
            None  # (``_attach(None)`` and ``_mark_changed``, inline: every write ends here)
        )
        moved = self.version = self.version + 1
        for table, _ in journal.before.values():
            self.changed_at[table.kind] = moved
        if journal.replaced is not None:
            self.replaced_at = moved

    def _tell(self, journal: Journal, kept: bool) -> None:
        """Tell the write ``journal`` as it ends (``kept`` or not) to the commit listeners of the kinds it touched
        (all of them if it replaced the workspace), and move their groups' ``heard_at`` to the version it ends
        with (after all are told: a group's listeners read its stamp as it was)."""
        replaced = journal.replaced is not None
        touched = journal.before.values()
        told: list[str] = []
        for name, wanted, listener in self.commit_listeners:  # loops, no set or comprehension: every write ends here
            if not replaced:
                for table, _ in touched:
                    if table.kind in wanted:
                        break
                else:
                    continue
            listener(self, journal, kept)
            told.append(name)
        if told:
            moved, heard = self.version + 1, self.heard
            for name in told:
                heard[name] = moved

    def table_stamp(self, kind: str) -> tuple[int, int, int]:
        """What values derived from one table depend on: the version its table last changed at (or the
        workspace was last replaced at), and inside a write that has touched the table (or replaced the
        workspace), the write and how many of the table's rows it has touched (the second figure is 0
        otherwise), so they are found again once it changes one."""
        since = max(self.changed_at.get(kind, 0), self.replaced_at)
        journal = self.journal
        if journal is None:
            return (since, 0, 0)
        table = self.refs.get(kind)
        if table is None:
            table = self.generic.get(kind)
        touched = journal.before.get(id(table)) if table is not None else None
        if touched is None and journal.replaced is None:
            return (since, 0, 0)
        return (since, id(journal), len(touched[1]) if touched else -1)

    def _mark_changed(self, journal: Journal) -> None:
        """Note, as the write ``journal`` ends, the tables it touched (``changed_at``)."""
        moved = self.version + 1
        for table, _ in journal.before.values():
            self.changed_at[table.kind] = moved
        if journal.replaced is not None:
            self.replaced_at = moved

    def replace_with(self, other: Workspace) -> None:
        """Take ``other``'s objects, sequences, clock and customer (reset, seed, import)."""
        if self.journal is not None:
            self.journal.replace(self.tables())
        self._set_tables(other.tables())
        self.sequences, self.clock, self.customer = dict(other.sequences), copy.copy(other.clock), other.customer
        self._attach(self.journal)
        self.version += 1
        self.replaced_at = self.version
        for name in self.heard:  # (what every group keeps is stale now: ``heard_at``)
            self.heard[name] = self.version

    def _set_tables(self, tables: dict[str, Table[t.Any]]) -> None:
        """Take ``tables`` (another workspace's, or the ones a replacement swapped out) as this workspace's:
        they find the journal in this workspace's slot from now on."""
        for table in tables.values():
            table.slot = self.slot
        self.refs = {kind: tables[kind] for kind in REFERENCE_KINDS}
        self.invoices, self.payments, self.reports = tables["invoice"], tables["payment"], tables["invoice_report"]
        self.generic = {kind: table for kind, table in tables.items() if is_generic_kind(kind)}

    def __setstate__(self, state: dict[str, t.Any]) -> None:
        """An unpickled workspace (``Store.seeded``'s copies): its tables come back each with a slot of its
        own, so they are given the workspace's."""
        self.__dict__.update(state)
        self.__dict__.setdefault("changed_at", {})
        self.__dict__.setdefault("replaced_at", 0)
        self.__dict__.setdefault("heard", {})
        self._set_tables(self.tables())

    # ---------------------------------------------------------------- snapshots

    def meta(self) -> dict[str, t.Any]:
        """The workspace's scalars: customer, id sequences, clock."""
        return {"customer": self.customer, "sequences": dict(self.sequences), "clock": self.clock.to_state()}

    def snapshot(self) -> dict[str, t.Any]:
        """The whole workspace as a JSON-ready document, objects in id order."""
        return {
            "format": SNAPSHOT_FORMAT,
            **self.meta(),
            "objects": {
                kind: [encode(kind, table.peek(key)) for key in sorted(table)]
                for kind, table in self.tables().items()
                if table or not is_generic_kind(kind)
            },
        }

    @classmethod
    def from_snapshot(cls, snap: t.Any) -> Workspace:
        """A workspace from a snapshot document, validated whole first (``pydantic.ValidationError``)."""
        doc = SNAPSHOT.validate_python(snap)
        ws = cls()
        ws.load_meta(doc.model_dump(include={"customer", "sequences", "clock"}))
        for kind, objects in doc._decoded.items():  # decoded once, by the document's own validation
            table = ws.invoices if kind == "invoice" else ws.payments if kind == "payment" else ws.table(kind)
            for key, obj in objects.items():
                dict.__setitem__(table, key, obj)
                ws.bump_sequence(kind, key)
        for inv in ws.invoices.values():
            for line in inv.lines:
                ws.bump_sequence("line", line.id)
        return ws

    def load_meta(self, meta: dict[str, t.Any]) -> None:
        self.customer = int(meta.get("customer", 1))
        self.sequences = {k: int(v) for k, v in (meta.get("sequences") or {}).items()}
        self.clock = Clock.from_state(meta.get("clock") or {})


class Transaction:
    """``with ws.transaction(persist, audit=...)``: one write on ``ws`` (``Workspace.transaction``). A class
    rather than a generator: every write opens one."""

    __slots__ = ("audit", "before", "journal", "persist", "ws")

    def __init__(self, ws: Workspace, persist: t.Callable[[Changes], None] | None, audit: bool) -> None:
        self.ws = ws
        self.persist = persist
        self.audit = audit
        self.before: Fingerprint | None = None
        self.journal: Journal | None = None

    def __enter__(self) -> Workspace:
        ws = self.ws
        if self.audit:
            self.before = ws._fingerprint()
        self.journal = ws.begin()
        return ws

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: t.Any) -> None:
        ws, journal, before = self.ws, self.journal, self.before
        assert journal is not None
        if exc is not None:
            self._undo(exc)
            return
        after: Fingerprint | None = None
        try:
            journal.seal()
            if before is not None or self.persist is not None:  # (no one to read them: not listed)
                changes = ws.changes(journal)
                if before is not None and not changes.everything:
                    after = fingerprint(ws.meta(), ws.tables())
                    check_journal(before, after, changes)
                if changes and self.persist is not None:
                    self.persist(changes)
        except BaseException as failure:
            self._undo(failure)
            raise
        ws.end(journal)
        if after is not None:
            ws.audited = (ws.version, after)

    def _undo(self, exc: BaseException) -> None:
        """Roll the write back; with the audit on, check that the rollback restored the workspace."""
        ws, journal, before = self.ws, self.journal, self.before
        assert journal is not None
        ws.rollback(journal)
        if before is not None:
            after = fingerprint(ws.meta(), ws.tables())
            if after != before and not isinstance(exc, UnjournaledChange):  # (no rollback undoes that)
                raise AssertionError("rollback did not restore the workspace") from None
            ws.audited = (ws.version, after) if after == before else None


__all__ = [
    "KINDS",
    "REFERENCE_KINDS",
    "SNAPSHOT_FORMAT",
    "Changes",
    "Journal",
    "Listener",
    "RenderCache",
    "Seed",
    "Table",
    "Transaction",
    "Workspace",
    "decode",
    "decode_json",
    "encode",
    "encode_json",
    "is_generic_kind",
    "is_kind",
]
