"""A document's figures in its entity's book currency and in the consolidation currency (the ``*_book`` and
``*_consolidation`` amounts real responses carry), at the rates its journal entry posts at (``posting._rates``:
1 in the entity's own currency, else ``exchange_rate_book``; to the root entity's currency, ``exchange_rate``
where the book currency is not the root's). A figure whose rate is unknown is null, never invented. They are
decimal strings with two places, as real responses show them; the journal entry converts line by line, so its
book total may differ from a figure here by a rounding cent.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from .models import money
from .posting import _rates
from .values import dec
from .workspace import Workspace


def _text(amount: Decimal | None) -> str | None:
    return None if amount is None else f"{money(amount):.2f}"


def book_amounts(
    ws: Workspace, entity: int | None, currency: str, doc: t.Mapping[str, t.Any], **figures: t.Any
) -> dict[str, str | None]:
    """``<figure>_book`` and ``<figure>_consolidation`` of each figure of a document of ``entity`` in
    ``currency`` (``doc`` holds its rates)."""
    rates = _rates(ws, entity, currency, doc) if currency else None
    book, consolidated = rates if rates is not None else (None, None)
    out: dict[str, str | None] = {}
    for name, value in figures.items():
        amount = dec(value or 0)
        native = _text(amount) if book == 1 or consolidated == 1 else None  # the usual case: formatted once
        out[f"{name}_book"] = native if book == 1 else _text(None if book is None else amount * book)
        out[f"{name}_consolidation"] = (
            native if consolidated == 1 else _text(None if consolidated is None else amount * consolidated)
        )
    return out


__all__ = ["book_amounts"]
