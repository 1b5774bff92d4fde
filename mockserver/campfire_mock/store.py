"""Token -> workspace, and durability.

A workspace is created from the server's seed the first time its token is used, so
parallel test runs that share one server never see each other's data. Every request
runs inside ``Store.read`` or ``Store.write`` under its workspace's own lock (the store's
lock guards only which workspaces exist, and is held for moments), so a thread writing
one workspace (a webhook's events log, an import) never holds up another workspace; a
write is a transaction (see ``domain.workspace``): if anything raises before it ends, the
workspace is rolled back to exactly what it was, and nothing is saved.

With a state file, the store is an SQLite database (WAL, ``synchronous=FULL``): each
write commits only the rows it changed before the response leaves, and the whole state
is loaded back at start-up. One server at a time may hold a state file (an exclusive
``flock``, released by the kernel even on ``kill -9``); a file that is not ours, or is
damaged, stops start-up with a clear message and is never overwritten.
"""

from __future__ import annotations

import collections
import contextlib
import fcntl
import functools
import gc
import hashlib
import hmac
import json
import logging
import os
import pickle
import secrets
import sqlite3
import threading
import typing as t
from dataclasses import dataclass
from pathlib import Path

import pydantic

from .budget import check_budget, workspace_bytes, write_bytes
from .domain.seeding import load_seed
from .domain.workspace import Changes, Seed, Table, Workspace, decode_json, encode_json, is_kind
from .errors import Conflict, DomainError, TooManyWorkspaces
from .limits import DEFAULT_MAX_WORKSPACE_BYTES, DEFAULT_MAX_WORKSPACES

logger = logging.getLogger("campfire_mock")

#: ``PRAGMA application_id`` of our state files ("CFMK"), and the schema version.
APPLICATION_ID = 0x43464D4B
SCHEMA_VERSION = 1
SQLITE_HEADER = b"SQLite format 3\x00"
SCHEMA = """
CREATE TABLE workspace (token TEXT PRIMARY KEY, meta TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE object (
    token TEXT NOT NULL,
    kind TEXT NOT NULL,
    id INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (token, kind, id)
) WITHOUT ROWID;
"""


#: One stored object, encoded: (kind, id, its compact JSON).
Row = tuple[str, int, bytes]


@dataclass(frozen=True)
class Measured:
    """A new workspace's bytes (its storage budget's measure), and, with a state file, its rows encoded."""

    size: int
    rows: list[Row] | None = None


class StateFileError(Exception):
    """The state file cannot be used; the message says why, in one line."""


class StateDatabase:
    """The SQLite file behind ``--state-file``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.is_dir():
            raise StateFileError(f"state file {path} is a directory")
        if not path.parent.is_dir():
            raise StateFileError(f"state file {path}: directory {path.parent} does not exist")
        existing = path.exists() and path.stat().st_size > 0
        if existing:
            with path.open("rb") as fh:
                if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    raise StateFileError(f"{path} is not a campfire-mock state file (not an SQLite database)")
        try:
            self._lock_fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StateFileError(f"cannot open state file {path}: {exc.strerror}") from None
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_fd)
            raise StateFileError(f"state file {path} is in use by another campfire-mock server") from None
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._prepare(existing)
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StateFileError(f"{path} is damaged or not a campfire-mock state file: {exc}") from None

    def _prepare(self, existing: bool) -> None:
        conn = self.conn
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if existing and (app_id != APPLICATION_ID or not {"workspace", "object"} <= tables):
            raise StateFileError(f"{self.path} is an SQLite database, but not a campfire-mock state file")
        if existing:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                raise StateFileError(f"{self.path} has state format {version}; this server reads {SCHEMA_VERSION}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if not existing:
            with self.transaction():
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    #: One transaction at a time on the one connection (workspaces commit from several threads).
    lock = threading.RLock()

    @contextlib.contextmanager
    def transaction(self) -> t.Iterator[sqlite3.Connection]:
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def load(self) -> dict[str, Workspace]:
        """Every saved workspace; a row that does not decode stops start-up."""
        tables: dict[str, dict[str, Table[t.Any]]] = {}
        workspaces: dict[str, Workspace] = {}
        for token, meta in self.conn.execute("SELECT token, meta FROM workspace"):
            ws = workspaces[token] = Workspace()
            ws.load_meta(json.loads(meta))
            tables[token] = ws.tables()
        collecting = gc.isenabled()
        gc.disable()  # millions of new objects, none of them garbage: collections would only cost time
        try:
            for token, kind, key, body in self.conn.execute("SELECT token, kind, id, body FROM object"):
                table = tables.get(token, {}).get(kind)
                if table is None and token in workspaces and is_kind(kind):
                    table = tables[token][kind] = workspaces[token].table(kind)
                if table is None:
                    raise StateFileError(f"{self.path}: row {kind} {key} belongs to no workspace")
                try:
                    dict.__setitem__(table, key, decode_json(kind, body))
                except pydantic.ValidationError as exc:
                    raise StateFileError(f"{self.path}: {kind} {key} is damaged: {exc.errors()[0]['msg']}") from None
        finally:
            if collecting:
                gc.enable()
        return workspaces

    def sizes(self) -> dict[str, int]:
        """Bytes of each saved workspace's objects (its storage budget's measure), without decoding them."""
        query = "SELECT token, SUM(LENGTH(CAST(body AS BLOB))) FROM object GROUP BY token"
        return {token: int(size or 0) for token, size in self.conn.execute(query)}

    def save(self, token: str, changes: Changes, encoded: list[Row] | None = None) -> None:
        """Commit one write's changes, as handed over: the changed rows, or every row after a replacement
        (``encoded``: those rows already encoded, off every lock, by ``Store.measure``)."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO workspace (token, meta) VALUES (?, ?)",
                (token, json.dumps(changes.meta)),
            )
            rows: t.Iterable[tuple[str, str, int, bytes]] = (
                (token, kind, _key(obj), encode_json(kind, obj))
                for kind, objs in changes.upserts.items()
                for obj in objs
            )
            if encoded is not None and changes.everything:
                rows = ((token, kind, key, body) for kind, key, body in encoded)
            if changes.everything:
                conn.execute("DELETE FROM object WHERE token = ?", (token,))
            else:
                conn.executemany(
                    "DELETE FROM object WHERE token = ? AND kind = ? AND id = ?",
                    [(token, kind, key) for kind, keys in changes.deletes.items() for key in keys],
                )
            conn.executemany("INSERT OR REPLACE INTO object (token, kind, id, body) VALUES (?, ?, ?, ?)", rows)

    def drop_all(self) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM object")
            conn.execute("DELETE FROM workspace")

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()
        with contextlib.suppress(OSError):
            os.close(self._lock_fd)


#: Keys the hints of one server run: a hint tells workspaces apart, and says nothing about the key.
_HINT_KEY = secrets.token_bytes(16)


def token_hint(token: str) -> str:
    """A short keyed hash of a workspace's key, for listings and logs (no part of the key itself)."""
    return "#" + hmac.new(_HINT_KEY, token.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:10]


def _key(obj: t.Any) -> int:
    return int(obj["id"] if isinstance(obj, dict) else obj.id)


class WorkspacesInUse(TooManyWorkspaces):
    """503: a new key, and every workspace an in-memory server holds took a write (none may be forgotten)."""

    def __init__(self, limit: int) -> None:
        DomainError.__init__(
            self,
            f"This server holds its limit of {limit} workspaces (--max-workspaces), each with writes it must not "
            "forget; use a key it already knows, or restart it with a larger "
            "--max-workspaces.",
        )


class WorkspaceReset(Conflict):
    """409: the whole store was reset while this write ran (``Store.reset``); the write is undone."""

    def __init__(self) -> None:
        super().__init__("Every workspace was reset while this write ran; nothing was changed.")


class _Held:
    """``with store._held(token) as ws``: the workspace of ``token`` (created from the seed if new), under its
    own lock, counted as open (so no other workspace's creation forgets it) until the block ends. A reset that
    comes first is seen: the new workspace is taken. A class rather than a generator: every request takes one."""

    __slots__ = ("lock", "store", "token")

    def __init__(self, store: Store, token: str) -> None:
        self.store = store
        self.token = token
        self.lock: threading.RLock | None = None

    def __enter__(self) -> Workspace:
        store, token = self.store, self.token
        while True:
            with store.lock:
                ws = store.workspace(token)
                lock = store._locks.get(token)
                if lock is None:
                    lock = store._locks[token] = threading.RLock()
                store._open[token] = store._open.get(token, 0) + 1
            lock.acquire()
            if store.workspaces.get(token) is ws:  # else a reset came first: take the new one
                self.lock = lock
                return ws
            lock.release()
            self._leave()

    def __exit__(self, *exc: object) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
            self._leave()

    def _leave(self) -> None:
        store, token = self.store, self.token
        with store.lock:
            left = store._open.pop(token) - 1
            if left:
                store._open[token] = left


class Store:
    """All workspaces of one server, the seed they start from, and optional persistence."""

    def __init__(
        self,
        seed: Seed | None = None,
        *,
        state_file: Path | None = None,
        audit: bool | None = None,
        max_workspaces: int = DEFAULT_MAX_WORKSPACES,
        max_workspace_bytes: int = DEFAULT_MAX_WORKSPACE_BYTES,
    ) -> None:
        #: Which workspaces exist (and their sizes, which took writes): held for moments, never for a request.
        self.lock = threading.RLock()
        #: Each workspace's own lock, held by the reads and writes on it; and how many are open or waiting
        #: on each workspace (one with any is never forgotten to make room).
        self._locks: dict[str, threading.RLock] = {}
        self._open: dict[str, int] = {}
        self.seed = seed
        #: Workspaces by token, least recently used first.
        #: (Reordered in place, so a thread that looks a workspace up without the lock never misses it.)
        self.workspaces: collections.OrderedDict[str, Workspace] = collections.OrderedDict()
        #: Workspaces held at once: beyond it an in-memory store forgets its least recently used workspace
        #: that never took a write (it is the seed, and comes back the same), and refuses the new token (503)
        #: when every one has; a store with a state file refuses the new token (503).
        self.max_workspaces = max_workspaces
        #: Tokens whose workspace took a write that was kept: never forgotten.
        self.written: set[str] = set()
        #: Bytes each workspace may store (``budget.py``), and what each holds (measured on first write).
        self.max_workspace_bytes = max_workspace_bytes
        self.sizes: dict[str, int] = {}
        #: The size of the workspace a write is replacing with one measured ahead (``replace``), by token.
        self._measured: dict[str, int] = {}
        #: Its rows, encoded ahead, for the state file.
        self._encoded: dict[str, list[Row]] = {}
        #: Check every write's journal against whole snapshots (slow; the test suite turns it on).
        self.audit = os.environ.get("CAMPFIRE_MOCK_AUDIT") == "1" if audit is None else audit
        self.db = StateDatabase(state_file) if state_file is not None else None
        if self.db is not None:
            try:
                self.workspaces = collections.OrderedDict(self.db.load())
                self.sizes = self.db.sizes()
            except sqlite3.DatabaseError as exc:  # a damaged page shows up while reading it
                self.db.close()
                raise StateFileError(f"{state_file} is damaged: {exc}") from None

    #: (seed, second, pickled workspace): the seed loaded at that second of the clock, for copies.
    _seeded_copy: tuple[Seed, str, bytes] | None = None

    def seeded(self) -> Workspace:
        """A new workspace filled from the server's seed.

        Loading the demo seed takes ~1.5 ms; unpickling a workspace seeded in the same clock second
        (so with the same default ``created_at``) gives the same workspace in ~0.2 ms, which is what a
        test with a fresh workspace pays."""
        ws = Workspace()
        if self.seed is None:
            return ws
        second = ws.now_text()
        copy = self._seeded_copy
        if copy is not None and copy[0] is self.seed and copy[1] == second:
            return t.cast(Workspace, pickle.loads(copy[2]))
        load_seed(ws, self.seed)
        self._seeded_copy = (self.seed, second, pickle.dumps(ws, protocol=pickle.HIGHEST_PROTOCOL))
        return ws

    def workspace(self, token: str) -> Workspace:
        with self.lock:
            ws = self.workspaces.get(token)
            if ws is not None:
                self.workspaces.move_to_end(token)  # now the most recently used
                return ws
            if len(self.workspaces) >= self.max_workspaces:
                self._make_room(token)
            ws = self.seeded()
            if self.db is not None:
                self.db.save(token, ws.everything())
            self.workspaces[token] = ws
            return ws

    def _make_room(self, token: str) -> None:
        """Forget the least recently used workspace that took no write for ``token``'s, or refuse it (503:
        with a state file, or when every workspace held took a write)."""
        if self.db is not None:
            logger.warning(
                "refused workspace %s: the server holds its limit of %d workspaces (--max-workspaces)",
                token_hint(token),
                self.max_workspaces,
            )
            raise TooManyWorkspaces(self.max_workspaces)
        oldest = next((key for key in self.workspaces if key not in self.written and not self._open.get(key)), None)
        if oldest is None:
            logger.warning(
                "refused workspace %s: all %d workspaces hold writes (--max-workspaces)",
                token_hint(token),
                self.max_workspaces,
            )
            raise WorkspacesInUse(self.max_workspaces)
        del self.workspaces[oldest]
        self.sizes.pop(oldest, None)
        self._locks.pop(oldest, None)
        logger.info(
            "forgot workspace %s, the least recently used that took no write, for %s (--max-workspaces %d)",
            token_hint(oldest),
            token_hint(token),
            self.max_workspaces,
        )

    def _held(self, token: str) -> _Held:
        """``token``'s workspace (created from the seed if new), under its own lock."""
        return _Held(self, token)

    def read(self, token: str) -> contextlib.AbstractContextManager[Workspace]:
        """``with store.read(token) as ws``: the workspace, held under its lock for the block."""
        return _Held(self, token)

    @contextlib.contextmanager
    def write(self, token: str) -> t.Iterator[Workspace]:
        """A transaction on one workspace (the workspace's own, ``Workspace.transaction``): the store
        only persists the changes it hands over at commit."""
        with self._held(token) as ws:
            persist = functools.partial(self._persist, token, ws)
            before = self.sizes.get(token)
            if before is None:
                before = workspace_bytes(ws)
            try:
                with ws.transaction(persist, audit=self.audit):
                    yield ws
                    size = self._measured.pop(token, None)
                    if size is None:
                        size = write_bytes(ws, before)
                    if size > before:
                        check_budget(size, self.max_workspace_bytes)
            finally:
                self._measured.pop(token, None)
                self._encoded.pop(token, None)
            with self.lock:
                if self.workspaces.get(token) is ws:
                    self.sizes[token] = size
                    self.written.add(token)

    def _persist(self, token: str, ws: Workspace, changes: Changes) -> None:
        """Keep a write's changes (in the state file, if there is one), unless the store was reset meanwhile
        (``WorkspaceReset``, and the write is undone): a reset forgets only what was written before it."""
        if self.db is None:
            with self.lock:
                if self.workspaces.get(token) is not ws:
                    raise WorkspaceReset()
            return
        encoded = self._encoded.pop(token, None)
        with self.db.lock:  # a reset holds it from forgetting the workspaces to emptying the file
            if self.workspaces.get(token) is not ws:
                raise WorkspaceReset()
            self.db.save(token, changes, encoded)

    def measure(self, fresh: Workspace) -> Measured:
        """The bytes ``fresh`` (a workspace no one else holds yet) stores, and with a state file its rows
        encoded: done off every lock, before ``replace`` swaps it in, so the write that takes it neither
        measures nor encodes it again while it holds its workspace (and the state file)."""
        if self.db is None:
            return Measured(workspace_bytes(fresh))
        rows = [
            (kind, _key(obj), encode_json(kind, obj))
            for kind, table in fresh.tables().items()
            for obj in dict.values(table)
        ]
        return Measured(sum(len(body) for _, _, body in rows), rows)

    def replace(self, token: str, ws: Workspace, fresh: Workspace, measured: Measured) -> None:
        """Inside an open ``write`` on ``token``'s workspace ``ws``: take ``fresh``'s objects (an import built
        off the lock), as ``measure`` measured them. The swap costs the same whatever its size."""
        ws.replace_with(fresh)
        self._measured[token] = measured.size
        if measured.rows is not None:
            self._encoded[token] = measured.rows

    def reset(self) -> None:
        """Forget every workspace (each starts again from the seed on next use)."""
        with self.lock, self.db.lock if self.db is not None else contextlib.nullcontext():
            self.workspaces.clear()
            self.written.clear()
            self.sizes.clear()
            self._locks = {token: lock for token, lock in self._locks.items() if self._open.get(token)}
            if self.db is not None:
                self.db.drop_all()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
