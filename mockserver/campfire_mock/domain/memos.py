"""Credit memos and debit memos on one typed model: a debit memo is a credit memo from a vendor.

Both are stored in their API shape (a credit memo among the reference objects, a debit memo in the
debit memos' table). What a memo has been used for is kept with it: the ids of the document payments
that applied it (``_payment_ids``: invoice payments for a credit memo, bill payments for a debit memo)
and the refunds marked on it (``REFUNDS``: money the memo paid out, or the vendor sent back). ``Memo``
reads a stored memo once (its ``MemoLine``s, the ``Application``s that applied it, its ``Refund``s) and
owns the figures that follow: ``amount_used``, ``amount_remaining`` and
``application_status``. The two sides differ only by a ``MemoSide``: which table holds the payments
that apply it, and where its total comes from.

``application_status``: ``voided`` once voided; else ``open`` while nothing is used, ``used`` once
nothing remains, ``partially_used`` between. (A memo whose total is zero and that nothing used is
``open``.)
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .document import lines_total
from .documents import BILL_PAYMENTS, REFUNDS
from .models import ZERO, money
from .values import as_date, dec, rel_id
from .workspace import Workspace

Row = dict[str, t.Any]


def _ref(value: t.Any) -> int | None:
    """A stored relation id (``None`` for none, or for a value that names nothing)."""
    try:
        return rel_id(value)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class MemoLine:
    """A line of a memo: an amount and its tax on an account (a credit memo's may name a product)."""

    id: int | None
    account: int | None
    amount: Decimal
    tax: Decimal
    description: str | None
    department: int | None
    product: int | None

    @classmethod
    def of(cls, row: Row) -> MemoLine:
        return cls(
            id=row.get("id"),
            account=_ref(row.get("account")),
            amount=money(dec(row.get("amount") or 0)),
            tax=money(dec(row.get("tax") or 0)),
            description=row.get("description"),
            department=_ref(row.get("department")),
            product=_ref(row.get("product")),
        )


@dataclass(frozen=True, slots=True)
class Refund:
    """A refund marked on a memo (mark-used): money paid out to the client, or sent back by the vendor,
    by a bank transaction. Its id is drawn from the side's payment ids, so ``/payment/{id}/`` names it."""

    id: int
    amount: Decimal
    transaction_id: int | None
    account_id: int | None
    payment_date: date | None
    voided_date: date | None
    journal_entry: int | None
    voided_journal_entry: int | None
    memo: str | None

    @property
    def active(self) -> bool:
        return self.voided_date is None

    @classmethod
    def of(cls, row: Row) -> Refund:
        return cls(
            id=int(row["id"]),
            amount=money(dec(row.get("amount") or 0)),
            transaction_id=row.get("transaction_id"),
            account_id=row.get("account_id"),
            payment_date=as_date(row.get("payment_date")),
            voided_date=as_date(row.get("voided_date")),
            journal_entry=row.get("journal_entry"),
            voided_journal_entry=row.get("voided_journal_entry"),
            memo=row.get("memo"),
        )


@dataclass(frozen=True, slots=True)
class Application:
    """A document payment that applied the memo (to an invoice, or to a bill)."""

    id: int
    amount: Decimal
    active: bool


@dataclass(frozen=True, slots=True)
class MemoSide:
    """What differs between a credit memo and a debit memo."""

    name: str
    #: The applications of the stored memo ``row`` (the side's payments it names, in id order).
    applications: t.Callable[[Workspace, Row], list[Application]]
    #: The memo's total from the stored memo and its lines: stored on a credit memo (an overpayment memo
    #: has no lines), the lines' amounts and tax on a debit memo.
    total: t.Callable[[Row, tuple[MemoLine, ...]], Decimal]


def _invoice_payments(ws: Workspace, row: Row) -> list[Application]:
    made = (ws.payments.peek(p) for p in sorted(row.get("_payment_ids") or []) if p in ws.payments)
    return [Application(p.id, p.amount, p.active) for p in made]


def _bill_payments(ws: Workspace, row: Row) -> list[Application]:
    table = ws.table(BILL_PAYMENTS)
    made = (table.look(p) for p in sorted(row.get("_payment_ids") or []) if p in table)
    return [Application(int(p["id"]), money(dec(p["amount"])), not p.get("voided_date")) for p in made]


CREDIT = MemoSide("credit memo", _invoice_payments, lambda row, _: money(dec(row.get("total_amount") or 0)))
DEBIT = MemoSide("debit memo", _bill_payments, lambda _, lines: lines_total(lines))


@dataclass(frozen=True, slots=True)
class Memo:
    """A credit or debit memo as its rules read it: its total, what applied it, its refunds."""

    side: MemoSide
    id: int
    lines: tuple[MemoLine, ...]
    total_amount: Decimal
    voided: bool
    applications: tuple[Application, ...]
    refunds: tuple[Refund, ...]

    @classmethod
    def of(cls, ws: Workspace, side: MemoSide, row: Row) -> Memo:
        lines = tuple(MemoLine.of(ln) for ln in row.get("lines") or [])
        return cls(
            side=side,
            id=int(row["id"]),
            lines=lines,
            total_amount=side.total(row, lines),
            voided=bool(row.get("voided_date")),
            applications=tuple(side.applications(ws, row)),
            refunds=tuple(Refund.of(r) for r in row.get(REFUNDS) or []),
        )

    @property
    def amount_used(self) -> Decimal:
        """What active applications and active refunds took."""
        applied = sum((a.amount for a in self.applications if a.active), ZERO)
        return money(applied + sum((r.amount for r in self.refunds if r.active), ZERO))

    @property
    def amount_remaining(self) -> Decimal:
        return money(self.total_amount - self.amount_used)

    @property
    def application_status(self) -> str:
        """``voided``, ``open``, ``used`` or ``partially_used``."""
        if self.voided:
            return "voided"
        if self.amount_used <= ZERO:
            return "open"
        return "used" if self.amount_remaining <= ZERO else "partially_used"

    @property
    def has_active_payments(self) -> bool:
        """Whether an active application or refund uses it (it cannot be voided, deleted or re-lined)."""
        return any(a.active for a in self.applications) or any(r.active for r in self.refunds)

    @property
    def payment_ids(self) -> list[int]:
        """The ids of its payments (applications and refunds), in id order."""
        return sorted({*(a.id for a in self.applications), *(r.id for r in self.refunds)})

    def refund(self, payment_id: int) -> Refund | None:
        return next((r for r in self.refunds if r.id == payment_id), None)

    def usage(self) -> dict[str, t.Any]:
        """The figures a memo's answers show."""
        return {
            "total_amount": self.total_amount,
            "amount_used": self.amount_used,
            "amount_remaining": self.amount_remaining,
            "application_status": self.application_status,
        }


def credit_memo(ws: Workspace, row: Row) -> Memo:
    return Memo.of(ws, CREDIT, row)


def debit_memo(ws: Workspace, row: Row) -> Memo:
    return Memo.of(ws, DEBIT, row)


__all__ = [
    "CREDIT",
    "DEBIT",
    "Application",
    "Memo",
    "MemoLine",
    "MemoSide",
    "Refund",
    "credit_memo",
    "debit_memo",
    "lines_total",
]
