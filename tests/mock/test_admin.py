"""The control API: reset, seed, snapshots, the clock, the request log, saved reports."""

from __future__ import annotations

from starlette.testclient import TestClient

from .test_invoices import INVOICES, new_invoice

ADMIN = "/__campfire_mock__"


def test_reset_returns_to_the_seed(client: TestClient) -> None:
    """After a reset, what was created is gone and the seed is back."""
    inv = new_invoice(client)
    client.delete(f"{INVOICES}47864/")
    summary = client.post(f"{ADMIN}/reset").json()
    assert summary["counts"]["invoice"] == 8
    assert client.get(f"{INVOICES}{inv['id']}/").status_code == 404
    assert client.get(f"{INVOICES}47864/").status_code == 200


def test_seed_none_empties_the_workspace(client: TestClient) -> None:
    """Seeding 'none' leaves an empty workspace."""
    summary = client.post(f"{ADMIN}/seed", json={"seed": "none"}).json()
    assert summary["counts"]["invoice"] == 0
    assert client.get(INVOICES).json()["count"] == 0


def test_snapshot_round_trip(client: TestClient) -> None:
    """Export, change, import: the workspace is as it was at export."""
    inv = new_invoice(client)
    snap = client.get(f"{ADMIN}/snapshot").json()
    client.delete(f"{INVOICES}{inv['id']}/")
    assert client.post(f"{ADMIN}/snapshot", json=snap).status_code == 200
    assert client.get(f"{INVOICES}{inv['id']}/").json() == client.get(f"{INVOICES}{inv['id']}/").json()
    assert client.get(f"{INVOICES}{inv['id']}/").json()["total_amount"] == inv["total_amount"]
    assert new_invoice(client)["id"] == inv["id"] + 1


def test_bad_snapshot_is_400_and_changes_nothing(client: TestClient) -> None:
    """A snapshot of another format is refused."""
    response = client.post(
        f"{ADMIN}/snapshot", json={"format": "campfire-mock-snapshot/1", "objects": {"invoice": [{"id": "x"}]}}
    )
    assert response.status_code == 400
    assert client.get(f"{INVOICES}47864/").status_code == 200


def test_clock_drives_past_due_days(client: TestClient) -> None:
    """Setting the clock makes an open invoice overdue by the right number of days."""
    inv = new_invoice(client)
    client.post(f"{ADMIN}/clock", json={"now": "2026-02-19"})
    assert client.get(f"{INVOICES}{inv['id']}/").json()["past_due_days"] == 10
    clock = client.post(f"{ADMIN}/clock", json={"advance_days": 5}).json()
    assert (clock["today"], clock["frozen"]) == ("2026-02-24", True)
    assert client.get(f"{INVOICES}{inv['id']}/").json()["past_due_days"] == 15
    listed = client.get(INVOICES, params={"status": "1_30"}).json()["results"]
    assert inv["id"] in [i["id"] for i in listed]


def test_request_log_records_calls(client: TestClient) -> None:
    """Each call of the workspace is logged with its operation and status."""
    client.get(f"{INVOICES}47864/", headers={"X-Request-Id": "log-me"})
    client.get(f"{INVOICES}999999/")
    log = client.get(f"{ADMIN}/requests", params={"limit": 10000}).json()["results"]
    (entry,) = [e for e in log if e["request_id"] == "log-me"]
    assert {
        "method": "GET",
        "path": f"{INVOICES}47864/",
        "status": 200,
        "operation_id": "coa_api_v1_invoice_retrieve",
    }.items() <= entry.items()
    misses = client.get(f"{ADMIN}/requests", params={"status": 404, "limit": 10000}).json()
    assert misses["count"] >= 1 and {e["status"] for e in misses["results"]} == {404}
    retrieves = client.get(f"{ADMIN}/requests", params={"operation_id": "coa_api_v1_invoice_retrieve"}).json()
    assert {e["operation_id"] for e in retrieves["results"]} == {"coa_api_v1_invoice_retrieve"}
    assert "log-me" in {e["request_id"] for e in retrieves["results"]}


def test_request_log_answers_after_a_body_it_cannot_reencode(client: TestClient) -> None:
    """A logged body with an integer beyond 64 bits or a lone surrogate is kept as its text: the log still
    answers, and shows what was sent."""
    big = b'{"name": "x", "stripe_connection": 123456789012345678901234567890}'
    lone = b'{"name": "\\ud800"}'
    for body in (big, lone):
        client.post("/coa/api/vendor", content=body, headers={"content-type": "application/json"})
    answer = client.get(f"{ADMIN}/requests", params={"limit": 10000})
    assert answer.status_code == 200
    bodies = [e["request_body"] for e in answer.json()["results"] if e["path"] == "/coa/api/vendor"]
    assert bodies[-2:] == [big.decode(), lone.decode()]


def test_saved_report_lifecycle(client: TestClient) -> None:
    """Create, read, run with an override, delete; then the report is 404."""
    created = client.post(
        f"{ADMIN}/invoice-reports", json={"name": "By status", "query": {"group_fields": "payment_status"}}
    )
    assert created.status_code == 201
    rid = created.json()["id"]
    assert client.get(f"{ADMIN}/invoice-reports/{rid}").json()["name"] == "By status"
    data = client.get(f"/coa/api/v1/invoice/report/{rid}/data").json()
    assert {r["payment_status"] for r in data["results"]} >= {"paid", "partial", "voided"}
    by_client = client.get(f"/coa/api/v1/invoice/report/{rid}/data", params={"group_fields": "client_id"}).json()
    assert "client_id" in by_client["results"][0]
    assert client.delete(f"{ADMIN}/invoice-reports/{rid}").status_code == 204
    missing = client.get(f"/coa/api/v1/invoice/report/{rid}/data")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "Not found."}


def test_saved_report_with_bad_query_is_400(client: TestClient) -> None:
    """A definition that could never run is refused when saved."""
    response = client.post(f"{ADMIN}/invoice-reports", json={"name": "x", "query": {"group_fields": "colour"}})
    assert response.status_code == 400
    assert "colour" in response.json()["group_fields"][0]


def test_snapshot_import_restores_a_frozen_clock(client: TestClient) -> None:
    """A snapshot taken with the clock frozen brings the frozen clock back (it used to come back running)."""
    client.post(f"{ADMIN}/clock", json={"now": "2026-03-15T12:00:00+00:00"})
    snapshot = client.get(f"{ADMIN}/snapshot").json()
    client.post(f"{ADMIN}/clock", json={"release": True})
    assert client.post(f"{ADMIN}/snapshot", json=snapshot).status_code == 200
    assert client.get(f"{ADMIN}/clock").json() == {
        "now": "2026-03-15T12:00:00+0000",
        "today": "2026-03-15",
        "frozen": True,
    }
    assert client.get(f"{ADMIN}/snapshot").json() == snapshot
