"""Credit memo rules: void, reopen, mark-used (refunds), payment void and delete, update, delete.

A credit memo is stored as a reference object (``references.py`` creates it); what it has been used for
is kept with it: the invoice payments that applied it (``_payment_ids``, made by ``/pay/``) and the
refunds marked on it (``bank_transactions.REFUNDS``, made by mark-used), which share the ids of invoice payments
so that ``/payment/{payment_id}/`` names one or the other. Its ``amount_used``, ``amount_remaining`` and
``application_status`` follow from the active ones (``credit_memo_usage``, below), and the journal
entries it posts from its own fields (``journal.credit_memo_entries``).

Decisions where Campfire's docs are silent (also listed in the README):

* A memo applied by active payments (invoice payments or refunds) cannot be voided or deleted (409):
  they must be voided first, as an invoice's payments must before the invoice is voided.
* Voiding twice, reopening a memo that is not voided, marking a voided memo used and updating a voided
  memo are 409s; so is replacing the lines of a memo that active payments have applied.
* Mark-used takes a bank transaction that is money out (the refund leaves the account: a deposit is a 400
  naming it under ``transaction_id``), at most what remains on the memo and what is left of the
  transaction (its amount as a magnitude) after its invoice payments and other refunds.
* Voiding a payment the memo made to an invoice is the invoice payment void (``PaymentService.void``);
  deleting one is refused (404): only a refund is removed here, an invoice payment through its invoice.
* A deleted memo is gone for these rules (404), as DRF's soft-deleted objects are.
"""

from __future__ import annotations

import typing as t
from datetime import date
from decimal import Decimal

from ..errors import (
    CreditMemoAlreadyVoided,
    CreditMemoHasPayments,
    CreditMemoIsVoided,
    CreditMemoNotFound,
    CreditMemoNotVoided,
    CreditMemoPaymentNotFound,
    PaymentAlreadyVoided,
    ValidationFailed,
)
from .bank_transactions import REFUNDS, direction_error, transaction_left
from .currency import check_book_rate, entity_currency
from .generic import live_row, stored_row
from .lifecycle import Lifecycle, Refusals
from .memos import credit_memo
from .models import ZERO, Invoice, Payment, money
from .references import (
    MEMO_SERVER_FIELDS,
    ReferenceService,
    check_account,
    credit_memo_lines,
    follow_credit_memo_number,
    memo_credit_account,
    new_credit_memo_number,
)
from .transaction_funds import live_transaction
from .values import as_date, dec, rel_id
from .workspace import Workspace

Memo = dict[str, t.Any]


class PaymentVoider(t.Protocol):
    """What voiding a memo's invoice payment needs of the payment service (``payments.PaymentService``)."""

    def void(self, ws: Workspace, invoice_id: int, payment_id: int, void_date: date | None) -> Payment: ...


def memo_changed(ws: Workspace, payment: Payment) -> None:
    """A payment made with a credit memo moved its ``amount_used``: the memo is modified now (its
    ``credit_memo.updated`` event follows)."""
    memo = ws.refs["credit_memo"].get(payment.credit_memo_id) if payment.credit_memo_id is not None else None
    if memo is not None:
        memo["last_modified_at"] = ws.now_text()


def credit_memo_remaining(ws: Workspace, memo: dict[str, t.Any]) -> Decimal:
    """What is left of a credit memo after the active invoice payments it made and its active refunds."""
    return credit_memo(ws, memo).amount_remaining


def credit_memo_usage(ws: Workspace, memo: dict[str, t.Any]) -> dict[str, t.Any]:
    """A credit memo's total, used and remaining amounts, and its application status (``memos.Memo``)."""
    return credit_memo(ws, memo).usage()


def create_overpayment_memo(ws: Workspace, inv: Invoice, amount: Decimal, day: date) -> dict[str, t.Any]:
    """The ``overpayment`` memo of the cash an invoice's payments left over, dated (and posted) on the
    payment date of that cash, not the day it was recorded."""
    now = ws.now_text()
    memo_id = ws.next_id("credit_memo")
    memo: dict[str, t.Any] = {
        "id": memo_id,
        "credit_memo_number": new_credit_memo_number(ws),
        "credit_memo_type": "overpayment",
        "credit_memo_date": day.isoformat(),
        "client": inv.client,
        "entity": inv.entity,
        "currency": inv.currency,
        # the invoice's rates, so a memo in a foreign currency posts as its invoice does
        "exchange_rate": inv.extra.get("exchange_rate"),
        "exchange_rate_book": inv.extra.get("exchange_rate_book"),
        "total_amount": str(amount),
        "lines": [],
        "credit_account": memo_credit_account(ws, None),
        "journal_entry": ws.next_id("journal_entry"),
        "message_on_credit_memo": f"Overpayment of invoice {inv.invoice_number}",
        "created_at": now,
        "last_modified_at": now,
        "_payment_ids": [],
    }
    ws.refs["credit_memo"][memo_id] = memo
    return memo


def refund_of(memo: Memo, payment_id: int) -> dict[str, t.Any] | None:
    """The refund ``payment_id`` of a credit memo, if it is one."""
    return next((r for r in memo.get(REFUNDS) or [] if r["id"] == payment_id), None)


def memo_payment_ids(ws: Workspace, memo: Memo) -> list[int]:
    """The ids of a credit memo's payments (invoice payments and refunds), in id order."""
    return credit_memo(ws, memo).payment_ids


def has_active_payments(ws: Workspace, memo: Memo) -> bool:
    return credit_memo(ws, memo).has_active_payments


class CreditMemoService(Lifecycle[Memo]):
    """The lifecycle of credit memos in one workspace (callers hold the store lock)."""

    refusals = Refusals(CreditMemoAlreadyVoided, CreditMemoNotVoided, CreditMemoIsVoided, CreditMemoHasPayments)

    def __init__(self, payments: PaymentVoider, references: ReferenceService) -> None:
        self.payments = payments
        self.references = references

    @staticmethod
    def get(ws: Workspace, memo_id: t.Any, *, write: bool) -> Memo:
        """The memo (journaled when ``write``), or a 404 for one that does not exist or was deleted."""
        memo = live_row(ws, "credit_memo", memo_id, write=write)
        if memo is None:
            raise CreditMemoNotFound(memo_id)
        return memo

    # ------------------------------------------------------------------ the lifecycle (lifecycle.py)

    def find(self, ws: Workspace, key: t.Any) -> Memo:
        return self.get(ws, key, write=True)

    def key(self, doc: Memo) -> int:
        return int(doc["id"])

    def is_voided(self, doc: Memo) -> bool:
        return bool(doc.get("voided_date"))

    def has_active_payments(self, ws: Workspace, doc: Memo) -> bool:
        return has_active_payments(ws, doc)

    def mark_voided(self, ws: Workspace, doc: Memo, day: date) -> None:
        doc["voided_date"] = day.isoformat()
        doc["voided_journal_entry"] = ws.next_id("journal_entry")
        doc["last_modified_at"] = ws.now_text()

    def clear_void(self, ws: Workspace, doc: Memo) -> None:
        doc["voided_date"] = None
        doc["voided_journal_entry"] = None
        doc["last_modified_at"] = ws.now_text()

    # ------------------------------------------------------------------ refunds

    def mark_used(
        self,
        ws: Workspace,
        memo_id: int,
        *,
        transaction_id: t.Any,
        account_id: t.Any,
        amount: t.Any,
        payment_date: t.Any,
        memo_text: str | None = None,
    ) -> Memo:
        """Record a refund of ``amount`` from the memo, paid out by a bank transaction."""
        memo = self.get(ws, memo_id, write=True)
        if memo.get("voided_date"):
            raise CreditMemoIsVoided(memo_id, "mark it used")
        errors: dict[str, t.Any] = {}
        txn_id = rel_id(transaction_id)
        txn = live_transaction(ws, txn_id)
        if txn is None:
            errors["transaction_id"] = [f'Invalid pk "{transaction_id}" - object does not exist.']
        elif (inflow := direction_error(txn, "credit memo")) is not None:
            errors["transaction_id"] = [inflow]
        account = check_account(ws, {"account_id": account_id}, errors)
        value = money(dec(amount))
        remaining = credit_memo_remaining(ws, memo)
        if value <= ZERO:
            errors["amount"] = ["Ensure this value is greater than 0."]
        elif value > remaining:
            errors["amount"] = [f"Only {remaining} remains on this credit memo."]
        elif txn is not None and value > (left := transaction_left(ws, txn)):
            errors["amount"] = [f"Only {left} of this transaction is unapplied."]
        if errors:
            raise ValidationFailed(errors)
        now = ws.now_text()
        day = as_date(payment_date) or ws.clock.today()
        refund = {
            "id": ws.next_id("payment"),
            "transaction_id": txn_id,
            "account_id": account,
            "amount": str(value),
            "currency": memo.get("currency"),
            "payment_date": day.isoformat(),
            "memo": memo_text,
            "journal_entry": ws.next_id("journal_entry"),
            "voided_date": None,
            "voided_journal_entry": None,
            "created_at": now,
            "last_modified_at": now,
        }
        memo[REFUNDS] = [*(memo.get(REFUNDS) or []), refund]
        memo["last_modified_at"] = now
        return memo

    def void_payment(self, ws: Workspace, memo_id: int, payment_id: int, void_date: date | None) -> Memo:
        """Void one of the memo's payments: an invoice payment through the invoice's own void, or a refund."""
        memo = self.get(ws, memo_id, write=False)
        if payment_id in (memo.get("_payment_ids") or []) and payment_id in ws.payments:
            payment = ws.payments.peek(payment_id)
            self.payments.void(ws, payment.invoice_id, payment_id, void_date)
            return memo
        memo = self.get(ws, memo_id, write=True)
        refund = refund_of(memo, payment_id)
        if refund is None:
            raise CreditMemoPaymentNotFound(payment_id)
        if refund.get("voided_date"):
            raise PaymentAlreadyVoided(payment_id)
        now = ws.now_text()
        refund["voided_date"] = (void_date or ws.clock.today()).isoformat()
        refund["voided_journal_entry"] = ws.next_id("journal_entry")
        refund["last_modified_at"] = memo["last_modified_at"] = now
        return memo

    def delete_payment(self, ws: Workspace, memo_id: int, payment_id: int) -> None:
        """Remove a refund marked on the memo (404 for anything else)."""
        memo = self.get(ws, memo_id, write=True)
        if refund_of(memo, payment_id) is None:
            raise CreditMemoPaymentNotFound(payment_id)
        memo[REFUNDS] = [r for r in memo.get(REFUNDS) or [] if r["id"] != payment_id]
        memo["last_modified_at"] = ws.now_text()

    # ------------------------------------------------------------------ update / delete

    def update(self, ws: Workspace, memo_id: int, body: dict[str, t.Any]) -> Memo:
        """Merge the writable fields given (PUT and PATCH alike, as the generic resources do); new lines
        replace the old ones and the total follows them."""
        memo = self.get(ws, memo_id, write=True)
        self.check_change(ws, memo, lines=False)
        errors: dict[str, t.Any] = {}
        values = self.references.check_relations(ws, "credit_memo", body, errors)
        for name in (*MEMO_SERVER_FIELDS, "id"):
            values.pop(name, None)
        if "lines" in values:
            if has_active_payments(ws, memo):
                raise CreditMemoHasPayments(memo_id, "replace its lines")
            values["lines"], total = credit_memo_lines(ws, values["lines"] or [], errors)
            values["total_amount"] = str(total)
        if {"currency", "entity", "exchange_rate_book"} & values.keys():
            entity = values["entity"] if "entity" in values else rel_id(memo.get("entity"))
            if "currency" in values and not values["currency"]:  # null or "": the entity's, as on create
                values["currency"] = entity_currency(ws, entity)
            merged = {**memo, **values}
            check_book_rate(ws, entity, merged.get("currency"), merged.get("exchange_rate_book"), errors)
        if errors:
            raise ValidationFailed(errors)
        if "credit_account" in values:  # null: back to the account its entry then posts to
            values["credit_account"] = memo_credit_account(ws, values["credit_account"])
        if values.get("credit_memo_number") and values["credit_memo_number"] != memo.get("credit_memo_number"):
            follow_credit_memo_number(ws, values["credit_memo_number"])
        memo.update(values)
        memo["last_modified_at"] = ws.now_text()
        return memo

    def send(self, ws: Workspace, memo_id: t.Any) -> Memo:
        """E-mail the memo to its client: the mock sends nothing, and records when in ``last_sent_at``."""
        memo = self.get(ws, memo_id, write=True)
        memo["last_sent_at"] = memo["last_modified_at"] = ws.now_text()
        return memo

    def check_destroy(self, ws: Workspace, memo_id: t.Any) -> None:
        """A 409 for a memo that active payments have applied, before the generic destroy deletes it (a
        missing one is the destroy's 404)."""
        memo = stored_row(ws, "credit_memo", memo_id, write=False)
        if memo is not None:
            self.check_deletable(ws, memo)


__all__ = [
    "CreditMemoService",
    "PaymentVoider",
    "create_overpayment_memo",
    "credit_memo_remaining",
    "credit_memo_usage",
    "has_active_payments",
    "memo_changed",
    "memo_payment_ids",
    "refund_of",
]
