"""A bank reconciliation report's figures (``cleared_*``, ``matched_*``, ``unreconciled_*``, ``open_*``,
``statement_activity``, ``reconciliation_difference``), computed from the workspace as it is now.

Upstream states no formula; the twin's rules (docs/references.md, "Reconciliation figures"):

* the report's **GL items** are the ledger lines on its account (and entity, if it names one) dated in its
  statement range; its **statement lines** are the bank transactions of that bank account (and entity) dated
  in the range, not excluded or deleted (the twin parses no statement PDF: the bank feed is the statement);
* a GL item is **cleared** once ``transactions/confirm`` selected it for this report, a statement line once
  it was in ``selected_statements``; a pair is **matched** by ``bulk-match-transactions``;
* ``*_total_debits``/``*_total_credits`` are the items' debits and credits in the entity's currency,
  ``*_activity`` debits less credits, ``*_item_count`` how many; **unreconciled** is the GL items and the
  statement lines of the range neither cleared nor matched;
* ``statement_activity`` is ``ending_balance - starting_balance``; ``reconciliation_difference`` is
  ``ending_balance - (starting_balance + cleared_activity)`` (0 when the cleared items explain the statement);
* **open** is what is outstanding at the statement's end whichever report it falls in: GL items on the
  account (and entity) and statement lines dated up to the end date that no live report cleared or matched;
  ``open_difference`` is ``ending_balance - (book balance at the end date - open_activity)``.

Money is answered as DRF's ``DecimalField`` renders it (``"120.00"``) and counts as text, as upstream's
schema types every one of these fields ``string``. A report without both dates, or without an account,
has no range: its figures stay ``null``.
"""

from __future__ import annotations

import typing as t
from datetime import date
from decimal import Decimal

from .bank_posting import bank_account
from .entries import to_money
from .generic import is_deleted
from .ledger import ledger
from .ledger_query import LineFilter, Window, select_lines
from .reconciliations import span
from .values import as_date, dec, rel_id
from .workspace import Workspace

Row = dict[str, t.Any]
KIND = "/coa/api/v2/reconciliation"
#: What a report stores of its confirmations and matches (never rendered: ``_`` fields are internal).
CLEARED, CLEARED_STATEMENTS, MATCHED = "_cleared", "_cleared_statements", "_matched"
TRANSACTIONS = "transaction"


def _text(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


def _day(row: Row) -> date | None:
    try:
        return as_date(row.get("date") or str(row.get("posted_at") or "")[:10] or None)
    except ValueError:
        return None


def _amount(row: Row) -> Decimal:
    try:
        return dec(row.get("amount") or 0)
    except (ValueError, ArithmeticError):
        return Decimal(0)


def gl_items(ws: Workspace, row: Row, start: date | None, end: date) -> list[tuple[int, Decimal]]:
    """(line id, signed book amount: debit positive) of the ledger lines on the report's account and entity
    dated from ``start`` (open: ``None``) to ``end``."""
    account, entity = rel_id(row.get("account")), rel_id(row.get("entity"))
    if account is None:
        return []
    where = LineFilter(accounts=[account], entities=[entity] if entity is not None else [])
    return [(p.id, to_money(p.book)) for _, p in select_lines(ws, ledger(ws), Window(start, end), where)]


def statement_lines(ws: Workspace, row: Row, start: date | None, end: date) -> list[tuple[int, Decimal]]:
    """(id, amount) of the live bank transactions of the report's bank account (and entity) dated from
    ``start`` to ``end``."""
    account, entity = rel_id(row.get("account")), rel_id(row.get("entity"))
    found = []
    for key, txn in sorted(dict.items(ws.refs[TRANSACTIONS])):
        if is_deleted(txn) or txn.get("excluded") or bank_account(ws, txn) != account:
            continue
        if entity is not None and rel_id(txn.get("entity")) not in (None, entity):
            continue
        day = _day(txn)
        if day is not None and (start is None or day >= start) and day <= end:
            found.append((int(key), _amount(txn)))
    return found


def _sums(prefix: str, items: list[tuple[int, Decimal]], count_name: str | None = None) -> Row:
    debits = sum((a for _, a in items if a > 0), Decimal(0))
    credits = -sum((a for _, a in items if a < 0), Decimal(0))
    return {
        f"{prefix}_total_debits": _text(debits),
        f"{prefix}_total_credits": _text(credits),
        f"{prefix}_activity": _text(debits - credits),
        count_name or f"{prefix}_item_count": str(len(items)),
    }


def _everywhere(ws: Workspace, name: str) -> set[int]:
    """The ids every live report has confirmed (``name``: GL lines or statement lines) or matched."""
    found: set[int] = set()
    for _, report in dict.items(ws.table(KIND)):
        if is_deleted(report):
            continue
        found.update(int(k) for k in report.get(name) or ())
        side = 0 if name == CLEARED else 1
        found.update(int(pair[side]) for pair in report.get(MATCHED) or ())
    return found


def figures(ws: Workspace, row: Row) -> Row:
    """The report's computed figures (nothing, leaving them ``null``, when it has no range or account)."""
    found = span(row)
    if found is None or rel_id(row.get("account")) is None:
        return {}
    start, end = found
    gl, statement = gl_items(ws, row, start, end), statement_lines(ws, row, start, end)
    cleared_ids = {int(k) for k in row.get(CLEARED) or ()}
    cleared_statement_ids = {int(k) for k in row.get(CLEARED_STATEMENTS) or ()}
    pairs = [(int(a), int(b)) for a, b in row.get(MATCHED) or ()]
    matched_gl, matched_statement = {a for a, _ in pairs}, {b for _, b in pairs}
    cleared = [i for i in gl if i[0] in cleared_ids]
    unreconciled = [i for i in gl if i[0] not in cleared_ids | matched_gl]
    loose = [i for i in statement if i[0] not in cleared_statement_ids | matched_statement]
    starting, ending = dec(row.get("starting_balance") or 0), dec(row.get("ending_balance") or 0)
    cleared_activity = sum((a for _, a in cleared), Decimal(0))
    to_date = gl_items(ws, row, None, end)
    reconciled_gl, reconciled_statement = _everywhere(ws, CLEARED), _everywhere(ws, CLEARED_STATEMENTS)
    open_gl = [i for i in to_date if i[0] not in reconciled_gl]
    open_statement = [i for i in statement_lines(ws, row, None, end) if i[0] not in reconciled_statement]
    open_activity = sum((a for _, a in open_gl), Decimal(0))
    balance = sum((a for _, a in to_date), Decimal(0))
    return {
        **_sums("cleared", cleared),
        **_sums("matched", [i for i in gl if i[0] in matched_gl]),
        **_sums("unreconciled", unreconciled, "unreconciled_gl_item_count"),
        "unreconciled_statement_line_count": str(len(loose)),
        "unreconciled_statement_activity": _text(sum((a for _, a in loose), Decimal(0))),
        **_sums("open", open_gl, "open_gl_item_count"),
        "open_statement_line_count": str(len(open_statement)),
        "open_statement_activity": _text(sum((a for _, a in open_statement), Decimal(0))),
        "statement_activity": _text(ending - starting),
        "reconciliation_difference": _text(ending - (starting + cleared_activity)),
        "open_difference": _text(ending - (balance - open_activity)),
    }


__all__ = ["CLEARED", "CLEARED_STATEMENTS", "MATCHED", "figures", "gl_items", "statement_lines"]
