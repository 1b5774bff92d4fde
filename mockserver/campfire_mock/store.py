"""In-memory state: one ``Workspace`` per API token, all guarded by one lock.

A workspace is created, from the server's seed, the first time its token is used,
so parallel test runs that share one server never see each other's data.
``Workspace.reset()`` re-runs ``__init__``: a reset workspace and a fresh one
cannot differ. With a state file, every acknowledged write is saved (atomic
replace + fsync) before the response leaves, and loaded back at start-up.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import threading
import typing as t
from collections import deque
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from .clock import Clock, format_timestamp, parse_moment
from .domain.models import Invoice, Line, Payment, PaymentType

SNAPSHOT_FORMAT = "campfire-mock-snapshot/1"
STATE_FORMAT = "campfire-mock-state/1"
REQUEST_LOG_SIZE = 10_000

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

Seed = dict[str, t.Any]


class Workspace:
    """Everything one token can see."""

    def __init__(self, seed: Seed | None = None, loader: t.Callable[[Workspace, Seed], None] | None = None) -> None:
        self._seed = seed
        self._loader = loader
        self.refs: dict[str, dict[int, dict[str, t.Any]]] = {kind: {} for kind in REFERENCE_KINDS}
        self.invoices: dict[int, Invoice] = {}
        self.payments: dict[int, Payment] = {}
        self.reports: dict[int, dict[str, t.Any]] = {}
        self.sequences: dict[str, int] = {}
        self.clock = Clock()
        self.customer = 1
        self.request_log: deque[dict[str, t.Any]] = deque(maxlen=REQUEST_LOG_SIZE)
        #: Bumped on every write, so derived data (the report table) knows when it is stale.
        self.version = 0
        self.derived: dict[t.Hashable, t.Any] = {}
        if seed is not None and loader is not None:
            loader(self, seed)

    def reset(self) -> None:
        log = self.request_log
        self.__init__(self._seed, self._loader)  # type: ignore[misc]
        self.request_log = log

    def next_id(self, kind: str) -> int:
        value = self.sequences.get(kind, 1)
        self.sequences[kind] = value + 1
        return value

    def bump_sequence(self, kind: str, used: int) -> None:
        """Make sure ids handed out later are above ``used``."""
        if self.sequences.get(kind, 1) <= used:
            self.sequences[kind] = used + 1

    def counts(self) -> dict[str, int]:
        counts = {kind: len(objs) for kind, objs in self.refs.items()}
        counts.update(invoice=len(self.invoices), payment=len(self.payments), invoice_report=len(self.reports))
        return counts

    def now_text(self) -> str:
        return format_timestamp(self.clock.now())

    # ---------------------------------------------------------------- snapshots

    def snapshot(self) -> dict[str, t.Any]:
        objects: dict[str, list[t.Any]] = {kind: list(objs.values()) for kind, objs in self.refs.items()}
        objects["invoice"] = [encode(inv) for inv in self.invoices.values()]
        objects["payment"] = [encode(p) for p in self.payments.values()]
        objects["invoice_report"] = list(self.reports.values())
        return {
            "format": SNAPSHOT_FORMAT,
            "customer": self.customer,
            "objects": json.loads(json.dumps(objects, default=str)),
            "sequences": dict(self.sequences),
            "clock": self.clock.to_state(),
        }

    def restore(self, snap: dict[str, t.Any]) -> None:
        """Replace this workspace's state with a snapshot (validated first)."""
        objects = snap["objects"]
        refs = {kind: {int(o["id"]): o for o in objects.get(kind, [])} for kind in REFERENCE_KINDS}
        invoices = {int(o["id"]): decode(Invoice, o) for o in objects.get("invoice", [])}
        payments = {int(o["id"]): decode(Payment, o) for o in objects.get("payment", [])}
        reports = {int(o["id"]): o for o in objects.get("invoice_report", [])}
        clock = Clock.from_state(snap.get("clock") or {})
        self.refs, self.invoices, self.payments, self.reports = refs, invoices, payments, reports
        self.sequences = {k: int(v) for k, v in (snap.get("sequences") or {}).items()}
        self.customer = int(snap.get("customer", 1))
        self.clock = clock
        self.version += 1


class Store:
    """All workspaces of one server, the seed they start from, and optional persistence."""

    def __init__(
        self,
        seed: Seed | None = None,
        *,
        loader: t.Callable[[Workspace, Seed], None] | None = None,
        state_file: Path | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self.seed = seed
        self.loader = loader
        self.state_file = state_file
        self.workspaces: dict[str, Workspace] = {}
        if state_file is not None and state_file.exists():
            self._load_state(state_file)

    def workspace(self, token: str) -> Workspace:
        with self.lock:
            ws = self.workspaces.get(token)
            if ws is None:
                ws = self.workspaces[token] = Workspace(self.seed, self.loader)
            return ws

    def reset(self) -> None:
        """Forget every workspace (each starts again from the seed on next use)."""
        with self.lock:
            self.workspaces.clear()
            self.persist()

    # ---------------------------------------------------------------- durability

    def persist(self) -> None:
        """Write every workspace to the state file: temp file, fsync, atomic replace."""
        if self.state_file is None:
            return
        with self.lock:
            state = {
                "format": STATE_FORMAT,
                "workspaces": {token: ws.snapshot() for token, ws in self.workspaces.items()},
            }
            data = json.dumps(state, separators=(",", ":")).encode()
        directory = self.state_file.parent
        fd, tmp = tempfile.mkstemp(prefix=".campfire-mock-", dir=directory)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.state_file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def _load_state(self, path: Path) -> None:
        state = json.loads(path.read_text(encoding="utf-8"))
        if state.get("format") != STATE_FORMAT:
            raise ValueError(f"{path} is not a campfire-mock state file")
        for token, snap in state["workspaces"].items():
            ws = Workspace(self.seed, None)
            ws._loader = self.loader
            ws.restore(snap)
            self.workspaces[token] = ws


# -------------------------------------------------------------------- dataclass codec


def encode(obj: t.Any) -> t.Any:
    """A dataclass (and what it holds) as JSON-safe data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [encode(v) for v in obj]
    if isinstance(obj, dict):
        return {k: encode(v) for k, v in obj.items()}
    if isinstance(obj, datetime):
        return format_timestamp(obj)
    if isinstance(obj, date | Decimal):
        return str(obj)
    return obj


_HINTS: dict[type, dict[str, t.Any]] = {}


def decode(cls: type[t.Any], data: dict[str, t.Any]) -> t.Any:
    """Inverse of ``encode`` for ``Invoice``, ``Line`` and ``Payment``."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = t.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _decode_value(hints[f.name], data[f.name])
    return cls(**kwargs)


def _decode_value(hint: t.Any, value: t.Any) -> t.Any:
    if value is None:
        return None
    args = [a for a in t.get_args(hint) if a is not type(None)]
    origin = t.get_origin(hint)
    if origin is list:
        (item,) = t.get_args(hint)
        return [_decode_value(item, v) for v in value]
    if origin is dict:
        return dict(value)
    if args and origin is not None and len(args) == 1:
        return _decode_value(args[0], value)
    if hint is Decimal:
        return Decimal(str(value))
    if hint is datetime:
        return parse_moment(value)
    if hint is date:
        return date.fromisoformat(value)
    if hint is Line:
        return decode(Line, value)
    if hint is PaymentType:
        return PaymentType(value)
    return value
