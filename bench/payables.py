"""How payables answer on a workspace with many bills, through the API in-process, in one short run.

Usage::

    python bench/payables.py [--bills 2000] [--runs 5]

Seeds the demo company, creates ``--bills`` bills of two lines through ``POST /coa/api/v1/bill/`` (about
half paid in part or in full through ``/pay/``), then measures the median of ``--runs`` calls of: a page
of the bill list (default sort), the list filtered to past-due bills, a full cursor sync of
``/coa/api/v1/bill-payments`` (100 a page), the AP account's GL lines, and a trial balance right after one
more bill is written (the ledger brings itself up to date with the write). In-process (``TestClient``),
so the figures are the twin's own work plus Starlette's, with no socket.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import typing as t
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "mockserver"))

from starlette.testclient import TestClient

from campfire_mock import create_app

BILLS = "/coa/api/v1/bill/"


def _bill(n: int) -> dict[str, t.Any]:
    month = 1 + n % 12
    return {
        "entity": 54,
        "vendor": (34182, 900)[n % 2],
        "bill_number": f"BENCH-{n}",
        "bill_date": f"2026-{month:02d}-05",
        "due_date": f"2026-{month:02d}-28",
        "lines": [
            {"account": 2622, "amount": 100 + n % 900, "description": "Supplies"},
            {"account": 6200, "amount": 25, "tax": 2, "description": "Licences"},
        ],
    }


def timed(call: t.Callable[[], t.Any], runs: int) -> float:
    took = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        took.append(time.perf_counter() - start)
    return statistics.median(took) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bills", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    client = TestClient(create_app(validate_responses=False), headers={"Authorization": "Token bench-payables"})
    client.post("/__campfire_mock__/reset")
    start = time.perf_counter()
    for n in range(args.bills):
        made = client.post(BILLS, json=_bill(n)).json()
        if n % 2:
            share = made["total_amount"] if n % 4 == 1 else 50
            item = {"account_id": 2100, "account_name": "Card", "amount": share, "payment_date": "2026-06-01"}
            client.post(f"{BILLS}{made['id']}/pay/", json={"empty_transactions": [item]})
    writes = time.perf_counter() - start
    print(f"{args.bills} bills (half paid) written in {writes:.1f} s: {writes / args.bills * 1000:.2f} ms a bill")

    def sync() -> int:
        url: str | None = "/coa/api/v1/bill-payments?cursor=&limit=100"
        seen = 0
        while url:
            page = client.get(url).json()
            seen += len(page["results"])
            url = page["next"]
        return seen

    def write_then_trial_balance() -> None:
        client.post(BILLS, json=_bill(args.bills))
        client.get("/ca/api/get_trial_balance", params={"start_date": "2026-01-01", "end_date": "2026-12-31"})

    figures = {
        "bill list, a page of 50": timed(lambda: client.get(BILLS), args.runs),
        "bill list, past due only": timed(lambda: client.get(BILLS, params={"status": "past_due"}), args.runs),
        f"bill-payments cursor sync ({sync()} payments)": timed(sync, args.runs),
        "AP GL lines (all time, 1000 a page)": timed(
            lambda: client.get("/coa/api/transaction", params={"all_time": "true", "account": 2000, "limit": 1000}),
            args.runs,
        ),
        "one bill written, then a trial balance": timed(write_then_trial_balance, args.runs),
    }
    for name, ms in figures.items():
        print(f"{name:48s} {ms:8.1f} ms (median of {args.runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
