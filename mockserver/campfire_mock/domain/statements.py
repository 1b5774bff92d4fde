"""Financial statements computed from the ledger: trial balance, balance sheet, income statement, cash
flow, the general ledger and account balances. Callable with plain arguments (the views and the MCP twin).

A statement is the ledger grouped by account and summed over date windows (numpy over the ledger's
columns, never a Python object per line). Decisions, following each operation's description:

* **Amounts**: scoped to one or more entities sharing a currency, in their book currency; otherwise
  consolidated in the root entity's currency, leaving out entries whose rate is unknown (whole entries,
  so every statement still balances). Natural signs: assets and expenses are positive as debits,
  liabilities, equity and revenue as credits.
* **Fiscal year**: January to December (the twin keeps no fiscal settings).
* **Balance sheet**: each column is accumulated from the beginning of time to the column's end; the
  income-statement accounts appear as two equity rows, *Retained Earnings* (the retained earnings
  account plus all income before the fiscal year of the column) and *Net Income* (the fiscal year to the
  column's end), so assets = liabilities + equity in every column.
* **Income statement**: only activity inside each period; rows per account, then *Net Income*.
* **Trial balance**: balance-sheet accounts from the beginning of time to ``end_date``; income-statement
  accounts per ``income_statement_basis`` (``period``: from ``start_date``, with *Net Income (Prior
  Periods)* for this fiscal year's income before it; ``fiscal_ytd``: from the fiscal year's start); the
  income before the window sits in *Retained Earnings*. Each account shows its net balance as a debit or a
  credit, so debits equal credits.
* The cash flow statement is ``cash_flow.py``; account balances and the general ledger ``general_ledger.py``.
"""

from __future__ import annotations

import typing as t
from datetime import date, timedelta

import numpy as np

from .books import Columns
from .chart import BALANCE_SHEET_TYPES, DEBIT_TYPES, roles
from .entries import to_money
from .ledger import ledger, root_currency
from .ledger_query import BREAKDOWNS, CADENCES, Scope, months_before
from .workspace import Workspace

Row = dict[str, t.Any]
NET_INCOME, RETAINED, PRIOR = "Net Income", "Retained Earnings", "Net Income (Prior Periods)"


def periods(start: date, end: date, cadence: str) -> list[tuple[date, date]]:
    """The columns between ``start`` and ``end`` (inclusive): calendar days, weeks (Monday to Sunday),
    months, quarters or years, the first and last cut to the range."""
    if cadence not in CADENCES:
        raise ValueError(cadence)
    found: list[tuple[date, date]] = []
    day = start
    while day <= end and len(found) < 10_000:
        if cadence == "daily":
            last = day
        elif cadence == "weekly":
            last = day + timedelta(days=6 - day.weekday())
        elif cadence == "monthly":
            last = months_before(date(day.year, day.month, 1), -1) - timedelta(days=1)
        elif cadence == "quarterly":
            first_month = 3 * ((day.month - 1) // 3) + 1
            last = months_before(date(day.year, first_month, 1), -3) - timedelta(days=1)
        else:
            last = date(day.year, 12, 31)
        last = min(last, end)
        found.append((day, last))
        day = last + timedelta(days=1)
    return found


def fiscal_start(day: date) -> date:
    return date(day.year, 1, 1)


class Sums:
    """Per-account sums of one scope's lines over date cuts, in cents (book or consolidated)."""

    def __init__(self, ws: Workspace, scope: Scope) -> None:
        books = ledger(ws)
        cols = books.columns()
        self.ws = ws
        self.cols = cols
        mask = cols.alive.copy()
        if scope.entities:
            mask &= np.isin(cols.entity, scope.entities)
        if scope.departments:
            mask &= np.isin(cols.department, scope.departments)
        if scope.vendors:
            mask &= np.isin(cols.vendor, scope.vendors)
        currencies = {str(ws.refs["entity"].look(e, {}).get("currency") or "") for e in scope.entities}
        self.book = bool(scope.entities) and len(currencies) == 1
        if not self.book:
            mask &= cols.known
        self.mask = mask
        self.amount = cols.book if self.book else cols.consolidated
        if self.book:
            self.currency = currencies.pop()
        else:
            self.currency = root_currency(ws)

    def between(self, cuts: list[tuple[date | None, date]]) -> np.ndarray:
        """An (accounts x cuts) array: each account's sum of lines dated inside each (first, last) cut
        (``None``: from the beginning of time). One pass over the lines: each line falls in one of the
        elementary intervals the cuts' bounds make, summed per account; a cut adds up its intervals."""
        cols: Columns = self.cols
        accounts = len(cols.accounts)
        bounds = sorted({d.toordinal() for first, last in cuts for d in (first, last + timedelta(days=1)) if d})
        day, account, amount = cols.day[self.mask], cols.account[self.mask], self.amount[self.mask]
        # bucket 0 is before the first bound, bucket k between bounds k-1 and k (the ledger's days ascend)
        bucket = np.searchsorted(np.asarray(bounds, dtype=np.int64), day, side="right")
        cells = account * (len(bounds) + 1) + bucket
        size = accounts * (len(bounds) + 1)
        if len(amount) and int(np.abs(amount).sum()) < 2**53:  # float sums of whole cents stay exact
            grid = np.rint(np.bincount(cells, weights=amount, minlength=size)).astype(np.int64)
        else:
            grid = np.zeros(size, dtype=np.int64)
            np.add.at(grid, cells, amount)
        running = np.cumsum(grid.reshape(accounts, len(bounds) + 1), axis=1)
        out = np.zeros((accounts, len(cuts)), dtype=np.int64)
        for i, (first, last) in enumerate(cuts):
            hi = bounds.index((last + timedelta(days=1)).toordinal())
            out[:, i] = running[:, hi] - (running[:, bounds.index(first.toordinal())] if first else 0)
        return out

    def accounts(self) -> list[tuple[int, Row]]:
        """(row index, chart row) of every account lines post to (``{}`` for no account), by number."""
        found = []
        for i, key in enumerate(self.cols.accounts.tolist()):
            row = self.ws.refs["account"].look(key, {}) if key >= 0 else {}
            found.append((i, row))
        return sorted(found, key=lambda pair: (str(pair[1].get("number") or pair[1].get("name") or "~"), pair[0]))


def is_balance_sheet(row: Row) -> bool:
    return row.get("account_type") in BALANCE_SHEET_TYPES


def natural(row: Row, cents: int) -> int:
    """A debit-positive sum in the account's natural sign."""
    return cents if (row.get("account_type") or "ASSET") in DEBIT_TYPES else -cents


def account_fields(ws: Workspace, index_row: Row, key: int) -> Row:
    name = str(index_row.get("name") or "Uncategorized")
    return {
        **({"account_id": key} if key >= 0 else {}),
        "account_name": name,
        "account_number": str(index_row.get("number") or ""),
        "hierarchy": [
            str(index_row.get("account_type") or "UNCATEGORIZED"),
            str(index_row.get("account_subtype") or ""),
        ],
    }


def as_money(cents: int) -> float:
    return float(to_money(cents))


def balance_sheet(ws: Workspace, start: date, end: date, cadence: str = "monthly", scope: Scope | None = None) -> Row:
    """Ending balances at each period's end, from the beginning of time; retained earnings and net income
    as their own rows; ``totals`` per column (assets, liabilities, equity)."""
    sums = Sums(ws, scope or Scope())
    cols = periods(start, end, cadence)
    ends = [last for _, last in cols]
    to_end = sums.between([(None, last) for last in ends])
    before_year = sums.between([(None, fiscal_start(last) - timedelta(days=1)) for last in ends])
    keys = sums.cols.accounts.tolist()
    rows: list[Row] = []
    income_total = np.zeros(len(ends), dtype=np.int64)
    income_before = np.zeros(len(ends), dtype=np.int64)
    totals = {kind: [0] * len(ends) for kind in ("ASSET", "LIABILITY", "EQUITY")}
    for i, chart in sums.accounts():
        if not is_balance_sheet(chart):
            income_total += to_end[i]
            income_before += before_year[i]
            continue
        values = [natural(chart, int(v)) for v in to_end[i]]
        for n, v in enumerate(values):
            totals[str(chart["account_type"])][n] += v
        rows.append(
            {
                **account_fields(ws, chart, keys[i]),
                **{d.isoformat(): {"ending_balance": as_money(v)} for d, v in zip(ends, values, strict=True)},
            }
        )
    retained = roles(ws)["retained_earnings"]
    synthetic = ((RETAINED, -income_before), (NET_INCOME, -(income_total - income_before)))
    for name, values_arr in synthetic:
        values = [int(v) for v in values_arr]
        for n, v in enumerate(values):
            totals["EQUITY"][n] += v
        rows.append(
            {
                **({"account_id": retained} if name == RETAINED and retained is not None else {}),
                "account_name": name,
                "account_number": "",
                "hierarchy": ["EQUITY", "RETAINED_EARNINGS"],
                **{d.isoformat(): {"ending_balance": as_money(v)} for d, v in zip(ends, values, strict=True)},
            }
        )
    return {
        "balance_sheet": rows,
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "cadence": cadence,
        "currency": sums.currency,
        "headers": {d.isoformat(): {"start": s.isoformat(), "end": d.isoformat()} for s, d in cols},
        "totals": {
            d.isoformat(): {
                "assets": as_money(totals["ASSET"][n]),
                "liabilities": as_money(totals["LIABILITY"][n]),
                "equity": as_money(totals["EQUITY"][n]),
            }
            for n, d in enumerate(ends)
        },
    }


#: Where each of the income statement's breakdowns (``BREAKDOWNS``) is found: (column, table).
GROUPS = {name: (name, name) for name in BREAKDOWNS}


def _groups(ws: Workspace, sums: Sums, group_by: str) -> list[tuple[str, np.ndarray]]:
    """(label, mask) per value of the breakdown among the scope's lines; lines without one are
    ``Unassigned``."""
    column, table = GROUPS[group_by]
    values = getattr(sums.cols, column)
    found = []
    for key in np.unique(values[sums.mask]).tolist():
        name = "Unassigned" if key < 0 else str(ws.refs[table].look(key, {}).get("name") or key)
        found.append((name, values == key))
    return found


def income_statement(
    ws: Workspace,
    start: date,
    end: date,
    cadence: str = "monthly",
    scope: Scope | None = None,
    group_by: str | None = None,
) -> Row:
    """Activity of the income-statement accounts inside each period, then a Net Income row; with
    ``group_by`` (department, entity, vendor) each period has a column per group, ``<date>_<group>``."""
    sums = Sums(ws, scope or Scope())
    cols = periods(start, end, cadence)
    labels = [last.isoformat() for _, last in cols]
    inside = sums.between(list(cols))
    columns = list(labels)
    if group_by:
        parts, base = [], sums.mask
        for name, mask in _groups(ws, sums, group_by):
            sums.mask = base & mask
            parts.append(sums.between(list(cols)))
            columns += [f"{label}_{name}" for label in labels]
        sums.mask = base
        inside = np.concatenate([inside, *parts], axis=1) if parts else inside
    keys = sums.cols.accounts.tolist()
    rows: list[Row] = []
    net = np.zeros(len(columns), dtype=np.int64)
    for i, chart in sums.accounts():
        if is_balance_sheet(chart) or not inside[i].any():
            continue
        net += inside[i]
        rows.append(
            {
                **account_fields(ws, chart, keys[i]),
                **{label: as_money(natural(chart, int(v))) for label, v in zip(columns, inside[i], strict=True)},
            }
        )
    rows.append(
        {
            "account_name": NET_INCOME,
            "account_number": "",
            "hierarchy": [NET_INCOME],
            **{label: as_money(-int(v)) for label, v in zip(columns, net, strict=True)},
        }
    )
    return {
        "income_statement": rows,
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "cadence": cadence,
        "currency": sums.currency,
        "headers": {last.isoformat(): {"start": first.isoformat(), "end": last.isoformat()} for first, last in cols},
    }


def trial_balance(ws: Workspace, start: date, end: date, basis: str = "period", scope: Scope | None = None) -> Row:
    """Each account's net balance at ``end_date`` as a debit or a credit (the windows the description
    states), with Retained Earnings and, on the ``period`` basis, Net Income (Prior Periods)."""
    sums = Sums(ws, scope or Scope())
    year = fiscal_start(end)
    is_start = year if basis == "fiscal_ytd" else start
    before = min(is_start, year) - timedelta(days=1)
    cuts: list[tuple[date | None, date]] = [(None, end), (is_start, end), (None, before)]
    prior = basis == "period" and start > year
    cuts.append((year, start - timedelta(days=1)) if prior else (None, date.min))
    grid = sums.between(cuts)
    whole, window_, retained_part, prior_part = (grid[:, n] for n in range(4))
    keys = sums.cols.accounts.tolist()
    retained_key = roles(ws)["retained_earnings"]
    accounts: list[Row] = []

    def add(key: str, chart: Row, name: str, cents: int) -> None:
        accounts.append(
            {
                "id": key,
                "name": name,
                "number": str(chart.get("number") or ""),
                "account_type": str(chart.get("account_type") or "UNCATEGORIZED"),
                "balances": {"debits": as_money(max(cents, 0)), "credits": as_money(max(-cents, 0))},
            }
        )

    retained = prior_income = 0
    for i, chart in sums.accounts():
        if not is_balance_sheet(chart):
            retained += int(retained_part[i])
            prior_income += int(prior_part[i]) if prior else 0
    for i, chart in sums.accounts():
        key = keys[i]
        cents = int(whole[i]) if is_balance_sheet(chart) else int(window_[i])
        if key >= 0 and key == retained_key:
            cents += retained  # the retained earnings account carries the income of earlier years
            retained = 0
        if cents or key < 0:
            add(str(key) if key >= 0 else "", chart, str(chart.get("name") or "Uncategorized"), cents)
    if retained or retained_key is None:
        add("retained_earnings", {"account_type": "EQUITY"}, RETAINED, retained)
    if basis == "period":
        add("net_income_prior_periods", {"account_type": "EQUITY"}, PRIOR, prior_income)
    return {
        "trial_balance": {"accounts": accounts},
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "income_statement_start": is_start.isoformat(),
        "currency": sums.currency,
    }


__all__ = [
    "CADENCES",
    "NET_INCOME",
    "Scope",
    "Sums",
    "account_fields",
    "as_money",
    "balance_sheet",
    "fiscal_start",
    "income_statement",
    "is_balance_sheet",
    "natural",
    "periods",
    "trial_balance",
]
