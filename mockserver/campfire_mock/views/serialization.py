"""Domain objects rendered in their spec shapes (see ``schemas.Shapes``); knows the names
behind every id."""

from __future__ import annotations

import functools
import typing as t
from datetime import date
from decimal import Decimal

import orjson

from ..domain.book_amounts import book_amounts
from ..domain.credit_memos import credit_memo_usage, memo_payment_ids, refund_of
from ..domain.documents import withholding_info
from ..domain.models import Invoice, Line, Payment
from ..domain.posting import receivable_account, root_currency
from ..domain.references import ReferenceService
from ..domain.revenue import invoice_revenue
from ..domain.values import rel_id
from ..domain.workspace import Workspace
from ..errors import ServerError
from ..openapi.documents import dereferencer
from ..openapi.json_schema import fast_validator
from ..openapi.shapes import Shapes
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


def _put_rendered(out: dict[str, t.Any], **rendered: list[dict[str, t.Any]]) -> dict[str, t.Any]:
    """``out`` (a rendered object) with its lists of objects that were rendered on their own (already JSON-ready,
    so not walked again by ``Shapes.render``); each property ``out``'s schema has keeps its place in the
    schema's order, one it lacks is left out, as ``Shapes.render`` would."""
    for prop, items in rendered.items():
        if prop in out:
            out[prop] = items
    return out


class Serializer:
    """Renders a workspace's objects; knows the names behind every id."""

    def __init__(self, shapes: Shapes, *, check: bool = True) -> None:
        self.shapes = shapes
        #: What ``invoice_json`` caches is checked against its schema (unless ``--no-validate-responses``).
        self._validators: dict[str, t.Any] = {}
        if check:
            resolved = dereferencer(shapes.spec)
            for name in CACHED_SCHEMAS:
                validator = fast_validator(resolved.schema(name))
                if validator is None:
                    raise ValueError(f"{name} cannot be compiled for the response check")
                self._validators[name] = validator

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
        body = self.invoice(ws, inv) if schema == "AccountingInvoice" else self.invoice_list_item(ws, inv)
        validator = self._validators.get(schema)
        if validator is not None and not validator.is_valid(body):
            error = next(iter(validator.iter_errors(body)))
            raise ServerError(f"invoice {inv.id} breaks {schema} at {list(error.instance_path)}: {error.message}")
        fragment = orjson.Fragment(orjson.dumps(body))
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
        product = (ws.refs["product"].look(line.product) if line.product is not None else None) or {}
        department = (ws.refs["department"].look(line.department) if line.department is not None else None) or {}
        values: dict[str, t.Any] = {
            **line.extra,
            "id": line.id,
            "product": line.product,
            "product_name": product.get("product_name"),
            "stripe_product_id": product.get("stripe_product_id"),
            "product_is_taxable": bool(product.get("is_taxable")),
            "anrok_item_id": product.get("anrok_item_id"),
            "sphere_item_id": product.get("sphere_item_id"),
            "department": line.department,
            "department_name": department.get("name"),
            "department_code": department.get("code"),
            "service_date": line.service_date,
            "description": line.description,
            "quantity": line.quantity,
            "rate": line.rate,
            "currency": line.currency,
            "amount": line.amount,
            "tax": line.tax,
            "discount": line.discount,
            "created_at": line.created_at,
            "last_modified_at": line.last_modified_at,
            "customer": ws.customer,
        }
        return self.shapes.render("AccountingInvoiceLine", values)

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
            payment_journal_entry_order=str(payment.journal_entry),
            voided_journal_entry_order=str(payment.voided_journal_entry) if payment.voided_journal_entry else None,
            payment_transaction=payment.transaction_id,
            payment_transactions=[payment.transaction_id] if payment.transaction_id else [],
        )
        return values

    def payment(self, ws: Workspace, payment: Payment) -> dict[str, t.Any]:
        return self.shapes.render("AccountingInvoicePayment", self.payment_values(ws, payment))

    def payment_sync(self, ws: Workspace, payment: Payment) -> dict[str, t.Any]:
        return self.shapes.render("InvoicePaymentSync", self.payment_values(ws, payment))

    def invoice_values(self, ws: Workspace, inv: Invoice) -> dict[str, t.Any]:
        client = ws.refs["vendor"].look(inv.client) if inv.client is not None else None
        entity = ws.refs["entity"].look(inv.entity) or {}
        contract = ws.refs["contract"].look(inv.contract) if inv.contract is not None else None
        term = ws.refs["payment_term"].look(inv.payment_term) if inv.payment_term is not None else None
        payment_status = inv.payment_status
        status = payment_status.value
        past_due = inv.past_due_days(ws.clock.today(), payment_status)
        client_name = client["name"] if client else ""
        known = client or {}
        values: dict[str, t.Any] = {
            **inv.extra,
            "id": inv.id,
            "customer": ws.customer,
            "invoice_number": inv.invoice_number,
            "invoice_date": inv.invoice_date,
            "due_date": inv.due_date,
            "terms": inv.terms,
            "payment_term": inv.payment_term,
            "payment_term_name": term.get("name") if term else None,
            "client": inv.client,
            "client_name": client_name,
            # Null when the client has none, as Campfire's Retrieve Invoice example shows.
            "client_email": known.get("email") or None,
            "client_invoice_message": known.get("invoice_message") or None,
            "client_use_stripe_auto_bill": bool(known.get("use_stripe_auto_bill")),
            "anrok_customer_id": known.get("anrok_customer_id") or None,
            "entity": inv.entity,
            "entity_name": entity.get("name"),
            "entity_currency": entity.get("currency"),
            "entity_invoice_message": entity.get("invoice_message"),
            "contract": inv.contract,
            "contract_name": (contract or {}).get("deal_name") if contract is not None else None,
            # the account it names (as Campfire answered it, when recorded), else the one it posts to
            "ar_account": rel_id(inv.extra.get("ar_account")) or receivable_account(ws),
            "auto_send_invoice": inv.extra.get("auto_send_invoice", False),  # unsent: False, as Django defaults it
            "currency": inv.currency,
            "discount": inv.discount,
            "payment_term_applied_discount": inv.payment_term_applied_discount,
            "total_amount": inv.total_amount,
            "amount_paid": inv.amount_paid,
            "amount_due": inv.amount_due,
            "status": status,
            "payment_status": status,
            "past_due_days": past_due,
            "paid_date": inv.paid_date,
            "sent_date": inv.sent_date,
            "uncollectible_date": inv.uncollectible_date,
            "voided_date": inv.voided_date,
            "voided_journal_entry": inv.voided_journal_entry,
            "voided_journal_entry_order": inv.voided_journal_entry,
            "revenue_transactions": invoice_revenue(ws, inv.id),
            "journal_entry": inv.journal_entry,
            "search_text": f"{inv.invoice_number.replace('-', '_')} {client_name}".strip(),
            "created_at": inv.created_at,
            "last_modified_at": inv.last_modified_at,
            "is_deleted": False,
            "withholding_info": withholding_info(
                ws, inv.entity, (p.withheld_amount for p in map(ws.payments.peek, inv.payment_ids) if p.active)
            ),
        }
        values.update(
            book_amounts(
                ws,
                inv.entity,
                inv.currency,
                inv.extra,
                total_amount=inv.total_amount,
                amount_paid=inv.amount_paid,
                amount_due=inv.amount_due,
            )
        )
        # Campfire computes the rates when they are left out; the mock has no rates, so it fills in 1
        # where no conversion happens, as the docs' examples show: to the book currency when the invoice
        # is in its entity's currency, to the consolidation currency when it is in the root entity's.
        for rate, unconverted in (
            ("exchange_rate_book", entity.get("currency")),
            ("exchange_rate", root_currency(ws)),
        ):
            if inv.currency == unconverted and values.get(rate) is None:
                values[rate] = 1
        if values.get("reminder_sent_dates") is None:
            values["reminder_sent_dates"] = {}
        return values

    def invoice(self, ws: Workspace, inv: Invoice) -> dict[str, t.Any]:
        values = self.invoice_values(ws, inv)
        payments = [ws.payments.peek(pid) for pid in inv.payment_ids if pid in ws.payments]
        values["payment_journal_entries"] = [p.journal_entry for p in payments]
        out = self.shapes.render("AccountingInvoice", values)
        return _put_rendered(
            out,
            lines=[self.line(ws, ln) for ln in inv.lines],
            payments=[self.payment(ws, p) for p in payments],
        )

    def invoice_list_item(self, ws: Workspace, inv: Invoice) -> dict[str, t.Any]:
        out = self.shapes.render("AccountingInvoiceList", self.invoice_values(ws, inv))
        return _put_rendered(out, lines=[self.line(ws, ln) for ln in inv.lines])

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
            values["credit_account_name"] = ws.refs["account"].look(obj.get("credit_account") or -1, {}).get("name")
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
            payment_journal_entry_order=str(journal_entry),
            voided_journal_entry=voided_entry,
            voided_journal_entry_order=str(voided_entry) if voided_entry else None,
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
