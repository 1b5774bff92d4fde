"""A generic resource's written lines answer the names their relations tell, as the object itself does (DRF's
``source="account.name"`` fields on a nested serializer): never null where the twin knows the name."""

from __future__ import annotations

from starlette.testclient import TestClient


def test_a_cost_allocation_line_answers_its_account_and_department_names(client: TestClient) -> None:
    """A line naming account 6100 and a department answers ``account_name`` and ``department_name`` (they were
    null), on the create and on a read; a read-only name sent with it is ignored."""
    department = client.get("/coa/api/department", params={"limit": 1}).json()["results"][0]
    account = client.get("/coa/api/account/6100").json()
    line = {"account": 6100, "percentage": 100, "department": department["id"], "account_name": {}}
    made = client.post("/coa/api/cost-allocations", json={"name": "Rent split", "lines": [line]})
    assert made.status_code == 201, made.text
    for answer in (made.json(), client.get(f"/coa/api/cost-allocations/{made.json()['id']}").json()):
        (shown,) = answer["lines"]
        assert (shown["account_name"], shown["department_name"]) == (account["name"], department["name"])
