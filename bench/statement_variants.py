"""Speed of the statement variants against the plain statements, on one generated workspace, in one run.

Usage::

    python bench/statement_variants.py [--invoices 20000] [--entries 20000] [--runs 5]

Builds the workspace ``bench/ledger.py`` builds (generated invoices, about half paid, and manual entries of
three lines each) and measures, through the domain functions the views call (no HTTP), the median time of:
a yearly income statement by month (the reference), its comparative form, the cash-basis statement (its
first call, which derives the cash-basis lines, and then from its cache), cash flow v1 and v2, the cash
accounts' activity, a balance sheet and a trial balance broken down by entity, and an income statement by
tag (a tag group with no tagged lines still reads every line's tags).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import typing as t
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ledger import build_workspace

from campfire_mock.domain import cash_basis, cash_flow, cash_flow_v2, comparative, statements
from campfire_mock.domain.ledger import ledger

START, END = date(2025, 1, 1), date(2025, 12, 31)


def median(fn: t.Callable[[], t.Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--invoices", type=int, default=20_000)
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ws = build_workspace(args.invoices, 3, args.entries)
    ws.generic.setdefault("/coa/api/tag-group", {})[1] = {"id": 1, "name": "Projects"}
    lines = len(ledger(ws).lines)
    print(f"{args.invoices} invoices, {args.entries} manual entries: {lines} ledger lines")
    started = time.perf_counter()
    cash_basis.cash_basis(ws, START, END)
    first_cash = time.perf_counter() - started
    cases: dict[str, t.Callable[[], t.Any]] = {
        "income statement, yearly by month": lambda: statements.income_statement(ws, START, END),
        "comparative income statement": lambda: comparative.comparative(
            statements.income_statement(ws, START, END), "income_statement", by_start=True
        ),
        "cash basis (cached lines)": lambda: cash_basis.cash_basis(ws, START, END),
        "cash flow v1": lambda: cash_flow.cash_flow(ws, START, END),
        "cash flow v2": lambda: cash_flow_v2.cash_flow_v2(ws, START, END),
        "cash accounts' activity": lambda: cash_flow_v2.cash_flow_activity(ws, START, END),
        "balance sheet by entity": lambda: statements.balance_sheet(ws, START, END, group_by="entity"),
        "trial balance by entity": lambda: statements.trial_balance(ws, START, END, group_by="entity"),
        "income statement by tag": lambda: statements.income_statement(ws, START, END, group_by="tag", group=1),
    }
    print(f"{'cash basis, first call (derives its lines)':45s} {first_cash * 1000:8.1f} ms")
    for name, fn in cases.items():
        print(f"{name:45s} {median(fn, args.runs) * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
