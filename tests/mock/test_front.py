"""The front door: a body that does not fully arrive, in time or at all, changes nothing."""

from __future__ import annotations

import asyncio
import json
import typing as t

from starlette.testclient import TestClient

from campfire_mock import create_app

PATCH_PATH = "/coa/api/v1/invoice/47864/"
TOKEN = (b"authorization", b"Token front-test")


def _call(app: t.Any, method: str, path: str, chunks: list[t.Any], headers: list[tuple[bytes, bytes]]) -> list[t.Any]:
    """Run one request through the ASGI app; ``chunks`` are what ``receive`` hands out (a float waits)."""
    sent: list[t.Any] = []
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": [TOKEN, *headers],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
        "scheme": "http",
    }
    queue = list(chunks)

    async def receive() -> dict[str, t.Any]:
        while queue and isinstance(queue[0], float):
            await asyncio.sleep(queue.pop(0))
        if queue:
            return t.cast(dict[str, t.Any], queue.pop(0))
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    async def send(message: dict[str, t.Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent


def _memo(app: t.Any) -> t.Any:
    with TestClient(app, headers={"Authorization": "Token front-test"}) as client:
        return client.get(PATCH_PATH).json()["message_on_invoice"]


def test_a_body_cut_off_by_a_disconnect_is_not_applied() -> None:
    """A form PATCH cut off after ``message_on_invoice=APP`` by a disconnect is dropped: nothing changes."""
    app = create_app()
    before = _memo(app)
    headers = [(b"content-type", b"application/x-www-form-urlencoded"), (b"content-length", b"40")]
    chunks = [
        {"type": "http.request", "body": b"message_on_invoice=APP", "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent = _call(app, "PATCH", PATCH_PATH, chunks, headers)
    assert sent == []
    assert _memo(app) == before


def test_a_body_slower_than_the_timeout_is_a_408() -> None:
    """A JSON body still incomplete after the body timeout is answered 408 and not applied."""
    app = create_app()
    app.front.app.body_timeout = 0.2  # the RequestMiddleware behind CORS
    before = _memo(app)
    body = json.dumps({"message_on_invoice": "late"}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    chunks = [{"type": "http.request", "body": body[:5], "more_body": True}, 1.0]
    sent = _call(app, "PATCH", PATCH_PATH, chunks, headers)
    assert sent[0]["status"] == 408
    assert json.loads(sent[1]["body"]) == {"detail": "The request body did not arrive within 0.2 seconds."}
    assert _memo(app) == before


def test_a_body_that_never_starts_is_a_408() -> None:
    """A head announcing a body whose first byte never comes is answered 408 after the body timeout."""
    app = create_app()
    app.front.app.body_timeout = 0.2
    before = _memo(app)
    headers = [(b"content-type", b"application/json"), (b"content-length", b"30")]
    sent = _call(app, "PATCH", PATCH_PATH, [], headers)
    assert sent[0]["status"] == 408
    assert json.loads(sent[1]["body"]) == {"detail": "The request body did not arrive within 0.2 seconds."}
    assert _memo(app) == before


def test_a_body_that_arrives_after_a_wait_within_the_timeout_is_applied() -> None:
    """A whole body handed over only after a short wait (the first receive waits) is read and applied."""
    app = create_app()
    app.front.app.body_timeout = 2.0
    body = json.dumps({"message_on_invoice": "waited"}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    chunks = [0.05, {"type": "http.request", "body": body, "more_body": False}]
    sent = _call(app, "PATCH", PATCH_PATH, chunks, headers)
    assert sent[0]["status"] == 200
    assert _memo(app) == "waited"


def test_a_newline_in_a_path_cannot_forge_a_log_line(caplog: t.Any) -> None:
    """``%0a`` in a path is logged as ``\\x0a``, on the request's own line."""
    import logging

    app = create_app()
    with caplog.at_level(logging.INFO, logger="campfire_mock"), TestClient(app) as client:
        client.get('/coa/api/v1/invoice/%0a127.0.0.1 "GET / HTTP/1.1" 200')
    lines = [r.getMessage() for r in caplog.records if "GET /coa" in r.getMessage()]
    assert len(lines) == 1 and "\n" not in lines[0]
    assert "/coa/api/v1/invoice/\\x0a127.0.0.1 \\x22GET / HTTP/1.1\\x22 200" in lines[0]


def test_a_refusal_the_compiled_path_answers_is_logged_with_its_reason_and_request_id(caplog: t.Any) -> None:
    """A 404 the compiled path answers carries its request id, and its log line gives the status and the start
    of the answer as the reason, as a refusal answered anywhere else does."""
    import logging

    app = create_app()
    assert app.compiled is not None
    with caplog.at_level(logging.INFO, logger="campfire_mock"), TestClient(app) as client:
        served = app.compiled.served
        made = client.get("/coa/api/v1/invoice/99999/", headers={"Authorization": "Token front-log"})
        assert app.compiled.served == served + 1  # answered by the compiled path, not Connexion's
    assert made.status_code == 404
    assert made.json() == {"detail": "Not found."}
    request_id = made.headers["x-request-id"]
    assert request_id.startswith("req_")
    records = [r for r in caplog.records if "GET /coa/api/v1/invoice/99999/" in r.getMessage()]
    assert len(records) == 1
    assert records[0].getMessage().endswith(': {"detail":"Not found."}')
    assert records[0].request == {  # type: ignore[attr-defined]
        "client": "testclient",
        "method": "GET",
        "path": "/coa/api/v1/invoice/99999/",
        "status": 404,
        "duration_ms": records[0].request["duration_ms"],  # type: ignore[attr-defined]
        "request_id": request_id,
        "reason": '{"detail":"Not found."}',
    }


def test_a_path_with_a_control_character_is_a_404_not_a_500_or_a_redirect_loop(client: TestClient) -> None:
    """A newline (or any control character) in an id names no object: 404, with or without the trailing slash
    (the path without it was a 500 from its raw bytes, and with it a 307 to itself)."""
    for path in ("/coa/api/v1/bill/%C3%B7%11%F0%BF%B2%95%0A", "/coa/api/v1/bill/%C3%B7%11%F0%BF%B2%95%0A/"):
        answer = client.patch(path, json={}, follow_redirects=False)
        assert (answer.status_code, answer.json()) == (404, {"detail": "Not found."})
