"""The general ledger: every balanced entry the workspace's documents post, built once and then kept up
to date write by write.

``RULES`` registers one posting rule per kind of document (``posting.py``: invoices, invoice payments,
credit memos and their refunds, manual journal entries; bills, bill payments and debit memos add one
each). ``ledger(ws)`` builds the ledger's columns on the first read, in bulk (``bulk_posting.py``), keeping
each document's entry ids; the entries themselves are made by the rules when first asked for (the GL log,
the journal-entry list). A write's listener (``note_write``) marks the documents it touched, and the next
read recomputes only those (and the payments of a touched invoice or memo). A change to the chart, the
entities, the products or the bank transactions, which can move any entry, rebuilds it.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field

from .amortization_posting import schedule_entries, schedules
from .bank_posting import bank_transaction_entries
from .books import Columns, Ledger, no_gc
from .bulk_posting import bulk_columns
from .documents import BILL_PAYMENTS, BILLS, DEBIT_MEMOS
from .entries import BOOKS, Entry
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
    "/coa/api/v1/bill/amortization/generate-schedule": Rule(schedules, schedule_entries),
    "transaction": Rule(lambda ws: ws.refs["transaction"], bank_transaction_entries),
}
#: The tables whose change can move any entry (roles, rates, revenue and bank accounts): after a write to
#: one of those the ledger is built afresh.
GLOBAL_KINDS = frozenset({"account", "entity", "product", "transaction"})
Doc = tuple[str, int]


def document_entries(ws: Workspace, kind: str, key: int) -> list[Entry]:
    """The entries one document posts now (none once it is gone)."""
    return RULES[kind].entries(ws, key)


def _keys(ws: Workspace) -> dict[str, list[int]]:
    """Every document's key, by kind, in key order."""
    return {kind: sorted(dict.keys(t.cast(dict[int, t.Any], rule.table(ws)))) for kind, rule in RULES.items()}


def _documents(ws: Workspace) -> t.Iterator[Doc]:
    for kind, keys in _keys(ws).items():
        yield from ((kind, key) for key in keys)


def _all_entries(ws: Workspace) -> list[Entry]:
    """Every entry the documents post now, by their rules."""
    return [entry for doc in _documents(ws) for entry in document_entries(ws, *doc)]


@dataclass
class Books:
    """The ledger a workspace version has, each document's entry ids, and the documents written since."""

    version: int
    ledger: Ledger
    docs: dict[Doc, tuple[int, ...]]
    dirty: set[Doc] = field(default_factory=set)
    #: The document that posts each entry (made when a line is first read by id).
    owners: dict[int, Doc] | None = None

    def owner(self, entry_id: int) -> Doc | None:
        if self.owners is None:
            self.owners = {key: doc for doc, ids in self.docs.items() for key in ids}
        return self.owners.get(entry_id)


def _document_of(ws: Workspace, books: Books) -> t.Callable[[int], list[Entry]]:
    """How the ledger makes an entry it has not made yet: with the others its document posts now."""

    def made(entry_id: int) -> list[Entry]:
        doc = books.owner(entry_id)
        return document_entries(ws, *doc) if doc is not None else []

    return made


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
    """Bring the cached ledger up to date with the documents written since it was built: only the entries of
    the documents written (and of the payments that read them) are made again."""
    dirty = books.dirty | _dependents(ws, books.dirty)
    removed: list[int] = []
    added: list[Entry] = []
    owners = books.owners
    for doc in dirty:
        gone = books.docs.pop(doc, ())
        removed += gone
        made = document_entries(ws, *doc)
        if owners is not None:
            for key in gone:
                owners.pop(key, None)
            owners.update((e.id, doc) for e in made)
        if made:
            books.docs[doc] = tuple(e.id for e in made)
            added += made
    books.ledger = books.ledger.updated(removed, added, lambda: _all_entries(ws), _document_of(ws, books))
    books.dirty = set()


def note_write(ws: Workspace, journal: Journal, kept: bool) -> None:
    """Told of every write to a kind that posts or moves any entry as it ends (``Workspace.listen``; the kept
    ledger holds for ``heard_at(BOOKS)``): the documents it touched are recomputed on the next read; a change
    to the chart, entities, products or bank transactions, or a replacement of the whole workspace, rebuilds
    everything. An undone write changed nothing."""
    books = ws.derived.get(BOOKS)
    if not isinstance(books, Books) or books.version != ws.heard.get(BOOKS, ws.replaced_at):  # (``heard_at``)
        return
    if kept:
        if journal.replaced is not None:
            ws.derived.pop(BOOKS, None)
            return
        for table, seen in journal.before.values():
            if table.kind in GLOBAL_KINDS:
                ws.derived.pop(BOOKS, None)
                return
            if table.kind in RULES:
                books.dirty.update((table.kind, key) for key in seen)
    books.version = ws.version + 1  # the version the write ends with


Workspace.listen(BOOKS, (*RULES, *GLOBAL_KINDS), note_write)


def _unchanged(journal: Journal) -> bool:
    """Whether a write has so far changed nothing that posts (then the kept ledger is its ledger too)."""
    return journal.replaced is None and not any(
        table.kind in RULES or table.kind in GLOBAL_KINDS for table, _ in journal.before.values()
    )


def ledger(ws: Workspace) -> Ledger:
    """The workspace's ledger, from every posting rule: built once, then brought up to date with the
    documents each write touched (afresh inside a write once it has changed what posts: its changes are not
    kept yet).

    The first build makes the columns only, in bulk (``bulk_posting.py``): the entries (what the GL log and
    the journal-entry list show) are made by the rules when first asked for."""
    if ws.journal is not None and not _unchanged(ws.journal):
        return Ledger.build(_all_entries(ws))
    books = ws.derived.get(BOOKS)
    if isinstance(books, Books) and books.version == ws.heard.get(BOOKS, ws.replaced_at):  # (``heard_at``)
        if books.dirty:
            _refresh(ws, books)
        return books.ledger
    with no_gc():  # a few hundred thousand lasting objects: no full collection walks the workspace meanwhile
        columns, docs = bulk_columns(ws, _keys(ws), document_entries)
    books = Books(ws.heard_at(BOOKS), t.cast(Ledger, None), docs)
    books.ledger = Ledger(None, columns, lambda: _all_entries(ws), _document_of(ws, books))
    ws.derived[BOOKS] = books
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
