"""Cash-basis statements: revenue and expenses counted when cash settles the document that posted them.

On the cash basis an invoice, bill, credit memo or debit memo counts only as it is paid. Computed from
the ledger's columns, entry by entry (``cash_lines``: no entry is made; the cash transactions make the
entries of their window, ``_settled``):

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
import typing as t
import weakref
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .books import Columns, Ledger, no_gc
from .chart import BALANCE_SHEET_TYPES, is_receivable_or_payable
from .documents import DEBIT_MEMOS, REFUNDS
from .entries import Entry, Posting, to_money
from .ledger import ledger, root_currency
from .ledger_query import Scope
from .statements import NET_INCOME, Row, Sums, account_number, income_statement
from .workspace import Workspace

if t.TYPE_CHECKING:  # numpy loads on the first statement
    import numpy as np

#: The documents whose entries wait for cash, and the settlements that carry them: source -> document.
DOCUMENTS = frozenset({"invoice", "bill", "credit_memo", "debit_memo"})
SETTLEMENTS = {
    "invoice_payment": "invoice",
    "bill_payment": "bill",
    "credit_memo_payment": "credit_memo",
    "debit_memo_payment": "debit_memo",
}
Doc = tuple[str, int]
_CACHE: weakref.WeakKeyDictionary[Ledger, tuple[int, CashLedger]] = weakref.WeakKeyDictionary()


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
        """An income-statement account (no account, ``None`` or -1 in the columns, counts as one)."""
        return account is None or account < 0 or account in self.income


def _settled(chart: _Chart, entry: Entry, doc: Entry) -> Entry | None:
    """The share of ``doc``'s income-statement lines ``entry`` settles in cash, dated as ``entry``."""
    ratio = _ratio(
        chart,
        ([p.account for p in entry.lines], [p.native for p in entry.lines]),
        ([p.account for p in doc.lines], [p.native for p in doc.lines]),
    )
    if ratio is None:
        return None
    num, den = ratio
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


@dataclass(frozen=True)
class CashLedger:
    """The ledger on the cash basis: its lines as columns (for the statements), and the entries that count
    in (date, id) order, each as its ledger entry's id and the id of the document entry whose share it
    carries (``None``: it counts as posted), with their days (proleptic ordinals)."""

    columns: Columns
    entries: list[tuple[int, int | None]]
    days: list[int]


def cash_lines(ws: Workspace) -> CashLedger:
    """The ledger on the cash basis, found from the ledger's columns (no entry is made) once per ledger."""
    books = ledger(ws)
    cached = _CACHE.get(books)
    if cached is not None and cached[0] == id(ws):
        return cached[1]
    with no_gc():  # a tuple per entry: no collection walks the workspace meanwhile
        found = _cash_ledger(ws, books)
    _CACHE[books] = (id(ws), found)
    return found


def _cash_ledger(ws: Workspace, books: Ledger) -> CashLedger:
    import numpy as np

    cols = books.columns()
    order = books.entry_order()[0].tolist()
    spans = [(entry_id, *cols.rows[entry_id]) for entry_id in order]
    spans = [span for span in spans if span[2]]  # an entry without lines counts for nothing
    source, source_id = cols.source.tolist(), cols.source_id.tolist()
    reversal = cols.reversal.tolist()
    docs: dict[Doc, tuple[int, int, int]] = {
        (source[start], source_id[start]): (entry_id, start, count)
        for entry_id, start, count in spans
        if source[start] in DOCUMENTS and source_id[start] >= 0 and not reversal[start]
    }
    memo_of_refund = _refunded_memos(ws) if any(s == "debit_memo_payment" for s in source) else {}
    chart = _Chart(ws)
    account, native = cols.account_raw.tolist(), cols.native.tolist()
    book, consolidated = cols.book.tolist(), cols.consolidated.tolist()
    paid = cols.paid.tolist()
    take: list[int] = []  # per line of the cash basis: the ledger row it copies (account, entity, tags...)
    head: list[int] = []  # and the first row of the entry it belongs to (day, entry id, source...)
    shares: list[tuple[int, int, int, int]] = []  # (line, native, book, consolidated) of the settled lines
    entries: list[tuple[int, int | None]] = []
    for entry_id, start, count in spans:
        kind = source[start]
        if kind in DOCUMENTS:
            continue
        if kind not in SETTLEMENTS:
            entries.append((entry_id, None))
            take += range(start, start + count)
            head += [start] * count
            continue
        settles = memo_of_refund.get(source_id[start], -1) if kind == "debit_memo_payment" else paid[start]
        doc = docs.get((SETTLEMENTS[kind], settles))
        if doc is None:
            continue
        end, doc_end = start + count, doc[1] + doc[2]
        ratio = _ratio(
            chart, (account[start:end], native[start:end]), (account[doc[1] : doc_end], native[doc[1] : doc_end])
        )
        if ratio is None:
            continue
        entries.append((entry_id, doc[0]))
        num, den = ratio
        for row in range(doc[1], doc[1] + doc[2]):
            if chart.is_income(account[row]):
                shares.append(
                    (
                        len(take),
                        _scale(native[row], num, den),
                        _scale(book[row], num, den),
                        _scale(consolidated[row], num, den),
                    )
                )
                take.append(row)
                head.append(start)
    columns = _columns(cols, np.asarray(take, dtype=np.int64), np.asarray(head, dtype=np.int64), shares)
    return CashLedger(columns, entries, [int(cols.day[cols.rows[e][0]]) for e, _ in entries])


Lines = tuple[t.Sequence[int | None], t.Sequence[int]]  # an entry's lines' accounts and native amounts


def _ratio(chart: _Chart, settlement: Lines, doc: Lines) -> tuple[int, int] | None:
    """The share (numerator, denominator > 0) of ``doc``'s lines that ``settlement`` settles in cash: its
    amount on the document's accounts over the document's on its own; ``None`` when it moves no cash
    (no line off the document's accounts, or one on receivables or payables) or settles nothing."""
    control = set(doc[0])
    on_control = sum(v for a, v in zip(*settlement, strict=True) if a in control)
    mine = set(settlement[0])
    doc_control = sum(v for a, v in zip(*doc, strict=True) if a in mine)
    cash = [a for a in settlement[0] if a not in control]
    if not on_control or not doc_control or not cash or any(a in chart.control for a in cash):
        return None
    return (-on_control, doc_control) if doc_control > 0 else (on_control, -doc_control)


def _columns(cols: Columns, take: np.ndarray, head: np.ndarray, shares: list[tuple[int, int, int, int]]) -> Columns:
    """The cash basis's columns: line ``i`` copies ledger row ``take[i]`` and its entry's fields from row
    ``head[i]``; the settled lines' amounts are ``shares``."""
    import numpy as np

    count = len(take)
    native, book, consolidated = cols.native[take], cols.book[take], cols.consolidated[take]
    modified = cols.modified[take]
    if shares:
        at, *amounts = (np.asarray(v, dtype=np.int64) for v in zip(*shares, strict=True))
        native[at], book[at], consolidated[at] = amounts
        modified[at] = None  # a settled share is no stored entry
    entry_id = cols.entry_id[head]
    firsts = np.flatnonzero(np.r_[True, entry_id[1:] != entry_id[:-1]]) if count else np.zeros(0, np.int64)
    sizes = np.diff(np.r_[firsts, count])
    return Columns(
        account_raw=cols.account_raw[take],
        day=cols.day[head],
        entity=cols.entity[take],
        department=cols.department[take],
        vendor=cols.vendor[take],
        book=book,
        consolidated=consolidated,
        known=cols.known[take],
        alive=np.ones(count, dtype=np.bool_),
        rows=dict(zip(entry_id[firsts].tolist(), zip(firsts.tolist(), sizes.tolist(), strict=True), strict=True)),
        entry_id=entry_id,
        position=np.arange(count, dtype=np.int64) - np.repeat(firsts, sizes),
        modified=modified,
        ruled=np.ones(count, dtype=np.bool_),
        native=native,
        source=cols.source[head],
        source_id=cols.source_id[head],
        paid=cols.paid[head],
        reversal=cols.reversal[head],
        currency=cols.currency[take],
        tags=cols.tags[take],
    )


def _made(books: Ledger, entry_id: int) -> Entry:
    entry = books.entry(entry_id)
    assert entry is not None, entry_id
    return entry


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
    sums = Sums(ws, scope or Scope(), lines=cash_lines(ws).columns)
    body = income_statement(ws, start, end, cadence, group_by=group_by, group=group, sums=sums)
    body["basis"] = "cash"
    if operating:
        rows: list[Row] = body["income_statement"]
        inside = [r for r in rows if r["hierarchy"][0] in OPERATING_TYPES]
        others = [r for r in rows if r["hierarchy"][0] not in OPERATING_TYPES and r["account_name"] != NET_INCOME]
        columns = [k for k in rows[-1] if k not in ("account_name", "account_number", "hierarchy")]
        noi: Row = {"account_name": NET_OPERATING_INCOME, "account_number": None, "hierarchy": [NET_OPERATING_INCOME]}
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
    cash, books, kinds = cash_lines(ws), ledger(ws), _Chart(ws)
    lo = bisect.bisect_left(cash.days, start.toordinal())
    hi = bisect.bisect_right(cash.days, end.toordinal())
    accounts = ws.refs["account"]
    found: list[Row] = []
    for entry_id, doc_id in cash.entries[lo:hi]:
        entry = _made(books, entry_id)
        if doc_id is not None:
            settled = _settled(kinds, entry, _made(books, doc_id))
            assert settled is not None, entry_id  # ``cash_lines`` found its share
            entry = settled
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
                    "account_number": account_number(chart, posting.account),
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


__all__ = [
    "DOCUMENTS",
    "NET_OPERATING_INCOME",
    "SETTLEMENTS",
    "CashLedger",
    "cash_basis",
    "cash_lines",
    "cash_transactions",
]
