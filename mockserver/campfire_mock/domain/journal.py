"""The journal entries that invoices, payments and credit memos post, derived from them (never stored
twice).

Every invoice carries the id of its entry (``journal_entry``): it debits receivables with the
invoice's total and credits revenue with its lines' amounts and sales tax with their tax. A payment
debits cash (its account, else the operating bank account) and credits receivables; a credit memo
applied as payment debits the memo's credit account (receivables when it names none) instead of cash.
A credit memo is an invoice the other way round: it debits each line's account with the line's amount
and sales tax with its tax, and credits its credit account (else receivables) with the total; an
``overpayment`` memo, which has no lines, debits the operating bank account with the cash that was
left over. A refund marked on a memo (mark-used) debits the memo's credit account (else receivables)
and credits the account the money left from. A void posts a reversing entry (its
``voided_journal_entry``) with debits and credits swapped; a reopened memo's reversal is gone. A
deleted credit memo posts nothing. Every entry balances: its debits equal its credits.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from ..wire import format_timestamp
from .generic import is_deleted
from .invoices import dec
from .models import ZERO, Invoice, Payment, money
from .payments import REFUNDS
from .workspace import Workspace

Row = dict[str, t.Any]
#: The chart accounts entries post to (seeded in the demo data).
RECEIVABLE, REVENUE, SALES_TAX, BANK = 2553, 169208, 2200, 1010


def _line(ws: Workspace, entry_id: int, n: int, account: int, debit: Decimal, credit: Decimal, **extra: t.Any) -> Row:
    chart = ws.refs["account"].look(account, {})
    name = str(chart.get("name") or "")
    return {
        "id": entry_id * 10 + n,
        "journal": entry_id,
        "account": account,
        "account_name": name,
        "account_number": name.split(" - ", 1)[0],
        "debit_amount": money(debit),
        "credit_amount": money(credit),
        "amount": money(debit - credit),
        **extra,
    }


def _entry(
    ws: Workspace,
    entry_id: int,
    *,
    date: t.Any,
    memo: str,
    source: str,
    source_id: int,
    lines: list[Row],
    **extra: t.Any,
) -> Row:
    entity = extra.pop("entity", None)
    entity_row = ws.refs["entity"].look(entity or -1, {})
    return {
        "id": entry_id,
        "order": f"JE-{entry_id:07d}",
        "type": "journal_entry",
        "date": date,
        "memo": memo,
        "source": source,
        "source_id": str(source_id),
        "entity": entity,
        "entity_name": entity_row.get("name", ""),
        "entity_currency": entity_row.get("currency", ""),
        "created_automatically": True,
        "is_deleted": False,
        "transactions": lines,
        **extra,
    }


def _swap(lines: list[Row], entry_id: int) -> list[Row]:
    return [
        {
            **ln,
            "id": entry_id * 10 + i,
            "journal": entry_id,
            "debit_amount": ln["credit_amount"],
            "credit_amount": ln["debit_amount"],
            "amount": -ln["amount"],
        }
        for i, ln in enumerate(lines)
    ]


def invoice_entries(ws: Workspace, inv: Invoice) -> list[Row]:
    revenue = sum((ln.amount for ln in inv.lines), ZERO)
    tax = sum((ln.tax for ln in inv.lines), ZERO)
    je = inv.journal_entry
    lines = [
        _line(ws, je, 0, RECEIVABLE, revenue + tax, ZERO, invoice=inv.invoice_number, invoice_id=inv.id),
        _line(ws, je, 1, REVENUE, ZERO, revenue, invoice=inv.invoice_number, invoice_id=inv.id),
    ]
    if tax:
        lines.append(_line(ws, je, 2, SALES_TAX, ZERO, tax, invoice=inv.invoice_number, invoice_id=inv.id))
    common = {
        "entity": inv.entity,
        "currency": inv.currency,
        "invoice": inv.id,
        "created_at": format_timestamp(inv.created_at),
    }
    found = [
        _entry(
            ws,
            je,
            date=inv.invoice_date,
            memo=f"Invoice {inv.invoice_number}",
            source="invoice",
            source_id=inv.id,
            lines=lines,
            **common,
        )
    ]
    if inv.voided_journal_entry:
        void = inv.voided_journal_entry
        found.append(
            _entry(
                ws,
                void,
                date=inv.voided_date,
                memo=f"Void of invoice {inv.invoice_number}",
                source="invoice",
                source_id=inv.id,
                lines=_swap(lines, void),
                reversal_of=je,
                **common,
            )
        )
    return found


def payment_entries(ws: Workspace, payment: Payment, inv: Invoice | None) -> list[Row]:
    je = payment.journal_entry
    memo_account = None
    if payment.credit_memo_id is not None:
        memo_account = ws.refs["credit_memo"].look(payment.credit_memo_id, {}).get("credit_account")
    cash = (memo_account or RECEIVABLE) if payment.credit_memo_id is not None else payment.account_id or BANK
    number = inv.invoice_number if inv else ""
    lines = [
        _line(ws, je, 0, cash, payment.amount, ZERO, invoice=number, invoice_id=payment.invoice_id),
        _line(ws, je, 1, RECEIVABLE, ZERO, payment.amount, invoice=number, invoice_id=payment.invoice_id),
    ]
    common = {
        "entity": inv.entity if inv else None,
        "currency": payment.currency,
        "invoice": payment.invoice_id,
        "created_at": format_timestamp(payment.created_at),
    }
    found = [
        _entry(
            ws,
            je,
            date=payment.payment_date,
            memo=f"Payment of invoice {number}",
            source="invoice_payment",
            source_id=payment.id,
            lines=lines,
            **common,
        )
    ]
    if payment.voided_journal_entry:
        void = payment.voided_journal_entry
        found.append(
            _entry(
                ws,
                void,
                date=payment.voided_date,
                memo=f"Void of payment {payment.id}",
                source="invoice_payment",
                source_id=payment.id,
                lines=_swap(lines, void),
                reversal_of=je,
                **common,
            )
        )
    return found


def _with_reversal(entry: Row, voided_entry: int | None, voided_date: t.Any, memo: str) -> list[Row]:
    """An entry, and its reversal when it has been voided."""
    if not voided_entry or not voided_date:
        return [entry]
    reversal = {
        **entry,
        "id": voided_entry,
        "order": f"JE-{voided_entry:07d}",
        "date": voided_date,
        "memo": memo,
        "transactions": _swap(entry["transactions"], voided_entry),
        "reversal_of": entry["id"],
    }
    return [entry, reversal]


def credit_memo_entries(ws: Workspace, memo: Row) -> list[Row]:
    """The entries a credit memo posts: its own (and its void's reversal), and each refund's (and its void's)."""
    if is_deleted(memo):
        return []
    number = str(memo.get("credit_memo_number") or memo["id"])
    held = memo.get("credit_account") or RECEIVABLE
    common = {
        "entity": memo.get("entity"),
        "currency": memo.get("currency"),
        "credit_memos": [{"id": memo["id"], "credit_memo_number": number}],
    }
    found: list[Row] = []
    je = memo.get("journal_entry")
    if je:
        lines: list[Row] = []
        total = tax = ZERO
        for item in memo.get("lines") or []:
            amount, line_tax = money(dec(item.get("amount") or 0)), money(dec(item.get("tax") or 0))
            lines.append(_line(ws, je, len(lines), item.get("account") or REVENUE, amount, ZERO))
            total, tax = total + amount, tax + line_tax
        if tax:
            lines.append(_line(ws, je, len(lines), SALES_TAX, tax, ZERO))
        if not lines:  # an overpayment: the cash that was left over
            total = money(dec(memo.get("total_amount") or 0))
            lines.append(_line(ws, je, 0, BANK, total, ZERO))
        lines.append(_line(ws, je, len(lines), held, ZERO, total + tax))
        entry = _entry(
            ws,
            je,
            date=memo.get("credit_memo_date"),
            memo=f"Credit memo {number}",
            source="credit_memo",
            source_id=memo["id"],
            lines=lines,
            created_at=memo.get("created_at"),
            **common,
        )
        found += _with_reversal(
            entry, memo.get("voided_journal_entry"), memo.get("voided_date"), f"Void of credit memo {number}"
        )
    for refund in memo.get(REFUNDS) or []:
        rje, amount = refund.get("journal_entry"), money(dec(refund["amount"]))
        if not rje:  # a recorded refund whose entry the recording did not show
            continue
        paid_from = refund.get("account_id") or BANK
        lines = [_line(ws, rje, 0, held, amount, ZERO), _line(ws, rje, 1, paid_from, ZERO, amount)]
        entry = _entry(
            ws,
            rje,
            date=refund.get("payment_date"),
            memo=f"Refund of credit memo {number}",
            source="credit_memo_payment",
            source_id=refund["id"],
            lines=lines,
            created_at=refund.get("created_at"),
            **common,
        )
        found += _with_reversal(
            entry, refund.get("voided_journal_entry"), refund.get("voided_date"), f"Void of refund {refund['id']}"
        )
    return found


def posted_entries(ws: Workspace) -> list[Row]:
    """Every entry the workspace's invoices, payments and credit memos post, in id order (made once per
    workspace version)."""
    cached = ws.derived.get("journal_entries")
    if cached is not None and cached[0] == ws.version:
        return t.cast(list[Row], cached[1])
    found: list[Row] = []
    for _, inv in sorted(dict.items(ws.invoices)):
        found.extend(invoice_entries(ws, inv))
    for _, payment in sorted(dict.items(ws.payments)):
        found.extend(payment_entries(ws, payment, ws.invoices.look(payment.invoice_id)))
    for _, memo in sorted(dict.items(ws.refs["credit_memo"])):
        found.extend(credit_memo_entries(ws, memo))
    found.sort(key=lambda e: e["id"])
    ws.derived["journal_entries"] = (ws.version, found)
    return found


__all__ = [
    "BANK",
    "RECEIVABLE",
    "REVENUE",
    "SALES_TAX",
    "credit_memo_entries",
    "invoice_entries",
    "payment_entries",
    "posted_entries",
]
