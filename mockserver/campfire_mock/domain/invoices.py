"""Invoice rules: create, replace, patch, delete, void, reopen, list filters.

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
from datetime import date, datetime
from decimal import Decimal

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
from .document import (
    RECEIVABLE,
    build_lines,
    check_total,
    document_date,
    due_date,
    due_days,
    due_from_terms,
    line_over_cap,
)
from .lifecycle import Refusals, Removable, bulk_search
from .line_discounts import line_discount
from .models import MAX_AMOUNT, NO_MONEY, ZERO, Invoice, Line, PaymentStatus, money
from .tables import Ref
from .values import as_date, dec, rel_id
from .workspace import Workspace

#: Writable invoice fields the service interprets itself; others go to ``extra``.
HANDLED = {
    "lines",
    "invoice_number",
    "invoice_date",
    "due_date",
    "entity",
    "client",
    "contract",
    "currency",
    "terms",
    "payment_term",
    "discount",
    "payment_status",
    "sent_date",
    "uncollectible_date",
    "voided_date",
    "paid_date",
    "payment_term_applied_discount",
}
LINE_HANDLED = {
    "product",
    "quantity",
    "rate",
    "amount",
    "tax",
    "currency",
    "description",
    "service_date",
    "department",
    "discount",
    "discount_amount",
    "invoice",
}
#: What a line's ``extra`` never holds: what it interprets, and its id.
_LINE_KEPT = frozenset({*LINE_HANDLED, "id"})
CALLER_FLAGS = {PaymentStatus.DRAFT, PaymentStatus.SENT, PaymentStatus.UNCOLLECTIBLE}


class InvoiceService(Removable[Invoice]):
    """Invoice operations on one workspace at a time (callers hold the store lock)."""

    refusals = Refusals(InvoiceAlreadyVoided, InvoiceNotVoided, InvoiceIsVoided, InvoiceHasPayments)

    # ------------------------------------------------------------------ lookups

    def get(self, ws: Workspace, invoice_id: int) -> Invoice:
        invoice = ws.invoices.get(invoice_id)
        if invoice is None:
            raise InvoiceNotFound(invoice_id)
        return invoice

    @staticmethod
    def _related(
        ws: Workspace, kind: str, field: str, value: t.Any, errors: dict[str, t.Any]
    ) -> tuple[int | None, Ref | None]:
        """The id ``value`` names and its stored object (looked up once), or a message under ``field``."""
        if value is None:  # most relations are left out
            return None, None
        if type(value) is int:  # as a cleaned body holds it (``@cleans_body``): ``rel_id`` gives it as it is
            ref: int = value
        else:
            try:
                read = rel_id(value)
            except (TypeError, ValueError):
                errors[field] = ["Incorrect type. Expected pk value."]
                return None, None
            if read is None:
                return None, None
            ref = read
        obj = ws.refs[kind].look(ref)
        if obj is None:
            errors[field] = [f'Invalid pk "{ref}" - object does not exist.']
            return None, None
        if obj.get("is_deleted") or obj.get("active") is False or obj.get("status") == "INACTIVE":
            errors[field] = [f'Invalid pk "{ref}" - object is inactive.']
        elif kind == "vendor" and obj.get("vendor_type") not in (None, "customer"):
            errors[field] = [f'Invalid pk "{ref}" - the vendor is not a customer.']
        return ref, obj

    # ------------------------------------------------------------------ building

    def _lines(self, ws: Workspace, raw: t.Any, currency: str, errors: dict[str, t.Any], now: datetime) -> list[Line]:
        """The lines of the request (``document.build_lines``: the bills' frame), stamped ``now``."""
        related = self._related

        def build(item: dict[str, t.Any], err: dict[str, t.Any]) -> Line:
            given = item.get("product")
            product_id, product = (None, None) if given is None else related(ws, "product", "product", given, err)
            given = item.get("department")
            department = None if given is None else related(ws, "department", "department", given, err)[0]
            given = item.get("quantity")
            quantity = dec(given) if given is not None else Decimal(1)
            amount_given, rate_given = item.get("amount"), item.get("rate")
            if rate_given is not None:
                rate = dec(rate_given)
            elif product is not None and product.get("price") is not None:
                rate = dec(product["price"])
            elif amount_given is not None:
                rate = dec(amount_given) / quantity if quantity else dec(amount_given)
            else:
                rate = ZERO
                err.setdefault("amount", []).append("Give amount, rate, or a product with a price.")
            amount = money(dec(amount_given)) if amount_given is not None else money(quantity * rate)
            tax_given, discount_given = item.get("tax"), item.get("discount")
            tax = money(dec(tax_given)) if tax_given else NO_MONEY
            if (abs(amount) >= MAX_AMOUNT or abs(tax) >= MAX_AMOUNT) and line_over_cap(amount, tax, err):
                amount = tax = ZERO
            off = line_discount(amount, item, err)
            return Line(
                id=ws.next_id("line"),
                product=product_id,
                quantity=quantity,
                rate=rate,
                amount=amount,
                tax=tax,
                currency=item.get("currency") or currency,
                created_at=now,
                last_modified_at=now,
                description=item.get("description"),
                service_date=None if (day := item.get("service_date")) is None else as_date(day),
                department=department,
                discount=money(dec(discount_given)) if discount_given else NO_MONEY,
                discount_amount=off,
                # what it does not interpret (told in C first: most lines send nothing else)
                extra={} if item.keys() <= LINE_HANDLED else {k: v for k, v in item.items() if k not in _LINE_KEPT},
            )

        return build_lines(raw, errors, build)

    def _apply(self, ws: Workspace, inv: Invoice | None, body: dict[str, t.Any], *, partial: bool) -> Invoice:
        """Validate ``body`` against the workspace and return the resulting invoice."""
        errors: dict[str, t.Any] = {}
        merged = {**self._current(inv), **body} if inv is not None else body  # PUT too: unsent fields kept (DRF)
        refs, entity, term = self._relations(ws, merged, errors)
        currency = merged.get("currency") or str((entity or {}).get("currency") or "USD")
        stored = None if inv is None else {**inv.extra, "currency": inv.currency, "entity": inv.entity}
        kept_rate = None if stored is None else kept_book_rate(stored, currency, refs["entity"], partial=partial)
        if merged.get("currency"):  # else it is the entity's (its books'): no rate is needed
            check_book_rate(ws, refs["entity"], currency, body.get("exchange_rate_book", kept_rate), errors)
        terms = merged.get("terms", "net_30") or None
        term_days = None if term is None or term.get("days") is None else int(term["days"])
        invoice_date, due_date = self._dates(inv, body, merged, terms, term_days, partial, errors)
        now = ws.clock.now()  # one moment for the whole write
        if "lines" in body or inv is None or not partial:
            lines = self._lines(ws, body.get("lines"), currency, errors, now)
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
            self._flags(inv, body, now)
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

    def _relations(
        self, ws: Workspace, merged: dict[str, t.Any], errors: dict[str, t.Any]
    ) -> tuple[dict[str, int | None], Ref | None, Ref | None]:
        """The relation ids of the invoice, and its entity and payment term (each looked up once)."""
        refs: dict[str, int | None] = {}
        found: dict[str, Ref | None] = {}
        for field, kind in (
            ("entity", "entity"),
            ("client", "vendor"),
            ("contract", "contract"),
            ("payment_term", "payment_term"),
            # Write-only in Campfire's schema: kept (in ``extra``) and the department of lines naming none.
            ("department", "department"),
        ):
            value = merged.get(field)
            if value is None:  # most relations are left out
                refs[field] = found[field] = None
            else:
                refs[field], found[field] = self._related(ws, kind, field, value, errors)
        if refs["entity"] is None and "entity" not in errors:
            errors["entity"] = ["This field may not be null."]
        return refs, found["entity"], found["payment_term"]

    @staticmethod
    def _dates(
        inv: Invoice | None,
        body: dict[str, t.Any],
        merged: dict[str, t.Any],
        terms: str | None,
        payment_term_days: int | None,
        partial: bool,
        errors: dict[str, t.Any],
    ) -> tuple[date | None, date | None]:
        """Invoice and due date (``document.due_days``, the bills' rule: the terms' days, else the
        payment term's)."""
        invoice_date = document_date(RECEIVABLE, merged.get("invoice_date"), errors)
        given = as_date(body.get("due_date"))
        due = due_date(
            RECEIVABLE,
            invoice_date,
            given=given,
            kept=given if merged is body else as_date(merged.get("due_date")),  # a create's is read once
            days=due_days(body, terms, payment_term_days),
            follow=inv is None or not partial or bool({"terms", "payment_term", "invoice_date"} & body.keys()),
            errors=errors,
        )
        return invoice_date, due

    @staticmethod
    def _flags(inv: Invoice, body: dict[str, t.Any], now: datetime) -> None:
        """The caller's ``draft``/``sent``/``uncollectible`` (or ``open`` to clear them), dated ``now``."""
        flag = body.get("payment_status")
        if flag in CALLER_FLAGS:
            inv.status_flag = flag
            if flag == PaymentStatus.SENT and inv.sent_date is None:
                inv.sent_date = now.date()
            if flag == PaymentStatus.UNCOLLECTIBLE:
                inv.uncollectible_date = as_date(body.get("uncollectible_date")) or now.date()
        elif flag == PaymentStatus.OPEN:
            inv.status_flag = None
        if body.get("uncollectible_date"):
            inv.uncollectible_date = as_date(body["uncollectible_date"])
            inv.status_flag = PaymentStatus.UNCOLLECTIBLE

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
