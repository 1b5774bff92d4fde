"""Outermost ASGI layer: body-size limit (413), one log line per request, request log."""

from __future__ import annotations

import json
import logging
import time
import typing as t

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .domain.clock import format_timestamp
from .errors import DomainError, TooLarge
from .forms import FORM_TYPES, FormDecoder
from .limits import REQUEST_LOG_TEXT
from .security import parse_authorization
from .store import Store

logger = logging.getLogger("campfire_mock")


class RequestMiddleware:
    def __init__(self, app: ASGIApp, store: Store, max_body_bytes: int, forms: FormDecoder) -> None:
        self.app = app
        self.store = store
        self.max_body_bytes = max_body_bytes
        self.forms = forms

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def send_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            body = await self._read_body(receive)
            if body is None:
                await self._too_large(send_status)
                return
            headers = Headers(scope=scope)
            if headers.get("content-type", "").startswith(FORM_TYPES):
                schema = self.forms.schema_for(scope["method"], scope["path"])
                if schema is not None:
                    try:
                        body = await self.forms.to_json(headers, body, schema)
                    except DomainError as exc:
                        await self._send_json(send_status, exc.status, exc.body())
                        return
                    scope = _with_json_headers(scope, len(body))
            chunks = [body]

            async def replay() -> Message:
                if chunks:
                    return {"type": "http.request", "body": chunks.pop(), "more_body": False}
                return await receive()

            await self.app(scope, replay, send_status)
        finally:
            self._record(scope, status["code"], (time.perf_counter() - started) * 1000)

    async def _read_body(self, receive: Receive) -> bytes | None:
        parts: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(parts)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            parts.append(chunk)
            if not message.get("more_body"):
                return b"".join(parts)

    async def _too_large(self, send: Send) -> None:
        error = TooLarge(f"Request body exceeds the limit of {self.max_body_bytes} bytes.")
        await self._send_json(send, error.status, error.body())

    @staticmethod
    async def _send_json(send: Send, status: int, payload: t.Any) -> None:
        body = json.dumps(payload).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _record(self, scope: Scope, status: int, millis: float) -> None:
        path = scope.get("path", "")
        query = scope.get("query_string", b"").decode("latin-1")
        logger.info(
            '%s "%s %s%s" %s %.1fms',
            (scope.get("client") or ("-",))[0],
            scope["method"],
            path,
            f"?{query}" if query else "",
            status,
            millis,
        )
        headers = dict(scope.get("headers") or [])
        try:
            token = parse_authorization(headers.get(b"authorization", b"").decode("latin-1") or None)
        except Exception:
            return
        ws = self.store.workspaces.get(token)
        if ws is None:
            return
        routing = t.cast(dict[str, t.Any], scope.get("extensions", {}).get("connexion_routing", {}))
        ws.request_log.append(
            {
                "method": scope["method"],
                "path": path[:REQUEST_LOG_TEXT],
                "query": query[:REQUEST_LOG_TEXT],
                "status": status,
                "operation_id": routing.get("operation_id"),
                "at": format_timestamp(ws.clock.now()),
                "duration_ms": round(millis, 2),
            }
        )


def _with_json_headers(scope: Scope, length: int) -> Scope:
    """The scope of the same request, now carrying a JSON body of ``length`` bytes."""
    headers = [(k, v) for k, v in scope.get("headers", []) if k not in (b"content-type", b"content-length")]
    headers += [(b"content-type", b"application/json"), (b"content-length", str(length).encode())]
    return {**scope, "headers": headers}
