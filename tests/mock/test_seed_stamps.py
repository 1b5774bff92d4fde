"""A seeded workspace never holds an object made or changed after the moment it was seeded, so a client that
syncs by ``last_modified_at`` never takes its watermark from the future."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from campfire_mock.domain.clock import parse_moment
from campfire_mock.domain.seeding import bundled_seed

GL = "/coa/api/transaction"
NOW = "2026-06-15T12:00:00+0000"


def _walk(client: TestClient, path: str, params: dict[str, t.Any]) -> list[dict[str, t.Any]]:
    """Every item of a list, following its ``next`` links."""
    found: list[dict[str, t.Any]] = []
    url: str | None = path
    while url:
        page = client.get(url, params=params).json()
        params = {}
        found += page["results"]
        url = page.get("next")
    return found


def _seeded_at(client: TestClient, now: str) -> None:
    """The workspace replaced with the demo seed, loaded with its clock frozen at ``now``."""
    response = client.post("/__campfire_mock__/seed", json={"data": {**bundled_seed("demo"), "now": now}})
    assert response.status_code == 200, response.text


def test_demo_gl_lines_dated_after_the_clock_were_not_created_after_it(client: TestClient) -> None:
    """Seeded mid-2026, the demo's later entries keep their dates but were created and changed by the clock's now."""
    _seeded_at(client, NOW)
    lines = _walk(client, GL, {"limit": 1000, "all_time": "true"})
    moment = parse_moment(NOW)
    assert any(parse_moment(line["posted_at"]) > moment for line in lines)  # the books run to 2026-12-31
    late = [
        line["id"] for line in lines if max(map(parse_moment, (line["created_at"], line["last_modified_at"]))) > moment
    ]
    assert late == []


def test_a_watermark_sync_after_seeding_sees_the_next_write(client: TestClient) -> None:
    """The warehouse sync's watermark (the latest ``last_modified_at`` it read) does not hide a new entry's lines."""
    _seeded_at(client, NOW)
    lines = _walk(client, GL, {"limit": 1000, "all_time": "true"})
    watermark = max(parse_moment(line["last_modified_at"]) for line in lines).strftime("%Y-%m-%dT%H:%M:%SZ")
    client.post("/__campfire_mock__/clock", json={"advance_days": 1})
    body = {"date": "2026-06-16", "entity": 54, "transactions": [
        {"account": 6000, "debit_amount": 5}, {"account": 2300, "credit_amount": 5}]}  # fmt: skip
    entry = client.post("/coa/api/journal_entry", json=body).json()
    since = _walk(client, GL, {"limit": 1000, "all_time": "true", "last_modified_at__gte": watermark})
    assert {line["journal"] for line in since} >= {entry["id"]}
    invoices = client.get("/coa/api/v1/invoice/", params={"limit": 500}).json()["results"]
    assert all(parse_moment(i["last_modified_at"]) <= parse_moment(NOW) for i in invoices)


def test_demo_objects_were_created_in_the_demo_s_story_not_when_the_workspace_was_made(client: TestClient) -> None:
    """Seeded at 2026-06-15 noon, no demo contract, vendor, department or account says it was created then:
    a contract on or before its start, the others on the day the demo books were set up or their own date."""
    _seeded_at(client, NOW)
    contracts = client.get("/rr/api/v1/contracts").json()["results"]
    assert contracts and all(c["created_at"][:10] <= c["contract_start_date"] for c in contracts)
    for path in ("/coa/api/vendor", "/coa/api/department", "/coa/api/account", "/rr/api/v1/contracts"):
        page = client.get(path, params={"limit": 1000}).json()
        rows = page["results"] if isinstance(page, dict) else page
        assert rows and all(r["created_at"] != NOW and r["last_modified_at"] >= r["created_at"] for r in rows), path


def test_demo_invoice_payments_were_made_on_their_own_dates(client: TestClient) -> None:
    """Seeded at 2026-06-15 noon, a demo invoice's payments (and the entries they post) were created on their
    payment dates, not at seeding; the invoice was last changed no earlier than its last payment."""
    _seeded_at(client, NOW)
    invoice = client.get("/coa/api/v1/invoice/145001/").json()
    payments = invoice["payments"]
    assert payments
    for payment in payments:
        assert payment["created_at"][:10] == payment["payment_date"] != NOW[:10]
        entry = client.get(f"/coa/api/journal_entry/{payment['payment_journal_entry']}").json()
        assert entry["created_at"] == payment["created_at"]
        assert invoice["last_modified_at"] >= payment["created_at"]
