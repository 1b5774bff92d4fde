"""The ``{count, next, previous, results}`` envelope and both ways of paging, written once.

Limit/offset follows Django REST Framework's ``LimitOffsetPagination``: ``next`` and
``previous`` are absolute URLs of the same request with ``offset`` moved, ``null`` at
either end. Lists without a documented default page size use 100; ``limit`` is
capped at 10000, as Campfire documents for invoice payments; a ``limit`` of 0 or below is the default,
as DRF's ``_positive_int(strict=True)`` reads it.

Cursor paging (``cursor=``, empty for the first page) walks a list in a stable key order:
the cursor is the URL-safe base64 of the last item's key, and the next page starts after
it, so items added meanwhile are neither skipped nor repeated. ``previous`` is ``null``. Unlike DRF's
``CursorPagination``, a cursor page carries ``count``, as Campfire's do (upstream's one envelope for both
ways of paging requires it; ``skip_count`` "returns a lower-bound 'count' instead").
"""

from __future__ import annotations

import base64
import bisect
import functools
import re
import typing as t
from urllib.parse import parse_qsl, quote_plus, urlencode, urlsplit, urlunsplit

from ..errors import InvalidCursor
from ..limits import DEFAULT_LIMIT, MAX_LIMIT

T = t.TypeVar("T")


#: What ``quote_plus`` leaves as it is.
_UNQUOTED = re.compile(r"[A-Za-z0-9_.~-]*")


@functools.lru_cache(maxsize=1024)  # links repeat the same few names and values (limit, offset, 20, 40)
def _quoted(text: str) -> str:
    return text if _UNQUOTED.fullmatch(text) else quote_plus(text)


def with_query(url: str, **changes: object) -> str:
    """``url`` with query parameters replaced (``None`` removes one), its query encoded as ``urlencode`` does."""
    if "#" in url:  # a fragment: the general split (a request's URL has none)
        parts = urlsplit(url)
        kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in changes]
        kept += [(k, str(v)) for k, v in changes.items() if v is not None]
        return urlunsplit(parts._replace(query=urlencode(kept)))
    base, _, given = url.partition("?")
    query = [(k, v) for k, v in parse_qsl(given, keep_blank_values=True) if k not in changes] if given else []
    query += [(k, str(v)) for k, v in changes.items() if v is not None]
    if not query:
        return base
    return f"{base}?{'&'.join(f'{_quoted(k)}={_quoted(v)}' for k, v in query)}"


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


def encode_cursor(key: tuple[str, int]) -> str:
    return base64.urlsafe_b64encode(f"{key[0]}|{key[1]}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        text, number = base64.urlsafe_b64decode(padded.encode()).decode().split("|")
        return text, int(number)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidCursor(cursor) from exc


def cursor_page(
    items: t.Sequence[T], *, cursor: str, limit: int, url: str, key: t.Callable[[T], tuple[str, int]]
) -> tuple[list[T], dict[str, t.Any]]:
    """The page after ``cursor`` (the first page for ``""``) of ``items``, sorted by ``key``."""
    start = 0
    if cursor:
        after = decode_cursor(cursor)
        start = bisect.bisect_right(items, after, key=key)  # items are in key order
    page = list(items[start : start + limit])
    more = start + limit < len(items)
    nxt = with_query(url, cursor=encode_cursor(key(page[-1])), offset=None) if more and page else None
    return page, {"count": len(items), "next": nxt, "previous": None}


def sync_page(
    items: t.Sequence[T], p: t.Mapping[str, t.Any], *, url: str, key: t.Callable[[T], tuple[str, int]]
) -> tuple[list[T], dict[str, t.Any]]:
    """A page of a sync list (invoice or bill payments): offset pages by default, cursor pages in ``key`` order
    once ``cursor`` is sent (even empty); ``skip_count`` answers a count that only says whether more follow."""
    limit = check_limit(p.get("limit") or None)
    if p.get("cursor") is not None:
        page, meta = cursor_page(items, cursor=p["cursor"], limit=limit, url=url, key=key)
    else:
        page, meta = offset_page(items, limit=limit, offset=p.get("offset"), url=url)
    if p.get("skip_count"):
        meta["count"] = (p.get("offset") or 0) + len(page) + (1 if meta["next"] else 0)
    return page, meta


def check_limit(limit: int | None) -> int:
    """The page size as DRF's ``LimitOffsetPagination`` reads ``limit``: none, zero or negative means the
    default, above the maximum means the maximum (never a 400)."""
    return clamp_limit(limit)
