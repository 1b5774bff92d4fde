"""A client or vendor written without ``vendor_type`` is a vendor, upstream's default (``Vendor.vendor_type``);
an invoice's client is a record of type ``customer``."""

from __future__ import annotations

from starlette.testclient import TestClient

VENDORS = "/coa/api/vendor"


def test_a_vendor_written_without_a_type_is_a_vendor(client: TestClient) -> None:
    made = client.post(VENDORS, json={"name": "Plain Supplies"})
    assert made.status_code == 201, made.text
    assert made.json()["vendor_type"] == "vendor"
    listed = client.get(VENDORS, params={"vendor_type": "vendor", "q": "Plain Supplies"}).json()
    rows = listed["results"] if isinstance(listed, dict) else listed
    assert [r["id"] for r in rows] == [made.json()["id"]]
    found = client.post(f"{VENDORS}/bulk-search", json={"vendors": [{"name": "Upserted Ltd"}], "upsert": True})
    assert found.status_code == 200, found.text
    assert [r["vendor_type"] for r in found.json()] == ["vendor"]


def test_an_invoice_names_a_customer_as_its_client(client: TestClient) -> None:
    vendor = client.post(VENDORS, json={"name": "Only Sells To Us"}).json()
    customer = client.post(VENDORS, json={"name": "Buys From Us", "vendor_type": "customer"}).json()
    body = {"entity": 1, "invoice_date": "2026-11-01", "due_date": "2026-11-30", "lines": [{"quantity": 1, "rate": 5}]}
    refused = client.post("/coa/api/v1/invoice/", json={**body, "client": vendor["id"]})
    assert refused.status_code == 400
    assert "not a customer" in refused.json()["client"][0]
    made = client.post("/coa/api/v1/invoice/", json={**body, "client": customer["id"]})
    assert made.status_code == 201, made.text


def test_a_record_written_without_a_status_is_active_as_the_spec_says(client: TestClient) -> None:
    """Real responses carry a customer's ``status`` (observed shapes) and upstream's enum has no null: a vendor or
    customer created without it answers ACTIVE, and the served spec says so (its default, not null); a PATCH that
    leaves it out keeps it."""
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    for name in ("Vendor", "ContractCustomer"):
        status = schemas[name]["properties"]["status"]
        assert (status.get("default"), status.get("nullable")) == ("ACTIVE", None), name
    assert "default" not in schemas["PatchedVendor"]["properties"]["status"]
    made = client.post(VENDORS, json={"name": "No Status Given", "vendor_type": "customer"}).json()
    assert made["status"] == "ACTIVE"
    client.patch(f"{VENDORS}/{made['id']}", json={"status": "INACTIVE"})
    kept = client.patch(f"{VENDORS}/{made['id']}", json={"email": "ap@example.com"})
    assert kept.json()["status"] == "INACTIVE"
    found = client.post(f"{VENDORS}/bulk-search", json={"vendors": [{"name": "Upserted Inc"}], "upsert": True})
    assert [r["status"] for r in found.json()] == ["ACTIVE"]
