"""Bank transactions: what invoice payments and credit memo refunds have taken from one, and what is left.

A refund marked on a credit memo (mark-used) is money leaving by a bank transaction: the memo keeps its
refunds (``REFUNDS``), and they count here as the invoice payments made from a transaction do.

A transaction's applied amount is what active invoice payments and active refunds took from it; its
unapplied amount the rest of its ``amount``. Outside a write, the applied amounts are read from one
map per workspace version, so a list of transactions does not scan every payment per row.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from .documents import payables_applied, payables_using
from .models import ZERO, money
from .values import dec, rel_id
from .workspace import Workspace

#: Where a credit memo keeps the refunds marked on it (mark-used), each a dict with its own ``id``.
REFUNDS = "_refunds"


def active_refunds(memo: dict[str, t.Any]) -> list[dict[str, t.Any]]:
    """The refunds of a credit memo that are not voided."""
    return [r for r in memo.get(REFUNDS) or [] if not r.get("voided_date")]


def keep_api_fields(ws: Workspace, row: dict[str, t.Any]) -> None:
    """A transaction written through the API (``posted_at``, ``bank_description``, ``account``) also
    under the names payments, refunds and the ledger read (``date``, ``description``, ``account_id``),
    so one the API accepted can pay an invoice as a seeded one does. An ``account`` that is a bank
    account in the chart is the transaction's bank account; any other account is its category
    (``domain/bank_posting.py``), and the bank account stays what it was."""
    posted = row.get("posted_at")
    if isinstance(posted, str) and len(posted) >= 10:
        row["date"] = posted[:10]
    else:
        row.setdefault("date", None)
    if row.get("bank_description"):
        row["description"] = row["bank_description"]
    account = row.get("account")
    if account is not None and (row.get("account_id") is None or _is_bank_account(ws, account)):
        row["account_id"] = account if _is_bank_account(ws, account) else row.get("account_id")


def _is_bank_account(ws: Workspace, account: t.Any) -> bool:
    """Whether ``account`` names a bank account of the chart."""
    try:
        key = int(account)
    except (TypeError, ValueError):
        return False
    return bool(ws.refs["account"].look(key, {}).get("account_subtype") == "BANK")


def transaction_applied(ws: Workspace, transaction_id: int) -> Decimal:
    """What active invoice payments and active credit memo refunds have taken from a bank transaction
    (outside a write, from one map per workspace version: a list of transactions reads it per row)."""
    if ws.journal is not None:  # inside a write the map could be stale: count afresh
        return _applied_by_transaction(ws).get(transaction_id, ZERO)
    cached = ws.derived.get("transaction_applied")
    if cached is None or cached[0] != ws.version:
        cached = ws.derived["transaction_applied"] = (ws.version, _applied_by_transaction(ws))
    return t.cast(dict[int, Decimal], cached[1]).get(transaction_id, ZERO)


def _applied_by_transaction(ws: Workspace) -> dict[int, Decimal]:
    applied: dict[int, Decimal] = {}
    for p in ws.payments.values():
        if p.transaction_id is not None and p.active:
            applied[p.transaction_id] = applied.get(p.transaction_id, ZERO) + p.amount
    for memo in ws.refs["credit_memo"].values():
        for r in active_refunds(memo):
            key = r.get("transaction_id")
            if key is not None:
                applied[int(key)] = applied.get(int(key), ZERO) + dec(r["amount"])
    for key, amount in payables_applied(ws).items():  # bill payments and debit memo refunds spend it too
        applied[key] = applied.get(key, ZERO) + amount
    return {key: money(value) for key, value in applied.items()}


def transaction_users(ws: Workspace, transaction_id: int) -> list[tuple[str, int]]:
    """The documents whose active payments or refunds take from a bank transaction (label, id): invoices,
    credit memos, bills, debit memos, each by id."""
    invoices = sorted({p.invoice_id for p in ws.payments.values() if p.transaction_id == transaction_id and p.active})
    memos = [
        key
        for key, memo in sorted(dict.items(ws.refs["credit_memo"]))
        if any(rel_id(r.get("transaction_id")) == transaction_id for r in active_refunds(memo))
    ]
    found = [("invoice", i) for i in invoices] + [("credit memo", m) for m in memos]
    return found + payables_using(ws, transaction_id)


def money_out(txn: dict[str, t.Any]) -> str | None:
    """Why a bank transaction cannot pay an invoice: it is money out (a negative amount, as the ledger posts it:
    a withdrawal credits the bank), which would post cash in against the bank feed; ``None`` for money in."""
    amount = dec(txn.get("amount") or 0)
    if amount < 0:
        return f"Bank transaction {txn.get('id')} is money out ({money(amount)}): it cannot pay an invoice."
    return None


def transaction_left(ws: Workspace, txn: dict[str, t.Any]) -> Decimal:
    """What is left of a bank transaction to pay or refund with: its amount as a magnitude (a feed may sign money
    in or out either way), less what invoice payments, refunds and payables have taken."""
    return money(abs(dec(txn.get("amount") or 0)) - transaction_applied(ws, int(txn["id"])))


__all__ = ["REFUNDS", "active_refunds", "money_out", "transaction_applied", "transaction_left", "transaction_users"]
