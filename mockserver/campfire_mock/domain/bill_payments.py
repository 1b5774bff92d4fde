"""Paying bills: ``/pay/`` by bank transaction, manual (empty) transaction or debit memo; a payment's void
and delete; applying a bank transaction to its vendor's bills; the sync list of bill payments.

The mirror of ``payments.py`` (a bill payment is a payment made). Decisions where Campfire's docs are
silent:

* ``/pay/`` needs at least one of ``transactions``, ``debit_memos``, ``empty_transactions`` (400
  otherwise); ``credit_memos`` are the receivables side's, a 400 on a bill. Debit memos are applied
  first, then bank transactions, then manual payments.
* Paying more than is due is a 400 naming the amount due (Campfire documents no overpayment rule for
  bills; the invoice side's overpayment credit memo has no payables counterpart documented).
* What a payment withholds (``withholding_amount``) settles the bill with its amount, as on invoices
  (``payment_terms.check_withholding``: at most what is due when it applies); the bill's ``amount_paid``
  counts both and the payment's entry credits the withholding payable what was withheld.
* A bank transaction pays a bill only if it is money out (a withdrawal, a negative amount: 400 naming
  it under ``transaction_id`` otherwise, on ``/pay/`` and ``transaction/{id}/bill_payments``), and at
  most what is left of it: its amount as a magnitude less what invoice payments, credit memo refunds,
  bill payments and debit memo refunds have taken of it (``bank_transactions.transaction_applied``), the
  same rule as invoices'.
* A debit memo pays at most what remains on it, must not be voided, and must be the bill's vendor's.
* ``external_id`` of a manual payment is a dedup key among active bill payments (400 when reused).
* Paying, voiding or deleting a payment changes the bill's (and a debit memo's) ``last_modified_at``.
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..errors import BillIsVoided, BillPaymentNotFound, PaymentAlreadyVoided, TransactionNotFound, ValidationFailed
from . import payment_terms
from .bank_transactions import direction_error, transaction_left
from .bills import BillService, bill_state
from .clock import parse_moment
from .documents import BILL_PAYMENTS, BILLS, DEBIT_MEMOS, active, as_date, dec, rel_id, withheld
from .generic import is_deleted
from .memos import debit_memo
from .models import MAX_AMOUNT, ZERO, money
from .payment_sync import ModifiedWindow, sync_order
from .payments import check_account
from .workspace import Workspace

Row = dict[str, t.Any]


def settle(ws: Workspace, bill: Row) -> None:
    """Keep the bill's ``paid_date``: the last active payment's date once nothing is due, else ``None``
    (its webhook says ``bill.paid`` when it is set)."""
    paid = bill_state(ws, bill).paid_date
    bill["paid_date"] = None if paid is None else paid.isoformat()


def _touch_memo(ws: Workspace, memo_id: t.Any) -> None:
    if memo_id is not None and memo_id in ws.table(DEBIT_MEMOS):
        ws.table(DEBIT_MEMOS)[memo_id]["last_modified_at"] = ws.now_text()


class BillPaymentService:
    """Payments of bills in one workspace (callers hold the store lock)."""

    def __init__(self, bills: BillService) -> None:
        self.bills = bills

    # ------------------------------------------------------------------ pay

    def _transaction(self, ws: Workspace, item: Row, err: dict[str, t.Any]) -> Row:
        amount = money(dec(item["amount"]))
        txn_id = rel_id(item.get("transaction_id"))
        txn = ws.refs["transaction"].look(txn_id) if txn_id is not None else None
        if txn_id is None:
            err["transaction_id"] = ["This field is required."]
        elif txn is None or is_deleted(txn):
            err["transaction_id"] = [f'Invalid pk "{txn_id}" - object does not exist.']
        elif (inflow := direction_error(txn, "bill")) is not None:
            err["transaction_id"] = [inflow]
        elif amount > transaction_left(ws, txn):
            err["amount"] = [f"Only {transaction_left(ws, txn)} of this transaction is unapplied."]
        return {
            "payment_type": "BANK_TRANSACTION",
            "amount": amount,
            "payment_date": as_date((txn or {}).get("date")),
            "payment_transaction": txn_id,
            "account_id": check_account(ws, item, err),
            "withheld_amount": withheld(item),
        }

    def _manual(self, ws: Workspace, item: Row, err: dict[str, t.Any], seen: set[str]) -> Row:
        external_id = item.get("external_id") or None
        taken = {p.get("external_id") for p in dict.values(ws.table(BILL_PAYMENTS)) if active(p)}
        if external_id and (external_id in seen or external_id in taken):
            err["external_id"] = ["bill payment with this external id already exists."]
        if external_id:
            seen.add(external_id)
        return {
            "payment_type": "MANUAL_TRANSACTION",
            "amount": money(dec(item["amount"])),
            "payment_date": as_date(item.get("payment_date")),
            "account_id": check_account(ws, item, err),
            "external_id": external_id,
            "memo": item.get("memo"),
            "department_id": rel_id(item.get("department_id")),
            "tag_ids": list(item.get("tag_ids") or []),
            "withheld_amount": withheld(item),
        }

    def _debit_memo(self, ws: Workspace, bill: Row, item: Row, err: dict[str, t.Any]) -> Row:
        amount = money(dec(item["amount"]))
        memo_id = rel_id(item.get("debit_memo_id"))
        memo = ws.table(DEBIT_MEMOS).look(memo_id) if memo_id is not None else None
        if memo is None or is_deleted(memo):
            err["debit_memo_id"] = [f'Invalid pk "{memo_id}" - object does not exist.']
        elif memo.get("voided_date"):
            err["debit_memo_id"] = ["This debit memo is voided."]
        elif bill.get("vendor") is not None and memo.get("vendor") not in (None, bill["vendor"]):
            err["debit_memo_id"] = ["This debit memo belongs to another vendor."]
        elif amount > (remaining := debit_memo(ws, memo).amount_remaining):
            err["amount"] = [f"Only {remaining} remains on this debit memo."]
        return {
            "payment_type": "DEBIT_MEMO",
            "amount": amount,
            "payment_date": as_date(item.get("posted_at")),
            "debit_memo": memo_id,
        }

    def _proposals(self, ws: Workspace, bill: Row, body: Row) -> list[Row]:
        """Every payment source checked, in apply order (debit memos, transactions, manual)."""
        errors: dict[str, t.Any] = {}
        proposals: list[Row] = []
        seen: set[str] = set()
        checks: tuple[tuple[str, t.Callable[[Row, dict[str, t.Any]], Row]], ...] = (
            ("debit_memos", lambda item, err: self._debit_memo(ws, bill, item, err)),
            ("transactions", lambda item, err: self._transaction(ws, item, err)),
            ("empty_transactions", lambda item, err: self._manual(ws, item, err, seen)),
        )
        for source, check in checks:
            item_errors = []
            for item in body.get(source) or []:
                err: dict[str, t.Any] = {}
                if not 0 < dec(item["amount"]) < MAX_AMOUNT:
                    err["amount"] = [f"Ensure this value is greater than 0 and less than {MAX_AMOUNT}."]
                if abs(dec(item.get("withholding_amount") or 0)) >= MAX_AMOUNT:
                    err["withholding_amount"] = [f"Ensure this value is less than {MAX_AMOUNT}."]
                proposal = check(item, err)
                proposals.append(proposal)
                item_errors.append(err)
            if any(item_errors):
                errors[source] = item_errors
        if body.get("credit_memos"):
            errors["credit_memos"] = ["Credit memos pay invoices; a bill is paid with debit memos."]
        if not proposals and not errors:
            errors["non_field_errors"] = ["Provide at least one of transactions, debit_memos or empty_transactions."]
        if errors:
            raise ValidationFailed(errors)
        due = bill_state(ws, bill).amount_due
        payment_terms.check_withholding(body, due, "bill")
        total = sum((p["amount"] + dec(p.get("withheld_amount") or 0) for p in proposals), ZERO)
        if total > due:
            raise ValidationFailed({"non_field_errors": [f"Payments of {total} exceed the {due} due on this bill."]})
        return proposals

    def pay(self, ws: Workspace, bill_id: int, body: Row) -> Row:
        bill = self.bills.get(ws, bill_id, write=True)
        if bill.get("voided_date"):
            raise BillIsVoided(bill_id, "record payments")
        proposals = self._proposals(ws, bill, body)
        now = ws.now_text()
        table = ws.table(BILL_PAYMENTS)
        for prop in proposals:
            payment = {
                **prop,
                "id": ws.next_id(BILL_PAYMENTS),
                "bill": bill_id,
                "amount": str(prop["amount"]),
                "currency": bill.get("currency"),
                "payment_date": (prop["payment_date"] or ws.clock.today()).isoformat(),
                "payment_journal_entry": ws.next_id("journal_entry"),
                "source": "MANUAL",
                "source_id": None,
                "voided_date": None,
                "voided_journal_entry": None,
                "created_at": now,
                "last_modified_at": now,
            }
            table[payment["id"]] = payment
            bill["_payment_ids"] = [*(bill.get("_payment_ids") or []), payment["id"]]
            if payment.get("debit_memo") is not None:
                memo = ws.table(DEBIT_MEMOS)[payment["debit_memo"]]
                memo["_payment_ids"] = [*(memo.get("_payment_ids") or []), payment["id"]]
                memo["last_modified_at"] = now
        bill["last_modified_at"] = now
        settle(ws, bill)
        return bill

    # ------------------------------------------------------------------ void / delete

    def _payment(self, ws: Workspace, bill_id: int, payment_id: int) -> tuple[Row, Row]:
        bill = self.bills.get(ws, bill_id, write=True)
        payment = ws.table(BILL_PAYMENTS).get(payment_id)
        if payment is None or payment.get("bill") != bill_id:
            raise BillPaymentNotFound(payment_id)
        return bill, payment

    def void(self, ws: Workspace, bill_id: int, payment_id: int, void_date: date | None) -> Row:
        """Void a payment on ``void_date`` (today by default): a reversing entry; the bill is due again."""
        bill, payment = self._payment(ws, bill_id, payment_id)
        if not active(payment):
            raise PaymentAlreadyVoided(payment_id)
        now = ws.now_text()
        payment.update(
            voided_date=(void_date or ws.clock.today()).isoformat(),
            voided_journal_entry=ws.next_id("journal_entry"),
            last_modified_at=now,
        )
        bill["last_modified_at"] = now
        settle(ws, bill)
        _touch_memo(ws, payment.get("debit_memo"))
        return payment

    def delete(self, ws: Workspace, bill_id: int, payment_id: int) -> None:
        """Remove a payment and its entries; the bill is due again."""
        bill, payment = self._payment(ws, bill_id, payment_id)
        del ws.table(BILL_PAYMENTS)[payment_id]
        bill["_payment_ids"] = [p for p in bill.get("_payment_ids") or [] if p != payment_id]
        bill["last_modified_at"] = ws.now_text()
        settle(ws, bill)
        memo_id = payment.get("debit_memo")
        if memo_id is not None and memo_id in ws.table(DEBIT_MEMOS):
            memo = ws.table(DEBIT_MEMOS)[memo_id]
            memo["_payment_ids"] = [p for p in memo.get("_payment_ids") or [] if p != payment_id]
            memo["last_modified_at"] = ws.now_text()

    # ------------------------------------------------------------------ bank transactions

    def apply_to_vendor(self, ws: Workspace, transaction_id: int) -> Row:
        """Pay the transaction's vendor's open bills with it, oldest due date first, until it is used up
        (404 for an unknown transaction); what it paid, as ``invoice_payments`` answers it: each bill and
        amount, the payments and journal entries made, and what is left of the transaction."""
        txn = ws.refs["transaction"].look(transaction_id)
        if txn is None or is_deleted(txn):
            raise TransactionNotFound(transaction_id)
        if (inflow := direction_error(txn, "bill")) is not None:  # which way it moves, before whose it is
            raise ValidationFailed.field("transaction_id", inflow)
        vendor = rel_id(txn.get("vendor") or txn.get("client"))
        if vendor is None:
            raise ValidationFailed({"non_field_errors": ["This transaction names no vendor to apply it to."]})
        bills = [
            row
            for _, row in sorted(dict.items(ws.table(BILLS)))
            if row.get("vendor") == vendor and not is_deleted(row) and not row.get("voided_date")
        ]
        bills.sort(key=lambda row: (str(row.get("due_date")), int(row["id"])))
        applied: list[Row] = []
        made: list[int] = []
        for row in bills:
            left = transaction_left(ws, txn)
            due = bill_state(ws, row).amount_due
            if left <= 0:
                break
            if due <= 0:
                continue
            amount = min(left, due)
            bill = self.pay(
                ws, int(row["id"]), {"transactions": [{"transaction_id": transaction_id, "amount": amount}]}
            )
            made.append(bill["_payment_ids"][-1])
            applied.append({"bill_id": int(row["id"]), "amount": amount})
        payments = ws.table(BILL_PAYMENTS)
        return {
            "transaction_id": transaction_id,
            "applied": applied,
            "payment_ids": made,
            "journal_entry_ids": [payments[p]["payment_journal_entry"] for p in made],
            "unapplied_amount": transaction_left(ws, txn),
        }

    # ------------------------------------------------------------------ sync listing

    def sync_list(
        self,
        ws: Workspace,
        *,
        external_id: str | None = None,
        voided: bool | None = None,
        modified_gte: str | None = None,
        modified_lte: str | None = None,
    ) -> list[Row]:
        """Bill payments matching the filters (voided ones included unless ``voided=false``), ordered by
        ``(last_modified_at, id)``."""
        window = ModifiedWindow.of(modified_gte, modified_lte)
        found = []
        for payment in dict.values(ws.table(BILL_PAYMENTS)):
            moment = parse_moment(str(payment["last_modified_at"]))
            if external_id and payment.get("external_id") != external_id:
                continue
            if voided is not None and (not active(payment)) != voided:
                continue
            if not window.holds(moment):
                continue
            found.append(payment)
        found.sort(key=sync_key)
        return found


def sync_key(row: Row) -> tuple[str, int]:
    """The order of the sync lists: ``(last_modified_at, id)``."""
    return sync_order(row["last_modified_at"], int(row["id"]))


__all__ = ["BillPaymentService", "settle", "sync_key", "transaction_left"]
