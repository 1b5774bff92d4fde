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

It also times ``GET /coa/api/v1/invoice/report/preview`` for (b) in ``full`` mode through the
in-process app over a workspace holding the same invoices: cold (first request builds the report
table) and warm, with response validation on and off. Needs the ``bench`` extra (duckdb).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import statistics
import tempfile
import time
import typing as t
from pathlib import Path

import duckdb
import httpx
from workload import fill_workspace

from campfire_mock import create_app
from campfire_mock.domain.models import Invoice
from campfire_mock.domain.report_table import allocated_lines
from campfire_mock.domain.workspace import Workspace
from campfire_mock.reports import ReportQuery, ReportRow, ReportTable, run_report

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
    args = parser.parse_args()

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
