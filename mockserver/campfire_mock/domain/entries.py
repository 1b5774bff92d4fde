"""Journal entries and their GL lines, as the ledger keeps them.

An ``Entry`` is a journal entry (Campfire's ``JournalEntry``) and its ``Posting``s are its GL lines
(``ChartTransaction``). Entries are derived from the documents that post them, by one posting rule per
document type (``ledger.RULES``: invoices, invoice payments, credit memos and their refunds, manual
journal entries; bills, bill payments and debit memos add one rule each), or stored where a user writes
them (manual entries keep their lines). Nothing is stored twice.

Money is kept in integer cents, three ways, as Campfire's GL lines carry it: ``native`` (the document's
currency), ``book`` (its entity's currency) and ``consolidated`` (the root entity's). A document in its
entity's currency converts at 1; one in another currency at its ``exchange_rate_book``; an entity in
another currency than the root's at the document's ``exchange_rate`` (native to root). Where no rate is
known the twin invents none: a document in a foreign currency without ``exchange_rate_book`` posts
nothing, and a line whose consolidated rate is unknown has ``consolidated`` ``None`` (left out of
consolidated statements, whole entries at a time, so they still balance). Converted lines are rounded
one by one and the rounding difference goes to the entry's largest line, so every entry balances in
every currency.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

#: Where a workspace keeps its ledger (``ledger.Books``, in ``Workspace.derived``), and the name of the commit
#: listeners that keep it up to date (``Workspace.listen``): it is current while it holds ``heard_at(BOOKS)``.
BOOKS = "books"
#: A posted line's id is its entry's id times this, plus its position (an entry has at most 9,999 lines).
LINE_ID_FACTOR = 10_000
CENTS = Decimal(100)


def cents(value: Decimal | int | float | str) -> int:
    """An amount in whole cents, rounded half up."""
    if isinstance(value, int):
        return value * 100
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    scaled = number.scaleb(2)
    if scaled == scaled.to_integral_value():  # already whole cents (money always is): no rounding
        return int(scaled)
    return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def entry_order(entry_id: t.Any) -> str | None:
    """A journal entry's ``order`` as the entry answers it (its id in seven digits), for the ``*_journal_entry_order``
    fields of the documents and payments that name it; null where they name none."""
    if not isinstance(entry_id, int) or isinstance(entry_id, bool) or entry_id <= 0:
        return None
    return f"{entry_id:07d}"


def to_money(value: int) -> Decimal:
    """Cents back to a two-place amount."""
    return (Decimal(value) / CENTS).quantize(Decimal("0.01"))


@dataclass(slots=True)
class Posting:
    """One GL line: a debit (``book`` > 0) or a credit (``book`` < 0) to one account."""

    account: int | None
    native: int
    book: int = 0
    consolidated: int | None = 0
    description: str | None = None
    vendor: int | None = None
    department: int | None = None
    tags: tuple[int, ...] = ()
    id: int = 0
    #: A manual line's other relations as written (``tag_group_ids``, ``source_entity``,
    #: ``parent_bank_transaction``), ``None`` for a line with none (every line a document posts).
    links: dict[str, t.Any] | None = None


@dataclass(slots=True)
class Entry:
    """One balanced journal entry and its lines."""

    id: int
    date: date
    memo: str
    #: What posted it: ``invoice``, ``invoice_payment``, ``credit_memo``, ``credit_memo_payment`` or
    #: ``journal_entry`` (a manual entry); a reversal keeps its original's.
    source: str
    source_id: int | None
    entity: int | None
    currency: str
    lines: list[Posting]
    created_at: t.Any = None
    last_modified_at: t.Any = None
    created_automatically: bool = True
    #: ``journal_entry`` for every entry Campfire lists; reversals say ``reversal``.
    type: str = "journal_entry"
    exchange_rate_book: Decimal = Decimal(1)
    exchange_rate: Decimal | None = Decimal(1)
    reversal_of: int | None = None
    invoice: int | None = None
    bill: int | None = None
    credit_memos: list[dict[str, t.Any]] = field(default_factory=list)
    #: Stored fields of a manual entry, echoed as given (``ref_number``, ``reversal_date``, ...).
    extra: dict[str, t.Any] = field(default_factory=dict)

    def debits(self) -> int:
        return sum(p.book for p in self.lines if p.book > 0)

    def credits(self) -> int:
        return -sum(p.book for p in self.lines if p.book < 0)


def _spread(values: list[int], rate: Decimal) -> list[int]:
    """``values`` (summing to zero) converted at ``rate`` one by one, the rounding put on the largest."""
    out = [int((Decimal(v) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP)) for v in values]
    off = sum(out)
    if off and out:
        biggest = max(range(len(out)), key=lambda i: abs(out[i]))
        out[biggest] -= off
    return out


def finish(entry: Entry) -> Entry:
    """Number the entry's lines and fill in their book and consolidated amounts from the native ones."""
    natives = [p.native for p in entry.lines]
    book = natives if entry.exchange_rate_book == 1 else _spread(natives, entry.exchange_rate_book)
    if entry.exchange_rate is None:
        consolidated: list[int | None] = [None] * len(natives)
    elif entry.exchange_rate == entry.exchange_rate_book:
        consolidated = list(book)
    else:
        consolidated = list(_spread(natives, entry.exchange_rate))
    for n, (posting, b, c) in enumerate(zip(entry.lines, book, consolidated, strict=True)):
        posting.id = entry.id * LINE_ID_FACTOR + n
        posting.book, posting.consolidated = b, c
    return entry


#: Entry types whose reversal (a void) has its own type, ``void_<type>``.
VOID_TYPES = frozenset(
    {"invoice", "invoice_payment", "credit_memo", "credit_memo_payment", "bill", "bill_payment", "debit_memo_payment"}
)


def reversal(entry: Entry, entry_id: int, day: date, memo: str) -> Entry:
    """The entry that undoes ``entry`` on ``day``: the same lines, debits and credits swapped."""
    lines = [
        Posting(
            p.account,
            -p.native,
            -p.book,
            None if p.consolidated is None else -p.consolidated,
            p.description,
            p.vendor,
            p.department,
            p.tags,
            links=p.links,
        )
        for p in entry.lines
    ]
    made = Entry(
        id=entry_id,
        date=day,
        memo=memo,
        source=entry.source,
        source_id=entry.source_id,
        entity=entry.entity,
        currency=entry.currency,
        lines=lines,
        created_at=entry.created_at,
        last_modified_at=entry.last_modified_at,
        created_automatically=entry.created_automatically,
        exchange_rate_book=entry.exchange_rate_book,
        exchange_rate=entry.exchange_rate,
        reversal_of=entry.id,
        invoice=entry.invoice,
        bill=entry.bill,
        credit_memos=entry.credit_memos,
        type=f"void_{entry.type}" if entry.type in VOID_TYPES else entry.type,
    )
    for n, posting in enumerate(made.lines):
        posting.id = entry_id * LINE_ID_FACTOR + n
    return made


__all__ = [
    "BOOKS",
    "CENTS",
    "LINE_ID_FACTOR",
    "VOID_TYPES",
    "Entry",
    "Posting",
    "cents",
    "entry_order",
    "finish",
    "reversal",
    "to_money",
]
