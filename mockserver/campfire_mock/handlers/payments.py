"""Payment endpoints: pay, previews, void/delete, the sync list, bank transactions."""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain.invoice_query import InvoiceQuery, filter_invoices
from ..domain.invoices import dec
from ..domain.payments import sync_key
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from ..handlers.pagination import check_limit, cursor_page, envelope, offset_page
from ..wire import jsonable
from .base import Caller, Handler, NoContent

Body = dict[str, t.Any]


class PaymentHandlers(Handler):
    def pay_invoice(
        self, ws: Workspace, caller: Caller, invoice_id: int, body: Body | None = None, **_: t.Any
    ) -> tuple[Body, int]:
        return jsonable(self.services.payments.pay(ws, invoice_id, body or {})), 200

    def calculate_payment(
        self, ws: Workspace, caller: Caller, invoice_id: int, body: Body | None = None, **_: t.Any
    ) -> tuple[Body, int]:
        return jsonable(self.services.payments.calculate(ws, invoice_id, body or {})), 200

    def default_payment(
        self, ws: Workspace, caller: Caller, invoice_id: int, body: Body, **_: t.Any
    ) -> tuple[Body, int]:
        amount = body.get("transaction_amount")
        result = self.services.payments.default_amount(
            ws, invoice_id, date.fromisoformat(body["posted_at"]), dec(amount) if amount is not None else None
        )
        return jsonable(result), 200

    def void_payment(
        self, ws: Workspace, caller: Caller, invoice_id: int, payment_id: int, body: Body | None = None, **_: t.Any
    ) -> tuple[Body, int]:
        void_date = (body or {}).get("void_date")
        payment = self.services.payments.void(
            ws, invoice_id, payment_id, date.fromisoformat(void_date) if void_date else None
        )
        return self.serializer.payment(ws, payment), 200

    def delete_payment(
        self, ws: Workspace, caller: Caller, invoice_id: int, payment_id: int, **_: t.Any
    ) -> tuple[t.Any, int]:
        self.services.payments.delete(ws, invoice_id, payment_id)
        return NoContent, 204

    def list_invoice_payments(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        """Offset pages by default; cursor pages once ``cursor`` is sent (even empty)."""
        limit = check_limit(p.get("limit") or None)
        found = self.services.payments.sync_list(
            ws,
            invoice_id=p.get("invoice_id"),
            external_id=p.get("external_id") or None,
            voided=p.get("voided"),
            modified_gte=p.get("last_modified_at__gte"),
            modified_lte=p.get("last_modified_at__lte"),
        )
        if p.get("cursor") is not None:
            page, meta = cursor_page(found, cursor=p["cursor"], limit=limit, url=self.url(caller), key=sync_key)
        else:
            page, meta = offset_page(found, limit=limit, offset=p.get("offset"), url=self.url(caller))
        if p.get("skip_count"):
            meta["count"] = (p.get("offset") or 0) + len(page) + (1 if meta["next"] else 0)
        return envelope([self.serializer.payment_sync(ws, pay) for pay in page], meta), 200

    def bulk_apply_payment(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        ids, filters = body.get("invoice_ids"), body.get("filters")
        if ids is None and filters is None:
            raise ValidationFailed({"non_field_errors": ["Give invoice_ids or filters."]})
        if ids is None:
            ids = [inv.id for inv in filter_invoices(ws, InvoiceQuery.from_bulk_filters(filters or {}))]
        result = self.services.payments.apply_transaction(ws, body["transaction_id"], list(ids))
        return jsonable(result), 200

    def create_transaction_invoice_payments(
        self, ws: Workspace, caller: Caller, transaction_id: int, **_: t.Any
    ) -> tuple[t.Any, int]:
        """Apply the transaction to its client's unpaid invoices, oldest due date first."""
        self.services.payments.apply_to_client(ws, transaction_id)
        return NoContent, 201
