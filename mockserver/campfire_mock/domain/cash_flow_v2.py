"""The sectioned cash flow statement (``get_cash_flow_v2``) and the cash accounts' activity
(``get_cash_flow_activity``), computed from the ledger.

``get_cash_flow_v2`` follows its operation's description: the indirect method in sections.

* **Operating**: net income; non-cash adjustments (the change of accumulated depreciation and
  amortization accounts, added back); working-capital changes (every other operating balance-sheet
  account, minus its change); the section's total.
* **Investing** and **financing**: minus the change of each account the section holds (the account's
  ``account_cashflow_classification``, else by its subtype, as ``cash_flow.py`` sorts them).
* **Effect of exchange-rate changes on cash**: zero, because the twin converts each line at its own
  entry's rate, so converted cash moves only with the lines that move it.
* **Non-cash disclosures**: the entries of the period that touch an investing or financing account and
  no cash account (equipment bought on a loan), with the amount they move.
* ``net_change_in_cash``, ``beginning_cash``, ``ending_cash`` (the ``BANK`` accounts), and ``plug``: the
  sections' sum less the net change in cash. The ledger balances, so the plug is zero in every period
  (Campfire answers 422 with the plug otherwise: the twin has no such ledger to answer it for).

Monetary amounts are decimal strings (``"1250.00"``), keyed by each period's last day.

``get_cash_flow_activity`` answers Campfire's declared shape: per period (keyed by its first day) the
debits (money in) and credits (money out, negative) posted to the cash accounts.
"""

from __future__ import annotations

import typing as t
from datetime import date, timedelta

import numpy as np

from .cash_flow import SECTIONS, cash_section, is_cash
from .entries import to_money
from .ledger import ledger
from .ledger_query import Scope
from .statements import Row, Sums, account_fields, as_money, is_balance_sheet, periods
from .workspace import Workspace

NON_CASH_WORDS = ("accumulated depreciation", "accumulated amortization", "accumulated amortisation")
NON_CASH_SUBTYPES = frozenset({"ACCUMULATED_DEPRECIATION", "ACCUMULATED_AMORTIZATION"})


def is_non_cash(chart: Row) -> bool:
    """An account whose change is a non-cash expense added back (accumulated depreciation, amortization)."""
    name = str(chart.get("name") or "").lower()
    return chart.get("account_subtype") in NON_CASH_SUBTYPES or any(w in name for w in NON_CASH_WORDS)


def _text(cents: int) -> str:
    return str(to_money(cents))


def cash_flow_v2(ws: Workspace, start: date, end: date, cadence: str = "monthly", scope: Scope | None = None) -> Row:
    """The sectioned, indirect-method cash flow per period, reconciled to the change in cash."""
    sums = Sums(ws, scope or Scope())
    cols = periods(start, end, cadence)
    grid = sums.between([*cols, *((None, first - timedelta(days=1)) for first, _ in cols)])
    inside, opening = grid[:, : len(cols)], grid[:, len(cols) :]
    keys = sums.cols.accounts.tolist()
    labels = [last.isoformat() for _, last in cols]

    def amounts(values: t.Iterable[int]) -> dict[str, str]:
        return {label: _text(int(v)) for label, v in zip(labels, values, strict=True)}

    zero = np.zeros(len(cols), dtype=np.int64)
    net, cash_change, cash_open = zero.copy(), zero.copy(), zero.copy()
    parts: dict[str, list[Row]] = {"non_cash": [], "working_capital": [], "INVESTING": [], "FINANCING": []}
    totals = {name: zero.copy() for name in SECTIONS}
    for i, chart in sums.accounts():
        if not is_balance_sheet(chart):
            net -= inside[i]
        elif is_cash(chart):
            cash_change += inside[i]
            cash_open += opening[i]
        elif inside[i].any():
            section = cash_section(chart)
            totals[section] -= inside[i]
            part = section if section != "OPERATING" else "non_cash" if is_non_cash(chart) else "working_capital"
            parts[part].append(
                {
                    **account_fields(ws, chart, keys[i]),
                    "account_subtype": str(chart.get("account_subtype") or ""),
                    "amounts": amounts(-inside[i]),
                }
            )
    totals["OPERATING"] += net
    plug = totals["OPERATING"] + totals["INVESTING"] + totals["FINANCING"] - cash_change
    return {
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "cadence": cadence,
        "currency": sums.currency,
        "periods": [
            {"key": last.isoformat(), "start": first.isoformat(), "end": last.isoformat()} for first, last in cols
        ],
        "operating": {
            "net_income": amounts(net),
            "non_cash_adjustments": parts["non_cash"],
            "working_capital": parts["working_capital"],
            "total": amounts(totals["OPERATING"]),
        },
        "investing": {"lines": parts["INVESTING"], "total": amounts(totals["INVESTING"])},
        "financing": {"lines": parts["FINANCING"], "total": amounts(totals["FINANCING"])},
        "effect_of_exchange_rate_changes": amounts(zero),
        "net_change_in_cash": amounts(cash_change),
        "beginning_cash": amounts(cash_open),
        "ending_cash": amounts(cash_open + cash_change),
        "plug": amounts(plug),
        "non_cash_disclosures": non_cash_disclosures(ws, sums, start, end),
    }


def non_cash_disclosures(ws: Workspace, sums: Sums, start: date, end: date) -> list[Row]:
    """Entries from ``start`` to ``end`` in the statement's scope that move an investing or financing
    account and no cash account: their id, date, memo and the amount they move (their debits). Found in
    the ledger's columns; only the entries disclosed are made (for their memo)."""
    books = ledger(ws)
    cols = sums.cols
    keep = np.unique(cols.entity[sums.mask])
    cash: list[int] = []
    moved: dict[int, str] = {}
    for key, chart in dict.items(ws.refs["account"]):
        if is_cash(chart):
            cash.append(int(key))
        elif is_balance_sheet(chart) and cash_section(chart) in ("INVESTING", "FINANCING"):
            moved[int(key)] = str(chart.get("name") or "")
    rows = np.flatnonzero(
        cols.alive & (cols.day >= start.toordinal()) & (cols.day <= end.toordinal()) & np.isin(cols.entity, keep)
    )
    entry_ids = cols.entry_id[rows]
    accounts = cols.account_raw[rows]
    touches_cash = np.isin(accounts, np.asarray(cash, dtype=np.int64))
    moves = np.isin(accounts, np.asarray(list(moved), dtype=np.int64))
    candidates = np.setdiff1d(np.unique(entry_ids[moves]), np.unique(entry_ids[touches_cash]))
    chosen = rows[np.isin(entry_ids, candidates)]
    found: list[Row] = []
    if not len(chosen):
        return found
    order = chosen[np.lexsort((cols.entry_id[chosen], cols.day[chosen]))]
    debits: dict[int, int] = {}
    names: dict[int, set[str]] = {}
    for entry_id, account, book in zip(
        cols.entry_id[order].tolist(), cols.account_raw[order].tolist(), cols.book[order].tolist(), strict=True
    ):
        debits[entry_id] = debits.get(entry_id, 0) + (book if book > 0 else 0)
        named = names.setdefault(entry_id, set())
        if account in moved:
            named.add(moved[account])
    for entry_id, amount in debits.items():
        entry = books.entry(entry_id)
        assert entry is not None, entry_id
        found.append(
            {
                "journal": entry_id,
                "date": entry.date.isoformat(),
                "memo": entry.memo,
                "accounts": sorted(names[entry_id]),
                "amount": _text(amount),
            }
        )
    return found


def cash_flow_activity(
    ws: Workspace, start: date, end: date, cadence: str = "monthly", scope: Scope | None = None
) -> Row:
    """Per period (keyed by its first day): the debits and the credits (negative) of the cash accounts."""
    sums = Sums(ws, scope or Scope())
    cols = periods(start, end, cadence)
    cash = np.asarray(
        [is_cash(ws.refs["account"].look(k, {}) if k >= 0 else {}) for k in sums.cols.accounts.tolist()],
        dtype=np.bool_,
    )
    base = sums.mask
    sides = []
    for positive in (True, False):
        sums.mask = base & cash[sums.cols.account] & ((sums.amount > 0) if positive else (sums.amount < 0))
        sides.append(sums.between(list(cols)).sum(axis=0) if len(cash) else np.zeros(len(cols), dtype=np.int64))
    sums.mask = base
    return {
        "transaction_activity": {
            first.isoformat(): {"total_debit": as_money(int(d)), "total_credit": as_money(int(c))}
            for (first, _), d, c in zip(cols, sides[0], sides[1], strict=True)
        },
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "cadence": cadence,
        "currency": sums.currency,
    }


__all__ = ["cash_flow_activity", "cash_flow_v2", "is_non_cash", "non_cash_disclosures"]
