"""CPU time of the mock's request path per request, in process: no server, no sockets, no wrk.

Usage::

    python bench/request_path.py [--requests 3000] [--profile retrieve] [--after create]

Builds the app as ``campfire-mock serve`` does (demo seed, compiled path, responses checked, the garbage
collector tuned as serve tunes it: ``http.server.tune_collector``), fills the
workspace to 220 invoices as ``bench/throughput.py`` does, then calls the ASGI app directly (CORS, the
front, the compiled path, the operation) for the same three operations and prints the process's CPU time
per request (``time.process_time``). CPU time moves far less than wall time when other processes load
the machine, so two versions of the code compare fairly even on a busy shared machine; what the server
adds (uvicorn, the kernel's loopback) is left out. ``--profile OP`` prints cProfile's top entries for one
operation (``SORT=cumulative TOP=60`` in the environment change the order and count).

Each operation measured alone repeats one small set of code and data, which the CPU's caches and branch
predictors then hold; a server's mixed traffic does not. ``--after OP`` runs one request of ``OP`` (unmeasured)
before each measured one, and times each measured request alone: ``--after create`` shows what a retrieve
costs once a create has gone through the caches.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import sys
import time
import typing as t
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mock_vs_prism import HEADERS, INVOICE  # bench/ is on sys.path

os.environ.setdefault("CAMPFIRE_MOCK_AUDIT", "0")  # what serve runs with (the test suite turns it on)

from campfire_mock.app import create_app
from campfire_mock.http.server import tune_collector

BODY = json.dumps(INVOICE).encode()
OPERATIONS = {
    "retrieve": ("GET", "/coa/api/v1/invoice/47864/", b"", b""),
    "list (limit=20)": ("GET", "/coa/api/v1/invoice/", b"limit=20", b""),
    "create": ("POST", "/coa/api/v1/invoice/", b"", BODY),
}


def scope(method: str, path: str, query: bytes, body: bytes) -> dict[str, t.Any]:
    headers = [(b"host", b"127.0.0.1"), (b"authorization", HEADERS["Authorization"].encode())]
    if body:
        headers += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    return {
        "type": "http",
        "http_version": "1.1",
        "method": method,
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "headers": headers,
        "scheme": "http",
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 50000),
        "root_path": "",
        "extensions": {},
    }


async def call(app: t.Any, method: str, path: str, query: bytes, body: bytes) -> int:
    """One request through the whole ASGI app; its status."""
    sent: list[dict[str, t.Any]] = []

    async def receive() -> dict[str, t.Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, t.Any]) -> None:
        sent.append(message)

    await app(scope(method, path, query, body), receive, send)
    return int(sent[0]["status"])


async def run(requests: int, profile: str | None, after: str | None = None) -> None:
    app = create_app()
    tune_collector()  # as ``campfire-mock serve`` does once the app is built
    for _ in range(212):
        assert await call(app, *OPERATIONS["create"]) == 201
    for name, op in OPERATIONS.items():
        for _ in range(50):  # warm up: compile the route, fill the render cache
            status = await call(app, *op)
            assert status in (200, 201), (name, status)
        profiler = cProfile.Profile(time.process_time) if name == profile else None
        started = time.process_time()
        if profiler is not None:
            profiler.enable()
        if after is None:
            for _ in range(requests):
                await call(app, *op)
            spent = time.process_time() - started
        else:  # each measured request alone, right after one of ``after``
            spent = 0.0
            for _ in range(requests):
                await call(app, *OPERATIONS[after])
                started = time.process_time()
                await call(app, *op)
                spent += time.process_time() - started
        if profiler is not None:
            profiler.disable()
        print(f"{name:16} {spent / requests * 1e6:7.0f} us of CPU per request ({requests} requests)")
        if profiler is not None:
            pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "tottime")).print_stats(
                int(os.environ.get("TOP", "30"))
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=3000, help="requests per operation")
    parser.add_argument("--profile", choices=list(OPERATIONS), help="print cProfile's top entries for this one")
    parser.add_argument("--after", choices=list(OPERATIONS), help="run one of these before each measured request")
    args = parser.parse_args()
    asyncio.run(run(args.requests, args.profile, args.after))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
