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
