"""What a large snapshot import costs everyone else: the worst wait of ``/health`` and of another workspace.

Usage::

    python bench/import_stall.py [--invoices 100000] [--control 10]

Starts ``campfire-mock serve`` on 127.0.0.1 (no other host is contacted), builds a snapshot of
``--invoices`` invoices (copies of a demo invoice under new ids, as a workspace that many bulk creates
made would export), then: polls ``/health`` for ``--control`` seconds with nothing else running (the
machine's own noise), and imports the snapshot under one key while ``/health`` and another key's invoice
list are each polled every 20 ms. Prints the import's time, each poller's median, 99th percentile and
worst wait, and the server's resident memory (``VmRSS``, and its highest, ``VmHWM``) before and after.
Bounded: one server, one import, two pollers, at most ``--control`` seconds plus the import.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
import time
import typing as t
from pathlib import Path

import httpx

HEALTH = "/__campfire_mock__/health"
SNAPSHOT = "/__campfire_mock__/snapshot"
OTHER = "/coa/api/v1/invoice/?limit=5"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def memory(pid: int) -> str:
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return f"VmRSS {int(fields['VmRSS'].split()[0]) // 1024} MB, VmHWM {int(fields['VmHWM'].split()[0]) // 1024} MB"


def grown(exported: dict[str, t.Any], invoices: int) -> bytes:
    """``exported`` grown to ``invoices`` invoices, copies of its last unpaid one under new ids."""
    rows = exported["objects"]["invoice"]
    template = next(row for row in reversed(rows) if not row.get("payment_ids"))
    first = max(row["id"] for row in rows) + 1
    line_id = max(line["id"] for row in rows for line in row["lines"]) + 1
    entry = max(row.get("journal_entry") or 0 for row in rows) + 1
    for n in range(invoices - len(rows)):
        lines = [{**line, "id": line_id + i} for i, line in enumerate(template["lines"])]
        line_id += len(lines)
        rows.append(
            {**template, "id": first + n, "invoice_number": f"BIG-{n}", "journal_entry": entry + n, "lines": lines}
        )
    return json.dumps(exported).encode()


class Poller(threading.Thread):
    """GETs ``path`` every 20 ms on its own connection until stopped; keeps each wait."""

    def __init__(self, url: str, path: str, headers: dict[str, str]) -> None:
        super().__init__(daemon=True)
        self.url, self.path, self.headers = url, path, headers
        self.waits: list[float] = []
        self.failures = 0
        self.stop = threading.Event()

    def run(self) -> None:
        with httpx.Client(base_url=self.url, headers=self.headers, timeout=300) as http:
            while not self.stop.is_set():
                started = time.perf_counter()
                try:
                    self.failures += http.get(self.path).status_code != 200
                except httpx.HTTPError:
                    self.failures += 1
                self.waits.append(time.perf_counter() - started)
                time.sleep(0.02)

    def line(self, name: str) -> str:
        waits = sorted(self.waits)
        p50, p99 = waits[len(waits) // 2], waits[int(len(waits) * 0.99)]
        counts = f"{len(waits)} answers, {self.failures} failed"
        return f"{name}: median {p50:.3f} s, p99 {p99:.3f} s, worst {waits[-1]:.3f} s ({counts})"


def polled(url: str, path: str, headers: dict[str, str], seconds: float | None, work: t.Callable[[], t.Any]) -> Poller:
    poller = Poller(url, path, headers)
    poller.start()
    time.sleep(0.3)
    if seconds is not None:
        time.sleep(seconds)
    else:
        work()
    poller.stop.set()
    poller.join(30)
    return poller


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--control", type=float, default=10.0)
    args = parser.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "CAMPFIRE_MOCK_AUDIT": "0"}
    cmd = [sys.executable, "-m", "campfire_mock", "serve", "--port", str(port)]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        big, other = {"Authorization": "Token bench-import"}, {"Authorization": "Token bench-bystander"}
        with httpx.Client(base_url=url, timeout=600) as http:
            for _ in range(200):
                try:
                    http.get(OTHER, headers=other)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            body = grown(http.get(SNAPSHOT, headers=big).json(), args.invoices)
            print(f"snapshot of {args.invoices} invoices: {len(body) / 1e6:.1f} MB; server {memory(server.pid)}")
            control = polled(url, HEALTH, {}, args.control, lambda: None)
            print(control.line(f"health, no import ({args.control:g} s)"))
            took: list[float] = []
            answer: list[httpx.Response] = []

            def run_import() -> None:
                started = time.perf_counter()
                answer.append(http.post(SNAPSHOT, content=body, headers={**big, "content-type": "application/json"}))
                took.append(time.perf_counter() - started)

            peer = Poller(url, OTHER, other)
            peer.start()
            health = polled(url, HEALTH, {}, None, run_import)
            peer.stop.set()
            peer.join(30)
            print(f"import: {answer[0].status_code} in {took[0]:.1f} s")
            print(health.line("health, during the import"))
            print(peer.line("another workspace, during the import"))
            print(f"server after: {memory(server.pid)}")
    finally:
        server.terminate()
        server.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
