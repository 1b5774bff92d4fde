"""The snapshot export, served off the event loop: the workspace read as it was when the export began (a
copy-on-write view taken under its lock), encoded off every lock, and streamed."""

from __future__ import annotations

import asyncio
import json
import typing as t

import orjson
import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.domain import export
from campfire_mock.domain.export import SnapshotView
from campfire_mock.store import Store

from .live import BODY

SNAPSHOT = "/__campfire_mock__/snapshot"
INVOICES = "/coa/api/v1/invoice/"


@pytest.fixture(scope="module")
def shared() -> t.Iterator[TestClient]:
    with TestClient(create_app()) as client:
        yield client


@pytest.fixture
def client(shared: TestClient, request: pytest.FixtureRequest) -> TestClient:
    """The module's app, under a key of the test's own (its own workspace)."""
    shared.headers["Authorization"] = f"Token {request.node.name}"
    return shared


def _store(client: TestClient) -> Store:
    return t.cast(Store, client.app.store)  # type: ignore[attr-defined]


def _token(client: TestClient) -> str:
    return str(client.headers["Authorization"]).split()[1]


def _snapshot_bytes(store: Store, token: str) -> bytes:
    """What the export answered when it ran under the lock: the snapshot document, encoded whole."""
    with store.read(token) as ws:
        return orjson.dumps(ws.snapshot(), option=orjson.OPT_NON_STR_KEYS)


def test_the_export_is_the_snapshot_the_workspace_holds(client: TestClient) -> None:
    """The streamed export is, byte for byte, the snapshot document of the workspace, and re-imports."""
    assert client.post(INVOICES, json=BODY).status_code == 201
    assert client.post("/coa/api/tag", json={"name": "streamed"}).status_code == 201
    answer = client.get(SNAPSHOT)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert answer.content == _snapshot_bytes(_store(client), _token(client))
    assert client.post(SNAPSHOT, json=answer.json()).status_code == 200
    assert client.get(SNAPSHOT).content == answer.content


def test_an_export_reads_the_workspace_as_it_was_when_it_began(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writes made while an export is being encoded (a change, a deletion, a creation, between two of its
    chunks) are not in it: it is the workspace as it was when it began."""
    monkeypatch.setattr(export, "CHUNK_BYTES", 2_000)
    store = _store(client)
    created = client.post(INVOICES, json=BODY).json()
    before = _snapshot_bytes(store, _token(client))
    with store.read(_token(client)) as ws:
        view = SnapshotView(ws)
    chunks = view.chunks()
    parts = [next(chunks)]
    changed = client.patch(f"{INVOICES}{created['id']}/", json={"memo": "changed meanwhile"})
    assert changed.status_code == 200
    assert client.delete(f"{INVOICES}145006/").status_code == 204
    assert client.post(INVOICES, json=BODY).status_code == 201
    parts.extend(chunks)
    assert len(parts) > 3
    exported = b"".join(parts)
    assert exported == before
    assert json.loads(exported) != json.loads(_snapshot_bytes(store, _token(client)))


def test_an_export_survives_a_write_undone_and_a_whole_import_meanwhile(client: TestClient) -> None:
    """A write undone (400) and an import replacing the whole workspace while an export is encoded change
    nothing in it; and it stops watching the workspace once it ends."""
    store = _store(client)
    before = _snapshot_bytes(store, _token(client))
    with store.read(_token(client)) as ws:
        view = SnapshotView(ws)
        watched = ws
    chunks = view.chunks()
    first = next(chunks)
    assert client.post(INVOICES, json={**BODY, "client": 999_999}).status_code == 400
    seed = json.loads(before)
    seed["objects"]["invoice"] = seed["objects"]["invoice"][:1]
    seed["objects"]["payment"] = []
    seed["objects"]["invoice"][0]["payment_ids"] = []
    assert client.post(SNAPSHOT, json=seed).status_code == 200
    assert first + b"".join(chunks) == before
    assert watched.watchers == []


def test_the_export_is_encoded_off_the_event_loop(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every row of an export is encoded in a worker thread, where no event loop runs."""
    on_loop: list[bool] = []
    encode_row = export.encode_row

    def spy(kind: str, obj: t.Any) -> bytes:
        try:
            asyncio.get_running_loop()
            on_loop.append(True)
        except RuntimeError:
            on_loop.append(False)
        return encode_row(kind, obj)

    monkeypatch.setattr(export, "encode_row", spy)
    assert client.get(SNAPSHOT).status_code == 200
    assert on_loop and not any(on_loop)


def test_a_view_only_key_may_export() -> None:
    """The export is a read: a view-only key gets its snapshot."""
    with TestClient(create_app(tokens={"viewer": "view_only"})) as client:
        answer = client.get(SNAPSHOT, headers={"Authorization": "Token viewer"})
    assert answer.status_code == 200
    assert answer.json()["format"] == "campfire-mock-snapshot/1"
