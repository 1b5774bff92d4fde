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
from ..domain.document import UNPAID, status_word
from ..domain.documents import withholding_info
from ..domain.models import Invoice, Line
from ..domain.posting import ONE, rates_of, receivable_account, root_currency
from ..domain.revenue import invoice_revenue
from ..domain.values import rel_id
from ..domain.workspace import Workspace
from ..openapi.answer_plan import AnswerPlan, Base, Built
from ..openapi.shapes import Shapes
from ..wire import format_timestamp, jsonable
from .answer_values import NUMBERS as _NUMBERS
from .answer_values import day as _day
from .answer_values import extras as _extras
from .answer_values import moment as _moment
from .answer_values import money as _money
from .answer_values import native_text as _native_text
from .file_answers import attached
from .line_answer import ID, ID_OR_NULL, LINE_BUILT, LINE_FIXED, STAMP, _line_builder
from .render_cache import InvoiceBodies, names_hold

#: What an invoice's answer shows of the invoice itself: a stored extra of one of these names is never shown.
INVOICE_FIXED = frozenset(
    {
        *("id", "customer", "invoice_number", "invoice_date", "due_date", "terms", "payment_term"),
        *("payment_term_name", "client", "client_name", "client_email", "client_invoice_message"),
        *("client_use_stripe_auto_bill", "anrok_customer_id", "entity", "entity_name", "entity_currency"),
        *("entity_invoice_message", "contract", "contract_name", "ar_account", "auto_send_invoice", "currency"),
        *("use_stripe_auto_bill",),
        *("discount", "payment_term_applied_discount", "total_amount", "amount_paid", "amount_due", "status"),
        *("payment_status", "past_due_days", "paid_date", "sent_date", "uncollectible_date", "voided_date"),
        *("voided_journal_entry", "voided_journal_entry_order", "revenue_transactions", "journal_entry"),
        *("search_text", "created_at", "last_modified_at", "is_deleted", "withholding_info", "lines"),
        *("total_amount_book", "amount_paid_book", "amount_due_book", "total_amount_consolidation"),
        *("amount_paid_consolidation", "amount_due_consolidation"),
    }
)
#: Shown of an invoice in its full schema only (the list's item lacks them).
INVOICE_ONLY = frozenset({"payments", "payment_journal_entries", "attachments"})
#: Shown from an invoice's stored extras, or else filled in by its answer.
INVOICE_DEFAULTED = frozenset({"exchange_rate", "exchange_rate_book", "reminder_sent_dates"})

#: The form of the ``*_book`` and ``*_consolidation`` figures in the spec (``spec/vendoring/observed.py``), which
#: ``book_amounts._text`` writes of a finite amount (two places, no exponent).
MONEY_TEXT_PATTERN = r"^-?\d+\.\d{2}$"
#: What ``InvoiceAnswers.written`` writes of an invoice's own typed fields, and in what form (checked by
#: construction where the schema takes every such value: ``AnswerPlan.trust``): its id and entries (drawn by the
#: workspace), its status word (``document.status_word``), its days past due, its timestamps
#: (``format_timestamp``), its figures in book and consolidation currency (``book_amounts._text``). Its amounts,
#: dates, number, currency, terms, names and extras come from outside and are checked on every answer.
INVOICE_BUILT = {
    "id": ID,
    "status": Built(frozenset({"string"})),
    "past_due_days": ID_OR_NULL,
    "voided_journal_entry": ID_OR_NULL,
    "voided_journal_entry_order": ID_OR_NULL,
    "journal_entry": ID_OR_NULL,
    "created_at": STAMP,
    "last_modified_at": STAMP,
    "is_deleted": Built(frozenset({"boolean"})),
    **{
        f"{figure}_{currency}": Built(frozenset({"string"}), frozenset({MONEY_TEXT_PATTERN}))
        for figure in ("total_amount", "amount_paid", "amount_due")
        for currency in ("book", "consolidation")
    },
}

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


_ZERO = Decimal(0)
#: The statuses of an unpaid invoice (``document.UNPAID``), as their values.
_UNPAID = frozenset(status.value for status in UNPAID)


def _status(inv: Invoice, paid: t.Any, due: t.Any) -> str:
    """``inv.payment_status.value`` (``document.Document.payment_status`` with ``Invoice.caller_status``), of
    its ``amount_paid`` and ``amount_due`` as read already: the value, without the enum's lookups."""
    if inv.voided_date is not None:
        return "voided"
    if paid > _ZERO:
        return "paid" if due <= _ZERO else "partial"
    flag = inv.status_flag
    if flag == "uncollectible" or flag == "draft":
        return "uncollectible" if flag == "uncollectible" else "draft"
    return "sent" if inv.sent_date is not None or flag == "sent" else "open"


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

    def __init__(self, invoice: AnswerPlan, item: AnswerPlan, line: AnswerPlan, shapes: Shapes) -> None:
        shown = INVOICE_FIXED | INVOICE_DEFAULTED
        for plan, fixed in ((invoice, shown | INVOICE_ONLY), (item, shown - {"withholding_info"})):
            missing = fixed - plan.props
            if missing:
                raise ValueError(f"the invoice's answer shows {sorted(missing)}, which its schema lacks")
        if LINE_FIXED - line.props:
            raise ValueError(f"a line's answer shows {sorted(LINE_FIXED - line.props)}, which its schema lacks")
        self.invoice_plan, self.item_plan, self.line_plan = invoice, item, line
        #: The shapes its ``attachments`` are rendered in (each a ``File``, as the file answers itself).
        self.shapes = shapes
        self._invoice_extras = invoice.props - INVOICE_FIXED - INVOICE_ONLY
        self._item_extras = item.props - INVOICE_FIXED
        self._line_extras = line.props - LINE_FIXED
        if line.split:
            line.trust(LINE_BUILT)
        #: A line's answer: ``build_line(line, ws.refs, ws.customer)`` (``line``); ``build_line(line, ws.refs,
        #: ws.customer, checks)`` also appends to ``checks`` what of it is checked (``line_checks``).
        self.build_line = _line_builder(line, self._line_extras)
        if not INVOICE_BUILT.keys() <= INVOICE_FIXED:
            raise ValueError("an invoice's answer vouches only for what it shows of the invoice itself")
        #: Checked by construction (``AnswerPlan.trust``): whether the plans vouch for all ``INVOICE_BUILT``
        #: (else it is checked with the rest), and what of each line is checked (``build_line``'s ``checks``;
        #: ``None``: the whole line, as where the builder is not ``_line_builder``'s or the schema is checked whole).
        self.line_checks: tuple[str, ...] | None = getattr(self.build_line, "checks", None)
        whole_lines = ("lines",) if self.line_checks is not None else ()  # each line holds every property
        self._vouched = {plan: plan.trust(INVOICE_BUILT, whole_lines) == set(INVOICE_BUILT) for plan in (invoice, item)}

    def line(self, ws: Workspace, line: Line) -> dict[str, t.Any]:
        """A line in ``AccountingInvoiceLine``'s shape, with the names of its product and department."""
        return self.build_line(line, ws.refs, ws.customer)

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

    def written(
        self, ws: Workspace, inv: Invoice, *, full: bool
    ) -> tuple[dict[str, t.Any], dict[str, t.Any] | None, Base | None]:
        """What an invoice's answer writes over its base (``full``: ``AccountingInvoice``, else the list's
        item) in two parts: what is checked, and what it vouches for (``INVOICE_BUILT``; ``None`` where the plan
        does not trust it all, and it is in the first part); and the base (``None``: the template). Its lines
        and payments are the caller's to add.

        Written inline (amounts by ``_NUMBERS``, dates and moments by their own methods): the figures every
        answer shows in dict literals, then those it shows only when they have a value."""
        extra = inv.extra
        shown = (_extras(extra, self._invoice_extras if full else self._item_extras) or None) if extra else None
        names = self.names(ws, inv, full=full)
        total, paid, due = inv.total_amount, inv.amount_paid, inv.amount_due
        value = _status(inv, paid, due)
        created, modified = inv.created_at, inv.last_modified_at
        stamp = format_timestamp(created) if type(created) is datetime else jsonable(created)
        number = inv.invoice_number
        w = {
            "invoice_number": number,
            "currency": inv.currency,
            "discount": (_NUMBERS[x] if x else 0) if type(x := inv.discount) is Decimal else _money(x),
            "total_amount": (_NUMBERS[total] if total else 0) if type(total) is Decimal else _money(total),
            "amount_paid": (_NUMBERS[paid] if paid else 0) if type(paid) is Decimal else _money(paid),
            "amount_due": (_NUMBERS[due] if due else 0) if type(due) is Decimal else _money(due),
            "payment_status": value,
            "revenue_transactions": invoice_revenue(ws, inv.id),
            "search_text": f"{number.replace('-', '_')} {names.client_name}".strip(),
        }
        b = {
            "id": inv.id,
            "created_at": stamp,
            "last_modified_at": stamp if modified is created else _moment(modified),
            "is_deleted": False,
        }
        day = inv.invoice_date
        if day is not None:
            w["invoice_date"] = day.isoformat() if type(day) is date else jsonable(day)
        due_day = inv.due_date
        if due_day is not None:
            w["due_date"] = due_day.isoformat() if type(due_day) is date else jsonable(due_day)
        if inv.terms is not None:
            w["terms"] = inv.terms
        # the account it names (as Campfire answered it, when recorded), else the one it posts to (``names``)
        ar_account = rel_id(extra.get("ar_account")) if extra else None
        if ar_account:
            w["ar_account"] = ar_account
        for flag in ("auto_send_invoice", "use_stripe_auto_bill"):  # unsent: False, as Django's default has it
            sent = extra.get(flag, False) if extra else False
            if sent is not None:
                w[flag] = sent if type(sent) is bool else jsonable(sent)
        if inv.payment_term_applied_discount is not None:
            w["payment_term_applied_discount"] = _money(inv.payment_term_applied_discount)
        past_due = None
        if value in _UNPAID and due_day is not None:  # ``Document.past_due_days``
            today = ws.clock.today()
            if due_day < today:
                b["past_due_days"] = past_due = (today - due_day).days
        b["status"] = status_word(value, past_due)  # the bills' rule (document.status_word)
        if inv.paid_date is not None:
            w["paid_date"] = _day(inv.paid_date)
        if inv.sent_date is not None:
            w["sent_date"] = _day(inv.sent_date)
        if inv.uncollectible_date is not None:
            w["uncollectible_date"] = _day(inv.uncollectible_date)
        if inv.voided_date is not None:
            w["voided_date"] = _day(inv.voided_date)
        if inv.voided_journal_entry is not None:
            b["voided_journal_entry"] = b["voided_journal_entry_order"] = inv.voided_journal_entry
        if inv.journal_entry is not None:
            b["journal_entry"] = inv.journal_entry
        if full and names.withholding:
            info = withholding_info(
                ws, inv.entity, (p.withheld_amount for p in map(ws.payments.peek, inv.payment_ids) if p.active)
            )
            if info is not None:
                w["withholding_info"] = jsonable(info)
        rates = rates_of(names.entity_currency, names.root_currency, inv.currency, extra) if inv.currency else None
        if rates is not None and rates[0] is ONE and rates[1] is ONE:  # in the books' currency: each figure as is
            b["total_amount_book"] = b["total_amount_consolidation"] = _native_text(total)
            b["amount_paid_book"] = b["amount_paid_consolidation"] = _native_text(paid)
            b["amount_due_book"] = b["amount_due_consolidation"] = _native_text(due)
        else:
            figures = {"total_amount": total, "amount_paid": paid, "amount_due": due}
            for key, text in book_figures(rates, figures).items():
                if text is not None:
                    b[key] = text
        # Campfire computes the rates when they are left out; the mock has no rates, so it fills in 1
        # where no conversion happens, as the docs' examples show: to the book currency when the invoice
        # is in its entity's currency, to the consolidation currency when it is in the root entity's.
        if inv.currency == names.entity_currency and (shown is None or "exchange_rate_book" not in shown):
            w["exchange_rate_book"] = 1
        if inv.currency == names.root_currency and (shown is None or "exchange_rate" not in shown):
            w["exchange_rate"] = 1
        if shown is None or "reminder_sent_dates" not in shown:
            w["reminder_sent_dates"] = {}
        if full:  # the files uploaded for it, each checked as a ``File`` (the list's item has no attachments)
            files = attached(ws, self.shapes, "invoice", inv.id)
            if files:
                w["attachments"] = files
        if names.base is None:  # what it names is not shared by answers: written, and checked, by each
            w = {**names.shown, **w}
        if shown is not None:  # a stored extra never hides what the invoice shows of itself (nor of ``b``)
            shown.update(w)
            w = shown
        if not self._vouched[self.invoice_plan if full else self.item_plan]:
            w.update(b)
            return w, None, names.base
        return w, b, names.base


__all__ = ["INVOICE_FIXED", "LINE_FIXED", "InvoiceAnswers"]
