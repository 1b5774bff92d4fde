"""Balancing an intercompany journal entry before it is saved (``POST /coa/api/intercompany-journal-entry/balance``).

Nothing is stored: the answer is the entry as sent, balanced. Decisions:

* A line's native amounts are ``debit_amount_native``/``credit_amount_native`` (else ``debit_amount``/
  ``credit_amount``); its currency is ``currency`` (else its entity's).
* Rates: the ``exchange_rates`` rows sent (``entity``, ``originating_currency`` -> ``target_currency``); a
  currency to itself is 1. With no rows sent and a ``date``, the rates the workspace knows on that day
  (``exchange_rates.rate``: from its documents; it knows no market) are fetched and answered in
  ``exchange_rates``. Without a rate, the amounts it would give are null (never invented).
* Book amount = native x rate(currency -> the entity's currency); consolidation amount (``debit_amount``,
  ``credit_amount``) = book x rate(the entity's currency -> the root entity's), each rounded half up to cents.
* The side a line does not use (a debit line's credit) is null in each currency, as on GL lines.
* Balancing, "when debits != credits at any currency level": per entity and currency, a line for the native
  difference; then per entity, a line in its own currency for what still differs in book amounts (rounding
  across currencies). A balancing line has ``is_balancing`` true and ``account`` null: Campfire's choice of
  account is not documented, so the twin names none.
* Not modelled: plugging rates so consolidation amounts match across an entity's currencies.
"""

from __future__ import annotations

import typing as t
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ..errors import ValidationFailed
from ..limits import MAX_LINES
from . import exchange_rates
from .ledger import root_currency
from .values import as_date, dec, rel_id
from .workspace import Workspace

Row = dict[str, t.Any]
CENT = Decimal("0.01")
ZERO = Decimal(0)
INVALID_PK = 'Invalid pk "{}" - object does not exist.'


def _money(value: Decimal | None) -> float | None:
    """An amount to cents; the side a line does not use (zero) is null, as Campfire's GL lines answer it."""
    return None if value is None or not value else float(value.quantize(CENT, rounding=ROUND_HALF_UP))


def _amount(line: Row, side: str) -> Decimal:
    value = line.get(f"{side}_amount_native", line.get(f"{side}_amount"))
    return ZERO if value is None or value == "" else dec(value)


class _Rates:
    """The rates sent, and those fetched for the date when none were sent."""

    def __init__(self, ws: Workspace, sent: list[Row], day: date | None) -> None:
        self.ws, self.day, self.fetch = ws, day, not sent and day is not None
        self.rows: list[Row] = []
        self.known: dict[tuple[int | None, str, str], Decimal | None] = {}
        for r in sent:
            value = r.get("exchange_rate")
            entity = rel_id(r.get("entity"))
            if entity is None:  # a rate of no entity rates no line (each names its entity): not echoed as one
                continue
            key = (entity, str(r.get("originating_currency") or ""), str(r.get("target_currency") or ""))
            self.known[key] = None if value is None or value == "" else dec(value)
            name = ws.refs["entity"].look(entity, {}).get("name") if entity is not None else None
            self.rows.append(self._row(entity, name, key[1], key[2], self.known[key]))

    @staticmethod
    def _row(entity: int | None, name: t.Any, source: str, target: str, value: Decimal | None) -> Row:
        rate = None if value is None else float(value)
        return {
            "entity": entity,
            "entity_name": name,
            "originating_currency": source,
            "target_currency": target,
            "exchange_rate": rate,
        }

    def __call__(self, entity: int, name: str | None, source: str, target: str) -> Decimal | None:
        if source == target:
            return Decimal(1)
        key = (entity, source, target)
        if key not in self.known and self.fetch:
            found = exchange_rates.rate(self.ws, source, target, self.day)["rate"]
            self.known[key] = None if found is None else dec(found)
            self.rows.append(self._row(entity, name, source, target, self.known[key]))
        return self.known.get(key)


def _check(ws: Workspace, body: Row) -> tuple[list[Row], date | None]:
    lines = body.get("transactions")
    if not isinstance(lines, list) or not lines:
        raise ValidationFailed.field("transactions", "This list may not be empty.")
    if len(lines) > MAX_LINES:
        raise ValidationFailed.field("transactions", f"Ensure this field has no more than {MAX_LINES} elements.")
    errors: list[Row] = []
    for line in lines:
        err: Row = {}
        try:
            entity = rel_id(line.get("entity"))
        except (TypeError, ValueError):
            entity = -1
        if entity is None:
            err["entity"] = ["This field is required."]
        elif entity not in ws.refs["entity"]:
            err["entity"] = [INVALID_PK.format(line.get("entity"))]
        for side in ("debit", "credit"):
            try:
                _amount(line, side)
            except (TypeError, ValueError):
                err[f"{side}_amount_native"] = ["A valid number is required."]
        errors.append(err)
    if any(errors):
        raise ValidationFailed({"transactions": errors})
    try:
        day = as_date(body.get("date"))
    except (TypeError, ValueError):
        raise ValidationFailed.field(
            "date", "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."
        ) from None
    return lines, day


def balance(ws: Workspace, body: Row) -> Row:
    """The entry in ``body`` balanced (see the module's decisions); a 400 naming each bad line."""
    lines, day = _check(ws, body)
    rates = _Rates(ws, [r for r in body.get("exchange_rates") or [] if isinstance(r, dict)], day)
    root = root_currency(ws)
    out: list[Row] = []
    native: dict[tuple[int, str], Decimal] = {}
    book: dict[int, Decimal] = {}

    def finish(line: Row, entity: int, currency: str, debit: Decimal, credit: Decimal, balancing: bool) -> None:
        found = ws.refs["entity"].look(entity, {})
        own, name = str(found.get("currency") or root), found.get("name")
        to_book = rates(entity, name, currency, own)
        to_root = rates(entity, name, own, root)
        book_debit = None if to_book is None else (debit * to_book).quantize(CENT, rounding=ROUND_HALF_UP)
        book_credit = None if to_book is None else (credit * to_book).quantize(CENT, rounding=ROUND_HALF_UP)
        if book_debit is not None and book_credit is not None:
            book[entity] = book.get(entity, ZERO) + book_debit - book_credit
        native[(entity, currency)] = native.get((entity, currency), ZERO) + debit - credit
        out.append(
            {
                **line,
                "entity": entity,
                "entity_name": name,
                "entity_currency": own,
                "currency": currency,
                "account": rel_id(line.get("account")) if not balancing else None,
                "debit_amount_native": _money(debit),
                "credit_amount_native": _money(credit),
                "debit_amount_book": _money(book_debit),
                "credit_amount_book": _money(book_credit),
                "debit_amount": _money(None if book_debit is None or to_root is None else book_debit * to_root),
                "credit_amount": _money(None if book_credit is None or to_root is None else book_credit * to_root),
                "is_balancing": balancing,
            }
        )

    for line in lines:
        entity = t.cast(int, rel_id(line.get("entity")))
        own = str(ws.refs["entity"].look(entity, {}).get("currency") or root)
        finish(line, entity, str(line.get("currency") or own), _amount(line, "debit"), _amount(line, "credit"), False)
    for (entity, currency), net in list(native.items()):
        if net:
            finish({}, entity, currency, max(-net, ZERO), max(net, ZERO), True)
    for entity, net in list(book.items()):
        own = str(ws.refs["entity"].look(entity, {}).get("currency") or root)
        if net:
            finish({}, entity, own, max(-net, ZERO), max(net, ZERO), True)
    return {"date": None if day is None else day.isoformat(), "transactions": out, "exchange_rates": rates.rows}


__all__ = ["balance"]
