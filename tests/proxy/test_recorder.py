"""``--record``: what the proxy sees becomes a seed the mock replays; ``--redact`` fakes personal data."""

from __future__ import annotations

import json
import typing as t
from pathlib import Path

import httpx
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.domain.seeding import read_seed
from campfire_mock.proxy.recorder import Recorder, Redactor

from .conftest import HEADERS, INVOICE, Loopback, make_proxy

PAYMENT = {"amount": 50, "payment_date": "2026-01-12", "account_id": 2553, "account_name": "1100 - Accounts Receivable"}


def _session(client: httpx.Client) -> list[str]:
    """Creates, pays, voids and deletes through ``client``; the GETs whose answers the replay must repeat."""
    created = client.post("/coa/api/v1/invoice/", json=INVOICE).json()
    paid = client.post("/coa/api/v1/invoice/", json={**INVOICE, "client": 33973}).json()
    client.post(f"/coa/api/v1/invoice/{paid['id']}/pay/", json={"empty_transactions": [PAYMENT]})
    doomed = client.post("/coa/api/v1/invoice/", json=INVOICE).json()
    client.delete(f"/coa/api/v1/invoice/{doomed['id']}/")
    gets = [
        "/coa/api/v1/invoice/?limit=100",
        f"/coa/api/v1/invoice/{created['id']}/",
        f"/coa/api/v1/invoice/{paid['id']}/",
        "/coa/api/v1/invoice/47864/",
        "/coa/api/vendor",
        "/coa/api/entity",
        "/rr/api/v1/product",
        "/rr/api/v1/contracts",
        "/coa/api/v1/credit-memo",
        "/coa/api/v1/invoice-payments",
    ]
    for path in gets:
        assert client.get(path).status_code == 200, path
    # Every invoice the list shows, read once, so the recording holds its payments.
    for invoice in client.get("/coa/api/v1/invoice/?limit=100").json()["results"]:
        gets.append(f"/coa/api/v1/invoice/{invoice['id']}/")
        client.get(gets[-1])
    return gets


def test_a_recording_replays_the_same_gets_with_the_same_bodies(
    mock_upstream: Loopback, spec: dict[str, t.Any], tmp_path: Path
) -> None:
    """A mock seeded with the recording answers every GET made through the proxy with the same status and body."""
    recorder = Recorder(spec)
    proxy = make_proxy(mock_upstream.url, spec, recorder=recorder)
    with Loopback(proxy) as server, httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as client:
        gets = _session(client)
        seen = {path: client.get(path).json() for path in gets}
    assert proxy.report.violations == 0
    recording = tmp_path / "recorded.json"
    recorder.write(recording)
    seed = read_seed(recording)
    assert seed is not None and seed["format"] == "campfire-mock-seed/1"
    with TestClient(create_app(seed=seed), headers=HEADERS) as replay:
        for path in gets:
            answer = replay.get(path)
            assert (answer.status_code, answer.json()) == (200, seen[path]), path


def test_a_recording_keeps_ids_amounts_and_order_as_sent(mock_upstream: Loopback, spec: dict[str, t.Any]) -> None:
    """Recorded invoices keep the upstream's ids, amounts and payments; a deleted invoice is left out."""
    recorder = Recorder(spec)
    proxy = make_proxy(mock_upstream.url, spec, recorder=recorder)
    with Loopback(proxy) as server, httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as client:
        first = client.post("/coa/api/v1/invoice/", json=INVOICE).json()
        second = client.post("/coa/api/v1/invoice/", json=INVOICE).json()
        client.post(f"/coa/api/v1/invoice/{second['id']}/pay/", json={"empty_transactions": [PAYMENT]})
        after_pay = client.get(f"/coa/api/v1/invoice/{second['id']}/").json()
        client.delete(f"/coa/api/v1/invoice/{first['id']}/")
    invoices = recorder.document()["objects"]["invoice"]
    assert [inv["id"] for inv in invoices] == [second["id"]]
    [recorded] = invoices
    assert recorded["lines"][0]["id"] == second["lines"][0]["id"]
    assert recorded["lines"][0]["rate"] == 100 and recorded["lines"][0]["quantity"] == 2
    assert recorded["payments"] == [
        {
            "id": after_pay["payments"][0]["id"],
            "amount": 50,
            "payment_date": "2026-01-12",
            "created_at": after_pay["payments"][0]["created_at"],
            "journal_entry": after_pay["payments"][0]["payment_journal_entry"],
        }
    ]


def test_an_invoice_naming_unrecorded_clients_and_products_still_replays(spec: dict[str, t.Any]) -> None:
    """A client, entity and product an invoice names but no answer showed are written from the invoice's names."""
    with TestClient(create_app(), headers=HEADERS) as upstream:
        body = upstream.get("/coa/api/v1/invoice/47864/").json()
    recorder = Recorder(spec)
    recorder.observe("coa_api_v1_invoice_retrieve", "GET", {"id": "47864"}, 200, body)
    doc = recorder.document()
    assert doc["objects"]["vendor"] == [{"id": 24020, "name": "Apple", "vendor_type": "customer"}]
    assert doc["objects"]["product"][0]["product_name"] == "Enterprise Subscription"
    with TestClient(create_app(seed=doc), headers=HEADERS) as replay:
        assert replay.get("/coa/api/v1/invoice/47864/").json() == body


def test_a_page_of_deleted_records_records_no_object(spec: dict[str, t.Any]) -> None:
    """A vendor page is recorded (its items are ``anyOf: [Vendor, DeletedRecord]``), but a deleted vendor's
    minimal record, as ``include_deleted=true`` lists it, is not kept as a vendor."""
    with TestClient(create_app(), headers=HEADERS) as upstream:
        page = upstream.get("/coa/api/vendor", params={"limit": 1}).json()
    gone = {"id": 999, "is_deleted": True, "deleted_at": "2026-01-02T03:04:05+0000", "last_modified_at": None}
    recorder = Recorder(spec)
    recorder.observe("coa_api_vendor_list", "GET", {}, 200, {**page, "results": [*page["results"], gone]})
    kept = recorder.document()["objects"]["vendor"]
    assert [v["id"] for v in kept] == [page["results"][0]["id"]]


def test_redact_replaces_names_emails_and_addresses_with_stable_fakes(spec: dict[str, t.Any]) -> None:
    """With --redact, personal fields become fakes (one per original value); ids and amounts stay; the seed loads."""
    with TestClient(create_app(), headers=HEADERS) as upstream:
        vendors = upstream.get("/coa/api/vendor").json()
        invoice = upstream.get("/coa/api/v1/invoice/47864/").json()
    vendors["results"][0].update(email="ada@example.org", billing_address="1 Real Road")
    recorder = Recorder(spec, redactor=Redactor())
    recorder.observe("coa_api_vendor_list", "GET", {}, 200, vendors)
    recorder.observe("coa_api_v1_invoice_retrieve", "GET", {"id": "47864"}, 200, {**invoice, "billing_address": "x"})
    doc = recorder.document()
    text = json.dumps(doc)
    for secret in ("ada@example.org", "1 Real Road", vendors["results"][0]["name"], "Apple"):
        assert secret not in text
    vendor = doc["objects"]["vendor"][0]
    assert vendor["id"] == vendors["results"][0]["id"]
    assert vendor["email"].startswith("user-") and vendor["email"].endswith("@example.com")
    assert vendor["billing_address"].endswith("Example Street")
    again = Redactor()
    assert again.name("Apple") == Redactor().name("Apple") != again.name("Acme Corp")
    recorded = doc["objects"]["invoice"][0]
    assert (recorded["id"], recorded["lines"][0]["amount"]) == (47864, 6249.99)
    with TestClient(create_app(seed=doc), headers=HEADERS) as replay:
        shown = replay.get("/coa/api/v1/invoice/47864/").json()
    assert shown["client_name"] == Redactor().name("Apple")
    assert shown["total_amount"] == invoice["total_amount"]


CONTRACT = 12954  # the demo's contract (2025-01-01 to 2025-12-31)


def test_a_recording_replays_a_contracts_milestones_subscriptions_and_revenue(
    mock_upstream: Loopback, spec: dict[str, t.Any], tmp_path: Path
) -> None:
    """Milestones, subscriptions and revenue transactions seen through the proxy replay as they were: the
    schedule (one month's amount changed by hand upstream), and the contract's revenue total from it."""
    recorder = Recorder(spec)
    proxy = make_proxy(mock_upstream.url, spec, recorder=recorder)
    contract = f"/rr/api/v1/contracts/{CONTRACT}"
    with Loopback(proxy) as server, httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as client:
        milestone = client.post(
            f"{contract}/milestones",
            json={"contract": CONTRACT, "milestone_name": "Go-live", "milestone_date": "2025-05-15", "amount": 1500},
        ).json()
        dropped = client.post(
            f"{contract}/milestones",
            json={"contract": CONTRACT, "milestone_name": "Dropped", "milestone_date": "2025-06-15", "amount": 7},
        ).json()
        client.post(f"{contract}/subscriptions", json={"contract": CONTRACT, "start_date": "2025-10-01", "mrr": 250})
        assert client.delete(f"{contract}/milestones/{dropped['id']}").status_code == 204
        revenue = client.get("/rr/api/v1/transactions", params={"limit": 1000}).json()["results"]
        november = next(r for r in revenue if r["transaction_date"] == "2025-11-01")
        assert client.patch(f"/rr/api/v1/transactions/{november['id']}", json={"amount": 300}).status_code == 200
        gets = [f"{contract}/milestones", f"{contract}/subscriptions", "/rr/api/v1/transactions?limit=1000", contract]
        for path in ("/coa/api/vendor", "/coa/api/entity", "/rr/api/v1/product"):  # what the contract names
            client.get(path)
        for invoice in client.get("/coa/api/v1/invoice/?limit=100").json()["results"]:  # what it billed
            client.get(f"/coa/api/v1/invoice/{invoice['id']}/")
        seen = {path: client.get(path).json() for path in gets}
    assert proxy.report.violations == 0
    assert seen[contract]["total_revenue"] == 1500 + 250 + 300 + 250
    objects = recorder.document()["objects"]
    recorded = [m["id"] for m in objects["/rr/api/v1/contracts/{contract_id}/milestones"]]
    assert milestone["id"] in recorded and dropped["id"] not in recorded
    assert all(r.get("contract_milestone") != dropped["id"] for r in objects["/rr/api/v1/transactions"])
    recording = tmp_path / "recorded.json"
    recorder.write(recording)
    with TestClient(create_app(seed=read_seed(recording)), headers=HEADERS) as replay:
        for path in gets:
            answer = replay.get(path)
            assert (answer.status_code, answer.json()) == (200, seen[path]), path
