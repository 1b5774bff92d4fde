"""What apps built and dropped leave behind: RSS and live objects after each of ``--apps`` apps, built as the
tests build them (``create_app()``), each serving a few requests and then dropped, with ``gc.collect()``.

Usage::

    python bench/app_lifetime.py [--apps 50] [--connexion]

Each line: apps built so far, RSS, the objects the collector tracks, and how many of the apps are still alive.
A leak shows as objects growing by the same amount per app (tens of thousands when an app's spec is kept);
RSS settles after a few apps when nothing is kept (the allocator keeps what it freed). ``--connexion`` serves
every request through Connexion (``compiled_path=False``), which fills the parameter validators' cache too.
Compare another checkout with ``PYTHONPATH=/tmp/old/mockserver python bench/app_lifetime.py``.
"""

from __future__ import annotations

import argparse
import gc
import os
import time
import typing as t
import weakref

from starlette.testclient import TestClient

from campfire_mock import create_app

TOKEN = {"Authorization": "Token test-token"}


def rss_mb() -> float:
    """This process's resident set size, in MB."""
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def build_and_use(compiled_path: bool) -> weakref.ref[t.Any]:
    """One app, a few requests (a list, a bad parameter, a bad body, a generic create), and a weak reference."""
    app = create_app(compiled_path=compiled_path)
    with TestClient(app, headers=TOKEN) as c:
        c.get("/coa/api/v1/invoice/?limit=2")
        c.get("/coa/api/v1/invoice/?limit=abc")
        c.post("/coa/api/v1/invoice/", json={"client": 33973, "lines": [{"amount": "x"}] * 101})
        c.post("/coa/api/tag", json={"name": "Lifetime"})
    return weakref.ref(app)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--apps", type=int, default=50)
    parser.add_argument("--connexion", action="store_true", help="serve every request through Connexion")
    args = parser.parse_args()
    refs: list[weakref.ref[t.Any]] = []
    start = time.perf_counter()
    for n in range(1, args.apps + 1):
        refs.append(build_and_use(not args.connexion))
        gc.collect()
        if n in (1, 2, 5) or n % 10 == 0 or n == args.apps:
            alive = sum(r() is not None for r in refs)
            print(
                f"{n:4d} apps  rss {rss_mb():6.0f} MB  objects {len(gc.get_objects()):9,d}  alive {alive}"
                f"  {time.perf_counter() - start:5.0f} s",
                flush=True,
            )


if __name__ == "__main__":
    main()
