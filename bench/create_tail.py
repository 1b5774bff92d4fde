"""The tail of a create beyond its queueing, in process: which requests are slow, and how much of it the
garbage collector makes.

Usage::

    python bench/create_tail.py [--requests 6000] [--connections 32] [--operation create]
                                [--thresholds 4000,2,100] [--objects]

``bench/throughput.py`` measures p99 under wrk, where on a shared 2-core machine the other processes' load
moves each server's p99/p50 by several times from one slice to the next. This takes the server and the
sockets out: the app is built as ``campfire-mock serve`` builds it (demo seed, compiled path, responses
checked, the collector tuned by ``http.server.tune_collector``), the workspace filled to 220 invoices as
``request_path.py`` fills it, then ``--requests`` creates (or ``--operation``) are called one after the other
through the ASGI app, each timed in CPU time of the thread (``time.thread_time_ns``: a preempted request
does not count the other processes' time), and every collection of the collector with it
(``gc.callbacks``: its generation and its CPU time, and with ``--objects`` how many objects it examined,
which no load moves; counting them takes time, so the times of such a run are not comparable).

Printed: each request's CPU p50 / p99 / max; the collections by generation (count, median and longest,
and the requests they fell in); and the closed-loop figure: a server serving ``--connections`` clients in
a closed loop (wrk's load) answers each request after about the ``--connections`` service times before
it, so each request's latency is taken as the sum of the ``--connections`` consecutive service times
ending with its own. Its p99/p50 is the tail that service times themselves add beyond queueing (a pause
of any request holds up every connection); printed with and without the collections' time, so what the
collector adds is the difference. ``--thresholds`` sets other collector thresholds after
``tune_collector`` (to compare settings; the same workload either way).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import time
import typing as t
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("CAMPFIRE_MOCK_AUDIT", "0")  # what serve runs with (the test suite turns it on)

import request_path as rp  # bench/ is on sys.path

from campfire_mock.app import create_app
from campfire_mock.http.server import tune_collector


class Collections:
    """Every collection while recording: (request index, generation, CPU ns, objects examined or -1)."""

    def __init__(self, count_objects: bool) -> None:
        self.count_objects = count_objects
        self.request = -1
        self.seen: list[tuple[int, int, int, int]] = []
        self._started = 0
        self._objects = -1

    def __call__(self, phase: str, info: dict[str, t.Any]) -> None:
        if phase == "start":
            generation = info["generation"]
            self._objects = sum(len(gc.get_objects(g)) for g in range(generation + 1)) if self.count_objects else -1
            self._started = time.thread_time_ns()
        elif self.request >= 0:
            spent = time.thread_time_ns() - self._started
            self.seen.append((self.request, info["generation"], spent, self._objects))


def quantile(values: list[int], q: int) -> float:
    """The ``q``-th percentile of ``values``."""
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def closed_loop(service: list[int], connections: int) -> list[int]:
    """Each request's latency in a closed loop of ``connections`` clients: the sum of the ``connections``
    consecutive service times ending with its own."""
    window = sum(service[:connections])
    sums = [window]
    for i in range(connections, len(service)):
        window += service[i] - service[i - connections]
        sums.append(window)
    return sums


async def run(args: argparse.Namespace) -> None:
    app = create_app()
    tune_collector()  # as ``campfire-mock serve`` does once the app is built
    if args.thresholds:
        gc.set_threshold(*(int(part) for part in args.thresholds.split(",")))
    op = rp.OPERATIONS[args.operation]
    for _ in range(212):
        assert await rp.call(app, *rp.OPERATIONS["create"]) == 201
    for _ in range(50):
        assert await rp.call(app, *op) in (200, 201)
    recorder = Collections(args.objects)
    gc.callbacks.insert(0, recorder)
    cpu: list[int] = []
    for i in range(args.requests):
        recorder.request = i
        started = time.thread_time_ns()
        await rp.call(app, *op)
        cpu.append(time.thread_time_ns() - started)
    recorder.request = -1
    gc.callbacks.remove(recorder)
    report(args, cpu, recorder.seen)


def report(args: argparse.Namespace, cpu: list[int], seen: list[tuple[int, int, int, int]]) -> None:
    us = 1e3
    print(
        f"{args.operation}: {args.requests} requests, collector thresholds {gc.get_threshold()}; "
        f"CPU per request p50 {quantile(cpu, 50) / us:.0f} us, p99 {quantile(cpu, 99) / us:.0f} us, "
        f"max {max(cpu) / us:.0f} us"
    )
    in_gc = [0] * len(cpu)
    for request, _, spent, _ in seen:
        in_gc[request] += spent
    for generation in (0, 1, 2):
        runs = [(spent, objects) for _, g, spent, objects in seen if g == generation]
        if not runs:
            print(f"  generation {generation}: no collection")
            continue
        times = [spent for spent, _ in runs]
        line = (
            f"  generation {generation}: {len(runs)} collections (one per {args.requests / len(runs):.0f} "
            f"requests), CPU median {statistics.median(times) / us:.0f} us, longest {max(times) / us:.0f} us, "
            f"all {sum(times) / 1e6:.1f} ms ({sum(times) / sum(cpu):.1%} of the requests' CPU)"
        )
        if args.objects:
            examined = [objects for _, objects in runs]
            line += f"; objects examined median {statistics.median(examined):.0f}, most {max(examined)}"
        print(line)
    slow = sorted(range(len(cpu)), key=lambda i: -cpu[i])[: max(1, len(cpu) // 100)]
    with_gc = sum(1 for i in slow if in_gc[i])
    print(f"  the slowest 1% ({len(slow)} requests): {with_gc} of them ran a collection")
    loop = closed_loop(cpu, args.connections)
    bare = closed_loop([c - g for c, g in zip(cpu, in_gc, strict=True)], args.connections)
    for name, sums in (("as measured", loop), ("less the collections", bare)):
        p50, p99 = quantile(sums, 50), quantile(sums, 99)
        print(
            f"  closed loop of {args.connections} ({name}): p50 {p50 / 1e6:.2f} ms, p99 {p99 / 1e6:.2f} ms, "
            f"p99/p50 {p99 / p50:.2f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=6000, help="measured requests")
    parser.add_argument("--connections", type=int, default=32, help="clients of the closed loop estimated")
    parser.add_argument("--operation", default="create", choices=list(rp.OPERATIONS))
    parser.add_argument("--thresholds", help="collector thresholds to set after tune_collector, e.g. 4000,2,100")
    parser.add_argument("--objects", action="store_true", help="count the objects each collection examines")
    args = parser.parse_args()
    asyncio.run(run(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
