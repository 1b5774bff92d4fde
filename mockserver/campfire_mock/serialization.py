"""Domain objects to spec-shaped dicts, driven by the spec's own schemas.

Every response object carries exactly the properties its schema declares, in
the schema's order, minus write-only ones: computed values where the mock knows
them, stored values where the caller gave them, and a type-appropriate empty
value otherwise (``null`` only where the schema allows it, so a field the schema
calls a non-nullable string is ``""`` even where Campfire's old examples show null).
Numbers that are whole are emitted as integers (``55``, not ``55.0``), as Campfire's
examples show.
"""

from __future__ import annotations

import typing as t
from datetime import date, datetime
from decimal import Decimal

from .clock import format_timestamp
from .domain.models import Invoice, Line, Payment
from .store import Workspace

Shape = tuple[tuple[str, t.Any], ...]


def number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


EPOCH = "1970-01-01T00:00:00+0000"
_TIMESTAMP = object()


def _resolve(schema: dict[str, t.Any], schemas: dict[str, t.Any]) -> dict[str, t.Any]:
    """Follow local ``$ref``s and single-branch ``allOf``/``oneOf`` to a concrete schema."""
    for _ in range(10):
        if "$ref" in schema:
            schema = {**schemas[schema["$ref"].rsplit("/", 1)[-1]], **{k: v for k, v in schema.items() if k != "$ref"}}
        elif "allOf" in schema and len(schema["allOf"]) == 1:
            schema = {**schema["allOf"][0], **{k: v for k, v in schema.items() if k != "allOf"}}
        elif "oneOf" in schema and "type" not in schema:
            schema = {**schema["oneOf"][0], **{k: v for k, v in schema.items() if k != "oneOf"}}
        else:
            break
    return schema


def _empty(schema: dict[str, t.Any], schemas: dict[str, t.Any]) -> t.Any:
    """What a response shows for a property the mock has no value for."""
    if schema.get("nullable"):
        return None
    schema = _resolve(schema, schemas)
    if schema.get("nullable"):
        return None
    if schema.get("enum"):
        return schema["enum"][0]
    if "pattern" in schema and "T" in schema["pattern"]:
        return _TIMESTAMP
    kind = schema.get("type")
    if kind is None and "anyOf" in schema:
        kind = schema["anyOf"][0].get("type")
    return {"array": [], "boolean": False, "string": "", "number": 0, "integer": 0, "object": {}}.get(kind or "")


def _relation(value: t.Any) -> t.Any:
    """DRF's reading of a relation id: "" is null, "54" is 54."""
    if value == "":
        return None
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value


def _jsonable(value: t.Any) -> t.Any:
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, datetime):
        return format_timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


class Shapes:
    """Property lists of the response schemas, read once from the spec."""

    def __init__(self, spec: dict[str, t.Any]) -> None:
        schemas = spec["components"]["schemas"]
        self.schemas = schemas
        self._shapes: dict[str, Shape] = {}
        #: schema -> {list property: item schema} for lists of objects (``lines``, ``contacts``).
        self.nested: dict[str, dict[str, str]] = {}
        for name, schema in schemas.items():
            for prop, sub in schema.get("properties", {}).items():
                ref = sub.get("items", {}).get("$ref", "") if sub.get("type") == "array" else ""
                target = ref.rsplit("/", 1)[-1]
                if target and "properties" in schemas.get(target, {}):
                    self.nested.setdefault(name, {})[prop] = target
        for name in schemas:
            props = schemas[name].get("properties")
            if props:
                self._shapes[name] = tuple(
                    (prop, _empty(sub, schemas)) for prop, sub in props.items() if not sub.get("writeOnly")
                )

    def render(self, schema: str, values: t.Mapping[str, t.Any]) -> dict[str, t.Any]:
        """A dict with exactly the schema's response properties."""
        out: dict[str, t.Any] = {}
        for prop, empty in self._shapes[schema]:
            value = values.get(prop)
            if value is None:
                value = empty if empty is not _TIMESTAMP else values.get("created_at") or EPOCH
            out[prop] = _jsonable(value)
        return out

    def writable(self, schema: str) -> set[str]:
        props = self.schemas[schema]["properties"]
        return {p for p, sub in props.items() if not sub.get("readOnly")}

    def _relations(self, schema: str) -> set[str]:
        """Properties that take an id as an integer or a numeric string."""
        props = self.schemas[schema]["properties"]
        return {
            p for p, sub in props.items() if any(branch.get("type") == "integer" for branch in sub.get("anyOf", ()))
        }

    def strip_read_only(self, schema: str, body: dict[str, t.Any]) -> dict[str, t.Any]:
        """Drop read-only and unknown fields from a request body, nested lists included, as DRF does."""
        keep = self.writable(schema)
        relations = self._relations(schema)
        out = {k: _relation(v) if k in relations else v for k, v in body.items() if k in keep}
        for field, item_schema in self.nested.get(schema, {}).items():
            if isinstance(out.get(field), list):
                out[field] = [
                    self.strip_read_only(item_schema, item) if isinstance(item, dict) else item for item in out[field]
                ]
        return out


class Serializer:
    """Renders a workspace's objects; knows the names behind every id."""

    def __init__(self, shapes: Shapes) -> None:
        self.shapes = shapes

    def line(self, ws: Workspace, line: Line) -> dict[str, t.Any]:
        product = ws.refs["product"].get(line.product) if line.product is not None else None
        department = ws.refs["department"].get(line.department) if line.department is not None else None
        values: dict[str, t.Any] = dict(line.extra)
        values.update(
            id=line.id,
            product=line.product,
            product_name=product["product_name"] if product else "",
            stripe_product_id=(product or {}).get("stripe_product_id"),
            product_is_taxable=bool((product or {}).get("is_taxable")),
            anrok_item_id=(product or {}).get("anrok_item_id"),
            sphere_item_id=(product or {}).get("sphere_item_id"),
            department=line.department,
            department_name=department["name"] if department else "",
            department_code=(department or {}).get("code", ""),
            service_date=line.service_date,
            description=line.description,
            quantity=line.quantity,
            rate=line.rate,
            currency=line.currency,
            amount=line.amount,
            tax=line.tax,
            discount=line.discount,
            created_at=line.created_at,
            last_modified_at=line.last_modified_at,
            customer=ws.customer,
        )
        return self.shapes.render("AccountingInvoiceLine", values)

    def payment(self, ws: Workspace, payment: Payment) -> dict[str, t.Any]:
        memo = ws.refs["credit_memo"].get(payment.credit_memo_id) if payment.credit_memo_id else None
        txn = ws.refs["transaction"].get(payment.transaction_id) if payment.transaction_id else None
        values = dict(
            id=payment.id,
            credit_memo=memo["credit_memo_number"] if memo else None,
            payment_transaction_bank_description=(txn or {}).get("description", ""),
            payment_journal_entry_order=str(payment.journal_entry),
            voided_journal_entry_order=str(payment.voided_journal_entry or ""),
            withheld_amount=payment.withheld_amount,
            currency=payment.currency,
            amount=payment.amount,
            payment_date=payment.payment_date,
            created_at=payment.created_at,
            voided_date=payment.voided_date,
            source=payment.source,
            payment_type=payment.payment_type.value,
            external_id=payment.external_id,
            last_modified_at=payment.last_modified_at,
            customer=ws.customer,
            invoice=payment.invoice_id,
            payment_journal_entry=payment.journal_entry,
            payment_transaction=payment.transaction_id,
            voided_journal_entry=payment.voided_journal_entry,
            payment_transactions=[payment.transaction_id] if payment.transaction_id else [],
        )
        return self.shapes.render("AccountingInvoicePayment", values)

    def payment_sync(self, ws: Workspace, payment: Payment) -> dict[str, t.Any]:
        invoice = ws.invoices.get(payment.invoice_id)
        return self.shapes.render(
            "InvoicePaymentSync",
            dict(
                id=payment.id,
                invoice_id=payment.invoice_id,
                invoice_number=invoice.invoice_number if invoice else "",
                amount=payment.amount,
                currency=payment.currency,
                payment_date=payment.payment_date,
                payment_type=payment.payment_type.value,
                source=payment.source,
                external_id=payment.external_id,
                voided_date=payment.voided_date,
                created_at=payment.created_at,
                last_modified_at=payment.last_modified_at,
            ),
        )

    def invoice_values(self, ws: Workspace, inv: Invoice) -> dict[str, t.Any]:
        client = ws.refs["vendor"].get(inv.client) if inv.client is not None else None
        entity = ws.refs["entity"].get(inv.entity) or {}
        contract = ws.refs["contract"].get(inv.contract) if inv.contract is not None else None
        term = ws.refs["payment_term"].get(inv.payment_term) if inv.payment_term is not None else None
        status = inv.payment_status.value
        today = ws.clock.today()
        past_due = None
        if status in ("open", "sent", "partial") and today > inv.due_date:
            past_due = (today - inv.due_date).days
        client_name = client["name"] if client else ""
        values: dict[str, t.Any] = dict(inv.extra)
        values.update(
            id=inv.id,
            customer=ws.customer,
            invoice_number=inv.invoice_number,
            invoice_date=inv.invoice_date,
            due_date=inv.due_date,
            terms=inv.terms,
            payment_term=inv.payment_term,
            payment_term_name=term["name"] if term else "",
            client=inv.client,
            client_name=client_name,
            client_email=(client or {}).get("email") or "",
            client_invoice_message=(client or {}).get("invoice_message") or "",
            client_use_stripe_auto_bill=bool((client or {}).get("use_stripe_auto_bill")),
            anrok_customer_id=(client or {}).get("anrok_customer_id") or "",
            entity=inv.entity,
            entity_name=entity.get("name", ""),
            entity_currency=entity.get("currency", ""),
            entity_invoice_message=entity.get("invoice_message"),
            contract=inv.contract,
            contract_name=(contract or {}).get("deal_name") or "",
            currency=inv.currency,
            discount=inv.discount,
            payment_term_applied_discount=inv.payment_term_applied_discount,
            total_amount=inv.total_amount,
            amount_paid=inv.amount_paid,
            amount_due=inv.amount_due,
            status=status,
            payment_status=status,
            past_due_days=past_due,
            paid_date=inv.paid_date,
            sent_date=inv.sent_date,
            uncollectible_date=inv.uncollectible_date,
            voided_date=inv.voided_date,
            voided_journal_entry=inv.voided_journal_entry,
            voided_journal_entry_order=inv.voided_journal_entry,
            journal_entry=inv.journal_entry,
            search_text=f"{inv.invoice_number.replace('-', '_')} {client_name}".strip(),
            created_at=inv.created_at,
            last_modified_at=inv.last_modified_at,
            is_deleted=False,
            withholding_info=None,
        )
        return values

    def invoice(self, ws: Workspace, inv: Invoice) -> dict[str, t.Any]:
        values = self.invoice_values(ws, inv)
        payments = [ws.payments[pid] for pid in inv.payment_ids if pid in ws.payments]
        values["lines"] = [self.line(ws, ln) for ln in inv.lines]
        values["payments"] = [self.payment(ws, p) for p in payments]
        values["payment_journal_entries"] = [p.journal_entry for p in payments]
        return self.shapes.render("AccountingInvoice", values)

    def invoice_list_item(self, ws: Workspace, inv: Invoice) -> dict[str, t.Any]:
        values = self.invoice_values(ws, inv)
        values["lines"] = [self.line(ws, ln) for ln in inv.lines]
        return self.shapes.render("AccountingInvoiceList", values)

    def reference(self, schema: str, obj: t.Mapping[str, t.Any]) -> dict[str, t.Any]:
        """A stored object in its schema's shape, nested lists of objects too."""
        values = dict(obj)
        for field, item_schema in self.shapes.nested.get(schema, {}).items():
            items = values.get(field) or []
            values[field] = [self.reference(item_schema, item) if isinstance(item, dict) else item for item in items]
        return self.shapes.render(schema, values)
