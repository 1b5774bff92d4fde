"""Invoice answers rendered, checked and encoded once, kept across writes until one touches them.

A workspace holds one ``InvoiceBodies`` (``Workspace.rendered``), made on the first invoice answer.
An entry is the body of one invoice in one schema, with the day it was rendered on (``past_due_days``
moves with the day). A write forgets the invoices it touched, those of the payments and revenue
transactions and files it touched, every body if it touched a tag, or everything if it touched a reference
object, the customer, or replaced the workspace.
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain.documents import TAGS
from ..domain.files import KIND as FILES
from ..domain.revenue import REVENUE
from ..domain.tables import MISSING, REFERENCE_KINDS, Journal
from ..domain.values import rel_id
from ..domain.workspace import Workspace


class InvoiceBodies:
    """Encoded invoice bodies by invoice id, then schema, with the day each was rendered on."""

    def __init__(self) -> None:
        self.bodies: dict[int, dict[str, tuple[date, t.Any]]] = {}
        #: What invoices' answers show of the objects they name (``invoice_answer.InvoiceAnswers.names``), by
        #: schema and ids named; forgotten with every body once a write touches a reference object.
        self.names: dict[tuple[t.Any, ...], t.Any] = {}

    @classmethod
    def of(cls, ws: Workspace) -> InvoiceBodies:
        """The workspace's cache (made on first use)."""
        cache = ws.rendered
        if not isinstance(cache, InvoiceBodies):
            cache = ws.rendered = cls()
        return cache

    def get(self, invoice_id: int, schema: str, today: date) -> t.Any:
        """The body rendered today, or ``None``."""
        hit = self.bodies.get(invoice_id, {}).get(schema)
        return hit[1] if hit is not None and hit[0] == today else None

    def put(self, invoice_id: int, schema: str, today: date, body: t.Any) -> None:
        self.bodies.setdefault(invoice_id, {})[schema] = (today, body)

    def forget(self, ws: Workspace, journal: Journal) -> None:
        """Drop the bodies the write ``journal`` recorded may have changed (all, and the names, if it touched a
        reference object or the customer, or replaced the workspace)."""
        bodies = self.bodies
        if not bodies and not self.names:
            return
        if journal.replaced is not None or ws.customer != journal.customer:
            self._clear()
            return
        # One pass over the tables the write touched (``names_hold``'s test, folded in): a reference table
        # drops everything, whatever was dropped before it.
        for table, seen in journal.before.values():
            kind = table.kind
            if kind == "invoice":
                for invoice_id in seen:
                    bodies.pop(invoice_id, None)
            elif kind in _REFERENCES:
                self._clear()
                return
            elif kind == "payment":
                for key, before in seen.items():
                    for payment in (before, dict.get(table, key, MISSING)):
                        if payment is not MISSING:
                            bodies.pop(payment.invoice_id, None)
            elif kind in _TAGS:  # a line answers the tags its ``tag_ids`` names (rarely written: drop all bodies)
                bodies.clear()
            elif kind == FILES:  # an invoice answers the files uploaded for it (``attachments``)
                for key, before in seen.items():
                    for row in (before, dict.get(table, key, MISSING)):
                        if isinstance(row, dict) and row.get("model") == "invoice":
                            found = rel_id(row.get("object_id"))
                            if found is not None:
                                bodies.pop(found, None)
            elif kind == REVENUE:  # an invoice answers the revenue transactions naming it
                for key, before in seen.items():
                    for row in (before, dict.get(table, key, MISSING)):
                        if isinstance(row, dict) and isinstance(row.get("invoice"), int):
                            bodies.pop(row["invoice"], None)

    def _clear(self) -> None:
        self.bodies.clear()
        self.names.clear()


def names_hold(ws: Workspace, journal: Journal | None) -> bool:
    """Whether what answers show of the objects invoices name still holds in the write ``journal`` (or
    outside one): it has touched no reference object, nor the customer, nor replaced the workspace."""
    if journal is None:
        return True
    if journal.replaced is not None or ws.customer != journal.customer:
        return False
    return not any(table.kind in _REFERENCES for table, _ in journal.before.values())


_REFERENCES = frozenset(REFERENCE_KINDS)
_TAGS = frozenset({TAGS, "/coa/api/tag-group"})


__all__ = ["InvoiceBodies", "names_hold"]
