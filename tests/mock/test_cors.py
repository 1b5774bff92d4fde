"""Browser apps on any origin may call the mock: ``http/cors.py`` hands a request with an ``Origin`` header
to Starlette's CORS middleware and lets every other request past it untouched."""

from __future__ import annotations

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
