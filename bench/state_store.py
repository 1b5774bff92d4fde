"""Durable state at scale: write latency and restart time with a large ``--state-file``.

Usage::

    python bench/state_store.py [--invoices 100000] [--writes 400] [--concurrency 8]

Generates a workspace of ``--invoices`` invoices (3 lines each, half of them paid) and saves it
into a fresh SQLite state file. Then, in one run:

* restart: how long ``Store`` takes to load that file in a new process (what ``campfire-mock serve``
  does first), and how long after ``campfire-mock serve`` starts it answers its first request;
* the cost the old whole-file JSON store paid on *every* write at this size (dump every
  workspace, write, fsync), measured on the same data, for comparison;
* write latency over HTTP: ``campfire-mock serve --state-file`` on a loopback port, then
  ``--writes`` writes (alternately create an invoice and pay an existing one), first one client at
  a time, then ``--concurrency`` clients at once; p50 / p99 / max in milliseconds, each write
  acknowledged only after its rows are committed (WAL, ``synchronous=FULL``).

All traffic goes to 127.0.0.1 and the run is bounded by ``--writes``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from workload import fill_workspace

from campfire_mock.domain.workspace import Workspace
from campfire_mock.store import StateDatabase

TOKEN = "bench"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_state(path: Path, invoices: int) -> tuple[Workspace, float]:
    ws = Workspace()
    fill_workspace(ws, invoices, 3)
    db = StateDatabase(path)
    started = time.perf_counter()
    db.save(TOKEN, ws.everything())
    elapsed = time.perf_counter() - started
    db.close()
    return ws, elapsed


def old_style_write(ws: Workspace, directory: Path) -> float:
    """What the whole-file JSON store did on every write: dump all workspaces, write, fsync, rename."""
    started = time.perf_counter()
    data = json.dumps({"format": "campfire-mock-state/1", "workspaces": {TOKEN: ws.snapshot()}}).encode()
    tmp = directory / "old-state.json.tmp"
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(directory / "old-state.json")
    return time.perf_counter() - started


def write_latencies(url: str, writes: int, concurrency: int, invoices: int) -> list[float]:
    headers = {"Authorization": f"Token {TOKEN}"}
    body = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 1,
        "client": 7,
        "lines": [{"product": 3, "quantity": 2, "rate": 125}],
    }
    pay = {"empty_transactions": [{"account_id": 1, "account_name": "Bank", "amount": 1, "payment_date": "2026-01-20"}]}

    def one(i: int, http: httpx.Client) -> float:
        started = time.perf_counter()
        if i % 2:
            response = http.post(f"/coa/api/v1/invoice/{1 + (i * 7919) % invoices}/pay/", json=pay)
        else:
            response = http.post("/coa/api/v1/invoice/", json=body)
        elapsed = time.perf_counter() - started
        if response.status_code not in (200, 201, 400):  # 400: that invoice is already paid in full
            raise RuntimeError(f"write {i} answered {response.status_code}: {response.text[:200]}")
        return elapsed

    def worker(indices: range) -> list[float]:
        with httpx.Client(base_url=url, headers=headers, timeout=30) as http:
            return [one(i, http) for i in indices]

    per = writes // concurrency
    with ThreadPoolExecutor(concurrency) as pool:
        chunks = pool.map(worker, [range(k * per, (k + 1) * per) for k in range(concurrency)])
    return [x for chunk in chunks for x in chunk]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--writes", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        state = directory / "state.db"
        started = time.perf_counter()
        ws, first_save = build_state(state, args.invoices)
        print(
            f"{args.invoices} invoices, {sum(len(i.lines) for i in ws.invoices.values())} lines, "
            f"{len(ws.payments)} payments (generated and saved in {time.perf_counter() - started:.1f}s; "
            f"first save {first_save:.1f}s; file {state.stat().st_size / 1e6:.0f} MB)\n"
        )

        old = statistics.median(old_style_write(ws, directory) for _ in range(3))
        del ws
        # A restart is a new process: load the state file there (interpreter start and imports not counted).
        code = (
            "import sys, time; from pathlib import Path; from campfire_mock.store import Store; "
            "t = time.perf_counter(); Store(None, state_file=Path(sys.argv[1])).close(); "
            "print(time.perf_counter() - t)"
        )
        restart = float(
            subprocess.run([sys.executable, "-c", code, str(state)], capture_output=True, text=True, check=True).stdout
        )

        port = free_port()
        cmd = [
            sys.executable,
            "-m",
            "campfire_mock",
            "serve",
            "--seed",
            "none",
            "--port",
            str(port),
            "--state-file",
            str(state),
        ]
        spawned = time.perf_counter()
        server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    httpx.get(f"{url}/coa/api/v1/invoice/1/", headers={"Authorization": f"Token {TOKEN}"}, timeout=5)
                    first_answer = time.perf_counter() - spawned
                    break
                except httpx.TransportError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("campfire-mock did not start") from None
                    time.sleep(0.2)
            write_latencies(url, 40, 1, args.invoices)  # warm-up
            serial = write_latencies(url, args.writes, 1, args.invoices)
            parallel = write_latencies(url, args.writes, args.concurrency, args.invoices)
        finally:
            server.terminate()
            server.wait(30)

    def row(name: str, values: list[float]) -> str:
        p50, p99, top = (x * 1000 for x in (statistics.median(values), percentile(values, 0.99), max(values)))
        return f"| {name} | {p50:.1f} | {p99:.1f} | {top:.1f} | {old / percentile(values, 0.99):.0f}x |"

    print(f"restart: state file loaded in {restart:.2f}s; first answer {first_answer:.2f}s after the process started")
    print(f"old whole-file JSON store, cost of every write at this size: {old * 1000:.0f} ms\n")
    print("| writes over HTTP | p50 ms | p99 ms | max ms | old per-write cost / p99 |")
    print("|---|---|---|---|---|")
    print(row("1 client", serial))
    print(row(f"{args.concurrency} clients", parallel))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
