"""Shared fixtures: the repo paths and an in-process mock with a client per test."""

from __future__ import annotations

import os
import typing as t
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app

# Every write in these tests is checked against whole snapshots (see campfire_mock.store).
os.environ.setdefault("CAMPFIRE_MOCK_AUDIT", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
UPSTREAM = SHARED / "reference" / "campfire-openapi-upstream.json"
TOKEN = {"Authorization": "Token test-token"}


@pytest.fixture(scope="session")
def app() -> t.Any:
    return create_app()


@pytest.fixture
def client(app: t.Any) -> t.Iterator[TestClient]:
    """A client on a fresh demo workspace (each test gets its own, reset afterwards)."""
    with TestClient(app, headers=TOKEN, raise_server_exceptions=True) as c:
        c.post("/__campfire_mock__/reset")
        yield c
        c.post("/__campfire_mock__/reset")
