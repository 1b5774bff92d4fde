"""CPU time of a write that changes a posted document while a contract links journal entries, on a big workspace.

Usage::

    python bench/left_entries.py [--invoices 20000] [--writes 20] [--mockserver DIR]

Every write checks whether it took entries that contracts link out of the ledger (``domain/left_entries.py``).
This builds the demo workspace with ``--invoices`` more invoices put straight into it (``bench/workload.py``,
set-up, not measured), links contract 500 to a new invoice's entry and a manual entry, reads the ledger once
(so the workspace keeps it), then voids and reopens that invoice ``--writes`` times each through the API in
process (``TestClient``) and prints the CPU time per write, and whether the links are as they should be (the
entry stays through a void; the void's reversal, linked too, leaves with each reopen). ``--mockserver``
measures another checkout's mock (``git worktree add /tmp/old main``, then ``--mockserver
/tmp/old/mockserver``): the same script, the code before.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOKEN = "bench-left-entries"


def run(invoices: int, writes: int) -> None:
    os.environ.setdefault("CAMPFIRE_MOCK_AUDIT", "0")  # what serve runs with
    sys.path.insert(0, str(HERE))
    from starlette.testclient import TestClient
    from workload import fill_workspace  # bench/ is on sys.path

    from campfire_mock import create_app

    app = create_app(validate_responses=False)
    client = TestClient(app, headers={"Authorization": f"Token {TOKEN}"})
    ws = app.store.workspace(TOKEN)
    fill_workspace(ws, invoices, 3)
    seeded = {"entity": 54, "invoice_date": "2026-01-10", "due_date": "2026-02-09", "currency": "USD"}
    made = client.post(
        "/coa/api/v1/invoice",
        json={**seeded, "client": 42, "contract": 500, "lines": [{"product": 1, "quantity": 1, "rate": 100}]},
    )
    assert made.status_code == 201, made.text
    lines = [{"account": 1300, "debit_amount": 10}, {"account": 1010, "credit_amount": 10}]
    manual = client.post("/coa/api/journal_entry", json={"date": "2026-05-10", "memo": "Kept", "transactions": lines})
    invoice, entry, kept = made.json()["id"], made.json()["journal_entry"], manual.json()["id"]
    assert client.get(f"/coa/api/journal_entry/{entry}").status_code == 200  # the ledger is read, so kept
    spent = 0.0
    for _ in range(writes):
        started = time.process_time()
        voided = client.post(f"/coa/api/v1/invoice/{invoice}/void", json={"void_date": "2026-02-01"})
        spent += time.process_time() - started
        reversal = voided.json()["voided_journal_entry"]
        assert client.patch("/rr/api/v1/contracts/500", json={"journal_entries": [entry, reversal, kept]}).is_success
        started = time.process_time()
        assert client.post(f"/coa/api/v1/invoice/{invoice}/reopen").status_code == 200
        spent += time.process_time() - started
        linked = client.get("/rr/api/v1/contracts/500").json()["journal_entries"]
        assert linked == [entry, kept], linked
    print(f"{len(ws.invoices):,} invoices: {spent / (2 * writes) * 1000:.1f} ms of CPU per void or reopen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--invoices", type=int, default=20_000, help="invoices added to the demo workspace")
    parser.add_argument("--writes", type=int, default=20, help="voids and reopens measured (each)")
    parser.add_argument("--mockserver", help="the mockserver/ directory of another checkout to measure")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mockserver and not args.child:
        env = {**os.environ, "PYTHONPATH": args.mockserver}
        command = [sys.executable, __file__, "--child", "--invoices", str(args.invoices), "--writes", str(args.writes)]
        return subprocess.run(command, env=env, check=False).returncode
    run(args.invoices, args.writes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
