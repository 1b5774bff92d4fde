"""Start-up and memory of ``campfire-mock serve`` with the whole vendored spec (362 operations).

Usage::

    python bench/footprint.py [--runs 5]

For each run: the time from process start to the first 200 of a generic operation
(``GET /coa/api/account``) and of a hand-written one (``GET /coa/api/v1/invoice/58700/``), then the
server's resident memory (``VmRSS``) once idle: 3 s after start-up, when Connexion's part has been
built in the background, then after one ``GET /openapi.json`` (its time, and what it adds), and again
after one request to every one of the 362 operations' paths has compiled its validators. Only 127.0.0.1
is contacted.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
AUTH = {"Authorization": "Token bench-footprint"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def first_200(client: httpx.Client, url: str, timeout: float = 30) -> float:
    """Seconds until ``url`` answers 200, polled with a client made beforehand (a new httpx client per
    poll builds an SSL context: CPU the starting server would compete with on a small machine)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            if client.get(url).status_code == 200:
                return time.perf_counter() - started
        except httpx.TransportError:
            time.sleep(0.01)
    raise SystemExit(f"no 200 from {url} within {timeout} s")


def touch_every_operation(base: str) -> int:
    """One GET per spec path (ids of 1 or the seed's): compiles what each operation needs."""
    spec = json.loads((ROOT / "mockserver" / "campfire_mock" / "spec" / "campfire.openapi.json").read_text())
    count = 0
    with httpx.Client(base_url=base, headers=AUTH, timeout=10) as client:
        for path, item in spec["paths"].items():
            concrete = path
            while "{" in concrete:
                start, end = concrete.index("{"), concrete.index("}")
                concrete = concrete[:start] + "1" + concrete[end + 1 :]
            for method in item:
                if method in ("get", "post", "put", "patch", "delete"):
                    client.request("OPTIONS" if method != "get" else "GET", concrete)
                    count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    generic, written, idle, spec, spec_s, warm = [], [], [], [], [], []
    poller = httpx.Client(headers=AUTH, timeout=2)
    for _ in range(args.runs):
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        started = time.perf_counter()
        cmd = [sys.executable, "-m", "campfire_mock", "serve", "--port", str(port)]
        process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            first_200(poller, f"{base}/coa/api/account")
            generic.append(time.perf_counter() - started)
            written.append(first_200(poller, f"{base}/coa/api/v1/invoice/58700/") + generic[-1])
            time.sleep(3)
            idle.append(rss_mb(process.pid))
            fetched = time.perf_counter()
            assert poller.get(f"{base}/openapi.json", timeout=60).status_code == 200
            spec_s.append(time.perf_counter() - fetched)
            time.sleep(0.5)
            spec.append(rss_mb(process.pid) - idle[-1])
            touch_every_operation(base)
            time.sleep(1)
            warm.append(rss_mb(process.pid))
        finally:
            process.terminate()
            process.wait(10)
    print(f"start-up to first 200, generic GET /coa/api/account: median {statistics.median(generic):.2f} s")
    print(f"  then hand-written GET /coa/api/v1/invoice/58700/: median {statistics.median(written):.2f} s from start")
    runs = ", ".join(f"{r:.0f}" for r in idle)
    print(f"idle RSS after start-up: median {statistics.median(idle):.0f} MB (runs: {runs})")
    print(
        f"GET /openapi.json: median {statistics.median(spec_s) * 1000:.0f} ms,"
        f" RSS +{statistics.median(spec):.1f} MB after it"
    )
    print(f"RSS after touching every path once: median {statistics.median(warm):.0f} MB")
    poller.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
