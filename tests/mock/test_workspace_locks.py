"""Each workspace has its own lock: a thread writing one workspace (a webhook's events log, an import)
holds up no other workspace, and a write that races a whole-store reset is undone, never half-kept."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.delivery import Attempt, Delivery
from campfire_mock.domain.seeding import read_seed
from campfire_mock.store import Store, WorkspaceReset
from campfire_mock.views.webhooks import WEBHOOK_EVENTS_KIND, WEBHOOK_KIND
from campfire_mock.webhook_log import EventsLog

#: How long the test holds a write open: any other workspace answered within a fifth of it was not held up.
HELD = 1.0


def _hold_write(store: Store, token: str, opened: threading.Event, release: threading.Event) -> threading.Thread:
    """A thread holding a write open on ``token``'s workspace until ``release`` is set."""

    def run() -> None:
        with store.write(token) as ws:
            ws.next_id("invoice")
            opened.set()
            release.wait(10)

    thread = threading.Thread(target=run)
    thread.start()
    assert opened.wait(5)
    return thread


def test_a_write_open_on_one_workspace_holds_up_no_other() -> None:
    """While a write is open on workspace a, workspace b is read and written at once; a's next read waits
    for the write to end."""
    store = Store(read_seed("demo"))
    opened, release = threading.Event(), threading.Event()
    thread = _hold_write(store, "a", opened, release)
    try:
        started = time.monotonic()
        with store.write("b") as ws:
            ws.next_id("invoice")
        with store.read("b") as ws:
            assert ws.counts()["invoice"] > 0
        assert time.monotonic() - started < HELD / 5
        threading.Timer(HELD, release.set).start()
        started = time.monotonic()
        with store.read("a"):
            waited = time.monotonic() - started
        assert waited >= HELD * 0.9
    finally:
        release.set()
        thread.join(5)


def _attempt(token: str, webhook_id: int) -> Attempt:
    delivery = Delivery(token, webhook_id, "http://127.0.0.1:9/", "whsec_x", "evt_1", "invoice.created", b'{"id": 1}')
    return Attempt(delivery, 1, "delivered", {"status_code": 200})


def test_recording_an_attempt_waits_only_for_its_own_workspace() -> None:
    """An attempt of workspace a is recorded while another thread holds a write open on workspace b: it lands
    at once, and one of b, recorded meanwhile, lands when b's write ends (nothing is lost)."""
    store = Store(read_seed("demo"))
    log = EventsLog(store, WEBHOOK_KIND, WEBHOOK_EVENTS_KIND)
    for token in ("a", "b"):
        with store.write(token) as ws:
            hooks = ws.table(WEBHOOK_KIND)
            hooks[99] = {"id": 99, "url": "http://127.0.0.1:9/", "active": True, "token": "whsec_x"}
    opened, release = threading.Event(), threading.Event()
    thread = _hold_write(store, "b", opened, release)
    waiting = threading.Thread(target=log.record, args=(_attempt("b", 99),))
    try:
        waiting.start()
        started = time.monotonic()
        log.record(_attempt("a", 99))
        assert time.monotonic() - started < HELD / 5
        with store.read("a") as ws:
            assert [row["status"] for row in ws.table(WEBHOOK_EVENTS_KIND).values() if row.get("webhook") == 99] == [
                "delivered"
            ]
        assert waiting.is_alive()  # b's attempt waits for b's write, not for anyone else
    finally:
        release.set()
        thread.join(5)
        waiting.join(5)
    with store.read("b") as ws:
        assert [row["webhook"] for row in ws.table(WEBHOOK_EVENTS_KIND).values() if row.get("webhook") == 99] == [99]


@pytest.mark.parametrize(("with_state_file", "audit"), [(False, True), (False, False), (True, True), (True, False)])
def test_a_write_racing_a_reset_is_undone_and_not_kept(tmp_path: Path, with_state_file: bool, audit: bool) -> None:
    """A write still open when every workspace is reset ends in WorkspaceReset (409) and is undone: the key's
    workspace is the seed again, in memory and in the state file after a restart, audited or not."""
    path = tmp_path / "state.db" if with_state_file else None
    store = Store(read_seed("demo"), state_file=path, audit=audit)
    with store.read("a") as ws:
        seeded = ws.counts()
    opened, release = threading.Event(), threading.Event()
    failure: list[BaseException] = []

    def write() -> None:
        try:
            with store.write("a") as ws:
                ws.invoices.pop(next(iter(ws.invoices)))
                opened.set()
                release.wait(10)
        except WorkspaceReset as exc:
            failure.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    assert opened.wait(5)
    store.reset()
    release.set()
    thread.join(5)
    assert [exc.status for exc in failure] == [409]
    assert str(failure[0].detail) == "Every workspace was reset while this write ran; nothing was changed."
    with store.read("a") as ws:
        assert ws.counts() == seeded
    store.close()
    if path is not None:
        again = Store(read_seed("demo"), state_file=path)
        with again.read("a") as ws:
            assert ws.counts() == seeded
        again.close()


def test_an_import_encoded_ahead_is_saved_whole_in_the_state_file(tmp_path: Path) -> None:
    """An import (its rows encoded before its write) replaces the workspace in the state file: after a restart
    the workspace is the imported one, its old rows gone."""
    state = tmp_path / "state.db"
    headers = {"Authorization": "Token imported"}
    app = create_app(state_file=state)
    with TestClient(app, headers=headers) as client:
        snap = client.get("/__campfire_mock__/snapshot").json()
        snap["objects"]["invoice"] = snap["objects"]["invoice"][:1]
        snap["objects"]["payment"] = [
            p for p in snap["objects"]["payment"] if p["invoice_id"] == snap["objects"]["invoice"][0]["id"]
        ]
        assert client.post("/__campfire_mock__/snapshot", json=snap).status_code == 200
        imported = client.get("/__campfire_mock__/snapshot").json()
    app.store.close()
    with TestClient(create_app(state_file=state), headers=headers) as client:
        assert client.get("/__campfire_mock__/snapshot").json() == imported
        assert client.get("/coa/api/v1/invoice/?limit=1").json()["count"] == 1
