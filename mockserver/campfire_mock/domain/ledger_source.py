"""The ledger's lines as a report table (``reports.fields.LEDGER``): one row per GL line, so the invoice
report engine groups, pivots, lists and exports the ledger the statements are computed from.

``ledger_lines`` is the one place that reads the ledger (each line with its entry, in ledger order); the
rest lays those lines out as columns. Per line: its account (with the account's type, subtype and number),
entity, vendor, department, journal entry, journal type, currency (the document's) and book currency (its
entity's), its date (``posted_at``), and its amount twice: consolidated (``amount``, in the root entity's
currency; NaN where no rate is known, so a sum over it is null, never a guess) and in book (``amount_book``),
each also split as ``debit_amount``/``credit_amount``. The table is built once per workspace version.
"""

from __future__ import annotations

import typing as t

import numpy as np

from ..reports.fields import LEDGER
from ..reports.rows import EPOCH_ORDINAL, Dimension, ReportTable
from .chart import account as chart_account
from .entries import Entry, Posting
from .ledger import ledger
from .workspace import Workspace

Line = tuple[Entry, Posting]
UNCATEGORIZED = "Uncategorized"


def ledger_lines(ws: Workspace) -> t.Sequence[Line]:
    """Every GL line of the workspace with its entry, in ledger order (the only read of the ledger here)."""
    return ledger(ws).lines


def _coded(values: list[t.Any]) -> tuple[np.ndarray[t.Any, t.Any], list[t.Any]]:
    """Codes per row and the key of each code, keys in order of first appearance."""
    index: dict[t.Any, int] = {}
    codes = np.fromiter((index.setdefault(v, len(index)) for v in values), np.int64, len(values))
    return codes, list(index)


def _dimension(values: list[t.Any], label: t.Callable[[t.Any], t.Any] | None = None) -> Dimension:
    codes, keys = _coded(values)
    return Dimension(codes, keys, [label(k) for k in keys] if label else list(keys))


def _name(ws: Workspace, kind: str, field: str = "name") -> t.Callable[[t.Any], t.Any]:
    def lookup(key: t.Any) -> t.Any:
        return None if key is None else ws.refs[kind].look(key, {}).get(field)

    return lookup


def build_table(ws: Workspace, lines: t.Sequence[Line]) -> ReportTable:
    """The report table of ``lines`` (GL lines with their entries)."""
    count = len(lines)
    entries = [e for e, _ in lines]
    postings = [p for _, p in lines]
    accounts = [p.account for p in postings]
    charts = {key: chart_account(ws, key) for key in set(accounts)}
    entity_currency = {
        key: ws.refs["entity"].look(key, {}).get("currency") if key is not None else None
        for key in {e.entity for e in entries}
    }
    account = _dimension(accounts, lambda k: charts[k].get("name") or UNCATEGORIZED)
    dimensions = {
        "account": account,
        "account_number": _dimension([charts[k].get("number") for k in accounts]),
        "account_type": _dimension([charts[k].get("account_type") for k in accounts]),
        "account_subtype": _dimension([charts[k].get("account_subtype") for k in accounts]),
        "entity": _dimension([e.entity for e in entries], _name(ws, "entity")),
        "vendor": _dimension([p.vendor for p in postings], _name(ws, "vendor")),
        "department": _dimension([p.department for p in postings], _name(ws, "department")),
        "journal": _dimension([e.id for e in entries]),
        "journal_type": _dimension([e.type for e in entries]),
        "currency": _dimension([e.currency for e in entries]),
        "entity_currency": _dimension([entity_currency[e.entity] for e in entries]),
        "id": Dimension(np.arange(count, dtype=np.int64), [p.id for p in postings], [p.id for p in postings]),
    }
    journal = dimensions["journal"]
    memo = {e.id: e.memo for e in entries}
    journal.labels = [memo[k] for k in journal.keys]
    consolidated = np.fromiter(
        (np.nan if p.consolidated is None else p.consolidated for p in postings), np.float64, count
    )
    book = np.fromiter((p.book for p in postings), np.float64, count)
    measures = {}
    for suffix, cents in (("", consolidated), ("_book", book)):
        amount = cents / 100
        measures[f"amount{suffix}"] = amount
        # A debit's credit side is 0 (and a credit's debit side); NaN stays NaN on both.
        measures[f"debit_amount{suffix}"] = np.where(amount < 0, 0.0, amount)
        measures[f"credit_amount{suffix}"] = np.where(amount > 0, 0.0, -amount)
    days = np.fromiter((e.date.toordinal() - EPOCH_ORDINAL for e in entries), np.int64, count)
    return ReportTable(
        size=count,
        invoice_codes=np.arange(count, dtype=np.int64),
        invoice_count=count,
        dimensions=dimensions,
        dates={"posted_at": days},
        measures=measures,
        vocabulary=LEDGER,
    )


def ledger_table(ws: Workspace) -> ReportTable:
    """The workspace's ledger as a report table, built again only after the workspace changed."""
    cached = ws.derived.get("ledger_report_table")
    if cached is not None and cached[0] == ws.version and ws.journal is None:
        return t.cast(ReportTable, cached[1])
    table = build_table(ws, ledger_lines(ws))
    if ws.journal is None:  # inside a write the lines are not kept yet
        ws.derived["ledger_report_table"] = (ws.version, table)
    return table


__all__ = ["build_table", "ledger_lines", "ledger_table"]
