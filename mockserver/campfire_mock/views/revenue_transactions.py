"""Revenue transactions (``/rr/api/v1/transactions``): generic, plus what the invoice a transaction names
tells (``invoice_number``, ``invoice_date``, ``invoice_payment_status``, ``invoice_voided_date``) and what
its credit memo tells (``credit_memo_number``, ``credit_memo_date``, ``credit_memo_voided_date``,
``credit_memo_application_status``), as DRF's ``source="invoice.invoice_number"`` fields would; null where it
names none."""

from __future__ import annotations

import typing as t

from ..domain.contract_bounds import check_contract_bounds, check_delete_bounds
from ..domain.credit_memos import credit_memo_usage
from ..domain.generic import is_deleted
from ..domain.values import object_key
from ..domain.workspace import Workspace
from .base import Caller
from .generic import ResourceView, Result

Body = dict[str, t.Any]


class RevenueTransactionView(ResourceView):
    collections = ("/rr/api/v1/transactions",)

    def perform_create(self, ws: Workspace, row: Body) -> None:
        """Refused (400) if it would push its contract's figures out of range (``domain/contract_bounds.py``)."""
        check_contract_bounds(ws, row.get("contract"), "amount", mrr_field="mrr")

    def perform_update(self, ws: Workspace, row: Body) -> None:
        self.perform_create(ws, row)

    def destroy(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Refused (409) if taking its amount away would push its contract's figures out of range."""
        key = object_key(self.object_id(kwargs))
        row = ws.table(self.resource.kind).look(key) if self.resource is not None and key is not None else None
        answer = super().destroy(ws, caller, **kwargs)
        check_delete_bounds(ws, (row or {}).get("contract"), "revenue transaction")
        return answer

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        if schema_name != "RevenueTransaction":
            return {}
        return {**_invoice_values(ws, row.get("invoice")), **_memo_values(ws, row.get("credit_memo"))}


def _invoice_values(ws: Workspace, key: t.Any) -> Body:
    inv = ws.invoices.look(key) if isinstance(key, int) else None
    if inv is None:
        return {}
    return {
        "invoice_number": inv.invoice_number,
        "invoice_date": inv.invoice_date,
        "invoice_payment_status": inv.payment_status.value,
        "invoice_voided_date": inv.voided_date,
    }


def _memo_values(ws: Workspace, key: t.Any) -> Body:
    memo = ws.refs["credit_memo"].look(key) if isinstance(key, int) and not isinstance(key, bool) else None
    if memo is None or is_deleted(memo):
        return {}
    return {
        "credit_memo_number": memo.get("credit_memo_number"),
        "credit_memo_date": memo.get("credit_memo_date"),
        "credit_memo_voided_date": memo.get("voided_date"),
        "credit_memo_application_status": credit_memo_usage(ws, memo)["application_status"],
    }


__all__ = ["RevenueTransactionView"]
