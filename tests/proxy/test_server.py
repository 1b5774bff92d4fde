"""The proxy between a client and an upstream on loopback: forwarding, checks, --errors, upstream failures."""

from __future__ import annotations

import logging
import typing as t

import httpx
import pytest

from .conftest import HEADERS, INVOICE, PDF_CHUNKS, TOKEN, BrokenUpstream, Loopback, make_proxy

LOGGER = "campfire_mock.proxy"


def _violations(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.getMessage().startswith("violation ")]


def test_mock_traffic_through_the_proxy_has_no_violations(
    mock_upstream: Loopback, spec: dict[str, t.Any], caplog: pytest.LogCaptureFixture
) -> None:
    """Creates, pays, lists and retrieves through the proxy reach the mock and answer as it does, with no violation."""
    caplog.set_level(logging.INFO, LOGGER)
    proxy = make_proxy(mock_upstream.url, spec)
    with Loopback(proxy) as server, httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as client:
        created = client.post("/coa/api/v1/invoice/", json=INVOICE)
        assert created.status_code == 201
        invoice_id = created.json()["id"]
        paid = client.post(
            f"/coa/api/v1/invoice/{invoice_id}/pay/",
            json={
                "empty_transactions": [
                    {
                        "amount": 50,
                        "payment_date": "2026-01-12",
                        "account_id": 2553,
                        "account_name": "1100 - Accounts Receivable",
                    }
                ]
            },
        )
        assert paid.status_code == 200, paid.text
        for path in (
            f"/coa/api/v1/invoice/{invoice_id}/",
            "/coa/api/v1/invoice/?limit=5",
            "/coa/api/v1/invoice-payments",
            "/coa/api/vendor",
            "/coa/api/entity",
            "/rr/api/v1/product",
            "/coa/api/v1/credit-memo",
        ):
            through = client.get(path)
            direct = httpx.get(mock_upstream.url + path, headers=HEADERS)
            assert (through.status_code, through.json()) == (direct.status_code, direct.json()), path
        report = client.get("/__campfire_mock__/proxy/report").json()
    assert _violations(caplog) == []
    assert (report["requests"], report["violations"]) == (9, 0)
    assert proxy.report.summary() == "proxy: 9 requests, 0 violations"
    assert report["operations"]["coa_api_v1_invoice_pay_create"] == {"requests": 1, "violations": 0, "drift": []}
    assert paid.json()["payment_ids"] and through.json()["count"] >= 1


def test_an_out_of_spec_answer_is_logged_and_passed_on(
    spec: dict[str, t.Any], caplog: pytest.LogCaptureFixture
) -> None:
    """Without --errors, an answer that breaks the spec reaches the client unchanged and is logged as one line."""
    caplog.set_level(logging.INFO, LOGGER)
    with Loopback(BrokenUpstream()) as upstream, Loopback(make_proxy(upstream.url, spec)) as server:
        answer = httpx.get(f"{server.url}/coa/api/v1/invoice/5/", headers=HEADERS)
        teapot = httpx.get(f"{server.url}/coa/api/v1/invoice/6/", headers=HEADERS)
        report = httpx.get(f"{server.url}/__campfire_mock__/proxy/report").json()
    assert (answer.status_code, answer.json()) == (200, {"id": "not-a-number", "lines": "none"})
    assert teapot.status_code == 418
    lines = _violations(caplog)
    assert len(lines) == 2
    assert lines[0].startswith("violation coa_api_v1_invoice_retrieve GET /coa/api/v1/invoice/5/ response 200: ")
    assert "breaks the spec at " in lines[0]
    assert lines[1] == (
        "violation coa_api_v1_invoice_retrieve GET /coa/api/v1/invoice/6/ response 418: "
        "answered 418, which the spec does not declare"
    )
    assert report["requests"] == 2 and report["violations"] == 2
    drift = report["operations"]["coa_api_v1_invoice_retrieve"]["drift"]
    assert [d["where"] for d in drift] == ["response 200", "response 418"]


def test_errors_turns_an_out_of_spec_answer_into_a_502(spec: dict[str, t.Any]) -> None:
    """With --errors, an answer that breaks the spec becomes a 502 problem document naming the violation."""
    with Loopback(BrokenUpstream()) as upstream, Loopback(make_proxy(upstream.url, spec, errors=True)) as server:
        answer = httpx.get(f"{server.url}/coa/api/v1/invoice/5/", headers=HEADERS)
        fine = httpx.get(f"{server.url}/coa/api/v1/invoice/", headers=HEADERS)
    assert answer.status_code == 502
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert problem["title"] == "The upstream's answer breaks the spec"
    assert problem["detail"] == "GET /coa/api/v1/invoice/5/: the upstream's 200 breaks the spec."
    assert problem["upstream_status"] == 200
    assert problem["violations"][0]["where"] == "response 200"
    assert "breaks the spec at " in problem["violations"][0]["what"]
    assert (fine.status_code, fine.json()["count"]) == (200, 0)


def test_errors_answers_an_out_of_spec_request_422_without_forwarding_it(spec: dict[str, t.Any]) -> None:
    """With --errors, a request that breaks the spec is answered 422 with its violations and is not forwarded."""
    broken = BrokenUpstream()
    with Loopback(broken) as upstream, Loopback(make_proxy(upstream.url, spec, errors=True)) as server:
        answer = httpx.post(f"{server.url}/coa/api/v1/invoice/", json={"lines": "x"}, headers=HEADERS)
        unknown = httpx.get(f"{server.url}/coa/api/v1/nowhere/", headers=HEADERS)
    assert answer.status_code == 422
    assert answer.json()["detail"] == "POST /coa/api/v1/invoice/: 4 violation(s); the request was not forwarded."
    assert {"where": "request body at lines", "what": "Expected a list of items."} in answer.json()["violations"]
    assert {"where": "request body at entity", "what": "This field is required."} in answer.json()["violations"]
    assert unknown.status_code == 422
    assert unknown.json()["violations"] == [
        {"where": "request route", "what": "no operation of the spec answers GET /coa/api/v1/nowhere/"}
    ]
    assert broken.hits == []


def test_request_violations_are_logged_and_the_request_still_forwarded(
    spec: dict[str, t.Any], caplog: pytest.LogCaptureFixture
) -> None:
    """Without --errors, a bad parameter and a missing key are logged, and the request goes on to the upstream."""
    caplog.set_level(logging.INFO, LOGGER)
    broken = BrokenUpstream()
    with Loopback(broken) as upstream, Loopback(make_proxy(upstream.url, spec)) as server:
        answer = httpx.get(f"{server.url}/coa/api/v1/invoice/?limit=abc")
    assert answer.status_code == 200
    assert broken.hits == [("GET", "/coa/api/v1/invoice/", None)]
    assert _violations(caplog) == [
        "violation coa_api_v1_invoice_list GET /coa/api/v1/invoice/ request header Authorization: "
        "missing (the operation needs a 'Token <key>' header)",
        "violation coa_api_v1_invoice_list GET /coa/api/v1/invoice/ request query parameter limit: "
        "A valid integer is required.",
    ]


def test_the_key_is_forwarded_but_never_logged(spec: dict[str, t.Any], caplog: pytest.LogCaptureFixture) -> None:
    """The Authorization header reaches the upstream unchanged and appears in no log line or report."""
    caplog.set_level(logging.DEBUG)
    broken = BrokenUpstream()
    with Loopback(broken) as upstream, Loopback(make_proxy(upstream.url, spec)) as server:
        httpx.get(f"{server.url}/coa/api/v1/invoice/5/?limit=x", headers=HEADERS)
        report = httpx.get(f"{server.url}/__campfire_mock__/proxy/report").text
    assert broken.hits == [("GET", "/coa/api/v1/invoice/5/", f"Token {TOKEN}")]
    assert _violations(caplog)
    assert not [r for r in caplog.records if TOKEN in r.getMessage()]
    assert TOKEN not in report


def test_an_unreachable_upstream_is_a_502(spec: dict[str, t.Any]) -> None:
    """An upstream that refuses the connection is answered 502 with a problem document naming it."""
    with Loopback(BrokenUpstream()) as gone:
        dead = gone.url
    with Loopback(make_proxy(dead, spec)) as server:
        answer = httpx.get(f"{server.url}/coa/api/v1/invoice/", headers=HEADERS)
    assert answer.status_code == 502
    assert answer.json()["title"] == "Upstream unreachable"
    assert answer.json()["detail"].startswith(f"Cannot reach {dead} for GET /coa/api/v1/invoice/: ")


def test_a_slow_upstream_is_a_504(spec: dict[str, t.Any]) -> None:
    """An upstream that does not answer within the timeout is answered 504 with a problem document."""
    with (
        Loopback(BrokenUpstream()) as upstream,
        Loopback(make_proxy(f"{upstream.url}/slow", spec, timeout=0.3)) as server,
    ):
        answer = httpx.get(f"{server.url}/coa/api/v1/invoice/5/", headers=HEADERS)
    assert answer.status_code == 504
    assert answer.json() == {
        "type": "urn:campfire-mock:proxy:upstream-timeout",
        "title": "Upstream timed out",
        "status": 504,
        "detail": f"{upstream.url}/slow did not answer GET /coa/api/v1/invoice/5/ within 0.3 seconds.",
    }


def test_a_chunked_pdf_passes_through_byte_for_byte(spec: dict[str, t.Any]) -> None:
    """A binary answer sent in chunks reaches the client byte for byte, with its content type."""
    with Loopback(BrokenUpstream()) as upstream, Loopback(make_proxy(upstream.url, spec)) as server:
        answer = httpx.get(f"{server.url}/coa/api/v1/invoice/statement/client/7/pdf/", headers=HEADERS)
    assert (answer.status_code, answer.headers["content-type"]) == (200, "application/pdf")
    assert answer.content == b"".join(PDF_CHUNKS)


def test_a_form_encoded_create_is_checked_as_drf_reads_it(mock_upstream: Loopback, spec: dict[str, t.Any]) -> None:
    """A form-encoded create is read as JSON for the check, so a valid one passes with no violation."""
    proxy = make_proxy(mock_upstream.url, spec)
    with Loopback(proxy) as server, httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as client:
        created = client.post("/coa/api/vendor", data={"name": "Form Co", "vendor_type": "customer"})
    assert (created.status_code, created.json()["name"]) == (201, "Form Co")
    assert proxy.report.summary() == "proxy: 1 requests, 0 violations"
