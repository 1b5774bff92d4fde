"""The lifecycle every document shares, on both sides: an invoice and a bill (a bill is an invoice
received), a credit memo and a debit memo (a debit memo is a credit memo from a vendor).

A document is voided (a reversing entry on its void date, today by default) and reopened (the reversal
removed); it cannot be voided twice, reopened unless voided, changed while voided, nor voided, deleted
or have its lines replaced while active payments apply it: they are voided first. Those rules are
written once here (``Lifecycle``); each kind of document says how its documents are found, whether
payments apply one, and how it is marked, cleared and removed, and names its refusals (``Refusals``:
the same four 409s, each naming the kind).

Numbers are looked up the same way on every side (``bulk_search``: each number asked for with the ids
of the documents carrying it exactly, in id order).
"""

from __future__ import annotations

import abc
import typing as t
from dataclasses import dataclass
from datetime import date

from ..errors import DomainError
from .workspace import Workspace

D = t.TypeVar("D")


@dataclass(frozen=True, slots=True)
class Refusals:
    """A kind of document's 409s: voided twice, reopened unless voided, changed while voided, and
    used by active payments (each built from the document's id, and what was tried)."""

    already_voided: t.Callable[[int], DomainError]
    not_voided: t.Callable[[int], DomainError]
    is_voided: t.Callable[[int, str], DomainError]
    has_payments: t.Callable[[int, str], DomainError]


class Lifecycle(abc.ABC, t.Generic[D]):
    """Void, reopen, delete and the guard of a change, once for every kind of document."""

    refusals: t.ClassVar[Refusals]

    # ------------------------------------------------------------------ what a kind says

    @abc.abstractmethod
    def find(self, ws: Workspace, key: t.Any) -> D:
        """The live document ``key`` names, journaled for a change (its kind's 404 otherwise)."""

    @abc.abstractmethod
    def key(self, doc: D) -> int: ...

    @abc.abstractmethod
    def is_voided(self, doc: D) -> bool: ...

    @abc.abstractmethod
    def has_active_payments(self, ws: Workspace, doc: D) -> bool:
        """Whether an active payment (or refund) applies the document."""

    @abc.abstractmethod
    def mark_voided(self, ws: Workspace, doc: D, day: date) -> None:
        """Set the void date and draw the reversal's journal entry id."""

    @abc.abstractmethod
    def clear_void(self, ws: Workspace, doc: D) -> None: ...

    def changed(self, ws: Workspace, doc: D) -> None:
        """What else a change of the document moves (nothing, unless a kind says so)."""

    # ------------------------------------------------------------------ the shared rules

    def check_change(self, ws: Workspace, doc: D, *, lines: bool) -> None:
        """A voided document cannot be changed; its lines cannot be replaced while payments apply it."""
        if self.is_voided(doc):
            raise self.refusals.is_voided(self.key(doc), "change it")
        if lines and self.has_active_payments(ws, doc):
            raise self.refusals.has_payments(self.key(doc), "replace its lines")

    def void(self, ws: Workspace, key: t.Any, day: date | None) -> D:
        doc = self.find(ws, key)
        if self.is_voided(doc):
            raise self.refusals.already_voided(self.key(doc))
        if self.has_active_payments(ws, doc):
            raise self.refusals.has_payments(self.key(doc), "void it")
        self.mark_voided(ws, doc, day or ws.clock.today())
        self.changed(ws, doc)
        return doc

    def reopen(self, ws: Workspace, key: t.Any) -> D:
        doc = self.find(ws, key)
        if not self.is_voided(doc):
            raise self.refusals.not_voided(self.key(doc))
        self.clear_void(ws, doc)
        self.changed(ws, doc)
        return doc

    def check_deletable(self, ws: Workspace, doc: D) -> None:
        if self.has_active_payments(ws, doc):
            raise self.refusals.has_payments(self.key(doc), "delete it")


class Removable(Lifecycle[D]):
    """A kind whose documents its own rules delete (a credit memo is deleted by the generic destroy,
    after ``check_deletable``)."""

    @abc.abstractmethod
    def remove(self, ws: Workspace, doc: D) -> None:
        """Delete the document (hard or soft, as its kind keeps them)."""

    def delete(self, ws: Workspace, key: t.Any) -> None:
        doc = self.find(ws, key)
        self.check_deletable(ws, doc)
        self.remove(ws, doc)
        self.changed(ws, doc)


class StoredRows(Removable[dict[str, t.Any]]):
    """A kind stored as API-shaped rows (bills, debit memos): found by ``get``, voided by ``voided_date``
    and the reversing entry's id, deleted softly, as DRF's soft delete keeps them."""

    @abc.abstractmethod
    def get(self, ws: Workspace, key: t.Any, *, write: bool = False) -> dict[str, t.Any]:
        """The live row ``key`` names (the kind's 404 otherwise)."""

    def find(self, ws: Workspace, key: t.Any) -> dict[str, t.Any]:
        return self.get(ws, key, write=True)

    def key(self, doc: dict[str, t.Any]) -> int:
        return int(doc["id"])

    def is_voided(self, doc: dict[str, t.Any]) -> bool:
        return bool(doc.get("voided_date"))

    def mark_voided(self, ws: Workspace, doc: dict[str, t.Any], day: date) -> None:
        doc.update(
            voided_date=day.isoformat(),
            voided_journal_entry=ws.next_id("journal_entry"),
            last_modified_at=ws.now_text(),
        )

    def clear_void(self, ws: Workspace, doc: dict[str, t.Any]) -> None:
        doc.update(voided_date=None, voided_journal_entry=None, last_modified_at=ws.now_text())

    def remove(self, ws: Workspace, doc: dict[str, t.Any]) -> None:
        """DRF's soft delete: the document leaves its list and the ledger."""
        doc.update(is_deleted=True, deleted_at=ws.now_text(), last_modified_at=ws.now_text())


def bulk_search(numbered: t.Iterable[tuple[int, t.Any]], numbers: list[str]) -> dict[str, list[int]]:
    """Each number asked for, with the ids of the documents (``(id, number)`` in id order) carrying it
    exactly."""
    wanted: dict[str, list[int]] = {n: [] for n in numbers}
    for key, number in numbered:
        if number in wanted:
            wanted[number].append(key)
    return wanted


__all__ = ["Lifecycle", "Refusals", "Removable", "StoredRows", "bulk_search"]
