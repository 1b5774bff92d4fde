"""What the twin writes inside and beside generic objects carries real values: the revenue transactions of
milestones and subscriptions take their names and dates from what made them, items of an object's lists get
ids and timestamps of their own, and tags written as objects are references like tag ids."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

CONTRACT = "/rr/api/v1/contracts/500"
REVENUE = "/rr/api/v1/transactions"
BUNDLES = f"{CONTRACT}/bundles"
ALLOCATIONS = "/coa/api/cost-allocations"
TAGS = "/coa/api/tag"


def _revenue_of(client: TestClient, field: str, key: int) -> list[dict[str, t.Any]]:
    rows = client.get(REVENUE, params={"limit": 1000}).json()["results"]
    return sorted((r for r in rows if r[field] == key), key=lambda r: r["transaction_date"])


def test_a_milestones_revenue_takes_its_names_and_date(client: TestClient) -> None:
    """A milestone's revenue transaction names its contract, client, entity and product, is dated on the
    milestone's date, and shows no empty name or made-up date."""
    body = {
        "contract": 500,
        "milestone_name": "Go-live",
        "milestone_date": "2026-03-14",
        "amount": 900,
        "product": 2545,
    }
    made = client.post(f"{CONTRACT}/milestones", json=body)
    assert made.status_code == 201, made.text
    (row,) = _revenue_of(client, "contract_milestone", made.json()["id"])
    contract = client.get(CONTRACT).json()
    product = client.get("/rr/api/v1/product/2545").json()
    assert row["contract_name"] == contract["deal_name"]
    assert row["client_name"] == contract["client_name"]
    assert row["entity_name"] == contract["entity_name"]
    assert row["contract_status"] == contract["status"]
    assert row["product_name"] == product["product_name"]
    assert (row["transaction_date"], row["accounting_period"], row["amount"]) == ("2026-03-14", "2026-03-01", 900)
    assert "" not in row.values()


def test_a_subscriptions_revenue_is_dated_by_its_schedule(client: TestClient) -> None:
    """A subscription from March to May gets one transaction per month, each spanning its month, with the
    subscription's notes."""
    body = {"contract": 500, "start_date": "2026-03-01", "end_date": "2026-05-31", "mrr": 50, "notes": "Seats"}
    made = client.post(f"{CONTRACT}/subscriptions", json=body)
    assert made.status_code == 201, made.text
    rows = _revenue_of(client, "contract_subscription", made.json()["id"])
    spans = [(r["transaction_date"], r["transaction_end_date"]) for r in rows]
    assert spans == [("2026-03-01", "2026-03-31"), ("2026-04-01", "2026-04-30"), ("2026-05-01", "2026-05-31")]
    assert {r["contract_subscription_notes"] for r in rows} == {"Seats"}
    assert all("" not in r.values() for r in rows)


def test_items_of_a_list_get_their_own_ids_and_timestamps(client: TestClient) -> None:
    """A contract bundle's lines get distinct ids (never 0) and the workspace's time; an update keeps the id
    and creation time of a line it names and numbers a new one."""
    lines = [{"product": 2545, "amount": 60}, {"product": 3679, "amount": 40}]
    body = {"bundle_name": "Bundle", "contract": 500, "start_date": "2026-01-01", "lines": lines}
    made = client.post(BUNDLES, json=body)
    assert made.status_code == 201, made.text
    first, second = made.json()["lines"]
    assert 0 not in (first["id"], second["id"]) and first["id"] != second["id"]
    assert not first["created_at"].startswith("1970")
    changed = client.patch(f"{BUNDLES}/{made.json()['id']}", json={"lines": [first, {"product": 2545, "amount": 5}]})
    kept, new = changed.json()["lines"]
    assert (kept["id"], kept["created_at"]) == (first["id"], first["created_at"])
    assert new["id"] not in (0, first["id"], second["id"])


def test_tags_written_as_objects_are_checked(client: TestClient) -> None:
    """A line's tag written as an object naming no tag is DRF's Invalid pk, at the line's position."""
    line = {"account": 169208, "percentage": 100, "tags": [{"id": 999999, "name": "Nowhere"}]}
    made = client.post(ALLOCATIONS, json={"name": "Split", "lines": [line]})
    assert made.status_code == 400
    assert made.json() == {"lines": [{"tags": ['Invalid pk "999999" - object does not exist.']}]}


def test_tags_written_as_objects_keep_their_tag_and_move_with_a_merge(client: TestClient) -> None:
    """A tag that a line names as an object cannot be deleted (409); deleting it with ``new_tag`` moves the
    line to the other tag, whose name the line then shows."""
    old = client.post(TAGS, json={"name": "Old"}).json()["id"]
    new = client.post(TAGS, json={"name": "New"}).json()["id"]
    line = {"account": 169208, "percentage": 100, "tags": [{"id": old, "name": "Old"}], "tag_ids": [old]}
    split = client.post(ALLOCATIONS, json={"name": "Split", "lines": [line]}).json()["id"]
    refused = client.delete(f"{TAGS}/{old}")
    assert (refused.status_code, refused.json()) == (
        409,
        {"detail": f"This tag cannot be deleted: cost allocation {split} refers to it."},
    )
    assert client.delete(f"{TAGS}/{old}", params={"new_tag": new}).status_code == 204
    moved = client.get(f"{ALLOCATIONS}/{split}").json()["lines"][0]
    assert (moved["tags"], moved["tag_ids"]) == ([{"id": new, "name": "New"}], [new])


def test_a_records_parent_department_is_its_departments_parent(client: TestClient) -> None:
    """A contract and a revenue transaction in a sub-department show that department's name, its parent and
    the parent's name."""
    child = client.post("/coa/api/department", json={"name": "Child", "code": "CH", "parent": 365}).json()["id"]
    contract = client.post("/rr/api/v1/contracts", json={"entity": 54, "client": 33973, "department": child}).json()
    shown = (contract["department_name"], contract["parent_department"], contract["parent_department_name"])
    assert shown == ("Child", 365, "Customer Support")
    body = {"contract": 500, "milestone_name": "M", "milestone_date": "2026-02-03", "amount": 5, "department": child}
    milestone = client.post(f"{CONTRACT}/milestones", json=body).json()
    (row,) = _revenue_of(client, "contract_milestone", milestone["id"])
    assert (row["department_name"], row["parent_department"], row["parent_department_name"]) == shown


def test_counts_and_attributes_of_related_objects_are_filled(client: TestClient) -> None:
    """A cost allocation's ``line_count`` counts its lines, and a fixed asset's ``asset_class_useful_life`` is
    its asset class's useful life."""
    lines = [{"account": 169208, "percentage": 60}, {"account": 169208, "percentage": 40}]
    split = client.post(ALLOCATIONS, json={"name": "Split", "lines": lines}).json()
    assert split["line_count"] == 2
    laptops = client.post("/coa/api/fixed-asset-class", json={"name": "Laptops", "useful_life": 36}).json()["id"]
    asset = client.get("/coa/api/fixed-asset").json()["results"][0]
    changed = client.patch(f"/coa/api/fixed-asset/{asset['id']}", json={"asset_class": laptops}).json()
    assert (changed["asset_class_name"], changed["asset_class_useful_life"]) == ("Laptops", 36)
