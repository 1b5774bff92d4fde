"""A request's body as it arrived, and its JSON parsed at most once (``http/admission.py`` holds it)."""

from __future__ import annotations

import typing as t

from ..errors import DomainError
from ..openapi.json_parse import parse_json_bytes


class _NotJson:
    def __repr__(self) -> str:
        return "NOT_JSON"


#: What ``RequestBody.json`` gives for a body that is empty or not valid JSON.
NOT_JSON: t.Any = _NotJson()
_UNPARSED: t.Any = object()


class RequestBody:
    """A request's body as it arrived, and its JSON parsed at most once (on first use)."""

    __slots__ = ("_error", "_json", "raw")

    def __init__(self, raw: bytes = b"") -> None:
        self.raw = raw
        self._json: t.Any = _UNPARSED
        #: Why the body is not JSON, if it was parsed and is not.
        self._error: DomainError | None = None

    @property
    def untouched(self) -> bool:
        """Whether this holder has no bytes yet and was never parsed (``admit`` makes one so for each request)."""
        return not self.raw and self._json is _UNPARSED

    def forget(self) -> None:
        """Let the parsed JSON go, the bytes kept: it is parsed again, the same, if asked for."""
        self._json = _UNPARSED

    @property
    def refused(self) -> bool:
        """Whether the body was parsed and is not JSON as the API reads it."""
        return self._error is not None

    def json(self) -> t.Any:
        """The body's JSON as ``openapi.json_parse.parse_json_bytes`` reads it (strict, bounded), or ``NOT_JSON`` for an
        empty body, one that is not UTF-8, or one that is not valid JSON within the bounds."""
        if self._json is _UNPARSED:
            if not self.raw:
                self._json = NOT_JSON
            else:
                try:
                    self._json = parse_json_bytes(self.raw)
                except DomainError as exc:
                    # kept without the frames it was raised through (a request log entry holds the body, and
                    # the frames would keep the request's scope, sender and caller alive with it)
                    exc.__context__ = None
                    self._error, self._json = exc.with_traceback(None), NOT_JSON
                except UnicodeDecodeError:
                    self._json = NOT_JSON
        return self._json


__all__ = ["NOT_JSON", "RequestBody"]
