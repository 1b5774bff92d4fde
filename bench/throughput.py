"""Throughput, latency and start-up of the mock's request path, against its ceiling, in one run.

Usage::

    python bench/throughput.py [--duration 8] [--rounds 3] [--connections 32] [--prism] [--no-connexion-path]

Needs ``wrk`` (Debian: ``apt-get install wrk``). Starts on 127.0.0.1, and loads one at a time (the
others sit idle, so they never share the CPU):

* ``mock``: ``campfire-mock serve`` as shipped (compiled request path, request and response validation on);
* ``mock --no-compiled-path``: every request through Connexion's stack, as before the compiled path;
* ``bare Starlette``: ``bench/bare_starlette.py``, a Starlette app on uvicorn answering the mock's own
  bodies for the same requests without doing anything (the ceiling for a Python ASGI server here);
* with ``--prism``: Stoplight Prism 5 (installed into ``bench/.prism`` with npm on first use) serving the
  vendored spec's static examples with request validation.

Each gets the same wrk load per operation: retrieve one invoice, list 20 invoices (the workspace is first
filled to 220 invoices), create an invoice. The mock and bare Starlette run side by side and take turns:
each operation's ``--duration`` is cut into ``--rounds`` alternating slices, so that on a shared machine
both see the same background load (their ratio is what to compare; figures are the medians of the
slices, requests/second summed). Printed: requests/second, p50 and p99 at ``--connections`` concurrent
connections, each as a ratio to bare Starlette's, and the server's CPU time per request (user + system,
from ``/proc``: what another process's load changes least). Then the start-up time of ``campfire-mock
serve`` from process start to the first 200 answer (median of 5), with the CPU it took, and the server's
resident memory once idle. Absolute figures depend on the machine; ratios from one run are what to compare.
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
        "requests": float(re.search(r"(\d+) requests in", out).group(1)),  # type: ignore[union-attr]
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
        "p50": _ms(re.search(r"50%\s+([\d.]+\w+)", out).group(1)),  # type: ignore[union-attr]
        "p99": _ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1)),  # type: ignore[union-attr]
        "errors": float(non_2xx.group(1)) if non_2xx else 0.0,
    }


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


class Server:
    def __init__(self, cmd: list[str], port: int, *, warm: bool = False) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ)
        #: A mock: wait until it has built Connexion's part in the background (a request only Connexion serves
        #: answers), so that the load measures the steady state, not a request path sharing the GIL with it.
        self.warm = warm

    def __enter__(self) -> Server:
        wait_ready(f"{self.url}{OPERATIONS['retrieve'][1]}")
        if self.warm:  # a GET that declares a content type is not provably valid: the Connexion path answers it
            headers = {**AUTH, "Content-Type": "text/plain"}
            httpx.get(f"{self.url}{OPERATIONS['retrieve'][1]}", headers=headers, timeout=300).raise_for_status()
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(10)

    def cpu(self) -> float:
        """Seconds of CPU (user + system) the server has used."""
        return cpu_seconds(self.process.pid)

    def rss_mb(self) -> float:
        """The server's resident memory, in MB."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def fill(url: str, count: int) -> None:
    with httpx.Client(base_url=url, headers=HEADERS) as client:
        for _ in range(count):
            client.post("/coa/api/v1/invoice/", json=INVOICE).raise_for_status()


def measure(server: Server, args: argparse.Namespace, work: Path, ops: list[str]) -> dict[str, dict[str, float]]:
    results = {}
    for op in ops:
        method, path = OPERATIONS[op]
        wrk(server.url + path, method, 1, args.connections, work)  # warm up
        results[op] = _slice(server, method, path, args.duration, args.connections, work)
    return results


def _slice(server: Server, method: str, path: str, duration: int, connections: int, work: Path) -> dict[str, float]:
    """One wrk run, with the server's CPU time per request."""
    before = server.cpu()
    result = wrk(server.url + path, method, duration, connections, work)
    result["cpu_us"] = (server.cpu() - before) / max(result["requests"], 1) * 1e6
    return result


Table = dict[str, dict[str, dict[str, float]]]


def alternate(servers: dict[str, Server], args: argparse.Namespace, work: Path) -> Table:
    """Each operation on each server, in ``--rounds`` alternating slices of ``--duration``: medians of p50,
    p99 and CPU per request, requests/second over all slices."""
    table: Table = {name: {} for name in servers}
    rounds = max(1, args.rounds)
    seconds = max(1, round(args.duration / rounds))
    for op in OPERATIONS:
        method, path = OPERATIONS[op]
        for server in servers.values():
            wrk(server.url + path, method, 1, args.connections, work)  # warm up
        slices: dict[str, list[dict[str, float]]] = {name: [] for name in servers}
        for _ in range(rounds):
            for name, server in servers.items():
                slices[name].append(_slice(server, method, path, seconds, args.connections, work))
        for name, runs in slices.items():
            table[name][op] = {
                "rps": sum(r["requests"] for r in runs) / (seconds * rounds),
                "p50": statistics.median(r["p50"] for r in runs),
                "p99": statistics.median(r["p99"] for r in runs),
                "errors": sum(r["errors"] for r in runs),
                "cpu_us": statistics.median(r["cpu_us"] for r in runs),
            }
    return table


def startup(runs: int) -> tuple[list[float], list[float]]:
    """Seconds from process start to the first 200 answer, and the CPU seconds the server took to get there."""
    times, cpu = [], []
    for _ in range(runs):
        port = free_port()
        started = time.perf_counter()
        process = subprocess.Popen([*MOCK, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_ready(f"http://127.0.0.1:{port}{OPERATIONS['retrieve'][1]}")
            times.append(time.perf_counter() - started)
            cpu.append(cpu_seconds(process.pid))
        finally:
            process.terminate()
            process.wait(10)
    return times, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=8, help="seconds of load per operation")
    parser.add_argument("--rounds", type=int, default=3, help="alternating slices of --duration, mock and bare")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--prism", action="store_true", help="also measure Stoplight Prism (npm install on first use)")
    parser.add_argument("--no-connexion-path", action="store_true", help="skip the mock with --no-compiled-path")
    args = parser.parse_args()
    load_before = _load()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")

    table: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        port = free_port()
        with Server([*MOCK, "--port", str(port)], port, warm=True) as mock:
            fill(mock.url, 212)
            bodies = {
                "retrieve": httpx.get(mock.url + OPERATIONS["retrieve"][1], headers=AUTH).json(),
                "list": httpx.get(mock.url + OPERATIONS["list (limit=20)"][1], headers=AUTH).json(),
                "create": httpx.post(mock.url + "/coa/api/v1/invoice/", json=INVOICE, headers=HEADERS).json(),
            }
            (work / "bodies.json").write_text(json.dumps(bodies))
            port = free_port()
            bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_starlette.py"), str(work / "bodies.json"), str(port)]
            with Server(bare_cmd, port) as bare:
                idle_rss = mock.rss_mb()
                table.update(alternate({"mock": mock, "bare Starlette": bare}, args, work))
        if not args.no_connexion_path:
            port = free_port()
            with Server([*MOCK, "--port", str(port), "--no-compiled-path"], port, warm=True) as server:
                fill(server.url, 212)
                table["mock --no-compiled-path"] = measure(server, args, work, list(OPERATIONS))
        if args.prism:
            port = free_port()
            prism = [str(ensure_prism()), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port)]
            with Server(prism, port) as server:
                table["Prism 5"] = measure(server, args, work, list(OPERATIONS))

    ceiling = table["bare Starlette"]
    print(
        f"wrk, 1 thread, {args.connections} connections, {args.duration} s per operation "
        f"({args.rounds} alternating slices for mock and bare); ratio = req/s / bare Starlette's; "
        f"load average before: {load_before}"
    )
    print(
        f"{'server':26} {'operation':16} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>7} "
        f"{'p99/bare':>9} {'CPU us/req':>11} {'non-2xx':>8}"
    )
    for name, results in table.items():
        for op, r in results.items():
            ratio = r["rps"] / ceiling[op]["rps"]
            tail = r["p99"] / ceiling[op]["p99"]
            print(
                f"{name:26} {op:16} {r['rps']:9.0f} {r['p50']:8.2f} {r['p99']:8.2f} {ratio:7.2f} {tail:9.1f} "
                f"{r['cpu_us']:11.0f} {r['errors']:8.0f}"
            )
    for op in OPERATIONS:
        share = ceiling[op]["cpu_us"] / table["mock"][op]["cpu_us"]
        print(f"bare Starlette's CPU per request / the mock's, {op}: {share:.2f}")
    if "mock --no-compiled-path" in table:
        for op in OPERATIONS:
            gain = table["mock"][op]["rps"] / table["mock --no-compiled-path"][op]["rps"]
            print(f"compiled path vs Connexion path, {op}: {gain:.1f}x")
    times, cpu = startup(5)
    print(
        f"start-up to first 200: median {statistics.median(times):.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in times)}), CPU median {statistics.median(cpu):.2f} s; "
        f"idle RSS after filling: {idle_rss:.0f} MB"
    )
    print(f"load average after: {_load()}")
    return 0


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


if __name__ == "__main__":
    raise SystemExit(main())
