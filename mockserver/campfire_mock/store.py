"""Token -> workspace, and durability.

A workspace is created from the server's seed the first time its token is used, so
parallel test runs that share one server never see each other's data. Every request
runs inside ``Store.read`` or ``Store.write`` under its workspace's own lock (the store's
lock guards only which workspaces exist, and is held for moments), so a thread writing
one workspace (a webhook's events log, an import) never holds up another workspace; a
write is a transaction (see ``domain.workspace``): if anything raises before it ends, the
workspace is rolled back to exactly what it was, and nothing is saved.

With a state file, the store is an SQLite database (WAL, ``synchronous=FULL``,
``state_file.py``): each write commits only the rows it changed before the response leaves
(a write that replaces a whole workspace stages its rows in short transactions and then
switches to them in one), and the whole state is loaded back at start-up. One server at a
time may hold a state file (an exclusive ``flock``, released by the kernel even on
``kill -9``); a file that is not ours, or is damaged, stops start-up with a clear message and is never overwritten.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import functools
import hashlib
import hmac
import logging
import os
import pickle
import secrets
import sqlite3
import threading
import typing as t
from dataclasses import dataclass
from pathlib import Path

from .budget import check_budget, workspace_bytes, write_bytes
from .domain.seeding import load_seed
from .domain.workspace import Changes, Journal, Seed, Transaction, Workspace, encode_json
from .errors import Conflict, DomainError, TooManyWorkspaces
from .limits import DEFAULT_MAX_WORKSPACE_BYTES, DEFAULT_MAX_WORKSPACES
from .state_file import Row, StagingLost, StateDatabase, StateFileError, rows_of

logger = logging.getLogger("campfire_mock")


@dataclass(frozen=True)
class Measured:
    """A new workspace's bytes (its storage budget's measure), and, with a state file, the slot its rows
    were staged under (``StateDatabase.stage``)."""

    size: int
    slot: str | None = None


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
                ws = store.workspaces.get(token)
                if ws is None:
                    ws = store.workspace(token)
                else:  # (``Store.workspace``'s own path for a known key, without its call and second lock)
                    store.workspaces.move_to_end(token)  # now the most recently used
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

    def __exit__(
        self, kind: type[BaseException] | None = None, exc: BaseException | None = None, tb: t.Any = None
    ) -> None:
        lock = self.lock
        if lock is not None:
            self.lock = None
            lock.release()
            store, token = self.store, self.token
            with store.lock:  # (``_leave``, inline: every request ends here)
                left = store._open.pop(token) - 1
                if left:
                    store._open[token] = left

    def _leave(self) -> None:
        """No longer counted as open (``_open``)."""
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
        #: With a state file, the slot its rows were staged under (``StateDatabase.stage``), by token; and the
        #: slot this thread staged that no write has taken yet (let go when the thread's next write ends).
        self._staged: dict[str, str] = {}
        self._local = threading.local()
        #: The rows the open write's budget check encoded, by token, for the state file to save as they are.
        self._encoded: dict[str, dict[int, bytes]] = {}
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

    #: (seed, second, pickled workspace, its bytes): the seed loaded at that second of the clock, for copies.
    _seeded_copy: tuple[Seed, str, bytes, int] | None = None

    def seeded(self) -> Workspace:
        """A new workspace filled from the server's seed.

        Loading the demo seed takes ~1.5 ms; unpickling a workspace seeded in the same clock second
        (so with the same default ``created_at``) gives the same workspace in ~0.2 ms, which is what a
        test with a fresh workspace pays."""
        return self._seeded()[0]

    def _seeded(self) -> tuple[Workspace, int]:
        """``seeded()``, with its bytes (its storage budget's measure, taken once per copy of the seed, so
        a new workspace's first write measures only what it touches)."""
        ws = Workspace()
        if self.seed is None:
            return ws, 0
        second = ws.now_text()
        copy = self._seeded_copy
        if copy is not None and copy[0] is self.seed and copy[1] == second:
            return t.cast(Workspace, pickle.loads(copy[2])), copy[3]
        load_seed(ws, self.seed)
        size = workspace_bytes(ws)
        self._seeded_copy = (self.seed, second, pickle.dumps(ws, protocol=pickle.HIGHEST_PROTOCOL), size)
        return ws, size

    def workspace(self, token: str) -> Workspace:
        with self.lock:
            ws = self.workspaces.get(token)
            if ws is not None:
                self.workspaces.move_to_end(token)  # now the most recently used
                return ws
            if len(self.workspaces) >= self.max_workspaces:
                self._make_room(token)
            ws, size = self._seeded()
            if self.db is not None:
                self.db.save(token, ws.everything())
            self.workspaces[token] = ws
            self.sizes[token] = size
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

    def write(self, token: str) -> contextlib.AbstractContextManager[Workspace]:
        """A transaction on one workspace (the workspace's own, ``Workspace.transaction``): the store
        only persists the changes it hands over at commit, and refuses (413, undone) a write beyond the
        workspace's storage budget."""
        return _Write(self, token)

    def _let_go(self, slot: str | None) -> None:
        """A staged slot no write took (an import refused or undone): its rows go (nothing, once taken)."""
        if slot is not None and self.db is not None:
            self.db.discard(slot)

    def _check_kept(self, token: str, ws: Workspace) -> None:
        """``WorkspaceReset`` (the write is undone) if the store was reset while a write on ``ws`` ran: a reset
        forgets only what was written before it."""
        with self.lock:
            if self.workspaces.get(token) is not ws:
                raise WorkspaceReset()

    def _persist(self, token: str, ws: Workspace, changes: Changes) -> None:
        """Keep a write's changes in the state file, unless the store was reset meanwhile
        (``WorkspaceReset``, and the write is undone)."""
        if self.db is None:
            self._check_kept(token, ws)
            return
        changes = dataclasses.replace(changes, meta=ws.meta())
        staged = self._staged.get(token)
        try:
            if changes.everything and staged is None:  # a reset or seed: its rows staged first, in batches
                staged = self._staged[token] = self.db.stage(rows_of(changes))
            with self.db.lock:  # a reset holds it from forgetting the workspaces to emptying the file
                if self.workspaces.get(token) is not ws:
                    raise WorkspaceReset()
                self.db.save(token, changes, staged, self._encoded.pop(token, None))
        except StagingLost:
            raise WorkspaceReset() from None

    def measure(self, fresh: Workspace) -> Measured:
        """The bytes ``fresh`` (a workspace no one else holds yet) stores, and with a state file its rows
        staged under a new slot: done off every lock (the state file is held a batch at a time), before
        ``replace`` swaps it in, so the write that takes it only switches the workspace to that slot, in
        one short transaction, whatever its size. The slot is let go if the thread's next write does not
        take it."""
        if self.db is None:
            return Measured(workspace_bytes(fresh))
        size = 0

        def rows() -> t.Iterator[Row]:
            nonlocal size
            for kind, table in fresh.tables().items():
                for obj in dict.values(table):
                    body = encode_json(kind, obj)
                    size += len(body)
                    yield kind, _key(obj), body

        self._let_go(getattr(self._local, "staged", None))
        try:
            slot = self._local.staged = self.db.stage(rows())
        except StagingLost:
            raise WorkspaceReset() from None
        return Measured(size, slot)

    def replace(self, token: str, ws: Workspace, fresh: Workspace, measured: Measured) -> None:
        """Inside an open ``write`` on ``token``'s workspace ``ws``: take ``fresh``'s objects (an import built
        off the lock), as ``measure`` measured them. The swap costs the same whatever its size."""
        ws.replace_with(fresh)
        self._measured[token] = measured.size
        if measured.slot is not None:
            self._staged[token] = measured.slot
            if getattr(self._local, "staged", None) == measured.slot:
                self._local.staged = None

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


class _Write(_Held):
    """``with store.write(token) as ws``: one write transaction on ``token``'s workspace, under its lock,
    measured against its storage budget before it is kept. A class rather than a generator: every
    write takes one. In memory with no audit (nothing to persist nor to check), the workspace's journal is
    the whole transaction (``Workspace.begin``/``end``/``rollback``), and the write is found kept, its size
    and the key's write noted, under one hold of the store's lock; with a state file or the audit,
    ``Workspace.transaction`` runs it. Either way: undone on any error, 413 beyond the budget, 409
    (``WorkspaceReset``) if the store was reset meanwhile."""

    __slots__ = ("before", "journal", "txn", "ws")

    def __init__(self, store: Store, token: str) -> None:
        self.store = store
        self.token = token
        self.lock = None
        self.ws: Workspace | None = None
        self.txn: Transaction | None = None
        self.journal: Journal | None = None
        self.before = 0

    def __enter__(self) -> Workspace:
        store, token = self.store, self.token
        try:
            ws = self.ws = _Held.__enter__(self)
            try:
                before = store.sizes.get(token)
                self.before = workspace_bytes(ws) if before is None else before
                if store.db is None and not store.audit:
                    self.journal = ws.begin()
                else:
                    # In memory, nothing is persisted: the write's changes are not even listed (a reset
                    # meanwhile is found by ``__exit__``); with a state file they are saved as the write is kept.
                    persist = None if store.db is None else functools.partial(store._persist, token, ws)
                    txn = self.txn = ws.transaction(persist, audit=store.audit)
                    txn.__enter__()
            except BaseException:
                store._measured.pop(token, None)
                store._let_go(store._staged.pop(token, None))
                _Held.__exit__(self)
                raise
        except BaseException:
            store._let_go(getattr(store._local, "staged", None))
            store._local.staged = None
            raise
        return ws

    def __exit__(
        self, kind: type[BaseException] | None = None, exc: BaseException | None = None, tb: t.Any = None
    ) -> None:
        if self.txn is not None:
            self._exit_transaction(kind, exc, tb)
            return
        # In memory with no audit: the journal alone. Found kept (not reset), its size and the key's write
        # noted, and no longer counted as open, under one hold of the store's lock; then ended, and its own
        # lock released.
        store, token, ws, journal, before = self.store, self.token, self.ws, self.journal, self.before
        assert ws is not None and journal is not None
        kept = False
        try:
            if exc is not None:
                ws.rollback(journal)
                return
            try:
                journal.seal()
                size = store._measured.pop(token, None)  # (an import's replacement, measured ahead)
                if size is None:
                    size = write_bytes(ws, before)
                if size > before:
                    check_budget(size, store.max_workspace_bytes)
            except BaseException:
                ws.rollback(journal)
                raise
            with store.lock:
                if store.workspaces.get(token) is ws:
                    store.sizes[token] = size
                    store.written.add(token)  # (so never forgotten, though no longer counted as open)
                    left = store._open.pop(token) - 1  # (``_Held._leave``)
                    if left:
                        store._open[token] = left
                    kept = True
            if not kept:
                ws.rollback(journal)
                raise WorkspaceReset()
            ws.end(journal)  # off the store's lock (its listeners' work grows with the workspace), under its own
        finally:
            if kept:
                lock, self.lock = self.lock, None
                assert lock is not None
                lock.release()
            else:
                store._measured.pop(token, None)
                _Held.__exit__(self)

    def _exit_transaction(self, kind: type[BaseException] | None, exc: BaseException | None, tb: t.Any) -> None:
        """``__exit__`` with a state file or the audit: ``Workspace.transaction`` keeps or undoes the write."""
        store, token, ws, txn = self.store, self.token, self.ws, self.txn
        assert ws is not None and txn is not None
        try:
            try:
                try:
                    size = 0
                    if exc is None:
                        try:
                            size = self._measure(ws)
                            if store.db is None:  # (the state file's save finds it under its own lock)
                                store._check_kept(token, ws)
                        except BaseException as failure:
                            txn.__exit__(type(failure), failure, failure.__traceback__)
                            raise
                    txn.__exit__(kind, exc, tb)
                finally:
                    store._measured.pop(token, None)
                    if store.db is not None:  # (only the state file encodes rows ahead and stages slots)
                        store._encoded.pop(token, None)
                        store._let_go(store._staged.pop(token, None))
                if exc is None:
                    with store.lock:
                        if store.workspaces.get(token) is ws:
                            store.sizes[token] = size
                            store.written.add(token)
            finally:
                _Held.__exit__(self)
        finally:
            if store.db is not None:
                store._let_go(getattr(store._local, "staged", None))
                store._local.staged = None

    def _measure(self, ws: Workspace) -> int:
        """The workspace's bytes once this write is kept (413 beyond its budget, if the write grew it)."""
        store, before = self.store, self.before
        size = store._measured.pop(self.token, None)
        if size is None:
            encoded: dict[int, bytes] | None = None
            if store.db is not None:  # the state file saves the rows the check encodes
                encoded = store._encoded[self.token] = {}
            size = write_bytes(ws, before, encoded)
        if size > before:
            check_budget(size, store.max_workspace_bytes)
        return size


__all__ = [
    "Measured",
    "StateDatabase",
    "StateFileError",
    "Store",
    "WorkspaceReset",
    "WorkspacesInUse",
    "token_hint",
]
