"""Debit memo rules: the credit memo lifecycle mirrored (a debit memo is a credit memo from a vendor).

Stored as its API shape in the debit memos' table; what it has been used for is kept with it: the bill
payments that applied it (``_payment_ids``, made by a bill's ``/pay/``) and the refunds the vendor sent
back (``documents.REFUNDS``, made by mark-used), which share the bill payments' ids so that
``/payment/{payment_id}/`` names one or the other. ``amount_used``, ``amount_remaining`` and
``application_status`` follow from the active ones (``memos.Memo``, the credit memo's model). Decisions where
Campfire's docs are silent:

* Numbers: ``DM-0000005`` style, continuing from the highest the workspace has seen (a memo created
  with its own number moves the sequence past it); ``next-debit-memo-number`` answers the next one
  without drawing it.
* Lines and relations are the bills' (``bills.payable_lines``); ``debit_account`` must be an account, and
  left out of a create (or cleared) is the chart's payables, the account the memo's entry debits (stored, and
  answered).
* A PUT (its request component requires the entity, the date and the lines) keeps the optional fields it does
  not send (vendor, debit account, number, texts), as DRF's PUT saves only what it validated.
* A memo applied by active payments or refunds cannot be voided, deleted or have its lines replaced
  (409); voiding twice, reopening a memo that is not voided and marking a voided memo used are 409s.
* Mark-used takes at most what remains on the memo and what is left of the bank transaction, which must be
  money in (the vendor's refund is a deposit; a withdrawal is a 400 naming it under ``transaction_id``).
* A payment's void from the memo's side voids the bill payment (or the refund); delete removes only a
  refund (a bill payment is deleted from its bill), otherwise 404.
* Delete is DRF's soft delete: the memo leaves the list and the ledger.
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..errors import (
    DebitMemoAlreadyVoided,
    DebitMemoHasPayments,
    DebitMemoIsVoided,
    DebitMemoNotFound,
    DebitMemoNotVoided,
    DebitMemoPaymentNotFound,
    PaymentAlreadyVoided,
    ValidationFailed,
)
from .bank_transactions import direction_error
from .bill_payments import BillPaymentService, transaction_left
from .bills import payable_lines
from .chart import roles
from .currency import check_book_rate, entity_currency, kept_book_rate
from .document import check_total
from .documents import BILL_PAYMENTS, DEBIT_MEMOS, REFUNDS, active, as_date, dec, relation
from .generic import is_deleted, object_key
from .lifecycle import Refusals, StoredRows, bulk_search
from .memos import debit_memo
from .models import MAX_AMOUNT, money
from .payments import check_account
from .workspace import Workspace

Row = dict[str, t.Any]
NUMBERS = "debit_memo_number"
#: Writable fields the rules read themselves; the other writable ones are kept as given.
HANDLED = frozenset({"lines", "debit_memo_number", "entity", "vendor", "debit_account", "currency", "debit_memo_date"})
HANDLED |= {"journal_entry", "voided_journal_entry", "application_status", "total_amount", "amount_used"}
KEPT = ("entity", "vendor", "debit_account", "currency", "debit_memo_date", "debit_memo_number")


def next_debit_memo_number(ws: Workspace) -> str:
    """The number the next debit memo gets unless it brings its own (nothing is drawn)."""
    return f"DM-{ws.sequences.get(NUMBERS, 1):07d}"


def _follow(ws: Workspace, number: t.Any) -> None:
    digits = "".join(ch for ch in str(number) if ch.isdigit())
    if digits and len(digits) <= 15:
        ws.bump_sequence(NUMBERS, int(digits))


def memo_active_payments(ws: Workspace, memo: Row) -> bool:
    return debit_memo(ws, memo).has_active_payments


class DebitMemoService(StoredRows):
    """Debit memos of one workspace (callers hold the store lock): the mirror of ``CreditMemoService``."""

    refusals = Refusals(DebitMemoAlreadyVoided, DebitMemoNotVoided, DebitMemoIsVoided, DebitMemoHasPayments)

    def __init__(self, payments: BillPaymentService) -> None:
        self.payments = payments

    def get(self, ws: Workspace, memo_id: t.Any, *, write: bool = False) -> Row:
        table = ws.table(DEBIT_MEMOS)
        key = object_key(memo_id)
        row = table.look(key) if key is not None else None
        if key is None or row is None or is_deleted(row):
            raise DebitMemoNotFound(memo_id)
        return table[key] if write else t.cast(Row, row)

    def rows(self, ws: Workspace) -> list[Row]:
        """Live memos, newest date first (ties: highest id first)."""
        live = [r for _, r in sorted(dict.items(ws.table(DEBIT_MEMOS))) if not is_deleted(r)]
        return sorted(live, key=lambda r: (str(r.get("debit_memo_date") or ""), int(r["id"])), reverse=True)

    def _apply(self, ws: Workspace, memo: Row | None, body: Row, *, partial: bool) -> Row:
        errors: dict[str, t.Any] = {}
        merged = {**({k: memo.get(k) for k in KEPT} if memo is not None else {}), **body}  # PUT too (DRF)
        entity = relation(ws, "entity", "entity", merged.get("entity"), errors)
        if entity is None and "entity" not in errors:
            errors["entity"] = ["This field is required."]
        vendor = relation(ws, "vendor", "vendor", merged.get("vendor"), errors)
        account = relation(ws, "account", "debit_account", merged.get("debit_account"), errors)
        if account is None and "debit_account" not in errors:
            # none named: the payables its entry debits (payables_posting), stored so that all three agree
            account = roles(ws)["payables"]
        currency = merged.get("currency") or entity_currency(ws, entity)
        kept_rate = kept_book_rate(memo, currency, entity, partial=partial)
        check_book_rate(ws, entity, currency, body.get("exchange_rate_book", kept_rate), errors)
        try:
            day = as_date(merged.get("debit_memo_date"))
        except ValueError:
            day = None
        if day is None:
            errors["debit_memo_date"] = ["This field is required."]
        if memo is None or "lines" in body or not partial:
            lines = payable_lines(ws, body.get("lines"), currency, errors)
        else:
            lines = memo["lines"]
        if errors:
            raise ValidationFailed(errors)
        now = ws.now_text()
        if memo is None:
            memo = {
                "id": ws.next_id(DEBIT_MEMOS),
                "journal_entry": ws.next_id("journal_entry"),
                "created_at": now,
                "voided_date": None,
                "voided_journal_entry": None,
                "is_deleted": False,
                "deleted_at": None,
                "_payment_ids": [],
                REFUNDS: [],
            }
        memo.update({k: v for k, v in body.items() if k not in HANDLED})
        if "exchange_rate_book" not in body:  # a PUT to another currency or entity keeps no stale rate
            if kept_rate is not None:
                memo["exchange_rate_book"] = kept_rate
            elif memo:
                memo.pop("exchange_rate_book", None)
        number = body.get("debit_memo_number") or memo.get("debit_memo_number")
        if number:
            _follow(ws, number)
        else:
            number = f"DM-{ws.next_id(NUMBERS):07d}"
        memo.update(
            entity=entity,
            vendor=vendor,
            debit_account=account,
            currency=currency,
            debit_memo_date=day.isoformat() if day else None,
            debit_memo_number=number,
            lines=lines,
            last_modified_at=now,
        )
        check_total("debit memo", debit_memo(ws, memo).total_amount)
        return memo

    def create(self, ws: Workspace, body: Row) -> Row:
        memo = self._apply(ws, None, body, partial=False)
        ws.table(DEBIT_MEMOS)[memo["id"]] = memo
        return memo

    def update(self, ws: Workspace, memo_id: t.Any, body: Row, *, partial: bool) -> Row:
        memo = self.get(ws, memo_id, write=True)
        self.check_change(ws, memo, lines="lines" in body or not partial)
        updated = self._apply(ws, memo, body, partial=partial)
        ws.table(DEBIT_MEMOS)[updated["id"]] = updated
        return updated

    # ------------------------------------------------------------------ the lifecycle (lifecycle.py)

    def has_active_payments(self, ws: Workspace, doc: Row) -> bool:
        return memo_active_payments(ws, doc)

    # ------------------------------------------------------------------ refunds

    def mark_used(self, ws: Workspace, memo_id: t.Any, body: Row) -> Row:
        """Record a refund the vendor sent back into a bank account (by a bank transaction)."""
        memo = self.get(ws, memo_id, write=True)
        if memo.get("voided_date"):
            raise DebitMemoIsVoided(memo["id"], "mark it used")
        errors: dict[str, t.Any] = {}
        amount = money(dec(body["amount"]))
        txn_id = object_key(body.get("transaction_id"))
        txn = ws.refs["transaction"].look(txn_id) if txn_id is not None else None
        account = check_account(ws, body, errors)
        remaining = debit_memo(ws, memo).amount_remaining
        if txn is None or is_deleted(txn):
            errors["transaction_id"] = [f'Invalid pk "{body.get("transaction_id")}" - object does not exist.']
        elif (outflow := direction_error(txn, "debit memo")) is not None:
            errors["transaction_id"] = [outflow]
        elif amount > transaction_left(ws, txn):
            errors["amount"] = [f"Only {transaction_left(ws, txn)} of this transaction is unapplied."]
        if not 0 < amount < MAX_AMOUNT:
            errors["amount"] = [f"Ensure this value is greater than 0 and less than {MAX_AMOUNT}."]
        elif amount > remaining:
            errors["amount"] = [f"Only {remaining} remains on this debit memo."]
        if errors:
            raise ValidationFailed(errors)
        now = ws.now_text()
        refund = {
            "id": ws.next_id(BILL_PAYMENTS),
            "amount": str(amount),
            "currency": memo.get("currency"),
            "payment_date": str(as_date(body.get("payment_date")) or ws.clock.today()),
            "transaction_id": txn_id,
            "account_id": account,
            "memo": body.get("memo"),
            "journal_entry": ws.next_id("journal_entry"),
            "voided_date": None,
            "voided_journal_entry": None,
            "created_at": now,
            "last_modified_at": now,
        }
        memo[REFUNDS] = [*(memo.get(REFUNDS) or []), refund]
        memo["last_modified_at"] = now
        return memo

    def _refund(self, memo: Row, payment_id: int) -> Row | None:
        return next((r for r in memo.get(REFUNDS) or [] if r["id"] == payment_id), None)

    def void_payment(self, ws: Workspace, memo_id: t.Any, payment_id: int, void_date: date | None) -> Row:
        """Void a refund of the memo, or a bill payment it made; answers the payment."""
        memo = self.get(ws, memo_id, write=True)
        refund = self._refund(memo, payment_id)
        if refund is not None:
            if not active(refund):
                raise PaymentAlreadyVoided(payment_id)
            refund.update(
                voided_date=(void_date or ws.clock.today()).isoformat(),
                voided_journal_entry=ws.next_id("journal_entry"),
                last_modified_at=ws.now_text(),
            )
            memo["last_modified_at"] = ws.now_text()
            return {**refund, "debit_memo": memo["id"]}
        if payment_id not in (memo.get("_payment_ids") or []) or payment_id not in ws.table(BILL_PAYMENTS):
            raise DebitMemoPaymentNotFound(payment_id)
        bill_id = int(ws.table(BILL_PAYMENTS).look(payment_id)["bill"])
        return self.payments.void(ws, bill_id, payment_id, void_date)

    def delete_payment(self, ws: Workspace, memo_id: t.Any, payment_id: int) -> None:
        """Remove a refund of the memo (a bill payment is deleted from its bill: 404 here)."""
        memo = self.get(ws, memo_id, write=True)
        if self._refund(memo, payment_id) is None:
            raise DebitMemoPaymentNotFound(payment_id)
        memo[REFUNDS] = [r for r in memo.get(REFUNDS) or [] if r["id"] != payment_id]
        memo["last_modified_at"] = ws.now_text()

    def bulk_search(self, ws: Workspace, numbers: list[str]) -> dict[str, list[int]]:
        live = sorted((k, r) for k, r in dict.items(ws.table(DEBIT_MEMOS)) if not is_deleted(r))
        return bulk_search(((key, row.get("debit_memo_number")) for key, row in live), numbers)


__all__ = ["DebitMemoService", "memo_active_payments", "next_debit_memo_number"]
