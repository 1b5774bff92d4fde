"""Injected faults (control API ``/faults``): statuses, delays and dropped connections for a
workspace's next calls, and the SDK's retry logic tested against them over real HTTP."""

from __future__ import annotations

import time
import typing as t

import httpx
import pytest
from starlette.testclient import TestClient

from campfire_sdk import Campfire, InternalServerError, RateLimitError

from .live import LiveServer

FAULTS = "/__campfire_mock__/faults"
RETRIEVE = "coa_api_v1_invoice_retrieve"
NEW = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [{"amount": 5}]}


def arm(http: httpx.Client, **fault: t.Any) -> httpx.Response:
    return http.post(FAULTS, json=fault)


def test_next_calls_get_the_status_then_calls_pass(client: TestClient) -> None:
    """A 503 armed for two calls answers exactly two, with Retry-After; the third runs."""
    armed = arm(client, operation_id=RETRIEVE, count=2, status=503, retry_after=7)
    assert armed.status_code == 201
    assert armed.json() == {
        "operation_id": RETRIEVE,
        "remaining": 2,
        "status": 503,
        "retry_after": 7,
        "delay_ms": 0,
        "drop": False,
    }
    answers = [client.get("/coa/api/v1/invoice/47864/") for _ in range(3)]
    assert [a.status_code for a in answers] == [503, 503, 200]
    assert answers[0].json() == {"detail": "Injected fault: 503."}
    assert answers[0].headers["retry-after"] == "7"
    assert client.get(FAULTS).json() == {"results": []}


def test_faults_are_per_operation_and_per_workspace(client: TestClient) -> None:
    """A fault hits only its operation, and only the workspace that armed it."""
    arm(client, operation_id=RETRIEVE, status=500)
    assert client.get("/coa/api/v1/invoice/").status_code == 200
    other = {"Authorization": "Token someone-else"}
    assert client.get("/coa/api/v1/invoice/47864/", headers=other).status_code == 200
    assert client.get("/coa/api/v1/invoice/47864/").status_code == 500


def test_an_injected_failure_changes_nothing(client: TestClient) -> None:
    """A create answered by a fault is not run: no invoice, no id used."""
    before = client.get("/__campfire_mock__/snapshot").json()
    arm(client, operation_id="coa_api_v1_invoice_create", status=500)
    assert client.post("/coa/api/v1/invoice/", json=NEW).status_code == 500
    assert client.get("/__campfire_mock__/snapshot").json() == before


def test_clear_disarms_every_fault(client: TestClient) -> None:
    """DELETE /faults leaves nothing armed."""
    arm(client, operation_id=RETRIEVE, status=500, count=5)
    assert client.delete(FAULTS).status_code == 204
    assert client.get("/coa/api/v1/invoice/47864/").status_code == 200


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ({"operation_id": "nope", "status": 500}, {"operation_id": ["Unknown operation 'nope'."]}),
        ({"operation_id": RETRIEVE}, {"non_field_errors": ["Give a status, a delay_ms or drop: true."]}),
    ],
)
def test_a_fault_that_could_never_fire_is_a_400(client: TestClient, fault: dict[str, t.Any], message: t.Any) -> None:
    """Unknown operations and faults with no effect are refused."""
    answer = arm(client, **fault)
    assert answer.status_code == 400
    assert answer.json() == message


@pytest.fixture(scope="module")
def server() -> t.Iterator[LiveServer]:
    with LiveServer("--seed", "demo") as live:
        yield live


def test_dropped_connection_and_delay_over_real_http(server: LiveServer) -> None:
    """``drop`` cuts the response off; ``delay_ms`` holds it back."""
    with httpx.Client(base_url=server.url, headers={"Authorization": "Token drop"}, timeout=10) as http:
        arm(http, operation_id=RETRIEVE, drop=True)
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/coa/api/v1/invoice/47864/")
        arm(http, operation_id=RETRIEVE, delay_ms=300)
        started = time.perf_counter()
        assert http.get("/coa/api/v1/invoice/47864/").status_code == 200
        assert time.perf_counter() - started >= 0.3


def test_sdk_retries_reads_through_faults(server: LiveServer) -> None:
    """Two 503s, a dropped connection and a 429: the SDK's read gets through within its retries."""
    with httpx.Client(base_url=server.url, headers={"Authorization": "Token sdk-read"}, timeout=30) as http:
        arm(http, operation_id=RETRIEVE, count=2, status=503, retry_after=0)
        with Campfire(api_key="sdk-read", base_url=server.url, max_retries=2) as sdk:
            assert sdk.invoices.retrieve(47864).id == 47864
        arm(http, operation_id=RETRIEVE, drop=True)
        arm(http, operation_id=RETRIEVE, status=429, retry_after=0)
        with Campfire(api_key="sdk-read", base_url=server.url, max_retries=2) as sdk:
            assert sdk.invoices.retrieve(47864).id == 47864
        statuses = [
            r["status"] for r in http.get("/__campfire_mock__/requests").json()["results"] if r["method"] == "GET"
        ]
        assert statuses[-6:] == [503, 503, 200, 503, 429, 200]


def test_sdk_does_not_resend_a_create_after_a_5xx_but_does_after_a_429(server: LiveServer) -> None:
    """A 500 may come after the invoice was made: not resent. A 429 was refused: resent."""
    with httpx.Client(base_url=server.url, headers={"Authorization": "Token sdk-write"}, timeout=30) as http:
        before = http.get("/coa/api/v1/invoice/").json()["count"]
        arm(http, operation_id="coa_api_v1_invoice_create", status=500)
        with Campfire(api_key="sdk-write", base_url=server.url, max_retries=2) as sdk:
            with pytest.raises(InternalServerError):
                sdk.invoices.create(**NEW)
            arm(http, operation_id="coa_api_v1_invoice_create", status=429, retry_after=0)
            created = sdk.invoices.create(**NEW)
            arm(http, operation_id="coa_api_v1_invoice_create", status=429, retry_after=0, count=3)
            with pytest.raises(RateLimitError):
                sdk.invoices.create(**NEW)
        assert http.get("/coa/api/v1/invoice/").json()["count"] == before + 1
        assert created.id > 0


def test_armed_faults_are_capped(client: TestClient) -> None:
    """A workspace holds at most 100 armed faults; the 101st is a 400 saying so."""
    for _ in range(100):
        assert arm(client, operation_id=RETRIEVE, status=500).status_code == 201
    answer = arm(client, operation_id=RETRIEVE, status=500)
    assert answer.status_code == 400
    assert answer.json() == {"non_field_errors": ["At most 100 faults may be armed at once; clear some first."]}
    assert client.delete(FAULTS).status_code == 204  # faults outlive a reset
