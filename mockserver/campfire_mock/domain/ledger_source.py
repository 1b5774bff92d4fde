"""The ledger's lines as a report table (``reports.fields.LEDGER``): one row per GL line, so the invoice
report engine groups, pivots, lists and exports the ledger the statements are computed from.

Per line: its account (with the account's type, subtype and number), entity, vendor, department, journal
entry (labelled by its memo), journal type, currency (the document's) and book currency (its entity's), its
date (``posted_at``), and its amount twice: consolidated (``amount``, in the root entity's currency; NaN
where no rate is known, so a sum over it is null, never a guess) and in book (``amount_book``), each also
split as ``debit_amount``/``credit_amount``; and its tags (a sparse set column: ``tag=3,4`` keeps the lines
carrying any, ``tag_group_<id>`` groups by the line's first tag in that tag group, as the income
statement's ``group_by=tag`` does).

The workspace's table (``ledger_table``) is read off the ledger's own columns (``of_ledger``), which the
ledger keeps up to date write by write, in its line order: no line is made, and of the entries only those
whose journal type and memo were never read (the ledger's columns keep them per entry). It is built when a
report asks, once per workspace version. ``build_table`` lays out lines given with their entries.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..errors import ValidationFailed
from ..reports.ledger_fields import LEDGER
from ..reports.rows import EPOCH_ORDINAL, Dimension, ReportTable, SetColumn
from .books import Ledger
from .chart import account as chart_account
from .entries import LINE_ID_FACTOR, Entry, Posting
from .generic import is_deleted
from .ledger import ledger
from .statement_groups import TAG_GROUP_KIND, TAG_KIND
from .workspace import Workspace

Line = tuple[Entry, Posting]
Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
UNCATEGORIZED = "Uncategorized"
NAN = float("nan")


def ledger_lines(ws: Workspace) -> t.Sequence[Line]:
    """Every GL line of the workspace with its entry, in ledger order."""
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


def _tags(ws: Workspace, tags: t.Iterable[tuple[int, ...]]) -> SetColumn:
    """The lines' tags (``tags``: each line's, in the table's order), sparse (most lines carry none), with
    each tag's group and name."""
    pairs = [(n, tag) for n, line_tags in enumerate(tags) if line_tags for tag in line_tags]
    found = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    known: dict[int, dict[str, t.Any]] = ws.generic.get(TAG_KIND) or {}
    used = set(found[:, 1].tolist())
    rows = {key: dict.get(known, key) or {} for key in used}
    group_of = {key: row["group"] for key, row in rows.items() if isinstance(row.get("group"), int)}
    return SetColumn(
        np.ascontiguousarray(found[:, 0]),
        np.ascontiguousarray(found[:, 1]),
        group_of,
        {key: row.get("name") or key for key, row in rows.items()},
    )


@dataclass
class LineColumns:
    """GL lines in ledger order as arrays (an entry's lines together): per line its entry, account, vendor,
    department (``-1``: none), id and amounts in cents (consolidated NaN where no rate is known); per entry,
    in the order its lines come, its entity (``-1``: none), currency, journal type, memo and date."""

    entry: Ints
    account: Ints
    vendor: Ints
    department: Ints
    line_id: Ints
    consolidated: Floats
    book: Floats
    entity: list[int]
    currency: list[t.Any]
    journal_type: list[str]
    memo: list[str]
    day: list[int]


def _entry_starts(entry: Ints) -> Ints:
    """Where each entry's lines start (an entry's lines are together)."""
    if not len(entry):
        return np.zeros(0, dtype=np.int64)
    return np.flatnonzero(np.r_[True, entry[1:] != entry[:-1]])


def of_lines(lines: t.Sequence[Line]) -> LineColumns:
    """``LineColumns`` of GL lines with their entries (one pass over the lines)."""
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
    entries = [lines[i][0] for i in _entry_starts(ids[:, 0]).tolist()]
    return LineColumns(
        entry=np.ascontiguousarray(ids[:, 0]),
        account=np.ascontiguousarray(ids[:, 1]),
        vendor=np.ascontiguousarray(ids[:, 2]),
        department=np.ascontiguousarray(ids[:, 3]),
        line_id=np.ascontiguousarray(ids[:, 4]),
        consolidated=np.ascontiguousarray(money[:, 0]),
        book=np.ascontiguousarray(money[:, 1]),
        entity=[-1 if e.entity is None else e.entity for e in entries],
        currency=[e.currency for e in entries],
        journal_type=[e.type for e in entries],
        memo=[e.memo for e in entries],
        day=[e.date.toordinal() for e in entries],
    )


def of_ledger(books: Ledger) -> tuple[LineColumns, list[tuple[int, ...]]]:
    """``LineColumns`` read off the ledger's own columns (kept up to date write by write), and each line's
    tags: no line is made, only entries whose journal type and memo were never read (``Ledger.meta``)."""
    cols = books.columns()
    rows = books.line_rows()
    entry = cols.entry_id[rows]
    starts = rows[_entry_starts(entry)]
    meta = books.meta(cols.entry_id[starts].tolist())
    found = LineColumns(
        entry=entry,
        account=cols.account_raw[rows],
        vendor=cols.vendor[rows],
        department=cols.department[rows],
        line_id=entry * LINE_ID_FACTOR + cols.position[rows],
        consolidated=np.where(cols.known[rows], cols.consolidated[rows], np.nan).astype(np.float64),
        book=cols.book[rows].astype(np.float64),
        entity=cols.entity[starts].tolist(),
        currency=cols.currency[starts].tolist(),
        journal_type=[pair[0] for pair in meta],
        memo=[pair[1] for pair in meta],
        day=cols.day[starts].tolist(),
    )
    return found, cols.tags[rows].tolist()


def build_table(ws: Workspace, lines: t.Sequence[Line], tags: t.Callable[[], SetColumn] | None = None) -> ReportTable:
    """The report table of ``lines`` (GL lines with their entries, entries' lines together); their tags are
    read by ``tags`` when first asked for (by default from ``lines``, which the table then keeps)."""
    lines = lines if isinstance(lines, list) else list(lines)  # the ledger's view makes each line once
    return table_of(ws, of_lines(lines), tags or (lambda: _tags(ws, (p.tags for _, p in lines))))


def table_of(ws: Workspace, lines: LineColumns, tags: t.Callable[[], SetColumn]) -> ReportTable:
    """The report table of ``lines``; ``tags`` reads their tags when a tag field or filter first asks."""
    count = len(lines.entry)
    # Entry-level columns are worked out once per entry (its lines are together) and spread over its lines.
    starts = _entry_starts(lines.entry)
    per_line = np.repeat(np.arange(len(starts), dtype=np.int64), np.diff(np.r_[starts, count]).astype(np.int64))
    entities = [None if e < 0 else e for e in lines.entity]

    def entry_dimension(values: list[t.Any], labels: t.Callable[[t.Any], t.Any] | None = None) -> Dimension:
        dim = _mapped(np.arange(len(values), dtype=np.int64), values)
        return Dimension(dim.codes[per_line], dim.keys, [labels(k) for k in dim.keys] if labels else dim.keys)

    account = _id_dimension(lines.account, lambda k: None)
    charts = [chart_account(ws, key) for key in account.keys]
    account.labels = [c.get("name") or UNCATEGORIZED for c in charts]
    currencies: dict[int | None, t.Any] = {None: None}
    for entity in entities:
        if entity not in currencies:
            currencies[entity] = ws.refs["entity"].look(-1 if entity is None else entity, {}).get("currency")
    entry_ids = lines.entry[starts].tolist()
    memo = dict(zip(entry_ids, lines.memo, strict=True))
    line_ids = lines.line_id.tolist()
    dimensions = {
        "account": account,
        "account_number": _mapped(account.codes, [c.get("number") for c in charts]),
        "account_type": _mapped(account.codes, [c.get("account_type") for c in charts]),
        "account_subtype": _mapped(account.codes, [c.get("account_subtype") for c in charts]),
        "vendor": _id_dimension(lines.vendor, _name(ws, "vendor")),
        "department": _id_dimension(lines.department, _name(ws, "department")),
        "entity": entry_dimension(entities, _name(ws, "entity")),
        "journal": entry_dimension(entry_ids, memo.get),
        "journal_type": entry_dimension(lines.journal_type),
        "currency": entry_dimension(lines.currency),
        "entity_currency": entry_dimension([currencies[e] for e in entities]),
        "id": Dimension(np.arange(count, dtype=np.int64), line_ids, list(line_ids)),
    }
    measures = {}
    for suffix, cents in (("", lines.consolidated), ("_book", lines.book)):
        amount = cents / 100
        measures[f"amount{suffix}"] = amount
        # A debit's credit side is 0 (and a credit's debit side); NaN stays NaN on both.
        measures[f"debit_amount{suffix}"] = np.where(amount < 0, 0.0, amount)
        measures[f"credit_amount{suffix}"] = np.where(amount > 0, 0.0, -amount)
    entry_days = np.asarray(lines.day, dtype=np.int64) - EPOCH_ORDINAL
    return ReportTable(
        sets={"tag": tags},
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
    """The workspace's ledger as a report table, built when a report asks and kept per workspace version."""
    cached = ws.derived.get("ledger_report_table")
    if cached is not None and cached[0] == ws.version and ws.journal is None:
        return t.cast(ReportTable, cached[1])
    lines, tags = of_ledger(ledger(ws))
    table = table_of(ws, lines, lambda: _tags(ws, tags))
    if ws.journal is None:  # inside a write the lines are not kept yet
        ws.derived["ledger_report_table"] = (ws.version, table)
    return table


__all__ = [
    "LineColumns",
    "build_table",
    "check_tag_groups",
    "ledger_lines",
    "ledger_table",
    "of_ledger",
    "of_lines",
    "table_of",
]
