"""A workspace replaced whole with ``--state-file`` (an import, a seed, a reset): its rows are staged in short
transactions and switched to in one, so another workspace's write never waits for the whole of it; a kill at
any moment leaves the old workspace or the new one, whole; the rows let go are deleted in batches."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import typing as t
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app, state_file
from campfire_mock.domain.seeding import read_seed
from campfire_mock.store import Store

from .live import BODY, HEADERS, LiveServer, state_args
from .stall import big_snapshot

SNAPSHOT = "/__campfire_mock__/snapshot"
INVOICES = "/coa/api/v1/invoice/"
JSON = {"content-type": "application/json"}


def _query(path: Path, sql: str) -> list[tuple[t.Any, ...]]:
    """Read the state file from outside, as another process would (WAL readers never block its writer)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _count(http: httpx.Client | TestClient, token: str) -> int:
    return int(http.get(f"{INVOICES}?limit=1", headers={"Authorization": f"Token {token}"}).json()["count"])


def test_an_import_is_written_in_batches_that_let_other_writes_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2,000-invoice import is staged 250 rows at a time; another workspace's write commits between two
    batches; after a restart the import is there whole and the rows it replaced are gone."""
    monkeypatch.setattr(state_file, "BATCH_ROWS", 250)
    state = tmp_path / "state.db"
    store = Store(read_seed("demo"), state_file=state, audit=False)
    batches: list[int] = []
    between: list[int] = []
    insert = state_file.StateDatabase._insert

    def counted(db: state_file.StateDatabase, slot: str, batch: list[t.Any]) -> None:
        batches.append(len(batch))
        insert(db, slot, batch)
        if len(batches) == 2:  # another workspace writes while the import is still being staged
            with TestClient(create_app(store), headers={"Authorization": "Token other"}) as other:
                between.append(other.post(INVOICES, json=BODY).status_code)

    with TestClient(create_app(store), headers=HEADERS) as client:
        body = big_snapshot(client.get(SNAPSHOT).json(), 2_000)
        monkeypatch.setattr(state_file.StateDatabase, "_insert", counted)
        answer = client.post(SNAPSHOT, content=body, headers=JSON)
        assert answer.status_code == 200, answer.text
    assert between == [201]
    assert len(batches) >= 8 and max(batches) <= 250
    deadline = time.monotonic() + 10
    while store.db is not None and store.db.garbage() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert store.db is not None and store.db.garbage() == 0
    store.close()
    again = Store(read_seed("demo"), state_file=state, audit=False)
    assert len(again.workspaces["live"].invoices) == 2_000
    assert len(again.workspaces["other"].invoices) == len(again.seeded().invoices) + 1
    again.close()
    assert _query(state, "SELECT COUNT(*) FROM loose") == [(0,)]


def test_a_file_of_format_1_is_read_and_carried_to_format_2(tmp_path: Path) -> None:
    """A state file written before slots existed (format 1) loads as it was, and its next import switches slots."""
    state = tmp_path / "state.db"
    conn = sqlite3.connect(state, isolation_level=None)
    conn.execute("CREATE TABLE workspace (token TEXT PRIMARY KEY, meta TEXT NOT NULL) WITHOUT ROWID")
    conn.execute(
        "CREATE TABLE object (token TEXT NOT NULL, kind TEXT NOT NULL, id INTEGER NOT NULL, body TEXT NOT NULL, "
        "PRIMARY KEY (token, kind, id)) WITHOUT ROWID"
    )
    conn.execute("PRAGMA application_id = 1128680779")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO workspace VALUES ('old', ?)", (json.dumps({"customer": 1, "sequences": {}}),))
    conn.execute("INSERT INTO object VALUES ('old', 'vendor', 7, ?)", (json.dumps({"id": 7, "name": "Acme"}),))
    conn.close()
    store = Store(None, state_file=state, audit=False)
    assert dict(store.workspaces["old"].refs["vendor"]) == {7: {"id": 7, "name": "Acme"}}
    store.close()
    assert _query(state, "PRAGMA user_version") == [(2,)]


def _staging(state: Path) -> int:
    try:
        staged = _query(state, "SELECT COUNT(*) FROM object WHERE token IN (SELECT slot FROM loose WHERE staging = 1)")
    except sqlite3.OperationalError:  # the server has not made the tables yet, or holds a write lock
        return 0
    return int(staged[0][0])


#: When the kill comes: while the import's rows are being staged (by default), and also after its answer (--deep).
MOMENTS = ["while staging", "after the answer"] if os.environ.get("CAMPFIRE_TESTS_DEEP") == "1" else ["while staging"]


@pytest.mark.parametrize("moment", MOMENTS)
def test_a_kill_during_an_import_leaves_the_old_or_the_new_workspace_whole(tmp_path: Path, moment: str) -> None:
    """SIGKILL while a 6,000-invoice import is being staged leaves the old workspace whole; after its 200,
    the new one; another workspace's acknowledged writes survive either way; the loose rows are collected."""
    state = tmp_path / "state.db"
    server = LiveServer(*state_args(state)).start()
    with httpx.Client(base_url=server.url, headers=HEADERS, timeout=120) as http:
        assert http.post(INVOICES, json=BODY).status_code == 201
        old = _count(http, "live")
        body = big_snapshot(http.get(SNAPSHOT).json(), 6_000)
        acknowledged = http.post(INVOICES, json=BODY, headers={"Authorization": "Token bystander"}).json()["id"]
        answers: list[int] = []
        importing = threading.Thread(
            target=lambda: answers.append(_post(http, body)),
            daemon=True,
        )
        importing.start()
        deadline = time.monotonic() + 120
        if moment == "while staging":
            while _staging(state) < 1_000 and time.monotonic() < deadline:
                time.sleep(0.01)
            assert _staging(state) >= 1_000
        else:
            importing.join(120)
            assert answers == [200]
        server.kill()
        importing.join(10)
    with (
        LiveServer(*state_args(state), port=server.port) as again,
        httpx.Client(base_url=again.url, timeout=30) as http,
    ):
        # Killed before its answer, the import may or may not have switched: either workspace, whole.
        whole = {6_000} if answers == [200] else {old, 6_000}
        assert _count(http, "live") in whole
        found = http.get(f"{INVOICES}{acknowledged}/", headers={"Authorization": "Token bystander"})
        assert found.status_code == 200
        deadline = time.monotonic() + 30
        while _query(state, "SELECT COUNT(*) FROM loose") != [(0,)] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _query(state, "SELECT COUNT(*) FROM loose") == [(0,)]
        slots = _query(state, "SELECT COUNT(DISTINCT token) FROM object")
        assert slots == [(2,)]  # one slot per workspace, nothing else left


def _post(http: httpx.Client, body: bytes) -> int:
    try:
        return http.post(SNAPSHOT, content=body, headers=JSON).status_code
    except httpx.TransportError:
        return 0
