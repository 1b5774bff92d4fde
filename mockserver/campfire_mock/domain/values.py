"""How Django REST Framework reads a value sent to it, written once for the domain.

* A relation id (``rel_id``): an int or a numeric string is the id, ``""`` or null is none, ``True``
  is refused (DRF's ``PrimaryKeyRelatedField`` reads ``"54"`` as 54).
* A path id (``object_key``): an int or a string of ASCII digits without a leading zero, else it
  names nothing (a 404).
* A decimal (``dec``): any number or numeric string, read exactly (``Decimal(str(value))``).
* A date (``as_date``): ISO 8601 (``YYYY-MM-DD``), ``""`` or null is none, within the supported years.

A value that cannot be read is a ``ValueError``; the caller names the field in its 400. The generic
resources read a request body's relation ids with ``openapi/shapes.read_relations`` (the spec layer
knows no domain): the same rule for ``""`` and digit strings.
"""

from __future__ import annotations

import typing as t
from datetime import date
from decimal import Decimal, InvalidOperation

from ..limits import MAX_YEAR, MIN_YEAR
from ..wire import iso_day


def rel_id(value: t.Any) -> int | None:
    """A relation id as DRF reads it: ints, numeric strings, and "" or null for none."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    return int(value)


def incorrect(value: t.Any) -> str:
    """DRF's ``PrimaryKeyRelatedField`` message for a value that is no id."""
    return f"Incorrect type. Expected pk value, received {type(value).__name__}."


def dec(value: t.Any) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(value) from exc


def as_date(value: t.Any) -> date | None:
    """A date as DRF reads it; outside the supported years it is a ``ValueError``."""
    if value is None or value == "":
        return None
    # text, as JSON holds it: read once with the validator's ``date`` format (``wire.iso_day``)
    day = iso_day(value) if type(value) is str else value if isinstance(value, date) else date.fromisoformat(str(value))
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"{day} is outside the years {MIN_YEAR} to {MAX_YEAR}")
    return day


def object_key(value: t.Any) -> int | None:
    """A path id as a table key: an int, or a string of ASCII digits without a leading zero (``None``
    when it cannot name a stored object: ``"01"``, ``"+1"``, ``" 1"`` and other scripts' digits name none)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and (value == "0" or value[0] != "0"):
        return int(value)
    return None


__all__ = ["as_date", "dec", "incorrect", "object_key", "rel_id"]
