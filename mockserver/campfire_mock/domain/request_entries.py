"""Entries of a workspace's request log: written cheaply on the request path, completed when read.

The front records what it knows at once (method, path, status, ...) and, under ``DEFERRED``, what makes
the rest: the request's headers and body as the log shows them (``http/request_log.py``), and the
moment it was stamped, turned into text. ``shown`` completes an entry the first time someone reads it
(the control API's request log, the dashboard), with the same fields in the same order as if they had
been made at once; an entry is completed once.
"""

from __future__ import annotations

import typing as t
from datetime import datetime

from ..wire import format_timestamp

#: The key of an entry's pending part: a callable giving its remaining fields.
DEFERRED = "_deferred"

Entry = dict[str, t.Any]


def shown(entry: Entry) -> Entry:
    """``entry`` complete: its deferred fields made (once, in place) and its ``at`` as Campfire's timestamp."""
    make = entry.pop(DEFERRED, None)
    at = entry.get("at")
    if make is None and not isinstance(at, datetime):
        return entry
    at = entry.pop("at", None)
    if make is not None:
        entry.update(make())
    if at is not None:
        entry["at"] = format_timestamp(at) if isinstance(at, datetime) else at
    return entry


__all__ = ["DEFERRED", "Entry", "shown"]
