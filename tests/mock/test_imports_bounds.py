"""An export re-imports whatever its size: the import has its own bounds, sized by ``--max-import-bytes``."""

from __future__ import annotations

import os
import time

import httpx
import pytest
from starlette.testclient import TestClient

from campfire_mock.json_bounds import DEFAULT, current, for_import, use
from campfire_mock.limits import DEFAULT_MAX_IMPORT_BYTES, MAX_ITEMS, MAX_JSON_ITEMS

from .live import LiveServer

SNAPSHOT = "/__campfire_mock__/snapshot"
BULK = "/coa/api/v1/invoice/bulk-create"
LIVE = {"Authorization": "Token round-trip"}
INVOICE = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [{"amount": 1}]}


def test_an_export_of_more_invoices_than_an_api_array_may_hold_re_imports(client: TestClient) -> None:
    """1,000 new invoices (with the demo's, beyond the 1,000 items of an API array) export, re-import and
    read back the same."""
    for _ in range(4):
        assert client.post(BULK, json={"invoices": [INVOICE] * 250}).status_code == 201
    exported = client.get(SNAPSHOT)
    assert exported.status_code == 200 and len(exported.json()["objects"]["invoice"]) > MAX_ITEMS
    assert client.post("/__campfire_mock__/reset").status_code == 200
    answer = client.post(SNAPSHOT, content=exported.content, headers={"content-type": "application/json"})
    assert answer.status_code == 200, answer.text[:300]
    assert client.get("/coa/api/v1/invoice/?limit=1").json()["count"] == len(exported.json()["objects"]["invoice"])


def test_an_api_body_keeps_its_bounds_after_an_import(client: TestClient) -> None:
    """The wider bounds last for the import only: a later API array beyond 10,000 items is still a 400."""
    assert client.post(SNAPSHOT, content=client.get(SNAPSHOT).content, headers={"content-type": "application/json"})
    answer = client.post(BULK, json={"invoices": [1] * (MAX_JSON_ITEMS + 1)})
    assert answer.status_code == 400
    assert answer.json() == {"invoices": [f"Ensure this field has no more than {MAX_JSON_ITEMS} elements."]}


def test_import_bounds_grow_with_the_import_limit_and_are_scoped() -> None:
    """The bounds of an import follow --max-import-bytes; ``use`` puts the default back after."""
    wide = for_import(DEFAULT_MAX_IMPORT_BYTES)
    assert wide.items == DEFAULT_MAX_IMPORT_BYTES // 2 and wide.values == DEFAULT_MAX_IMPORT_BYTES // 2
    assert for_import(1) == DEFAULT
    with use(wide):
        assert current() == wide
    assert current() == DEFAULT


@pytest.mark.skipif(
    os.environ.get("CAMPFIRE_TESTS_DEEP") != "1", reason="builds a 100,000-invoice workspace (~45 s): pytest --deep"
)
def test_a_100000_invoice_workspace_round_trips_on_a_live_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """100,000 invoices (82 MB exported) export and re-import whole, each within its time bound."""
    monkeypatch.setenv("CAMPFIRE_MOCK_AUDIT", "0")  # whole-snapshot audits of 400 writes would take minutes
    with LiveServer() as server, httpx.Client(base_url=server.url, timeout=300, headers=LIVE) as http:
        for _ in range(400):
            assert http.post(BULK, json={"invoices": [INVOICE] * 250}).status_code == 201
        started = time.monotonic()
        exported = http.get(SNAPSHOT)
        assert exported.status_code == 200 and time.monotonic() - started < 30
        started = time.monotonic()
        answer = http.post(SNAPSHOT, content=exported.content, headers={"content-type": "application/json"})
        assert answer.status_code == 200 and time.monotonic() - started < 120
        assert answer.json()["counts"]["invoice"] == 100_008
        assert http.get("/coa/api/v1/invoice/?limit=1").json()["count"] == 100_008
