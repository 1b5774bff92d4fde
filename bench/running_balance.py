"""What GL lines' ``balance_after_transaction`` (the account's running balance) costs on a large workspace.

Usage::

    python bench/running_balance.py [--invoices 22000]

Builds the workspace of ``bench/ledger.py`` in memory (``--invoices`` invoices, half as many bills, a fifth as
many manual entries: about 178,000 GL lines at the default), then times through the API in-process: the first
GL page (cold: the ledger is built), a later page, a manual journal entry's create after a read of the GL log
(the ledger is kept), creates back to back (the documents written since the last read are made again inside
each write), the first GL page after a write and a 1,000-line entry's create (after a read, then with no
ledger kept: one pass for the entry's lines, not one ledger view per line). Loopback only, a few requests each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import typing as t
from pathlib import Path

from starlette.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ledger import TOKEN, build_workspace

from campfire_mock import create_app

GL = "/coa/api/transaction"
JOURNAL = "/coa/api/journal_entry"
ENTRY = {
    "date": "2025-05-31",
    "transactions": [{"account": 6000, "debit_amount": 25}, {"account": 2300, "credit_amount": 25}],
}


#: 500 debits and 500 credits: a long entry's lines are counted in one pass, not one ledger view per line.
LONG = [{"account": 6000, "debit_amount": 1}, {"account": 2300, "credit_amount": 1}] * 500


def timed(call: t.Callable[[], t.Any], runs: int) -> str:
    """The median and first wall time of ``runs`` calls, each answering below 300."""
    took = []
    for _ in range(runs):
        started = time.perf_counter()
        answer = call()
        took.append(time.perf_counter() - started)
        assert answer.status_code < 300, answer.text[:300]
    return f"median {statistics.median(took) * 1000:.0f} ms, first {took[0] * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--invoices", type=int, default=22_000)
    args = parser.parse_args()
    app = create_app(seed="none", validate_responses=False)
    build_workspace(app.store.workspace(TOKEN), args.invoices, 3, args.invoices // 2, args.invoices // 5)
    app.store.audit = False  # a whole-snapshot check per write is the test suite's, not the service's
    client = TestClient(app, headers={"Authorization": f"Token {TOKEN}"})
    started = time.perf_counter()
    count = client.get(GL, params={"all_time": "true", "limit": 500}).json()["count"]
    print(f"{count:,} GL lines; first page (cold): {(time.perf_counter() - started) * 1000:.0f} ms")
    print(
        "GL page (limit=500, offset=500):",
        timed(lambda: client.get(GL, params={"all_time": "true", "limit": 500, "offset": 500}), 5),
    )

    def read_then_write() -> t.Any:
        client.get(GL, params={"limit": 1})
        return client.post(JOURNAL, json=ENTRY)

    def write_then_read() -> t.Any:
        client.post(JOURNAL, json=ENTRY)
        return client.get(GL, params={"all_time": "true", "limit": 500})

    print("journal entry create after a GL read (read included):", timed(read_then_write, 5))
    print("journal entry creates back to back:", timed(lambda: client.post(JOURNAL, json=ENTRY), 5))
    print("GL first page after a write (write included):", timed(write_then_read, 3))
    long_entry = {"date": "2025-05-31", "transactions": LONG}
    client.get(GL, params={"limit": 1})
    print("1,000-line journal entry create after a GL read:", timed(lambda: client.post(JOURNAL, json=long_entry), 2))

    def after_chart_change() -> t.Any:
        client.post("/coa/api/account", json={"name": "Bench", "number": "9999", "account_type": "OPERATING_EXPENSES"})
        return client.post(JOURNAL, json=long_entry)

    print(
        "1,000-line journal entry create with no ledger kept (account create included):", timed(after_chart_change, 1)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
