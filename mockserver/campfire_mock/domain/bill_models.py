"""Bills and bill payments as typed documents: a bill is an invoice received, a bill payment a payment made.

They are stored as their API shape in the bills' and bill payments' tables (``documents.BILLS``,
``BILL_PAYMENTS``: rows, so snapshots, the state database, the generic reads and the ledger's posting
rules read them as they always did). ``Bill.of`` reads a stored bill once, with its ``BillLine``s and
its ``BillPayment``s, into a ``document.Document``: its ``amount_due``, ``payment_status``,
``past_due_days`` and ``status`` are the invoice's own code (``Document``), from a total that is its
lines' amounts and tax and what its active payments paid. ``paid_date`` is the last active payment's
date once it is paid.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .document import PAYABLE, Document, DocumentPayment, Side, lines_total
from .documents import BILL_PAYMENTS
from .models import money
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
class BillLine:
    """A bill line: an amount and its tax on an expense (or asset) account."""

    id: int | None
    account: int | None
    amount: Decimal
    tax: Decimal
    department: int | None
    bill_customer: int | None
    tag_ids: tuple[int, ...]

    @classmethod
    def of(cls, row: Row) -> BillLine:
        return cls(
            id=row.get("id"),
            account=_ref(row.get("account")),
            amount=money(dec(row.get("amount") or 0)),
            tax=money(dec(row.get("tax") or 0)),
            department=_ref(row.get("department")),
            bill_customer=_ref(row.get("bill_customer")),
            tag_ids=tuple(row.get("tag_ids") or ()),
        )


@dataclass(frozen=True, slots=True)
class BillPayment(DocumentPayment):
    """A payment made on a bill: by bank transaction, manual entry or debit memo."""

    id: int
    bill: int | None
    amount: Decimal
    payment_type: str
    payment_date: date | None
    voided_date: date | None
    transaction_id: int | None
    debit_memo: int | None
    withheld_amount: Decimal | None

    @classmethod
    def of(cls, row: Row) -> BillPayment:
        withheld = row.get("withheld_amount")
        return cls(
            id=int(row["id"]),
            bill=_ref(row.get("bill")),
            amount=money(dec(row["amount"])),
            payment_type=str(row.get("payment_type") or ""),
            payment_date=as_date(row.get("payment_date")),
            voided_date=as_date(row.get("voided_date")),
            transaction_id=_ref(row.get("payment_transaction")),
            debit_memo=_ref(row.get("debit_memo")),
            withheld_amount=None if withheld is None else dec(withheld),
        )


@dataclass(frozen=True, slots=True)
class Bill(Document):
    """A document received from a vendor, as its rules and answers read it."""

    side: t.ClassVar[Side] = PAYABLE

    id: int
    bill_number: str
    bill_date: date | None
    due_date: date | None
    vendor: int | None
    entity: int | None
    lines: tuple[BillLine, ...]
    payments: tuple[BillPayment, ...]
    voided_date: date | None

    @classmethod
    def of(cls, ws: Workspace, row: Row) -> Bill:
        """Read the stored bill ``row`` and its payments (active and voided, in id order)."""
        return cls(
            id=int(row["id"]),
            bill_number=str(row.get("bill_number") or ""),
            bill_date=as_date(row.get("bill_date")),
            due_date=as_date(row.get("due_date")),
            vendor=_ref(row.get("vendor")),
            entity=_ref(row.get("entity")),
            lines=tuple(BillLine.of(ln) for ln in row.get("lines") or []),
            payments=tuple(BillPayment.of(p) for p in payment_rows(ws, row)),
            voided_date=as_date(row.get("voided_date")),
        )

    @property
    def total_amount(self) -> Decimal:
        return lines_total(self.lines)

    @property
    def amount_paid(self) -> Decimal:
        """What active payments settled: the cash (or memo) and the tax withheld with it."""
        return money(sum((p.amount + (p.withheld_amount or 0) for p in self.payments if p.active), Decimal(0)))

    @property
    def has_active_payments(self) -> bool:
        return any(p.active for p in self.payments)

    @property
    def paid_date(self) -> date | None:
        """The last active payment's date once it is paid, else ``None``."""
        return self.paid_on(p.payment_date for p in self.payments if p.active)


def payment_rows(ws: Workspace, bill: Row) -> list[Row]:
    """The stored payments of the stored bill ``bill`` (active and voided), in id order."""
    table = ws.table(BILL_PAYMENTS)
    return [table.look(p) for p in sorted(bill.get("_payment_ids") or []) if p in table]


__all__ = ["Bill", "BillLine", "BillPayment", "payment_rows"]
