"""Invoice rules: create, replace, patch, delete, void, reopen, list filters (the request read by
``invoice_input.py``).

Decisions where Campfire's docs are silent (also listed in the README):

* ``total_amount`` = sum of line ``amount + tax`` minus the invoice ``discount``;
  ``amount_due`` = total - active payments - any early-payment discount granted.
* A line's ``amount`` defaults to ``quantity x rate`` (cents, half up); ``quantity``
  defaults to 1 and ``rate`` to the product's price, else to ``amount``.
* ``terms`` defaults to ``net_30``. ``due_date`` is required by the spec on create;
  where it may be left out (bulk create, PATCH of ``terms``/``payment_term``/``invoice_date``) it is
  ``invoice_date`` + the days of the terms sent, else of the payment term sent, else of the invoice's
  terms, else of its payment term (``document.due_days``, the bills' rule). ``custom`` terms and no
  payment term need an explicit due date.
* ``payment_status``/``status`` are derived: voided > paid > partial > the caller's
  ``draft``/``sent``/``uncollectible`` > ``open``. Other values the caller sends
  for them (``paid``, ``partial``, ``voided``, ``open``) are ignored, never trusted.
* ``invoice_number`` defaults to ``INV-0000001`` style, per workspace; numbers are
  not required to be unique (Campfire documents no such rule).
* Lines are replaced as a whole by PUT and by a PATCH that sends ``lines``. A PUT (whose request component
  requires ``lines``, the dates and the entity) keeps the optional fields it does not send, as DRF's PUT
  saves only what it validated; a field sent as null is cleared.
* An invoice with active payments cannot be deleted, replaced with lines or voided
  (409): void its payments first. Reopen only applies to voided invoices (409).
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..errors import (
    InvoiceAlreadyVoided,
    InvoiceHasPayments,
    InvoiceIsVoided,
    InvoiceNotFound,
    InvoiceNotVoided,
    ValidationFailed,
)
from ..limits import MAX_BULK_INVOICES, MAX_BULK_LINES
from .currency import check_book_rate, kept_book_rate
from .document import RECEIVABLE, check_total, due_from_terms
from .invoice_input import HANDLED, read_dates, read_lines, read_relations, set_flags
from .lifecycle import Refusals, Removable, bulk_search
from .models import MAX_AMOUNT, NO_MONEY, Invoice, money
from .values import as_date, dec, rel_id
from .workspace import Workspace


class InvoiceService(Removable[Invoice]):
    """Invoice operations on one workspace at a time (callers hold the store lock)."""

    refusals = Refusals(InvoiceAlreadyVoided, InvoiceNotVoided, InvoiceIsVoided, InvoiceHasPayments)

    # ------------------------------------------------------------------ lookups

    def get(self, ws: Workspace, invoice_id: int) -> Invoice:
        invoice = ws.invoices.get(invoice_id)
        if invoice is None:
            raise InvoiceNotFound(invoice_id)
        return invoice

    # ------------------------------------------------------------------ building

    def _apply(self, ws: Workspace, inv: Invoice | None, body: dict[str, t.Any], *, partial: bool) -> Invoice:
        """Validate ``body`` against the workspace and return the resulting invoice."""
        errors: dict[str, t.Any] = {}
        merged = {**self._current(inv), **body} if inv is not None else body  # PUT too: unsent fields kept (DRF)
        refs, entity, term = read_relations(ws, merged, errors, body.keys())
        currency = merged.get("currency") or str((entity or {}).get("currency") or "USD")
        stored = None if inv is None else {**inv.extra, "currency": inv.currency, "entity": inv.entity}
        kept_rate = None if stored is None else kept_book_rate(stored, currency, refs["entity"], partial=partial)
        if merged.get("currency"):  # else it is the entity's (its books'): no rate is needed
            check_book_rate(ws, refs["entity"], currency, body.get("exchange_rate_book", kept_rate), errors)
        terms = merged.get("terms", "net_30") or None
        term_days = None if term is None or term.get("days") is None else int(term["days"])
        invoice_date, due_date = read_dates(inv, body, merged, terms, term_days, partial, errors)
        now = ws.clock.now()  # one moment for the whole write
        if "lines" in body or inv is None or not partial:
            lines = read_lines(ws, body.get("lines"), currency, errors, now)
        else:
            lines = inv.lines
        if errors:
            raise ValidationFailed(errors)
        assert invoice_date is not None and due_date is not None and refs["entity"] is not None
        if inv is None:
            inv = Invoice(
                id=ws.next_id("invoice"),
                invoice_number=body.get("invoice_number") or "",
                invoice_date=invoice_date,
                due_date=due_date,
                entity=refs["entity"],
                currency=currency,
                lines=lines,
                created_at=now,
                last_modified_at=now,
                journal_entry=ws.next_id("journal_entry"),
            )
            if not inv.invoice_number:
                inv.invoice_number = RECEIVABLE.next_number(ws)
        else:
            inv.invoice_date, inv.due_date, inv.entity, inv.currency = invoice_date, due_date, refs["entity"], currency
            if "lines" in body or not partial:
                inv.lines = lines
            if body.get("invoice_number"):
                inv.invoice_number = body["invoice_number"]
            inv.last_modified_at = now
        inv.client, inv.contract, inv.payment_term, inv.terms = (
            refs["client"],
            refs["contract"],
            refs["payment_term"],
            terms,
        )
        discount = merged.get("discount")
        inv.discount = money(dec(discount)) if discount else NO_MONEY
        if abs(inv.discount) >= MAX_AMOUNT:
            raise ValidationFailed.field("discount", f"Ensure this value is less than {MAX_AMOUNT} in size.")
        if "payment_status" in body or "uncollectible_date" in body:
            set_flags(inv, body, now)
        extra = dict(inv.extra) if inv.extra else {}  # an update keeps what it is not sent, PUT as PATCH
        if not body.keys() <= HANDLED:  # told in C first: a body may send nothing it does not interpret
            extra.update({k: v for k, v in body.items() if k not in HANDLED})
        if "exchange_rate_book" not in body:  # a PUT to another currency or entity keeps no stale rate
            if kept_rate is not None:
                extra["exchange_rate_book"] = kept_rate
            elif extra:
                extra.pop("exchange_rate_book", None)
        inv.extra = extra
        inv.recompute_total()
        check_total(RECEIVABLE.name, inv.total_amount)
        return inv

    @staticmethod
    def _current(inv: Invoice) -> dict[str, t.Any]:
        """The fields an update (PUT or PATCH) keeps unless it sends them."""
        names = ("entity", "client", "contract", "payment_term", "currency", "terms", "invoice_date", "due_date")
        return {**{n: getattr(inv, n) for n in names}, "invoice_number": inv.invoice_number, "discount": inv.discount}

    # ------------------------------------------------------------------ operations

    def create(self, ws: Workspace, body: dict[str, t.Any]) -> Invoice:
        inv = self._apply(ws, None, body, partial=False)
        ws.invoices[inv.id] = inv
        return inv

    @staticmethod
    def check_bulk_size(items: list[t.Any]) -> None:
        """A bulk create holds at most ``MAX_BULK_INVOICES`` invoices and ``MAX_BULK_LINES`` lines in all
        (checked before any item is)."""
        if len(items) > MAX_BULK_INVOICES:
            raise ValidationFailed.field(
                "invoices", f"Ensure this field has no more than {MAX_BULK_INVOICES} elements."
            )
        lines = sum(len(i["lines"]) for i in items if isinstance(i, dict) and isinstance(i.get("lines"), list))
        if lines > MAX_BULK_LINES:
            raise ValidationFailed.field(
                "invoices", f"Ensure these invoices have no more than {MAX_BULK_LINES} lines in all ({lines} given)."
            )

    def bulk_create(self, ws: Workspace, items: list[dict[str, t.Any]]) -> list[Invoice]:
        """All or nothing: every item is checked before any is stored."""
        errors: list[dict[str, t.Any]] = []
        built: list[Invoice] = []
        for item in items:
            try:
                built.append(self._apply(ws, None, item, partial=False))
                errors.append({})
            except ValidationFailed as exc:
                errors.append(exc.fields)
        if any(errors):
            raise ValidationFailed({"invoices": errors})  # the write is undone, ids drawn included
        for inv in built:
            ws.invoices[inv.id] = inv
        return built

    def update(self, ws: Workspace, invoice_id: int, body: dict[str, t.Any], *, partial: bool) -> Invoice:
        inv = self.get(ws, invoice_id)
        self.check_change(ws, inv, lines="lines" in body)
        return self._apply(ws, inv, body, partial=partial)  # a failed validation undoes the whole write

    def bulk_search(self, ws: Workspace, numbers: list[str]) -> dict[str, list[int]]:
        """Map each requested number to the ids of invoices that carry it exactly."""
        return bulk_search(((key, ws.invoices.peek(key).invoice_number) for key in sorted(ws.invoices)), numbers)

    # ------------------------------------------------------------------ the lifecycle (lifecycle.py)

    def find(self, ws: Workspace, key: t.Any) -> Invoice:
        return self.get(ws, key)

    def key(self, doc: Invoice) -> int:
        return doc.id

    def is_voided(self, doc: Invoice) -> bool:
        return doc.voided_date is not None

    def has_active_payments(self, ws: Workspace, doc: Invoice) -> bool:
        return any(ws.payments[p].active for p in doc.payment_ids)

    def mark_voided(self, ws: Workspace, doc: Invoice, day: date) -> None:
        doc.voided_date = day
        doc.voided_journal_entry = ws.next_id("journal_entry")
        doc.last_modified_at = ws.clock.now()

    def clear_void(self, ws: Workspace, doc: Invoice) -> None:
        doc.voided_date = None
        doc.voided_journal_entry = None
        doc.last_modified_at = ws.clock.now()

    def remove(self, ws: Workspace, doc: Invoice) -> None:
        """A hard delete, with its (voided) payments."""
        for pid in doc.payment_ids:
            ws.payments.pop(pid, None)
        del ws.invoices[doc.id]


#: ``rel_id``, ``dec`` and ``as_date`` live in ``values.py``; ``journal.py`` still reads ``dec`` from here.
__all__ = ["InvoiceService", "as_date", "dec", "due_from_terms", "rel_id"]
