"""Throughput, latency and start-up of the mock's request path, against its ceiling, in one run.

Usage::

    python bench/throughput.py [--duration 8] [--rounds 3] [--connections 32] [--prism] [--no-connexion-path]
                               [--open-share 0.3] [--open-duration 6]

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
from ``/proc``: what another process's load changes least), with the kernel's part of it (system time: the
sockets' system calls and the loopback's TCP work done in the server's name). Then the start-up time of ``campfire-mock
serve`` from process start to the first 200 answer (median of 5), with the CPU it took, and the server's
resident memory: idle once the whole spec is served with the demo seed, after the filling, after the loads.
Absolute figures depend on the machine; ratios from one run are what to compare.

Tails, compared fairly. wrk's load is a closed loop (the next request leaves when an answer comes) and
saturates each server: by Little's law every server then has about ``--connections`` requests queued, so its
latency is roughly ``--connections`` times its CPU per request, and a mock with a fifth of bare's throughput
has five times its p50 and p99 before any stall. Its ``p99/bare`` column is that (issue 28's target figure),
printed as measured. Two more figures say what each server adds to its own latency:

* ``p99/p50`` of each server under wrk: how far its tail reaches beyond its own median (a server whose tail
  comes only from queueing has the same ratio as bare Starlette; a stall or a pause of its own raises it);
* an open-loop load (``bench/open_loop.py``) at the SAME rate for both servers: ``--open-share`` (default
  0.3; 0 for none) of the mock's closed-loop requests/second for that operation, sent on a fixed schedule whatever the
  answers do, each latency counted from its scheduled time (a stall is counted for every request it holds
  up). Both servers then do the same work per second; p50 is one request's service time plus the wait for the
  loop, p99 what the server adds when it stalls, and ``p99/bare`` compares those at equal load. Also taken in
  ``--rounds`` alternating slices, medians printed. The rate must be one both servers sustain: a server that
  cannot keep up queues without bound, and its line is marked "saturated" (its open-loop p50 above its p50
  under wrk); on a busy machine, lower ``--open-share``. The default, 0.3, leaves room for the machine's other
  load and for the generator's own CPU. On a machine other processes load, this p99 also measures how long
  each server waits for the CPU it is given: a server needing four times bare's CPU per request waits about
  four times as long for it, stall or none. ``send lag p99`` says how late the generator itself sent
  requests (its own share of the machine, or every connection held by a stalled server): when it is not
  small against the p99s, the row measures the machine more than the servers.
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
from open_loop import http_request, open_loop  # noqa: E402

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
        self.port = port
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
        _stop(self.process)

    def cpu(self) -> float:
        """Seconds of CPU (user + system) the server has used."""
        return cpu_seconds(self.process.pid)

    def kernel(self) -> float:
        """Seconds of CPU the kernel has spent for the server (its system calls, the loopback's TCP work)."""
        return cpu_seconds(self.process.pid, kernel_only=True)

    def rss_mb(self) -> float:
        """The server's resident memory, in MB."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]


def cpu_seconds(pid: int, *, kernel_only: bool = False) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[12]) if kernel_only else int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


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
    """One wrk run, with the server's CPU time per request (and the kernel's part of it)."""
    before, kernel = server.cpu(), server.kernel()
    result = wrk(server.url + path, method, duration, connections, work)
    result["cpu_us"] = (server.cpu() - before) / max(result["requests"], 1) * 1e6
    result["kernel_us"] = (server.kernel() - kernel) / max(result["requests"], 1) * 1e6
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
                "kernel_us": statistics.median(r["kernel_us"] for r in runs),
            }
    return table


def open_alternate(
    servers: dict[str, Server], closed: Table, args: argparse.Namespace
) -> dict[str, dict[str, dict[str, float]]]:
    """Each operation on each server under the same open-loop rate (``--open-share`` of the mock's closed-loop
    requests/second), in ``--rounds`` alternating slices of ``--open-duration``: medians of p50 and p99."""
    table: dict[str, dict[str, dict[str, float]]] = {name: {} for name in servers}
    rounds = max(1, args.rounds)
    seconds = max(1.0, args.open_duration / rounds)
    for op, (method, path) in OPERATIONS.items():
        rate = max(1.0, round(closed["mock"][op]["rps"] * args.open_share))
        body = json.dumps(INVOICE).encode() if method == "POST" else b""
        headers = {**AUTH, "Content-Type": "application/json"} if method == "POST" else AUTH
        request = http_request(method, path, headers, body)
        slices: dict[str, list[dict[str, float]]] = {name: [] for name in servers}
        for _ in range(rounds):
            for name, server in servers.items():
                slices[name].append(open_loop(server.port, request, rate, seconds))
        for name, runs in slices.items():
            table[name][op] = {
                "rate": rate,
                "p50": statistics.median(r["p50"] for r in runs),
                "p99": statistics.median(r["p99"] for r in runs),
                "max": max(r["max"] for r in runs),
                "errors": sum(r["errors"] for r in runs),
                "lag_p99": statistics.median(r["lag_p99"] for r in runs),
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
            _stop(process)
    return times, cpu


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate a server and wait for it (killed if a loaded machine keeps it from stopping within 60 s)."""
    process.terminate()
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=8, help="seconds of load per operation")
    parser.add_argument("--rounds", type=int, default=3, help="alternating slices of --duration, mock and bare")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--prism", action="store_true", help="also measure Stoplight Prism (npm install on first use)")
    parser.add_argument("--no-connexion-path", action="store_true", help="skip the mock with --no-compiled-path")
    parser.add_argument(
        "--open-share",
        type=float,
        default=0.3,
        help="open-loop rate, as a share of the mock's closed-loop req/s (0: no open-loop load)",
    )
    parser.add_argument("--open-duration", type=float, default=6, help="seconds of open-loop load per operation")
    args = parser.parse_args()
    load_before = _load()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")

    table: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        port = free_port()
        with Server([*MOCK, "--port", str(port)], port, warm=True) as mock:
            rss = {"idle, whole spec, demo seed": mock.rss_mb()}
            fill(mock.url, 212)
            rss["after filling to 220 invoices"] = mock.rss_mb()
            bodies = {
                "retrieve": httpx.get(mock.url + OPERATIONS["retrieve"][1], headers=AUTH).json(),
                "list": httpx.get(mock.url + OPERATIONS["list (limit=20)"][1], headers=AUTH).json(),
                "create": httpx.post(mock.url + "/coa/api/v1/invoice/", json=INVOICE, headers=HEADERS).json(),
            }
            (work / "bodies.json").write_text(json.dumps(bodies))
            port = free_port()
            bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_starlette.py"), str(work / "bodies.json"), str(port)]
            with Server(bare_cmd, port) as bare:
                pair = {"mock": mock, "bare Starlette": bare}
                table.update(alternate(pair, args, work))
                rss["after the closed-loop loads"] = mock.rss_mb()
                opened = open_alternate(pair, table, args) if args.open_share > 0 else {}
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
        f"{'p99/bare':>9} {'CPU us/req':>11} {'of it kernel':>13} {'non-2xx':>8}"
    )
    for name, results in table.items():
        for op, r in results.items():
            ratio = r["rps"] / ceiling[op]["rps"]
            tail = r["p99"] / ceiling[op]["p99"]
            print(
                f"{name:26} {op:16} {r['rps']:9.0f} {r['p50']:8.2f} {r['p99']:8.2f} {ratio:7.2f} {tail:9.1f} "
                f"{r['cpu_us']:11.0f} {r['kernel_us']:13.0f} {r['errors']:8.0f}"
            )
    for op in OPERATIONS:
        share = ceiling[op]["cpu_us"] / table["mock"][op]["cpu_us"]
        print(f"bare Starlette's CPU per request / the mock's, {op}: {share:.2f}")
    if "mock --no-compiled-path" in table:
        for op in OPERATIONS:
            gain = table["mock"][op]["rps"] / table["mock --no-compiled-path"][op]["rps"]
            print(f"compiled path vs Connexion path, {op}: {gain:.1f}x")
    if opened:
        print_tails(table, opened, args)
    times, cpu = startup(5)
    print(
        f"start-up to first 200: median {statistics.median(times):.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in times)}), CPU median {statistics.median(cpu):.2f} s; "
        f"the mock's RSS: {'; '.join(f'{when} {mb:.0f} MB' for when, mb in rss.items())}"
    )
    print(f"load average after: {_load()}")
    return 0


def print_tails(closed: Table, opened: Table, args: argparse.Namespace) -> None:
    """The fair tail figures: each server's p99/p50 under wrk, and p50/p99 at the same open-loop rate."""
    print(f"tail beyond each server's own median under wrk ({args.connections} connections, saturated): p99/p50")
    for op in OPERATIONS:
        mock, bare = closed["mock"][op], closed["bare Starlette"][op]
        print(f"  {op:16} mock {mock['p99'] / mock['p50']:5.1f}   bare Starlette {bare['p99'] / bare['p50']:5.1f}")
    print(
        f"open loop at the same rate for both ({args.open_share:.0%} of the mock's closed-loop req/s; "
        f"latency from each request's scheduled time; {args.rounds} alternating slices of {args.open_duration} s)"
    )
    print(
        f"  {'operation':16} {'req/s':>6} {'mock p50':>9} {'p99':>7} {'max':>7} {'bare p50':>9} {'p99':>7} "
        f"{'max':>7} {'p99/bare':>9} {'errors':>7} {'send lag p99 mock/bare':>23}"
    )
    for op in OPERATIONS:
        mock, bare = opened["mock"][op], opened["bare Starlette"][op]
        print(
            f"  {op:16} {mock['rate']:6.0f} {mock['p50']:9.2f} {mock['p99']:7.2f} {mock['max']:7.1f} "
            f"{bare['p50']:9.2f} {bare['p99']:7.2f} {bare['max']:7.1f} {mock['p99'] / bare['p99']:9.1f} "
            f"{mock['errors'] + bare['errors']:7.0f} {mock['lag_p99']:14.2f} / {bare['lag_p99']:6.2f}"
            + "".join(
                f"  {name} saturated"
                for name in ("mock", "bare Starlette")
                if opened[name][op]["p50"] > closed[name][op]["p50"]
            )
        )


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


if __name__ == "__main__":
    raise SystemExit(main())
