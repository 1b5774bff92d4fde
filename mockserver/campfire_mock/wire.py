"""How values look on the wire: Campfire's timestamps, money as JSON numbers, JSON-ready containers,
and the names objects are kept under (``STORED_KINDS``: a seed's keys, a snapshot's kinds).

A leaf module (the standard library and orjson only), so the spec readers and the domain share one spelling;
``dumps`` is the one JSON writer's fallback for what orjson refuses.
"""

from __future__ import annotations

import dataclasses
import functools
import typing as t
from datetime import UTC, date, datetime
from decimal import Decimal

import orjson

#: Collection paths whose objects are kept under a kind of their own (the hand-written parts' names), so a
#: seed, a snapshot and the generic resources name them alike; any other collection is kept under its path.
STORED_KINDS = {
    "/coa/api/vendor": "vendor",
    "/coa/api/entity": "entity",
    "/rr/api/v1/product": "product",
    "/rr/api/v1/contracts": "contract",
    "/coa/api/v1/credit-memo": "credit_memo",
    "/coa/api/department": "department",
    "/coa/api/account": "account",
    "/ca/api/transaction": "transaction",
    # Two more views of the clients: with their AR balances, and as spend/credit summaries.
    "/rr/api/v1/customers": "vendor",
    "/coa/api/vendor/summary": "vendor",
    # The chart's balance-sheet and income-statement views: upstream's POST on each is "Create Chart Account".
    "/coa/api/account/balance-sheet": "account",
    "/coa/api/account/income-statement": "account",
    # The automation matches: listed (pending) at one path, retrieved and edited at the other, as upstream
    # serves them; one table, so an edit shows in the list.
    "/coa/api/fixed-asset-automation/matches": "/coa/api/fixed-asset-automation-match",
}

#: Campfire's timestamp form: UTC, offset without a colon (``2025-07-25T18:54:43+0000``).
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S+0000"
EPOCH = "1970-01-01T00:00:00+0000"


#: Days read from their ISO text (``iso_day``), kept for the next reader of the same text; emptied when full.
_DAYS: dict[str, date] = {}
DAYS_HELD = 4096


def iso_day(text: str) -> date:
    """``date.fromisoformat(text)`` (a ``ValueError`` for text that is no day), remembered: a request's dates
    are read by its validator's ``date`` format and again by the rules (``domain/values.as_date``)."""
    day = _DAYS.get(text)
    if day is None:
        day = date.fromisoformat(text)
        if len(_DAYS) >= DAYS_HELD:
            _DAYS.clear()
        _DAYS[text] = day
    return day


@functools.lru_cache(maxsize=256)
def format_timestamp(moment: datetime) -> str:
    """Campfire's form of a moment (cached: the request log stamps many requests in the same second)."""
    return moment.astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: The types JSON holds as they are (a JSON-ready value of one of them needs no conversion).
PLAIN = frozenset({str, int, float, bool, type(None)})


def jsonable(value: t.Any) -> t.Any:
    """Decimals, dates, timestamps and nested containers as JSON-ready values."""
    kind = type(value)
    if kind in PLAIN:
        return value
    convert = CONVERT.get(kind)
    if convert is not None:  # the exact types, found at once; their subclasses take the checks below
        return convert(value)
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, datetime):
        return format_timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


#: ``jsonable`` of each exact type it converts.
CONVERT: dict[type, t.Callable[[t.Any], t.Any]] = {
    Decimal: number,
    datetime: format_timestamp,
    date: date.isoformat,
    dict: lambda value: {k: jsonable(v) for k, v in value.items()},
    list: lambda value: [jsonable(v) for v in value],
    tuple: lambda value: [jsonable(v) for v in value],
}


#: The integers orjson writes: from the lowest signed to the highest unsigned 64-bit one.
_ORJSON_INTS = range(-(2**63), 2**64)


def dumps(value: t.Any, *, option: int = 0, default: t.Callable[[t.Any], t.Any] | None = None) -> bytes:
    """``orjson.dumps``, and also for a value holding an integer beyond 64 bits, which a free-form JSON field
    (``integration_context``, ``metadata``) may keep as DRF's ``JSONField`` does: such an integer is written
    as its digits (an ``orjson.Fragment``), everything else as orjson writes it."""
    try:
        return orjson.dumps(value, default=default, option=option)
    except TypeError as exc:
        if "64-bit" not in str(exc):
            raise
    wide = None if default is None else (lambda obj: _wide_ints(default(obj)))  # what ``default`` gives, too
    return orjson.dumps(_wide_ints(value), default=wide, option=option)


def _wide_ints(node: t.Any) -> t.Any:
    """``node`` with each integer orjson cannot write as a fragment of its digits (containers and dataclasses
    copied as the plain containers orjson would write)."""
    if isinstance(node, dict):
        return {k: _wide_ints(v) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [_wide_ints(v) for v in node]
    if dataclasses.is_dataclass(node) and not isinstance(node, type):  # as orjson writes one: its fields
        return {f.name: _wide_ints(getattr(node, f.name)) for f in dataclasses.fields(node)}
    if isinstance(node, int) and not isinstance(node, bool) and node not in _ORJSON_INTS:
        return orjson.Fragment(str(node).encode("ascii"))
    return node
