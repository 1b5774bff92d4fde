"""Filtering, searching and ordering of stored objects, the way Django REST Framework's filter
backends do it (``django-filter``'s field filters, ``SearchFilter``, ``OrderingFilter``), each a
separate piece that takes rows and the query and returns rows.

A query parameter filters only where it names a field of the objects: ``status=paid`` (equality),
``status=paid,open`` or a repeated parameter (any of them), ``amount__gte=10`` / ``__lte`` / ``__gt`` /
``__lt`` (ranges, numbers compared as numbers, dates and timestamps as text), ``__in`` / ``__nin``,
``vendor`` for a ``vendor_id`` field and back. Parameters that name no field are ignored, as
Django REST Framework ignores unknown ones.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qs

from ..errors import ValidationFailed
from ..limits import MAX_LIMIT, MAX_SORT_KEYS

Row = dict[str, t.Any]
#: Longer text is never read as a number (a number in a stored field is far shorter).
_MAX_NUMBER_TEXT = 100
LOOKUPS = ("__gte", "__lte", "__gt", "__lt", "__in", "__nin")
#: Parameters that page, order or search rather than filter.
CONTROL = frozenset(
    {"limit", "offset", "cursor", "page", "page_size", "ordering", "sort", "q", "search", "include_deleted"}
)


def _field(name: str, fields: t.AbstractSet[str]) -> str | None:
    if name in fields:
        return name
    if name.endswith("_id") and name[:-3] in fields:
        return name[:-3]
    if f"{name}_id" in fields:
        return f"{name}_id"
    return None


def _values(value: t.Any) -> list[str]:
    """A parameter's values as text: a list, or a comma list."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        text = _text(item)
        out.extend(part.strip() for part in text.split(",") if part.strip()) if "," in text else out.append(text)
    return out


def _text(value: t.Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


def _number(text: str) -> Decimal | None:
    """A finite number's value, else ``None`` (``NaN`` cannot be ordered, so it compares as text)."""
    if len(text) > _MAX_NUMBER_TEXT:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _compare(stored: t.Any, wanted: str) -> int | None:
    """-1/0/1 comparing a stored value with a parameter's text, or ``None`` if incomparable."""
    if stored is None:
        return None
    left, right = _number(_text(stored)), _number(wanted)
    if left is not None and right is not None:
        return (left > right) - (left < right)
    a, b = _text(stored)[: len(wanted)] if len(wanted) == 10 else _text(stored), wanted
    return (a > b) - (a < b)


def _matches(stored: t.Any, lookup: str, wanted: list[str]) -> bool:
    if lookup in ("", "__in"):
        if isinstance(stored, list):
            return any(_text(v) in wanted for v in stored)
        return _text(stored) in wanted or (stored is None and "null" in wanted)
    if lookup == "__nin":
        return _text(stored) not in wanted
    order = _compare(stored, wanted[0]) if wanted else None
    if order is None:
        return False
    return {"__gte": order >= 0, "__lte": order <= 0, "__gt": order > 0, "__lt": order < 0}[lookup]


def field_filter(rows: list[Row], params: t.Mapping[str, t.Any], fields: t.AbstractSet[str]) -> list[Row]:
    """Rows whose fields match every parameter that names a field."""
    tests: list[tuple[str, str, list[str]]] = []
    for name, value in params.items():
        if name in CONTROL or value is None or value == [] or value == "":
            continue
        lookup = next((s for s in LOOKUPS if name.endswith(s)), "")
        field = _field(name[: len(name) - len(lookup)], fields)
        if field is not None:
            tests.append((field, lookup, _values(value)))
    if not tests:
        return rows
    return [row for row in rows if all(_matches(row.get(f), lookup, wanted) for f, lookup, wanted in tests)]


def search_filter(rows: list[Row], term: str | None, fields: t.Iterable[str]) -> list[Row]:
    """Rows with ``term`` in any of their text fields, case-insensitively (``SearchFilter``)."""
    if not term:
        return rows
    needle = term.lower()
    names = list(fields)
    return [r for r in rows if any(isinstance(r.get(f), str) and needle in r[f].lower() for f in names)]


def plain_page(rows: list[Row], query_string: bytes | str) -> list[Row]:
    """The rows a plain-array list answers (no envelope to page in): ``offset`` and ``limit`` from the query
    string when given (1..``MAX_LIMIT``, a 400 naming the parameter otherwise), and never more than
    ``MAX_LIMIT`` rows."""
    text = query_string.decode("latin-1") if isinstance(query_string, bytes) else query_string
    params = parse_qs(text)
    bounds = {"offset": 0, "limit": MAX_LIMIT}
    for name in bounds:
        given = params.get(name)
        if not given or given[-1] == "":
            continue
        value = given[-1].strip()
        if not (value.isascii() and value.isdigit()):
            raise ValidationFailed.field(name, "A valid integer is required.")
        number = int(value[:20])
        if name == "limit" and not 1 <= number <= MAX_LIMIT:
            raise ValidationFailed.field("limit", f"Ensure this value is between 1 and {MAX_LIMIT}.")
        bounds[name] = number
    return rows[bounds["offset"] : bounds["offset"] + bounds["limit"]]


def sort_keys(ordering: str | None, param: str = "ordering") -> list[tuple[str, bool]]:
    """``(field, descending)`` of each distinct key of a comma list of sort keys, first use kept: a repeated
    field adds no work. More than ``MAX_SORT_KEYS`` distinct keys is a 400 naming ``param``, before any row
    is touched."""
    keys: dict[str, bool] = {}
    for part in (ordering or "").split(","):
        key = part.strip()
        name = key.lstrip("-")
        if name and name not in keys:
            keys[name] = key.startswith("-")
            if len(keys) > MAX_SORT_KEYS:
                raise ValidationFailed.field(
                    param, f"Ensure there are no more than {MAX_SORT_KEYS} distinct sort fields."
                )
    return list(keys.items())


def query_ordering(rows: list[Row], query: t.Mapping[str, t.Any], fields: t.AbstractSet[str]) -> list[Row]:
    """Rows in the order a list's ``ordering`` (DRF's name) or else ``sort`` parameter asks; an error names
    the parameter given."""
    if query.get("ordering"):
        return ordering_filter(rows, query["ordering"], fields, "ordering")
    return ordering_filter(rows, query.get("sort"), fields, "sort")


def ordering_filter(
    rows: list[Row], ordering: str | None, fields: t.AbstractSet[str], param: str = "ordering"
) -> list[Row]:
    """Rows in the order of a comma list of fields, ``-`` for descending (``OrderingFilter``); unknown
    fields are ignored, a row without a value sorts after those with one, and ties keep the rows' order.
    One sort with a composite key; each value is read and converted once."""
    keys = [(name, desc) for name, desc in sort_keys(ordering, param) if name in fields]
    if not keys or len(rows) < 2:
        return list(rows)
    columns = [_ranks([row.get(name) for row in rows], desc) for name, desc in keys]
    order = sorted(range(len(rows)), key=lambda i: tuple(column[i] for column in columns))
    return [rows[i] for i in order]


def _ranks(values: list[t.Any], descending: bool) -> list[tuple[int, int]]:
    """Per value: ``(0, rank)`` (negated when descending) or ``(1, 0)`` for a missing one, so missing values
    sort last whichever the direction. Each value is converted to its sort key once."""
    converted = [None if v is None else _sort_key(v) for v in values]
    distinct = sorted({k for k in converted if k is not None})
    rank = {k: (-i if descending else i) for i, k in enumerate(distinct)}
    return [(1, 0) if k is None else (0, rank[k]) for k in converted]


def _sort_key(value: t.Any) -> tuple[int, t.Any]:
    number = _number(_text(value)) if not isinstance(value, bool | list | dict) else None
    return (0, number) if number is not None else (1, _text(value))


__all__ = ["CONTROL", "field_filter", "ordering_filter", "plain_page", "query_ordering", "search_filter", "sort_keys"]
