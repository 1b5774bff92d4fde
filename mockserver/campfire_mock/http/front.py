"""Outermost ASGI layer: request ids, injected faults, the body-size limit (413), form bodies
read as JSON, one log line per request and the workspace's request log."""

from __future__ import annotations

import asyncio
import itertools
import logging
import secrets
import time
import typing as t

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..domain.faults import Fault
from ..errors import DomainError, TooLarge
from ..limits import REQUEST_LOG_TEXT
from ..openapi.router import OperationIndex
from ..store import Store
from ..wire import format_timestamp
from .auth import Auth, token_of
from .compiled import CompiledAPI
from .forms import FORM_TYPES, FormDecoder
from .respond import json_reply, send_reply

logger = logging.getLogger("campfire_mock")


class ConnectionDropped(Exception):
    """An injected fault: the response is cut off after its status line."""


class RequestMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        store: Store,
        max_body_bytes: int,
        forms: FormDecoder,
        index: OperationIndex,
        auth: Auth,
        compiled: CompiledAPI | None = None,
    ) -> None:
        self.app = app
        self.auth = auth
        self.store = store
        self.max_body_bytes = max_body_bytes
        self.forms = forms
        self.index = index
        #: The compiled request path, tried first; what it does not serve goes on to Connexion.
        self.compiled = compiled

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}
        request_id = _request_id(scope)

        async def send_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message = {**message, "headers": [*message.get("headers", []), (b"x-request-id", request_id)]}
            await send(message)

        try:
            try:
                self.auth.identify(scope)  # once per request: every later reader takes this Caller
            except DomainError as exc:
                await self._send_json(send_status, exc.status, exc.body())
                return
            fault = self._fault(scope)
            if fault is not None:
                await self._inject(fault, send_status)
                if fault.status is not None:
                    return
            body = await self._read_body(receive)
            if body is None:
                await self._too_large(send_status)
                return
            content_type = next((v for k, v in scope["headers"] if k == b"content-type"), b"")
            if content_type.decode("latin-1").startswith(FORM_TYPES):
                headers = Headers(scope=scope)
                schema = self.forms.schema_for(scope["method"], scope["path"])
                if schema is not None:
                    try:
                        body = await self.forms.to_json(headers, body, schema)
                    except DomainError as exc:
                        await self._send_json(send_status, exc.status, exc.body())
                        return
                    scope = _with_json_headers(scope, len(body))
            if self.compiled is not None and await self.compiled.serve(scope, body, send_status):
                return
            chunks = [body]

            async def replay() -> Message:
                if chunks:
                    return {"type": "http.request", "body": chunks.pop(), "more_body": False}
                return await receive()

            await self.app(scope, replay, send_status)
        finally:
            self._record(scope, status["code"], (time.perf_counter() - started) * 1000, request_id)

    def _fault(self, scope: Scope) -> Fault | None:
        """The fault armed for this call, if the caller's workspace has one for its operation."""
        ws = self.store.workspaces.get(token_of(scope) or "")
        if ws is None or not ws.faults.armed:
            return None
        operation_id = self.index.find(scope["method"], scope["path"])
        with self.store.lock:
            return ws.faults.take(operation_id) if operation_id else None

    async def _inject(self, fault: Fault, send: Send) -> None:
        if fault.delay_ms:
            await asyncio.sleep(fault.delay_ms / 1000)
        if fault.drop:
            await send({"type": "http.response.start", "status": 503, "headers": []})
            raise ConnectionDropped(f"injected: {fault.operation_id} dropped")
        if fault.status is not None:
            extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            await self._send_json(send, fault.status, {"detail": f"Injected fault: {fault.status}."}, extra)

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
    async def _send_json(send: Send, status: int, payload: t.Any, extra: dict[str, str] | None = None) -> None:
        await send_reply(send, json_reply(status, payload, extra))

    def _record(self, scope: Scope, status: int, millis: float, request_id: bytes) -> None:
        path = scope.get("path", "")
        query = scope.get("query_string", b"").decode("latin-1")
        client = (scope.get("client") or ("-",))[0]
        target = f"{path}?{query}" if query else path
        fields = {
            "client": client,
            "method": scope["method"],
            "path": target,
            "status": status,
            "duration_ms": round(millis, 2),
            "request_id": request_id.decode(),
        }
        logger.info('%s "%s %s" %s %.1fms', client, scope["method"], target, status, millis, extra={"request": fields})
        ws = self.store.workspaces.get(token_of(scope) or "")
        if ws is None:
            return
        routing = t.cast(dict[str, t.Any], scope.get("extensions", {}).get("connexion_routing", {}))
        ws.request_log.append(
            {
                "method": scope["method"],
                "path": path[:REQUEST_LOG_TEXT],
                "query": query[:REQUEST_LOG_TEXT],
                "status": status,
                "operation_id": routing.get("operation_id") or self.index.find(scope["method"], path),
                "at": format_timestamp(ws.clock.now()),
                "duration_ms": round(millis, 2),
                "request_id": fields["request_id"],
            }
        )


def _with_json_headers(scope: Scope, length: int) -> Scope:
    """The scope of the same request, now carrying a JSON body of ``length`` bytes."""
    headers = [(k, v) for k, v in scope.get("headers", []) if k not in (b"content-type", b"content-length")]
    headers += [(b"content-type", b"application/json"), (b"content-length", str(length).encode())]
    return {**scope, "headers": headers}


#: Request ids are ``req_`` + 20 random hex digits drawn once per process + a 12-digit counter:
#: unique like a UUID (the prefix differs between runs), without a system call per request.
_ID_PREFIX = f"req_{secrets.token_hex(10)}"
_ID_COUNTER = itertools.count(1)


def _request_id(scope: Scope) -> bytes:
    """The caller's ``X-Request-Id`` (kept if it is short and printable), or a new one."""
    for name, given in scope.get("headers") or ():
        if name == b"x-request-id":
            if 0 < len(given) <= 200 and given.isascii() and given.decode("ascii").isprintable():
                return bytes(given)
            break
    return f"{_ID_PREFIX}{next(_ID_COUNTER):012x}".encode()
