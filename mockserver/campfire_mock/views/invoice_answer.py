"""An invoice's answer and its lines', built straight into their schemas' shapes.

Each builder gives what an answer writes, JSON-ready, for ``AnswerPlan.finish`` to put over its schema's
template: the invoice's own figures, the names behind its ids, and its stored extras (the writable fields
it was given and the mock keeps as they are). What it shows of the invoice always wins over an extra of the
same name, and a figure that is ``None`` leaves the schema's empty value, as ``Shapes.render`` does; there is
no intermediate mapping of every value, and no value is looked at twice.
"""

from __future__ import annotations

import typing as t
from datetime import date, datetime
from decimal import Decimal

from ..domain.book_amounts import book_figures
from ..domain.document import status_word
from ..domain.documents import withholding_info
from ..domain.models import Invoice, Line
from ..domain.posting import rates_of, receivable_account, root_currency
from ..domain.revenue import invoice_revenue
from ..domain.values import rel_id
from ..domain.workspace import Workspace
from ..openapi.answer_plan import AnswerPlan, Base
from ..wire import PLAIN, format_timestamp, jsonable, number
from .render_cache import InvoiceBodies, names_hold

#: What an invoice's answer shows of the invoice itself: a stored extra of one of these names is never shown.
INVOICE_FIXED = frozenset(
    {
        *("id", "customer", "invoice_number", "invoice_date", "due_date", "terms", "payment_term"),
        *("payment_term_name", "client", "client_name", "client_email", "client_invoice_message"),
        *("client_use_stripe_auto_bill", "anrok_customer_id", "entity", "entity_name", "entity_currency"),
        *("entity_invoice_message", "contract", "contract_name", "ar_account", "auto_send_invoice", "currency"),
        *("discount", "payment_term_applied_discount", "total_amount", "amount_paid", "amount_due", "status"),
        *("payment_status", "past_due_days", "paid_date", "sent_date", "uncollectible_date", "voided_date"),
        *("voided_journal_entry", "voided_journal_entry_order", "revenue_transactions", "journal_entry"),
        *("search_text", "created_at", "last_modified_at", "is_deleted", "withholding_info", "lines"),
        *("total_amount_book", "amount_paid_book", "amount_due_book", "total_amount_consolidation"),
        *("amount_paid_consolidation", "amount_due_consolidation"),
    }
)
#: Shown of an invoice in its full schema only (the list's item lacks them).
INVOICE_ONLY = frozenset({"payments", "payment_journal_entries"})
#: Shown from an invoice's stored extras, or else filled in by its answer.
INVOICE_DEFAULTED = frozenset({"exchange_rate", "exchange_rate_book", "reminder_sent_dates"})
#: What a line's answer shows of the line itself.
LINE_FIXED = frozenset(
    {
        *("id", "product", "product_name", "stripe_product_id", "product_is_taxable", "anrok_item_id"),
        *("sphere_item_id", "department", "department_name", "department_code", "service_date", "description"),
        *("quantity", "rate", "currency", "amount", "tax", "discount", "created_at", "last_modified_at"),
        "customer",
    }
)


#: (answer property, entity field) of the names an invoice shows of its entity.
_ENTITY_NAMES = (
    ("entity_name", "name"),
    ("entity_currency", "currency"),
    ("entity_invoice_message", "invoice_message"),
)
#: (answer property, client field) shown only when the client has one (else null, as Campfire's Retrieve
#: Invoice example shows).
_CLIENT_NAMES = (
    ("client_email", "email"),
    ("client_invoice_message", "invoice_message"),
    ("anrok_customer_id", "anrok_customer_id"),
)


def _day(value: date | None) -> str | None:
    return value.isoformat() if type(value) is date else jsonable(value)


#: ``wire.number`` of the amounts answered lately (it depends on the value only: 500 for ``500.00`` as for
#: ``500``), so the amounts that recur are converted once; emptied when full.
_NUMBERS: dict[Decimal, int | float | None] = {}
_NUMBERS_HELD = 4096


def _money(value: Decimal | None) -> t.Any:
    """An amount as a JSON number (``wire.number``), or ``wire.jsonable`` of a value of another type."""
    if type(value) is not Decimal:
        return jsonable(value)
    try:
        return _NUMBERS[value]
    except KeyError:
        if len(_NUMBERS) >= _NUMBERS_HELD:
            _NUMBERS.clear()
        found = _NUMBERS[value] = number(value)
        return found
    except TypeError:  # a signalling NaN has no hash
        return number(value)


def _moment(value: datetime) -> t.Any:
    return format_timestamp(value) if type(value) is datetime else jsonable(value)


def _extras(extra: dict[str, t.Any], shown: frozenset[str]) -> dict[str, t.Any]:
    """The stored extras an answer shows (``shown``: the schema's properties no figure of its own fills)."""
    return {k: v if type(v) in PLAIN else jsonable(v) for k, v in extra.items() if v is not None and k in shown}


#: Combinations of named objects whose names a workspace keeps for its answers (``InvoiceAnswers.names``).
NAMES_HELD = 512


class Names(t.NamedTuple):
    """What an invoice's answer shows of the objects it names (client, entity, contract, payment term) and of
    its workspace (customer, receivables account): the same for every invoice naming the same ones."""

    #: The answer's properties it fills (JSON-ready), and the schema's template with them in place (checked
    #: once), or ``None`` if they cannot be shared (each answer then writes them).
    shown: dict[str, t.Any]
    base: Base | None
    client_name: t.Any
    #: The entity's currency (its books', as its postings read it: ``posting._rates``), and the root entity's.
    entity_currency: t.Any
    root_currency: str
    #: Whether the entity operates under a withholding scheme (``documents.withholding_info``).
    withholding: bool


class InvoiceAnswers:
    """The builders of an invoice's answers (``AccountingInvoice``, ``AccountingInvoiceList``) and of its lines'."""

    def __init__(self, invoice: AnswerPlan, item: AnswerPlan, line: AnswerPlan) -> None:
        shown = INVOICE_FIXED | INVOICE_DEFAULTED
        for plan, fixed in ((invoice, shown | INVOICE_ONLY), (item, shown - {"withholding_info"})):
            missing = fixed - plan.props
            if missing:
                raise ValueError(f"the invoice's answer shows {sorted(missing)}, which its schema lacks")
        if LINE_FIXED - line.props:
            raise ValueError(f"a line's answer shows {sorted(LINE_FIXED - line.props)}, which its schema lacks")
        self.invoice_plan, self.item_plan, self.line_plan = invoice, item, line
        self._invoice_extras = invoice.props - INVOICE_FIXED - INVOICE_ONLY
        self._item_extras = item.props - INVOICE_FIXED
        self._line_extras = line.props - LINE_FIXED

    def line(self, ws: Workspace, line: Line) -> dict[str, t.Any]:
        """A line in ``AccountingInvoiceLine``'s shape, with the names of its product and department."""
        w = _extras(line.extra, self._line_extras) if line.extra else {}
        refs = ws.refs
        if line.product is not None:
            w["product"] = line.product
            product = refs["product"].look(line.product)
            if product:
                for key in ("stripe_product_id", "anrok_item_id", "sphere_item_id"):
                    if product.get(key) is not None:
                        w[key] = jsonable(product[key])
                if product.get("product_name") is not None:
                    w["product_name"] = jsonable(product["product_name"])
                w["product_is_taxable"] = bool(product.get("is_taxable"))
            else:
                w["product_is_taxable"] = False
        else:
            w["product_is_taxable"] = False
        if line.department is not None:
            w["department"] = line.department
            department = refs["department"].look(line.department)
            if department:
                if department.get("name") is not None:
                    w["department_name"] = jsonable(department["name"])
                if department.get("code") is not None:
                    w["department_code"] = jsonable(department["code"])
        w["id"] = line.id
        if line.service_date is not None:
            w["service_date"] = _day(line.service_date)
        if line.description is not None:
            w["description"] = line.description
        w["quantity"] = _money(line.quantity)
        w["rate"] = _money(line.rate)
        w["currency"] = line.currency
        w["amount"] = _money(line.amount)
        w["tax"] = _money(line.tax)
        w["discount"] = _money(line.discount)
        created = w["created_at"] = _moment(line.created_at)
        w["last_modified_at"] = _moment(line.last_modified_at)
        if ws.customer is not None:
            w["customer"] = ws.customer
        return self.line_plan.finish(w, created)

    def names(self, ws: Workspace, inv: Invoice, *, full: bool) -> Names:
        """What the invoice's answer shows of the objects it names and of its workspace: kept by the ids it
        names (``render_cache.InvoiceBodies.names``) until a write touches a reference object."""
        cache = InvoiceBodies.of(ws)
        key = (self.invoice_plan if full else self.item_plan, inv.client, inv.entity, inv.contract, inv.payment_term)
        found: Names | None = cache.names.get(key)
        hold = names_hold(ws, ws.journal)
        if found is None or not hold:
            found = self._names(ws, inv, full=full)
            if hold:
                if len(cache.names) >= NAMES_HELD:  # each holds a copy of the template: bounded, as memory is
                    cache.names.clear()
                cache.names[key] = found
        return found

    def _names(self, ws: Workspace, inv: Invoice, *, full: bool) -> Names:
        refs = ws.refs
        shown: dict[str, t.Any] = {}
        if ws.customer is not None:
            shown["customer"] = ws.customer
        if inv.payment_term is not None:
            shown["payment_term"] = inv.payment_term
            term = refs["payment_term"].look(inv.payment_term)
            if term and term.get("name") is not None:
                shown["payment_term_name"] = jsonable(term["name"])
        client = refs["vendor"].look(inv.client) if inv.client is not None else None
        client_name = client["name"] if client else ""
        if inv.client is not None:
            shown["client"] = inv.client
        if client_name is not None:
            shown["client_name"] = jsonable(client_name)
        if client:
            for prop, key in _CLIENT_NAMES:
                if client.get(key):
                    shown[prop] = jsonable(client[key])
            shown["client_use_stripe_auto_bill"] = bool(client.get("use_stripe_auto_bill"))
        else:
            shown["client_use_stripe_auto_bill"] = False
        entity = refs["entity"].look(inv.entity) or {}
        if inv.entity is not None:
            shown["entity"] = inv.entity
        for prop, key in _ENTITY_NAMES:
            if entity.get(key) is not None:
                shown[prop] = jsonable(entity[key])
        if inv.contract is not None:
            shown["contract"] = inv.contract
            contract = refs["contract"].look(inv.contract)
            if contract and contract.get("deal_name") is not None:
                shown["contract_name"] = jsonable(contract["deal_name"])
        receivables = receivable_account(ws)  # the account it posts to, unless it names one
        if receivables is not None:
            shown["ar_account"] = jsonable(receivables)
        plan = self.invoice_plan if full else self.item_plan
        return Names(
            shown,
            plan.based(shown),
            client_name,
            entity.get("currency"),
            root_currency(ws),
            bool(entity) and entity.get("withholding_scheme") not in (None, ""),
        )

    def written(self, ws: Workspace, inv: Invoice, *, full: bool) -> tuple[dict[str, t.Any], Base | None]:
        """What an invoice's answer writes over its base (``full``: ``AccountingInvoice``, else the list's
        item), and the base (``None``: the template); its lines and payments are the caller's to add."""
        extra = inv.extra
        w = _extras(extra, self._invoice_extras if full else self._item_extras) if extra else {}
        names = self.names(ws, inv, full=full)
        if names.base is None:  # what it names is not shared by answers: written, and checked, by each
            w.update(names.shown)
        client_name = names.client_name
        status = inv.payment_status
        w["id"] = inv.id
        w["invoice_number"] = inv.invoice_number
        if inv.invoice_date is not None:
            w["invoice_date"] = _day(inv.invoice_date)
        if inv.due_date is not None:
            w["due_date"] = _day(inv.due_date)
        if inv.terms is not None:
            w["terms"] = inv.terms
        # the account it names (as Campfire answered it, when recorded), else the one it posts to (``names``)
        ar_account = rel_id(extra.get("ar_account"))
        if ar_account:
            w["ar_account"] = ar_account
        auto_send = extra.get("auto_send_invoice", False)  # unsent: False, as Django defaults it
        if auto_send is not None:
            w["auto_send_invoice"] = jsonable(auto_send)
        w["currency"] = inv.currency
        w["discount"] = _money(inv.discount)
        if inv.payment_term_applied_discount is not None:
            w["payment_term_applied_discount"] = _money(inv.payment_term_applied_discount)
        w["total_amount"] = _money(inv.total_amount)
        w["amount_paid"] = _money(inv.amount_paid)
        due = inv.amount_due
        w["amount_due"] = _money(due)
        w["payment_status"] = status.value
        past_due = inv.past_due_days(ws.clock.today(), status)
        if past_due is not None:
            w["past_due_days"] = past_due
        w["status"] = status_word(status, past_due)  # the bills' rule (document.status_word)
        for key, day in (
            ("paid_date", inv.paid_date),
            ("sent_date", inv.sent_date),
            ("uncollectible_date", inv.uncollectible_date),
            ("voided_date", inv.voided_date),
        ):
            if day is not None:
                w[key] = _day(day)
        if inv.voided_journal_entry is not None:
            w["voided_journal_entry"] = w["voided_journal_entry_order"] = inv.voided_journal_entry
        w["revenue_transactions"] = invoice_revenue(ws, inv.id)
        if inv.journal_entry is not None:
            w["journal_entry"] = inv.journal_entry
        w["search_text"] = f"{inv.invoice_number.replace('-', '_')} {client_name}".strip()
        w["created_at"] = _moment(inv.created_at)
        w["last_modified_at"] = _moment(inv.last_modified_at)
        w["is_deleted"] = False
        if full and names.withholding:
            info = withholding_info(
                ws, inv.entity, (p.withheld_amount for p in map(ws.payments.peek, inv.payment_ids) if p.active)
            )
            if info is not None:
                w["withholding_info"] = jsonable(info)
        rates = rates_of(names.entity_currency, names.root_currency, inv.currency, extra) if inv.currency else None
        figures = {"total_amount": inv.total_amount, "amount_paid": inv.amount_paid, "amount_due": due}
        for key, text in book_figures(rates, figures).items():
            if text is not None:
                w[key] = text
        # Campfire computes the rates when they are left out; the mock has no rates, so it fills in 1
        # where no conversion happens, as the docs' examples show: to the book currency when the invoice
        # is in its entity's currency, to the consolidation currency when it is in the root entity's.
        if inv.currency == names.entity_currency and "exchange_rate_book" not in w:
            w["exchange_rate_book"] = 1
        if inv.currency == names.root_currency and "exchange_rate" not in w:
            w["exchange_rate"] = 1
        if "reminder_sent_dates" not in w:
            w["reminder_sent_dates"] = {}
        return w, names.base


__all__ = ["INVOICE_FIXED", "LINE_FIXED", "InvoiceAnswers"]
