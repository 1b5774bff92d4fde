"""The journal entries that invoices and payments post, derived from them (never stored twice).

Every invoice carries the id of its entry (``journal_entry``): it debits receivables with the
invoice's total and credits revenue with its lines' amounts and sales tax with their tax. A payment
debits cash (its account, else the operating bank account) and credits receivables; a credit memo
applied as payment debits the memo's credit account instead of cash. A void posts a reversing
entry (its ``voided_journal_entry``) with debits and credits swapped. Every entry balances: its
debits equal its credits.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from ..wire import format_timestamp
from .models import ZERO, Invoice, Payment, money
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
    cash = memo_account or payment.account_id or BANK
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


def posted_entries(ws: Workspace) -> list[Row]:
    """Every entry the workspace's invoices and payments post, in id order (made once per workspace version)."""
    cached = ws.derived.get("journal_entries")
    if cached is not None and cached[0] == ws.version:
        return t.cast(list[Row], cached[1])
    found: list[Row] = []
    for _, inv in sorted(dict.items(ws.invoices)):
        found.extend(invoice_entries(ws, inv))
    for _, payment in sorted(dict.items(ws.payments)):
        found.extend(payment_entries(ws, payment, ws.invoices.look(payment.invoice_id)))
    found.sort(key=lambda e: e["id"])
    ws.derived["journal_entries"] = (ws.version, found)
    return found


__all__ = ["BANK", "RECEIVABLE", "REVENUE", "SALES_TAX", "invoice_entries", "payment_entries", "posted_entries"]
