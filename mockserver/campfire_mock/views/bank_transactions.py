"""Bank transactions (``/ca/api/transaction``): the schema's names for what the hand-written parts keep,
the account's name, and whether payments or refunds have taken some of the transaction."""

from __future__ import annotations

import typing as t

from ..domain import transaction_guard
from ..domain.bank_transactions import keep_api_fields, transaction_applied
from ..domain.values import object_key
from ..domain.workspace import Workspace
from .generic import ResourceView

Body = dict[str, t.Any]


def bank_transaction(ws: Workspace, row: Body) -> Body:
    """A bank transaction under the schema's names for what the hand-written parts keep (``date``,
    ``description``, ``account_id``: the fields ``/pay/`` and mark-used read), with its account's name,
    ``date_year`` and ``date_month`` ("YYYY", "MM", as upstream describes a GL line's, from the same
    ``posted_at``) from its date (``date`` or ``posted_at``), ``amount_native`` (its amount in its own currency,
    which ``amount`` is) unless written, and ``assigned`` once payments or refunds have taken some of it."""
    out: Body = {"assigned": "id" in row and transaction_applied(ws, int(row["id"])) > 0}
    day = row.get("date")
    if day and not row.get("posted_at"):
        out["posted_at"] = f"{day}T00:00:00+0000"
    day = str(day or row.get("posted_at") or "")[:10]
    if len(day) == 10:  # from the date the transaction was written with, or upstream's posted_at
        out["date_year"], out["date_month"] = day[:4], day[5:7]
    if row.get("amount_native") is None and row.get("amount") is not None:
        out["amount_native"] = row["amount"]
    if row.get("description") and not row.get("bank_description"):
        out["bank_description"] = row["description"]
    account = row.get("account") or row.get("account_id")
    if account:
        out["account"] = account
        out["account_name"] = ws.refs["account"].look(object_key(account) or -1, {}).get("name") or None
    return out


class BankTransactionView(ResourceView):
    collections = ("/ca/api/transaction",)

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        return bank_transaction(ws, row) if schema_name == "BankTransaction" else {}

    def perform_create(self, ws: Workspace, row: Body) -> None:
        keep_api_fields(ws, row)

    def perform_update(self, ws: Workspace, row: Body) -> None:
        keep_api_fields(ws, row)
        transaction_guard.check_amount(ws, row, created=False)

    def check_destroy(self, ws: Workspace, key: t.Any) -> None:
        transaction_guard.guard_delete(ws, key)


__all__ = ["BankTransactionView", "bank_transaction"]
