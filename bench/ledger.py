"""Speed and memory of the ledger's statements against DuckDB over the same lines, in one run.

Usage::

    python bench/ledger.py [--lines 200000] [--runs 5]
    python bench/ledger.py --invoices 100000 --bills 50000 --entries 20000   # the issue's workload

Builds a workspace straight in memory (no HTTP, set-up, not measured) in the proportions of issue 29's
workload (100,000 invoices, 50,000 bills and 20,000 manual entries: about 810,000 lines), scaled to
``--lines`` (or given by ``--invoices``, ``--bills``, ``--entries``): the demo company's chart, invoices of
three lines (about half paid: ``bench/workload.py``), bills of three lines on expense accounts (about half
paid from the bank) and manual entries of three lines. Then it measures, in one run:

* the first statement of the workspace: building the ledger (its columns, in bulk) and a trial balance;
* the best of ``--runs`` yearly income statements by month, twelve-column balance sheets and trial
  balances through ``domain/statements.py``, and of the same figures in DuckDB (in-memory, the same lines
  already loaded as a table), which stands for what the hardware can do: in wall time and in CPU time (of
  every thread: DuckDB uses several). The best, not the median: the machine is shared, and on a loaded
  machine the wall times say more about the load than about the code;
* the first cash-basis statement (the cash basis is found from the columns, once per ledger), a cash-basis
  breakdown by currency, and the first cash flow v2 (none of them makes the entries);
* the statement after one more write (only the entries of the documents it touched are recomputed);
* the GL log through the API in-process (``TestClient``): the first page (``limit=500``, all time; it makes
  the entries of its own lines only), further pages, a month's page, an account's page, a year's lines
  without a vendor, a cursor walk of ``--pages`` pages,
  and a page of each after one more write (``--pages 0`` leaves the GL log out);
* the journal-entry list through the API in-process: the first page (``limit=100``, all time), further
  pages, a month's page and an account's page (``--pages 0`` leaves it out too);
* memory retained per ledger line (``tracemalloc``): the columns alone, then with every entry made (as the
  journal-entry list makes them).
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
from starlette.testclient import TestClient
from workload import fill_workspace

from campfire_mock import create_app
from campfire_mock.domain import statements
from campfire_mock.domain.chart import BALANCE_SHEET_TYPES
from campfire_mock.domain.documents import BILL_PAYMENTS, BILLS
from campfire_mock.domain.ledger import JOURNAL_KIND, ledger
from campfire_mock.domain.workspace import Workspace

YEAR_START, YEAR_END = date(2025, 1, 1), date(2025, 12, 31)
EXPENSES = (5000, 5100, 6000, 6010, 6100, 6200, 6300, 6400, 7100)
#: Lines per unit of the issue's workload (100,000 invoices, 50,000 bills, 20,000 entries): an invoice
#: posts 4 lines and half a payment's 2, a bill 4 and half a payment's 2, an entry 3.
LINES_PER_UNIT = 10 * (4 + 1) + 5 * (4 + 1) + 2 * 3
TOKEN = "bench-ledger"


def _chart(ws: Workspace) -> None:
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


def _bills(ws: Workspace, rng: random.Random, count: int, first_entry: int) -> int:
    """``count`` bills of three lines from 200 vendors, about half paid from the bank; the next entry id."""
    now = ws.now_text()
    for v in range(1001, 1201):
        ws.refs["vendor"][v] = {"id": v, "name": f"Vendor {v}", "vendor_type": "vendor", "status": "ACTIVE"}
    bills, payments = ws.table(BILLS), ws.table(BILL_PAYMENTS)
    entry = first_entry
    for n in range(1, count + 1):
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(730))
        lines = [
            {"account": rng.choice(EXPENSES), "amount": f"{rng.randint(100, 200_000) / 100:.2f}", "tax": "0.00"}
            for _ in range(3)
        ]
        total = sum(float(ln["amount"]) for ln in lines)
        bills[n] = {
            "id": n,
            "journal_entry": entry,
            "bill_number": f"BILL-{n:07d}",
            "bill_date": day.isoformat(),
            "due_date": (day + timedelta(days=30)).isoformat(),
            "entity": 1,
            "vendor": rng.randint(1001, 1200),
            "currency": "USD",
            "lines": lines,
            "ap_account": None,
            "voided_date": None,
            "voided_journal_entry": None,
            "_payment_ids": [],
            "is_deleted": False,
            "deleted_at": None,
            "created_at": now,
            "last_modified_at": now,
        }
        entry += 1
        if rng.random() < 0.5:
            key = len(payments) + 1
            payments[key] = {
                "id": key,
                "bill": n,
                "amount": f"{total:.2f}",
                "currency": "USD",
                "payment_date": (day + timedelta(days=20)).isoformat(),
                "payment_journal_entry": entry,
                "account_id": 1010,
                "source": "MANUAL",
                "voided_date": None,
                "voided_journal_entry": None,
                "created_at": now,
                "last_modified_at": now,
            }
            bills[n]["_payment_ids"] = [key]
            entry += 1
    ws.bump_sequence(BILLS, count)
    ws.bump_sequence(BILL_PAYMENTS, len(payments))
    return entry


def build_workspace(ws: Workspace, invoices: int, per_invoice: int, bills: int, entries: int) -> None:
    """Fill ``ws`` with the generated documents (set-up, not measured)."""
    fill_workspace(ws, invoices, per_invoice)
    # the workload numbers payments' entries from 1, as its invoices': move them past the invoices'
    for payment in ws.payments.values():
        payment.journal_entry += invoices
    _chart(ws)
    rng = random.Random(11)
    first = _bills(ws, rng, bills, 2 * invoices + 10)
    table = ws.table(JOURNAL_KIND)
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


def best(fn: t.Callable[[], t.Any], runs: int) -> tuple[float, float]:
    """The best wall time and the best CPU time (every thread of the process) of ``runs`` calls."""
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


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


def _retained(make: t.Callable[[], t.Any]) -> int:
    """Bytes ``make`` leaves allocated (``tracemalloc``)."""
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = make()
    retained = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del kept
    return retained


def _gl_log(client: TestClient, pages: int) -> None:
    """The GL log through the API: a first page, more offset pages, a month's page, a cursor walk of ``pages``
    pages, and a page of each after one more write; wall time, and CPU time in brackets."""
    Took = tuple[float, float]

    def get(url: str, **params: t.Any) -> tuple[Took, dict[str, t.Any]]:
        started, used = time.perf_counter(), time.process_time()
        answer = client.get(url, params=params or None)
        took = (time.perf_counter() - started, time.process_time() - used)
        assert answer.status_code == 200, answer.text[:300]
        return took, answer.json()

    def ms(values: list[Took]) -> str:
        wall, cpu = (statistics.median(v[n] for v in values) * 1000 for n in (0, 1))
        return f"{wall:.0f} ms ({cpu:.0f} ms)"

    gl = "/coa/api/transaction"
    first, body = get(gl, all_time="true", limit=500)
    print(f"GL log, first page (limit=500, all time): {ms([first])}, of {body['count']:,} lines")
    later = [get(gl, all_time="true", limit=500, offset=500 * n)[0] for n in range(1, pages + 1)]
    print(f"GL log, next {pages} pages (offset), median: {ms(later)}")
    window = [get(gl, start_date="2025-06-01", end_date="2025-06-30", limit=500)[0] for _ in range(pages)]
    print(f"GL log, one month's first page, median: {ms(window)}")
    rent = [get(gl, all_time="true", account=6100, limit=500)[0] for _ in range(pages)]
    print(f"GL log, one account's first page (all time), median: {ms(rent)}")
    vendor = [get(gl, start_date="2025-01-01", end_date="2025-12-31", no_vendor="true", limit=500)[0]]
    print(f"GL log, a year's lines without a vendor, first page: {ms(vendor)}")
    walk: list[Took] = []
    url: str | None = f"{gl}?all_time=true&limit=500&cursor="
    while url and len(walk) < pages:
        took, body = get(url)
        walk.append(took)
        url = body["next"]
    print(f"GL log, cursor walk: first page {ms(walk[:1])}, next {len(walk) - 1} pages median {ms(walk[1:] or walk)}")
    entry = {
        "date": "2025-06-30",
        "entity": 1,
        "transactions": [{"account": 6100, "debit_amount": 5}, {"account": 1010, "credit_amount": 5}],
    }
    assert client.post("/coa/api/journal_entry", json=entry).status_code == 201
    after, _ = get(gl, all_time="true", limit=500)
    walked, _ = get(url or f"{gl}?all_time=true&limit=500&cursor=")
    print(f"GL log after one write: first page {ms([after])}, next cursor page {ms([walked])}")


def _journal_list(client: TestClient, pages: int) -> None:
    """The journal-entry list through the API: a first page, more offset pages, a month's page and an
    account's page; wall time, and CPU time in brackets."""
    url = "/coa/api/journal_entry"

    def get(**params: t.Any) -> tuple[tuple[float, float], dict[str, t.Any]]:
        started, used = time.perf_counter(), time.process_time()
        answer = client.get(url, params=params)
        took = (time.perf_counter() - started, time.process_time() - used)
        assert answer.status_code == 200, answer.text[:300]
        return took, answer.json()

    def ms(values: list[tuple[float, float]]) -> str:
        wall, cpu = (statistics.median(v[n] for v in values) * 1000 for n in (0, 1))
        return f"{wall:.0f} ms ({cpu:.0f} ms)"

    first, body = get(all_time="true", limit=100)
    print(f"journal entries, first page (limit=100, all time): {ms([first])}, of {body['count']:,} entries")
    later = [get(all_time="true", limit=100, offset=100 * n)[0] for n in range(1, pages + 1)]
    print(f"journal entries, next {pages} pages (offset), median: {ms(later)}")
    month = [get(start_date="2025-06-01", end_date="2025-06-30", limit=100)[0] for _ in range(pages)]
    print(f"journal entries, one month's first page, median: {ms(month)}")
    rent = [get(all_time="true", account=6100, limit=100)[0] for _ in range(pages)]
    print(f"journal entries, one account's first page (all time), median: {ms(rent)}")


def _cash_statements(ws: Workspace) -> None:
    """The first cash-basis income statement (the cash basis found from the columns), then again (found
    once per ledger); the first cash flow v2 and cash-basis breakdown by currency: none makes the entries."""
    from campfire_mock.domain.cash_basis import cash_basis
    from campfire_mock.domain.cash_flow_v2 import cash_flow_v2

    for name, make in (
        ("first cash-basis statement, 2025 by month", lambda: cash_basis(ws, YEAR_START, YEAR_END)),
        ("next cash-basis statement, by currency", lambda: cash_basis(ws, YEAR_START, YEAR_END, group_by="currency")),
        ("first cash flow v2, 2025 by month", lambda: cash_flow_v2(ws, YEAR_START, YEAR_END)),
    ):
        wall, cpu = best(make, 1)
        print(f"{name}: {wall:.2f} s ({cpu:.2f} s of CPU)")
    assert not ledger(ws).materialised, "a cash statement made every entry"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=200_000, help="about how many ledger lines to generate")
    parser.add_argument("--invoices", type=int, help="invoices (default: in proportion to --lines)")
    parser.add_argument("--bills", type=int, help="bills (default: in proportion to --lines)")
    parser.add_argument("--entries", type=int, help="manual entries (default: in proportion to --lines)")
    parser.add_argument("--lines-per-invoice", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=5, help="GL log pages to read (offset and cursor; 0: none)")
    args = parser.parse_args()
    unit = max(1, args.lines // LINES_PER_UNIT)
    invoices = args.invoices if args.invoices is not None else 10 * unit
    bills = args.bills if args.bills is not None else 5 * unit
    entries = args.entries if args.entries is not None else 2 * unit

    started = time.perf_counter()
    app = create_app(seed="none", validate_responses=False)
    ws = app.store.workspace(TOKEN)
    build_workspace(ws, invoices, args.lines_per_invoice, bills, entries)
    print(
        f"{invoices:,} invoices, {bills:,} bills, {entries:,} manual entries:"
        f" workspace built in {time.perf_counter() - started:.1f} s (set-up, not measured)"
    )

    started, cpu = time.perf_counter(), time.process_time()
    books = ledger(ws)
    built = time.perf_counter() - started
    statements.trial_balance(ws, YEAR_START, YEAR_END)
    first, first_cpu = time.perf_counter() - started, time.process_time() - cpu
    lines = books.line_count()
    print(
        f"ledger: {lines:,} lines; first statement {first:.2f} s ({first_cpu:.2f} s of CPU;"
        f" the ledger's columns {built:.2f} s)"
    )

    _cash_statements(ws)
    income = best(lambda: statements.income_statement(ws, YEAR_START, YEAR_END, "monthly"), args.runs)
    balance = best(lambda: statements.balance_sheet(ws, YEAR_START, YEAR_END, "monthly"), args.runs)
    trial = best(lambda: statements.trial_balance(ws, YEAR_START, YEAR_END), args.runs)

    con = load_duckdb(ws)
    d_income, d_balance, d_trial = (
        best(lambda q=q: q(con), args.runs) for q in (duck_income, duck_balance, duck_trial)
    )
    head = f"{'statement (best of --runs)':<34}{'ledger':>10}{'duckdb':>10}{'ratio':>7}"
    print(f"{head}{'CPU: ledger':>13}{'duckdb':>9}{'ratio':>7}")
    for name, mine, theirs in (
        ("income statement, 2025 by month", income, d_income),
        ("balance sheet, 12 month ends", balance, d_balance),
        ("trial balance, 2025", trial, d_trial),
    ):
        print(
            f"{name:<34}{mine[0] * 1000:>8.1f}ms{theirs[0] * 1000:>8.1f}ms{mine[0] / theirs[0]:>6.1f}x"
            f"{mine[1] * 1000:>11.1f}ms{theirs[1] * 1000:>7.1f}ms{mine[1] / max(theirs[1], 1e-9):>6.1f}x"
        )

    # one more write, as the API makes it (a manual entry through the service): the next statement
    # recomputes that entry only
    from campfire_mock.domain.journal_entries import JournalEntryService

    def write(amount: int) -> None:
        journal = ws.begin()
        JournalEntryService().create(
            ws,
            {
                "date": "2025-06-30",
                "entity": 1,
                "transactions": [
                    {"account": 6100, "debit_amount": amount},
                    {"account": 1010, "credit_amount": amount},
                ],
            },
        )
        ws.end(journal)

    after: list[tuple[float, float]] = []
    for n in range(args.runs):
        write(10 + n)
        after.append(best(lambda: statements.trial_balance(ws, YEAR_START, YEAR_END), 1))
    wall, cpu = (statistics.median(a[i] for a in after) * 1000 for i in (0, 1))
    print(f"trial balance after one write (only its entry recomputed), median: {wall:.0f} ms ({cpu:.0f} ms of CPU)")
    if args.pages:
        client = TestClient(app, headers={"Authorization": f"Token {TOKEN}"})
        _journal_list(client, args.pages)
        _gl_log(client, args.pages)

    ws.derived.clear()
    columns = _retained(lambda: ledger(ws).columns())
    made = _retained(lambda: ledger(ws).entries)
    print(
        f"memory retained per ledger line: {columns / lines:.0f} bytes for the columns"
        f" ({columns / 2**20:.0f} MiB), {made / lines:.0f} more once every entry is made ({made / 2**20:.0f} MiB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
