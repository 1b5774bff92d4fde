"""The sync lists of payments, received (``/coa/api/v1/invoice-payments``) and made
(``/coa/api/v1/bill-payments``): one window of ``last_modified_at`` and one order for both sides.

``last_modified_at__gte``/``__lte`` take a date-time or a date; a date given as ``__lte`` means the end
of that day (as Django's ``__date`` lookups read it), a malformed one is a 400 naming the parameter.
Rows are ordered by ``(last_modified_at, id)`` so a sync can resume where it stopped.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from datetime import datetime

from .clock import filter_moment
from .models import Payment
from .workspace import Workspace


@dataclass(frozen=True, slots=True)
class ModifiedWindow:
    """The ``last_modified_at`` range a sync asks for (either end open)."""

    gte: datetime | None
    lte: datetime | None

    @classmethod
    def of(cls, modified_gte: str | None, modified_lte: str | None) -> ModifiedWindow:
        """The window of the query parameters (400 for a malformed one)."""
        gte = filter_moment("last_modified_at__gte", modified_gte)
        return cls(gte, filter_moment("last_modified_at__lte", modified_lte, whole_day=True))

    def holds(self, moment: datetime) -> bool:
        return (self.gte is None or moment >= self.gte) and (self.lte is None or moment <= self.lte)


def sync_order(last_modified_at: t.Any, key: int) -> tuple[str, int]:
    """The order of the sync lists: ``(last_modified_at, id)``, the moment as ISO text."""
    text = last_modified_at.isoformat() if isinstance(last_modified_at, datetime) else str(last_modified_at)
    return text, key


def sync_key(payment: Payment) -> tuple[str, int]:
    """The order of the payments sync list: ``(last_modified_at, id)``."""
    return sync_order(payment.last_modified_at, payment.id)


def received_payments(
    ws: Workspace,
    *,
    invoice_id: int | None = None,
    external_id: str | None = None,
    voided: bool | None = None,
    modified_gte: str | None = None,
    modified_lte: str | None = None,
) -> list[Payment]:
    """Invoice payments matching the sync list's filters, ordered by ``(last_modified_at, id)``."""
    window = ModifiedWindow.of(modified_gte, modified_lte)
    out = []
    for p in ws.payments.values():
        if invoice_id is not None and p.invoice_id != invoice_id:
            continue
        if external_id and p.external_id != external_id:
            continue
        if voided is not None and (p.voided_date is not None) != voided:
            continue
        if not window.holds(p.last_modified_at):
            continue
        out.append(p)
    out.sort(key=sync_key)
    return out


__all__ = ["ModifiedWindow", "received_payments", "sync_key", "sync_order"]
