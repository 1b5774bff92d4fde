"""Throughput, latency and start-up of the mock's request path, against its ceiling, in one run.

Usage::

    python bench/throughput.py [--duration 8] [--connections 32] [--prism]

Needs ``wrk`` (Debian: ``apt-get install wrk``). Starts on 127.0.0.1, one after another so they never
share the CPU:

* ``mock``: ``campfire-mock serve`` as shipped (compiled request path, request and response validation on);
* ``mock --no-compiled-path``: every request through Connexion's stack, as before the compiled path;
* ``bare Starlette``: ``bench/bare_starlette.py``, a Starlette app on uvicorn answering the mock's own
  bodies for the same requests without doing anything (the ceiling for a Python ASGI server here);
* with ``--prism``: Stoplight Prism 5 (installed into ``bench/.prism`` with npm on first use) serving the
  vendored spec's static examples with request validation.

Each gets the same wrk load per operation: retrieve one invoice, list 20 invoices (the workspace is first
filled to 220 invoices), create an invoice. Printed: requests/second, p50 and p99 at ``--connections``
concurrent connections, and each figure as a ratio to bare Starlette in this run. Then the start-up time
of ``campfire-mock serve`` from process start to the first 200 answer (median of 5). Absolute figures
depend on the machine; ratios from one run are what to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from mock_vs_prism import HEADERS, INVOICE, SPEC, ensure_prism, free_port  # noqa: E402  (bench/ on sys.path)

TOKEN = HEADERS["Authorization"].split()[1]
#: For GETs: a GET that declares a content type is not provably valid, so it would take the Connexion path.
AUTH = {"Authorization": HEADERS["Authorization"]}
OPERATIONS = {
    "retrieve": ("GET", "/coa/api/v1/invoice/47864/"),
    "list (limit=20)": ("GET", "/coa/api/v1/invoice/?limit=20"),
    "create": ("POST", "/coa/api/v1/invoice/"),
}
MOCK = [sys.executable, "-m", "campfire_mock", "serve", "--log-level", "warning"]


def wait_ready(url: str, timeout: float = 60) -> float:
    """Seconds until ``url`` answers 200."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            if httpx.get(url, headers=AUTH, timeout=2).status_code == 200:
                return time.perf_counter() - started
        except httpx.TransportError:
            pass
        time.sleep(0.005)
    raise TimeoutError(url)


def wrk(url: str, method: str, duration: int, connections: int, script_dir: Path) -> dict[str, float]:
    script = script_dir / f"{method.lower()}.lua"
    body = json.dumps(INVOICE)
    script.write_text(
        f'wrk.method = "{method}"\n'
        f'wrk.headers["Authorization"] = "Token {TOKEN}"\n'
        + (
            f'wrk.headers["Content-Type"] = "application/json"\nwrk.body = {json.dumps(body)}\n'
            if method == "POST"
            else ""
        )
    )
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
        "p50": _ms(re.search(r"50%\s+([\d.]+\w+)", out).group(1)),  # type: ignore[union-attr]
        "p99": _ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1)),  # type: ignore[union-attr]
        "errors": float(non_2xx.group(1)) if non_2xx else 0.0,
    }


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


class Server:
    def __init__(self, cmd: list[str], port: int) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ)

    def __enter__(self) -> Server:
        wait_ready(f"{self.url}{OPERATIONS['retrieve'][1]}")
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(10)


def fill(url: str, count: int) -> None:
    with httpx.Client(base_url=url, headers=HEADERS) as client:
        for _ in range(count):
            client.post("/coa/api/v1/invoice/", json=INVOICE).raise_for_status()


def measure(server: Server, args: argparse.Namespace, work: Path, ops: list[str]) -> dict[str, dict[str, float]]:
    results = {}
    for op in ops:
        method, path = OPERATIONS[op]
        wrk(server.url + path, method, 1, args.connections, work)  # warm up
        results[op] = wrk(server.url + path, method, args.duration, args.connections, work)
    return results


def startup(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        port = free_port()
        started = time.perf_counter()
        process = subprocess.Popen([*MOCK, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_ready(f"http://127.0.0.1:{port}{OPERATIONS['retrieve'][1]}")
            times.append(time.perf_counter() - started)
        finally:
            process.terminate()
            process.wait(10)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=8, help="seconds of load per operation")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--prism", action="store_true", help="also measure Stoplight Prism (npm install on first use)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")

    table: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, extra in (("mock", []), ("mock --no-compiled-path", ["--no-compiled-path"])):
            port = free_port()
            with Server([*MOCK, "--port", str(port), *extra], port) as server:
                fill(server.url, 212)
                table[name] = measure(server, args, work, list(OPERATIONS))
                if name == "mock":
                    bodies = {
                        "retrieve": httpx.get(server.url + OPERATIONS["retrieve"][1], headers=AUTH).json(),
                        "list": httpx.get(server.url + OPERATIONS["list (limit=20)"][1], headers=AUTH).json(),
                        "create": httpx.post(server.url + "/coa/api/v1/invoice/", json=INVOICE, headers=HEADERS).json(),
                    }
        (work / "bodies.json").write_text(json.dumps(bodies))
        port = free_port()
        with Server(
            [sys.executable, str(ROOT / "bench" / "bare_starlette.py"), str(work / "bodies.json"), str(port)], port
        ) as server:
            table["bare Starlette"] = measure(server, args, work, list(OPERATIONS))
        if args.prism:
            port = free_port()
            prism = [str(ensure_prism()), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port)]
            with Server(prism, port) as server:
                table["Prism 5"] = measure(server, args, work, list(OPERATIONS))

    ceiling = table["bare Starlette"]
    print(
        f"wrk, 1 thread, {args.connections} connections, {args.duration} s per operation; "
        "ratio = req/s / bare Starlette's"
    )
    print(f"{'server':26} {'operation':16} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>7} {'non-2xx':>8}")
    for name, results in table.items():
        for op, r in results.items():
            ratio = r["rps"] / ceiling[op]["rps"]
            print(f"{name:26} {op:16} {r['rps']:9.0f} {r['p50']:8.2f} {r['p99']:8.2f} {ratio:7.2f} {r['errors']:8.0f}")
    for op in OPERATIONS:
        gain = table["mock"][op]["rps"] / table["mock --no-compiled-path"][op]["rps"]
        print(f"compiled path vs Connexion path, {op}: {gain:.1f}x")
    times = startup(5)
    print(
        f"start-up to first 200: median {statistics.median(times):.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
