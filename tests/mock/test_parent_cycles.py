"""A hierarchy stays a tree: an update that would make an object its own parent, or a child of one of its
descendants, is a 400 under ``parent`` and changes nothing (departments, accounts, entities, tags, vendors)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

#: (collection, label, an object, another object of the same kind)
KINDS = [
    ("/coa/api/department", "department", 35, 36),
    ("/coa/api/account", "account", 1010, 1020),
    ("/coa/api/entity", "entity", 54, 1),
]


@pytest.mark.parametrize(("path", "label", "key", "other"), KINDS)
def test_an_object_is_refused_as_its_own_parent_or_below_its_descendant(
    client: TestClient, path: str, label: str, key: int, other: int
) -> None:
    """PATCH ``parent`` to itself is a 400; with ``other`` below it, making it ``other``'s child (PATCH or
    PUT) is a 400 naming ``other``; the hierarchy is as before."""
    own = client.patch(f"{path}/{key}", json={"parent": key})
    assert (own.status_code, own.json()) == (400, {"parent": [f"This {label} may not be its own parent."]})
    assert client.patch(f"{path}/{other}", json={"parent": key}).status_code == 200
    loop = {
        "parent": [f"This {label} may not be made a child of one of its descendants ({label} {other} is below it)."]
    }
    patched = client.patch(f"{path}/{key}", json={"parent": other})
    assert (patched.status_code, patched.json()) == (400, loop)
    put = client.put(f"{path}/{key}", json={**client.get(f"{path}/{key}").json(), "parent": other})
    assert (put.status_code, put.json()) == (400, loop)
    assert client.get(f"{path}/{key}").json()["parent"] is None


def test_a_vendor_and_a_tag_cannot_be_their_own_parent(client: TestClient) -> None:
    """A vendor's and a tag's ``parent`` naming themselves is a 400 and is not stored."""
    vendor = client.patch("/coa/api/vendor/34182", json={"parent": 34182})
    assert (vendor.status_code, vendor.json()) == (400, {"parent": ["This vendor may not be its own parent."]})
    tag = client.patch("/coa/api/tag/1", json={"parent": 1})
    assert (tag.status_code, tag.json()) == (400, {"parent": ["This tag may not be its own parent."]})
    assert client.get("/coa/api/vendor/34182").json()["parent"] is None
    assert client.get("/coa/api/tag/1").json()["parent"] is None


def test_moving_an_object_within_its_tree_is_allowed(client: TestClient) -> None:
    """A parent that is not below the object is fine: department 36 under 35, then both under 364."""
    assert client.patch("/coa/api/department/36", json={"parent": 35}).status_code == 200
    assert client.patch("/coa/api/department/35", json={"parent": 364}).status_code == 200
    assert client.get("/coa/api/department/36").json()["parent_name"] == "Engineering"
