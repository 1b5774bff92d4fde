"""A document's currency and its rate to its entity's books.

A document sent without ``currency`` is in its entity's currency (``USD`` for an entity without one), and
is stored so: its answer, the stored object and its journal entry agree. A document in another currency
than its entity's needs ``exchange_rate_book`` (native to book) to be posted: Campfire computes it from
market rates when it is left out, the twin knows none and invents none, so it refuses such a document
(400 naming ``exchange_rate_book``) rather than keep one whose entry it could not post (its answer would
name a journal entry the ledger lacks, and receivables or payables would disagree with the documents).
"""

from __future__ import annotations

import typing as t

from .workspace import Workspace


def entity_currency(ws: Workspace, entity: int | None) -> str:
    """The currency of the entity ``entity`` (``USD`` for none, or one without a currency)."""
    return str(ws.refs["entity"].look(entity if entity is not None else -1, {}).get("currency") or "USD")


def check_book_rate(ws: Workspace, entity: int | None, currency: t.Any, rate: t.Any, errors: dict[str, t.Any]) -> None:
    """Add an ``exchange_rate_book`` error to ``errors`` when a document of ``entity`` in ``currency`` has no
    rate to the entity's currency (none is needed in the entity's own currency)."""
    if entity is None or entity not in ws.refs["entity"] or not isinstance(currency, str) or not currency:
        return
    book = entity_currency(ws, entity)
    if currency.upper() == book.upper() or rate not in (None, "", 0):
        return
    errors.setdefault("exchange_rate_book", []).append(
        f"This field is required for a document in {currency} of an entity keeping its books in {book}:"
        " the twin knows no market rate to compute it from."
    )


def kept_book_rate(
    stored: t.Mapping[str, t.Any] | None, currency: t.Any, entity: int | None, *, partial: bool
) -> t.Any:
    """The book rate a write of the stored document ``stored`` (its ``exchange_rate_book``, ``currency`` and
    ``entity``) keeps when it sends none: a PATCH keeps it, and so does a PUT leaving the document in the same
    currency of the same entity (the stored rate still converts it); none for a new document, or a PUT moving
    it to another currency or entity (the stored rate converts something else)."""
    if stored is None:
        return None
    if partial or (currency == stored.get("currency") and entity == stored.get("entity")):
        return stored.get("exchange_rate_book")
    return None


__all__ = ["check_book_rate", "entity_currency", "kept_book_rate"]
