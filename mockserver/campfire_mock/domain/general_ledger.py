"""Balances and the general ledger from the ledger: each account's current and year-to-date balance,
and the general ledger report (per account: opening balance, lines, debits, credits, closing balance)."""

from __future__ import annotations

import typing as t
from datetime import timedelta

from .ledger import ledger, root_currency
from .ledger_query import LineFilter, Scope, Window, select_lines
from .statements import Row, Sums, account_number, as_money, natural
from .workspace import Workspace


def account_balances(ws: Workspace) -> dict[int, tuple[float, float]]:
    """Each account's (current balance, year-to-date activity) in its natural sign, book amounts of all
    entities summed where they share the root currency (consolidated); found once per workspace version."""
    cached = ws.derived.get("account_balances")
    if ws.journal is None and cached is not None and cached[0] == ws.version:
        return t.cast(dict[int, tuple[float, float]], cached[1])
    today = ws.clock.today()
    sums = Sums(ws, Scope())
    both = sums.between([(None, today), (sums.fiscal_start(today), today)])
    found: dict[int, tuple[float, float]] = {}
    for i, key in enumerate(sums.cols.accounts.tolist()):
        chart = ws.refs["account"].look(key, {}) if key >= 0 else {}
        if key >= 0:
            found[key] = (as_money(natural(chart, int(both[i, 0]))), as_money(natural(chart, int(both[i, 1]))))
    if ws.journal is None:
        ws.derived["account_balances"] = (ws.version, found)
    return found


def accounts_with_lines(ws: Workspace) -> frozenset[int]:
    """The chart accounts that lines still in the ledger post to (an account's ``has_associated_data``);
    found once per workspace version."""
    cached = ws.derived.get("accounts_with_lines")
    if ws.journal is None and cached is not None and cached[0] == ws.version:
        return t.cast(frozenset[int], cached[1])
    import numpy as np

    cols = ledger(ws).columns()
    found = frozenset(int(key) for key in np.unique(cols.account_raw[cols.alive]).tolist() if key >= 0)
    if ws.journal is None:
        ws.derived["accounts_with_lines"] = (ws.version, found)
    return found


def general_ledger(ws: Workspace, span: Window, where: LineFilter, render: t.Callable[[t.Any, t.Any], Row]) -> Row:
    """Per account with lines in the window: the balance before it, its lines, debits, credits and the
    closing balance, in book amounts (consolidated where the lines' entities differ in currency)."""
    books = ledger(ws)
    chosen = select_lines(ws, books, span, where)
    earlier = select_lines(ws, books, Window(None, span.start - timedelta(days=1)), where) if span.start else []
    currencies = {
        ws.refs["entity"].look(e.entity if e.entity is not None else -1, {}).get("currency") for e, _ in chosen
    }
    book = len(currencies) <= 1

    def amount(ln: t.Any) -> int:
        return int(ln.book if book else (ln.consolidated or 0))

    if not book:  # consolidated: entries without a known rate are left out
        chosen = [(e, ln) for e, ln in chosen if ln.consolidated is not None]
        earlier = [(e, ln) for e, ln in earlier if ln.consolidated is not None]
    opening: dict[int | None, int] = {}
    for _, ln in earlier:
        opening[ln.account] = opening.get(ln.account, 0) + amount(ln)
    grouped: dict[int | None, list[t.Any]] = {}
    for entry, ln in chosen:
        grouped.setdefault(ln.account, []).append((entry, ln))
    accounts: list[Row] = []
    for key in sorted(
        grouped, key=lambda k: str(ws.refs["account"].look(k if k is not None else -1, {}).get("number") or "~")
    ):
        lines = grouped[key]
        chart = ws.refs["account"].look(key if key is not None else -1, {})
        debits = sum(amount(ln) for _, ln in lines if amount(ln) > 0)
        credits = -sum(amount(ln) for _, ln in lines if amount(ln) < 0)
        start = opening.get(key, 0)
        accounts.append(
            {
                "account_id": key,
                "account_name": chart.get("name") or "Uncategorized",
                "account_number": account_number(chart, key),
                "account_type": chart.get("account_type"),
                "opening_balance": as_money(start),
                "debits": as_money(debits),
                "credits": as_money(credits),
                "closing_balance": as_money(start + debits - credits),
                "transactions": [render(e, ln) for e, ln in lines],
            }
        )
    return {
        "currency": next(iter(currencies)) if book and currencies else root_currency(ws),
        "start_date": None if span.start is None else span.start.isoformat(),
        "end_date": None if span.end is None else span.end.isoformat(),
        "accounts": accounts,
    }


__all__ = ["account_balances", "general_ledger"]
