"""A deliberately wrong Campfire: the mock, minus ``total_amount`` on every invoice it returns.

Used to prove that ``campfire-mock contract`` notices drift.
"""

from __future__ import annotations

import json
import typing as t

from campfire_mock import create_app


def _strip(value: t.Any) -> t.Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if not (k == "total_amount" and "invoice_number" in value)}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


class DropTotals:
    def __init__(self, app: t.Any) -> None:
        self.app = app

    async def __call__(self, scope: t.Any, receive: t.Any, send: t.Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: dict[str, t.Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, t.Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            if dict(start["headers"]).get(b"content-type", b"").startswith(b"application/json"):
                body = json.dumps(_strip(json.loads(body))).encode()
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


app = DropTotals(create_app(validate_responses=False))
