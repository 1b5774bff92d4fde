"""Verification and stubbing through the control API: the request log's headers and bodies, stubs
(``/__campfire_mock__/stubs``) and Prism's ``Prefer`` header."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.limits import REQUEST_LOG_BODY
from campfire_mock.stubbing import ERROR_BODIES, Responder

STUBS = "/__campfire_mock__/stubs"
LOG = "/__campfire_mock__/requests"
RETRIEVE = "coa_api_v1_invoice_retrieve"
CREATE = "coa_api_v1_invoice_create"
LIST = "coa_api_v1_invoice_list"
NEW = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [{"amount": 5}]}


def last_call(client: TestClient) -> dict[str, t.Any]:
    return t.cast(dict[str, t.Any], client.get(LOG, params={"limit": 10000}).json()["results"][-2])


def test_request_log_keeps_headers_and_json_body_with_the_key_redacted(client: TestClient) -> None:
    """A logged call carries its headers (Authorization reduced to its scheme) and its parsed JSON body."""
    client.post("/coa/api/v1/invoice/", json=NEW, headers={"X-Trace": "abc"})
    entry = client.get(LOG, params={"operation_id": CREATE}).json()["results"][-1]
    assert entry["request_body"] == NEW
    assert entry["request_headers"]["authorization"] == "Token [redacted]"
    assert entry["request_headers"]["x-trace"] == "abc"
    assert "test-token" not in str(entry)
    assert entry["answered_by"] is None


def test_request_log_cuts_a_long_body(client: TestClient) -> None:
    """A body longer than the log keeps is stored as text cut at the limit, marked truncated."""
    client.post("/coa/api/v1/invoice/", content=b"x" * (REQUEST_LOG_BODY * 2), headers={"Content-Type": "text/plain"})
    entry = client.get(LOG, params={"operation_id": CREATE}).json()["results"][-1]
    assert entry["request_body"] == "x" * REQUEST_LOG_BODY
    assert entry["request_body_truncated"] is True


def test_stub_answers_matching_calls_the_given_number_of_times(client: TestClient) -> None:
    """A stub for invoice 47864 answers its next two retrieves with 404; other ids and the third call run."""
    armed = client.post(
        STUBS,
        json={
            "operation_id": RETRIEVE,
            "status": 404,
            "body": {"detail": "Gone."},
            "match": {"path": {"id": "47864"}},
            "times": 2,
        },
    )
    assert armed.status_code == 201
    assert armed.json()["remaining"] == 2
    assert client.get("/coa/api/v1/invoice/145002/").status_code == 200
    answers = [client.get("/coa/api/v1/invoice/47864/") for _ in range(3)]
    assert [a.status_code for a in answers] == [404, 404, 200]
    assert answers[0].json() == {"detail": "Gone."}
    assert client.get(STUBS).json() == {"results": []}


def test_stub_without_times_answers_every_call_and_changes_nothing(client: TestClient) -> None:
    """A stub armed with no ``times`` answers every matching create, and no invoice is created."""
    before = client.get("/coa/api/v1/invoice/").json()["count"]
    body = client.get("/coa/api/v1/invoice/47864/").json()
    client.post(STUBS, json={"operation_id": CREATE, "status": 201, "body": body, "match": {"json": {"client": 42}}})
    for _ in range(3):
        created = client.post("/coa/api/v1/invoice/", json=NEW)
        assert created.status_code == 201
        assert created.json()["id"] == 47864
    assert client.get("/coa/api/v1/invoice/").json()["count"] == before
    assert client.post("/coa/api/v1/invoice/", json={**NEW, "client": 33973}).json()["id"] != 47864
    assert last_call(client)["answered_by"] is None


def test_stub_matches_query_and_body_subset(client: TestClient) -> None:
    """A stub keyed on a query value answers only lists that ask for it; the log names the stub."""
    client.post(
        STUBS,
        json={
            "operation_id": LIST,
            "status": 200,
            "match": {"query": {"client": "42"}},
            "body": {"count": 0, "next": None, "previous": None, "results": []},
        },
    )
    assert client.get("/coa/api/v1/invoice/", params={"client": 42}).json()["count"] == 0
    assert client.get("/coa/api/v1/invoice/", params={"client": 33973}).json()["count"] > 0
    calls = client.get(LOG, params={"operation_id": LIST}).json()["results"]
    assert calls[-2]["answered_by"].startswith("stub ")
    assert calls[-1]["answered_by"] is None


def test_stub_outside_the_spec_is_refused(client: TestClient) -> None:
    """A stub with a status the operation does not declare, or a body its schema forbids, is a 400 saying why."""
    wrong_status = client.post(STUBS, json={"operation_id": RETRIEVE, "status": 418})
    assert wrong_status.status_code == 400
    assert wrong_status.json() == {
        "status": [
            f"{RETRIEVE} does not declare a 418 response (it declares 200, 400, 401, 403, 404); to answer it anyway,"
            ' arm the stub with "validate": false (validate=False in campfire_mock.testing).'
        ]
    }
    assert client.post(STUBS, json={"operation_id": RETRIEVE, "status": 418, "validate": False}).status_code == 201
    client.delete(STUBS)
    wrong_body = client.post(STUBS, json={"operation_id": RETRIEVE, "status": 200, "body": {"id": "x"}})
    assert wrong_body.status_code == 400
    assert wrong_body.json()["body"][0].startswith(f"Not a response the spec allows: {RETRIEVE} 200 response breaks")
    assert wrong_body.json()["body"][0].endswith('"validate": false (validate=False in campfire_mock.testing).')
    unknown = client.post(STUBS, json={"operation_id": "nope", "status": 200})
    assert unknown.json() == {"operation_id": ["Unknown operation 'nope'."]}
    control = client.post(STUBS, json={"operation_id": "mock_reset", "status": 200})
    assert control.json() == {"operation_id": ["Unknown operation 'mock_reset'."]}
    assert client.get(STUBS).json() == {"results": []}


def test_prefer_is_not_read_on_the_control_api(client: TestClient) -> None:
    """``Prefer`` asks Campfire's operations for a response; the control API answers as it always does."""
    listed = client.get("/__campfire_mock__/requests", headers={"Prefer": "code=401"})
    assert listed.status_code == 200


def test_unvalidated_stub_answers_what_it_was_given(client: TestClient) -> None:
    """``validate: false`` arms a stub the spec would refuse, and it answers as given."""
    armed = client.post(STUBS, json={"operation_id": RETRIEVE, "status": 418, "body": {"odd": True}, "validate": False})
    assert armed.status_code == 201
    answer = client.get("/coa/api/v1/invoice/47864/")
    assert (answer.status_code, answer.json()) == (418, {"odd": True})


def test_clearing_stubs_lets_calls_run(client: TestClient) -> None:
    """After DELETE /stubs the operation answers as usual again."""
    client.post(STUBS, json={"operation_id": RETRIEVE, "status": 404, "body": {"detail": "Not found."}})
    assert client.delete(STUBS).status_code == 204
    assert client.get("/coa/api/v1/invoice/47864/").status_code == 200


def test_prefer_code_answers_a_declared_error(client: TestClient) -> None:
    """``Prefer: code=404`` answers the DRF 404 body; ``code=418`` (undeclared) is a 400 listing the declared ones."""
    missing = client.get("/coa/api/v1/invoice/47864/", headers={"Prefer": "code=404"})
    assert (missing.status_code, missing.json()) == (404, {"detail": "Not found."})
    undeclared = client.get("/coa/api/v1/invoice/47864/", headers={"Prefer": "code=418"})
    assert undeclared.status_code == 400
    assert undeclared.json() == {
        "detail": f"Prefer: code=418: {RETRIEVE} does not declare it (it declares 200, 400, 401, 403, 404)."
    }


def test_prefer_example_answers_the_named_example(client: TestClient) -> None:
    """``Prefer: example=<name>`` answers that example of the spec; an unknown name is a 400 naming the known ones."""
    named = client.get("/coa/api/v1/invoice/145002/", headers={"Prefer": "example=InvoiceWithPayment"})
    assert named.status_code == 200
    assert named.json()["id"] == 47864
    unknown = client.get("/coa/api/v1/invoice/145002/", headers={"Prefer": "example=Nope"})
    assert unknown.status_code == 400
    assert unknown.json() == {"detail": f"{RETRIEVE} has no example named 'Nope' (it has: InvoiceWithPayment)."}


def test_prefer_success_without_example_runs_the_operation(client: TestClient) -> None:
    """``Prefer: code=200`` on an operation whose 200 has no example is served by the stateful mock."""
    listed = client.get("/coa/api/v1/invoice/", params={"client": 42}, headers={"Prefer": "code=200"})
    assert listed.status_code == 200
    assert listed.json()["count"] == client.get("/coa/api/v1/invoice/", params={"client": 42}).json()["count"]


@pytest.mark.parametrize("status", sorted(ERROR_BODIES))
def test_prefer_error_bodies_are_what_the_spec_allows(app: t.Any, status: int) -> None:
    """Each default error body a ``Prefer: code=`` may answer fits every operation declaring that status."""
    responder: Responder = app.responder
    for op in filter(None, map(responder.operation, sorted(responder.operation_ids))):
        if str(status) in op.responses and op.responses[str(status)]:
            responder.checker.check(
                op.operation_id, status, "application/json", responder.error_body(op.operation_id, status)
            )


def test_prefer_error_body_follows_an_operation_declaring_another_shape(client: TestClient) -> None:
    """``Prefer: code=404`` on an operation whose 404 is ``{"error": ...}`` answers that shape, not DRF's ``detail``."""
    answered = client.post(
        "/coa/api/v2/reconciliation/1/transactions/confirm", json={"selected": [1]}, headers={"Prefer": "code=404"}
    )
    assert answered.status_code == 404
    assert answered.json() == {"error": "Not found."}


def test_reset_removes_stubs(client: TestClient) -> None:
    """``POST /reset`` removes the workspace's stubs, so they never answer a later test."""
    client.post(STUBS, json={"operation_id": RETRIEVE, "status": 404, "body": {"detail": "Not found."}})
    client.post("/__campfire_mock__/reset")
    assert client.get(STUBS).json() == {"results": []}
    assert client.get("/coa/api/v1/invoice/47864/").status_code == 200
