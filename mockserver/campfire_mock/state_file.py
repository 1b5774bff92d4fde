"""The SQLite file behind ``--state-file``: rows by workspace, written in short transactions.

Every object is one row of ``object``, under the *slot* of the workspace that holds it (the column is
still called ``token``: a workspace saved by format 1 keeps its rows under its token, its slot). A write
of some rows commits just those rows. A write that replaces a whole workspace (an import, a seed, a
reset) never rewrites it in one transaction, which would hold SQLite's one writer, and so every other
workspace's writes, for seconds: its rows go into a new slot in batches of short transactions
(``stage``), then one tiny transaction points the workspace at the new slot and lists the old one as
garbage (``save``), which a collector thread deletes, again in short batches. A kill at any moment
leaves each workspace pointing at one whole slot: the old one or the new one. Slots being staged or
waiting to be deleted are listed in ``loose``; at start-up every loose slot is garbage.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import json
import os
import secrets
import sqlite3
import threading
import time
import typing as t
from pathlib import Path

import pydantic

from .domain.workspace import Changes, Table, Workspace, decode_json, encode_json, is_kind

#: ``PRAGMA application_id`` of our state files ("CFMK"), and the schema version.
APPLICATION_ID = 0x43464D4B
SCHEMA_VERSION = 2
SQLITE_HEADER = b"SQLite format 3\x00"
SCHEMA = """
CREATE TABLE workspace (token TEXT PRIMARY KEY, meta TEXT NOT NULL, slot TEXT) WITHOUT ROWID;
CREATE TABLE object (
    token TEXT NOT NULL,
    kind TEXT NOT NULL,
    id INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (token, kind, id)
) WITHOUT ROWID;
CREATE TABLE loose (slot TEXT PRIMARY KEY, staging INTEGER NOT NULL) WITHOUT ROWID;
"""
#: The server's own settings (the key signing download URLs), added to any file it opens: a table an older
#: server of the same format does not read, so no new format.
SETTINGS = "CREATE TABLE IF NOT EXISTS setting (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
#: Format 1 to 2: slots (a workspace's rows may live under another name than its token).
MIGRATE_1 = """
ALTER TABLE workspace ADD COLUMN slot TEXT;
CREATE TABLE loose (slot TEXT PRIMARY KEY, staging INTEGER NOT NULL) WITHOUT ROWID;
"""

#: Rows (and bytes of them) one staging or collecting transaction writes at most: about 15 ms of SQLite's
#: one writer on the 2-core test machine, so a write of another workspace waits no longer than that.
BATCH_ROWS = 1_000
BATCH_BYTES = 1 << 20
#: A pause between two batches, so that writers waiting for the state file get their turn (a lock is not
#: fair: the thread that released it would otherwise take it again at once).
BATCH_PAUSE = 0.002

#: One stored object, encoded: (kind, id, its compact JSON).
Row = tuple[str, int, bytes]


class StateFileError(Exception):
    """The state file cannot be used; the message says why, in one line."""


class StagingLost(Exception):
    """The state file was emptied (a reset of every workspace) while a workspace's rows were staged."""


def new_slot() -> str:
    """A slot name no token can be: a newline never reaches a token through an HTTP header."""
    return "\n" + secrets.token_hex(12)


def _key(obj: t.Any) -> int:
    return int(obj["id"] if isinstance(obj, dict) else obj.id)


def rows_of(changes: Changes, encoded: t.Mapping[int, bytes] | None = None) -> t.Iterator[Row]:
    """The rows of a write's changes, encoded one at a time (or taken from ``encoded``, by ``id()`` of the
    object: rows the write's storage budget already encoded, ``budget.write_bytes``)."""
    for kind, objs in changes.upserts.items():
        for obj in objs:
            body = encoded.get(id(obj)) if encoded else None
            yield kind, _key(obj), body if body is not None else encode_json(kind, obj)


class StateDatabase:
    """The SQLite file behind ``--state-file``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        #: Where each workspace's rows are (its token, for one saved by format 1).
        self.slots: dict[str, str] = {}
        self._closing = threading.Event()
        self._wake = threading.Event()
        self._collector: threading.Thread | None = None
        self._collector_guard = threading.Lock()
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
            self._lock_fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # it holds every token: its owner only
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
        version = conn.execute("PRAGMA user_version").fetchone()[0] if existing else SCHEMA_VERSION
        if version not in (1, SCHEMA_VERSION):
            raise StateFileError(f"{self.path} has state format {version}; this server reads {SCHEMA_VERSION}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        with self.transaction():
            statements = SCHEMA if not existing else MIGRATE_1 if version == 1 else ""
            for statement in statements.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(SETTINGS)
            if not existing:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            # Whoever was staging these when the last server stopped is gone: they are garbage now.
            conn.execute("UPDATE loose SET staging = 0 WHERE staging = 1")

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
        """Every saved workspace; a row that does not decode stops start-up. Rows of loose slots (an
        import the last server did not finish, or garbage it had not deleted yet) are left for the collector."""
        tables: dict[str, dict[str, Table[t.Any]]] = {}
        workspaces: dict[str, Workspace] = {}
        for token, meta, slot in self.conn.execute("SELECT token, meta, slot FROM workspace"):
            ws = workspaces[token] = Workspace()
            ws.load_meta(json.loads(meta))
            self.slots[token] = slot or token
            tables[token] = ws.tables()
        owners = {slot: token for token, slot in self.slots.items()}
        loose = {slot for (slot,) in self.conn.execute("SELECT slot FROM loose")}
        collecting = gc.isenabled()
        gc.disable()  # millions of new objects, none of them garbage: collections would only cost time
        try:
            for slot, kind, key, body in self.conn.execute("SELECT token, kind, id, body FROM object"):
                token = owners.get(slot)
                if token is None:
                    if slot in loose:
                        continue
                    raise StateFileError(f"{self.path}: row {kind} {key} belongs to no workspace")
                table = tables[token].get(kind)
                if table is None and is_kind(kind):
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
        if loose:
            self._wake_collector()
        return workspaces

    def setting(self, name: str, make: t.Callable[[], str]) -> str:
        """The server setting ``name``, made by ``make`` and saved the first time it is asked for, so every
        later server on this file reads the same (a reset of the workspaces keeps it)."""
        with self.transaction() as conn:
            found = conn.execute("SELECT value FROM setting WHERE name = ?", (name,)).fetchone()
            if found is not None:
                return str(found[0])
            value = make()
            conn.execute("INSERT INTO setting (name, value) VALUES (?, ?)", (name, value))
            return value

    def sizes(self) -> dict[str, int]:
        """Bytes of each saved workspace's objects (its storage budget's measure), without decoding them."""
        owners = {slot: token for token, slot in self.slots.items()}
        query = "SELECT token, SUM(LENGTH(CAST(body AS BLOB))) FROM object GROUP BY token"
        return {owners[slot]: int(size or 0) for slot, size in self.conn.execute(query) if slot in owners}

    def stage(self, rows: t.Iterable[Row]) -> str:
        """Write ``rows`` under a new slot, in short transactions, holding the state file only for each
        batch; the slot is listed as staging until ``save`` adopts it or ``discard`` lets it go.
        ``StagingLost`` if the file was emptied meanwhile."""
        slot = new_slot()
        with self.transaction() as conn:
            conn.execute("INSERT INTO loose (slot, staging) VALUES (?, 1)", (slot,))
        try:
            batch: list[tuple[str, str, int, bytes]] = []
            size = 0
            for kind, key, body in rows:
                batch.append((slot, kind, key, body))
                size += len(body)
                if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
                    self._insert(slot, batch)
                    batch, size = [], 0
                    time.sleep(BATCH_PAUSE)
            if batch:
                self._insert(slot, batch)
        except BaseException:
            self.discard(slot)
            raise
        return slot

    def _insert(self, slot: str, batch: list[tuple[str, str, int, bytes]]) -> None:
        with self.transaction() as conn:
            if conn.execute("SELECT staging FROM loose WHERE slot = ?", (slot,)).fetchone() != (1,):
                raise StagingLost()
            conn.executemany("INSERT OR REPLACE INTO object (token, kind, id, body) VALUES (?, ?, ?, ?)", batch)

    def discard(self, slot: str) -> None:
        """A staged slot that will not be adopted is garbage (nothing, if ``save`` adopted it)."""
        with self.transaction() as conn:
            dropped = conn.execute("UPDATE loose SET staging = 0 WHERE slot = ? AND staging = 1", (slot,)).rowcount
        if dropped:
            self._wake_collector()

    def save(
        self, token: str, changes: Changes, staged: str | None = None, encoded: t.Mapping[int, bytes] | None = None
    ) -> None:
        """Commit one write's changes, as handed over: the changed rows (those in ``encoded`` as they were
        encoded already, ``rows_of``); or, for a replacement, the switch to a slot holding every row
        (``staged``, by ``stage``: staged here if not given), in one short transaction. ``StagingLost`` if
        ``staged`` was emptied by a reset of every workspace."""
        if changes.everything:
            slot = staged if staged is not None else self.stage(rows_of(changes))
            with self.transaction() as conn:
                if conn.execute("SELECT staging FROM loose WHERE slot = ?", (slot,)).fetchone() != (1,):
                    raise StagingLost()
                conn.execute("DELETE FROM loose WHERE slot = ?", (slot,))
                old = self.slots.get(token)
                if old is not None:
                    conn.execute("INSERT OR REPLACE INTO loose (slot, staging) VALUES (?, 0)", (old,))
                conn.execute(
                    "INSERT OR REPLACE INTO workspace (token, meta, slot) VALUES (?, ?, ?)",
                    (token, json.dumps(changes.meta), slot),
                )
            self.slots[token] = slot
            if old is not None:
                self._wake_collector()
            return
        slot = self.slots.get(token, token)
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO workspace (token, meta, slot) VALUES (?, ?, ?)",
                (token, json.dumps(changes.meta), slot),
            )
            conn.executemany(
                "DELETE FROM object WHERE token = ? AND kind = ? AND id = ?",
                [(slot, kind, key) for kind, keys in changes.deletes.items() for key in keys],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO object (token, kind, id, body) VALUES (?, ?, ?, ?)",
                ((slot, kind, key, body) for kind, key, body in rows_of(changes, encoded)),
            )
        self.slots[token] = slot

    def drop_all(self) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM object")
            conn.execute("DELETE FROM workspace")
            conn.execute("DELETE FROM loose")
        self.slots.clear()

    # ---------------------------------------------------------------- the collector

    def _wake_collector(self) -> None:
        """Have the collector thread delete the garbage slots' rows (started on first use)."""
        self._wake.set()
        with self._collector_guard:
            if self._collector is None and not self._closing.is_set():
                self._collector = threading.Thread(target=self._collect, name="campfire-state-collector", daemon=True)
                self._collector.start()

    def _collect(self) -> None:
        while True:
            self._wake.wait()
            if self._closing.is_set():
                return
            self._wake.clear()
            while not self._closing.is_set() and self.collect_batch():
                time.sleep(BATCH_PAUSE)

    def collect_batch(self) -> bool:
        """Delete one batch of a garbage slot's rows (and the slot, once empty); ``False`` when there is none."""
        with self.transaction() as conn:
            found = conn.execute("SELECT slot FROM loose WHERE staging = 0 LIMIT 1").fetchone()
            if found is None:
                return False
            deleted = conn.execute(
                "DELETE FROM object WHERE (token, kind, id) IN "
                "(SELECT token, kind, id FROM object WHERE token = ? LIMIT ?)",
                (found[0], BATCH_ROWS),
            ).rowcount
            if deleted < BATCH_ROWS:
                conn.execute("DELETE FROM loose WHERE slot = ?", found)
        return True

    def garbage(self) -> int:
        """Rows waiting for the collector (those of loose slots, being staged or not)."""
        query = "SELECT COUNT(*) FROM object WHERE token IN (SELECT slot FROM loose)"
        return int(self.conn.execute(query).fetchone()[0])

    def close(self) -> None:
        self._closing.set()
        self._wake.set()
        collector = self._collector
        if collector is not None:
            collector.join(30)
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()
        with contextlib.suppress(OSError):
            os.close(self._lock_fd)


__all__ = ["BATCH_ROWS", "Row", "StagingLost", "StateDatabase", "StateFileError", "new_slot", "rows_of"]
