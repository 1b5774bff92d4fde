"""The general ledger: every balanced entry the workspace's documents post, and the posting rules.

One rule per document type turns documents into entries (``RULES``); bills, bill payments and debit
memos add one rule each. Accounts come from the chart by role (``chart.py``); a document that names an
account (an invoice's ``ar_account``, a product's ``revenue_account``, a payment's ``account_id``, a
memo's ``credit_account`` or line ``account``) posts to it.

* **Invoice** (not a draft): Dr receivables the total; Cr each line's revenue account its amount and
  sales tax its tax; Dr revenue the invoice discount; an early-payment discount applied by the payment
  terms (``payment_term_applied_discount``) is a Dr revenue / Cr receivables on the invoice's entry, so
  receivables always equal what is due. A void posts the reversal on ``voided_date``.
* **Invoice payment**: Dr the money's account: the bank account of the bank transaction it applies,
  else the ``account_id`` it names when that is not a receivables account (the docs' Mark Paid example
  names receivables: it is the side the payment clears), else undeposited funds; Cr receivables. Paid
  with a credit memo: Dr the memo's credit account (else receivables). A void posts the reversal.
* **Credit memo**: Dr each line's account (else revenue) its amount and sales tax its tax; Cr the memo's
  credit account (else receivables) the total. An ``overpayment`` memo (no lines) debits undeposited
  funds: the cash left over. A refund: Dr the memo's credit account (else receivables), Cr the account
  the money left (its bank transaction's, its ``account_id``, else the bank). Voids reverse; a deleted
  memo posts nothing.
* **Bill**: Dr each line's account its amount and sales tax its tax; Cr payables (the bill's
  ``ap_account``, else the chart's) the total. A void posts the reversal; a deleted bill posts nothing.
* **Bill payment**: Dr payables; Cr the money's account (the bank transaction's bank account, else the
  ``account_id`` it names when that is not AR/AP, else the bank), or, paid with a debit memo, the memo's
  ``debit_account`` (else payables). A void posts the reversal.
* **Debit memo**: Dr its ``debit_account`` (else payables) the total; Cr each line's account and sales
  tax. A refund the vendor sends back (mark-used): Dr the bank, Cr the memo's account. Voids reverse.
* **Manual journal entry**: its stored lines, as written (``journal_entries.py`` checks them);
  ``reversal_date`` posts the reversing entry on that day.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .books import Columns, Ledger
from .chart import account as chart_account
from .chart import is_receivable_or_payable, product_revenue_account, roles, table_stamp
from .documents import BILL_PAYMENTS, BILLS, DEBIT_MEMOS
from .documents import REFUNDS as PAYABLE_REFUNDS
from .entries import Entry, Posting, cents, finish, reversal
from .generic import is_deleted
from .invoices import as_date, dec, rel_id
from .models import Invoice, Payment, PaymentStatus
from .payments import REFUNDS
from .workspace import Journal, Workspace

Row = dict[str, t.Any]
#: Where manual journal entries are stored (the generic store's table of the collection).
JOURNAL_KIND = "/coa/api/journal_entry"
ONE = Decimal(1)


def root_currency(ws: Workspace) -> str:
    """The consolidation currency: the root entity's (no parent; the lowest id of those); found once per
    workspace version, and once per write until it changes an entity."""
    stamp = table_stamp(ws, "entity")
    cached = ws.derived.get("root_currency")
    if cached is not None and cached[0] == stamp:
        return t.cast(str, cached[1])
    rows = [r for _, r in sorted(dict.items(ws.refs["entity"])) if not r.get("parent") and not is_deleted(r)]
    found = str(rows[0].get("currency") or "USD") if rows else "USD"
    ws.derived["root_currency"] = (stamp, found)
    return found


def _rates(
    ws: Workspace, entity: int | None, currency: str, doc: t.Mapping[str, t.Any]
) -> tuple[Decimal, Decimal | None] | None:
    """(native->book, native->consolidated) for a document, or ``None`` when its book rate is unknown."""
    book_currency = str(ws.refs["entity"].look(entity or -1, {}).get("currency") or currency)
    given_book, given = doc.get("exchange_rate_book"), doc.get("exchange_rate")
    root = root_currency(ws)
    if currency == book_currency:
        book = ONE
    elif given_book not in (None, "", 0):
        book = dec(given_book)
    else:
        return None
    if book_currency == root:
        return book, book
    if currency == root:
        return book, ONE
    return book, (dec(given) if given not in (None, "", 0) else None)


def _entry(ws: Workspace, rates: tuple[Decimal, Decimal | None], **fields: t.Any) -> Entry:
    fields.setdefault("type", fields["source"])
    return finish(Entry(exchange_rate_book=rates[0], exchange_rate=rates[1], **fields))


def _with_void(entry: Entry, void_id: int | None, void_day: date | None, memo: str) -> list[Entry]:
    if not void_id or void_day is None:
        return [entry]
    return [entry, reversal(entry, void_id, void_day, memo)]


def _receivable(ws: Workspace, named: t.Any = None) -> int | None:
    found = rel_id(named)
    return found if found is not None and found in ws.refs["account"] else roles(ws)["receivables"]


def invoice_entries(ws: Workspace, inv: Invoice) -> list[Entry]:
    """An invoice's entry, and its void's reversal."""
    if inv.payment_status == PaymentStatus.DRAFT and not inv.amount_paid:
        return []
    rates = _rates(ws, inv.entity, inv.currency, inv.extra)
    if rates is None:
        return []
    role = roles(ws)
    ar = _receivable(ws, inv.extra.get("ar_account"))
    client = inv.client
    lines = [Posting(ar, cents(inv.total_amount), vendor=client, description=f"Invoice {inv.invoice_number}")]
    for ln in inv.lines:
        tags = tuple(int(x) for x in (ln.extra.get("tag_ids") or []) if isinstance(x, int))
        revenue = product_revenue_account(ws, ln.product) or role["revenue"]
        lines.append(
            Posting(
                revenue,
                -cents(ln.amount),
                description=ln.description,
                vendor=client,
                department=ln.department,
                tags=tags,
            )
        )
        if ln.tax:
            lines.append(Posting(role["sales_tax"], -cents(ln.tax), description="Sales tax", vendor=client))
    if inv.discount:
        lines.append(Posting(role["revenue"], cents(inv.discount), description="Discount", vendor=client))
    if inv.payment_term_applied_discount:
        early = cents(inv.payment_term_applied_discount)
        lines += [
            Posting(role["revenue"], early, description="Early payment discount", vendor=client),
            Posting(ar, -early, description="Early payment discount", vendor=client),
        ]
    entry = _entry(
        ws,
        rates,
        id=inv.journal_entry,
        date=inv.invoice_date,
        memo=f"Invoice {inv.invoice_number}",
        source="invoice",
        source_id=inv.id,
        entity=inv.entity,
        currency=inv.currency,
        lines=lines,
        created_at=inv.created_at,
        last_modified_at=inv.last_modified_at,
        invoice=inv.id,
    )
    return _with_void(entry, inv.voided_journal_entry, inv.voided_date, f"Void of invoice {inv.invoice_number}")


def _money_account(ws: Workspace, transaction_id: int | None, account_id: int | None, fallback: str) -> int | None:
    """The account money came into or left: a bank transaction's bank account, else a named account that is
    not receivables or payables, else the role ``fallback``."""
    if transaction_id is not None:
        txn = ws.refs["transaction"].look(transaction_id, {})
        bank = rel_id(txn.get("account_id") or txn.get("account") or txn.get("bank_account"))
        if bank is not None and bank in ws.refs["account"]:
            return bank
    named = chart_account(ws, account_id)
    if account_id is not None and named and not is_receivable_or_payable(named):
        return account_id
    return roles(ws)[fallback]


def payment_entries(ws: Workspace, payment: Payment, inv: Invoice | None) -> list[Entry]:
    """An invoice payment's entry, and its void's reversal."""
    entity = inv.entity if inv else None
    rates = _rates(ws, entity, payment.currency, inv.extra if inv else {})
    if rates is None:
        return []
    client = inv.client if inv else None
    ar = _receivable(ws, inv.extra.get("ar_account") if inv else None)
    if payment.credit_memo_id is not None:
        memo = ws.refs["credit_memo"].look(payment.credit_memo_id, {})
        debit = _receivable(ws, memo.get("credit_account"))
    else:
        debit = _money_account(ws, payment.transaction_id, payment.account_id, "undeposited")
    number = inv.invoice_number if inv else str(payment.invoice_id)
    amount = cents(payment.amount)
    lines = [Posting(debit, amount, vendor=client, description=payment.memo), Posting(ar, -amount, vendor=client)]
    entry = _entry(
        ws,
        rates,
        id=payment.journal_entry,
        date=payment.payment_date or payment.created_at.date(),
        memo=f"Payment of invoice {number}",
        source="invoice_payment",
        source_id=payment.id,
        entity=entity,
        currency=payment.currency,
        lines=lines,
        created_at=payment.created_at,
        last_modified_at=payment.last_modified_at,
        invoice=payment.invoice_id,
    )
    return _with_void(entry, payment.voided_journal_entry, payment.voided_date, f"Void of payment {payment.id}")


def credit_memo_entries(ws: Workspace, memo: Row) -> list[Entry]:
    """A credit memo's entry (and its void's reversal), and each refund's (and its void's)."""
    if is_deleted(memo):
        return []
    rates = _rates(ws, memo.get("entity"), str(memo.get("currency") or ""), memo)
    if rates is None:
        return []
    role = roles(ws)
    number = str(memo.get("credit_memo_number") or memo["id"])
    held = _receivable(ws, memo.get("credit_account"))
    client = rel_id(memo.get("client"))
    common: dict[str, t.Any] = {
        "source_id": memo["id"],
        "entity": memo.get("entity"),
        "currency": str(memo.get("currency") or ""),
        "created_at": memo.get("created_at"),
        "last_modified_at": memo.get("last_modified_at"),
        "credit_memos": [{"id": memo["id"], "credit_memo_number": number}],
    }
    found: list[Entry] = []
    je, day = rel_id(memo.get("journal_entry")), as_date(memo.get("credit_memo_date"))
    if je and day:
        lines: list[Posting] = []
        for item in memo.get("lines") or []:
            named = rel_id(item.get("account"))
            line_account = named if named in ws.refs["account"] else role["revenue"]
            lines.append(
                Posting(
                    line_account,
                    cents(dec(item.get("amount") or 0)),
                    description=item.get("description"),
                    vendor=client,
                    department=rel_id(item.get("department")),
                )
            )
            if dec(item.get("tax") or 0):
                lines.append(
                    Posting(role["sales_tax"], cents(dec(item["tax"])), description="Sales tax", vendor=client)
                )
        if not lines:  # an overpayment: the cash that was left over
            lines.append(Posting(role["undeposited"], cents(dec(memo.get("total_amount") or 0)), vendor=client))
        lines.append(Posting(held, -sum(p.native for p in lines), vendor=client, description=f"Credit memo {number}"))
        entry = _entry(
            ws, rates, id=je, date=day, memo=f"Credit memo {number}", source="credit_memo", lines=lines, **common
        )
        found += _with_void(
            entry,
            rel_id(memo.get("voided_journal_entry")),
            as_date(memo.get("voided_date")),
            f"Void of credit memo {number}",
        )
    for refund in memo.get(REFUNDS) or []:
        rje, rday = rel_id(refund.get("journal_entry")), as_date(refund.get("payment_date"))
        if not rje or rday is None:  # a recorded refund whose entry the recording did not show
            continue
        amount = cents(dec(refund["amount"]))
        paid_from = _money_account(ws, rel_id(refund.get("transaction_id")), rel_id(refund.get("account_id")), "bank")
        lines = [
            Posting(held, amount, vendor=client, description=refund.get("memo")),
            Posting(paid_from, -amount, vendor=client, description=refund.get("memo")),
        ]
        entry = _entry(
            ws,
            rates,
            id=rje,
            date=rday,
            memo=f"Refund of credit memo {number}",
            source="credit_memo_payment",
            lines=lines,
            **{
                **common,
                "source_id": refund["id"],
                "created_at": refund.get("created_at"),
                "last_modified_at": refund.get("last_modified_at"),
            },
        )
        found += _with_void(
            entry,
            rel_id(refund.get("voided_journal_entry")),
            as_date(refund.get("voided_date")),
            f"Void of refund {refund['id']}",
        )
    return found


def _side(line: Row, side: str) -> t.Any:
    for name in (f"{side}_amount_native", f"{side}_amount_book", f"{side}_amount"):
        if line.get(name) not in (None, ""):
            return line[name]
    return 0


def stored_lines(row: Row) -> list[Row]:
    """A manual entry's lines as stored (``_lines``); a seeded entry's ``transactions`` read the same way."""
    if "_lines" in row:
        return t.cast(list[Row], row["_lines"])
    return [
        {
            "account": rel_id(ln.get("account")),
            "debit": _side(ln, "debit"),
            "credit": _side(ln, "credit"),
            "description": ln.get("bank_description") or ln.get("description"),
            "vendor": rel_id(ln.get("vendor")),
            "department": rel_id(ln.get("department")),
            "tags": [],
        }
        for ln in row.get("transactions") or []
        if isinstance(ln, dict)
    ]


def manual_entries(ws: Workspace, row: Row) -> list[Entry]:
    """A manual journal entry as stored (``journal_entries.py`` checked it), and its reversal."""
    day = as_date(row.get("date"))
    if is_deleted(row) or day is None:
        return []
    currency = str(row.get("currency") or ws.refs["entity"].look(row.get("entity") or -1, {}).get("currency") or "")
    rates = _rates(ws, row.get("entity"), currency, row)
    if rates is None:
        return []
    lines = [
        Posting(
            ln["account"],
            cents(ln["debit"] or 0) - cents(ln["credit"] or 0),
            description=ln.get("description"),
            vendor=ln.get("vendor"),
            department=ln.get("department"),
            tags=tuple(ln.get("tags") or ()),
        )
        for ln in stored_lines(row)
    ]
    extra = {k: v for k, v in row.items() if not k.startswith("_") and k != "transactions"}
    entry = _entry(
        ws,
        rates,
        id=int(row["id"]),
        date=day,
        memo=str(row.get("memo") or ""),
        source=str(row.get("source") or "manual"),
        source_id=None,
        entity=row.get("entity"),
        currency=currency,
        lines=lines,
        created_at=row.get("created_at"),
        last_modified_at=row.get("last_modified_at"),
        created_automatically=False,
        extra=extra,
        type=str(row.get("type") or "journal_entry"),
    )
    return _with_void(
        entry,
        rel_id(row.get("_reversal_id")),
        as_date(row.get("reversal_date")),
        f"Reversal of {entry.memo or f'journal entry {entry.id}'}",
    )


def _payable(ws: Workspace, named: t.Any = None) -> int | None:
    found = rel_id(named)
    return found if found is not None and found in ws.refs["account"] else roles(ws)["payables"]


def _lines_of(ws: Workspace, doc: Row, sign: int, vendor: int | None) -> list[Posting]:
    """A payables document's lines (bill or debit memo): each on its ``account``, its tax on sales tax;
    ``sign`` +1 debits them (a bill), -1 credits them (a debit memo)."""
    found: list[Posting] = []
    for item in doc.get("lines") or []:
        tags = tuple(x for x in item.get("tag_ids") or [] if isinstance(x, int))
        found.append(
            Posting(
                rel_id(item.get("account")),
                sign * cents(dec(item.get("amount") or 0)),
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
            _payable(ws, bill.get("ap_account")),
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
    account when a debit memo paid it), and its void's reversal."""
    if bill is None or is_deleted(bill):
        return []
    rates = _rates(ws, bill.get("entity"), str(payment.get("currency") or bill.get("currency") or ""), bill)
    if rates is None:
        return []
    vendor = rel_id(bill.get("vendor"))
    ap = _payable(ws, bill.get("ap_account"))
    if payment.get("debit_memo") is not None:
        memo = ws.table(DEBIT_MEMOS).look(payment["debit_memo"], {})
        credit = _payable(ws, memo.get("debit_account"))
    else:
        credit = _money_account(
            ws, rel_id(payment.get("payment_transaction")), rel_id(payment.get("account_id")), "bank"
        )
    amount = cents(dec(payment["amount"]))
    number = str(bill.get("bill_number") or bill["id"])
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
        lines=[
            Posting(ap, amount, vendor=vendor, description=payment.get("memo")),
            Posting(credit, -amount, vendor=vendor),
        ],
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
    held = _payable(ws, memo.get("debit_account"))
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


def _generic(ws: Workspace, kind: str) -> dict[int, Row]:
    return t.cast(dict[int, Row], ws.generic.get(kind) or {})


def _bill(ws: Workspace, key: int) -> list[Entry]:
    bill = dict.get(_generic(ws, BILLS), key)
    return bill_entries(ws, bill) if bill is not None else []


def _bill_payment(ws: Workspace, key: int) -> list[Entry]:
    payment = dict.get(_generic(ws, BILL_PAYMENTS), key)
    if payment is None:
        return []
    return bill_payment_entries(ws, payment, dict.get(_generic(ws, BILLS), int(payment.get("bill") or 0)))


def _debit_memo(ws: Workspace, key: int) -> list[Entry]:
    memo = dict.get(_generic(ws, DEBIT_MEMOS), key)
    return debit_memo_entries(ws, memo) if memo is not None else []


def _invoice(ws: Workspace, key: int) -> list[Entry]:
    inv = ws.invoices.look(key)
    return invoice_entries(ws, inv) if inv is not None else []


def _payment(ws: Workspace, key: int) -> list[Entry]:
    payment = ws.payments.look(key)
    return payment_entries(ws, payment, ws.invoices.look(payment.invoice_id)) if payment is not None else []


def _credit_memo(ws: Workspace, key: int) -> list[Entry]:
    memo = ws.refs["credit_memo"].look(key)
    return credit_memo_entries(ws, memo) if memo is not None else []


def _manual(ws: Workspace, key: int) -> list[Entry]:
    row = dict.get(ws.generic.get(JOURNAL_KIND) or {}, key)
    return manual_entries(ws, row) if row is not None else []


@dataclass(frozen=True)
class Rule:
    """How one kind of document posts: the table its documents live in, and the entries one of them posts
    now (none once it is gone)."""

    table: t.Callable[[Workspace], t.Mapping[int, t.Any]]
    entries: t.Callable[[Workspace, int], list[Entry]]


#: Every posting rule, by the kind of the table its documents live in (the kind a write's journal names).
#: Bills, bill payments and debit memos add one each.
RULES: dict[str, Rule] = {
    "invoice": Rule(lambda ws: ws.invoices, _invoice),
    "payment": Rule(lambda ws: ws.payments, _payment),
    "credit_memo": Rule(lambda ws: ws.refs["credit_memo"], _credit_memo),
    JOURNAL_KIND: Rule(lambda ws: ws.generic.get(JOURNAL_KIND) or {}, _manual),
    BILLS: Rule(lambda ws: _generic(ws, BILLS), _bill),
    BILL_PAYMENTS: Rule(lambda ws: _generic(ws, BILL_PAYMENTS), _bill_payment),
    DEBIT_MEMOS: Rule(lambda ws: _generic(ws, DEBIT_MEMOS), _debit_memo),
}
#: The tables whose change can move any entry (roles, rates, revenue and bank accounts): after a write to
#: one of those the ledger is built afresh.
GLOBAL_KINDS = frozenset({"account", "entity", "product", "transaction"})
Doc = tuple[str, int]


def document_entries(ws: Workspace, kind: str, key: int) -> list[Entry]:
    """The entries one document posts now (none once it is gone)."""
    return RULES[kind].entries(ws, key)


def _documents(ws: Workspace) -> t.Iterator[Doc]:
    for kind, rule in RULES.items():
        yield from ((kind, key) for key in sorted(dict.keys(t.cast(dict[int, t.Any], rule.table(ws)))))


@dataclass
class Books:
    """The ledger a workspace version has, each document's entries, and the documents written since."""

    version: int
    ledger: Ledger
    docs: dict[Doc, list[Entry]]
    dirty: set[Doc] = field(default_factory=set)


def _dependents(ws: Workspace, dirty: set[Doc]) -> set[Doc]:
    """The payments whose entries read a changed invoice, credit memo, bill or debit memo (entity, client
    or vendor, credit or debit account, deletion)."""
    invoices = {k for kind, k in dirty if kind == "invoice"}
    memos = {k for kind, k in dirty if kind == "credit_memo"}
    bills = {k for kind, k in dirty if kind == BILLS}
    debit_memos = {k for kind, k in dirty if kind == DEBIT_MEMOS}
    found: set[Doc] = set()
    if bills or debit_memos:
        found = {
            (BILL_PAYMENTS, key)
            for key, payment in dict.items(_generic(ws, BILL_PAYMENTS))
            if payment.get("bill") in bills or payment.get("debit_memo") in debit_memos
        }
    if not invoices and not memos:
        return found
    return found | {
        ("payment", key)
        for key, payment in dict.items(ws.payments)
        if payment.invoice_id in invoices or payment.credit_memo_id in memos
    }


def _refresh(ws: Workspace, books: Books) -> None:
    """Bring the cached ledger up to date with the documents written since it was built."""
    dirty = books.dirty | _dependents(ws, books.dirty)
    removed: list[Entry] = []
    added: list[Entry] = []
    for doc in dirty:
        removed += books.docs.pop(doc, [])
        made = document_entries(ws, *doc)
        if made:
            books.docs[doc] = made
            added += made
    books.ledger = books.ledger.updated(removed, added)
    books.dirty = set()


def note_write(ws: Workspace, journal: Journal, kept: bool) -> None:
    """Told of every write as it ends (``Workspace.commit_listeners``): the documents it touched are
    recomputed on the next read; a change to the chart, entities, products or bank transactions, or a
    replacement of the whole workspace, rebuilds everything. An undone write changed nothing."""
    books = ws.derived.get("books")
    if not isinstance(books, Books) or books.version != ws.version:
        return
    if kept:
        if journal.replaced is not None:
            ws.derived.pop("books", None)
            return
        for table, seen in journal.before.values():
            if table.kind in GLOBAL_KINDS:
                ws.derived.pop("books", None)
                return
            if table.kind in RULES:
                books.dirty.update((table.kind, key) for key in seen)
    books.version = ws.version + 1  # the version the write ends with


Workspace.commit_listeners.append(note_write)


def ledger(ws: Workspace) -> Ledger:
    """The workspace's ledger, from every posting rule: built once, then brought up to date with the
    documents each write touched (afresh inside a write, whose changes are not kept yet)."""
    if ws.journal is not None:
        return Ledger.build(entry for doc in _documents(ws) for entry in document_entries(ws, *doc))
    books = ws.derived.get("books")
    if isinstance(books, Books) and books.version == ws.version:
        if books.dirty:
            _refresh(ws, books)
        return books.ledger
    docs: dict[Doc, list[Entry]] = {}
    for doc in _documents(ws):
        made = document_entries(ws, *doc)
        if made:
            docs[doc] = made
    books = Books(ws.version, Ledger.build(e for made in docs.values() for e in made), docs)
    ws.derived["books"] = books
    return books.ledger


def build(entries: t.Iterable[Entry]) -> Ledger:
    """A ledger of ``entries``."""
    return Ledger.build(entries)


__all__ = [
    "JOURNAL_KIND",
    "RULES",
    "Books",
    "Columns",
    "Ledger",
    "Rule",
    "bill_entries",
    "bill_payment_entries",
    "build",
    "credit_memo_entries",
    "debit_memo_entries",
    "document_entries",
    "invoice_entries",
    "ledger",
    "manual_entries",
    "note_write",
    "payment_entries",
    "root_currency",
]
