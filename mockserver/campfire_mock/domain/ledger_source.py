"""The ledger's lines as a report table (``reports.fields.LEDGER``): one row per GL line, so the invoice
report engine groups, pivots, lists and exports the ledger the statements are computed from.

``ledger_lines`` is the one place that reads the ledger (each line with its entry, in ledger order); the
rest lays those lines out as columns. Per line: its account (with the account's type, subtype and number),
entity, vendor, department, journal entry, journal type, currency (the document's) and book currency (its
entity's), its date (``posted_at``), and its amount twice: consolidated (``amount``, in the root entity's
currency; NaN where no rate is known, so a sum over it is null, never a guess) and in book (``amount_book``),
each also split as ``debit_amount``/``credit_amount``; and its tags (a sparse set column: ``tag=3,4`` keeps
the lines carrying any, ``tag_group_<id>`` groups by the line's first tag in that tag group, as the income
statement's ``group_by=tag`` does). The ledger's columns carry no tags, so the table reads every line with its
entry (as it did for its other columns). The table is built once per workspace version.
"""

from __future__ import annotations

import typing as t

import numpy as np

from ..errors import ValidationFailed
from ..reports.ledger_fields import LEDGER
from ..reports.rows import EPOCH_ORDINAL, Dimension, ReportTable, SetColumn
from .chart import account as chart_account
from .entries import Entry, Posting
from .generic import is_deleted
from .ledger import ledger
from .statement_groups import TAG_GROUP_KIND, TAG_KIND
from .workspace import Workspace

Line = tuple[Entry, Posting]
UNCATEGORIZED = "Uncategorized"
NAN = float("nan")


def ledger_lines(ws: Workspace) -> t.Sequence[Line]:
    """Every GL line of the workspace with its entry, in ledger order (the only read of the ledger here)."""
    return ledger(ws).lines


def _id_dimension(raw: np.ndarray[t.Any, t.Any], label: t.Callable[[t.Any], t.Any]) -> Dimension:
    """An id column (``-1``: none) as codes into its distinct ids, each labelled."""
    uniques, codes = np.unique(raw, return_inverse=True)
    keys = [None if k < 0 else k for k in uniques.tolist()]
    return Dimension(codes.reshape(-1).astype(np.int64), keys, [label(k) for k in keys])


def _mapped(codes: np.ndarray[t.Any, t.Any], per_code: list[t.Any]) -> Dimension:
    """A dimension read off another one's keys (an account's type): ``per_code`` is the value of each code."""
    index: dict[t.Any, int] = {}
    table = np.asarray([index.setdefault(v, len(index)) for v in per_code] or [0], dtype=np.int64)
    keys = list(index)
    return Dimension(table[codes] if len(per_code) else codes, keys, list(keys))


def _name(ws: Workspace, kind: str) -> t.Callable[[t.Any], t.Any]:
    def lookup(key: t.Any) -> t.Any:
        return None if key is None else ws.refs[kind].look(key, {}).get("name")

    return lookup


def _tags(ws: Workspace, lines: t.Sequence[Line]) -> SetColumn:
    """The lines' tags, sparse (most lines carry none), with each tag's group and name."""
    pairs = [(n, tag) for n, (_, p) in enumerate(lines) if p.tags for tag in p.tags]
    found = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    tags: dict[int, dict[str, t.Any]] = ws.generic.get(TAG_KIND) or {}
    used = set(found[:, 1].tolist())
    rows = {key: dict.get(tags, key) or {} for key in used}
    group_of = {key: row["group"] for key, row in rows.items() if isinstance(row.get("group"), int)}
    return SetColumn(
        np.ascontiguousarray(found[:, 0]),
        np.ascontiguousarray(found[:, 1]),
        group_of,
        {key: row.get("name") or key for key, row in rows.items()},
    )


def _tags_now(ws: Workspace, version: int, count: int) -> SetColumn:
    """The tags of the lines a table was built from (read when a tag field or filter is first asked for: the
    table is used at the workspace version it was built for, whose ledger lines are the same, already made)."""
    lines = ledger_lines(ws)
    if ws.version != version or len(lines) != count:
        raise RuntimeError("a ledger report table read after its workspace changed")
    return _tags(ws, lines)


def build_table(ws: Workspace, lines: t.Sequence[Line], tags: t.Callable[[], SetColumn] | None = None) -> ReportTable:
    """The report table of ``lines`` (GL lines with their entries, entries' lines together); their tags are
    read by ``tags`` when first asked for (by default from ``lines``, which the table then keeps)."""
    lines = lines if isinstance(lines, list) else list(lines)  # the ledger's view makes each line once
    count = len(lines)
    # One pass over the lines for their ids and amounts (``-1``: none; NaN: no known rate).
    ids = np.array(
        [
            (
                e.id,
                -1 if p.account is None else p.account,
                -1 if p.vendor is None else p.vendor,
                -1 if p.department is None else p.department,
                p.id,
            )
            for e, p in lines
        ],
        dtype=np.int64,
    ).reshape(-1, 5)
    money = np.array(
        [(NAN if p.consolidated is None else p.consolidated, p.book) for _, p in lines], dtype=np.float64
    ).reshape(-1, 2)
    # Entry-level columns are worked out once per entry (its lines are together) and spread over its lines.
    starts = np.flatnonzero(np.r_[True, ids[1:, 0] != ids[:-1, 0]]) if count else np.zeros(0, dtype=np.int64)
    per_line = np.repeat(np.arange(len(starts), dtype=np.int64), np.diff(np.r_[starts, count]).astype(np.int64))
    entries = [lines[i][0] for i in starts.tolist()]

    def entry_dimension(values: list[t.Any], labels: t.Callable[[t.Any], t.Any] | None = None) -> Dimension:
        dim = _mapped(np.arange(len(values), dtype=np.int64), values)
        return Dimension(dim.codes[per_line], dim.keys, [labels(k) for k in dim.keys] if labels else dim.keys)

    account = _id_dimension(np.ascontiguousarray(ids[:, 1]), lambda k: None)
    charts = [chart_account(ws, key) for key in account.keys]
    account.labels = [c.get("name") or UNCATEGORIZED for c in charts]
    currencies: dict[int | None, t.Any] = {None: None}
    for e in entries:
        if e.entity is not None and e.entity not in currencies:
            currencies[e.entity] = ws.refs["entity"].look(e.entity, {}).get("currency")
    memo = {e.id: e.memo for e in entries}
    dimensions = {
        "account": account,
        "account_number": _mapped(account.codes, [c.get("number") for c in charts]),
        "account_type": _mapped(account.codes, [c.get("account_type") for c in charts]),
        "account_subtype": _mapped(account.codes, [c.get("account_subtype") for c in charts]),
        "vendor": _id_dimension(np.ascontiguousarray(ids[:, 2]), _name(ws, "vendor")),
        "department": _id_dimension(np.ascontiguousarray(ids[:, 3]), _name(ws, "department")),
        "entity": entry_dimension([e.entity for e in entries], _name(ws, "entity")),
        "journal": entry_dimension([e.id for e in entries], memo.get),
        "journal_type": entry_dimension([e.type for e in entries]),
        "currency": entry_dimension([e.currency for e in entries]),
        "entity_currency": entry_dimension([currencies[e.entity] for e in entries]),
        "id": Dimension(np.arange(count, dtype=np.int64), ids[:, 4].tolist(), ids[:, 4].tolist()),
    }
    measures = {}
    for suffix, cents in (("", money[:, 0]), ("_book", money[:, 1])):
        amount = cents / 100
        measures[f"amount{suffix}"] = amount
        # A debit's credit side is 0 (and a credit's debit side); NaN stays NaN on both.
        measures[f"debit_amount{suffix}"] = np.where(amount < 0, 0.0, amount)
        measures[f"credit_amount{suffix}"] = np.where(amount > 0, 0.0, -amount)
    entry_days = np.asarray([e.date.toordinal() - EPOCH_ORDINAL for e in entries], dtype=np.int64)
    return ReportTable(
        sets={"tag": tags or (lambda: _tags(ws, lines))},
        size=count,
        invoice_codes=np.arange(count, dtype=np.int64),
        invoice_count=count,
        dimensions=dimensions,
        dates={"posted_at": entry_days[per_line] if count else entry_days},
        measures=measures,
        vocabulary=LEDGER,
        row_units=True,
    )


def check_tag_groups(ws: Workspace, params: t.Mapping[str, t.Sequence[str]]) -> None:
    """A 400 naming the parameter (``group_fields``, ``pivot_fields``, or a ``tag_group_<id>`` filter) that
    asks for a tag group the workspace does not have, as the statements' ``group`` does."""
    groups: dict[int, dict[str, t.Any]] = ws.generic.get(TAG_GROUP_KIND) or {}
    errors: dict[str, list[str]] = {}
    for param, names in params.items():
        for name in names:
            found = LEDGER.set_dimension(name)
            if found is None:
                continue
            row = dict.get(groups, found[1])
            if row is None or is_deleted(row):
                errors.setdefault(param, []).append(f'Invalid pk "{found[1]}" - object does not exist.')
    if errors:
        raise ValidationFailed(errors)


def ledger_table(ws: Workspace) -> ReportTable:
    """The workspace's ledger as a report table, built again only after the workspace changed."""
    cached = ws.derived.get("ledger_report_table")
    if cached is not None and cached[0] == ws.version and ws.journal is None:
        return t.cast(ReportTable, cached[1])
    lines = ledger_lines(ws)
    version, count = ws.version, len(lines)
    table = build_table(ws, lines, lambda: _tags_now(ws, version, count))
    if ws.journal is None:  # inside a write the lines are not kept yet
        ws.derived["ledger_report_table"] = (ws.version, table)
    return table


__all__ = ["build_table", "check_tag_groups", "ledger_lines", "ledger_table"]
