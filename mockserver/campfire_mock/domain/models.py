"""Domain objects of a workspace: invoices, their lines and payments.

Money is ``Decimal`` rounded to cents (half up); quantities and rates keep the
precision they were given. Reference objects (clients, entities, products,
contracts, credit memos, bank transactions, payment terms) are stored as plain
dicts in their API shape, since the mock only reads and creates them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any, ClassVar

from .document import (
    MAX_AMOUNT,
    PAYABLE,
    RECEIVABLE,
    TERMS_DAYS,
    Document,
    DocumentPayment,
    PaymentStatus,
    Side,
    lines_total,
)

CENT = Decimal("0.01")
ZERO = Decimal("0")
#: Zero as money: the default of money fields, so a stored "0.00" reads back as "0.00".
NO_MONEY = Decimal("0.00")


#: Enough digits to round any amount the spec allows (up to 1e18, times 1e16 quantities) to cents.
_WIDE = Context(prec=60)


def money(value: Decimal | float | int | str) -> Decimal:
    """Round to cents, half up, as an accounting system does."""
    if not isinstance(value, Decimal):
        value = Decimal(str(value))
    return value.quantize(CENT, rounding=ROUND_HALF_UP, context=_WIDE)


class PaymentType(enum.StrEnum):
    CREDIT_MEMO = "CREDIT_MEMO"
    BANK_TRANSACTION = "BANK_TRANSACTION"
    MANUAL_TRANSACTION = "MANUAL_TRANSACTION"


@dataclass(slots=True)
class Line:
    id: int
    product: int | None
    quantity: Decimal
    rate: Decimal
    amount: Decimal
    tax: Decimal
    currency: str
    created_at: datetime
    last_modified_at: datetime
    description: str | None = None
    service_date: date | None = None
    department: int | None = None
    discount: Decimal = NO_MONEY
    #: ``amount`` x ``discount_percentage`` / 100 where a percentage is sent (else as sent, else the line's
    #: ``discount``, else 0): the line's total, receivables and revenue are net of it (the twin's choice:
    #: ``docs/books.md``).
    discount_amount: Decimal = NO_MONEY
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Payment(DocumentPayment):
    """A payment received on an invoice (``DocumentPayment``: active until voided)."""

    id: int
    invoice_id: int
    amount: Decimal
    currency: str
    payment_date: date | None
    payment_type: PaymentType
    source: str | None
    created_at: datetime
    last_modified_at: datetime
    journal_entry: int
    external_id: str | None = None
    credit_memo_id: int | None = None
    transaction_id: int | None = None
    account_id: int | None = None
    memo: str | None = None
    withheld_amount: Decimal | None = None
    voided_date: date | None = None
    voided_journal_entry: int | None = None


@dataclass(slots=True)
class Invoice(Document):
    """A document sent to a client (``Document``: its figures are the base's, as a bill's are)."""

    side: ClassVar[Side] = RECEIVABLE

    id: int
    invoice_number: str
    invoice_date: date
    due_date: date
    entity: int
    currency: str
    lines: list[Line]
    created_at: datetime
    last_modified_at: datetime
    journal_entry: int
    client: int | None = None
    contract: int | None = None
    terms: str | None = "net_30"
    payment_term: int | None = None
    discount: Decimal = NO_MONEY
    payment_term_applied_discount: Decimal | None = None
    total_amount: Decimal = NO_MONEY
    amount_paid: Decimal = NO_MONEY
    payment_ids: list[int] = field(default_factory=list)
    #: ``draft``, ``sent`` or ``uncollectible`` as set by the caller; the rest is derived.
    status_flag: str | None = None
    sent_date: date | None = None
    uncollectible_date: date | None = None
    voided_date: date | None = None
    voided_journal_entry: int | None = None
    paid_date: date | None = None
    #: Other writable fields, stored and echoed as given (already validated by the spec).
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def discount_granted(self) -> Decimal:
        return self.payment_term_applied_discount or ZERO

    @property
    def default_department(self) -> int | None:
        """The department sent with the invoice itself (write-only in Campfire's schema): the department of
        each of its lines that names none, in its entry and in reports."""
        value = self.extra.get("department")
        if isinstance(value, bool) or value in (None, ""):
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            return None

    @property
    def caller_status(self) -> PaymentStatus | None:
        """The caller's ``uncollectible`` or ``draft``, else ``sent`` once sent."""
        if self.status_flag in (PaymentStatus.UNCOLLECTIBLE, PaymentStatus.DRAFT):
            return PaymentStatus(self.status_flag)
        if self.sent_date is not None or self.status_flag == PaymentStatus.SENT:
            return PaymentStatus.SENT
        return None

    def recompute_total(self) -> None:
        """Lines' amount and tax, less their percentage discounts, less the invoice's ``discount``."""
        off = self.discount
        for ln in self.lines:
            if ln.discount_amount:
                off += ln.discount_amount
        self.total_amount = money(lines_total(self.lines) - off)


__all__ = [
    "CENT",
    "MAX_AMOUNT",
    "NO_MONEY",
    "PAYABLE",
    "RECEIVABLE",
    "TERMS_DAYS",
    "ZERO",
    "Invoice",
    "Line",
    "Payment",
    "PaymentStatus",
    "PaymentType",
    "money",
]
