"""A document's figures in its entity's book currency and in the consolidation currency (the ``*_book`` and
``*_consolidation`` amounts real responses carry), at the rates its journal entry posts at (``posting._rates``:
1 in the entity's own currency, else ``exchange_rate_book``; to the root entity's currency, ``exchange_rate``
where the book currency is not the root's). A figure whose rate is unknown is null, never invented. They are
decimal strings with two places, as real responses show them; the journal entry converts line by line, so its
book total may differ from a figure here by a rounding cent.
"""

from __future__ import annotations

import functools
import typing as t
from decimal import ROUND_HALF_UP, Decimal

from .models import _WIDE, CENT
from .posting import _rates, root_currency
from .values import dec
from .workspace import Workspace

#: ``_text`` of the non-zero amounts shown lately (it depends on the value only; a zero keeps its sign, so
#: zeros are not held), so the figures that recur are formatted once; emptied when full.
_TEXTS: dict[Decimal, str] = {}
_TEXTS_HELD = 4096


def _text(amount: Decimal | None) -> str | None:
    """Money text: rounded to cents half up (``models.money``), two places."""
    if amount is None:
        return None
    if not amount or not amount.is_finite():
        return f"{amount.quantize(CENT, ROUND_HALF_UP, _WIDE):.2f}"
    found = _TEXTS.get(amount)
    if found is None:
        if len(_TEXTS) >= _TEXTS_HELD:
            _TEXTS.clear()
        found = _TEXTS[amount] = f"{amount.quantize(CENT, ROUND_HALF_UP, _WIDE):.2f}"
    return found


@functools.cache
def _names(figure: str) -> tuple[str, str]:
    """The book and consolidation names of a figure (``total_amount_book``, ``total_amount_consolidation``)."""
    return f"{figure}_book", f"{figure}_consolidation"


def book_amounts(
    ws: Workspace, entity: int | None, currency: str, doc: t.Mapping[str, t.Any], **figures: t.Any
) -> dict[str, str | None]:
    """``<figure>_book`` and ``<figure>_consolidation`` of each figure of a document of ``entity`` in
    ``currency`` (``doc`` holds its rates)."""
    return book_figures(_rates(ws, entity, currency, doc) if currency else None, figures)


def book_figures(rates: tuple[Decimal, Decimal | None] | None, figures: t.Mapping[str, t.Any]) -> dict[str, str | None]:
    """``book_amounts`` of ``figures`` at ``rates`` (``posting._rates``; ``None``: the book rate is unknown)."""
    book, consolidated = rates if rates is not None else (None, None)
    native_book, native_consolidated = book == 1, consolidated == 1  # the usual case: each formatted once
    out: dict[str, str | None] = {}
    for name, value in figures.items():
        book_name, consolidated_name = _names(name)
        amount = value if type(value) is Decimal and value else dec(value or 0)  # a zero is 0 (never -0)
        native = _text(amount) if native_book or native_consolidated else None
        out[book_name] = native if native_book else _text(None if book is None else amount * book)
        out[consolidated_name] = (
            native if native_consolidated else _text(None if consolidated is None else amount * consolidated)
        )
    return out


def known_rates(ws: Workspace, entity: int | None, currency: str, doc: t.Mapping[str, t.Any]) -> dict[str, int]:
    """The rates a document of ``entity`` in ``currency`` answers where it stores none but no conversion
    happens: ``exchange_rate_book`` 1 in its entity's own currency, ``exchange_rate`` 1 in the root entity's
    (as its journal entry posts them, and as invoices answer them). A rate that converts is never invented."""
    if not currency:
        return {}
    known: dict[str, int] = {}
    own = ws.refs["entity"].look(entity if entity is not None else -1, {}).get("currency") or currency
    if doc.get("exchange_rate_book") in (None, "") and currency == own:
        known["exchange_rate_book"] = 1
    if doc.get("exchange_rate") in (None, "") and currency == root_currency(ws):
        known["exchange_rate"] = 1
    return known


__all__ = ["book_amounts", "book_figures", "known_rates"]
