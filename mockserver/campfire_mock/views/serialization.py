"""Domain objects rendered in their spec shapes (see ``schemas.Shapes``); knows the names
behind every id."""

from __future__ import annotations

import functools
import typing as t
from datetime import date
from decimal import Decimal

import orjson

from ..domain.credit_memos import credit_memo_usage, memo_payment_ids, refund_of
from ..domain.entries import entry_order
from ..domain.models import Invoice, Line, Payment
from ..domain.posting import receivable_account
from ..domain.references import ReferenceService
from ..domain.workspace import Workspace
from ..errors import ServerError
from ..openapi.answer_plan import AnswerPlan, Base
from ..openapi.documents import dereferencer
from ..openapi.shapes import Shapes
from ..wire import dumps, jsonable
from .invoice_answer import InvoiceAnswers
from .payables_render import tag_objects
from .render_cache import InvoiceBodies

if t.TYPE_CHECKING:
    from ..reports import ReportResult

#: Response schema of each kind of reference object the API serves.
REFERENCE_SCHEMAS = {
    "vendor": "Vendor",
    "entity": "ChartEntity",
    "product": "Product",
    "contract": "Contract",
    "credit_memo": "AccountingCreditMemo",
}


#: Schemas whose rendered invoices ``Serializer.invoice_json`` caches.
CACHED_SCHEMAS = ("AccountingInvoice", "AccountingInvoiceList")

#: Payment attributes shown under their own names.
PAYMENT_FIELDS = (
    "id",
    "invoice_id",
    "amount",
    "currency",
    "payment_date",
    "source",
    "external_id",
    "withheld_amount",
    "voided_date",
    "voided_journal_entry",
    "created_at",
    "last_modified_at",
)


class Serializer:
    """Renders a workspace's objects; knows the names behind every id."""

    def __init__(self, shapes: Shapes, *, check: bool = True) -> None:
        self.shapes = shapes
        #: Invoice answers are built in their schemas' shapes and checked against them (unless
        #: ``--no-validate-responses``), by construction where their builders vouch for a value
        #: (``InvoiceAnswers.outside``); a line is checked as part of its invoice.
        resolved = dereferencer(shapes.spec) if check else None
        self._plans = {
            name: AnswerPlan(shapes.shape(name), resolved.schema(name) if resolved is not None else None)
            for name in CACHED_SCHEMAS
        }
        line_schema = resolved.schema("AccountingInvoiceLine") if resolved is not None else None
        line = AnswerPlan(shapes.shape("AccountingInvoiceLine"), line_schema)
        plans = self._plans
        self.answers = InvoiceAnswers(plans["AccountingInvoice"], plans["AccountingInvoiceList"], line, shapes)

    def invoice_json(
        self, ws: Workspace, inv: Invoice, schema: str = "AccountingInvoice", today: date | None = None
    ) -> orjson.Fragment:
        """The invoice as ``schema`` (``AccountingInvoice`` or ``AccountingInvoiceList``), rendered, checked
        against the schema and encoded once, then served from the workspace's cache until a write touches
        the invoice, its payments or a reference object, or the workspace's day changes (``past_due_days``).
        ``today`` is the workspace's day (read once for a page of invoices)."""
        if today is None:
            today = ws.clock.today()
        cache = ws.rendered if isinstance(ws.rendered, InvoiceBodies) else InvoiceBodies.of(ws)
        entry = cache.bodies.get(inv.id)  # inlined ``cache.get``: a page asks for 20 at once
        hit = entry.get(schema) if entry is not None else None
        if hit is not None and hit[0] == today:
            return t.cast(orjson.Fragment, hit[1])
        fragment = self._checked(ws, inv, schema)
        cache.put(inv.id, schema, today, fragment)
        return fragment

    def invoice_page(self, ws: Workspace, invoices: t.Iterable[Invoice], schema: str) -> list[orjson.Fragment]:
        """``invoice_json`` of each invoice, with the workspace's day and cache read once for the page."""
        today = ws.clock.today()
        bodies = InvoiceBodies.of(ws).bodies
        out: list[orjson.Fragment] = []
        for inv in invoices:
            entry = bodies.get(inv.id)
            hit = entry.get(schema) if entry is not None else None
            out.append(hit[1] if hit is not None and hit[0] == today else self.invoice_json(ws, inv, schema, today))
        return out

    def line(self, ws: Workspace, line: Line) -> dict[str, t.Any]:
        """A line in ``AccountingInvoiceLine``'s shape (``invoice_answer.InvoiceAnswers.line``)."""
        answer = self.answers.line(ws, line)
        if line.extra and line.extra.get("tag_ids"):  # the tags its ``tag_ids`` names, as in the invoice's answer
            answer["tags"] = jsonable(tag_objects(ws, line.extra["tag_ids"]))
        return answer

    def payment_values(self, ws: Workspace, payment: Payment) -> dict[str, t.Any]:
        """Everything any payment schema shows; each schema renders the part it declares."""
        memo = ws.refs["credit_memo"].look(payment.credit_memo_id) if payment.credit_memo_id else None
        txn = ws.refs["transaction"].look(payment.transaction_id) if payment.transaction_id else None
        invoice = ws.invoices.look(payment.invoice_id)
        values = {name: getattr(payment, name) for name in PAYMENT_FIELDS}
        values.update(
            payment_type=payment.payment_type.value,
            customer=ws.customer,
            invoice=payment.invoice_id,
            invoice_number=invoice.invoice_number if invoice else "",
            credit_memo=memo["credit_memo_number"] if memo else None,
            payment_transaction_bank_description=(txn or {}).get("description"),
            payment_journal_entry=payment.journal_entry,
            payment_journal_entry_order=entry_order(payment.journal_entry),
            voided_journal_entry_order=entry_order(payment.voided_journal_entry),
            payment_transaction=payment.transaction_id,
            payment_transactions=[payment.transaction_id] if payment.transaction_id else [],
        )
        return values

    def payment(self, ws: Workspace, payment: Payment) -> dict[str, t.Any]:
        return self.shapes.render("AccountingInvoicePayment", self.payment_values(ws, payment))

    def payment_sync(self, ws: Workspace, payment: Payment) -> dict[str, t.Any]:
        return self.shapes.render("InvoicePaymentSync", self.payment_values(ws, payment))

    def _answer(
        self, ws: Workspace, inv: Invoice, schema: str, *, checking: bool = False
    ) -> tuple[dict[str, t.Any], dict[str, t.Any] | None, dict[str, t.Any], Base | None]:
        """What the invoice's answer in ``schema`` writes over its base in two parts, what is checked and what
        its builders vouch for (``None``: nothing; with ``checking``, its lines are there too, and what is
        checked of them in the first part: ``InvoiceAnswers.line_checks``), the answer, and the base."""
        full = schema == "AccountingInvoice"
        answers = self.answers
        written, built, base = answers.written(ws, inv, full=full)
        line, refs, customer = answers.build_line, ws.refs, ws.customer
        checks: list[dict[str, t.Any]] | None = None
        if checking and built is not None and answers.line_checks is not None:
            checks = []
            lines = built["lines"] = [line(ln, refs, customer, checks) for ln in inv.lines]
            written["lines"] = checks
        else:
            lines = written["lines"] = [line(ln, refs, customer) for ln in inv.lines]
        for n, ln in enumerate(inv.lines):
            if ln.extra and ln.extra.get("tag_ids"):  # the tags its ``tag_ids`` names, as bills' lines show them
                lines[n]["tags"] = tags = jsonable(tag_objects(ws, ln.extra["tag_ids"]))
                if checks is not None:
                    checks[n]["tags"] = tags
        if full and inv.payment_ids:
            payments = [ws.payments.peek(pid) for pid in inv.payment_ids if pid in ws.payments]
            written["payment_journal_entries"] = [p.journal_entry for p in payments]
            written["payments"] = [self.payment(ws, p) for p in payments]
        elif full:
            written["payment_journal_entries"], written["payments"] = [], []
        created = written["created_at"] if built is None else built["created_at"]
        return written, built, self._plans[schema].finish(written, created, base, built), base

    def _checked(self, ws: Workspace, inv: Invoice, schema: str) -> orjson.Fragment:
        """The invoice's answer in ``schema``, checked against it (``AnswerPlan.conforms``: what no builder
        vouches for) and encoded."""
        written, built, body, base = self._answer(ws, inv, schema, checking=True)
        plan = self._plans[schema]
        if not plan.conforms(written, body, base, built):
            error = next(iter(plan.whole.iter_errors(body)), None)
            if error is None:  # the parts refused what the whole schema takes: say so rather than guess
                raise ServerError(f"invoice {inv.id}: the check by parts refused an answer {schema} accepts")
            raise ServerError(f"invoice {inv.id} breaks {schema} at {list(error.instance_path)}: {error.message}")
        return orjson.Fragment(dumps(body))

    def invoice_answer(self, ws: Workspace, inv: Invoice) -> orjson.Fragment:
        """The invoice as ``AccountingInvoice``, checked and encoded, not kept (a write's answer: the write
        forgets the invoices it touched)."""
        return self._checked(ws, inv, "AccountingInvoice")

    def invoice(self, ws: Workspace, inv: Invoice) -> dict[str, t.Any]:
        """The invoice as ``AccountingInvoice`` (unchecked: a bulk create's answer is checked whole)."""
        return self._answer(ws, inv, "AccountingInvoice")[2]

    def invoice_list_item(self, ws: Workspace, inv: Invoice) -> dict[str, t.Any]:
        return self._answer(ws, inv, "AccountingInvoiceList")[2]

    def stored(self, ws: Workspace, kind: str, obj: dict[str, t.Any]) -> dict[str, t.Any]:
        """A stored reference object in its response shape, with the names and sums it implies."""
        values = dict(obj)
        values["customer"] = ws.customer
        if kind == "vendor" and obj.get("parent") is not None:
            values["parent_name"] = ws.refs["vendor"].look(obj["parent"], {}).get("name")
        if kind in ("contract", "credit_memo"):
            values["client_name"] = ws.refs["vendor"].look(obj.get("client") or -1, {}).get("name")
            entity = ws.refs["entity"].look(obj.get("entity") or -1, {})
            values["entity_name"] = entity.get("name")
            values["entity_currency"] = entity.get("currency")
        if kind == "contract":
            values.setdefault("effective_end_date", obj.get("contract_end_date"))
            values.setdefault("working_end_date", obj.get("contract_end_date"))
            values["has_invoices"] = ReferenceService.has_invoices(ws, obj["id"])
        if kind == "credit_memo":
            values["lines"] = [self._memo_line(ws, obj, line) for line in obj.get("lines") or []]
            # the account its entry credits (stored on write; a seeded memo may name none): never null
            # while the chart has a receivables account
            credit_account = receivable_account(ws, obj.get("credit_account"))
            values["credit_account"] = credit_account
            chart = ws.refs["account"].look(credit_account or -1, {})
            name = values["credit_account_name"] = chart.get("name")
            # the number, else the name's (``1100 - Accounts Receivable``), as bills' accounts answer theirs
            values["credit_account_number"] = chart.get("number") or (str(name).split(" - ", 1)[0] if name else None)
            values.update(
                credit_memo_usage(ws, obj),
                payments=[self.credit_memo_payment(ws, obj, pid) for pid in memo_payment_ids(ws, obj)],
            )
        return self.reference(REFERENCE_SCHEMAS[kind], values)

    @staticmethod
    def _memo_line(ws: Workspace, memo: dict[str, t.Any], line: dict[str, t.Any]) -> dict[str, t.Any]:
        """A credit memo line with the names of its account, product and department, its memo's
        timestamps where it has none of its own, and the workspace's customer (as the memo has)."""
        values = dict(line)
        values["customer"] = ws.customer
        account = ws.refs["account"].look(line.get("account") or -1)
        if account is not None:
            values.setdefault("account_name", account.get("name"))
            values.setdefault("account_number", str(account.get("name", "")).split(" - ", 1)[0] or None)
        product = ws.refs["product"].look(line.get("product") or -1)
        if product is not None:
            values.setdefault("product_name", product.get("product_name") or product.get("display_name"))
        department = ws.refs["department"].look(line.get("department") or -1)
        if department is not None:
            values.setdefault("department_name", department.get("name"))
        values.setdefault("created_at", memo.get("created_at"))
        values.setdefault("last_modified_at", values.get("created_at"))
        return values

    def credit_memo_payment(self, ws: Workspace, memo: dict[str, t.Any], payment_id: int) -> dict[str, t.Any]:
        """One payment of a credit memo: a refund marked on it, or an invoice payment it made."""
        refund = refund_of(memo, payment_id)
        if refund is not None:
            journal_entry, voided_entry = refund["journal_entry"], refund.get("voided_journal_entry")
            values = {
                **refund,
                "amount": Decimal(refund["amount"]),
                "invoice": None,  # a refund pays no invoice
                "payment_transaction": refund.get("transaction_id"),
            }
        else:
            p = ws.payments.peek(payment_id)
            journal_entry, voided_entry = p.journal_entry, p.voided_journal_entry
            invoice = ws.invoices.look(p.invoice_id)
            values = {
                "id": p.id,
                "invoice": invoice.invoice_number if invoice else None,
                "currency": p.currency,
                "amount": p.amount,
                "payment_date": p.payment_date,
                "created_at": p.created_at,
                "last_modified_at": p.last_modified_at,
                "voided_date": p.voided_date,
            }
        values.update(
            customer=ws.customer,
            credit_memo=memo["id"],
            payment_journal_entry=journal_entry,
            payment_journal_entry_order=entry_order(journal_entry),
            voided_journal_entry=voided_entry,
            voided_journal_entry_order=entry_order(voided_entry),
        )
        return self.reference("AccountingCreditMemoPayment", values)

    @staticmethod
    def report(result: ReportResult, page: dict[str, t.Any]) -> dict[str, t.Any]:
        """A report result around one page of its rows (``page``: the list envelope)."""
        body = {
            **page,
            "engine_used": "memory",  # the engine that ran it (spec: EngineUsedEnum, marked)
            "pivot_result_fields": result.pivot_result_fields,
            "pivot_value_mappings": result.pivot_value_mappings,
            "columns": result.columns,
        }
        if result.totals is not None:
            body["totals_row"] = result.totals
            body["totals_by_currency"] = result.totals_by_currency
        return body

    def everything(self, ws: Workspace) -> t.Iterator[tuple[str, str, t.Callable[[], dict[str, t.Any]]]]:
        """Every object of a workspace, to render: ``(schema, label, render)``."""
        for inv in ws.invoices.values():
            yield "AccountingInvoice", f"invoice {inv.id}", functools.partial(self.invoice, ws, inv)
        for payment in ws.payments.values():
            yield "InvoicePaymentSync", f"payment {payment.id}", functools.partial(self.payment_sync, ws, payment)
        for kind, schema in REFERENCE_SCHEMAS.items():
            for obj in ws.refs[kind].values():
                yield schema, f"{kind} {obj['id']}", functools.partial(self.stored, ws, kind, obj)

    def reference(self, schema: str, obj: t.Mapping[str, t.Any]) -> dict[str, t.Any]:
        """A stored object in its schema's shape, nested lists of objects too."""
        values = dict(obj)
        for field, item_schema in self.shapes.nested.get(schema, {}).items():
            items = values.get(field) or []
            values[field] = [self.reference(item_schema, item) if isinstance(item, dict) else item for item in items]
        return self.shapes.render(schema, values)
