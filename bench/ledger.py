"""Speed and memory of the ledger's statements against DuckDB over the same lines, in one run.

Usage::

    python bench/ledger.py [--invoices 20000] [--lines-per-invoice 3] [--entries 20000] [--runs 7]

Builds a workspace straight in memory (no HTTP): the demo company's chart, generated invoices (about
half paid: ``bench/workload.py``) and generated manual entries of three lines each (the bills of the
issue's workload do not exist yet: the payables issue adds them, so manual entries stand in for them).
Then it measures:

* the first statement of the workspace: building the ledger from the documents and its columns;
* the median time of a yearly income statement by month, a balance sheet with twelve month-end columns
  and a trial balance, through ``domain/statements.py``, and of the same figures in DuckDB (in-memory,
  the same lines already loaded as a table), which stands for what the hardware can do;
* the statement after one more write (only the entries of the documents it touched are recomputed);
* memory retained per ledger line (``tracemalloc``, entries, lines and columns).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import tracemalloc
import typing as t
from datetime import date, timedelta
from pathlib import Path

import duckdb
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "spec"))
from demo_seed import demo_books
from workload import fill_workspace

from campfire_mock.domain import statements
from campfire_mock.domain.chart import BALANCE_SHEET_TYPES
from campfire_mock.domain.ledger import JOURNAL_KIND, ledger
from campfire_mock.domain.workspace import Workspace

YEAR_START, YEAR_END = date(2025, 1, 1), date(2025, 12, 31)
EXPENSES = (5000, 5100, 6000, 6010, 6100, 6200, 6300, 6400, 7100)


def build_workspace(invoices: int, per_invoice: int, entries: int) -> Workspace:
    ws = Workspace()
    fill_workspace(ws, invoices, per_invoice)
    # the workload numbers payments' entries from 1, as its invoices': move them past the invoices'
    for payment in ws.payments.values():
        payment.journal_entry += invoices
    accounts, _ = demo_books()
    ws.refs["account"].clear()
    for row in accounts:
        ws.refs["account"][row["id"]] = row
    for key, name, kind, sub in (
        (1010, "1010 - Operating Bank Account", "ASSET", "BANK"),
        (2553, "1100 - Accounts Receivable", "ASSET", "ACCOUNTS_RECEIVABLE"),
        (169208, "4107 - Subscription fees", "REVENUE", "INCOME"),
    ):
        ws.refs["account"][key] = {
            "id": key,
            "name": name,
            "number": name[:4],
            "account_type": kind,
            "account_subtype": sub,
        }
    rng = random.Random(11)
    table = ws.table(JOURNAL_KIND)
    first = 2 * invoices + 10
    for n in range(entries):
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(730))
        amount = rng.randint(1000, 500_000) / 100
        split = round(amount * 0.3, 2)
        table[first + n] = {
            "id": first + n,
            "date": day.isoformat(),
            "entity": 1,
            "currency": "USD",
            "memo": "Generated",
            "transactions": [
                {"account": rng.choice(EXPENSES), "debit_amount": amount},
                {"account": 2100, "credit_amount": split},
                {"account": 1010, "credit_amount": round(amount - split, 2)},
            ],
        }
    ws.bump_sequence("journal_entry", first + entries)
    return ws


def median(fn: t.Callable[[], t.Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def load_duckdb(ws: Workspace) -> duckdb.DuckDBPyConnection:
    cols = ledger(ws).columns()
    kinds = np.array(
        [ws.refs["account"].look(int(a), {}).get("account_type") in BALANCE_SHEET_TYPES for a in cols.accounts]
    )
    con = duckdb.connect()
    con.register(
        "raw",
        {
            "account": cols.accounts[cols.account],
            "bs": kinds[cols.account],
            "day": cols.day,
            "amount": cols.consolidated,
        },
    )
    # days as proleptic ordinals, as the ledger's columns keep them; DuckDB's dates from them
    con.execute(
        "CREATE TABLE lines AS SELECT account, bs, DATE '0001-01-01' + CAST(day - 1 AS INTEGER) AS day, amount FROM raw"
    )
    con.unregister("raw")
    return con


def duck_income(con: duckdb.DuckDBPyConnection) -> list[t.Any]:
    return con.execute(
        "SELECT account, date_trunc('month', day) AS m, sum(amount) FROM lines "
        "WHERE NOT bs AND day BETWEEN ? AND ? GROUP BY ALL",
        [YEAR_START, YEAR_END],
    ).fetchall()


def duck_balance(con: duckdb.DuckDBPyConnection) -> list[t.Any]:
    return con.execute(
        "WITH ends AS (SELECT CAST(unnest(generate_series(DATE '2025-02-01', DATE '2026-01-01', INTERVAL 1 MONTH))"
        " - INTERVAL 1 DAY AS DATE) AS e), "
        "opening AS (SELECT account, sum(amount) AS s FROM lines WHERE day < ? GROUP BY account), "
        "monthly AS (SELECT account, CAST(last_day(day) AS DATE) AS e, sum(amount) AS s FROM lines "
        "WHERE day BETWEEN ? AND ? GROUP BY ALL) "
        "SELECT a.account, ends.e, coalesce(o.s, 0) + coalesce(sum(m.s), 0) "
        "FROM (SELECT DISTINCT account FROM lines) a "
        "CROSS JOIN ends LEFT JOIN opening o ON o.account = a.account "
        "LEFT JOIN monthly m ON m.account = a.account AND m.e <= ends.e GROUP BY a.account, ends.e, o.s",
        [YEAR_START, YEAR_START, YEAR_END],
    ).fetchall()


def duck_trial(con: duckdb.DuckDBPyConnection) -> list[t.Any]:
    return con.execute(
        "SELECT account, sum(amount) FILTER (WHERE bs OR day >= ?), sum(amount) FILTER (WHERE NOT bs AND day < ?) "
        "FROM lines WHERE day <= ? GROUP BY account",
        [YEAR_START, YEAR_START, YEAR_END],
    ).fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--invoices", type=int, default=20_000)
    parser.add_argument("--lines-per-invoice", type=int, default=3)
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    started = time.perf_counter()
    ws = build_workspace(args.invoices, args.lines_per_invoice, args.entries)
    print(f"workspace built in {time.perf_counter() - started:.1f} s (set-up, not measured)")

    started = time.perf_counter()
    books = ledger(ws)
    books.columns()
    first = time.perf_counter() - started
    lines = len(books.lines)
    print(f"ledger: {len(books.entries):,} entries, {lines:,} lines; first statement's ledger build {first:.2f} s")

    income = median(lambda: statements.income_statement(ws, YEAR_START, YEAR_END, "monthly"), args.runs)
    balance = median(lambda: statements.balance_sheet(ws, YEAR_START, YEAR_END, "monthly"), args.runs)
    trial = median(lambda: statements.trial_balance(ws, YEAR_START, YEAR_END), args.runs)

    con = load_duckdb(ws)
    d_income, d_balance, d_trial = (
        median(lambda q=q: q(con), args.runs) for q in (duck_income, duck_balance, duck_trial)
    )
    print(f"{'statement':<34}{'ledger':>10}{'duckdb':>10}{'ratio':>8}")
    for name, mine, theirs in (
        ("income statement, 2025 by month", income, d_income),
        ("balance sheet, 12 month ends", balance, d_balance),
        ("trial balance, 2025", trial, d_trial),
    ):
        print(f"{name:<34}{mine * 1000:>8.1f}ms{theirs * 1000:>8.1f}ms{mine / theirs:>7.1f}x")

    # one more write, as the API makes it (a manual entry through the service): the next statement
    # recomputes that entry only
    from campfire_mock.domain.journal_entries import JournalEntryService

    journal = ws.begin()
    JournalEntryService().create(
        ws,
        {
            "date": "2025-06-30",
            "entity": 1,
            "transactions": [{"account": 6100, "debit_amount": 10}, {"account": 1010, "credit_amount": 10}],
        },
    )
    ws.end(journal)
    started = time.perf_counter()
    statements.trial_balance(ws, YEAR_START, YEAR_END)
    print(f"trial balance after one write (only its entry recomputed): {time.perf_counter() - started:.3f} s")

    ws.derived.clear()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    ledger(ws).columns()
    retained = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    print(f"memory retained by the ledger: {retained / 2**20:.0f} MiB, {retained / lines:.0f} bytes per line")
    return 0


if __name__ == "__main__":
    sys.exit(main())
