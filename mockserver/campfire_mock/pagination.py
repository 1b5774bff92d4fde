"""The ``{count, next, previous, results}`` envelope, written once for every list.

Limit/offset follows Django REST Framework's ``LimitOffsetPagination``: ``next`` and
``previous`` are absolute URLs of the same request with ``offset`` moved, ``null`` at
either end. Lists without a documented default page size use 100; ``limit`` is
capped at 10000, as Campfire documents for invoice payments.
"""

from __future__ import annotations

import typing as t
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_LIMIT = 100
MAX_LIMIT = 10_000
T = t.TypeVar("T")


def with_query(url: str, **changes: object) -> str:
    """``url`` with query parameters replaced (``None`` removes one)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in changes]
    query += [(k, str(v)) for k, v in changes.items() if v is not None]
    return urlunsplit(parts._replace(query=urlencode(query)))


def clamp_limit(limit: int | None) -> int:
    if limit is None or limit <= 0:
        return DEFAULT_LIMIT
    return min(limit, MAX_LIMIT)


def offset_page(
    items: t.Sequence[T], *, limit: int | None, offset: int | None, url: str
) -> tuple[list[T], dict[str, t.Any]]:
    """Slice ``items`` and build the envelope (without ``results``)."""
    size = clamp_limit(limit)
    start = max(offset or 0, 0)
    count = len(items)
    page = list(items[start : start + size])
    nxt = with_query(url, limit=size, offset=start + size) if start + size < count else None
    if start <= 0:
        prev = None
    elif start - size <= 0:
        prev = with_query(url, limit=size, offset=None)
    else:
        prev = with_query(url, limit=size, offset=start - size)
    return page, {"count": count, "next": nxt, "previous": prev}


def envelope(results: list[t.Any], meta: dict[str, t.Any]) -> dict[str, t.Any]:
    return {**meta, "results": results}
