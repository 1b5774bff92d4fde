"""Outermost ASGI layer, in this order: the request's ``Admission`` (request id, caller, route,
workspace: ``admission.py``), a CORS preflight's ready answer (``cors.py``), a refused head (400), an id
that names nothing (404), the body read once within its limits (413, 408), form bodies read as JSON,
injected answers (faults, stubs, ``Prefer``: ``control.py``), then the compiled path or Connexion; one log
line per request and an entry in the workspace's request log, both written from the ``Admission``."""

from __future__ import annotations

import asyncio
import contextlib
import enum
import importlib
import logging
import re
import sys
import time
import typing as t
from urllib.parse import quote

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import json_bounds
from ..errors import DomainError, NotFound, TooLarge
from ..inflight import BUSY_DETAIL, InFlight
from ..limits import BODY_TIMEOUT_SECONDS, DEFAULT_MAX_IMPORT_BYTES, REQUEST_LOG_TEXT
from ..openapi.responses import ErrorShapes
from ..openapi.router import OperationIndex
from ..operations import RequestState
from .admission import ADMISSION_KEY, Admission, Routes, admit
from .auth import CALLER_KEY, Auth
from .compiled import CompiledAPI
from .control import Control
from .cors import PREFLIGHT_KEY
from .forms import FORM_TYPES, FormDecoder
from .offload import Offloaded, OffloadedExport
from .respond import json_reply, send_reply
from .turn_writes import send_held

logger = logging.getLogger("campfire_mock")
#: The library a PDF answer is drawn with. With what it imports (numpy, Pillow, fontTools) it holds about
#: 25 MB and takes most of a second to import: it is imported for the first PDF asked for, in a worker
#: thread, so an idle server does not carry it and its import holds up no other request.
PDF_LIBRARY = "fpdf"
#: Bytes of a refused request's answer the log line quotes.
REASON_BYTES = 300
#: The snapshot import, which has its own body limit (``--max-import-bytes``).
IMPORT_PATH = "/__campfire_mock__/snapshot"


class _Unread(enum.Enum):
    """What ``_read_body`` gives for a body that never fully arrived."""

    DISCONNECTED = "the client went away"
    TIMED_OUT = "too slow"
    BUSY = "too many bodies in flight"


class _Resumed:
    """The rest of a ``receive()`` whose first step waited: awaiting this carries on that very coroutine
    (as ``yield from`` would), so a deadline can be armed around the wait alone."""

    __slots__ = ("_step", "_waiting")

    def __init__(self, step: t.Generator[t.Any, t.Any, Message], waiting: t.Any) -> None:
        self._step = step
        self._waiting = waiting

    def __await__(self) -> t.Generator[t.Any, t.Any, Message]:
        step, waiting = self._step, self._waiting
        while True:
            try:
                sent = yield waiting
            except BaseException as exc:  # a cancel (the deadline's) goes on into the receive
                try:
                    waiting = step.throw(exc)
                except StopIteration as done:
                    return t.cast(Message, done.value)
            else:
                try:
                    waiting = step.send(sent)
                except StopIteration as done:
                    return t.cast(Message, done.value)


class RequestMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        state: RequestState,
        max_body_bytes: int,
        forms: FormDecoder,
        index: OperationIndex,
        auth: Auth,
        compiled: CompiledAPI | None = None,
        body_timeout: float = BODY_TIMEOUT_SECONDS,
        max_import_bytes: int = DEFAULT_MAX_IMPORT_BYTES,
        shapes: ErrorShapes | None = None,
        offloaded: Offloaded | None = None,
        exported: OffloadedExport | None = None,
        pdf_operations: frozenset[str] = frozenset(),
    ) -> None:
        self.app = app
        #: The operations answering a PDF (``PDF_LIBRARY`` is imported off the event loop before the first).
        self.pdf_operations = pdf_operations
        #: The snapshot import and export, served in worker threads (``offload.py``) so that they hold up no one.
        self.offloaded = offloaded
        self.exported = exported
        #: The error shape each operation declares, for the errors answered here.
        self.shapes = shapes
        self.auth = auth
        self.state = state
        #: A snapshot import's own body limit, so that an export larger than ``max_body_bytes`` re-imports.
        self.max_import_bytes = max_import_bytes
        #: Seconds a request's whole body may take to arrive: 408 after it.
        self.body_timeout = body_timeout
        self.inflight = InFlight(max_body_bytes, max_import_bytes)
        self.max_body_bytes = max_body_bytes
        self.forms = forms
        self.index = index
        #: The index, with the routes it found lately remembered.
        self.routes = Routes(index)
        #: The compiled request path, tried first; what it does not serve goes on to Connexion.
        self.compiled = compiled
        #: Faults and stubs: the answers a test arms, tried before the operation runs.
        self.control = Control(state)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        received = scope
        status = {"code": 500}
        answered_by: str | None = None
        #: The start of a 4xx answer's body: the log line says why the request was refused.
        reason: list[bytes] = []
        #: What this request sets for its own duration (an import's wider JSON bounds; made for an import only).
        bounds: contextlib.ExitStack | None = None
        # Once per request: the headers in one pass, the caller, the route, the workspace (never made here).
        admission = admit(scope, self.routes, self.auth, self.state.peek)
        request_id = admission.request_id

        async def send_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message = {**message, "headers": [*message.get("headers", []), (b"x-request-id", request_id)]}
            elif 400 <= status["code"] < 500 and not reason and message["type"] == "http.response.body":
                reason.append(bytes(message.get("body", b""))[:REASON_BYTES])
            await send(message)

        try:
            preflight = scope.get(PREFLIGHT_KEY)
            if preflight is not None:  # CORS made its answer: sent from here, it has a request id and a log line
                await preflight(scope, receive, send_status)
                return
            if admission.refusal is not None:
                await self._send_error(send_status, scope, admission.refusal.status, admission.refusal.body())
                return
            routed = admission.routed
            if routed is not None:  # the spec spells this path with its trailing slash toggled
                # raw_path is bytes as sent on the wire: the path percent-encoded (a path of any text, not latin-1)
                raw = quote(routed, safe="/:@!$&'()*+,;=-._~%").encode("ascii")
                scope = {**scope, "path": routed, "raw_path": raw}
            if admission.operation_id is None and self.index.not_allowed(scope["method"], scope["path"]):
                detail = {"detail": f'Method "{scope["method"]}" not allowed.'}
                await self._send_json(send_status, 405, detail, {"allow": self.index.allowed(scope["path"])})
                return
            if admission.names_nothing:
                # (a control character, e.g. a newline, names no object either: routing it toggled slashes forever)
                # No id is that long, nor spelled otherwise: what a non-numeric id gets.
                await self._send_error(send_status, scope, 404, NotFound().body())
                return
            importing = scope["method"] == "POST" and scope["path"] == IMPORT_PATH
            if importing:
                bounds = contextlib.ExitStack()
                bounds.enter_context(json_bounds.use(json_bounds.for_import(self.max_import_bytes)))
            limit = self.max_import_bytes if importing else self.max_body_bytes
            read = await self._read_body(receive, limit, admission.has_body)
            if isinstance(read, _Unread):  # a body that did not fully arrive changes nothing
                if read is _Unread.TIMED_OUT:
                    await self._send_error(send_status, scope, 408, {"detail": self._timeout_message()})
                elif read is _Unread.BUSY:
                    await self._send_json(send_status, 503, {"detail": BUSY_DETAIL}, {"retry-after": "1"})
                else:
                    status["code"] = 499  # nobody to answer (nginx's code for it, in the log)
                return
            if read is None:
                await self._too_large(send_status, scope, limit)
                return
            body = read
            served_as: str | None = None  # the content type the body is served as, if not as sent
            if admission.content_type.startswith(FORM_TYPES):
                schema = self.forms.schema_for(scope["method"], scope["path"], admission.content_type, not body)
                if schema is not None:
                    try:
                        body = await self.forms.to_json(Headers(scope=scope), body, schema)
                    except DomainError as exc:
                        await self._send_error(send_status, scope, exc.status, exc.body())
                        return
                    scope = _with_json_headers(scope, len(body))
                    served_as = "application/json"
            elif body and not admission.content_type:
                # No Content-Type: the body is read as JSON on every path (Connexion's validator already
                # read it so, but handed the handler its raw bytes), whatever its size (an import too).
                scope = _with_json_headers(scope, len(body))
                served_as = "application/json"
            if body or served_as is not None:
                admission.with_body(scope, body, served_as)
            if self.control.armed(admission):
                answered_by = await self.control.answer(
                    admission, scope["method"], scope.get("query_string", b""), send_status
                )
                if answered_by is not None:
                    return
            if importing and self.offloaded is not None and await self.offloaded.serve(scope, body, send_status):
                return
            exporting = scope["method"] == "GET" and scope["path"] == IMPORT_PATH
            if exporting and self.exported is not None and await self.exported.serve(scope, send_status):
                return
            if admission.operation_id in self.pdf_operations and PDF_LIBRARY not in sys.modules:
                await asyncio.to_thread(importlib.import_module, PDF_LIBRARY)
            if self.compiled is not None:
                reply = self.compiled.answer(admission, scope)
                if reply is not None:  # sent here, not through ``send_status``: its status and reason read once
                    status["code"] = reply.status
                    if 400 <= reply.status < 500:
                        reason.append(reply.body[:REASON_BYTES])
                    await send_reply(send, reply, request_id)
                    return
            chunks = [body]

            async def replay() -> Message:
                if chunks:
                    return {"type": "http.request", "body": chunks.pop(), "more_body": False}
                return await receive()

            send_held()  # (the Connexion path may run long: the answers already made are not held up by it)
            await self.app(scope, replay, send_status)
        finally:
            millis = (time.perf_counter() - started) * 1000
            why = reason[0].decode("utf-8", errors="replace") if reason else None
            self._record(received, scope, admission, status["code"], millis, answered_by, why, bounds is not None)
            if bounds is not None:
                bounds.close()
            # The Caller holds the scope it was parsed from: unlinking it frees both at once, not at the
            # next garbage collection.
            received.pop(CALLER_KEY, None)
            received.pop(ADMISSION_KEY, None)
            scope.pop(ADMISSION_KEY, None)

    def _timeout_message(self) -> str:
        return f"The request body did not arrive within {self.body_timeout:g} seconds."

    async def _read_body(self, receive: Receive, limit: int, announced: bool = True) -> bytes | _Unread | None:
        """The whole body; ``None`` past the size limit; ``_Unread.DISCONNECTED`` if the client went away
        before it all arrived, ``_Unread.TIMED_OUT`` if it took longer than ``body_timeout`` seconds.

        The deadline is armed only to wait: a first message already there (uvicorn hands a small body over
        in one message, read before the app runs) is taken without one, and a whole body in it needs none."""
        step = receive().__await__()
        try:
            waiting = step.send(None)
        except StopIteration as done:  # the first message was there already: nothing was waited for
            first: Message = done.value
        else:  # it waits for the client: the rest of this receive, and any more, within the deadline
            return await self._read_rest(_Resumed(step, waiting), receive, limit, announced)
        if first["type"] != "http.request":
            return _Unread.DISCONNECTED
        if not first.get("more_body"):
            chunk = first.get("body", b"")
            if not chunk:
                return b""
            if len(chunk) > limit:
                return None
            if not self.inflight.fits(len(chunk)):  # the server-wide bound on bodies being read
                return _Unread.BUSY
            return bytes(chunk)
        return await self._read_rest(first, receive, limit, announced)

    async def _read_rest(
        self, first: Message | _Resumed, receive: Receive, limit: int, announced: bool
    ) -> bytes | _Unread | None:
        """The body from its ``first`` message (or the receive still waiting for it) on, within the deadline
        (none for a head that announced no body: it has nothing to wait for)."""
        parts: list[bytes] = []
        size = 0
        pending: Message | _Resumed | None = first
        try:
            # One deadline for the whole body (a timer, not a task per message as ``wait_for`` makes).
            async with asyncio.timeout(self.body_timeout if announced else None):
                while True:
                    if pending is None:
                        message = await receive()
                    elif isinstance(pending, _Resumed):
                        message = await pending
                    else:
                        message = pending
                    pending = None
                    if message["type"] != "http.request":
                        return _Unread.DISCONNECTED
                    chunk = message.get("body", b"")
                    if size + len(chunk) > limit:
                        return None
                    if not self.inflight.take(len(chunk)):  # the server-wide bound on bodies being read
                        return _Unread.BUSY
                    size += len(chunk)
                    parts.append(chunk)
                    if not message.get("more_body"):
                        return b"".join(parts)
        except TimeoutError:
            return _Unread.TIMED_OUT
        finally:
            self.inflight.give(size)

    async def _too_large(self, send: Send, scope: Scope, limit: int) -> None:
        error = TooLarge(f"Request body exceeds the limit of {limit} bytes.")
        await self._send_error(send, scope, error.status, error.body())

    async def _send_error(self, send: Send, scope: Scope, status: int, body: dict[str, t.Any]) -> None:
        """An error answered here, in the shape the operation its path reaches declares for ``status``."""
        if self.shapes is not None:
            body = self.shapes.body(scope["method"], scope["path"], status, body)
        await self._send_json(send, status, body)

    @staticmethod
    async def _send_json(send: Send, status: int, payload: t.Any, extra: dict[str, str] | None = None) -> None:
        await send_reply(send, json_reply(status, payload, extra))

    def _record(
        self,
        received: Scope,
        scope: Scope,
        admission: Admission,
        status: int,
        millis: float,
        answered_by: str | None,
        reason: str | None = None,
        imported: bool = False,
    ) -> None:
        """The request's log line, and its entry in the caller's request log: its ``Admission`` itself
        (``Admission.logged``): the path as ``received``, the headers and body as served (a form body as the JSON
        it became), read into the entry when the log is read (``imported``: now, under the import's JSON
        bounds)."""
        if logger.isEnabledFor(logging.INFO):
            self._log_line(received, scope, admission, status, millis, reason)
        token = admission.token
        if token is None or admission.dashboard:
            return
        ws = admission.workspace
        if admission.operation_id is None:  # no spec operation of its own: what Connexion routed it to, if anything
            routing = t.cast(dict[str, t.Any], scope.get("extensions", {}).get("connexion_routing", {}))
            admission.operation_id = routing.get("operation_id") or self.index.find(scope["method"], scope["path"])
        entry = admission.logged(status, millis, answered_by, scope.get("headers") or (), imported)
        self.state.record(ws, token, entry)

    @staticmethod
    def _log_line(
        received: Scope, scope: Scope, admission: Admission, status: int, millis: float, reason: str | None
    ) -> None:
        """The request's line in the text log (with its fields for a structured handler)."""
        path = received.get("path", "")
        query = received.get("query_string", b"").decode("latin-1")
        client = (received.get("client") or ("-",))[0]
        target = f"{path}?{query}" if query else path
        fields = {
            "client": client,
            "method": scope["method"],
            "path": target,
            "status": status,
            "duration_ms": round(millis, 2),
            "request_id": admission.request_id.decode(),
        }
        if reason:
            fields["reason"] = reason
            line = '%s "%s %s" %s %.1fms: %s'
            logger.info(
                line, client, scope["method"], _escaped(target), status, millis, reason, extra={"request": fields}
            )
        else:
            line = '%s "%s %s" %s %.1fms'
            logger.info(line, client, scope["method"], _escaped(target), status, millis, extra={"request": fields})


_UNPRINTABLE = re.compile(r'[\x00-\x1f\x7f-\x9f"\\]')


def _escaped(text: str) -> str:
    """``text`` for one line of the text log: control characters, quotes and backslashes as ``\\xNN``,
    so a path cannot forge a line; at most ``REQUEST_LOG_TEXT`` characters of it."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text[:REQUEST_LOG_TEXT])


def _with_json_headers(scope: Scope, length: int) -> Scope:
    """The scope of the same request, now carrying a JSON body of ``length`` bytes."""
    headers = [(k, v) for k, v in scope.get("headers", []) if k not in (b"content-type", b"content-length")]
    headers += [(b"content-type", b"application/json"), (b"content-length", str(length).encode())]
    return {**scope, "headers": headers}
