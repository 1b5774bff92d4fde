"""The store's bound on workspaces: an in-memory store forgets the least recently used one, a store
with a state file refuses a new key with a 503; key hints are hashes."""

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


def test_an_in_memory_store_forgets_its_least_recently_used_workspace(caplog: pytest.LogCaptureFixture) -> None:
    """With two workspaces allowed, a third key forgets the one used longest ago, and says so in the log."""
    app = create_app(max_workspaces=2)
    with TestClient(app) as client:
        for token in ("a", "b"):
            assert client.post(INVOICES, json=NEW, headers={"Authorization": f"Token {token}"}).status_code == 201
        kept = _count(client, "a")  # a is now more recent than b
        with caplog.at_level(logging.INFO, logger="campfire_mock"):
            assert _count(client, "c") == kept - 1  # a fresh seed; b was forgotten to make room
        assert sorted(app.store.workspaces) == ["a", "c"]
        assert _count(client, "a") == kept
    assert f"forgot workspace {token_hint('b')}, the least recently used" in caplog.text


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
