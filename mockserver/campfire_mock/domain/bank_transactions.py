"""Bank transactions: what invoice payments and credit memo refunds have taken from one, and what is left.

A refund marked on a credit memo (mark-used) is money leaving by a bank transaction: the memo keeps its
refunds (``REFUNDS``), and they count here as the invoice payments made from a transaction do.

A transaction's applied amount is what active invoice payments and active refunds took from it; its
unapplied amount the rest of its ``amount`` (as a magnitude). ``transaction_uses`` is the one walker of
those payments and refunds; the applied sums and the users a delete names both read it.

Money moves one way for each use (``direction_error``): a deposit (a positive amount) pays invoices and
is a vendor's refund of a debit memo (upstream: mark-used links "an existing credit-side transaction",
whose "credit amount will be recategorized to A/P"); a withdrawal (negative) pays bills and is a refund
to a customer of a credit memo (the transaction's "debit amount will be recategorized to A/R").

Outside a write, the applied amounts are read from one map per workspace version, so a list of
transactions does not scan every payment per row.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from .documents import payables_uses
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


def transaction_uses(ws: Workspace) -> t.Iterator[tuple[int, str, int, Decimal]]:
    """The one walker of what takes from bank transactions: every active invoice payment, credit memo refund,
    bill payment and debit memo refund that names one, as ``(transaction id, label, document id, amount)``,
    each id read by ``rel_id``."""
    for p in ws.payments.values():
        if p.transaction_id is not None and p.active:
            yield p.transaction_id, "invoice", p.invoice_id, p.amount
    for key, memo in dict.items(ws.refs["credit_memo"]):
        for r in active_refunds(memo):
            txn = rel_id(r.get("transaction_id"))
            if txn is not None:
                yield txn, "credit memo", int(key), dec(r["amount"])
    yield from payables_uses(ws)


def _applied_by_transaction(ws: Workspace) -> dict[int, Decimal]:
    applied: dict[int, Decimal] = {}
    for txn, _, _, amount in transaction_uses(ws):
        applied[txn] = applied.get(txn, ZERO) + amount
    return {key: money(value) for key, value in applied.items()}


#: The order users are named in: invoices, credit memos, bills, debit memos.
_LABELS = ("invoice", "credit memo", "bill", "debit memo")


def transaction_users(ws: Workspace, transaction_id: int) -> list[tuple[str, int]]:
    """The documents whose active payments or refunds take from a bank transaction (label, id): invoices,
    credit memos, bills, debit memos, each by id."""
    found = {(label, doc) for txn, label, doc, _ in transaction_uses(ws) if txn == transaction_id}
    return sorted(found, key=lambda use: (_LABELS.index(use[0]), use[1]))


#: Which way money moves for each use of a bank transaction (``direction_error``), and the words naming the
#: use: money in (a deposit, a positive amount) pays an invoice and is a vendor's refund of a debit memo;
#: money out (a withdrawal, a negative amount) pays a bill and is a refund to a customer of a credit memo.
USES: dict[str, tuple[bool, str]] = {
    "invoice": (True, "pay an invoice"),
    "debit memo": (True, "be a vendor's refund of a debit memo"),
    "bill": (False, "pay a bill"),
    "credit memo": (False, "refund a credit memo"),
}


def direction_error(txn: dict[str, t.Any], use: str) -> str | None:
    """Why a bank transaction cannot serve ``use`` (a key of ``USES``): it moves money the other way, which
    would post cash against the bank feed's sign; ``None`` when it moves the right way (or is zero, which
    has nothing left to apply anyway)."""
    inflow, words = USES[use]
    amount = dec(txn.get("amount") or 0)
    if amount == 0 or (amount > 0) == inflow:
        return None
    way = "money in" if amount > 0 else "money out"
    return f"Bank transaction {txn.get('id')} is {way} ({money(amount)}): it cannot {words}."


def transaction_left(ws: Workspace, txn: dict[str, t.Any]) -> Decimal:
    """What is left of a bank transaction to pay or refund with: its amount as a magnitude (a feed may sign money
    in or out either way), less what invoice payments, refunds and payables have taken."""
    return money(abs(dec(txn.get("amount") or 0)) - transaction_applied(ws, int(txn["id"])))


__all__ = [
    "REFUNDS",
    "USES",
    "active_refunds",
    "direction_error",
    "transaction_applied",
    "transaction_left",
    "transaction_users",
    "transaction_uses",
]
