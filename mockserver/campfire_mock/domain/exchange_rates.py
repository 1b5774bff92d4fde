"""Exchange rates the workspace knows (``GET /ca/api/user_currency/rate`` and ``/with_rate``).

The twin has no market data and invents no rate. A currency to itself is 1. Otherwise the rate is the
latest one the ledger's entries carry on or before the day asked (today on the workspace clock by default):
an entry in currency A of an entity keeping its books in B converts at its ``exchange_rate_book`` (A to B),
which also gives B to A as its inverse. With no such entry the rate is ``null``. Only the entries the
posting rules made are read (those made in bulk are in their entity's currency): no other entry is made.
"""

from __future__ import annotations

import typing as t
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .entries import Entry
from .ledger import ledger, root_currency
from .workspace import Workspace

#: Decimal places of an answered rate.
PLACES = Decimal("0.000001")


def _ruled(ws: Workspace) -> tuple[list[Entry], set[str]]:
    """The entries that may be in another currency than their entity's, in (date, id) order, and the
    currencies of the rest: every entry once all are made; else those the posting rules made, found over
    the columns, and entries without lines (no row); the entries made in bulk are in the root currency."""
    books = ledger(ws)
    if books.materialised:
        return books.entries, set()
    import numpy as np

    cols = books.columns()
    ids = set(np.unique(cols.entry_id[cols.alive & cols.ruled]).tolist())
    ids.update(key for key, (_, count) in cols.rows.items() if not count)
    made = (books.entry(key) for key in ids)
    bulk = {str(root_currency(ws))} if bool((cols.alive & ~cols.ruled).any()) else set()
    return sorted((e for e in made if e is not None), key=lambda e: (e.date, e.id)), bulk


def _known(ws: Workspace) -> list[tuple[date, str, str, Decimal]]:
    """(day, from, to, rate) of every entry whose currency differs from its entity's book currency."""
    found = []
    for entry in _ruled(ws)[0]:
        book = str(ws.refs["entity"].look(entry.entity or -1, {}).get("currency") or "").upper()
        native = str(entry.currency or "").upper()
        if book and native and book != native and entry.exchange_rate_book:
            found.append((entry.date, native, book, entry.exchange_rate_book))
    return found


def rate(ws: Workspace, source: str, target: str, day: date | None) -> dict[str, t.Any]:
    """The rate from ``source`` to ``target`` on ``day`` (``rate`` null when unknown)."""
    source, target, day = source.upper(), target.upper(), day or ws.clock.today()
    value: Decimal | None = Decimal(1) if source == target else None
    if value is None:
        best: tuple[date, Decimal] | None = None
        for when, native, book, book_rate in _known(ws):
            if when > day:
                continue
            if (native, book) == (source, target):
                candidate = book_rate
            elif (native, book) == (target, source):
                candidate = Decimal(1) / book_rate
            else:
                continue
            if best is None or when >= best[0]:
                best = (when, candidate)
        value = None if best is None else best[1]
    return {
        "from_currency": source,
        "to_currency": target,
        "date": day.isoformat(),
        "rate": None if value is None else float(value.quantize(PLACES, rounding=ROUND_HALF_UP)),
    }


def rates_to(ws: Workspace, target: str, day: date | None) -> list[dict[str, t.Any]]:
    """The rate from each currency the workspace uses (its entities' and documents') to ``target``."""
    currencies = {str(e.get("currency") or "").upper() for e in dict.values(ws.refs["entity"])}
    entries, bulk = _ruled(ws)
    currencies |= {str(e.currency or "").upper() for e in entries} | {c.upper() for c in bulk}
    return [rate(ws, c, target, day) for c in sorted(currencies - {""})]


__all__ = ["rate", "rates_to"]
