"""How much one JSON body may hold, per request: the documented bounds, or wider ones for a snapshot import.

An export holds a whole workspace, so a re-import may carry far more values and longer arrays than any API
call: its bounds grow with ``--max-import-bytes`` (a value takes at least two bytes, so counting them adds
no bound the byte limit does not already give). The front sets them for the request it serves and puts them
back after (``use``); ``parse_json`` reads them (``current``).
"""

from __future__ import annotations

import contextlib
import typing as t
from contextvars import ContextVar

from .limits import MAX_JSON_ITEMS, MAX_JSON_VALUES


class Bounds(t.NamedTuple):
    """Values in all, and items of any one array, one JSON body may hold."""

    values: int
    items: int


DEFAULT = Bounds(MAX_JSON_VALUES, MAX_JSON_ITEMS)
_CURRENT: ContextVar[Bounds] = ContextVar("campfire_mock_json_bounds", default=DEFAULT)


def for_import(max_import_bytes: int) -> Bounds:
    """The bounds of a snapshot import of at most ``max_import_bytes``."""
    return Bounds(max(MAX_JSON_VALUES, max_import_bytes // 2), max(MAX_JSON_ITEMS, max_import_bytes // 2))


def current() -> Bounds:
    return _CURRENT.get()


@contextlib.contextmanager
def use(bounds: Bounds) -> t.Iterator[None]:
    """``bounds`` for the JSON bodies parsed inside the block."""
    token = _CURRENT.set(bounds)
    try:
        yield
    finally:
        _CURRENT.reset(token)


__all__ = ["DEFAULT", "Bounds", "current", "for_import", "use"]
