"""Instructions the mock's request path executes per request, in process: a figure the machine's load does not move.

Usage::

    python bench/request_instructions.py [--requests 1000] [--operation create] [--mockserver DIR] [--caches]

``bench/request_path.py`` measures CPU time, which on a shared 2-core machine moves by 30% and more from one
run to the next as other processes come and go (caches, the other core's load). This counts instructions
instead, with valgrind's cachegrind (``--cache-sim=no``: the count only): it runs the same workload as
``request_path.py`` (the app as ``serve`` builds it, the workspace filled to 220 invoices, a warm-up) twice
under cachegrind, with no measured requests and with ``--requests`` of them, and prints the difference per
request. Two runs of the same code agree to within about 0.1%, so two versions of the code compare at any
load. ``--mockserver`` measures another checkout's mock (``git worktree add /tmp/old main``, then
``--mockserver /tmp/old/mockserver``). Each run takes about a minute (valgrind runs the process ~20x slower).

``--caches`` simulates the caches as well (``--cache-sim=yes --branch-sim=yes``, about 4 minutes a run): per request,
data reads and writes, first-level instruction and data misses (32 KiB, 8-way), misses of the last level
simulated (1 MiB, 8-way: this machine's per-core L2, since valgrind takes the VM's reported L3 for a 256 MiB
cache that nothing misses) and mispredicted branches. The simulation is valgrind's model, not the CPU's, but
two operations or two versions compare on it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


async def _work(requests: int, operation: str) -> None:
    """The workload of one run: what ``request_path.py`` runs before and while it measures one operation."""
    sys.path.insert(0, str(HERE))
    import request_path as rp  # bench/ is on sys.path

    from campfire_mock.app import create_app
    from campfire_mock.http.server import tune_collector

    app = create_app()
    tune_collector()
    for _ in range(212):
        await rp.call(app, *rp.OPERATIONS["create"])
    op = rp.OPERATIONS[operation]
    for _ in range(50):
        await rp.call(app, *op)
    for _ in range(requests):
        await rp.call(app, *op)


def cachegrind_instructions(script: str, args: list[str], mockserver: str | None) -> int:
    """Instructions cachegrind counts for one run of ``script --child ARGS`` (fixed hash seed, no audit;
    ``mockserver``: the mockserver/ directory of another checkout)."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "CAMPFIRE_MOCK_AUDIT": "0"}
    if mockserver:
        env["PYTHONPATH"] = mockserver
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        script,
        "--child",
        *args,
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"cachegrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


CACHES = ("--cache-sim=yes", "--branch-sim=yes", "--I1=32768,8,64", "--D1=32768,8,64", "--LL=1048576,8,64")
COUNTERS = {  # what cachegrind's summary calls each figure printed with --caches
    "instructions": "I   refs",
    "data refs": "D   refs",
    "I1 misses": "I1  misses",
    "D1 misses": "D1  misses",
    "L2 misses": "LL misses",
    "mispredicted": "Mispredicts",
}


def cachegrind_counters(script: str, args: list[str], mockserver: str | None) -> dict[str, int]:
    """``COUNTERS`` for one run of ``script --child ARGS`` under cachegrind with the caches simulated."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "CAMPFIRE_MOCK_AUDIT": "0"}
    if mockserver:
        env["PYTHONPATH"] = mockserver
    command = ["valgrind", "--tool=cachegrind", *CACHES, "--cachegrind-out-file=/dev/null", sys.executable, script]
    done = subprocess.run([*command, "--child", *args], env=env, capture_output=True, text=True, check=True)
    counts: dict[str, int] = {}
    for name, label in COUNTERS.items():
        found = re.search(rf"{label}:\s+([\d,]+)", done.stderr)
        if found is None:
            raise SystemExit(f"cachegrind printed no {label!r}:\n{done.stderr[-2000:]}")
        counts[name] = int(found.group(1).replace(",", ""))
    return counts


def _instructions(requests: int, operation: str, mockserver: str | None) -> int:
    """Instructions cachegrind counts for one run of ``_work``."""
    return cachegrind_instructions(__file__, ["--requests", str(requests), "--operation", operation], mockserver)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=1000, help="measured requests (the second run)")
    parser.add_argument("--operation", default="create", help='"retrieve", "list (limit=20)" or "create"')
    parser.add_argument("--mockserver", help="the mockserver/ directory of another checkout to measure")
    parser.add_argument("--caches", action="store_true", help="simulate the caches too (misses per request)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        asyncio.run(_work(args.requests, args.operation))
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is needed (apt-get install valgrind)")
    if args.caches:
        runs = [["--requests", str(n), "--operation", args.operation] for n in (0, args.requests)]
        before, after = (cachegrind_counters(__file__, run, args.mockserver) for run in runs)
        for name in COUNTERS:
            per = (after[name] - before[name]) / args.requests
            print(f"{args.operation:16} {name:13} {per / 1000:8.2f} k per request ({args.requests} requests)")
        return 0
    base = _instructions(0, args.operation, args.mockserver)
    total = _instructions(args.requests, args.operation, args.mockserver)
    per = (total - base) / args.requests
    print(f"{args.operation:16} {per / 1000:8.1f} k instructions per request ({args.requests} requests)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
