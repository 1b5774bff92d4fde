"""Crafted snapshot imports: a generic object must have its stored shape, or the import is a 400 that changes
nothing (the issue's tag id ``"5"``, ``_parent`` as a string, webhook ``topics`` as strings)."""

from __future__ import annotations

import copy
import typing as t

import pytest
from starlette.testclient import TestClient

SNAPSHOT = "/__campfire_mock__/snapshot"
HOOKS = "/integrations/api/v1/webhook"
HOOK = {"url": "http://127.0.0.1:9/", "active": True, "token": "whsec_AAAA"}


@pytest.mark.parametrize(
    ("kind", "row", "field", "message"),
    [
        ("/coa/api/tag", {"id": "5", "name": "t"}, "id", "An id is an integer between 1 and 9223372036854775807."),
        ("/coa/api/tag", {"id": True, "name": "t"}, "id", "An id is an integer between 1 and 9223372036854775807."),
        (
            "/coa/api/tag",
            {"id": 90, "name": "t", "_parent": "1"},
            "_parent",
            "The ids of the objects this one is under, as an object of integer ids.",
        ),
        (
            HOOKS,
            {**HOOK, "id": 90, "topics": ["invoice.paid"]},
            "topics",
            'Topics are a list of {"name": topic} of the known topics.',
        ),
        (HOOKS, {**HOOK, "id": 90, "active": "false"}, "active", "Expected a bool."),
    ],
)
def test_a_crafted_generic_object_is_a_400_that_changes_nothing(
    client: TestClient, kind: str, row: dict[str, t.Any], field: str, message: str
) -> None:
    """The import names the object and field; the workspace is exactly as before, and still writable."""
    before = client.get(SNAPSHOT).json()
    crafted = copy.deepcopy(before)
    crafted["objects"].setdefault(kind, []).append(row)
    answer = client.post(SNAPSHOT, json=crafted)
    assert answer.status_code == 400
    index = str(len(crafted["objects"][kind]) - 1)
    assert answer.json() == {"objects": {kind: {index: {field: [f"Value error, {message}"]}}}}
    assert client.get(SNAPSHOT).json() == before
    assert client.post("/coa/api/tag", json={"name": "still fine"}).status_code == 201
