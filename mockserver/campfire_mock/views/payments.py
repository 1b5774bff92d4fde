"""Invoice payments: pay, previews, void/delete and bulk apply (actions of the invoice view), the sync
list (``/coa/api/v1/invoice-payments``), and applying a bank transaction to its client's invoices."""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain.attachments import check_match_id
from ..domain.contract_bounds import check_change_bounds, check_customer_bounds, written_field
from ..domain.payment_sync import received_payments, sync_key
from ..domain.values import dec
from ..domain.workspace import Workspace
from ..wire import jsonable
from .base import Caller, NoContent
from .generic import ResourceView, action, operation
from .pagination import envelope, sync_page

Body = dict[str, t.Any]
#: Where a payment's amounts are written (the field a refused payment names: the first given).
PAYMENT_SOURCES = ("transactions", "empty_transactions", "credit_memos")


def _check_paid(ws: Workspace, invoice_ids: t.Iterable[int], field: str | None, done: str = "") -> None:
    """Refused if paying (or un-paying) the invoices pushed a figure of their customers or contracts out of
    range (``domain/contract_bounds.py``): a 400 under ``field``, else a 409 (a payment ``done``)."""
    invoices = [ws.invoices.peek(i) for i in invoice_ids if i in ws.invoices]  # read only: nothing journaled
    clients, contracts = [i.client for i in invoices], [i.contract for i in invoices]
    if field is None:
        check_change_bounds(ws, "payment", done, clients, contracts)
    else:
        check_customer_bounds(ws, field, clients, contracts)


def _paid_invoices(result: Body) -> list[int]:
    """The invoices a bank transaction's application paid (its answer's ``applied``)."""
    return [item["invoice_id"] for item in result["applied"]]


class InvoicePaymentActions(ResourceView):
    """The payment actions on an invoice (``InvoiceView`` is built on them; their paths start at its
    collection)."""

    @action("POST", url_path="{invoice_id}/pay")
    def pay(
        self, ws: Workspace, caller: Caller, invoice_id: int, body: Body | None = None, **_: t.Any
    ) -> tuple[Body, int]:
        check_match_id(ws, (body or {}).get("transaction_match_id"))
        paid = self.services.payments.pay(ws, invoice_id, body or {})
        _check_paid(ws, [invoice_id], written_field(body or {}, PAYMENT_SOURCES))
        return jsonable(paid), 200

    @action("POST", url_path="{invoice_id}/calculate-payment")
    def calculate_payment(
        self, ws: Workspace, caller: Caller, invoice_id: int, body: Body | None = None, **_: t.Any
    ) -> tuple[Body, int]:
        return jsonable(self.services.payments.calculate(ws, invoice_id, body or {})), 200

    @action("POST", url_path="{invoice_id}/default-payment")
    def default_payment(
        self, ws: Workspace, caller: Caller, invoice_id: int, body: Body, **_: t.Any
    ) -> tuple[Body, int]:
        amount = body.get("transaction_amount")
        result = self.services.payments.default_amount(
            ws, invoice_id, date.fromisoformat(body["posted_at"]), dec(amount) if amount is not None else None
        )
        return jsonable(result), 200

    @action("POST", url_path="{invoice_id}/payment/{payment_id}/void")
    def void_payment(
        self, ws: Workspace, caller: Caller, invoice_id: int, payment_id: int, body: Body | None = None, **_: t.Any
    ) -> tuple[Body, int]:
        void_date = (body or {}).get("void_date")
        payment = self.services.payments.void(
            ws, invoice_id, payment_id, date.fromisoformat(void_date) if void_date else None
        )
        _check_paid(ws, [invoice_id], None, "voided")
        return self.services.serializer.payment(ws, payment), 200

    @action("DELETE", url_path="{invoice_id}/payment/{payment_id}/void")
    def delete_payment(
        self, ws: Workspace, caller: Caller, invoice_id: int, payment_id: int, **_: t.Any
    ) -> tuple[t.Any, int]:
        self.services.payments.delete(ws, invoice_id, payment_id)
        _check_paid(ws, [invoice_id], None, "deleted")
        return NoContent, 204

    @action("POST", url_path="bulk-apply-payment")
    def bulk_apply_payment(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        result = self.services.payments.bulk_apply(
            ws, body["transaction_id"], body.get("invoice_ids"), body.get("filters")
        )
        _check_paid(ws, _paid_invoices(result), "transaction_id")
        return jsonable(result), 200


class InvoicePaymentView(ResourceView):
    """``/coa/api/v1/invoice-payments``: every payment, for syncing; and a bank transaction applied to
    its client's invoices."""

    collections = ("/coa/api/v1/invoice-payments",)

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        """Offset pages by default; cursor pages once ``cursor`` is sent (even empty)."""
        found = received_payments(
            ws,
            invoice_id=p.get("invoice_id"),
            external_id=p.get("external_id") or None,
            voided=p.get("voided"),
            modified_gte=p.get("last_modified_at__gte"),
            modified_lte=p.get("last_modified_at__lte"),
        )
        page, meta = sync_page(found, p, url=self.url(caller), key=sync_key)
        return envelope([self.services.serializer.payment_sync(ws, pay) for pay in page], meta), 200

    @operation("create_transaction_invoice_payments")
    def create_transaction_invoice_payments(
        self, ws: Workspace, caller: Caller, transaction_id: int, **_: t.Any
    ) -> tuple[t.Any, int]:
        """Apply the transaction to its client's unpaid invoices, oldest due date first; answer what it paid."""
        result = self.services.payments.apply_to_client(ws, transaction_id)
        _check_paid(ws, _paid_invoices(result), None, "applied")
        return jsonable(result), 201


__all__ = ["InvoicePaymentActions", "InvoicePaymentView"]
