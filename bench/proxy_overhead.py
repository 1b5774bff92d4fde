"""Latency the validating proxy adds on loopback, in one run.

Usage::

    python bench/proxy_overhead.py [--requests 300]

Starts ``campfire-mock serve`` and ``campfire-mock proxy --upstream <that mock>`` on 127.0.0.1, then
sends the same sequential requests (one keep-alive connection, one request at a time) to the mock
directly and through the proxy, alternating, so both see the same machine: retrieve one invoice, list
20 invoices, create an invoice. Printed per operation: median and p99 latency of each, the added
milliseconds (proxy - direct, at the median) and the ratio proxy/direct. Absolute figures depend on the
machine; the added milliseconds are what the README quotes.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from mock_vs_prism import INVOICE, free_port  # noqa: E402  (bench/ on sys.path)

AUTH = {"Authorization": "Token bench"}
OPERATIONS = {
    "retrieve": ("GET", "/coa/api/v1/invoice/47864/"),
    "list (limit=20)": ("GET", "/coa/api/v1/invoice/?limit=20"),
    "create": ("POST", "/coa/api/v1/invoice/"),
}


def start(*args: str, ready: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "campfire_mock", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(ready, headers=AUTH, timeout=2)
            return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise TimeoutError(ready)


def timed(client: httpx.Client, method: str, path: str) -> float:
    started = time.perf_counter()
    answer = client.request(method, path, json=INVOICE if method == "POST" else None)
    elapsed = (time.perf_counter() - started) * 1000
    if answer.status_code >= 400:
        raise RuntimeError(f"{method} {path}: {answer.status_code} {answer.text[:200]}")
    return elapsed


def p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="requests per operation and target")
    args = parser.parse_args()
    mock_port, proxy_port = free_port(), free_port()
    mock_url, proxy_url = f"http://127.0.0.1:{mock_port}", f"http://127.0.0.1:{proxy_port}"
    mock = start("serve", "--port", str(mock_port), "--log-level", "warning", ready=f"{mock_url}/coa/api/v1/invoice/")
    proxy = start(
        "proxy", "--upstream", mock_url, "--port", str(proxy_port), "--log-level", "warning",
        ready=f"{proxy_url}/__campfire_mock__/proxy/report",
    )  # fmt: skip
    try:
        with (
            httpx.Client(base_url=mock_url, headers=AUTH) as direct,
            httpx.Client(base_url=proxy_url, headers=AUTH) as proxied,
        ):
            for client in (direct, proxied):  # warm up both (Connexion is built in the background)
                for method, path in OPERATIONS.values():
                    for _ in range(20):
                        timed(client, method, path)
            columns = ("direct p50", "proxy p50", "added", "ratio", "direct p99", "proxy p99")
            print(f"{'operation':<18}" + "".join(f"{c:>12}" for c in columns))
            for name, (method, path) in OPERATIONS.items():
                plain: list[float] = []
                through: list[float] = []
                for _ in range(args.requests):
                    plain.append(timed(direct, method, path))
                    through.append(timed(proxied, method, path))
                a, b = statistics.median(plain), statistics.median(through)
                figures = (f"{a:.2f}ms", f"{b:.2f}ms", f"{b - a:.2f}ms", f"{b / a:.2f}")
                figures += (f"{p99(plain):.2f}ms", f"{p99(through):.2f}ms")
                print(f"{name:<18}" + "".join(f"{f:>12}" for f in figures))
            report = httpx.get(f"{proxy_url}/__campfire_mock__/proxy/report").json()
            print(f"proxy: {report['requests']} requests, {report['violations']} violations")
    finally:
        for process in (proxy, mock):
            process.terminate()
            process.wait(10)


if __name__ == "__main__":
    main()
