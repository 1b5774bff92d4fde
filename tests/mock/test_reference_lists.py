"""The documented filters of the client (vendor), product and contract lists, as Campfire's schema
describes them (spec/upstream: the parameters of /coa/api/vendor, /rr/api/v1/product, /rr/api/v1/contracts)."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app

ADMIN = "/__campfire_mock__"


@pytest.fixture
def client() -> t.Iterator[TestClient]:
    with TestClient(create_app(), headers={"Authorization": "Token lists"}) as c:
        yield c


def names(client: TestClient, path: str, **params: t.Any) -> list[str]:
    response = client.get(path, params={"limit": 100, **params})
    assert response.status_code == 200, response.json()
    return [o.get("name") or o.get("product_name") or o.get("deal_name") for o in response.json()["results"]]


def listed(client: TestClient, path: str, **params: t.Any) -> list[dict[str, t.Any]]:
    response = client.get(path, params={"limit": 100, **params})
    assert response.status_code == 200, response.json()
    return t.cast(list[dict[str, t.Any]], response.json()["results"])


def edit(client: TestClient, kind: str, object_id: int, **changes: t.Any) -> None:
    """Change stored objects through a snapshot round trip (the API has no delete for these yet)."""
    snapshot = client.get(f"{ADMIN}/snapshot").json()
    (row,) = [o for o in snapshot["objects"][kind] if o["id"] == object_id]
    row.update(changes)
    assert client.post(f"{ADMIN}/snapshot", json=snapshot).status_code == 200


def test_vendor_list_filters(client: TestClient) -> None:
    """The client (vendor) list applies its documented include_inactive, sort, repeated vendor_type, q and external_id
    filters."""
    everyone = client.get("/coa/api/vendor", params={"limit": 100, "include_inactive": "true"}).json()["results"]
    inactive = [v["name"] for v in everyone if v["status"] == "INACTIVE"]
    assert inactive, "the demo seed has an inactive client"
    # "Include inactive vendors in results": left out otherwise.
    assert not set(inactive) & set(names(client, "/coa/api/vendor"))
    assert set(inactive) <= set(names(client, "/coa/api/vendor", include_inactive="true"))
    # "Sort order ... Supports multiple fields separated by comma. Default: name".
    default = names(client, "/coa/api/vendor")
    assert default == sorted(default, key=str.lower)
    assert names(client, "/coa/api/vendor", sort="-name") == default[::-1]
    assert client.get("/coa/api/vendor", params={"sort": "colour"}).status_code == 400
    # "Can be specified multiple times for multiple types".
    customers = names(client, "/coa/api/vendor", vendor_type="customer")
    suppliers = names(client, "/coa/api/vendor", vendor_type="vendor")
    both = client.get("/coa/api/vendor?limit=100&vendor_type=customer&vendor_type=vendor").json()["results"]
    assert customers and suppliers and sorted(v["name"] for v in both) == sorted(customers + suppliers)
    # "If numeric, also searches by ID"; otherwise name, DBA, e-mail or company name.
    assert names(client, "/coa/api/vendor", q="42") == ["Acme Corp"]
    assert names(client, "/coa/api/vendor", q="acme.example") == ["Acme Corp"]
    # "Filter by external ID".
    edit(client, "vendor", 42, external_id="crm-42")
    assert names(client, "/coa/api/vendor", external_id="crm-42") == ["Acme Corp"]


def test_nested_contacts_lose_read_only_and_unknown_fields(client: TestClient) -> None:
    """Vendor contacts are stripped and rendered by their own schema, like any nested list."""
    body = {"name": "Nested", "contacts": [{"email": "a@b.example", "deleted_at": {}, "surprise": 1}]}
    response = client.post("/coa/api/vendor", json=body)
    assert response.status_code == 201
    contact = response.json()["contacts"][0]
    assert contact["email"] == "a@b.example"
    assert contact["deleted_at"] is None and "surprise" not in contact
    assert client.get("/coa/api/vendor").status_code == 200


def test_include_deleted_and_last_modified(client: TestClient) -> None:
    """include_deleted: "returns ONLY deleted records instead of active records"; last_modified_at__*
    "works with both active records and deleted records (filters by deletion time for deleted)"."""
    products = client.get("/rr/api/v1/product", params={"limit": 100}).json()["results"]
    gone = products[0]
    edit(client, "product", gone["id"], is_deleted=True, deleted_at="2024-06-15T10:00:00+0000")
    live = names(client, "/rr/api/v1/product")
    assert gone["product_name"] not in live and len(live) == len(products) - 1
    deleted = "/rr/api/v1/product"
    minimal = {"id": gone["id"], "is_deleted": True, "deleted_at": "2024-06-15T10:00:00+0000"}
    minimal["last_modified_at"] = gone["last_modified_at"]  # the seed's own: the snapshot edit kept it
    assert listed(client, deleted, include_deleted="true") == [minimal]  # the minimal record upstream describes
    assert listed(client, deleted, include_deleted="true", last_modified_at__lte="2024-06-15") == [minimal]
    assert listed(client, deleted, include_deleted="true", last_modified_at__gte="2024-06-16") == []

    contracts = client.get("/rr/api/v1/contracts", params={"limit": 100}).json()["results"]
    assert contracts
    stamp = min(c["last_modified_at"] for c in contracts)[:10]  # the earliest: a bound at its day keeps them all
    assert len(names(client, "/rr/api/v1/contracts", last_modified_at__gte=stamp)) == len(contracts)
    assert names(client, "/rr/api/v1/contracts", last_modified_at__lte="2000-01-01") == []
    bad = client.get("/rr/api/v1/contracts", params={"last_modified_at__gte": "yesterday"})
    assert bad.status_code == 400 and "last_modified_at__gte" in bad.json()
