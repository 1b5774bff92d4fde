"""Speed of the invoice report engine against DuckDB, in one run.

Usage::

    python bench/report_engine.py [--invoices 100000] [--lines-per-invoice 3] [--runs 15]

Generates invoices (default 100,000 with 300,000 lines over 500 clients and 50 products), then
measures the median time of three queries in the engine and the same three in DuckDB (in-memory,
data already loaded), which stands for what the hardware can do:

  (a) group by client with sums of amount, amount_paid and amount_due;
  (b) group by client with a product pivot and totals;
  (c) invoice_date month x payment_status (the engine computes it as a month grouping with a
      payment_status pivot, which yields the same cells);
  (d) client x payment_status nested (each client with its statuses as sub-rows and subtotals),
      sorted by amount descending then client name (DuckDB: a ROLLUP with the same order);
  (e) detail mode: one row per invoice with its number, client, status, date, total, paid and due,
      sorted by total descending, the first page of 100 built (DuckDB: GROUP BY invoice ... LIMIT 100);
  (f) flat client x product x payment_status (DuckDB: the same GROUP BY, ordered by the three keys).

Then the ledger case: generated balanced journal entries (default 300,000 GL lines over 60 accounts, 20
departments, 200 vendors and two years), laid out by ``domain/ledger_source.py`` and queried in the
ledger's vocabulary, against DuckDB over the same lines:

  (g) group by account with sums of amount, debit_amount, credit_amount and the line count;
  (h) flat account x posted_at_month (DuckDB: the same GROUP BY, ordered by both keys);
  (i) posted_at_month with a department pivot and totals (DuckDB: a ROLLUP);
  (j) detail mode: the first page of 100 lines by amount descending (DuckDB: ORDER BY ... LIMIT 100).

With ``--ledger-only`` it then times the GL report through a workspace's ledger (``bench/ledger.py``'s
invoices, bills and manual entries, about ``--ledger-lines`` lines): the first report, and a report after
each of three writes (the table is read off the ledger's columns, which the ledger keeps write by write).

It also times ``GET /coa/api/v1/invoice/report/preview`` for (b) in ``full`` mode through the
in-process app over a workspace holding the same invoices: cold (first request builds the report
table) and warm, with response validation on and off. Needs the ``bench`` extra (duckdb).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import random
import statistics
import tempfile
import time
import typing as t
from datetime import date, timedelta
from pathlib import Path

import duckdb
import httpx
from workload import fill_workspace

from campfire_mock import create_app
from campfire_mock.domain.entries import Entry, Posting
from campfire_mock.domain.ledger_source import build_table
from campfire_mock.domain.models import Invoice
from campfire_mock.domain.report_table import allocated_lines
from campfire_mock.domain.workspace import Workspace
from campfire_mock.reports import ReportQuery, ReportRow, ReportTable, run_report
from campfire_mock.reports.ledger_fields import LEDGER

QUERIES = {
    "a": {
        "group_fields": "client_id",
        "aggregation_fields": "sum:amount,sum:amount_paid,sum:amount_due",
        "mode": "full",
    },
    "b": {
        "group_fields": "client_id",
        "pivot_fields": "product_id",
        "shouldPivot": True,
        "aggregation_fields": "sum:amount",
        "include_totals": True,
        "mode": "full",
    },
    "c": {
        "group_fields": "invoice_date_month",
        "pivot_fields": "payment_status",
        "shouldPivot": True,
        "aggregation_fields": "sum:amount",
        "mode": "full",
    },
    "d": {
        "group_fields": "client_id,payment_status",
        "nested": True,
        "aggregation_fields": "sum:amount",
        "sort": "-amount,client_name",
        "mode": "full",
    },
    "e": {
        "columns": "invoice_number,client_name,payment_status,invoice_date,total,amount_paid,amount_due",
        "sort": "-total",
        "limit": 100,
    },
    "f": {
        "group_fields": "client_id,product_id,payment_status",
        "flat": True,
        "aggregation_fields": "sum:amount",
        "mode": "full",
    },
}
SQL = {
    "a": "SELECT client_id, any_value(client_name), sum(amount), sum(amount_paid), sum(amount_due)"
    " FROM lines GROUP BY client_id ORDER BY client_id",
    "b": "SELECT client_id, product_id, any_value(product_name), sum(amount) FROM lines"
    " GROUP BY ROLLUP (client_id, product_id) ORDER BY client_id, product_id",
    "c": "SELECT strftime(invoice_date, '%Y-%m') AS month, payment_status, sum(amount) FROM lines"
    " GROUP BY month, payment_status ORDER BY month, payment_status",
    "d": "SELECT client_id, payment_status, any_value(client_name) AS name, sum(amount) AS total FROM lines"
    " GROUP BY ROLLUP (client_id, payment_status) ORDER BY total DESC, name",
    "e": "SELECT invoice_id, any_value(invoice_number), any_value(client_name), any_value(payment_status),"
    " any_value(invoice_date), sum(amount + tax) AS total, sum(amount_paid), sum(amount_due) FROM lines"
    " GROUP BY invoice_id ORDER BY total DESC, invoice_id LIMIT 100",
    "f": "SELECT client_id, product_id, payment_status, any_value(client_name), any_value(product_name), sum(amount)"
    " FROM lines GROUP BY client_id, product_id, payment_status ORDER BY client_id, product_id, payment_status",
}


LEDGER_QUERIES = {
    "g": {
        "group_fields": "account",
        "aggregation_fields": "sum:amount,sum:debit_amount,sum:credit_amount,count:id",
        "mode": "full",
    },
    "h": {"group_fields": "account,posted_at_month", "flat": True, "mode": "full"},
    "i": {
        "group_fields": "posted_at_month",
        "pivot_fields": "department",
        "shouldPivot": True,
        "include_totals": True,
        "mode": "full",
    },
    "j": {"columns": "id,posted_at,account_name,journal_memo,amount", "sort": "-amount", "limit": 100},
}
LEDGER_SQL = {
    "g": "SELECT account, any_value(account_name), sum(amount), sum(greatest(amount, 0)), sum(greatest(-amount, 0)),"
    " count(*) FROM gl GROUP BY account ORDER BY account",
    "h": "SELECT account, strftime(posted_at, '%Y-%m') AS month, any_value(account_name), sum(amount) FROM gl"
    " GROUP BY account, month ORDER BY account, month",
    "i": "SELECT strftime(posted_at, '%Y-%m') AS month, department, sum(amount) FROM gl"
    " GROUP BY ROLLUP (month, department) ORDER BY month, department",
    "j": "SELECT id, posted_at, account_name, memo, amount FROM gl ORDER BY amount DESC, id LIMIT 100",
}


def ledger_workspace(n_lines: int, seed: int = 7) -> tuple[Workspace, list[tuple[Entry, Posting]]]:
    """A chart, departments and vendors, and balanced entries of three lines (a debit split in two, one
    credit) adding up to about ``n_lines`` GL lines in ledger order."""
    rng = random.Random(seed)
    ws = Workspace()
    ws.refs["entity"][1] = {"id": 1, "name": "Bench Entity", "currency": "USD"}
    for a in range(1, 61):
        kind = ("ASSET", "LIABILITY", "REVENUE", "OPERATING_EXPENSES")[a % 4]
        ws.refs["account"][1000 + a] = {"id": 1000 + a, "name": f"{1000 + a} - Account", "account_type": kind}
    for d in range(1, 21):
        ws.refs["department"][d] = {"id": d, "name": f"Department {d:02d}"}
    for v in range(1, 201):
        ws.refs["vendor"][v] = {"id": v, "name": f"Vendor {v:03d}"}
    start = date(2024, 1, 1)
    entries = []
    for i in range(1, n_lines // 3 + 1):
        total = rng.randint(100, 1_000_000)
        part = rng.randint(0, total)
        lines = [
            Posting(1000 + rng.randint(1, 60), part, department=rng.choice([None, *range(1, 21)])),
            Posting(1000 + rng.randint(1, 60), total - part, vendor=rng.randint(1, 200)),
            Posting(1000 + rng.randint(1, 60), -total, department=rng.choice([None, *range(1, 21)])),
        ]
        for n, line in enumerate(lines):
            line.book = line.consolidated = line.native
            line.id = i * 10_000 + n
        day = start + timedelta(days=rng.randrange(730))
        entries.append(Entry(i, day, f"Entry {i}", "journal_entry", i, 1, "USD", lines))
    entries.sort(key=lambda e: (e.date, e.id))
    return ws, [(e, p) for e in entries for p in e.lines]


def load_ledger_duckdb(ws: Workspace, lines: list[tuple[Entry, Posting]]) -> duckdb.DuckDBPyConnection:
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "posted_at", "account", "account_name", "department", "vendor", "memo", "amount"])
        for e, p in lines:
            name = ws.refs["account"][p.account]["name"]
            writer.writerow([p.id, e.date, p.account, name, p.department, p.vendor, e.memo, p.consolidated / 100])
        path = fh.name
    con = duckdb.connect()
    con.execute(f"CREATE TABLE gl AS SELECT * FROM read_csv_auto('{path}', header=true)")
    Path(path).unlink()
    return con


def ledger_case(n_lines: int, runs: int) -> None:
    ws, lines = ledger_workspace(n_lines)
    started = time.perf_counter()
    table = build_table(ws, lines)
    built = time.perf_counter() - started
    con = load_ledger_duckdb(ws, lines)
    print(f"\nLedger: {len(lines)} GL lines, 60 accounts, 20 departments (report table built in {built:.2f}s)\n")
    print("| query | engine median ms | DuckDB median ms | engine / DuckDB |")
    print("|---|---|---|---|")
    for name, params in LEDGER_QUERIES.items():
        query = ReportQuery.from_params(params, vocabulary=LEDGER)
        engine = median_time(lambda q=query: run_report(table, q).rows[q.offset : q.offset + q.limit], runs)
        reference = median_time(lambda s=LEDGER_SQL[name]: con.execute(s).fetchall(), runs)
        print(f"| ({name}) | {engine * 1000:.1f} | {reference * 1000:.1f} | {engine / reference:.2f}x |")


def ledger_after_writes(n_lines: int, writes: int = 3) -> None:
    """The GL report of a workspace through the ledger (``ledger_source.ledger_table``): the first report
    (the ledger's columns built in bulk, then the table), then a report after each of ``writes`` manual
    entries, in wall and CPU time. The workspace is ``bench/ledger.py``'s (invoices, bills, manual entries)."""
    import ledger as ledger_bench  # bench/ledger.py

    from campfire_mock.domain.journal_entries import JournalEntryService
    from campfire_mock.domain.ledger_source import ledger_table

    unit = max(1, n_lines // ledger_bench.LINES_PER_UNIT)
    app = create_app(seed="none", validate_responses=False)
    ws = app.store.workspace("bench-ledger-report")
    ledger_bench.build_workspace(ws, 10 * unit, 3, 5 * unit, 2 * unit)
    query = ReportQuery.from_params(LEDGER_QUERIES["g"], vocabulary=LEDGER)

    def timed() -> tuple[float, float]:
        started, cpu = time.perf_counter(), time.process_time()
        run_report(ledger_table(ws), query)
        return time.perf_counter() - started, time.process_time() - cpu

    first = timed()
    print(f"\nThrough the ledger: {ledger_table(ws).size:,} GL lines (bench/ledger.py's workspace), query (g)\n")
    print("| report | wall s | CPU s |\n|---|---|---|")
    print(f"| first (ledger columns built in bulk, then the table) | {first[0]:.2f} | {first[1]:.2f} |")
    for n in range(writes):
        journal = ws.begin()
        lines = [{"account": 6100, "debit_amount": 10 + n}, {"account": 1010, "credit_amount": 10 + n}]
        JournalEntryService().create(ws, {"date": "2025-06-30", "entity": 1, "transactions": lines})
        ws.end(journal)
        wall, cpu = timed()
        print(f"| after write {n + 1} (one manual entry) | {wall:.2f} | {cpu:.2f} |")


def invoice_rows(ws: Workspace, inv: Invoice) -> list[ReportRow]:
    """One ``ReportRow`` per line: the rows DuckDB gets (the engine builds its own table)."""
    client = ws.refs["vendor"].get(inv.client) if inv.client is not None else None
    entity = ws.refs["entity"].get(inv.entity)
    rows = []
    for line, share_paid, share_due in allocated_lines(inv):
        product = ws.refs["product"].get(line.product) if line.product is not None else None
        rows.append(
            ReportRow(
                invoice_id=inv.id,
                invoice_number=inv.invoice_number,
                client_id=inv.client,
                client_name=client["name"] if client else None,
                entity_id=inv.entity,
                entity_name=entity["name"] if entity else None,
                contract_id=inv.contract,
                contract_name=None,
                product_id=line.product,
                product_name=product["product_name"] if product else None,
                department_id=line.department,
                department_name=None,
                currency=inv.currency,
                payment_status=inv.payment_status.value,
                terms=inv.terms,
                invoice_date=inv.invoice_date,
                due_date=inv.due_date,
                paid_date=inv.paid_date,
                amount=float(line.amount),
                amount_paid=share_paid,
                amount_due=share_due,
                tax=float(line.tax),
                quantity=float(line.quantity),
            )
        )
    return rows


def median_time(fn: t.Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def load_duckdb(rows: list[t.Any]) -> duckdb.DuckDBPyConnection:
    fields = [
        "invoice_id",
        "invoice_number",
        "tax",
        "client_id",
        "client_name",
        "product_id",
        "product_name",
        "payment_status",
        "invoice_date",
        "amount",
        "amount_paid",
        "amount_due",
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(fields)
        for r in rows:
            writer.writerow([getattr(r, f) for f in fields])
        path = fh.name
    con = duckdb.connect()
    con.execute(f"CREATE TABLE lines AS SELECT * FROM read_csv_auto('{path}', header=true)")
    Path(path).unlink()
    return con


async def http_times(ws_invoices: int, lines: int, validate: bool, runs: int) -> tuple[float, float, float]:
    app = create_app(seed="none", validate_responses=validate)
    store = app.store
    token = "bench"
    fill_workspace(store.workspace(token), ws_invoices, lines)
    params = {k: str(v).lower() if isinstance(v, bool) else v for k, v in QUERIES["b"].items()}
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://mock", headers={"Authorization": f"Token {token}"}, timeout=120
    ) as client:
        started = time.perf_counter()
        first = await client.get("/coa/api/v1/invoice/report/preview", params=params)
        cold = time.perf_counter() - started
        first.raise_for_status()
        warm = []
        for _ in range(runs):
            started = time.perf_counter()
            (await client.get("/coa/api/v1/invoice/report/preview", params=params)).raise_for_status()
            warm.append(time.perf_counter() - started)
        after_write = []
        for i in range(3):
            payment = {"account_id": 1, "account_name": "Bank", "amount": 1, "payment_date": "2026-01-20"}
            (
                await client.post(f"/coa/api/v1/invoice/{i + 1}/pay/", json={"empty_transactions": [payment]})
            ).raise_for_status()
            started = time.perf_counter()
            (await client.get("/coa/api/v1/invoice/report/preview", params=params)).raise_for_status()
            after_write.append(time.perf_counter() - started)
    return cold, statistics.median(warm), statistics.median(after_write)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--lines-per-invoice", type=int, default=3)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--ledger-lines", type=int, default=300_000, help="GL lines of the ledger case (0: skip)")
    parser.add_argument("--ledger-only", action="store_true", help="run only the ledger case")
    args = parser.parse_args()
    if args.ledger_only:
        ledger_case(args.ledger_lines, args.runs)
        ledger_after_writes(args.ledger_lines)
        return 0

    ws = Workspace()
    started = time.perf_counter()
    fill_workspace(ws, args.invoices, args.lines_per_invoice)
    generated = time.perf_counter() - started
    rows = [r for inv in ws.invoices.values() for r in invoice_rows(ws, inv)]
    started = time.perf_counter()
    table = ReportTable.from_rows(rows)
    built = time.perf_counter() - started
    con = load_duckdb(rows)
    print(
        f"{args.invoices} invoices, {len(rows)} lines, 500 clients, 50 products"
        f" (generated in {generated:.1f}s; report table built in {built:.2f}s)\n"
    )
    print("| query | engine median ms | DuckDB median ms | engine / DuckDB |")
    print("|---|---|---|---|")
    for name, params in QUERIES.items():
        query = ReportQuery.from_params(params)
        # A detail listing builds its rows when read: time the page a request answers.
        engine = median_time(lambda q=query: run_report(table, q).rows[q.offset : q.offset + q.limit], args.runs)
        reference = median_time(lambda s=SQL[name]: con.execute(s).fetchall(), args.runs)
        print(f"| ({name}) | {engine * 1000:.1f} | {reference * 1000:.1f} | {engine / reference:.2f}x |")
    print()
    for validate in (True, False):
        cold, warm, after_write = asyncio.run(
            http_times(args.invoices, args.lines_per_invoice, validate, max(3, args.runs // 3))
        )
        print(
            f"HTTP (b) full mode, response validation {'on' if validate else 'off'}:"
            f" first request {cold:.2f}s, then median {warm:.3f}s, first request after a payment {after_write:.3f}s"
        )
    if args.ledger_lines:
        ledger_case(args.ledger_lines, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
