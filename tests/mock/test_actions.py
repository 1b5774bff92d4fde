"""Actions that do what upstream says (department and tag bulk search with upsert), and DRF's routing of
a method an action path does not offer (405)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

DEPARTMENTS = "/coa/api/department"
TAGS = "/coa/api/tag"


def test_department_bulk_search_answers_exact_matches_once_in_order(client: TestClient) -> None:
    """Names match exactly (case counts), each department once, missing names left out without upsert."""
    answer = client.post(
        f"{DEPARTMENTS}/bulk-search",
        json={"departments": [{"name": "Sales"}, {"name": "engineering"}, {"name": "Engineering"}, {"name": "Sales"}]},
    )
    assert answer.status_code == 200, answer.text
    assert [(d["id"], d["name"]) for d in answer.json()] == [(36, "Sales"), (35, "Engineering")]
    assert len(client.get(DEPARTMENTS).json()["results"]) == 3


def test_department_bulk_search_upsert_creates_the_missing_ones_under_their_parent(client: TestClient) -> None:
    """With upsert a missing name becomes a new department (with its parent_id as parent), listed afterwards."""
    answer = client.post(
        f"{DEPARTMENTS}/bulk-search",
        json={"departments": [{"name": "Engineering"}, {"name": "Platform", "parent_id": 35}], "upsert": True},
    )
    assert answer.status_code == 200, answer.text
    engineering, platform = answer.json()
    assert engineering["id"] == 35 and platform["name"] == "Platform" and platform["parent"] == 35
    assert client.get(f"{DEPARTMENTS}/{platform['id']}").json()["name"] == "Platform"
    again = client.post(f"{DEPARTMENTS}/bulk-search", json={"departments": [{"name": "Platform"}], "upsert": True})
    assert [d["id"] for d in again.json()] == [platform["id"]]


def test_department_bulk_search_upsert_refuses_an_unknown_parent(client: TestClient) -> None:
    """An upsert naming a parent that does not exist is a 400 and creates nothing."""
    answer = client.post(
        f"{DEPARTMENTS}/bulk-search", json={"departments": [{"name": "Orphan", "parent_id": 999999}], "upsert": True}
    )
    assert answer.status_code == 400
    assert answer.json() == {"parent_id": ['Invalid pk "999999" - object does not exist.']}
    assert "Orphan" not in [d["name"] for d in client.get(DEPARTMENTS).json()["results"]]


def test_tag_bulk_search_upsert_in_a_form_body(client: TestClient) -> None:
    """A form body's upsert=1 is read as DRF reads it (true), so the missing tag is created."""
    answer = client.post(f"{TAGS}/bulk-search", data={"tags": '[{"name": "Q3 launch"}]', "upsert": "1"})
    assert answer.status_code == 200, answer.text
    assert [t["name"] for t in answer.json()] == ["Q3 launch"]
    listed = client.get(TAGS, params={"limit": 1000}).json()["results"]
    assert "Q3 launch" in [t["name"] for t in listed]


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PUT", "/coa/api/v1/bill/bulk-sync-to-ramp/", "POST"),
        ("DELETE", "/coa/api/department/bulk-search", "POST"),
        ("PATCH", "/coa/api/v1/invoice/", "GET, POST"),
    ],
)
def test_a_method_an_action_path_does_not_offer_is_a_405(
    client: TestClient, method: str, path: str, allow: str
) -> None:
    """DRF refuses a method its route does not offer with 405 and an Allow header, before reading any id."""
    answer = client.request(method, path, json={})
    assert answer.status_code == 405
    assert answer.json() == {"detail": f'Method "{method}" not allowed.'}
    assert answer.headers["allow"] == allow
