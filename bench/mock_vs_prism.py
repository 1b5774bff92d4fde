"""Throughput and latency of campfire-mock against Stoplight Prism, in one run, on loopback.

Usage::

    python bench/mock_vs_prism.py [--requests 2000] [--concurrency 16] [--store-size 5000]

Starts three servers on 127.0.0.1: campfire-mock with response validation, campfire-mock without it,
and Prism (``@stoplight/prism-cli``, installed into ``bench/.prism`` with npm on first use) serving the
same vendored spec in its default static-example mode with request validation on. Each server gets the
same bounded load per operation (retrieve, create, list, pay) from one asyncio httpx client, and the
script prints requests/second, p50 and p99 latency, and the mock/Prism throughput ratio. The mock's
workspace is first filled with ``--store-size`` extra invoices, so latency is measured with a store
that is not empty. Figures are only comparable within one run: the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import typing as t
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PRISM_DIR = ROOT / "bench" / ".prism"
PRISM = PRISM_DIR / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "campfire.openapi.yaml"
HEADERS = {"Authorization": "Token bench", "Content-Type": "application/json"}
INVOICE = {
    "invoice_date": "2026-01-10",
    "due_date": "2026-02-09",
    "entity": 54,
    "client": 42,
    "lines": [{"product": 1, "quantity": 2, "rate": 250}],
}
PAYMENT = {
    "empty_transactions": [{"account_id": 1010, "account_name": "Bank", "amount": 0.01, "payment_date": "2026-01-20"}]
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ensure_prism() -> Path:
    if not PRISM.exists():
        if shutil.which("npm") is None:
            raise SystemExit("npm is needed to install @stoplight/prism-cli")
        PRISM_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(PRISM_DIR),
                "--no-audit",
                "--no-fund",
                "--silent",
                "@stoplight/prism-cli@5",
            ],
            check=True,
        )
    return PRISM


def wait_ready(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/coa/api/v1/invoice/47864/", headers=HEADERS, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise TimeoutError(url)


def start(cmd: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})


async def hammer(url: str, method: str, path: str, body: t.Any, n: int, concurrency: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    queue = iter(range(n))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, headers=HEADERS, limits=limits, timeout=30) as client:

        async def worker() -> None:
            nonlocal errors
            for _ in queue:
                started = time.perf_counter()
                response = await client.request(method, path, json=body)
                latencies.append(time.perf_counter() - started)
                if response.status_code >= 400:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "rps": n / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "errors": errors,
    }


def fill(url: str, size: int) -> int:
    """Add ``size`` invoices to the bench workspace; return the id of one big open invoice to pay."""
    with httpx.Client(base_url=url, headers=HEADERS, timeout=120) as client:
        for start_at in range(0, size, 250):  # a bulk create holds at most 250 invoices
            batch = [INVOICE] * min(250, size - start_at)
            client.post("/coa/api/v1/invoice/bulk-create", json={"invoices": batch}).raise_for_status()
        big = {**INVOICE, "lines": [{"product": 1, "quantity": 1, "rate": 10_000_000}]}
        return int(client.post("/coa/api/v1/invoice/", json=big).json()["id"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per operation and server")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--store-size", type=int, default=5000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.requests > 100_000 or args.concurrency > 256:
        raise SystemExit("keep the load bounded: at most 100000 requests and 256 connections")

    prism = ensure_prism()
    ports = {"mock": free_port(), "mock-novalidate": free_port(), "prism": free_port()}
    mock = [sys.executable, "-m", "campfire_mock", "serve", "--host", "127.0.0.1"]
    procs = {
        "mock": start([*mock, "--port", str(ports["mock"])]),
        "mock-novalidate": start([*mock, "--port", str(ports["mock-novalidate"]), "--no-validate-responses"]),
        "prism": start([str(prism), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(ports["prism"])]),
    }
    results: dict[str, dict[str, dict[str, float]]] = {}
    try:
        for port in ports.values():
            wait_ready(f"http://127.0.0.1:{port}")
        pay_target = {name: 47864 for name in ports}
        for name in ("mock", "mock-novalidate"):
            pay_target[name] = fill(f"http://127.0.0.1:{ports[name]}", args.store_size)
        for name, port in ports.items():
            url = f"http://127.0.0.1:{port}"
            ops = {
                "retrieve": ("GET", "/coa/api/v1/invoice/47864/", None),
                "create": ("POST", "/coa/api/v1/invoice/", INVOICE),
                "list": ("GET", "/coa/api/v1/invoice/?limit=20", None),
                "pay": ("POST", f"/coa/api/v1/invoice/{pay_target[name]}/pay/", PAYMENT),
            }
            results[name] = {
                op: asyncio.run(hammer(url, method, path, body, args.requests, args.concurrency))
                for op, (method, path, body) in ops.items()
            }
    finally:
        for proc in procs.values():
            proc.terminate()
        for proc in procs.values():
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()

    print(
        f"{args.requests} requests per operation, concurrency {args.concurrency},"
        f" mock store +{args.store_size} invoices\n"
    )
    print("| server | operation | req/s | p50 ms | p99 ms | errors | req/s vs Prism |")
    print("|---|---|---|---|---|---|---|")
    for name, ops in results.items():
        for op, r in ops.items():
            ratio = r["rps"] / results["prism"][op]["rps"]
            print(
                f"| {name} | {op} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f}"
                f" | {r['errors']:.0f} | {ratio:.2f}x |"
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
