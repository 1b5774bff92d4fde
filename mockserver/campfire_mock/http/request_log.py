"""What the request log keeps of a request beyond its line: headers (secrets redacted) and body, bounded.

Headers keep their first ``REQUEST_LOG_HEADERS`` names (lower-cased), each value cut at
``REQUEST_LOG_TEXT`` characters; ``Authorization``, ``Proxy-Authorization``, ``Cookie`` and
``X-Api-Key`` keep only their scheme (``Token [redacted]``). A JSON body is kept parsed when its text
fits in ``REQUEST_LOG_BODY`` characters and it is JSON as the API reads it (``openapi.json_parse.parse_json``,
the same parse, done once per request, the request path used: no NaN, no integer beyond 64 bits, no
lone surrogate, so the log can answer it again); any other body as text cut at that length, with
``request_body_truncated: true`` when it was cut.

The request path's log entry (``Admission.logged``) keeps the headers and the body's bytes (not its parsed
JSON), read into these fields only when the log is read (``domain.request_entries.shown``), not for every
request, unless ``reads_now`` says they are to be read at once.
"""

from __future__ import annotations

import functools
import itertools
import typing as t

from ..limits import REQUEST_LOG_BODY, REQUEST_LOG_HEADERS, REQUEST_LOG_TEXT
from ..openapi.json_parse import fits_int64
from ..operations import Entry
from .request_body import NOT_JSON, RequestBody

__all__ = ["REDACTED", "Entry", "details_later", "reads_now", "request_details"]

#: Headers whose values are secrets.
REDACTED = frozenset({b"authorization", b"proxy-authorization", b"cookie", b"x-api-key"})


def _redact(value: str) -> str:
    scheme, _, secret = value.partition(" ")
    return f"{scheme} [redacted]" if secret else "[redacted]"


def request_details(headers: t.Iterable[tuple[bytes, bytes]], request: RequestBody) -> Entry:
    """The ``request_headers`` and ``request_body`` fields of a request log entry."""
    kept: dict[str, str] = {}
    for name, raw in headers:
        key = name.decode("latin-1").lower()
        if key not in kept and len(kept) >= REQUEST_LOG_HEADERS:
            continue
        value = raw.decode("latin-1")
        value = _redact(value) if name.lower() in REDACTED else value[:REQUEST_LOG_TEXT]
        kept[key] = f"{kept[key]}, {value}" if key in kept else value
    details: dict[str, t.Any] = {"request_headers": kept, "request_body": None}
    body = request.raw
    if not body:
        return details
    if len(body) <= REQUEST_LOG_BODY:
        parsed = request.json()
        if parsed is not NOT_JSON and fits_int64(parsed):  # else kept as its text: the log is answered as JSON
            details["request_body"] = parsed
            return details
    text = body[: REQUEST_LOG_BODY * 4].decode("utf-8", errors="replace")
    details["request_body"] = text[:REQUEST_LOG_BODY]
    if len(text) > REQUEST_LOG_BODY or len(body) > REQUEST_LOG_BODY * 4:
        details["request_body_truncated"] = True
    return details


def _read_later(flat: tuple[bytes, ...], raw: bytes) -> dict[str, t.Any]:
    """The details of a request kept as its headers (one flat tuple: name, value, name, value...) and its
    body's bytes: the body parsed now, as the request path parsed it (the same parse, under the same default
    bounds, so the same JSON)."""
    return request_details(zip(flat[::2], flat[1::2], strict=True), RequestBody(raw))


def reads_now(headers: t.Sequence[tuple[bytes, bytes]], raw: bytes) -> bool:
    """Whether a log entry reads a request's ``headers`` and body bytes ``raw`` at once rather than when the log
    is read: when the log would keep only a part of them (a body longer than ``REQUEST_LOG_BODY`` bytes, more
    headers or header text than it keeps), so an entry never holds more than its fields would."""
    if len(raw) > REQUEST_LOG_BODY or len(headers) > REQUEST_LOG_HEADERS:
        return True
    text = 0
    for _, value in headers:  # a loop, not sum() over a generator: every request comes here
        text += len(value)
    return text > REQUEST_LOG_TEXT


def details_later(
    headers: t.Sequence[tuple[bytes, bytes]], request: RequestBody, now: bool = False
) -> t.Callable[[], Entry]:
    """What makes ``request_details(headers, request)`` when the log is read (``Admission.logged``'s rule, for a
    request that holds no admission record): the headers as one flat tuple and the body's bytes, or the details
    made now (``now``, a body the request path refused as JSON, or ``reads_now``)."""
    if not (now or request.refused or reads_now(headers, request.raw)):
        # One flat tuple of bytes, not the request's list of pairs: the collector untracks a tuple of bytes
        # once it has seen it.
        return functools.partial(_read_later, tuple(itertools.chain.from_iterable(headers)), request.raw)
    made = request_details(headers, request)
    return lambda: made
