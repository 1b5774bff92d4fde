"""One document model for both sides: an invoice is a document sent, a bill a document received.

``Document`` is the base of ``models.Invoice`` (stored typed) and ``bill_models.Bill`` (read typed from
its stored row). It owns the figures that follow from a document's total, what was paid and its due
date, written once for both sides:

* ``amount_due`` = ``total_amount`` - ``amount_paid`` - any early-payment discount granted (invoices
  only; a bill grants none);
* ``payment_status``: voided > paid (something was paid and nothing is due) > partial > the caller's
  flag (an invoice's ``draft``/``sent``/``uncollectible``; a bill has none) > open;
* ``past_due_days(today)``: days since the due date while the document is unpaid (open, sent or
  partial), else ``None``; ``status(today)``: the list filters' vocabulary (``status_word``), the same rule
  for both sides.

``DocumentPayment`` is the base of a payment received (``models.Payment``) and a payment made
(``bill_models.BillPayment``): active until voided. A ``Side`` says what differs between the two sides:
the counterparty's field, the control account's role in the chart (``receivables``/``payables``), the
document's date and number fields and its number prefix. The rules of building either side's
documents that are the same (the due date from the terms, the frame of the lines, the lines' total)
are here too.
"""

from __future__ import annotations

import enum
import typing as t
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from ..errors import ValidationFailed
from ..limits import MAX_LINES, MAX_YEAR, MIN_YEAR
from .values import as_date

_ZERO = Decimal("0")
#: Largest amount the mock accepts for one line, payment or document total (a documented limit:
#: sums of such amounts stay inside the spec's ranges).
MAX_AMOUNT = Decimal("1000000000000")
#: Zero as money: where a sum of amounts in cents starts.
_NO_MONEY = Decimal("0.00")

#: Days from the document date to the due date for each ``terms`` value (``custom``: none).
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


class PaymentStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    SENT = "sent"
    PARTIAL = "partial"
    PAID = "paid"
    UNCOLLECTIBLE = "uncollectible"
    VOIDED = "voided"


#: Statuses of a document something is still due on.
UNPAID = frozenset({PaymentStatus.OPEN, PaymentStatus.SENT, PaymentStatus.PARTIAL})


class Ids(t.Protocol):
    """What draws ids: a workspace (``Workspace.next_id``), named so to keep this module below it."""

    def next_id(self, kind: str) -> int: ...


@dataclass(frozen=True, slots=True)
class Side:
    """What differs between receivables (invoices) and payables (bills)."""

    #: The document's name in messages: ``invoice`` or ``bill``.
    name: str
    #: The field naming the counterparty (a client, or a vendor; both are vendors in the chart).
    counterparty: str
    #: The control account's role in the chart (``chart.roles``): ``receivables`` or ``payables``.
    control_role: str
    #: The document's date and number fields, and its numbers' prefix (``INV-0000001``).
    date_field: str
    number_field: str
    number_prefix: str

    def next_number(self, ws: Ids) -> str:
        """The next default document number of the workspace (``INV-0000001``, ``BILL-0000001``)."""
        return f"{self.number_prefix}-{ws.next_id(self.number_field):07d}"


RECEIVABLE = Side("invoice", "client", "receivables", "invoice_date", "invoice_number", "INV")
PAYABLE = Side("bill", "vendor", "payables", "bill_date", "bill_number", "BILL")


class Document:
    """The base of invoices and bills: their derived figures, once."""

    __slots__ = ()
    side: t.ClassVar[Side]

    if t.TYPE_CHECKING:

        @property
        def total_amount(self) -> Decimal: ...
        @property
        def amount_paid(self) -> Decimal: ...
        @property
        def due_date(self) -> date | None: ...
        @property
        def voided_date(self) -> date | None: ...

    @property
    def counterparty(self) -> int | None:
        """The client an invoice is sent to, the vendor a bill is received from (``Side.counterparty``)."""
        return t.cast(int | None, getattr(self, self.side.counterparty))

    @property
    def discount_granted(self) -> Decimal:
        """An early-payment discount granted on it (none unless a side grants one)."""
        return _ZERO

    @property
    def caller_status(self) -> PaymentStatus | None:
        """A status the caller set (``draft``, ``sent``, ``uncollectible``), if the side keeps one."""
        return None

    @property
    def amount_due(self) -> Decimal:
        return self.total_amount - self.amount_paid - self.discount_granted

    @property
    def payment_status(self) -> PaymentStatus:
        """Derived: void beats everything, then payments, then the caller's flag, then open."""
        if self.voided_date is not None:
            return PaymentStatus.VOIDED
        if self.amount_paid > _ZERO and self.amount_due <= _ZERO:
            return PaymentStatus.PAID
        if self.amount_paid > _ZERO:
            return PaymentStatus.PARTIAL
        return self.caller_status or PaymentStatus.OPEN

    def paid_on(self, dates: t.Iterable[date | None]) -> date | None:
        """The day it was paid: the last of its active payments' ``dates`` once it is paid, else ``None``."""
        found = [day for day in dates if day is not None]
        return max(found) if self.payment_status == PaymentStatus.PAID and found else None

    def past_due_days(self, today: date, status: PaymentStatus | None = None) -> int | None:
        """Days since the due date while it is unpaid (open, sent or partial), else ``None``. ``status``:
        its ``payment_status``, when the caller has it already."""
        if (status or self.payment_status) not in UNPAID or self.due_date is None or self.due_date >= today:
            return None
        return (today - self.due_date).days

    def status(self, today: date) -> str:
        """Its ``status`` on ``today`` (``status_word``)."""
        state = self.payment_status
        return status_word(state, self.past_due_days(today, state))


#: A document's ``status`` by its ``payment_status``, when it is not past due (plain strings: read once).
_STATUS_WORDS: dict[str, str] = {state: state.value for state in PaymentStatus}
_STATUS_WORDS[PaymentStatus.PARTIAL] = "partially_paid"


def status_word(state: str, past_due_days: int | None) -> str:
    """A document's ``status``, in the list filter's vocabulary, from its ``payment_status`` and its
    ``past_due_days``: ``past_due`` while something is due after the due date (open, sent or partial),
    else ``partially_paid`` for partial, else the payment status (``open``, ``sent``, a bill's or an
    invoice's alike; an invoice's ``draft``/``uncollectible`` flag, ``paid``, ``voided``)."""
    return "past_due" if past_due_days is not None else _STATUS_WORDS[state]


class DocumentPayment:
    """The base of a payment received (on an invoice) and a payment made (on a bill)."""

    __slots__ = ()

    if t.TYPE_CHECKING:

        @property
        def amount(self) -> Decimal: ...
        @property
        def voided_date(self) -> date | None: ...

    @property
    def active(self) -> bool:
        """Not voided: it counts in what its document has been paid."""
        return self.voided_date is None


class Amounted(t.Protocol):
    """A line: an amount and its tax."""

    @property
    def amount(self) -> Decimal: ...
    @property
    def tax(self) -> Decimal: ...


def lines_total(lines: t.Iterable[Amounted]) -> Decimal:
    """The lines' amounts and tax (each already in cents, so the sum is too)."""
    total = _NO_MONEY
    for ln in lines:  # a loop rather than ``sum`` of a generator: the same additions, in the same order
        total += ln.amount + ln.tax
    return total


# ---------------------------------------------------------------------- building, both sides


def due_from_terms(day: date, terms: str | None) -> date | None:
    days = TERMS_DAYS.get(terms or "")
    return None if days is None else day + timedelta(days=days)


def document_date(side: Side, value: t.Any, errors: dict[str, t.Any]) -> date | None:
    """The document's date (``invoice_date``/``bill_date``): required, within the supported years."""
    try:
        day = as_date(value)
    except ValueError:
        errors[side.date_field] = [f"Enter a valid date between the years {MIN_YEAR} and {MAX_YEAR}."]
        return None
    if day is None:
        errors[side.date_field] = ["This field is required."]
    return day


def due_days(body: t.Mapping[str, t.Any], terms: str | None, payment_term_days: int | None) -> int | None:
    """Days from the document date to its due date, one rule for both sides: the ``terms`` the request
    sends, else the days of the payment term it sends, else the document's ``terms`` (an invoice's
    default ``net_30``), else its payment term's days. ``custom`` terms count none."""
    sent_terms = TERMS_DAYS.get(terms or "") if "terms" in body else None
    if sent_terms is not None:
        return sent_terms
    if "payment_term" in body and payment_term_days is not None:
        return payment_term_days
    kept = TERMS_DAYS.get(terms or "")
    return kept if kept is not None else payment_term_days


def due_date(
    side: Side,
    day: date | None,
    *,
    given: date | None,
    kept: date | None,
    days: int | None,
    follow: bool,
    errors: dict[str, t.Any],
) -> date | None:
    """The due date: the one ``given``; else, when it ``follow``s the terms (a create, a PUT, a PATCH of
    terms, payment term or date), the document date plus ``days`` (``due_days``); else the one ``kept``.
    Required; never before the document date."""
    due = given
    if due is None and day is not None:
        if follow and days is not None:
            try:
                due = day + timedelta(days=days)
            except OverflowError:  # terms counted from a document date late in 9999
                errors["due_date"] = [f"Ensure the date falls between the years {MIN_YEAR} and {MAX_YEAR}."]
                return None
        due = due or kept
        if due is None:
            errors["due_date"] = ["This field is required."]
    if due is not None and day is not None and due < day:
        errors["due_date"] = [f"The due date cannot be before the {side.name} date."]
    return due


_L = t.TypeVar("_L")


def build_lines(
    raw: t.Any, errors: dict[str, t.Any], build: t.Callable[[dict[str, t.Any], dict[str, t.Any]], _L]
) -> list[_L]:
    """A document's lines from the request, each ``build(item, its_errors)``: a list of 1 to
    ``MAX_LINES`` items, the errors of each line (if any has one) under ``lines`` as DRF lists them."""
    if not isinstance(raw, list) or not raw:
        errors["lines"] = ["This list may not be empty."]
        return []
    if len(raw) > MAX_LINES:
        errors["lines"] = [f"Ensure this field has no more than {MAX_LINES} elements."]
        return []
    lines: list[_L] = []
    line_errors: list[dict[str, t.Any]] = []
    for item in raw:
        err: dict[str, t.Any] = {}
        lines.append(build(item, err))
        line_errors.append(err)
    if any(line_errors):
        errors["lines"] = line_errors
    return lines


def line_over_cap(amount: Decimal, tax: Decimal, err: dict[str, t.Any], *, computed: bool = False) -> bool:
    """Whether a line's amount or tax reaches ``MAX_AMOUNT`` (then DRF's message under ``amount``; an amount the
    line did not send but its ``quantity`` x ``rate`` made says so, since no single field was out of bounds)."""
    if abs(amount) < MAX_AMOUNT and abs(tax) < MAX_AMOUNT:
        return False
    if computed and abs(amount) >= MAX_AMOUNT:
        err.setdefault("amount", []).append(f"Ensure quantity x rate is less than {MAX_AMOUNT} in size.")
    else:
        err.setdefault("amount", []).append(f"Ensure this value is less than {MAX_AMOUNT} in size.")
    return True


def check_total(name: str, total: Decimal) -> None:
    """Lines within the cap may still add up beyond it: a 400 under ``lines`` naming the document."""
    if abs(total) >= MAX_AMOUNT:
        raise ValidationFailed.field("lines", f"Ensure the {name} total is less than {MAX_AMOUNT} in size.")


__all__ = [
    "MAX_AMOUNT",
    "PAYABLE",
    "RECEIVABLE",
    "TERMS_DAYS",
    "UNPAID",
    "Amounted",
    "Document",
    "DocumentPayment",
    "PaymentStatus",
    "Side",
    "build_lines",
    "check_total",
    "document_date",
    "due_date",
    "due_days",
    "due_from_terms",
    "line_over_cap",
    "lines_total",
    "status_word",
]
