"""What a list of invoices costs right after a write, against right after another list, in process.

Usage::

    python bench/list_after_write.py [--requests 300] [--sort -invoice_date] [--mockserver DIR] [--instructions]

Builds the app as ``bench/request_path.py`` does (demo seed, the workspace filled to 220 invoices, a warm-up),
then times each ``GET /coa/api/v1/invoice/?limit=20&sort=SORT`` alone (the process's CPU time), once right after
an unmeasured create and once right after an unmeasured list of the same page, and prints both per request and
their ratio: a list whose order is kept across writes costs about the same after either, one re-sorted after
every write does not. ``--instructions`` counts instructions with cachegrind instead (three runs: creates
alone, creates each followed by a list, and lists alone; about a minute each), which the machine's load does
not move. ``--mockserver`` measures another checkout's mock (``git worktree add /tmp/old main``, then
``--mockserver /tmp/old/mockserver``).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import time
import typing as t
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

os.environ.setdefault("CAMPFIRE_MOCK_AUDIT", "0")  # what serve runs with (the test suite turns it on)


async def _app() -> tuple[t.Any, t.Any]:
    """The app filled as ``request_path.py`` fills it, and its module (bench/ on sys.path)."""
    import request_path as rp

    from campfire_mock.app import create_app
    from campfire_mock.http.server import tune_collector

    app = create_app()
    tune_collector()
    for _ in range(212):
        assert await rp.call(app, *rp.OPERATIONS["create"]) == 201
    return app, rp


def _list(sort: str) -> tuple[str, str, bytes, bytes]:
    return ("GET", "/coa/api/v1/invoice/", f"limit=20&sort={sort}".encode(), b"")


async def _timed(requests: int, sort: str) -> None:
    app, rp = await _app()
    import campfire_mock

    print(f"campfire_mock from {Path(campfire_mock.__file__).parent.parent}")
    listing, create = _list(sort), rp.OPERATIONS["create"]
    for _ in range(50):
        assert await rp.call(app, *listing) == 200
    spent = {"after a create": 0.0, "after a list": 0.0}
    for _ in range(requests):
        for name, before in (("after a create", create), ("after a list", listing)):
            await rp.call(app, *before)
            started = time.process_time()
            assert await rp.call(app, *listing) == 200
            spent[name] += time.process_time() - started
    for name, total in spent.items():
        print(f"list sort={sort} {name:15} {total / requests * 1e6:7.0f} us of CPU per request ({requests})")
    print(f"after a create / after a list: {spent['after a create'] / spent['after a list']:.2f}")


async def _work(requests: int, sort: str, mode: str) -> None:
    """One cachegrind run: ``requests`` creates, each followed by a list (``pairs``) or not (``creates``), or
    ``requests`` lists alone (``lists``)."""
    app, rp = await _app()
    listing, create = _list(sort), rp.OPERATIONS["create"]
    for _ in range(50):
        await rp.call(app, *listing)
    for _ in range(requests):
        if mode in ("creates", "pairs"):
            await rp.call(app, *create)
        if mode in ("pairs", "lists"):
            await rp.call(app, *listing)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300, help="measured lists of each kind")
    parser.add_argument("--sort", default="-invoice_date", help="the list's sort parameter")
    parser.add_argument("--mockserver", help="the mockserver/ directory of another checkout to measure")
    parser.add_argument("--instructions", action="store_true", help="count instructions with cachegrind")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mode", choices=["creates", "pairs", "lists", "none"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        asyncio.run(_work(args.requests, args.sort, args.mode or "none"))
        return 0
    if not args.instructions:
        if args.mockserver:  # (the other checkout's package first, before anything imports it)
            sys.path.insert(0, args.mockserver)
        asyncio.run(_timed(args.requests, args.sort))
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is needed (apt-get install valgrind)")
    from request_instructions import cachegrind_instructions

    def count(mode: str) -> int:
        return cachegrind_instructions(
            __file__, ["--requests", str(args.requests), "--sort", args.sort, "--mode", mode], args.mockserver
        )

    creates, pairs, lists, none = (count(mode) for mode in ("creates", "pairs", "lists", "none"))
    after_create = (pairs - creates) / args.requests
    after_list = (lists - none) / args.requests
    print(f"list sort={args.sort} after a create {after_create / 1000:8.1f} k instructions per request")
    print(f"list sort={args.sort} after a list   {after_list / 1000:8.1f} k instructions per request")
    print(f"after a create / after a list: {after_create / after_list:.2f} ({args.requests} requests each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
