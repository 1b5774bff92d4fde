"""The JSON-ready values an invoice's and its lines' answers are written with (``invoice_answer.py``,
``line_answer.py``): amounts as JSON numbers converted once per value, dates, moments, names and stored extras,
each by the quickest exact path for the type it usually is, and ``wire.jsonable`` for any other.
"""

from __future__ import annotations

import typing as t
from datetime import date, datetime
from decimal import Decimal

from ..domain.book_amounts import _text, book_figures
from ..domain.posting import ONE
from ..wire import PLAIN, format_timestamp, jsonable, number


def native_text(amount: t.Any) -> str | None:
    """``book_amounts.book_figures``' text of a figure at a rate of 1: a zero is ``0.00`` (never ``-0.00``)."""
    if type(amount) is Decimal:
        if amount:
            return _text(amount)
        return "0.00"
    return book_figures((ONE, ONE), {"x": amount})["x_book"]


def day(value: date | None) -> str | None:
    """A date as ``YYYY-MM-DD``."""
    return value.isoformat() if type(value) is date else jsonable(value)


class _Numbers(dict[Decimal, t.Any]):
    """``wire.number`` of the amounts answered lately (it depends on the value only: 500 for ``500.00`` as for
    ``500``), so the amounts that recur are converted once (``NUMBERS[amount]``); emptied when full."""

    def __missing__(self, value: Decimal) -> t.Any:
        if len(self) >= NUMBERS_HELD:
            self.clear()
        found = self[value] = number(value)
        return found


NUMBERS = _Numbers()
NUMBERS_HELD = 4096


def money(value: Decimal | None) -> t.Any:
    """An amount as a JSON number (``wire.number``), or ``wire.jsonable`` of a value of another type."""
    if type(value) is not Decimal:
        return jsonable(value)
    try:
        return NUMBERS[value]
    except TypeError:  # a signalling NaN has no hash
        return number(value)


def moment(value: datetime) -> t.Any:
    """A moment in Campfire's timestamp form (``wire.format_timestamp``)."""
    return format_timestamp(value) if type(value) is datetime else jsonable(value)


def ref_text(value: t.Any) -> t.Any:
    """``wire.jsonable``, with ``None`` and strings (what reference objects hold) as they are."""
    return value if value is None or type(value) is str else jsonable(value)


def extras(extra: dict[str, t.Any], shown: frozenset[str]) -> dict[str, t.Any]:
    """The stored extras an answer shows (``shown``: the schema's properties no figure of its own fills)."""
    return {k: v if type(v) in PLAIN else jsonable(v) for k, v in extra.items() if v is not None and k in shown}


__all__ = ["NUMBERS", "day", "extras", "moment", "money", "native_text", "ref_text"]
