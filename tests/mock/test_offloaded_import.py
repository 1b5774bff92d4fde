"""The snapshot import runs in a worker thread (``http/offload.py``): it answers every refusal exactly as the
Connexion path answers it (status and DRF body), and a refused import changes nothing."""

from __future__ import annotations

import json
import typing as t
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.http.auth import load_tokens

SNAPSHOT = "/__campfire_mock__/snapshot"
JSON = {"content-type": "application/json"}
#: (label, body bytes, headers beyond the key): refusals each path must answer alike.
REFUSALS: list[tuple[str, bytes, dict[str, str]]] = [
    ("not JSON", b"{nope", JSON),
    ("empty", b"  ", JSON),
    ("no objects", b'{"format": "campfire-mock-snapshot/1"}', JSON),
    ("wrong format", b'{"format": "x", "objects": {}}', JSON),
    ("objects not arrays", b'{"format": "campfire-mock-snapshot/1", "objects": {"invoice": 5}}', JSON),
    ("an invoice without lines", b'{"format": "campfire-mock-snapshot/1", "objects": {"invoice": [{"id": 1}]}}', JSON),
    ("a lone surrogate", b'{"format": "campfire-mock-snapshot/1", "objects": {}, "x": "\\ud800"}', JSON),
    ("a form", b"format=campfire-mock-snapshot/1", {"content-type": "application/x-www-form-urlencoded"}),
]


@pytest.fixture(scope="module")
def apps(tmp_path_factory: pytest.TempPathFactory) -> t.Iterator[tuple[TestClient, TestClient]]:
    """The same server twice: imports in a worker thread, and (``offloaded`` removed) on the Connexion path."""
    path: Path = tmp_path_factory.mktemp("tokens") / "tokens.toml"
    path.write_text('[tokens]\nboss = "admin"\neve = "view_only"\n')
    offloaded, plain = create_app(tokens=load_tokens(path)), create_app(tokens=load_tokens(path))
    plain.front.app.offloaded = None
    with TestClient(offloaded) as one, TestClient(plain) as other:
        yield one, other


@pytest.mark.parametrize(("label", "body", "headers"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_a_refused_import_answers_as_the_connexion_path_does(
    apps: tuple[TestClient, TestClient], label: str, body: bytes, headers: dict[str, str]
) -> None:
    """Each malformed import gets the same 4xx status and body from both paths, and the workspace is unchanged."""
    offloaded, plain = apps
    key = {"Authorization": "Token boss"}
    before = offloaded.get(SNAPSHOT, headers=key).json()
    one = offloaded.post(SNAPSHOT, content=body, headers={**key, **headers})
    other = plain.post(SNAPSHOT, content=body, headers={**key, **headers})
    assert 400 <= one.status_code < 500
    assert (one.status_code, one.json()) == (other.status_code, other.json())
    assert offloaded.get(SNAPSHOT, headers=key).json() == before


def test_a_view_only_key_may_not_import(apps: tuple[TestClient, TestClient]) -> None:
    """A view-only key's import is a 403 saying so, before any of its body is looked at."""
    offloaded, _ = apps
    snapshot = offloaded.get(SNAPSHOT, headers={"Authorization": "Token eve"}).content
    answer = offloaded.post(SNAPSHOT, content=snapshot, headers={"Authorization": "Token eve", **JSON})
    assert answer.status_code == 403
    assert answer.json() == {"detail": "You do not have permission to perform this action."}


def test_an_import_is_served_in_a_worker_thread(apps: tuple[TestClient, TestClient]) -> None:
    """A valid import is answered by the worker-thread path (the Connexion path never sees it) and lands."""
    offloaded, _ = apps
    key = {"Authorization": "Token boss"}
    snapshot = offloaded.get(SNAPSHOT, headers=key).json()
    snapshot["objects"]["invoice"] = snapshot["objects"]["invoice"][:2]
    kept = {inv["id"] for inv in snapshot["objects"]["invoice"]}
    snapshot["objects"]["payment"] = [p for p in snapshot["objects"]["payment"] if p["invoice_id"] in kept]
    app = offloaded.app
    connexion_calls: list[str] = []
    inner = app.front.app.app

    async def spy(scope: t.Any, receive: t.Any, send: t.Any) -> None:
        connexion_calls.append(scope["path"])
        await inner(scope, receive, send)

    app.front.app.app = spy
    try:
        answer = offloaded.post(SNAPSHOT, json=snapshot, headers=key)
    finally:
        app.front.app.app = inner
    assert answer.status_code == 200 and answer.json()["counts"]["invoice"] == 2
    assert connexion_calls == []


@pytest.mark.parametrize("size", ["small", "large"])
def test_an_import_without_a_content_type_is_read_as_json(apps: tuple[TestClient, TestClient], size: str) -> None:
    """An import sent with no Content-Type lands as a JSON one does, small (53 bytes) or large (the whole
    demo workspace, ~110 KB), on both paths: never the 500 of a handler handed raw bytes."""
    key = {"Authorization": "Token boss"}
    for client in apps:
        whole = client.get(SNAPSHOT, headers=key).content
        body = whole if size == "large" else b'{"format": "campfire-mock-snapshot/1", "objects": {}}'
        answer = client.post(SNAPSHOT, content=body, headers=key)
        assert answer.status_code == 200, answer.text
        invoices = len(json.loads(body)["objects"].get("invoice", []))
        assert invoices == (0 if size == "small" else len(json.loads(whole)["objects"]["invoice"]))
        assert answer.json()["counts"]["invoice"] == invoices
        client.post(SNAPSHOT, content=whole, headers={**key, **JSON})


def test_a_body_without_a_content_type_reaches_the_handler_as_json(apps: tuple[TestClient, TestClient]) -> None:
    """A create sent with no Content-Type keeps the fields it sent, as a JSON one does (not a blank object)."""
    _, plain = apps
    key = {"Authorization": "Token boss"}
    answer = plain.post("/coa/api/department", content=b'{"name": "Field ops", "code": "FO"}', headers=key)
    assert answer.status_code == 201
    assert (answer.json()["name"], answer.json()["code"]) == ("Field ops", "FO")
