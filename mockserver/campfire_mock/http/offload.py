"""Heavy writes served in a worker thread, so the event loop keeps answering everyone else meanwhile.

A snapshot import may carry a whole 100,000-invoice workspace (90 MB): parsing it, checking it against
the spec, validating and building the new workspace take seconds. Done on the event loop (as every
other request is), they held up every client for that long. Here the request is admitted as the
Connexion path would (a known key allowed to write, a JSON body), and then parsed, validated and run
in a worker thread, one import at a time: the operation's ``prepare`` builds the new workspace off the
store's lock, and its write only swaps it in. Python switches threads every few milliseconds, so the
event loop (``/health``, other workspaces) keeps its turn; the JSON parser hands it back between objects
(``parse_json``).

A snapshot export (``OffloadedExport``) of a workspace that large took about 2 s on the event loop: here
a copy-on-write view of the workspace is taken under its lock (a few milliseconds, ``domain/export.py``),
and the snapshot is encoded from it in a worker thread, off every lock, and sent a megabyte at a time.

What this path does not admit (no key, a role that may not write, another content type) goes down the
Connexion path unchanged, which answers its error as it always has.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
import typing as t

from starlette.types import Scope, Send

from ..errors import DomainError, ParseError, ValidationFailed
from ..openapi.documents import dereferencer, operations
from ..openapi.drf import DRFRequestValidator, errors_to_fields
from ..openapi.json_parse import parse_json
from ..openapi.json_schema import FORMAT_CHECKER
from ..openapi.responses import ErrorShapes
from ..operations import Caller, Operation, Reply, snapshot_view
from .admission import admission_of
from .auth import CALLER_KEY
from .respond import crash_reply, error_reply, send_reply


class Offloaded:
    """One operation with a ``prepare`` step (a snapshot import), served in a worker thread."""

    def __init__(self, operation: Operation, spec: dict[str, t.Any], shapes: ErrorShapes | None = None) -> None:
        self.operation = operation
        found = next(op for _, _, op in operations(spec) if op.get("operationId") == operation.operation_id)
        schema = dereferencer(spec).walk(found["requestBody"])["content"]["application/json"]["schema"]
        #: The request body's schema, checked as the Connexion path checks it (DRF's messages).
        self.validator = DRFRequestValidator(schema, format_checker=FORMAT_CHECKER)
        self.shapes = shapes
        #: One at a time, server-wide, as when imports ran on the event loop: a 90 MB import holds about
        #: 700 MB while it is built, and several at once must not add that up.
        self._turn = threading.Lock()

    async def serve(self, scope: Scope, body: bytes, send: Send) -> bool:
        """Answer the request in a worker thread; ``False`` leaves it to the Connexion path."""
        caller = scope.get(CALLER_KEY)
        if not isinstance(caller, Caller) or not _is_json(scope):
            return False
        try:
            caller.authorize(scope["method"], self.operation.operation_id)
        except DomainError:
            return False
        scope.setdefault("extensions", {})["connexion_routing"] = {"operation_id": self.operation.operation_id}
        # ``to_thread`` runs it with this request's context (the import's wider JSON bounds).
        reply = await asyncio.to_thread(self._answer, caller, body, scope["method"], scope["path"])
        await send_reply(send, reply)
        return True

    def _answer(self, caller: Caller, raw: bytes, method: str, path: str) -> Reply:
        with self._turn, _collector_paused() if len(raw) >= PAUSE_COLLECTOR_BYTES else contextlib.nullcontext():
            return self._build(caller, raw, method, path)

    def _build(self, caller: Caller, raw: bytes, method: str, path: str) -> Reply:
        try:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ParseError(f"JSON parse error - {exc}") from None
            del raw
            if not text:  # an empty body is no data; a body of spaces is a parse error, as DRF's
                raise ValidationFailed({"non_field_errors": ["No data provided"]})
            body = parse_json(text)
            del text
            errors = list(self.validator.iter_errors(body))
            if errors:
                raise ValidationFailed(errors_to_fields(errors))
            kwargs = {"body": body}
            del body  # ``prepare`` lets the parsed body go as soon as the new workspace is built
            return self.operation.run(caller, kwargs)
        except DomainError as exc:
            if self.shapes is not None and exc.shaped is None:
                exc.shaped = self.shapes.body(method, path, exc.status, exc.body())
            return error_reply(exc, method, path)
        except Exception:
            return crash_reply(method, path)


#: Imports from this size on are built with the garbage collector paused (``_collector_paused``); a smaller
#: one builds too few objects for a collection to take long.
PAUSE_COLLECTOR_BYTES = 4 << 20


@contextlib.contextmanager
def _collector_paused() -> t.Iterator[None]:
    """No garbage collection while an import builds millions of objects, none of them garbage (the parsed
    body is let go by reference counting): with the server's thresholds, a collection of the second
    generation then walks a million of them in one go, 0.8 s during which no other thread runs. What the
    import built is then moved out of the collector's sight (``gc.freeze``), as start-up's state is, so no
    later collection walks it either."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


def _is_json(scope: Scope) -> bool:
    """Whether the body is declared JSON (the admission record read the header once)."""
    admission = admission_of(scope)
    return admission is not None and admission.content_type.split(";", 1)[0].strip().lower() == "application/json"


class OffloadedExport:
    """The snapshot export, encoded in a worker thread from a view taken under the workspace's lock."""

    def __init__(self, operation: Operation, shapes: ErrorShapes | None = None) -> None:
        self.operation = operation
        self.shapes = shapes

    async def serve(self, scope: Scope, send: Send) -> bool:
        """Stream the caller's snapshot; ``False`` leaves the request to the Connexion path."""
        caller = scope.get(CALLER_KEY)
        if not isinstance(caller, Caller):
            return False
        scope.setdefault("extensions", {})["connexion_routing"] = {"operation_id": self.operation.operation_id}
        try:
            view = await asyncio.to_thread(snapshot_view, self.operation, caller)
        except DomainError as exc:  # no room for a new key's workspace (503)
            if self.shapes is not None and exc.shaped is None:
                exc.shaped = self.shapes.body("GET", scope["path"], exc.status, exc.body())
            await send_reply(send, error_reply(exc, "GET", scope["path"]))
            return True
        chunks = view.chunks()
        try:
            first = await asyncio.to_thread(next, chunks, b"")
            start = {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
            await send(start)
            while True:
                chunk = await asyncio.to_thread(next, chunks, None)
                if chunk is None:
                    break
                await send({"type": "http.response.body", "body": first, "more_body": True})
                first = chunk
            await send({"type": "http.response.body", "body": first, "more_body": False})
        finally:
            chunks.close()
            view.close()
        return True


__all__ = ["Offloaded", "OffloadedExport"]
