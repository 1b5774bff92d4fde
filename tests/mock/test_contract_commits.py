"""A contract's inline ``prepaid_commits``: written with its create only (a PUT naming them is refused, so a
retried PUT adds nothing), and an app's spec is not kept alive by the commits' collection after the app."""

from __future__ import annotations

import gc
import weakref

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.openapi import documents

CONTRACTS = "/rr/api/v1/contracts"
POOL = {"name": "Pool", "start_date": "2026-01-01", "total_value": 1000}
NEW = {"entity": 54, "client": 33973, "contract_name": "Prepaid", "prepaid_commits": [POOL]}
REFUSED = {
    "prepaid_commits": [
        "Prepaid commits are written with a contract's create only; to add, change or delete one after it, use"
        " /rr/api/v1/contracts/{id}/prepaid-commits."
    ]
}


@pytest.mark.parametrize("method", ["PUT", "PATCH"])
def test_an_update_naming_prepaid_commits_is_a_400_and_adds_none(client: TestClient, method: str) -> None:
    """One create and two identical updates with ``prepaid_commits`` leave the one commit the create made, and
    the contract unchanged: the update is refused, so repeating it (the SDK retries a PUT) changes nothing."""
    made = client.post(CONTRACTS, json=NEW).json()
    for _ in range(2):
        answer = client.request(method, f"{CONTRACTS}/{made['id']}", json={**NEW, "deal_name": "Renamed"})
        assert (answer.status_code, answer.json()) == (400, REFUSED)
    listed = client.get(f"{CONTRACTS}/{made['id']}/prepaid-commits").json()["results"]
    assert [c["name"] for c in listed] == ["Pool"]
    assert client.get(f"{CONTRACTS}/{made['id']}").json()["deal_name"] == made["deal_name"]
    plain = {k: v for k, v in NEW.items() if k != "prepaid_commits"}
    renamed = client.put(f"{CONTRACTS}/{made['id']}", json={**plain, "deal_name": "Renamed"})
    assert (renamed.status_code, renamed.json()["deal_name"]) == (200, "Renamed")


def test_an_app_s_spec_reader_dies_with_the_app() -> None:
    """After an app that made inline commits is gone, nothing keeps its spec's ``Dereferencer`` alive (the
    commits' collection is kept on the app's view, not in a module-level map keyed by id)."""
    before = {id(o) for o in gc.get_objects() if isinstance(o, documents.Dereferencer)}
    with TestClient(create_app(), headers={"Authorization": "Token test-token"}) as c:
        assert c.post(CONTRACTS, json=NEW).status_code == 201
    made = [weakref.ref(o) for o in gc.get_objects() if isinstance(o, documents.Dereferencer) and id(o) not in before]
    assert made
    del c
    gc.collect()
    assert [r for r in made if r() is not None] == []


@pytest.mark.parametrize(("method", "name"), [("put", "ContractUpdate"), ("patch", "PatchedContractUpdate")])
def test_the_spec_states_that_an_update_names_no_prepaid_commits(method: str, name: str) -> None:
    """A contract's PUT and PATCH bodies (JSON and forms) are update components without ``prepaid_commits``
    that forbid it (``not: required``), so a request the spec allows is one the twin takes; the create keeps it."""
    spec = documents.load_spec(documents.packaged_spec())
    schemas = spec["components"]["schemas"]
    content = spec["paths"]["/rr/api/v1/contracts/{id}"][method]["requestBody"]["content"]
    for media in content.values():
        component = schemas[media["schema"]["$ref"].rsplit("/", 1)[-1]]
        assert component["not"] == {"required": ["prepaid_commits"]}
        assert "prepaid_commits" not in component["properties"] and "deal_name" in component["properties"]
    assert content["application/json"]["schema"]["$ref"] == f"#/components/schemas/{name}"
    create = spec["paths"][CONTRACTS]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert "prepaid_commits" in schemas[create.rsplit("/", 1)[-1]]["properties"]
