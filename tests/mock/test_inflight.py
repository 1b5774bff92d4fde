"""Request bodies being read are bounded server-wide: beyond the budget a request is a 503, and the bytes of
a body are given back once it is read (or abandoned)."""

from __future__ import annotations

import asyncio
import typing as t

import orjson

from campfire_mock import create_app
from campfire_mock.inflight import BUSY_DETAIL, InFlight

HEADERS = [(b"authorization", b"Token inflight"), (b"content-type", b"application/json")]


def _scope() -> dict[str, t.Any]:
    return {
        "type": "http",
        "method": "POST",
        "path": "/coa/api/tag",
        "raw_path": b"/coa/api/tag",
        "query_string": b"",
        "headers": HEADERS,
        "http_version": "1.1",
        "scheme": "http",
        "server": ("127.0.0.1", 80),
        "client": ("127.0.0.1", 1),
        "root_path": "",
    }


async def _post(front: t.Any, chunks: list[bytes], hold: asyncio.Event | None = None) -> tuple[int, bytes]:
    sent: list[dict[str, t.Any]] = []
    queue = list(chunks)

    async def receive() -> dict[str, t.Any]:
        if queue:
            chunk = queue.pop(0)
            return {"type": "http.request", "body": chunk, "more_body": bool(queue) or hold is not None}
        if hold is not None:
            await hold.wait()
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, t.Any]) -> None:
        sent.append(message)

    await front(_scope(), receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def test_a_body_beyond_the_server_wide_budget_is_a_503_and_bytes_are_given_back() -> None:
    """With 2 KB in flight allowed and 1.5 KB of a stalled body held, another 1 KB body is a 503; once the
    stalled body ends, nothing is held and the same body goes through."""
    app = create_app()
    front = app.front.app
    front.inflight.budget = 2048

    async def scenario() -> tuple[int, bytes, int, int]:
        hold = asyncio.Event()
        stalled = asyncio.create_task(_post(front, [b" " * 1536], hold))
        await asyncio.sleep(0.05)
        body = orjson.dumps({"name": "x" * 200}) + b" " * 800
        busy_status, busy_body = await _post(front, [body])
        hold.set()
        await stalled
        held_after = front.inflight.held
        ok_status, _ = await _post(front, [body])
        return busy_status, busy_body, held_after, ok_status

    busy_status, busy_body, held_after, ok_status = asyncio.run(scenario())
    app.close()
    assert busy_status == 503 and orjson.loads(busy_body) == {"detail": BUSY_DETAIL}
    assert held_after == 0 and ok_status == 201


def test_the_budget_always_fits_an_import_and_an_api_body() -> None:
    """However small the default, one import and one API body fit at once."""
    assert InFlight(10, 1 << 40).budget == 10 + (1 << 40)
