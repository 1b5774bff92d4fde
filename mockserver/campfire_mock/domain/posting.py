"""The posting rules: how each kind of document turns into balanced journal entries.

One function per document type (``ledger.RULES`` registers them; bills, bill payments and debit memos
add one each). Accounts come from the chart by role (``chart.py``); a document that names an
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
* **Manual journal entry**: its stored lines, as written (``journal_entries.py`` checks them);
  ``reversal_date`` posts the reversing entry on that day.
"""

from __future__ import annotations

import typing as t
from datetime import date
from decimal import Decimal

from .chart import account as chart_account
from .chart import is_receivable_or_payable, product_revenue_account, roles
from .entries import Entry, Posting, cents, finish, reversal
from .generic import is_deleted
from .invoices import as_date, dec, rel_id
from .models import Invoice, Payment, PaymentStatus
from .payments import REFUNDS
from .workspace import Workspace

Row = dict[str, t.Any]
#: Where manual journal entries are stored (the generic store's table of the collection).
JOURNAL_KIND = "/coa/api/journal_entry"
ONE = Decimal(1)


def root_currency(ws: Workspace) -> str:
    """The consolidation currency: the root entity's (no parent; the lowest id of those); found again only
    once a write touches an entity."""
    stamp = ws.table_stamp("entity")
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
    return rates_of(ws.refs["entity"].look(entity or -1, {}).get("currency"), root_currency(ws), currency, doc)


def rates_of(
    entity_currency: t.Any, root: str, currency: str, doc: t.Mapping[str, t.Any]
) -> tuple[Decimal, Decimal | None] | None:
    """``_rates`` of a document in ``currency`` of an entity keeping its books in ``entity_currency`` (none:
    the document's), where the root entity's currency is ``root``."""
    book_currency = str(entity_currency or currency)
    given_book, given = doc.get("exchange_rate_book"), doc.get("exchange_rate")
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


def receivable_account(ws: Workspace, named: t.Any = None) -> int | None:
    """The receivables account a document posts to: the one it names (an invoice's ``ar_account``, a memo's
    ``credit_account``) if the chart has it, else the chart's receivables account."""
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
    ar = receivable_account(ws, inv.extra.get("ar_account"))
    client = inv.client
    lines = [Posting(ar, cents(inv.total_amount), vendor=client, description=f"Invoice {inv.invoice_number}")]
    default_department = inv.default_department
    for ln in inv.lines:
        tags = tuple(int(x) for x in (ln.extra.get("tag_ids") or []) if isinstance(x, int))
        revenue = product_revenue_account(ws, ln.product) or role["revenue"]
        net = cents(ln.amount - ln.discount_amount)  # net of its percentage discount (line_discounts.py)
        if net:  # a line of nothing (free, or wholly discounted) posts no revenue line of 0, as a tax of 0
            lines.append(
                Posting(
                    revenue,
                    -net,
                    description=ln.description,
                    vendor=client,
                    department=ln.department if ln.department is not None else default_department,
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
    """An invoice payment's entry, and its void's reversal. What the customer withheld
    (``withheld_amount``) settles the invoice with the cash: Dr the withholding receivable (the chart's
    ``withholding_receivable``), Cr receivables the cash and the withholding together."""
    entity = inv.entity if inv else None
    rates = _rates(ws, entity, payment.currency, inv.extra if inv else {})
    if rates is None:
        return []
    client = inv.client if inv else None
    ar = receivable_account(ws, inv.extra.get("ar_account") if inv else None)
    if payment.credit_memo_id is not None:
        memo = ws.refs["credit_memo"].look(payment.credit_memo_id, {})
        debit = receivable_account(ws, memo.get("credit_account"))
    else:
        debit = _money_account(ws, payment.transaction_id, payment.account_id, "undeposited")
    number = inv.invoice_number if inv else str(payment.invoice_id)
    amount = cents(payment.amount)
    held = cents(payment.withheld_amount) if payment.withheld_amount and payment.credit_memo_id is None else 0
    # withholding alone (no cash applied: the rest of the cash was surplus) posts no cash line of 0
    lines = [Posting(debit, amount, vendor=client, description=payment.memo)] if amount or not held else []
    if held:
        lines.append(Posting(roles(ws)["withholding_receivable"], held, vendor=client, description="Tax withheld"))
    lines.append(Posting(ar, -(amount + held), vendor=client))
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
    held = receivable_account(ws, memo.get("credit_account"))
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
            amount = cents(dec(item.get("amount") or 0))
            if amount:  # a line of 0 posts nothing (its memo's total line stays)
                lines.append(
                    Posting(
                        line_account,
                        amount,
                        description=item.get("description"),
                        vendor=client,
                        department=rel_id(item.get("department")),
                    )
                )
            if dec(item.get("tax") or 0):
                lines.append(
                    Posting(role["sales_tax"], cents(dec(item["tax"])), description="Sales tax", vendor=client)
                )
        if not memo.get("lines"):  # an overpayment: the cash that was left over
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


#: A manual line's other relations (``journal_entries.LINE_LINKS`` and ``LINE_LISTS``), as its GL line answers them.
LINE_LINK_FIELDS = ("source_entity", "parent_bank_transaction", "tag_group_ids")


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
            **{k: ln[k] for k in LINE_LINK_FIELDS if k in ln},  # kept as a seed gives them (deletes find them)
        }
        for ln in row.get("transactions") or []
        if isinstance(ln, dict)
    ]


def _links(line: Row) -> dict[str, t.Any] | None:
    """A stored line's other relations, or ``None`` when it names none (most lines)."""
    found = {k: line[k] for k in LINE_LINK_FIELDS if line.get(k) not in (None, [])}
    return found or None


def manual_entries(ws: Workspace, row: Row) -> list[Entry]:
    """A manual journal entry as stored (``journal_entries.py`` checked it), and its reversal."""
    day = as_date(row.get("date"))
    if is_deleted(row) or day is None:
        return []
    # An entry that names no entity (Campfire's schema does not require one) is in the consolidation currency,
    # the currency its GL lines answer: it posts at rate 1, so every statement counts it.
    currency = str(
        row.get("currency") or ws.refs["entity"].look(row.get("entity") or -1, {}).get("currency") or root_currency(ws)
    )
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
            links=_links(ln),
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


__all__ = [
    "JOURNAL_KIND",
    "credit_memo_entries",
    "invoice_entries",
    "manual_entries",
    "payment_entries",
    "receivable_account",
    "root_currency",
    "stored_lines",
]
