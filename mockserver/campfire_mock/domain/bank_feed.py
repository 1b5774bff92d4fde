"""A bank feed (``POST /ca/api/bank-feed/{account_id}``): "ingest bank feed data for a specific bank
account; creates bank transactions".

The account is a bank account (``/ca/api/account``, a ``BankAccount``); its ``available_balance`` and
``current_balance`` become the feed's ``available_balance`` and ``balance``, and the new transactions
name its chart account (``chart_of_accounts_account``, as ``/pay/`` reads them); a bank account linked to
no chart account is refused (409), as its transactions would have no ``account``, which the schema requires.
Each item of
``transactions`` is free-form upstream; the twin reads ``amount`` (required, a number), ``date`` or
``posted_at`` (required, its date), ``external_transaction_id`` (an id already fed to this account is
skipped, reason ``duplicate``), ``description``/``bank_description``, ``merchant_name`` and
``currency`` (else the account's entity's currency, else USD). An item missing a required value fails
with the reason, the others are still created, as upstream's answer counts them apart. The new
transactions are uncategorized bank transactions (``/ca/api/transaction``), ready for ``/pay/`` and
bulk apply. Not modelled: the journal entries and auto-categorization the description mentions.
"""

from __future__ import annotations

import typing as t
from datetime import date
from decimal import Decimal

from ..errors import Conflict, ObjectNotFound
from .generic import is_deleted
from .values import as_date, dec, rel_id
from .workspace import Workspace

Row = dict[str, t.Any]
#: Amounts at or past this size are no bank transaction's (the schema's bound for bank amounts).
MAX_AMOUNT = Decimal(10) ** 15


def _item_problem(item: t.Any) -> str | None:
    if not isinstance(item, dict):
        return "Each transaction must be an object."
    amount = item.get("amount")
    try:
        if amount is None or isinstance(amount, bool) or not abs(dec(amount)) < MAX_AMOUNT:
            return "amount is required and must be a number below 10^15."
    except (ValueError, ArithmeticError):
        return "amount is required and must be a number below 10^15."
    if _day(item) is None:
        return "date (or posted_at) is required, as YYYY-MM-DD."
    return None


def _day(item: Row) -> date | None:
    text = item.get("date") or item.get("posted_at")
    try:
        return as_date(str(text)[:10]) if text else None
    except ValueError:
        return None


BANK_ACCOUNTS = "/ca/api/account"


def ingest(ws: Workspace, account_id: int, feed: Row) -> Row:
    """Create the feed's transactions on the bank account and set its balances; the counts upstream answers."""
    bank = ws.table(BANK_ACCOUNTS).look(account_id)
    if bank is None or is_deleted(bank):
        raise ObjectNotFound("account", account_id)
    chart = rel_id(bank.get("chart_of_accounts_account"))
    if chart is None:  # a bank transaction's ``account`` is required: none would be a placeholder
        raise Conflict(
            f"Bank account {account_id} is linked to no chart account (chart_of_accounts_account): "
            "link one before feeding it transactions."
        )
    bank = ws.table(BANK_ACCOUNTS)[account_id]
    bank["current_balance"], bank["available_balance"] = feed.get("balance"), feed.get("available_balance")
    bank["last_modified_at"] = ws.now_text()
    entity = ws.refs["entity"].look(rel_id(bank.get("entity")) or -1) or {}
    items: list[t.Any] = feed.get("transactions") or []
    transactions = ws.refs["transaction"]
    known = {
        str(r.get("external_transaction_id"))
        for r in dict.values(transactions)
        if r.get("external_transaction_id") and r.get("bank_account") == account_id
    }
    skipped: list[Row] = []
    failed: list[Row] = []
    created = 0
    for item in items:
        external = str(item.get("external_transaction_id") or "") if isinstance(item, dict) else ""
        problem = _item_problem(item)
        if problem is not None:
            failed.append({"external_transaction_id": external, "reason": problem})
            continue
        if external and external in known:
            skipped.append({"external_transaction_id": external, "reason": "duplicate"})
            continue
        day = _day(item)
        assert day is not None
        key = ws.next_id("transaction")
        transactions[key] = {
            "id": key,
            "account_id": chart,
            "bank_account": account_id,
            "amount": float(dec(item["amount"])),
            "date": day.isoformat(),
            "description": item.get("description") or item.get("bank_description"),
            "currency": item.get("currency") or bank.get("currency") or entity.get("currency") or "USD",
            "external_transaction_id": external or None,
            "merchant_name": item.get("merchant_name"),
            "created_at": ws.now_text(),
            "last_modified_at": ws.now_text(),
            "is_deleted": False,
        }
        known.add(external)
        created += 1
    return {
        "message": "Bank feed processed successfully",
        "account_id": account_id,
        "submitted_count": len(items),
        "created_count": created,
        "skipped_count": len(skipped),
        "skipped_transactions": skipped,
        "failed_count": len(failed),
        "failed_transactions": failed,
    }


__all__ = ["ingest"]
