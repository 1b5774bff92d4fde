"""A workspace: everything one API token can see, and the journal that makes every
write a transaction.

Objects live in ``Table``s, one per kind (``invoice``, ``payment``, ``invoice_report``
and each reference kind), keyed by id. While a write is open (``Workspace.begin``), a
table records the value of every entry the write touches *before* it changes it: on
``table[id]``/``table.get(id)`` (the way to reach an object one means to change), and on
every assignment or removal. ``rollback`` puts those values back, with the id sequences,
clock and customer, so a rejected request leaves no trace, ids included; ``changes``
lists exactly the rows a commit must save. Iterating a table (``values()``, ``items()``)
records nothing: code that changes an object it found by iterating must fetch it by id
first. The store's audit mode (``CAMPFIRE_MOCK_AUDIT=1``, on in the test suite) checks
that rule on every write by comparing whole snapshots.

The codec (``encode``/``decode``) turns objects into JSON-ready rows and back; it is
pydantic's, generated from the dataclasses, and serves the state database, snapshots
and their validation alike.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import typing as t
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pydantic

from ..errors import ValidationFailed
from ..limits import MAX_INT as MAX_ID
from ..limits import MAX_YEAR, MIN_YEAR, REQUEST_LOG_ENTRIES
from ..wire import format_timestamp
from .clock import Clock
from .faults import Faults
from .models import Invoice, Payment
from .stubs import Stubs

SNAPSHOT_FORMAT = "campfire-mock-snapshot/1"

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


Seed = dict[str, t.Any]
_MISSING: t.Any = object()


V = t.TypeVar("V")
Ref = dict[str, t.Any]


class Table(dict[int, V]):
    """The objects of one kind, by id; journals what an open write touches."""

    __slots__ = ("journal", "kind")

    def __init__(self, kind: str, items: t.Iterable[tuple[int, t.Any]] = ()) -> None:
        super().__init__(items)
        self.kind = kind
        self.journal: Journal | None = None

    def peek(self, key: int) -> V:
        """``table[key]`` for reading only: nothing is journaled."""
        return super().__getitem__(key)

    def look(self, key: int, default: t.Any = None) -> t.Any:
        """``table.get(key)`` for reading only (rendering, checking a reference): nothing is journaled."""
        return dict.get(self, key, default)

    def _touch(self, key: int) -> None:
        if self.journal is not None:
            self.journal.record(self, key)

    def __getitem__(self, key: int) -> V:
        self._touch(key)
        return super().__getitem__(key)

    @t.overload  # type: ignore[override]
    def get(self, key: int, /) -> V | None: ...
    @t.overload
    def get(self, key: int, default: V, /) -> V: ...
    def get(self, key: int, default: t.Any = None, /) -> t.Any:
        if self.journal is not None and key in self:
            self.journal.record(self, key)
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


@dataclass
class Journal:
    """What one write changed: before-images by table and id, and the scalars as they were."""

    sequences: dict[str, int]
    clock: Clock
    customer: int
    before: dict[int, tuple[Table[t.Any], dict[int, t.Any]]] = field(default_factory=dict)
    #: The tables a whole-workspace replacement (reset, seed, import) swapped out.
    replaced: dict[str, Table[t.Any]] | None = None

    sealed: bool = False

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


class Workspace:
    """Everything one token can see: objects by kind, id sequences, clock, request log."""

    #: The journal class ``begin`` opens (a seam for fault-injection tests).
    journal_class: type[Journal] = Journal
    #: Told of every write as it ends, kept or not, before the version moves (the ledger keeps itself
    #: up to date with the documents a write touched: ``ledger.note_write``).
    commit_listeners: t.ClassVar[list[t.Callable[[Workspace, Journal, bool], None]]] = []

    def __init__(self) -> None:
        self.refs: dict[str, Table[Ref]] = {kind: Table(kind) for kind in REFERENCE_KINDS}
        self.invoices: Table[Invoice] = Table("invoice")
        self.payments: Table[Payment] = Table("payment")
        self.reports: Table[Ref] = Table("invoice_report")
        #: The generic resources' objects (``domain/generic.py``), one table per collection path,
        #: made on first use.
        self.generic: dict[str, Table[Ref]] = {}
        self.sequences: dict[str, int] = {}
        self.clock = Clock()
        self.customer = 1
        self.request_log: deque[dict[str, t.Any]] = deque(maxlen=REQUEST_LOG_ENTRIES)
        self.faults = Faults()
        self.stubs = Stubs()
        #: Bumped after every write, so derived data (sort orders, the report table) knows when it is stale.
        self.version = 0
        self.derived: dict[t.Hashable, t.Any] = {}
        #: Rendered and checked response bodies by invoice id, then schema, with the day they were rendered
        #: on; a write forgets those of the invoices it touched (see ``_forget_rendered``).
        self.rendered: dict[int, dict[str, tuple[date, t.Any]]] = {}
        self.journal: Journal | None = None

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
            table = self.generic[kind] = Table(kind)
            table.journal = self.journal
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

    @contextlib.contextmanager
    def transaction(
        self, persist: t.Callable[[Changes], None] | None = None, *, audit: bool = False
    ) -> t.Iterator[Workspace]:
        """One write: kept if the block ends normally and ``persist`` accepts its changes, else undone
        (ids, clock and tables as they were). ``audit`` compares whole snapshots to check the journal."""
        before = self.snapshot() if audit else None
        journal = self.begin()
        try:
            yield self
            journal.seal()
            changes = self.changes(journal)
            if before is not None:
                self._audit(before, changes)
            if changes and persist is not None:
                persist(dataclasses.replace(changes, meta=self.meta()))
        except BaseException:
            self.rollback(journal)
            if before is not None and self.snapshot() != before:
                raise AssertionError("rollback did not restore the workspace") from None
            raise
        self.end(journal)

    def everything(self) -> Changes:
        """The whole workspace as changes to persist (a new workspace, or one that replaced its tables)."""
        upserts = {kind: list(dict.values(table)) for kind, table in self.tables().items()}
        return Changes(upserts, {}, scalars=True, everything=True, meta=self.meta())

    def _audit(self, before: dict[str, t.Any], changes: Changes) -> None:
        """Fail loudly if a write changed an object its journal did not record."""
        if changes.everything:
            return
        after = self.snapshot()
        for kind in before["objects"].keys() | after["objects"].keys():
            old = {o["id"]: o for o in before["objects"].get(kind, [])}
            new = {o["id"]: o for o in after["objects"].get(kind, [])}
            changed = {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
            journaled = {_key(o) for o in changes.upserts.get(kind, [])} | set(changes.deletes.get(kind, []))
            if changed - journaled:
                raise AssertionError(f"{kind} {sorted(changed - journaled)} changed outside the write journal")

    def begin(self) -> Journal:
        if self.journal is not None:
            raise RuntimeError("a write is already open on this workspace")
        journal = self.journal_class(dict(self.sequences), copy.copy(self.clock), self.customer)
        self._attach(journal)
        return journal

    def _attach(self, journal: Journal | None) -> None:
        self.journal = journal
        for table in self.tables().values():
            table.journal = journal

    def rollback(self, journal: Journal) -> None:
        """Undo everything since ``begin``: the tables a replacement swapped out come back, and every
        table (those included) is detached from the journal, which is sealed for good."""
        self._forget_rendered(journal)
        for listener in self.commit_listeners:
            listener(self, journal, False)
        self._attach(None)
        for table, seen in journal.before.values():
            for key, value in seen.items():
                if value is _MISSING:
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
                    now = dict.get(table, key, _MISSING)
                    if now is _MISSING:
                        if before is not _MISSING:
                            deletes.setdefault(table.kind, []).append(key)
                    elif before is _MISSING or now != before:
                        upserts.setdefault(table.kind, []).append(now)
        scalars = (
            self.sequences != journal.sequences
            or self.clock.to_state() != journal.clock.to_state()
            or self.customer != journal.customer
        )
        if journal.replaced is not None:
            return self.everything()
        return Changes(upserts, deletes, scalars, everything=False)

    def end(self, journal: Journal) -> None:
        """Close a write that is kept."""
        self._forget_rendered(journal)
        for listener in self.commit_listeners:
            listener(self, journal, True)
        self._attach(None)
        self.version += 1

    def _forget_rendered(self, journal: Journal) -> None:
        """Drop the rendered bodies a write may have changed: the invoices it touched, those of the
        payments it touched, or all of them if it touched a reference object, the customer or everything."""
        if not self.rendered:
            return
        if journal.replaced is not None or self.customer != journal.customer:
            self.rendered.clear()
            return
        stale: set[int] = set()
        for table, seen in journal.before.values():
            if table.kind == "invoice":
                stale.update(seen)
            elif table.kind == "payment":
                for key, before in seen.items():
                    for payment in (before, dict.get(table, key, _MISSING)):
                        if payment is not _MISSING:
                            stale.add(payment.invoice_id)
            elif table.kind in REFERENCE_KINDS:
                self.rendered.clear()
                return
        for invoice_id in stale:
            self.rendered.pop(invoice_id, None)

    def replace_with(self, other: Workspace) -> None:
        """Take ``other``'s objects, sequences, clock and customer (reset, seed, import)."""
        if self.journal is not None:
            self.journal.replace(self.tables())
        self._set_tables(other.tables())
        self.sequences, self.clock, self.customer = dict(other.sequences), copy.copy(other.clock), other.customer
        self._attach(self.journal)
        self.version += 1

    def _set_tables(self, tables: dict[str, Table[t.Any]]) -> None:
        self.refs = {kind: tables[kind] for kind in REFERENCE_KINDS}
        self.invoices, self.payments, self.reports = tables["invoice"], tables["payment"], tables["invoice_report"]
        self.generic = {kind: table for kind, table in tables.items() if is_generic_kind(kind)}

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
        doc = _SNAPSHOT.validate_python(snap)
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


# -------------------------------------------------------------------- codec and document schema

Id = t.Annotated[int, pydantic.Field(ge=1, le=MAX_ID)]


def _sane_year(value: date) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"must fall between the years {MIN_YEAR} and {MAX_YEAR}")
    return value


class ReferenceObject(pydantic.BaseModel):
    """A stored reference object: an API-shaped dict with an id."""

    model_config = pydantic.ConfigDict(extra="allow")
    id: Id


_Date = date


class PaymentTermObject(ReferenceObject):
    """A payment term: its discount is a percentage, its windows whole days (pay and the previews use them)."""

    days: t.Annotated[int, pydantic.Field(ge=0, le=36_500)] | None = None
    discount_percent: t.Annotated[Decimal, pydantic.Field(ge=0, le=100)] | None = None
    discount_days: t.Annotated[int, pydantic.Field(ge=0, le=36_500)] | None = None


class TransactionObject(ReferenceObject):
    """A bank transaction: payments applied from it take its date."""

    date: t.Annotated[_Date, pydantic.AfterValidator(_sane_year)]


class InvoiceReportObject(ReferenceObject):
    """A saved invoice report: the report list shows its name."""

    name: str


#: Reference kinds whose fields the mock computes with, checked on import and seed.
_REFERENCE_MODELS: dict[str, type[ReferenceObject]] = {
    "payment_term": PaymentTermObject,
    "transaction": TransactionObject,
    "invoice_report": InvoiceReportObject,
}


class ClockState(pydantic.BaseModel):
    frozen_at: datetime | None = None
    offset_seconds: int = pydantic.Field(0, ge=-(10**10), le=10**10)

    @pydantic.field_validator("frozen_at")
    @classmethod
    def _frozen_in_range(cls, value: datetime | None) -> datetime | None:
        if value is not None:
            try:
                _sane_year((value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).date())
            except OverflowError:
                raise ValueError(f"must fall between the years {MIN_YEAR} and {MAX_YEAR}") from None
        return value

    @pydantic.model_validator(mode="after")
    def _now_in_range(self) -> ClockState:
        """A running clock with its offset must also read a time within the supported years."""
        if self.frozen_at is None and self.offset_seconds:
            now = datetime.now(UTC) + timedelta(seconds=self.offset_seconds)
            _sane_year(now.date())
        return self


class SnapshotDocument(pydantic.BaseModel):
    """The schema a snapshot (or state row set) must meet before it may replace a workspace."""

    model_config = pydantic.ConfigDict(extra="forbid")
    format: t.Literal["campfire-mock-snapshot/1"]
    customer: Id = 1
    sequences: dict[str, Id] = {}
    clock: ClockState = ClockState(frozen_at=None, offset_seconds=0)
    #: By kind: the hand-written ones (``KINDS``) and the generic resources' collection paths.
    objects: dict[str, list[dict[str, t.Any]]] = {}
    #: The objects as stored, by kind and id, filled by the validation below.
    _decoded: dict[str, dict[int, t.Any]] = pydantic.PrivateAttr(default_factory=dict)

    @pydantic.model_validator(mode="after")
    def _objects_valid(self) -> SnapshotDocument:
        errors: list[t.Any] = []
        decoded: dict[str, dict[int, t.Any]] = {}
        for kind, items in self.objects.items():
            if not is_kind(kind):
                errors.append(_error(("objects", kind), f"Unknown kind {kind!r}."))
                continue
            seen = decoded.setdefault(kind, {})
            for i, item in enumerate(items):
                try:
                    obj = decode(kind, item)
                except pydantic.ValidationError as exc:
                    errors.extend({**e, "loc": ("objects", kind, i, *e["loc"])} for e in exc.errors())
                    continue
                key = obj.id if isinstance(obj, Invoice | Payment) else obj["id"]
                if key in seen:
                    errors.append(_error(("objects", kind, i, "id"), f"Duplicate {kind} id {key}."))
                seen[key] = obj
        invoices, payments = decoded.get("invoice", {}), decoded.get("payment", {})
        for key, inv in invoices.items():
            for pid in inv.payment_ids:
                if pid not in payments or payments[pid].invoice_id != key:
                    errors.append(_error(("objects", "invoice", key), f"Payment {pid} of invoice {key} is missing."))
        for key, payment in payments.items():
            if key not in getattr(invoices.get(payment.invoice_id), "payment_ids", ()):
                errors.append(_error(("objects", "payment", key), f"Payment {key} belongs to no invoice."))
        if errors:
            raise pydantic.ValidationError.from_exception_data("SnapshotDocument", errors)
        self._decoded = decoded
        return self


def _error(loc: tuple[t.Any, ...], message: str) -> t.Any:
    """One error entry for ``pydantic.ValidationError.from_exception_data``."""
    return {"type": "value_error", "loc": loc, "input": None, "ctx": {"error": ValueError(message)}}


_SNAPSHOT = pydantic.TypeAdapter(SnapshotDocument)
_INVOICE = pydantic.TypeAdapter(Invoice)
_PAYMENT = pydantic.TypeAdapter(Payment)
_REFERENCE = pydantic.TypeAdapter(ReferenceObject)
_ANY: pydantic.TypeAdapter[t.Any] = pydantic.TypeAdapter(t.Any)
_REFERENCE_ADAPTERS: dict[str, pydantic.TypeAdapter[t.Any]] = {
    kind: pydantic.TypeAdapter(model) for kind, model in _REFERENCE_MODELS.items()
}


def _key(obj: t.Any) -> int:
    return int(obj["id"] if isinstance(obj, dict) else obj.id)


def encode(kind: str, obj: t.Any) -> t.Any:
    """A stored object as JSON-ready data."""
    if kind == "invoice":
        return _INVOICE.dump_python(obj, mode="json")
    if kind == "payment":
        return _PAYMENT.dump_python(obj, mode="json")
    return obj


def encode_json(kind: str, obj: t.Any) -> bytes:
    """A stored object as a compact JSON row (fields at their defaults left out)."""
    if kind == "invoice":
        return _INVOICE.dump_json(obj, exclude_defaults=True)
    if kind == "payment":
        return _PAYMENT.dump_json(obj, exclude_defaults=True)
    return _ANY.dump_json(obj)


def decode(kind: str, data: t.Any) -> t.Any:
    """Inverse of ``encode``; raises ``pydantic.ValidationError`` for data that is not such an object."""
    if kind == "invoice":
        return _check_invoice(_INVOICE.validate_python(data))
    if kind == "payment":
        return _check_payment(_PAYMENT.validate_python(data))
    _REFERENCE_ADAPTERS.get(kind, _REFERENCE).validate_python(data)
    return copy.deepcopy(data)


def decode_json(kind: str, text: str | bytes) -> t.Any:
    """A row this store wrote: types are checked by pydantic; the range checks ``decode`` adds for
    imported data were already passed on the way in."""
    if kind == "invoice":
        return _INVOICE.validate_json(text)
    if kind == "payment":
        return _PAYMENT.validate_json(text)
    return _REFERENCE.validate_json(text).model_dump()


def _check_invoice(inv: Invoice) -> Invoice:
    problems: list[t.Any] = []
    ids = [("id",), ("journal_entry",)] + [("lines", i, "id") for i in range(len(inv.lines))]
    for loc in ids:
        value: t.Any = inv
        for part in loc:
            value = value[part] if isinstance(part, int) else getattr(value, part)
        if not 1 <= value <= MAX_ID:
            problems.append(_error(loc, f"Ensure this id is between 1 and {MAX_ID}."))
    for name in ("invoice_date", "due_date", "paid_date", "sent_date", "voided_date", "uncollectible_date"):
        value = getattr(inv, name)
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            problems.append(_error((name,), f"Ensure the year is between {MIN_YEAR} and {MAX_YEAR}."))
    if not inv.lines:
        problems.append(_error(("lines",), "An invoice needs at least one line."))
    if problems:
        raise pydantic.ValidationError.from_exception_data("Invoice", problems)
    return inv


def _check_payment(payment: Payment) -> Payment:
    for name in ("id", "invoice_id", "journal_entry"):
        if not 1 <= getattr(payment, name) <= MAX_ID:
            raise pydantic.ValidationError.from_exception_data(
                "Payment", [_error((name,), f"Ensure this id is between 1 and {MAX_ID}.")]
            )
    return payment
