"""The bank transaction a payment or refund may draw on: a deleted one funds nothing."""

from __future__ import annotations

import typing as t

from .generic import is_deleted

if t.TYPE_CHECKING:
    from .workspace import Workspace

#: The stored kind of bank transactions.
KIND = "transaction"


def live_transaction(ws: Workspace, transaction_id: int | None) -> dict[str, t.Any] | None:
    """The bank transaction a payment or refund may draw on, or ``None`` (missing or deleted)."""
    if transaction_id is None:
        return None
    txn = ws.refs[KIND].look(transaction_id)
    return None if txn is None or is_deleted(txn) else t.cast(dict[str, t.Any], txn)


__all__ = ["KIND", "live_transaction"]
