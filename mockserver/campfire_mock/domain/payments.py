"""Payment rules: pay, calculate, default amount, void, delete, sync listing.

Decisions where Campfire's docs are silent (also listed in the README):

* ``/pay/`` needs at least one of ``transactions``, ``credit_memos``,
  ``empty_transactions`` (400 otherwise). Credit memos are applied first, then
  bank transactions, then manual payments, each up to the amount still due.
* Cash beyond the amount due is not lost: it becomes one credit memo of type
  ``overpayment`` for the invoice's client (``auto_created_credit_memos``).
  Credit memos cannot over-pay (400), nor be applied beyond what remains on them.
* A bank transaction cannot be applied beyond its unapplied amount (400): what active
  payments and credit memo refunds (``credit_memos.py``'s mark-used) have not taken.
* ``external_id`` of a manual payment is a dedup key: re-sending one that an
  active payment already has is rejected (400), so a retried request is safe.
* Early-payment discounts are the invoice's payment term's (``payment_terms.py``, which also
  holds the calculate/default previews); a pay that settles the invoice inside the window records
  ``payment_term_applied_discount``. Voiding a payment withdraws the discount.
* The sync list's window and order are ``payment_sync.py``'s, shared with bill payments.
* Recording or voiding a payment updates the invoice's ``last_modified_at``.
* Withholding settles with the payment: an item's ``withholding_amount`` (at most what is due when it
  applies: ``payment_terms.check_withholding``, as calculate-payment checks it) lowers what is due with its
  amount; the invoice's ``amount_paid`` counts both, and the payment's entry debits the withholding
  receivable what was withheld (``posting.payment_entries``).
"""

from __future__ import annotations

import typing as t
from datetime import date
from decimal import Decimal

from ..errors import (
    InvoiceIsVoided,
    PaymentAlreadyVoided,
    PaymentNotFound,
    TransactionNotFound,
    ValidationFailed,
)
from . import payment_terms
from .bank_transactions import REFUNDS, direction_error, transaction_left
from .credit_memos import create_overpayment_memo, credit_memo_remaining, memo_changed
from .generic import is_deleted
from .invoice_query import InvoiceQuery, filter_invoices
from .invoices import InvoiceService
from .models import MAX_AMOUNT, ZERO, Invoice, Payment, PaymentStatus, PaymentType, money
from .payment_terms import term_discount
from .references import check_account
from .transaction_funds import live_transaction
from .values import as_date, dec, rel_id
from .workspace import Workspace


def active_external_ids(ws: Workspace) -> frozenset[str]:
    """The ``external_id`` of every active payment: an index built once per workspace version, so a
    pay's dedup check costs one lookup per item, not a scan of every stored payment."""
    touched = 0
    if ws.journal is not None:  # payments a write added or touched since the index was built make it stale
        entry = ws.journal.before.get(id(ws.payments))
        touched = len(entry[1]) if entry is not None else 0
    key = (ws.version, id(ws.payments), len(ws.payments), touched)
    cached = ws.derived.get("active_external_ids")
    if cached is not None and cached[0] == key:
        return t.cast(frozenset[str], cached[1])
    ids = frozenset(p.external_id for p in ws.payments.values() if p.active and p.external_id)
    ws.derived["active_external_ids"] = (key, ids)
    return ids


def recompute(ws: Workspace, inv: Invoice) -> None:
    """Refresh ``amount_paid`` and ``paid_date`` from the invoice's active payments."""
    active = [ws.payments[p] for p in inv.payment_ids if ws.payments[p].active]
    inv.amount_paid = money(sum((p.amount + (p.withheld_amount or ZERO) for p in active), ZERO))
    if inv.payment_term_applied_discount and inv.total_amount - inv.amount_paid > inv.payment_term_applied_discount:
        inv.payment_term_applied_discount = None
    paid = inv.payment_status == PaymentStatus.PAID
    inv.paid_date = inv.paid_on(p.payment_date for p in active) or (ws.clock.today() if paid else None)
    inv.last_modified_at = ws.clock.now()


class PaymentService:
    """Payments of invoices in one workspace (callers hold the store lock)."""

    def __init__(self, invoices: InvoiceService) -> None:
        self.invoices = invoices

    # ------------------------------------------------------------------ pay

    def _proposals(self, ws: Workspace, inv: Invoice, body: dict[str, t.Any]) -> list[dict[str, t.Any]]:
        """Check every payment source; return them as uniform proposals, in apply order."""
        errors: dict[str, t.Any] = {}
        proposals: list[dict[str, t.Any]] = []
        sources = (
            ("credit_memos", self._credit_memo),
            ("transactions", self._bank_transaction),
            ("empty_transactions", self._manual),
        )
        seen_external: set[str] = set()
        for source, check in sources:
            item_errors: list[dict[str, t.Any]] = []
            for item in body.get(source) or []:
                err: dict[str, t.Any] = {}
                proposals.append(check(ws, inv, item, err, seen_external))
                item_errors.append(err)
            if any(item_errors):
                errors[source] = item_errors
        for i, item in enumerate(body.get("debit_memos") or []):
            errors.setdefault("debit_memos", [{} for _ in body["debit_memos"]])
            errors["debit_memos"][i] = {
                "debit_memo_id": [f'Invalid pk "{item["debit_memo_id"]}" - object does not exist.']
            }
        if not proposals and not errors:
            errors["non_field_errors"] = ["Provide at least one of transactions, credit_memos or empty_transactions."]
        if errors:
            raise ValidationFailed(errors)
        credit = sum((p["amount"] for p in proposals if p["kind"] == PaymentType.CREDIT_MEMO), ZERO)
        if credit > inv.amount_due:
            raise ValidationFailed({"credit_memos": [f"Credits of {credit} exceed the {inv.amount_due} due."]})
        return proposals

    @staticmethod
    def _credit_memo(
        ws: Workspace, inv: Invoice, item: dict[str, t.Any], err: dict[str, t.Any], _: set[str]
    ) -> dict[str, t.Any]:
        memo = ws.refs["credit_memo"].get(item["credit_memo_id"])
        amount = money(dec(item["amount"]))
        if memo is None or is_deleted(memo):
            err["credit_memo_id"] = [f'Invalid pk "{item["credit_memo_id"]}" - object does not exist.']
        elif memo.get("voided_date"):
            err["credit_memo_id"] = ["This credit memo is voided."]
        elif amount > credit_memo_remaining(ws, memo):
            err["amount"] = [f"Only {credit_memo_remaining(ws, memo)} remains on this credit memo."]
        elif inv.client is not None and memo.get("client") not in (None, inv.client):
            err["credit_memo_id"] = ["This credit memo belongs to another client."]
        if amount <= 0:
            err["amount"] = ["Ensure this value is greater than 0."]
        return {
            "kind": PaymentType.CREDIT_MEMO,
            "amount": amount,
            "date": as_date(item["posted_at"]),
            "credit_memo_id": item["credit_memo_id"],
            "source": "MANUAL",
        }

    @staticmethod
    def _bank_transaction(
        ws: Workspace, inv: Invoice, item: dict[str, t.Any], err: dict[str, t.Any], _: set[str]
    ) -> dict[str, t.Any]:
        amount = money(dec(item["amount"]))
        txn_id = rel_id(item.get("transaction_id"))
        txn = live_transaction(ws, txn_id)
        if txn_id is None:
            err["transaction_id"] = ["This field is required."]
        elif txn is None:
            err["transaction_id"] = [f'Invalid pk "{txn_id}" - object does not exist.']
        elif (outflow := direction_error(txn, "invoice")) is not None:
            err["transaction_id"] = [outflow]
        elif amount > transaction_left(ws, txn):
            err["amount"] = [f"Only {transaction_left(ws, txn)} of this transaction is unapplied."]
        if amount <= 0:
            err["amount"] = ["Ensure this value is greater than 0."]
        return {
            "kind": PaymentType.BANK_TRANSACTION,
            "amount": amount,
            "date": as_date(txn.get("date")) if txn else None,
            "transaction_id": txn_id,
            "account_id": check_account(ws, item, err),
            "source": "MANUAL",
            "withheld": payment_terms.withholding(item),
        }

    @staticmethod
    def _manual(
        ws: Workspace, inv: Invoice, item: dict[str, t.Any], err: dict[str, t.Any], seen_external: set[str]
    ) -> dict[str, t.Any]:
        amount = money(dec(item["amount"]))
        external_id = item.get("external_id") or None
        if amount <= 0:
            err["amount"] = ["Ensure this value is greater than 0."]
        if external_id and (external_id in seen_external or external_id in active_external_ids(ws)):
            err["external_id"] = ["payment with this external id already exists."]
        if external_id:
            seen_external.add(external_id)
        return {
            "kind": PaymentType.MANUAL_TRANSACTION,
            "amount": amount,
            "date": as_date(item["payment_date"]),
            "account_id": check_account(ws, item, err),
            "external_id": external_id,
            "memo": item.get("memo"),
            "source": "MANUAL",
            "withheld": payment_terms.withholding(item),
        }

    def pay(self, ws: Workspace, invoice_id: int, body: dict[str, t.Any]) -> dict[str, t.Any]:
        inv = self.invoices.get(ws, invoice_id)
        if inv.voided_date is not None:
            raise InvoiceIsVoided(invoice_id, "record payments")
        payment_terms.check_amounts(body)
        payment_terms.check_withholding(body, inv.amount_due)
        proposals = self._proposals(ws, inv, body)
        excess = ZERO
        cash = sum((p["amount"] for p in proposals if p["kind"] != PaymentType.CREDIT_MEMO), ZERO)
        total = sum((p["amount"] for p in proposals), ZERO)
        if total >= MAX_AMOUNT:  # each within the cap, and an overpayment credit memo must be too
            raise ValidationFailed({"non_field_errors": [f"Ensure the payments add up to less than {MAX_AMOUNT}."]})
        overpaid = total + sum((p.get("withheld") or ZERO for p in proposals), ZERO) - inv.amount_due
        if overpaid > 0 and cash > 0 and inv.client is None:
            raise ValidationFailed({"non_field_errors": ["Overpayment needs an invoice with a client."]})

        now = ws.clock.now()
        payment_ids: list[int] = []
        journal_ids: list[int] = []
        due = inv.amount_due
        excess_day: date | None = None  # the (latest) payment date of the cash left over
        for prop in proposals:
            held = prop.get("withheld") or ZERO  # settles with the cash; at most what is due (check_withholding)
            due -= held
            applied = min(prop["amount"], max(due, ZERO))
            excess += prop["amount"] - applied
            if prop["amount"] > applied:
                paid_on = prop["date"] or ws.clock.today()
                excess_day = paid_on if excess_day is None else max(excess_day, paid_on)
            if applied <= 0 and not held:
                continue
            due -= applied
            payment = Payment(
                id=ws.next_id("payment"),
                invoice_id=inv.id,
                amount=applied,
                currency=inv.currency,
                payment_date=prop["date"] or ws.clock.today(),
                payment_type=prop["kind"],
                source=prop["source"],
                created_at=now,
                last_modified_at=now,
                journal_entry=ws.next_id("journal_entry"),
                external_id=prop.get("external_id"),
                credit_memo_id=prop.get("credit_memo_id"),
                transaction_id=prop.get("transaction_id"),
                account_id=prop.get("account_id"),
                memo=prop.get("memo"),
                withheld_amount=prop.get("withheld"),
            )
            ws.payments[payment.id] = payment
            inv.payment_ids.append(payment.id)
            if payment.credit_memo_id is not None:
                ws.refs["credit_memo"][payment.credit_memo_id].setdefault("_payment_ids", []).append(payment.id)
                memo_changed(ws, payment)
            payment_ids.append(payment.id)
            journal_ids.append(payment.journal_entry)

        discount = term_discount(ws, inv)
        if discount and not inv.payment_term_applied_discount and 0 < due <= discount[0]:
            dates = [ws.payments[p].payment_date for p in payment_ids]
            if all(d is not None and d <= discount[1] for d in dates) and due == discount[0]:
                inv.payment_term_applied_discount = discount[0]
        recompute(ws, inv)

        created: list[dict[str, t.Any]] = []
        if excess > 0:
            memo = create_overpayment_memo(ws, inv, excess, excess_day or ws.clock.today())
            created.append({"id": memo["id"], "credit_memo_number": memo["credit_memo_number"]})
            journal_ids.append(memo["journal_entry"])
        return {"journal_entry_ids": journal_ids, "payment_ids": payment_ids, "auto_created_credit_memos": created}

    # ------------------------------------------------------------------ previews (payment_terms.py)

    def calculate(self, ws: Workspace, invoice_id: int, body: dict[str, t.Any]) -> dict[str, t.Any]:
        """What the invoice would look like with these payments; changes nothing."""
        inv = self.invoices.get(ws, invoice_id)
        return payment_terms.calculate(ws, inv, [p for p in self._payments(ws, inv) if p.active], body)

    def default_amount(
        self, ws: Workspace, invoice_id: int, posted_at: date, transaction_amount: Decimal | None
    ) -> dict[str, t.Any]:
        return payment_terms.default_amount(ws, self.invoices.get(ws, invoice_id), posted_at, transaction_amount)

    @staticmethod
    def _payments(ws: Workspace, inv: Invoice) -> list[Payment]:
        return [ws.payments[p] for p in inv.payment_ids]

    # ------------------------------------------------------------------ void / delete

    def _payment(self, ws: Workspace, invoice_id: int, payment_id: int) -> tuple[Invoice, Payment]:
        inv = self.invoices.get(ws, invoice_id)
        payment = ws.payments.get(payment_id)
        if payment is None or payment.invoice_id != invoice_id:
            raise PaymentNotFound(payment_id)
        return inv, payment

    def void(self, ws: Workspace, invoice_id: int, payment_id: int, void_date: date | None) -> Payment:
        inv, payment = self._payment(ws, invoice_id, payment_id)
        if not payment.active:
            raise PaymentAlreadyVoided(payment_id)
        payment.voided_date = void_date or ws.clock.today()
        payment.voided_journal_entry = ws.next_id("journal_entry")
        payment.last_modified_at = ws.clock.now()
        recompute(ws, inv)
        memo_changed(ws, payment)
        return payment

    def delete(self, ws: Workspace, invoice_id: int, payment_id: int) -> None:
        inv, payment = self._payment(ws, invoice_id, payment_id)
        del ws.payments[payment_id]
        inv.payment_ids.remove(payment_id)
        recompute(ws, inv)
        memo_changed(ws, payment)

    # ------------------------------------------------------------------ bank transactions

    def apply_to_client(self, ws: Workspace, transaction_id: int) -> dict[str, t.Any]:
        """Apply a bank transaction to its client's unpaid invoices (404 for an unknown transaction)."""
        txn = live_transaction(ws, transaction_id)
        if txn is None:
            raise TransactionNotFound(transaction_id)
        if (outflow := direction_error(txn, "invoice")) is not None:  # which way it moves, before whose it is
            raise ValidationFailed.field("transaction_id", outflow)
        client = txn.get("client")
        if client is None:
            raise ValidationFailed({"non_field_errors": ["This transaction names no client to apply it to."]})
        ids = [i.id for i in ws.invoices.values() if i.client == client and i.amount_due > 0 and i.voided_date is None]
        return self.apply_transaction(ws, transaction_id, ids)

    def bulk_apply(
        self, ws: Workspace, transaction_id: int, invoice_ids: list[int] | None, filters: dict[str, t.Any] | None
    ) -> dict[str, t.Any]:
        """Bulk-apply: the transaction over the invoices named, or else those the invoice-list filters pick."""
        if invoice_ids is None and filters is None:
            raise ValidationFailed({"non_field_errors": ["Give invoice_ids or filters."]})
        if invoice_ids is None:
            invoice_ids = [inv.id for inv in filter_invoices(ws, InvoiceQuery.from_bulk_filters(filters or {}))]
        return self.apply_transaction(ws, transaction_id, list(invoice_ids))

    def apply_transaction(self, ws: Workspace, transaction_id: int, invoice_ids: list[int]) -> dict[str, t.Any]:
        """Spread one transaction over invoices, oldest due date first, until it is used up."""
        missing = [i for i in invoice_ids if i not in ws.invoices]
        if missing:
            # DRF's PrimaryKeyRelatedField(many=True) words, one per id that names no invoice
            raise ValidationFailed({"invoice_ids": [f'Invalid pk "{i}" - object does not exist.' for i in missing]})
        txn = live_transaction(ws, transaction_id)
        if txn is None:
            raise ValidationFailed.field("transaction_id", f'Invalid pk "{transaction_id}" - object does not exist.')
        if (outflow := direction_error(txn, "invoice")) is not None:
            raise ValidationFailed.field("transaction_id", outflow)
        invoices = sorted((self.invoices.get(ws, i) for i in invoice_ids), key=lambda inv: (inv.due_date, inv.id))
        left = transaction_left(ws, txn)
        applied: list[dict[str, t.Any]] = []
        payment_ids: list[int] = []
        journal_ids: list[int] = []
        for inv in invoices:
            if left <= 0:
                break
            if inv.voided_date is not None or inv.amount_due <= 0:
                continue
            amount = min(left, inv.amount_due)
            result = self.pay(ws, inv.id, {"transactions": [{"transaction_id": transaction_id, "amount": amount}]})
            left -= amount
            payment_ids += result["payment_ids"]
            journal_ids += result["journal_entry_ids"]
            applied.append({"invoice_id": inv.id, "amount": amount})
        return {
            "transaction_id": transaction_id,
            "applied": applied,
            "payment_ids": payment_ids,
            "journal_entry_ids": journal_ids,
            "unapplied_amount": left,
        }


#: ``REFUNDS`` is also read from here by ``journal.py`` and ``proxy/recorder.py``.
__all__ = ["REFUNDS", "PaymentService", "check_account", "recompute"]
