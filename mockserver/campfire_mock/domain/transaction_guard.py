"""A bank transaction is never over-applied, whichever write path touches it.

What active invoice payments and credit memo refunds take from a transaction (``transaction_applied``)
must stay within its amount: lowering the amount below that is a 400 naming ``amount``, deleting a
transaction something still uses is a 409, and a deleted transaction funds no new payment or refund
(it reads as missing: the caller's own "does not exist" message). Called from the one place each rule
applies (the generic update and destroy of ``/ca/api/transaction``, and the readers of a transaction id).
"""

from __future__ import annotations

import typing as t
from decimal import Decimal, InvalidOperation

from ..errors import Conflict, ValidationFailed
from .generic import is_deleted
from .models import money

if t.TYPE_CHECKING:
    from .workspace import Workspace

#: The stored kind of bank transactions.
KIND = "transaction"


class TransactionInUse(Conflict):
    def __init__(self, transaction_id: int, applied: Decimal) -> None:
        super().__init__(
            f"Bank transaction {transaction_id} is applied by active payments or refunds ({applied}); "
            "void them before you delete it."
        )


def live_transaction(ws: Workspace, transaction_id: int | None) -> dict[str, t.Any] | None:
    """The bank transaction a payment or refund may draw on, or ``None`` (missing or deleted)."""
    if transaction_id is None:
        return None
    txn = ws.refs[KIND].look(transaction_id)
    return None if txn is None or is_deleted(txn) else t.cast(dict[str, t.Any], txn)


def guard_delete(ws: Workspace, key: t.Any) -> None:
    """409 for deleting a transaction that active payments or refunds use (a missing one is the 404's)."""
    from .payments import transaction_applied  # payments reads transactions through this module

    if isinstance(key, int) and not isinstance(key, bool):
        applied = transaction_applied(ws, key)
        if applied > 0:
            raise TransactionInUse(key, applied)


def check_amount(ws: Workspace, row: dict[str, t.Any], created: bool) -> None:
    """400 on ``amount`` (the write undone) if a changed transaction's amount is below what is applied."""
    from .payments import transaction_applied

    if created or "id" not in row:
        return
    applied = transaction_applied(ws, int(row["id"]))
    if applied <= 0:
        return
    try:
        amount = money(abs(Decimal(str(row.get("amount") or 0))))
    except InvalidOperation:
        return  # not a number: the schema's validation answers it
    if amount < applied:
        raise ValidationFailed.field(
            "amount", f"Ensure this value is at least {applied}, what payments and refunds have applied from it."
        )


__all__ = ["KIND", "TransactionInUse", "check_amount", "guard_delete", "live_transaction"]
