"""Heavy writes served in a worker thread, so the event loop keeps answering everyone else meanwhile.

A snapshot import may carry a whole 100,000-invoice workspace (90 MB): parsing it, checking it against
the spec, validating and building the new workspace take seconds. Done on the event loop (as every
other request is), they held up every client for that long. Here the request is admitted as the
Connexion path would (a known key allowed to write, a JSON body), and then parsed, validated and run
in a worker thread, one import at a time: the operation's ``prepare`` builds the new workspace off the
store's lock, and its write only swaps it in. Python switches threads every few milliseconds, so the
event loop (``/health``, other workspaces) keeps its turn; the JSON parser hands it back between objects
(``parse_json``).

What this path does not admit (no key, a role that may not write, another content type) goes down the
Connexion path unchanged, which answers its error as it always has.
"""

from __future__ import annotations

import asyncio
import threading
import typing as t

from starlette.types import Scope, Send

from ..errors import DomainError, ParseError, ValidationFailed
from ..openapi.documents import dereferencer, operations
from ..openapi.drf import DRFRequestValidator, errors_to_fields, parse_json
from ..openapi.json_schema import FORMAT_CHECKER
from ..openapi.responses import ErrorShapes
from ..operations import Caller, Operation, Reply
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
        with self._turn:
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


def _is_json(scope: Scope) -> bool:
    """Whether the body is declared JSON (the admission record read the header once)."""
    admission = admission_of(scope)
    return admission is not None and admission.content_type.split(";", 1)[0].strip().lower() == "application/json"


__all__ = ["Offloaded"]
