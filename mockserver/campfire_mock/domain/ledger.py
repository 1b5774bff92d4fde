"""The general ledger: every balanced entry the workspace's documents post, built once and then kept up
to date write by write.

``RULES`` registers one posting rule per kind of document (``posting.py``: invoices, invoice payments,
credit memos and their refunds, manual journal entries; bills, bill payments and debit memos add one
each). ``ledger(ws)`` builds the ledger on the first read, keeping each document's entries; a write's
listener (``note_write``) marks the documents it touched, and the next read recomputes only those (and the
payments of a touched invoice or memo). A change to the chart, the entities, the products or the bank
transactions, which can move any entry, rebuilds it.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field

from .bank_posting import bank_transaction_entries
from .books import Columns, Ledger
from .documents import BILL_PAYMENTS, BILLS, DEBIT_MEMOS
from .entries import Entry
from .payables_posting import bill_entries, bill_payment_entries, debit_memo_entries
from .posting import (
    JOURNAL_KIND,
    credit_memo_entries,
    invoice_entries,
    manual_entries,
    payment_entries,
    root_currency,
    stored_lines,
)
from .workspace import Journal, Workspace


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


def _generic(ws: Workspace, kind: str) -> dict[int, t.Any]:
    return t.cast(dict[int, t.Any], ws.generic.get(kind) or {})


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
    "transaction": Rule(lambda ws: ws.refs["transaction"], bank_transaction_entries),
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
    "GLOBAL_KINDS",
    "JOURNAL_KIND",
    "RULES",
    "Books",
    "Columns",
    "Ledger",
    "Rule",
    "build",
    "credit_memo_entries",
    "document_entries",
    "invoice_entries",
    "ledger",
    "manual_entries",
    "note_write",
    "payment_entries",
    "root_currency",
    "stored_lines",
]
