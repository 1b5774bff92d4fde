"""What a large snapshot import and export cost everyone else: the worst wait of ``/health`` and of another
workspace.

Usage::

    python bench/import_stall.py [--invoices 100000] [--control 10] [--state-file]

Starts ``campfire-mock serve`` on 127.0.0.1 (no other host is contacted), builds a snapshot of
``--invoices`` invoices (copies of a demo invoice under new ids, as a workspace that many bulk creates
made would export), then: polls ``/health`` for ``--control`` seconds with nothing else running (the
machine's own noise), and imports the snapshot under one key while ``/health`` and another key's invoice
list are each polled every 20 ms; then exports it again the same way. With ``--state-file`` the server keeps
its state in a new SQLite file, the other workspace's poller creates an invoice (a write, which waits for
the state file) instead of listing them, and the server is restarted at the end: the time until it answers
again is printed. Prints the import's and export's times, each poller's median, 99th percentile and worst
wait, and the server's resident memory (``VmRSS``, and its highest, ``VmHWM``) before and after.
Bounded: one server (two with ``--state-file``), one import, one export, two pollers, at most ``--control``
seconds plus the import and export.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import typing as t
from pathlib import Path

import httpx

HEALTH = "/__campfire_mock__/health"
SNAPSHOT = "/__campfire_mock__/snapshot"
OTHER = "/coa/api/v1/invoice/?limit=5"
INVOICES = "/coa/api/v1/invoice/"
NEW = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [{"amount": 5}]}


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

    def __init__(self, url: str, path: str, headers: dict[str, str], write: bool = False) -> None:
        super().__init__(daemon=True)
        self.url, self.path, self.headers, self.write = url, path, headers, write
        self.waits: list[float] = []
        self.failures = 0
        self.stop = threading.Event()

    def run(self) -> None:
        with httpx.Client(base_url=self.url, headers=self.headers, timeout=300) as http:
            while not self.stop.is_set():
                started = time.perf_counter()
                try:
                    if self.write:
                        self.failures += http.post(INVOICES, json=NEW).status_code != 201
                    else:
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
    parser.add_argument("--state-file", action="store_true", help="keep the state in a new SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        return run(args, Path(tmp) / "state.db" if args.state_file else None)


def start(port: int, state: Path | None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CAMPFIRE_MOCK_AUDIT": "0"}
    cmd = [sys.executable, "-m", "campfire_mock", "serve", "--port", str(port)]
    if state is not None:
        cmd += ["--state-file", str(state)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def first_answer(url: str, headers: dict[str, str]) -> None:
    with httpx.Client(base_url=url, timeout=600) as http:
        for _ in range(3000):
            try:
                http.get(OTHER, headers=headers)
                return
            except httpx.TransportError:
                time.sleep(0.02)


def run(args: argparse.Namespace, state: Path | None) -> int:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = start(port, state)
    try:
        big, other = {"Authorization": "Token bench-import"}, {"Authorization": "Token bench-bystander"}
        with httpx.Client(base_url=url, timeout=600) as http:
            first_answer(url, other)
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

            def run_export() -> None:
                started = time.perf_counter()
                answer.append(http.get(SNAPSHOT, headers=big))
                took.append(time.perf_counter() - started)

            peer_name = "another workspace's writes" if state is not None else "another workspace"
            for name, work in (("import", run_import), ("export", run_export)):
                peer = Poller(url, OTHER, other, write=state is not None)
                peer.start()
                health = polled(url, HEALTH, {}, None, work)
                peer.stop.set()
                peer.join(30)
                print(f"{name}: {answer[-1].status_code} in {took[-1]:.1f} s ({len(answer[-1].content) / 1e6:.1f} MB)")
                print(health.line(f"health, during the {name}"))
                print(peer.line(f"{peer_name}, during the {name}"))
                print(f"server after: {memory(server.pid)}")
        if state is not None:
            server.terminate()
            server.wait(30)
            started = time.perf_counter()
            server = start(port, state)
            first_answer(url, other)
            print(f"restart: first answer after {time.perf_counter() - started:.1f} s; {memory(server.pid)}")
    finally:
        server.terminate()
        server.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
