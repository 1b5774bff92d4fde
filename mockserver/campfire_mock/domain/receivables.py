"""What a client owes and has been credited, computed from its invoices, payments and credit memos.

Voided invoices count for nothing; an invoice's billed amount is its total, its paid amount what its
active payments cover (credit memos included), its outstanding amount what is left due. A credit
memo's applied amount is what active payments and refunds took from it; its available amount what
remains; a voided or deleted memo counts for nothing.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from .credit_memos import credit_memo_remaining
from .generic import is_deleted
from .models import ZERO, money
from .workspace import Workspace


def client_balances(ws: Workspace, client_id: int) -> dict[str, t.Any]:
    """AR figures of one client (a ``ContractCustomer``'s and a ``VendorSummary``'s names)."""
    billed = paid = outstanding = ZERO
    for inv in ws.invoices.values():
        if inv.client != client_id or inv.voided_date is not None:
            continue
        billed += inv.total_amount
        paid += inv.amount_paid
        outstanding += inv.amount_due
    credits = applied = available = ZERO
    for memo in ws.refs["credit_memo"].values():
        if memo.get("client") != client_id or memo.get("voided_date") or is_deleted(memo):
            continue
        total = money(Decimal(str(memo.get("total_amount") or 0)))
        remaining = credit_memo_remaining(ws, memo)
        credits += total
        applied += total - remaining
        available += remaining
    contracts = [c for c in ws.refs["contract"].values() if c.get("client") == client_id]
    return {
        "total_billed": billed,
        "total_paid": paid,
        "total_outstanding": outstanding,
        "total_unpaid": outstanding,
        "total_credit_memos": credits,
        "credit_memo_applied": applied,
        "credit_memo_available": available,
        "total_credits": credits,
        "credit_used": applied,
        "credit_available": available,
        "total_contracts": len(contracts),
        "active_contracts": sum(1 for c in contracts if c.get("status", "active") == "active"),
        "completed_contracts": sum(1 for c in contracts if c.get("status") == "completed"),
        "pending_contracts": sum(1 for c in contracts if c.get("status") == "pending"),
    }


__all__ = ["client_balances"]
