"""Browser apps on any origin may call the mock: ``http/cors.py`` hands a request with an ``Origin`` header
to Starlette's CORS middleware and lets every other request past it untouched."""

from __future__ import annotations

import logging
import typing as t

from starlette.testclient import TestClient

INVOICE = "/coa/api/v1/invoice/47864/"
ORIGIN = "https://app.example.com"


def test_a_request_with_an_origin_is_answered_with_cors_headers(client: TestClient) -> None:
    """A simple request from a browser gets ``*`` as its allowed origin and may read the request id."""
    answer = client.get(INVOICE, headers={"Origin": ORIGIN})
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"
    assert answer.headers["access-control-expose-headers"] == "X-Request-Id, Retry-After"
    assert answer.headers["x-request-id"].startswith("req_")


def test_a_preflight_is_answered_without_reaching_the_api(client: TestClient) -> None:
    """An ``OPTIONS`` preflight is a 200 allowing the method and headers asked for."""
    answer = client.options(
        INVOICE,
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "PATCH",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"
    assert "PATCH" in answer.headers["access-control-allow-methods"]
    assert answer.headers["access-control-allow-headers"] == "authorization, content-type"


def test_a_request_without_an_origin_carries_no_cors_headers(client: TestClient) -> None:
    """An SDK's or a script's call is answered as it is, with no CORS header added."""
    answer = client.get(INVOICE)
    assert answer.status_code == 200
    assert not [name for name in answer.headers if name.startswith("access-control-")]
    assert answer.headers["x-request-id"].startswith("req_")


def test_a_preflight_carries_a_request_id_and_leaves_a_log_line(client: TestClient, caplog: t.Any) -> None:
    """A preflight is answered with an ``X-Request-Id`` (the caller's own when it sends one) and logged with its
    status and that id, as every other answer is; a refused preflight is logged with its reason."""
    asked = {"Origin": ORIGIN, "Access-Control-Request-Method": "PATCH", "X-Request-Id": "req_browser_1"}
    with caplog.at_level(logging.INFO, logger="campfire_mock"):
        answer = client.options(INVOICE, headers=asked)
        fresh = client.options(INVOICE, headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET"})
        refused = client.options(INVOICE, headers={"Origin": ORIGIN, "Access-Control-Request-Method": "BREW"})
    assert (answer.status_code, answer.headers["x-request-id"]) == (200, "req_browser_1")
    assert fresh.headers["x-request-id"].startswith("req_")
    assert refused.status_code == 400 and refused.headers["x-request-id"].startswith("req_")
    logged = {r.request["request_id"]: r for r in caplog.records if hasattr(r, "request")}
    assert logged["req_browser_1"].request["method"] == "OPTIONS"
    assert logged["req_browser_1"].request["status"] == 200
    assert logged["req_browser_1"].request["path"] == INVOICE
    assert logged[fresh.headers["x-request-id"]].request["status"] == 200
    assert logged[refused.headers["x-request-id"]].request["reason"] == "Disallowed CORS method"
