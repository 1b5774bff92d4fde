"""The store's bound on workspaces: an in-memory store forgets the least recently used one that took no
write and refuses a new key with a 503 when all did, a store with a state file refuses a new key with a
503; key hints are hashes."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.store import Store, token_hint

INVOICES = "/coa/api/v1/invoice/"
NEW = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [{"amount": 5}]}


def _count(client: TestClient, token: str) -> int:
    return int(client.get(INVOICES, headers={"Authorization": f"Token {token}"}).json()["count"])


def test_an_in_memory_store_forgets_only_a_workspace_that_took_no_write(caplog: pytest.LogCaptureFixture) -> None:
    """With two workspaces allowed, a third key forgets the least recently used one that took no write (a
    seed, the same when it comes back), and says so in the log; a workspace with writes stays."""
    app = create_app(max_workspaces=2)
    with TestClient(app) as client:
        assert client.post(INVOICES, json=NEW, headers={"Authorization": "Token a"}).status_code == 201
        seeded = _count(client, "b")  # read only
        kept = _count(client, "a")  # a is now more recent than b, and holds a write
        with caplog.at_level(logging.INFO, logger="campfire_mock"):
            assert _count(client, "c") == seeded
        assert sorted(app.store.workspaces) == ["a", "c"]
        assert _count(client, "a") == kept == seeded + 1
    assert f"forgot workspace {token_hint('b')}, the least recently used that took no write" in caplog.text


def test_an_in_memory_store_never_forgets_a_write_and_refuses_the_new_key(caplog: pytest.LogCaptureFixture) -> None:
    """When every workspace held took a write, a new key is a 503 saying why; the victims' data stays."""
    app = create_app(max_workspaces=2)
    with TestClient(app) as client:
        for token in ("a", "b"):
            assert client.post(INVOICES, json=NEW, headers={"Authorization": f"Token {token}"}).status_code == 201
        kept = {token: _count(client, token) for token in ("a", "b")}
        answer = client.get(INVOICES, headers={"Authorization": "Token c"})
        assert answer.status_code == 503
        assert answer.json() == {
            "detail": "This server holds its limit of 2 workspaces (--max-workspaces), each with writes it must not "
            "forget; use a key it already knows, or restart it with a larger --max-workspaces."
        }
        assert {token: _count(client, token) for token in ("a", "b")} == kept
        assert sorted(app.store.workspaces) == ["a", "b"]


def test_a_store_with_a_state_file_refuses_a_new_key_with_a_503(tmp_path: Path) -> None:
    """With a state file nothing is forgotten: a key beyond the limit gets a 503 that says what to do."""
    store = Store(None, state_file=tmp_path / "state.db", max_workspaces=1)
    app = create_app(store)
    with TestClient(app) as client:
        assert client.get(INVOICES, headers={"Authorization": "Token a"}).status_code == 200
        answer = client.get(INVOICES, headers={"Authorization": "Token b"})
        assert answer.status_code == 503
        assert answer.json() == {
            "detail": "This server holds its limit of 1 workspaces (--max-workspaces) and keeps them in its state "
            "file; use a key it already knows, or restart it with a larger --max-workspaces."
        }
        assert client.get(INVOICES, headers={"Authorization": "Token a"}).status_code == 200
    store.close()


def test_the_workspace_listing_shows_no_part_of_any_key() -> None:
    """``/workspaces`` tells keys apart by a keyed hash, which contains no characters of the key."""
    app = create_app(tokens={"view-only-key": "viewer", "adm1": "admin"})
    with TestClient(app) as client:
        client.get(INVOICES, headers={"Authorization": "Token adm1"})
        rows = client.get("/__campfire_mock__/workspaces", headers={"Authorization": "Token view-only-key"}).json()
    hints = {row["key_hint"] for row in rows["results"]}
    assert hints == {token_hint("view-only-key"), token_hint("adm1")}
    assert all(h.startswith("#") and len(h) == 11 and "adm" not in h and "vie" not in h for h in hints)
