"""One-off answers a test arms for its own workspace (WireMock's stubs, respx's routes).

A stub answers the calls of one operation that match it (path parameters and query parameters
equal, as text; a JSON body containing the given subset) with a given status, body and headers,
``remaining`` times or always, instead of running them: a stubbed call never changes state.
The newest matching stub answers. Stubs are control data, like faults and the request log: they
are not part of snapshots and are gone after a restart; unlike faults, a reset removes them (as
WireMock's does), so one test's stubs never answer the next test's calls.
"""

from __future__ import annotations

import itertools
import re
import typing as t
from dataclasses import dataclass, field

import orjson

from ..errors import TooLarge, ValidationFailed
from ..limits import MAX_STUB_BYTES, MAX_STUBS

__all__ = ["Stub", "Stubs", "check_headers", "contains"]

_IDS = itertools.count(1)


def contains(actual: t.Any, expected: t.Any) -> bool:
    """Whether ``expected`` is a subset of ``actual``: objects by key, recursively; all else equal."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and contains(actual[k], v) for k, v in expected.items())
    return bool(actual == expected)


@dataclass
class Stub:
    operation_id: str
    status: int
    body: t.Any = None
    headers: dict[str, str] = field(default_factory=dict)
    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    json: t.Any = None
    #: Calls left to answer; ``None`` answers every matching call.
    remaining: int | None = 1
    id: int = field(default_factory=lambda: next(_IDS))

    def matches(self, path: dict[str, str], query: dict[str, list[str]], body: t.Any) -> bool:
        if any(path.get(name) != value for name, value in self.path.items()):
            return False
        if any(value not in query.get(name, ()) for name, value in self.query.items()):
            return False
        return self.json is None or contains(body, self.json)

    def as_dict(self) -> dict[str, t.Any]:
        return {
            "id": self.id,
            "operation_id": self.operation_id,
            "status": self.status,
            "body": self.body,
            "headers": self.headers,
            "match": {"path": self.path, "query": self.query, "json": self.json},
            "remaining": self.remaining,
        }


_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def check_headers(headers: t.Any) -> None:
    """400 on ``headers`` unless each is a name (an HTTP token) and a text value without CR, LF or NUL, which
    could not be sent (or would split the answer)."""
    if not isinstance(headers, dict):
        raise ValidationFailed.field("headers", "Expected a dictionary of items.")
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise ValidationFailed.field("headers", f"{name!r} is not a valid header name.")
        if not isinstance(value, str) or any(c in value for c in "\r\n\x00") or not value.isascii():
            raise ValidationFailed.field("headers", f"The value of {name!r} must be ASCII text without CR, LF or NUL.")


class Stubs:
    """The armed stubs of one workspace, oldest first."""

    def __init__(self) -> None:
        self.armed: list[Stub] = []

    def add(self, stub: Stub) -> Stub:
        """Arm ``stub``: 400 for a header that cannot be sent or one stub too many, 413 for one too large."""
        check_headers(stub.headers)
        if len(self.armed) >= MAX_STUBS:
            raise ValidationFailed.field(
                "non_field_errors", f"At most {MAX_STUBS} stubs may be armed at once; clear some first."
            )
        size = len(orjson.dumps(stub.as_dict(), default=str))
        if size > MAX_STUB_BYTES:
            raise TooLarge(f"This stub is {size} bytes encoded; at most {MAX_STUB_BYTES} bytes may be armed.")
        self.armed.append(stub)
        return stub

    def take(self, operation_id: str, path: dict[str, str], query: dict[str, list[str]], body: t.Any) -> Stub | None:
        """Use up one call of the newest stub of ``operation_id`` that matches the request."""
        for stub in reversed(self.armed):
            if stub.operation_id == operation_id and stub.matches(path, query, body):
                if stub.remaining is not None:
                    stub.remaining -= 1
                    if stub.remaining <= 0:
                        self.armed.remove(stub)
                return stub
        return None

    def clear(self) -> None:
        self.armed.clear()
