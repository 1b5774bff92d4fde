"""``--state-file``: an SQLite database that keeps every acknowledged write, is held by one server at
a time, writes only the rows a request changed, and refuses a file that is not its own."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
import typing as t
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from campfire_mock import budget, create_app, state_file
from campfire_mock.domain.seeding import read_seed
from campfire_mock.store import StateFileError, Store

from .live import BODY, HEADERS, LiveServer, state_args

INVOICES = "/coa/api/v1/invoice/"


def test_acknowledged_writes_survive_sigkill_under_eight_writers(tmp_path: Path) -> None:
    """Eight clients write; the server is killed mid-run: every invoice it answered 201 for is there after restart."""
    state = tmp_path / "state.db"
    server = LiveServer(*state_args(state)).start()
    acknowledged: list[int] = []
    stop = threading.Event()

    def writer() -> None:
        with httpx.Client(base_url=server.url, headers=HEADERS, timeout=5) as http:
            while not stop.is_set() and len(acknowledged) < 2000:
                try:
                    response = http.post(INVOICES, json=BODY)
                except httpx.TransportError:
                    return
                if response.status_code == 201:
                    acknowledged.append(response.json()["id"])

    threads = [threading.Thread(target=writer) for _ in range(8)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < 80 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.kill()
    stop.set()
    for thread in threads:
        thread.join(10)
    assert len(acknowledged) >= 80
    assert len(set(acknowledged)) == len(acknowledged)

    with (
        LiveServer(*state_args(state), port=server.port) as again,
        httpx.Client(base_url=again.url, headers=HEADERS, timeout=30) as http,
    ):
        missing = [i for i in acknowledged if http.get(f"{INVOICES}{i}/").status_code != 200]
        assert missing == []
        assert http.get(f"{INVOICES}47864/").status_code == 200


def test_restart_gives_back_the_same_workspace(tmp_path: Path) -> None:
    """What a workspace holds (objects, ids to come, clock) is the same after a restart."""
    state = tmp_path / "state.db"
    app = create_app(state_file=state)
    with TestClient(app, headers=HEADERS) as client:
        client.post("/__campfire_mock__/clock", json={"now": "2026-03-01T10:00:00Z"})
        created = client.post(INVOICES, json=BODY).json()
        client.post(
            f"{INVOICES}{created['id']}/pay/",
            json={
                "empty_transactions": [
                    {"account_id": 1, "account_name": "Bank", "amount": 30, "payment_date": "2026-03-01"}
                ]
            },
        )
        client.delete(f"{INVOICES}145006/")
        before = client.get("/__campfire_mock__/snapshot").json()
    app.store.close()
    with TestClient(create_app(state_file=state), headers=HEADERS) as client:
        assert client.get("/__campfire_mock__/snapshot").json() == before
        assert client.post(INVOICES, json=BODY).json()["id"] == created["id"] + 1


def test_a_write_saves_only_the_rows_it_changed(tmp_path: Path) -> None:
    """Paying an invoice rewrites that invoice and its new payment, not the workspace."""
    store = Store(read_seed("demo"), state_file=tmp_path / "state.db")
    app = create_app(store)
    with TestClient(app, headers=HEADERS) as client:
        client.get(INVOICES)  # the workspace is created (and saved whole) on first use
        conn = sqlite3.connect(tmp_path / "state.db")
        rows_before = dict(conn.execute("SELECT kind || ':' || id, body FROM object").fetchall())
        paid = client.post(
            f"{INVOICES}58700/pay/",
            json={
                "empty_transactions": [
                    {
                        "account_id": 1010,
                        "account_name": "1010 - Operating Bank Account",
                        "amount": 10,
                        "payment_date": "2026-03-01",
                    }
                ]
            },
        )
        assert paid.status_code == 200
        rows_after = dict(conn.execute("SELECT kind || ':' || id, body FROM object").fetchall())
        conn.close()
    store.close()
    changed = {k for k in rows_after if rows_before.get(k) != rows_after[k]}
    assert {k.split(":")[0] for k in changed} == {"invoice", "payment"}
    assert "invoice:58700" in changed
    assert len(changed) == 2


def test_a_created_invoice_is_encoded_once_for_its_budget_and_its_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row the state file saves for a new invoice is the one its storage budget check encoded (one
    encoding, not two), and it holds the invoice the answer shows; the budget's size is the file's."""
    store = Store(read_seed("demo"), state_file=tmp_path / "state.db")
    app = create_app(store)
    encoded: list[str] = []
    real = budget.encode_json

    def counting(kind: str, obj: t.Any) -> bytes:
        encoded.append(kind)
        return real(kind, obj)

    with TestClient(app, headers=HEADERS) as client:
        client.post(INVOICES, json=BODY)  # the first write measures the whole workspace once
        monkeypatch.setattr(budget, "encode_json", counting)
        monkeypatch.setattr(state_file, "encode_json", counting)
        created = client.post(INVOICES, json=BODY).json()
        monkeypatch.undo()
        conn = sqlite3.connect(tmp_path / "state.db")
        (row,) = conn.execute("SELECT body FROM object WHERE kind = 'invoice' AND id = ?", (created["id"],)).fetchone()
        conn.close()
    token = HEADERS["Authorization"].split()[-1]
    assert store.db is not None
    assert store.sizes[token] == store.db.sizes()[token]
    store.close()
    assert encoded == ["invoice"]
    saved = json.loads(row)
    assert (saved["id"], saved["invoice_number"], saved["total_amount"]) == (
        created["id"],
        created["invoice_number"],
        f"{created['total_amount']:.2f}",
    )


def test_second_server_on_the_same_file_refuses_to_start(tmp_path: Path) -> None:
    """Two servers on one state file would lose writes: the second one stops with a clear message."""
    state = tmp_path / "state.db"
    with LiveServer(*state_args(state)):
        second = subprocess.run(
            [sys.executable, "-m", "campfire_mock", "serve", "--port", "0", "--state-file", str(state)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert second.returncode == 2
    assert (
        second.stderr.strip() == f"campfire-mock: error: state file {state} is in use by another campfire-mock server"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database at all", "is not a campfire-mock state file (not an SQLite database)"),
        (json.dumps({"format": "campfire-mock-state/1", "workspaces": {}}).encode(), "(not an SQLite database)"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "is damaged or not a campfire-mock state file"),
    ],
)
def test_a_file_that_is_not_ours_is_refused_and_left_alone(tmp_path: Path, content: bytes, message: str) -> None:
    """A foreign, older or damaged file stops start-up, and is not overwritten."""
    state = tmp_path / "state.db"
    state.write_bytes(content)
    with pytest.raises(StateFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Store(None, state_file=state)
    assert state.read_bytes() == content


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    """An SQLite file of some other program is not taken over."""
    state = tmp_path / "other.db"
    conn = sqlite3.connect(state)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    before = state.read_bytes()
    with pytest.raises(StateFileError, match="an SQLite database, but not a campfire-mock state file"):
        Store(None, state_file=state)
    assert state.read_bytes() == before


def test_a_new_state_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    """The file holds every workspace's token and the download URLs' key: a new one (and SQLite's write-ahead
    log beside it) is its owner's alone, whatever the process's umask lets others read."""
    store = Store(read_seed("demo"), state_file=tmp_path / "state.db")
    with TestClient(create_app(store), headers=HEADERS) as client:
        assert client.get(INVOICES).status_code == 200  # the workspace is created and saved
        files = sorted(tmp_path.glob("state.db*"))
        modes = {f.name: f.stat().st_mode & 0o777 for f in files}
    store.close()
    assert "state.db" in modes
    assert set(modes.values()) == {0o600}, modes
