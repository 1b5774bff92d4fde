"""The payables' posting rules: bills, bill payments and debit memos, the mirror of the invoice side's
(``posting.py``, whose rates, void and money-account rules they share). ``ledger.RULES`` registers them.

* **Bill**: Dr each line's account its amount and sales tax its tax; Cr payables (the bill's
  ``ap_account``, else the chart's) the total. A void posts the reversal; a deleted bill posts nothing.
* **Bill payment**: Dr payables; Cr the money's account (the bank transaction's bank account, else the
  ``account_id`` it names when that is not AR/AP, else the bank), or, paid with a debit memo, the memo's
  ``debit_account`` (else payables). A void posts the reversal.
* **Debit memo**: Dr its ``debit_account`` (else payables) the total; Cr each line's account and sales
  tax. A refund the vendor sends back (mark-used): Dr the bank, Cr the memo's account. Voids reverse.
"""

from __future__ import annotations

import typing as t

from .chart import roles
from .documents import DEBIT_MEMOS
from .documents import REFUNDS as PAYABLE_REFUNDS
from .entries import Entry, Posting, cents
from .generic import is_deleted
from .invoices import as_date, dec, rel_id
from .posting import _entry, _money_account, _rates, _with_void
from .workspace import Workspace

Row = dict[str, t.Any]


def payable_account(ws: Workspace, named: t.Any = None) -> int | None:
    """The payables account a document posts to: the one it names (a bill's ``ap_account``, a debit memo's
    ``debit_account``) if the chart has it, else the chart's payables account."""
    found = rel_id(named)
    return found if found is not None and found in ws.refs["account"] else roles(ws)["payables"]


def _lines_of(ws: Workspace, doc: Row, sign: int, vendor: int | None) -> list[Posting]:
    """A payables document's lines (bill or debit memo): each on its ``account``, its tax on sales tax;
    ``sign`` +1 debits them (a bill), -1 credits them (a debit memo)."""
    found: list[Posting] = []
    for item in doc.get("lines") or []:
        tags = tuple(x for x in item.get("tag_ids") or [] if isinstance(x, int))
        amount = cents(dec(item.get("amount") or 0))
        if amount:  # a line of 0 posts nothing (the document's total line stays)
            found.append(
                Posting(
                    rel_id(item.get("account")),
                    sign * amount,
                    description=item.get("description"),
                    vendor=vendor,
                    department=rel_id(item.get("department")),
                    tags=tags,
                )
            )
        if dec(item.get("tax") or 0):
            tax = sign * cents(dec(item["tax"]))
            found.append(Posting(roles(ws)["sales_tax"], tax, description="Sales tax", vendor=vendor))
    return found


def bill_entries(ws: Workspace, bill: Row) -> list[Entry]:
    """A bill's entry (Dr each line's account and tax, Cr payables the total), and its void's reversal."""
    day = as_date(bill.get("bill_date"))
    rates = _rates(ws, bill.get("entity"), str(bill.get("currency") or ""), bill)
    if is_deleted(bill) or day is None or rates is None or not bill.get("journal_entry"):
        return []
    vendor = rel_id(bill.get("vendor"))
    number = str(bill.get("bill_number") or bill["id"])
    lines = _lines_of(ws, bill, 1, vendor)
    lines.append(
        Posting(
            payable_account(ws, bill.get("ap_account")),
            -sum(p.native for p in lines),
            vendor=vendor,
            description=f"Bill {number}",
        )
    )
    entry = _entry(
        ws,
        rates,
        id=int(bill["journal_entry"]),
        date=day,
        memo=f"Bill {number}",
        source="bill",
        source_id=bill["id"],
        entity=bill.get("entity"),
        currency=str(bill.get("currency") or ""),
        lines=lines,
        created_at=bill.get("created_at"),
        last_modified_at=bill.get("last_modified_at"),
        bill=bill["id"],
    )
    return _with_void(
        entry, rel_id(bill.get("voided_journal_entry")), as_date(bill.get("voided_date")), f"Void of bill {number}"
    )


def bill_payment_entries(ws: Workspace, payment: Row, bill: Row | None) -> list[Entry]:
    """A bill payment's entry (Dr payables; Cr the bank account the money left, or the debit memo's
    account when a debit memo paid it), and its void's reversal. What was withheld from the vendor
    (``withheld_amount``) settles the bill with the cash: Dr payables both, Cr the withholding payable
    (the chart's ``withholding_payable``) what was withheld."""
    if bill is None or is_deleted(bill):
        return []
    rates = _rates(ws, bill.get("entity"), str(payment.get("currency") or bill.get("currency") or ""), bill)
    if rates is None:
        return []
    vendor = rel_id(bill.get("vendor"))
    ap = payable_account(ws, bill.get("ap_account"))
    if payment.get("debit_memo") is not None:
        memo = ws.table(DEBIT_MEMOS).look(payment["debit_memo"], {})
        credit = payable_account(ws, memo.get("debit_account"))
    else:
        credit = _money_account(
            ws, rel_id(payment.get("payment_transaction")), rel_id(payment.get("account_id")), "bank"
        )
    amount = cents(dec(payment["amount"]))
    held = cents(dec(payment["withheld_amount"])) if payment.get("withheld_amount") else 0
    number = str(bill.get("bill_number") or bill["id"])
    lines = [
        Posting(ap, amount + held, vendor=vendor, description=payment.get("memo")),
        Posting(credit, -amount, vendor=vendor),
    ]
    if held:
        lines.append(Posting(roles(ws)["withholding_payable"], -held, vendor=vendor, description="Tax withheld"))
    entry = _entry(
        ws,
        rates,
        id=int(payment["payment_journal_entry"]),
        date=as_date(payment.get("payment_date")) or as_date(bill.get("bill_date")),
        memo=f"Payment of bill {number}",
        source="bill_payment",
        source_id=payment["id"],
        entity=bill.get("entity"),
        currency=str(payment.get("currency") or ""),
        lines=lines,
        created_at=payment.get("created_at"),
        last_modified_at=payment.get("last_modified_at"),
        bill=bill["id"],
    )
    void_id, void_day = rel_id(payment.get("voided_journal_entry")), as_date(payment.get("voided_date"))
    return _with_void(entry, void_id, void_day, f"Void of bill payment {payment['id']}")


def debit_memo_entries(ws: Workspace, memo: Row) -> list[Entry]:
    """A debit memo's entry (Dr its debit account, else payables, the total; Cr each line's account and
    tax) and its void's reversal; each refund the vendor sent (Dr the bank, Cr the memo's account)."""
    day = as_date(memo.get("debit_memo_date"))
    rates = _rates(ws, memo.get("entity"), str(memo.get("currency") or ""), memo)
    if is_deleted(memo) or day is None or rates is None or not memo.get("journal_entry"):
        return []
    vendor = rel_id(memo.get("vendor"))
    number = str(memo.get("debit_memo_number") or memo["id"])
    held = payable_account(ws, memo.get("debit_account"))
    lines = _lines_of(ws, memo, -1, vendor)
    lines.append(Posting(held, -sum(p.native for p in lines), vendor=vendor, description=f"Debit memo {number}"))
    common: dict[str, t.Any] = {"entity": memo.get("entity"), "currency": str(memo.get("currency") or "")}
    entry = _entry(
        ws,
        rates,
        id=int(memo["journal_entry"]),
        date=day,
        memo=f"Debit memo {number}",
        source="debit_memo",
        source_id=memo["id"],
        lines=lines,
        created_at=memo.get("created_at"),
        last_modified_at=memo.get("last_modified_at"),
        **common,
    )
    void_id, void_day = rel_id(memo.get("voided_journal_entry")), as_date(memo.get("voided_date"))
    found = _with_void(entry, void_id, void_day, f"Void of debit memo {number}")
    for refund in memo.get(PAYABLE_REFUNDS) or []:
        amount = cents(dec(refund["amount"]))
        bank = _money_account(ws, rel_id(refund.get("transaction_id")), rel_id(refund.get("account_id")), "bank")
        made = _entry(
            ws,
            rates,
            id=int(refund["journal_entry"]),
            date=as_date(refund.get("payment_date")) or day,
            memo=f"Refund of debit memo {number}",
            source="debit_memo_payment",
            source_id=refund["id"],
            lines=[
                Posting(bank, amount, vendor=vendor, description=refund.get("memo")),
                Posting(held, -amount, vendor=vendor),
            ],
            created_at=refund.get("created_at"),
            last_modified_at=refund.get("last_modified_at"),
            **common,
        )
        void_id, void_day = rel_id(refund.get("voided_journal_entry")), as_date(refund.get("voided_date"))
        found += _with_void(made, void_id, void_day, f"Void of debit memo refund {refund['id']}")
    return found


__all__ = ["bill_entries", "bill_payment_entries", "debit_memo_entries", "payable_account"]
