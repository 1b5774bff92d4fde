"""Answers chosen by the test rather than the mock: a workspace's stubs, and Prism's ``Prefer`` header.

Both are looked at by the front door before the operation runs, and neither changes state:

* a **stub** (armed through ``POST /__campfire_mock__/stubs`` or ``MockControl.stub``) answers the
  calls of one operation that match it with its status, body and headers. Its answer is checked
  against the operation's declared responses when it is armed (unless ``validate: false``), so a
  stub cannot teach a client something the real API never says.
* ``Prefer: code=<status>`` (and/or ``example=<name>``), as Prism reads it, asks for one of the
  operation's declared responses: its named (or first) example, else, for an error status, the
  DRF-shaped body Campfire sends (``{"detail": ...}``, or field messages for a 400). A success status
  without an example is served as usual, by the stateful mock. A status or example the operation
  does not declare is a 400 that lists the ones it does.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from urllib.parse import parse_qs

import orjson

from .domain.stubs import Stub
from .domain.workspace import Workspace
from .errors import ServerError, ValidationFailed
from .openapi.responses import ResponseChecker
from .store import Store

__all__ = ["Answer", "Call", "Responder"]

#: Bodies of error statuses a ``Prefer: code=`` asks for, where the spec gives no example (DRF's words).
ERROR_BODIES: dict[int, t.Any] = {
    400: {"non_field_errors": ["Invalid input."]},
    401: {"detail": "Authentication credentials were not provided."},
    403: {"detail": "You do not have permission to perform this action."},
    404: {"detail": "Not found."},
    405: {"detail": "Method not allowed."},
    409: {"detail": "Conflict."},
    413: {"detail": "Request body is too large."},
    429: {"detail": "Request was throttled."},
    500: {"detail": "A server error occurred."},
}

#: How to arm a stub the spec does not allow, said wherever one is refused.
UNCHECKED = 'to answer it anyway, arm the stub with "validate": false (validate=False in campfire_mock.testing).'


@dataclass(frozen=True)
class Answer:
    """A response decided before the operation ran."""

    status: int
    body: bytes
    headers: list[tuple[bytes, bytes]]
    #: What decided it, for the log: ``stub 3`` or ``Prefer``.
    source: str


@dataclass(frozen=True, slots=True)
class Call:
    """What a stub or a ``Prefer`` header is matched against: the call's operation (``None``: none), its
    path parameters, raw query string, ``Prefer`` header, and its JSON body (asked only if a stub is armed;
    ``None`` for a body that is not JSON)."""

    operation_id: str | None
    path_values: dict[str, str]
    query_string: bytes
    prefer: str | None
    body: t.Callable[[], t.Any]


@dataclass(frozen=True)
class _Op:
    operation_id: str
    #: Declared status -> media type -> media object (schema, example, examples), refs resolved.
    responses: dict[str, dict[str, t.Any]]


class Responder:
    """Answers a call (its operation found once by the front) from a stub or a ``Prefer`` header, if asked
    to; an operation's declared responses are resolved on first use (``ResponseChecker``). Only Campfire's
    operations (``operation_ids``) are answered so, never the control API's."""

    def __init__(self, checker: ResponseChecker, operation_ids: t.Collection[str]) -> None:
        self.checker = checker
        self.operation_ids = operation_ids

    def operation(self, operation_id: str) -> _Op | None:
        """The Campfire operation named ``operation_id`` with its declared responses (``None``: no such one)."""
        if operation_id not in self.operation_ids:
            return None
        return _Op(operation_id, self.checker.declared(operation_id))

    # ------------------------------------------------------------------ arming

    def check(self, stub: Stub) -> None:
        """Refuse (400) a stub whose answer the operation's declared responses do not allow."""
        op = self.operation(stub.operation_id)
        if op is None:
            raise ValidationFailed.field("operation_id", f"Unknown operation {stub.operation_id!r}.")
        if str(stub.status) not in op.responses:
            declared = ", ".join(sorted(op.responses))
            raise ValidationFailed.field(
                "status",
                f"{stub.operation_id} does not declare a {stub.status} response (it declares {declared}); {UNCHECKED}",
            )
        try:
            media = {k.lower(): v for k, v in stub.headers.items()}.get("content-type", "application/json")
            self.checker.check(stub.operation_id, stub.status, media, stub.body)
        except ServerError as exc:
            raise ValidationFailed.field(
                "body", f"Not a response the spec allows: {exc.cause.splitlines()[0]}; {UNCHECKED}"
            ) from None

    # ------------------------------------------------------------------ answering

    def answer(self, store: Store, ws: Workspace | None, call: Call) -> Answer | None:
        """The stub's or the ``Prefer`` header's answer to this call, or ``None`` to run it."""
        op = self.operation(call.operation_id) if call.operation_id is not None else None
        if op is None:
            return None
        if ws is not None and ws.stubs.armed:
            query = parse_qs(call.query_string.decode("latin-1"), keep_blank_values=True)
            with store.lock:
                stub = ws.stubs.take(op.operation_id, call.path_values, query, call.body())
            if stub is not None:
                headers = [(k.lower().encode(), v.encode()) for k, v in stub.headers.items()]
                if stub.status == 204 or stub.body is None:
                    return Answer(stub.status, b"", headers, f"stub {stub.id}")
                return Answer(stub.status, orjson.dumps(stub.body), _json_headers(headers), f"stub {stub.id}")
        return None if call.prefer is None else self._preferred(op, call.prefer)

    def _preferred(self, op: _Op, prefer: str) -> Answer | None:
        wanted = _prefer_fields(prefer)
        code, example = wanted.get("code"), wanted.get("example")
        if code is None and example is None:
            return None
        if code is None:
            assert example is not None
            code = next((status for status, media in op.responses.items() if example in _examples(media)), None)
            if code is None:
                names = ", ".join(sorted({name for media in op.responses.values() for name in _examples(media)}))
                return _refusal(f"{op.operation_id} has no example named {example!r} (it has: {names or 'none'}).")
        if code not in op.responses:
            declared = ", ".join(sorted(op.responses))
            return _refusal(f"Prefer: code={code}: {op.operation_id} does not declare it (it declares {declared}).")
        examples = _examples(op.responses[code])
        if example is not None and example not in examples:
            names = ", ".join(examples) or "none"
            return _refusal(f"Prefer: example={example}: not an example of {op.operation_id} {code} (it has: {names}).")
        status = int(code)
        if examples:
            return Answer(status, orjson.dumps(examples[example or next(iter(examples))]), _json_headers([]), "Prefer")
        if status < 400:
            return None  # a success with no example: the stateful mock answers it
        if not op.responses[code]:
            return Answer(status, b"", [], "Prefer")
        return Answer(status, orjson.dumps(self.error_body(op.operation_id, status)), _json_headers([]), "Prefer")

    def error_body(self, operation_id: str, status: int) -> t.Any:
        """The body ``Prefer: code=<status>`` answers when the spec gives no example: DRF's words, in the
        shape the operation declares (``ResponseChecker.error_body``)."""
        default = ERROR_BODIES.get(status, {"detail": "Error."})
        return self.checker.error_body(operation_id, status, default)


def _examples(media_types: dict[str, t.Any]) -> dict[str, t.Any]:
    """The examples of a response's JSON content, by name (a lone ``example`` is named ``default``)."""
    media = media_types.get("application/json") or {}
    named = {name: ex.get("value") for name, ex in (media.get("examples") or {}).items() if isinstance(ex, dict)}
    if "example" in media:
        named.setdefault("default", media["example"])
    return named


def _prefer_fields(header: str) -> dict[str, str]:
    """``code=404, example=Missing`` -> ``{"code": "404", "example": "Missing"}`` (RFC 7240 preferences)."""
    fields: dict[str, str] = {}
    for part in header.replace(";", ",").split(","):
        name, _, value = part.strip().partition("=")
        if name.strip().lower() in ("code", "example") and value:
            fields[name.strip().lower()] = value.strip().strip('"')
    return fields


def _refusal(message: str) -> Answer:
    return Answer(400, orjson.dumps({"detail": message}), _json_headers([]), "Prefer")


def _json_headers(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    if not any(name == b"content-type" for name, _ in headers):
        headers = [(b"content-type", b"application/json"), *headers]
    return headers
