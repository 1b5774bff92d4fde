"""Revenue transactions (``/rr/api/v1/transactions``): generic, plus what the invoice a transaction names
tells (``invoice_number``, ``invoice_date``, ``invoice_payment_status``, ``invoice_voided_date``) and what
its credit memo tells (``credit_memo_number``, ``credit_memo_date``, ``credit_memo_voided_date``,
``credit_memo_application_status``), as DRF's ``source="invoice.invoice_number"`` fields would; null where it
names none. A transaction on a contract names only an invoice or credit memo of that contract (or of none)."""

from __future__ import annotations

import typing as t

from ..domain.contract_bounds import check_contract_bounds, check_delete_bounds
from ..domain.credit_memos import credit_memo_usage
from ..domain.generic import is_deleted
from ..domain.values import object_key, rel_id
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from .base import Caller
from .generic import ResourceView, Result

Body = dict[str, t.Any]


class RevenueTransactionView(ResourceView):
    collections = ("/rr/api/v1/transactions",)

    def perform_create(self, ws: Workspace, row: Body) -> None:
        """Refused (400) if it would push its contract's figures out of range (``domain/contract_bounds.py``),
        or if it names an invoice or credit memo of another contract than its own."""
        _check_same_contract(ws, row)
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


def _check_same_contract(ws: Workspace, row: Body) -> None:
    """A 400 under ``invoice`` (or ``credit_memo``) when the transaction's contract and that document's are both
    set and differ: a contract's revenue is billed on that contract's invoices (an invoice's revenue
    transactions are its contract's), so moving one onto another contract's invoice would split the
    contract's figures across two. Either side unset is allowed (a document or transaction of no contract)."""
    contract = rel_id(row.get("contract"))
    if contract is None:
        return
    key = rel_id(row.get("invoice"))
    inv = ws.invoices.look(key) if key is not None else None
    if inv is not None and inv.contract is not None and inv.contract != contract:
        raise ValidationFailed.field("invoice", _other_contract("Invoice", key, inv.contract, contract))
    key = rel_id(row.get("credit_memo"))
    memo = ws.refs["credit_memo"].look(key) if key is not None else None
    theirs = rel_id((memo or {}).get("contract"))
    if theirs is not None and theirs != contract:
        raise ValidationFailed.field("credit_memo", _other_contract("Credit memo", key, theirs, contract))


def _other_contract(label: str, key: t.Any, theirs: int, ours: int) -> str:
    return f"{label} {key} belongs to contract {theirs}, not to this transaction's contract {ours}."


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
