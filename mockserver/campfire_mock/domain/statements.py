"""Financial statements computed from the ledger: trial balance, balance sheet, income statement, cash
flow, the general ledger and account balances. Callable with plain arguments (the views and the MCP twin).

A statement is the ledger grouped by account and summed over date windows (numpy over the ledger's
columns, never a Python object per line). Decisions, following each operation's description:

* **Amounts**: scoped to one or more entities sharing a currency, in their book currency; otherwise
  consolidated in the root entity's currency, leaving out entries whose rate is unknown (whole entries,
  so every statement still balances). Natural signs: assets and expenses are positive as debits,
  liabilities, equity and revenue as credits.
* **Fiscal year**: the entity's ``fiscal_year_month``/``fiscal_year_day`` (``fiscal.py``; the root
  entity's when consolidated), else the calendar year.
* **Balance sheet**: each column is accumulated from the beginning of time to the column's end; the
  income-statement accounts appear as two equity rows, *Retained Earnings* (the retained earnings
  account plus all income before the fiscal year of the column) and *Net Income* (the fiscal year to the
  column's end), so assets = liabilities + equity in every column.
* **Income statement**: only activity inside each period; rows per account, then *Net Income*.
* **Breakdowns** (``group_by``: ``statement_groups.py``): the balance sheet and the income statement add
  a ``<date>_<group>`` column per group, the trial balance a ``breakdown`` per group.
* **Trial balance**: balance-sheet accounts from the beginning of time to ``end_date``; income-statement
  accounts per ``income_statement_basis`` (``period``: from ``start_date``, with *Net Income (Prior
  Periods)* for this fiscal year's income before it; ``fiscal_ytd``: from the fiscal year's start); the
  income before the window sits in *Retained Earnings*. Each account shows its net balance as a debit or a
  credit, so debits equal credits.
* The cash flow statement is ``cash_flow.py``; account balances and the general ledger ``general_ledger.py``.
"""

from __future__ import annotations

import contextlib
import typing as t
from datetime import date, timedelta

import numpy as np

from ..limits import MAX_REPORT_CELLS
from .books import Columns
from .chart import BALANCE_SHEET_TYPES, DEBIT_TYPES, roles
from .entries import to_money
from .fiscal import fiscal_year
from .ledger import ledger, root_currency
from .ledger_query import CADENCES, Scope, month_end
from .statement_budget import check_cells
from .statement_groups import breakdown
from .statement_rows import account_fields, account_number
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
    while day <= end and len(found) < MAX_REPORT_CELLS:
        if cadence == "daily":
            last = day
        elif cadence == "weekly":  # the week's Sunday, or the range's end in the last week of 9999
            last = day + timedelta(days=min(6 - day.weekday(), (end - day).days))
        elif cadence == "monthly":
            last = month_end(day)
        elif cadence == "quarterly":
            last = month_end(date(day.year, 3 * ((day.month - 1) // 3) + 3, 1))
        else:
            last = date(day.year, 12, 31)
        last = min(last, end)
        found.append((day, last))
        if last == end:  # the day after may not exist (9999-12-31)
            break
        day = last + timedelta(days=1)
    return found


class Sums:
    """Per-account sums of one scope's lines over date cuts, in cents (book or consolidated)."""

    def __init__(self, ws: Workspace, scope: Scope, lines: Columns | None = None) -> None:
        """The ledger's lines in ``scope``; ``lines`` sums other lines instead (the cash basis's)."""
        cols = ledger(ws).columns() if lines is None else lines
        self.ws = ws
        self.cols = cols
        self.fiscal = fiscal_year(ws, scope.entities)
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

    def fiscal_start(self, day: date) -> date:
        """The first day of the fiscal year ``day`` falls in."""
        return self.fiscal.start(day)

    @contextlib.contextmanager
    def masked(self, mask: np.ndarray) -> t.Iterator[None]:
        """Only the lines ``mask`` also keeps, inside the block (a breakdown's group)."""
        base = self.mask
        self.mask = base & mask
        try:
            yield
        finally:
            self.mask = base

    def grouped(
        self,
        cuts: list[tuple[date | None, date]],
        labels: list[str],
        group_by: str | None,
        group: int | None,
        cadence: str,
    ) -> tuple[np.ndarray, list[str]]:
        """``between(cuts)``, then the same per group of the breakdown: the arrays side by side, and their
        column labels (``labels``, then ``<label>_<group>`` for each group); at most the statements' budget
        of amounts (a 400 naming ``cadence``)."""
        groups = breakdown(self.ws, self, group_by, group)
        check_cells(len(self.cols.accounts), len(labels), cadence, groups=len(groups))
        grids, columns = [self.between(cuts)], list(labels)
        for name, mask in groups:
            with self.masked(mask):
                grids.append(self.between(cuts))
            columns += [f"{label}_{name}" for label in labels]
        return np.concatenate(grids, axis=1), columns

    def between(self, cuts: list[tuple[date | None, date]]) -> np.ndarray:
        """An (accounts x cuts) array: each account's sum of lines dated inside each (first, last) cut
        (``None``: from the beginning of time; a cut ending before it starts is empty). One pass over the
        lines: each line falls in one of the elementary intervals the cuts' bounds make, summed per account;
        a cut adds up its intervals."""
        cols: Columns = self.cols
        accounts = len(cols.accounts)
        bounds = sorted({n for first, last in cuts for n in (first and first.toordinal(), last.toordinal() + 1) if n})
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
        at = {n: i for i, n in enumerate(bounds)}  # a bound's position (a dict: a daily decade has 3,653 cuts)
        out = np.zeros((accounts, len(cuts)), dtype=np.int64)
        for i, (first, last) in enumerate(cuts):
            if first and first > last:  # an empty cut (a period ending before it starts) sums nothing
                continue
            hi = at[last.toordinal() + 1]
            out[:, i] = running[:, hi] - (running[:, at[first.toordinal()]] if first else 0)
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


def as_money(cents: int) -> float:
    return float(to_money(cents))


def balance_sheet(
    ws: Workspace,
    start: date,
    end: date,
    cadence: str = "monthly",
    scope: Scope | None = None,
    group_by: str | None = None,
    group: int | None = None,
) -> Row:
    """Ending balances at each period's end, from the beginning of time; retained earnings and net income
    as their own rows; ``totals`` per column (assets, liabilities, equity); with ``group_by`` a
    ``<date>_<group>`` column per group, each balanced on its own lines."""
    sums = Sums(ws, scope or Scope())
    cols = periods(start, end, cadence)
    ends = [last for _, last in cols]
    cuts: list[tuple[date | None, date]] = [(None, last) for last in ends]
    cuts += [(None, sums.fiscal_start(last) - timedelta(days=1)) for last in ends]
    grid, labels = sums.grouped(cuts, [d.isoformat() for d in ends], group_by, group, cadence)
    n = len(ends)
    blocks = range(0, grid.shape[1], 2 * n) if n else range(0)  # an empty period (end before start): no column
    to_end = np.concatenate([grid[:, k : k + n] for k in blocks] or [grid[:, :0]], axis=1)
    before_year = np.concatenate([grid[:, k + n : k + 2 * n] for k in blocks] or [grid[:, :0]], axis=1)
    keys = sums.cols.accounts.tolist()
    rows: list[Row] = []
    income_total = np.zeros(len(labels), dtype=np.int64)
    income_before = np.zeros(len(labels), dtype=np.int64)
    totals = {kind: [0] * len(labels) for kind in ("ASSET", "LIABILITY", "EQUITY")}
    for i, chart in sums.accounts():
        if not is_balance_sheet(chart):
            income_total += to_end[i]
            income_before += before_year[i]
            continue
        values = [natural(chart, int(v)) for v in to_end[i]]
        for k, v in enumerate(values):
            totals[str(chart["account_type"])][k] += v
        rows.append(
            {
                **account_fields(ws, chart, keys[i]),
                **{d: {"ending_balance": as_money(v)} for d, v in zip(labels, values, strict=True)},
            }
        )
    retained = roles(ws)["retained_earnings"]
    synthetic = ((RETAINED, -income_before), (NET_INCOME, -(income_total - income_before)))
    for name, values_arr in synthetic:
        values = [int(v) for v in values_arr]
        for k, v in enumerate(values):
            totals["EQUITY"][k] += v
        rows.append(
            {
                **({"account_id": retained} if name == RETAINED and retained is not None else {}),
                "account_name": name,
                "account_number": None,
                "hierarchy": ["EQUITY", "RETAINED_EARNINGS"],
                **{d: {"ending_balance": as_money(v)} for d, v in zip(labels, values, strict=True)},
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
            d: {
                "assets": as_money(totals["ASSET"][k]),
                "liabilities": as_money(totals["LIABILITY"][k]),
                "equity": as_money(totals["EQUITY"][k]),
            }
            for k, d in enumerate(labels)
        },
    }


def income_statement(
    ws: Workspace,
    start: date,
    end: date,
    cadence: str = "monthly",
    scope: Scope | None = None,
    group_by: str | None = None,
    group: int | None = None,
    sums: Sums | None = None,
) -> Row:
    """Activity of the income-statement accounts inside each period, then a Net Income row; with
    ``group_by`` (department, entity, vendor, tag) each period has a column per group, ``<date>_<group>``.
    ``sums`` reads other lines than the ledger's (the cash basis's)."""
    sums = sums or Sums(ws, scope or Scope())
    cols = periods(start, end, cadence)
    inside, columns = sums.grouped(list(cols), [last.isoformat() for _, last in cols], group_by, group, cadence)
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
            "account_number": None,
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


def _trial_accounts(sums: Sums, grid: np.ndarray, basis: str, prior: bool) -> list[Row]:
    """The trial balance's rows from ``grid``'s four cuts (to the end, the income window, before the fiscal
    year or the window, this fiscal year before the window) over the lines ``sums`` keeps."""
    whole, window_, retained_part, prior_part = (grid[:, n] for n in range(4))
    keys = sums.cols.accounts.tolist()
    retained_key = roles(sums.ws)["retained_earnings"]
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
    return accounts


def trial_balance(
    ws: Workspace,
    start: date,
    end: date,
    basis: str = "period",
    scope: Scope | None = None,
    group_by: str | None = None,
    group: int | None = None,
) -> Row:
    """Each account's net balance at ``end_date`` as a debit or a credit (the windows the description
    states), with Retained Earnings and, on the ``period`` basis, Net Income (Prior Periods); with
    ``group_by``, ``breakdown`` holds the same accounts per group, each over its own lines."""
    sums = Sums(ws, scope or Scope())
    year = sums.fiscal_start(end)
    is_start = year if basis == "fiscal_ytd" else start
    before = min(is_start, year) - timedelta(days=1)
    cuts: list[tuple[date | None, date]] = [(None, end), (is_start, end), (None, before)]
    prior = basis == "period" and start > year
    # an empty period (end before start) has no activity: the prior periods stop at its end
    cuts.append((year, min(start - timedelta(days=1), end)) if prior else (None, date.min))
    body: Row = {
        "trial_balance": {"accounts": _trial_accounts(sums, sums.between(cuts), basis, prior)},
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "income_statement_start": is_start.isoformat(),
        "currency": sums.currency,
    }
    if group_by is not None:
        body["breakdown"] = {}
        for name, mask in breakdown(ws, sums, group_by, group):
            with sums.masked(mask):
                body["breakdown"][name] = {"accounts": _trial_accounts(sums, sums.between(cuts), basis, prior)}
    return body


__all__ = [
    "CADENCES",
    "NET_INCOME",
    "Scope",
    "Sums",
    "account_fields",
    "account_number",
    "as_money",
    "balance_sheet",
    "income_statement",
    "is_balance_sheet",
    "natural",
    "periods",
    "trial_balance",
]
