"""Entries of a workspace's request log: written as references on the request path, made into fields when read.

The front records one ``Logged`` per request: its admission record (``http/admission.py``, a ``Logged`` itself,
so the request makes one object for both), holding what the log shows (method, the path and raw query string
as received, status, operationId, duration, request id, what answered it), what makes the rest (the request's
headers and body as the log shows them: ``Logged.read_details``, ``http/request_log.py``), and the moment it was
stamped.
Nothing is decoded, rounded, cut or formatted for a request no one reads: ``shown`` makes the entry's
fields the first time someone reads it (the control API's request log, the dashboard), in the same order
and with the same values as if they had been made at once, and keeps them (an entry is made once; what
made it is let go). An entry holds at most ``REQUEST_LOG_TEXT`` characters of its path and query.
"""

from __future__ import annotations

import typing as t
from datetime import datetime

from ..limits import REQUEST_LOG_TEXT
from ..wire import format_timestamp

Entry = dict[str, t.Any]


class Logged:
    """One request of the log, as recorded: references until ``shown`` makes its fields (once)."""

    __slots__ = (
        "_fields",
        "answered_by",
        "at",
        "details",
        "method",
        "millis",
        "operation_id",
        "path",
        "query",
        "request_id",
        "status",
    )

    def __init__(
        self,
        method: str,
        path: str,
        query: bytes,
        status: int,
        operation_id: str | None,
        millis: float,
        request_id: bytes,
        answered_by: str | None,
        details: t.Callable[[], Entry] | None = None,
    ) -> None:
        self.method = method
        # (cut only when long: the usual path is kept as the very string the request brought)
        self.path = path if len(path) <= REQUEST_LOG_TEXT else path[:REQUEST_LOG_TEXT]
        self.query = query if len(query) <= REQUEST_LOG_TEXT else query[:REQUEST_LOG_TEXT]
        self.status = status
        self.operation_id = operation_id
        self.millis = millis
        self.request_id = request_id
        self.answered_by = answered_by
        #: What makes the entry's ``request_headers`` and ``request_body`` (and ``request_body_truncated``).
        self.details = details
        #: The workspace's clock when it was stamped (``RequestState.record``).
        self.at: datetime | str | None = None
        self._fields: Entry | None = None

    def read_details(self) -> Entry:
        """The entry's ``request_headers`` and ``request_body`` (and ``request_body_truncated``), made once, when
        the log is first read (the front's record gives its own)."""
        make, self.details = self.details, None
        return make() if make is not None else {}


def shown(entry: Logged) -> Entry:
    """``entry``'s fields, made on its first read and the same on every later one: method, path, query,
    status, operation_id, duration_ms, request_id, answered_by, then its details, then ``at`` as
    Campfire's timestamp."""
    fields = entry._fields
    if fields is not None:
        return fields
    fields = {
        "method": entry.method,
        "path": entry.path,
        "query": entry.query.decode("latin-1"),
        "status": entry.status,
        "operation_id": entry.operation_id,
        "duration_ms": round(entry.millis, 2),
        "request_id": entry.request_id.decode("latin-1"),
        "answered_by": entry.answered_by,
    }
    fields.update(entry.read_details())
    at = entry.at
    if at is not None:
        fields["at"] = format_timestamp(at) if isinstance(at, datetime) else at
    entry._fields = fields
    return fields


__all__ = ["Entry", "Logged", "shown"]
