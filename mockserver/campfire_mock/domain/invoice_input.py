"""An invoice request read as DRF reads it: the fields the invoice rules interpret, its relations (each
looked up once), its lines and dates, and the caller's status flags.

The rules read a request body the validator accepted. Most bodies send only fields the rules interpret
(``reads_whole``): those are read straight from the validated body, in the one pass that builds the
invoice, with no cleaned copy made first (``views/cleaning.py``'s cleaner would drop nothing and read no
id the rules do not read themselves). A body that sends anything else (a read-only or unknown field, an
extra the invoice keeps, a line's ``invoice``) is cleaned first, as every other resource's is. Either way
the same relation id reads the same: ``"54"`` and ``54`` are 54, ``""`` is none; the one id a cleaner
refuses (digits beyond ``MAX_INT``) raises ``NotClean`` here, so the caller cleans the body and answers
the cleaner's 400.
"""

from __future__ import annotations

import typing as t
from datetime import date, datetime
from decimal import Decimal

from ..limits import MAX_INT
from .document import RECEIVABLE, build_lines, document_date, due_date, due_days, line_over_cap
from .documents import tag_ids
from .line_discounts import line_discount
from .models import MAX_AMOUNT, NO_MONEY, ZERO, Invoice, Line, PaymentStatus, money
from .tables import Ref
from .values import as_date, dec, rel_id
from .workspace import Workspace

#: Writable invoice fields the service interprets itself; others go to ``extra``.
HANDLED = frozenset(
    {
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
)
LINE_HANDLED = frozenset(
    {
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
)
#: What a line's ``extra`` never holds: what it interprets, and its id.
_LINE_KEPT = frozenset({*LINE_HANDLED, "id"})
#: A line's fields read straight from a validated body: what it interprets, less ``invoice`` (an id the
#: cleaner reads and bounds, which the rules ignore).
_LINE_READ = LINE_HANDLED - {"invoice"}
CALLER_FLAGS = frozenset({PaymentStatus.DRAFT, PaymentStatus.SENT, PaymentStatus.UNCOLLECTIBLE})
#: The relations of an invoice, and the kinds they name: (field, kind).
RELATIONS = (
    ("entity", "entity"),
    ("client", "vendor"),
    ("contract", "contract"),
    ("payment_term", "payment_term"),
    # Write-only in Campfire's schema: kept (in ``extra``) and the department of lines naming none.
    ("department", "department"),
)


class NotClean(Exception):
    """A body read whole held an id its cleaner refuses (beyond ``MAX_INT``): clean it, for the cleaner's 400."""


def reads_whole(body: dict[str, t.Any]) -> bool:
    """Whether the rules read every field of the validated ``body`` themselves, so its cleaned copy would
    read the same (no field to drop or keep as an extra, no line naming its ``invoice``)."""
    if not body.keys() <= HANDLED:
        return False
    lines = body.get("lines")
    if type(lines) is list:
        for item in lines:
            if type(item) is not dict or not item.keys() <= _LINE_READ:
                return False
    return True


def related(
    ws: Workspace, kind: str, field: str, value: t.Any, errors: dict[str, t.Any], *, sent: bool = True
) -> tuple[int | None, Ref | None]:
    """The id ``value`` names and its stored object (looked up once), or a message under ``field``. An id the
    request ``sent`` must name an active object (of a client, a customer); one an update keeps is not judged
    again (DRF validates the fields sent), so an invoice outlives its entity's or client's deactivation."""
    if value is None:  # most relations are left out
        return None, None
    if type(value) is int:  # as JSON and a cleaned body hold it
        ref: int = value
        if ref > MAX_INT:
            raise NotClean(field)  # (only in a body read whole: a cleaned one holds none)
    else:
        try:
            read = rel_id(value)
        except (TypeError, ValueError):
            errors[field] = ["Incorrect type. Expected pk value."]
            return None, None
        if read is None:
            return None, None
        ref = read
        if ref > MAX_INT and isinstance(value, str) and value.isdigit():
            raise NotClean(field)  # digits a cleaner reads, and refuses
    obj = ws.refs[kind].look(ref)
    if obj is None:
        errors[field] = [f'Invalid pk "{ref}" - object does not exist.']
        return None, None
    if not sent:  # kept by an update: not judged again
        return ref, obj
    if obj.get("is_deleted") or obj.get("active") is False or obj.get("status") == "INACTIVE":
        errors[field] = [f'Invalid pk "{ref}" - object is inactive.']
    elif kind == "vendor" and obj.get("vendor_type") not in (None, "customer"):
        errors[field] = [f'Invalid pk "{ref}" - the vendor is not a customer.']
    return ref, obj


def read_lines(ws: Workspace, raw: t.Any, currency: str, errors: dict[str, t.Any], now: datetime) -> list[Line]:
    """The lines of the request (``document.build_lines``: the bills' frame), stamped ``now``."""

    def build(item: dict[str, t.Any], err: dict[str, t.Any]) -> Line:
        given = item.get("product")
        product_id, product = (None, None) if given is None else related(ws, "product", "product", given, err)
        given = item.get("department")
        department = None if given is None else related(ws, "department", "department", given, err)[0]
        if item.get("tag_ids"):  # kept with the line's extras, each id checked as bills' lines check theirs
            tag_ids(ws, item["tag_ids"], err)
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
            if "product" not in err:  # a line-level rule: DRF runs it only once the line's fields passed
                err.setdefault("amount", []).append("Give amount, rate, or a product with a price.")
        amount = money(dec(amount_given)) if amount_given is not None else money(quantity * rate)
        tax_given, discount_given = item.get("tax"), item.get("discount")
        tax = money(dec(tax_given)) if tax_given else NO_MONEY
        over = abs(amount) >= MAX_AMOUNT or abs(tax) >= MAX_AMOUNT
        if over and line_over_cap(amount, tax, err, computed=amount_given is None):
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


#: A line's relations, and the kinds they name: (field, kind).
LINE_RELATIONS = (("product", "product"), ("department", "department"))


def relation_errors(ws: Workspace, body: dict[str, t.Any]) -> dict[str, t.Any]:
    """The field errors of the relations ``body`` names (the invoice's, its lines' and their tags), each as the
    rules word it (``related``), with nothing else of the rules: for a body whose other fields failed."""
    errors: dict[str, t.Any] = {}
    for field, kind in RELATIONS:
        if body.get(field) is not None:
            related(ws, kind, field, body[field], errors)
    lines = body.get("lines")
    found: list[dict[str, t.Any]] = []
    for item in lines if isinstance(lines, list) else ():
        err: dict[str, t.Any] = {}
        if isinstance(item, dict):
            for field, kind in LINE_RELATIONS:
                if item.get(field) is not None:
                    related(ws, kind, field, item[field], err)
            if item.get("tag_ids"):
                tag_ids(ws, item["tag_ids"], err)
        found.append(err)
    if any(found):
        errors["lines"] = found
    return errors


def read_relations(
    ws: Workspace, merged: dict[str, t.Any], errors: dict[str, t.Any], sent: t.Collection[str]
) -> tuple[dict[str, int | None], Ref | None, Ref | None]:
    """The relation ids of the invoice, and its entity and payment term (each looked up once); only those
    ``sent`` (a body's fields) are judged by their objects' state."""
    refs: dict[str, int | None] = {}
    found: dict[str, Ref | None] = {}
    for field, kind in RELATIONS:
        value = merged.get(field)
        if value is None:  # most relations are left out
            refs[field] = found[field] = None
        else:
            refs[field], found[field] = related(ws, kind, field, value, errors, sent=field in sent)
    if refs["entity"] is None and "entity" not in errors:
        errors["entity"] = ["This field may not be null."]
    return refs, found["entity"], found["payment_term"]


def read_dates(
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


def set_flags(inv: Invoice, body: dict[str, t.Any], now: datetime) -> None:
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


__all__ = [
    "CALLER_FLAGS",
    "HANDLED",
    "LINE_HANDLED",
    "RELATIONS",
    "NotClean",
    "read_dates",
    "read_lines",
    "read_relations",
    "reads_whole",
    "related",
    "relation_errors",
    "set_flags",
]
