"""A bank transaction is never over-applied, whichever write path touches it.

What active invoice payments and credit memo refunds take from a transaction (``transaction_applied``)
must stay within its amount: lowering the amount below that is a 400 naming ``amount``, and so is turning a
used transaction's sign against the way its users move money (``bank_transactions.direction_error``: a
withdrawal paying a bill cannot become a deposit); deleting a
transaction something still uses is a 409 naming the documents whose payments or refunds use it, and a
deleted transaction funds no new payment or refund (it reads as missing: the caller's own "does not exist"
message). Called from the one place each rule applies: the generic update and destroy of
``/ca/api/transaction`` here, the readers of a transaction id through ``transaction_funds.live_transaction``.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal, InvalidOperation

from ..errors import Conflict, ValidationFailed
from .bank_transactions import direction_error, transaction_applied, transaction_users
from .models import money
from .transaction_funds import KIND

if t.TYPE_CHECKING:
    from .workspace import Workspace


#: How many documents a refusal names.
NAMED_USERS = 3


class TransactionInUse(Conflict):
    def __init__(self, transaction_id: int, applied: Decimal, users: t.Sequence[tuple[str, int]] = ()) -> None:
        named = ", ".join(f"{label} {key}" for label, key in users[:NAMED_USERS])
        more = f" and {len(users) - NAMED_USERS} more" if len(users) > NAMED_USERS else ""
        of = f" of {named}{more}" if named else ""
        super().__init__(
            f"Bank transaction {transaction_id} is applied by active payments or refunds ({applied}){of}; "
            "void them before you delete it."
        )


def guard_delete(ws: Workspace, key: t.Any) -> None:
    """409 for deleting a transaction that active payments or refunds use (a missing one is the 404's)."""
    if isinstance(key, int) and not isinstance(key, bool):
        applied = transaction_applied(ws, key)
        if applied > 0:
            raise TransactionInUse(key, applied, transaction_users(ws, key))


def check_amount(ws: Workspace, row: dict[str, t.Any], created: bool) -> None:
    """400 on ``amount`` (the write undone) if a changed transaction's amount is below what is applied, or
    moves money the other way than the payments and refunds that use it."""
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
    for label, key in transaction_users(ws, int(row["id"])):
        if (wrong := direction_error(row, label)) is not None:
            raise ValidationFailed.field("amount", f"{wrong} It is used by {label} {key}: void that first.")


__all__ = ["KIND", "TransactionInUse", "check_amount", "guard_delete"]
