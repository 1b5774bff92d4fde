"""Cash-basis statements: revenue and expenses counted when cash settles the document that posted them.

On the cash basis an invoice, bill, credit memo or debit memo counts only as it is paid. Computed from
the ledger, entry by entry (``cash_lines``):

* a document's own entry (and its void) counts for nothing when posted;
* a **cash settlement** of it (an invoice payment, a bill payment, a credit-memo refund, a debit-memo
  refund, and their voids, negative) counts the document's income-statement lines in the share it
  settles: the settlement's amount on the document's control account (receivables, payables, the memo's
  account) over the document's own amount there, on the settlement's date. A settlement is cash when it
  has a line off the receivable and payable accounts: a credit memo applied to an invoice or a debit
  memo applied to a bill moves no cash and counts for nothing (the invoice counts what cash paid of it);
* every other entry (manual journal entries, categorised bank transactions) counts as posted.

So a paid invoice's revenue shows on the day it was paid, half of it if half was paid, and an unpaid one
not at all. Each share is rounded to the cent line by line, halves away from zero.
"""

from __future__ import annotations

import bisect
import weakref
from datetime import date
from decimal import Decimal

from .books import Columns, Ledger, columns_of
from .chart import BALANCE_SHEET_TYPES, is_receivable_or_payable
from .documents import DEBIT_MEMOS, REFUNDS
from .entries import Entry, Posting, to_money
from .ledger import ledger, root_currency
from .ledger_query import Scope
from .statements import NET_INCOME, Row, Sums, income_statement
from .workspace import Workspace

#: The documents whose entries wait for cash, and the settlements that carry them: source -> document.
DOCUMENTS = frozenset({"invoice", "bill", "credit_memo", "debit_memo"})
SETTLEMENTS = {
    "invoice_payment": "invoice",
    "bill_payment": "bill",
    "credit_memo_payment": "credit_memo",
    "debit_memo_payment": "debit_memo",
}
Doc = tuple[str, int]
_CACHE: weakref.WeakKeyDictionary[Ledger, tuple[int, list[Entry], Columns]] = weakref.WeakKeyDictionary()


def _document(ws: Workspace, entry: Entry, memo_of_refund: dict[int, int]) -> Doc | None:
    kind = SETTLEMENTS[entry.source]
    if kind == "invoice":
        key = entry.invoice
    elif kind == "bill":
        key = entry.bill
    elif kind == "credit_memo":
        key = int(entry.credit_memos[0]["id"]) if entry.credit_memos else None
    else:
        key = memo_of_refund.get(entry.source_id or -1)
    return None if key is None else (kind, key)


def _refunded_memos(ws: Workspace) -> dict[int, int]:
    """Debit-memo refund id -> its memo's id (a refund's entry does not name its memo)."""
    found: dict[int, int] = {}
    for key, memo in dict.items(ws.generic.get(DEBIT_MEMOS) or {}):
        for refund in memo.get(REFUNDS) or []:
            found[int(refund["id"])] = int(key)
    return found


def _scale(value: int, num: int, den: int) -> int:
    """``value * num / den`` rounded to the nearest cent, halves away from zero (``den`` > 0)."""
    product = value * num
    return (2 * product + den) // (2 * den) if product >= 0 else -((-2 * product + den) // (2 * den))


class _Chart:
    """What the cash basis asks of each account, read once per derivation: income-statement or not,
    receivables/payables or not."""

    def __init__(self, ws: Workspace) -> None:
        rows = dict.items(ws.refs["account"])
        self.income = {int(k) for k, r in rows if r.get("account_type") not in BALANCE_SHEET_TYPES}
        self.control = {int(k) for k, r in dict.items(ws.refs["account"]) if is_receivable_or_payable(r)}

    def is_income(self, account: int | None) -> bool:
        return account is None or account in self.income


def _settled(chart: _Chart, entry: Entry, doc: Entry) -> Entry | None:
    """The share of ``doc``'s income-statement lines ``entry`` settles in cash, dated as ``entry``."""
    control = {p.account for p in doc.lines}
    mine = {p.account for p in entry.lines}
    on_control = sum(p.native for p in entry.lines if p.account in control)
    doc_control = sum(p.native for p in doc.lines if p.account in mine)
    cash = [p for p in entry.lines if p.account not in control]
    if not on_control or not doc_control or not cash or any(p.account in chart.control for p in cash):
        return None
    num, den = (-on_control, doc_control) if doc_control > 0 else (on_control, -doc_control)
    lines = [
        Posting(
            p.account,
            _scale(p.native, num, den),
            _scale(p.book, num, den),
            None if p.consolidated is None else _scale(p.consolidated, num, den),
            p.description,
            p.vendor,
            p.department,
            p.tags,
            p.id,
        )
        for p in doc.lines
        if chart.is_income(p.account)
    ]
    return Entry(
        id=entry.id,
        date=entry.date,
        memo=entry.memo,
        source=entry.source,
        source_id=entry.source_id,
        entity=doc.entity,
        currency=doc.currency,
        lines=lines,
        type=entry.type,
        invoice=doc.invoice,
        bill=doc.bill,
        reversal_of=entry.reversal_of,
    )


def cash_lines(ws: Workspace) -> tuple[list[Entry], Columns]:
    """The ledger on the cash basis: the entries that count, in date order, and their columns (found once
    per ledger)."""
    books = ledger(ws)
    cached = _CACHE.get(books)
    if cached is not None and cached[0] == id(ws):
        return cached[1], cached[2]
    docs: dict[Doc, Entry] = {
        (e.source, int(e.source_id)): e
        for e in books.entries
        if e.source in DOCUMENTS and e.source_id is not None and e.reversal_of is None
    }
    memo_of_refund = _refunded_memos(ws) if any(e.source == "debit_memo_payment" for e in books.entries) else {}
    chart = _Chart(ws)
    found: list[Entry] = []
    for entry in books.entries:
        if entry.source in DOCUMENTS:
            continue
        if entry.source in SETTLEMENTS:
            key = _document(ws, entry, memo_of_refund)
            doc = docs.get(key) if key is not None else None
            settled = _settled(chart, entry, doc) if doc is not None else None
            if settled is not None:
                found.append(settled)
            continue
        found.append(entry)
    columns = columns_of(found)
    _CACHE[books] = (id(ws), found, columns)
    return found, columns


#: The income-statement types above the operating statement's Net Operating Income.
OPERATING_TYPES = frozenset({"REVENUE", "COGS", "OPERATING_EXPENSES"})
NET_OPERATING_INCOME = "Net Operating Income"


def cash_basis(
    ws: Workspace,
    start: date,
    end: date,
    cadence: str = "monthly",
    scope: Scope | None = None,
    group_by: str | None = None,
    group: int | None = None,
    *,
    operating: bool = False,
) -> Row:
    """The income statement on the cash basis (the income statement's shape and options); ``operating``
    puts revenue, cost of revenue and operating expenses first, then a *Net Operating Income* row, then
    other income and expenses and *Net Income*."""
    sums = Sums(ws, scope or Scope(), lines=cash_lines(ws))
    body = income_statement(ws, start, end, cadence, group_by=group_by, group=group, sums=sums)
    body["basis"] = "cash"
    if operating:
        rows: list[Row] = body["income_statement"]
        inside = [r for r in rows if r["hierarchy"][0] in OPERATING_TYPES]
        others = [r for r in rows if r["hierarchy"][0] not in OPERATING_TYPES and r["account_name"] != NET_INCOME]
        columns = [k for k in rows[-1] if k not in ("account_name", "account_number", "hierarchy")]
        noi: Row = {"account_name": NET_OPERATING_INCOME, "account_number": "", "hierarchy": [NET_OPERATING_INCOME]}
        for column in columns:
            total = sum(
                (Decimal(str(r.get(column) or 0)) * (1 if r["hierarchy"][0] == "REVENUE" else -1) for r in inside),
                Decimal(0),
            )
            noi[column] = float(total)
        body["income_statement"] = [*inside, noi, *others, rows[-1]]
    return body


def cash_transactions(ws: Workspace, start: date, end: date) -> Row:
    """The cash basis's income-statement lines dated from ``start`` to ``end``, in date order, each with
    its journal entry and account, in the root entity's currency (``null`` where no rate is known)."""
    entries, _ = cash_lines(ws)
    lo = bisect.bisect_left(entries, start, key=lambda e: e.date)
    hi = bisect.bisect_right(entries, end, key=lambda e: e.date)
    accounts = ws.refs["account"]
    found: list[Row] = []
    for entry in entries[lo:hi]:
        for posting in entry.lines:
            chart = accounts.look(posting.account, {}) if posting.account is not None else {}
            if chart.get("account_type") in BALANCE_SHEET_TYPES:
                continue
            value = posting.consolidated
            found.append(
                {
                    "id": posting.id,
                    "journal": entry.id,
                    "journal_type": entry.type,
                    "source": entry.source,
                    "date": entry.date.isoformat(),
                    "memo": entry.memo,
                    "entity": entry.entity,
                    "account_id": posting.account,
                    "account_name": str(chart.get("name") or "Uncategorized"),
                    "account_number": str(chart.get("number") or ""),
                    "account_type": str(chart.get("account_type") or "UNCATEGORIZED"),
                    "vendor": posting.vendor,
                    "department": posting.department,
                    "amount": None if value is None else float(to_money(value)),
                }
            )
    return {
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "currency": root_currency(ws),
        "count": len(found),
        "transactions": found,
    }


__all__ = ["DOCUMENTS", "NET_OPERATING_INCOME", "SETTLEMENTS", "cash_basis", "cash_lines", "cash_transactions"]
