"""Bank transactions categorised to an account post: the posting rule ``ledger.RULES`` registers for them.

A bank transaction (``/ca/api/transaction``) belongs to a bank GL account: its ``account_id`` (the field
the demo's transactions and the payment rules read), else the chart's bank account. It is categorised
when its ``account`` names another account of the chart (Campfire's schema gives a bank transaction no
other account field; a transaction whose ``account`` is its own bank account, as the twin renders an
uncategorised one, is not categorised). A categorised transaction posts one entry on its date:

* a deposit (``amount`` > 0): Dr the bank account, Cr the category (journal type ``deposit``);
* a withdrawal: Dr the category, Cr the bank account (``expense``);
* either of them ``transfer`` when the category is another bank account;

for what invoice payments, credit-memo refunds, bill payments and debit-memo refunds have not already
taken from it (those post their own cash lines: Campfire recategorises the transaction to receivables or
payables when they apply it). Uncategorising it (``account`` null, or its bank account) or deleting it
removes the entry. The entry is system-posted (``created_automatically``: its lines cannot be edited;
change the transaction) and its id is ``BANK_ENTRY_BASE`` plus the transaction's id, so it is stable and
apart from the ids the workspace's sequences give.

A payment that applies a categorised transaction changes what the transaction posts; the ledger learns
it from ``note_payments`` (a write listener), which marks the categorised transactions for recomputing
whenever a write touches payments, credit memos, bill payments or debit memos.
"""

from __future__ import annotations

import typing as t

from .bank_transactions import transaction_applied
from .chart import roles
from .documents import BILL_PAYMENTS, DEBIT_MEMOS
from .entries import BOOKS, Entry, Posting, cents
from .generic import is_deleted
from .invoices import as_date, dec, rel_id
from .posting import _entry, _rates
from .workspace import Journal, Workspace

KIND = "transaction"
#: A categorised transaction's entry id: this plus the transaction's id.
BANK_ENTRY_BASE = 1_000_000_000
#: The tables whose writes can change what a categorised transaction has left to post.
SPENDERS = frozenset({"payment", "credit_memo", BILL_PAYMENTS, DEBIT_MEMOS})

Row = dict[str, t.Any]


def bank_account(ws: Workspace, row: Row) -> int | None:
    """The bank GL account a transaction belongs to: its ``account_id``, else the chart's bank account."""
    named = rel_id(row.get("account_id") or row.get("bank_account"))
    return named if named is not None and named in ws.refs["account"] else roles(ws)["bank"]


def category(ws: Workspace, row: Row) -> int | None:
    """The account a transaction is categorised to, or ``None``."""
    named = rel_id(row.get("account"))
    if named is None or named not in ws.refs["account"] or named == bank_account(ws, row):
        return None
    return named


def _is_bank(ws: Workspace, account: int) -> bool:
    return bool(ws.refs["account"].look(account, {}).get("account_subtype") == "BANK")


def _root_entity(ws: Workspace) -> int | None:
    found = [k for k, r in sorted(dict.items(ws.refs["entity"])) if not r.get("parent") and not is_deleted(r)]
    return int(found[0]) if found else None


def bank_transaction_entries(ws: Workspace, key: int) -> list[Entry]:
    """The entry a categorised bank transaction posts (none when it is uncategorised, deleted, undated, fully
    applied by payments and refunds, or in a currency with no known rate)."""
    row = ws.refs[KIND].look(key)
    if row is None or is_deleted(row):
        return []
    account = category(ws, row)
    if account is None:
        return []
    try:
        day = as_date(row.get("date") or str(row.get("posted_at") or "")[:10] or None)
    except ValueError:  # a posted_at that is no date: nothing to post it on
        return []
    if day is None:
        return []
    amount = dec(row.get("amount") or 0)
    left = abs(amount) - transaction_applied(ws, key)
    if left <= 0:
        return []
    entity = rel_id(row.get("entity")) or _root_entity(ws)
    currency = str(row.get("currency") or ws.refs["entity"].look(entity or -1, {}).get("currency") or "USD")
    rates = _rates(ws, entity, currency, row)
    if rates is None:
        return []
    value = cents(left if amount > 0 else -left)
    bank = bank_account(ws, row)
    text = row.get("bank_description") or row.get("description")
    vendor = rel_id(row.get("vendor"))
    return [
        _entry(
            ws,
            rates,
            id=BANK_ENTRY_BASE + key,
            date=day,
            memo=str(text or f"Bank transaction {key}"),
            source="bank_transaction",
            type="transfer" if _is_bank(ws, account) else "deposit" if amount > 0 else "expense",
            source_id=key,
            entity=entity,
            currency=currency,
            lines=[
                Posting(bank, value, description=text, vendor=vendor),
                Posting(account, -value, description=text, vendor=vendor),
            ],
            created_at=row.get("created_at"),
            last_modified_at=row.get("last_modified_at"),
        )
    ]


def note_payments(ws: Workspace, journal: Journal, kept: bool) -> None:
    """A kept write that touched what spends bank transactions marks every categorised transaction for
    recomputing in the ledger it keeps (``ledger.Books``; a rebuilt ledger needs nothing)."""
    books = ws.derived.get(BOOKS)
    dirty = getattr(books, "dirty", None)
    if not kept or journal.replaced is not None or getattr(books, "version", None) != ws.heard_at(BOOKS):
        return
    if not isinstance(dirty, set) or not any(table.kind in SPENDERS for table, _ in journal.before.values()):
        return
    dirty.update((KIND, int(k)) for k, row in dict.items(ws.refs[KIND]) if category(ws, row) is not None)


Workspace.listen(BOOKS, SPENDERS, note_payments)

__all__ = ["BANK_ENTRY_BASE", "KIND", "bank_account", "bank_transaction_entries", "category", "note_payments"]
