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
from typing import Any

CENT = Decimal("0.01")
#: Largest amount the mock accepts for one line, payment or invoice total (a documented limit:
#: sums of such amounts stay inside the spec's ranges).
MAX_AMOUNT = Decimal("1000000000000")
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


class PaymentStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    SENT = "sent"
    PARTIAL = "partial"
    PAID = "paid"
    UNCOLLECTIBLE = "uncollectible"
    VOIDED = "voided"


class PaymentType(enum.StrEnum):
    CREDIT_MEMO = "CREDIT_MEMO"
    BANK_TRANSACTION = "BANK_TRANSACTION"
    MANUAL_TRANSACTION = "MANUAL_TRANSACTION"


#: Days from invoice date to due date for each ``terms`` value (``custom``: none).
TERMS_DAYS: dict[str, int] = {
    "net_5": 5,
    "net_7": 7,
    "net_10": 10,
    "net_15": 15,
    "net_20": 20,
    "net_30": 30,
    "net_40": 40,
    "net_45": 45,
    "net_60": 60,
    "net_90": 90,
    "net_105": 105,
    "net_120": 120,
    "due_on_receipt": 0,
}


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
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Payment:
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

    @property
    def active(self) -> bool:
        return self.voided_date is None


@dataclass(slots=True)
class Invoice:
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
    def amount_due(self) -> Decimal:
        return self.total_amount - self.amount_paid - (self.payment_term_applied_discount or ZERO)

    @property
    def payment_status(self) -> PaymentStatus:
        """Derived status: void beats everything, then payments, then the caller's flag."""
        if self.voided_date is not None:
            return PaymentStatus.VOIDED
        if self.amount_paid > ZERO and self.amount_due <= ZERO:
            return PaymentStatus.PAID
        if self.amount_paid > ZERO:
            return PaymentStatus.PARTIAL
        if self.status_flag == PaymentStatus.UNCOLLECTIBLE:
            return PaymentStatus.UNCOLLECTIBLE
        if self.status_flag == PaymentStatus.DRAFT:
            return PaymentStatus.DRAFT
        if self.sent_date is not None or self.status_flag == PaymentStatus.SENT:
            return PaymentStatus.SENT
        return PaymentStatus.OPEN

    def recompute_total(self) -> None:
        self.total_amount = money(sum((ln.amount + ln.tax for ln in self.lines), ZERO) - self.discount)
