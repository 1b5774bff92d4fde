"""What the request log costs per request once full, and what a full log holds, in process.

Usage::

    python bench/request_log_cost.py

Per request as the create path does it: the body parsed, its entry made with ``details_later`` and
appended to a full log (10,000 entries, so every append frees the oldest entry); 30,000 such requests,
CPU time per request (``time.process_time``). Then what a full log of those entries holds: objects the
garbage collector tracks, bytes (tracemalloc), and the CPU time of one full collection. To compare two
trees, run it under each (``PYTHONPATH=<tree>/mockserver``), alternating.
"""

from __future__ import annotations

import gc
import json
import sys
import time
import tracemalloc
import typing as t
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mock_vs_prism import HEADERS, INVOICE  # bench/ is on sys.path

from campfire_mock.http.admission import RequestBody
from campfire_mock.http.request_log import details_later
from campfire_mock.http.server import tune_collector
from campfire_mock.limits import REQUEST_LOG_ENTRIES

BODY = json.dumps(INVOICE).encode()
AUTH = HEADERS["Authorization"].encode()


def entry() -> dict[str, t.Any]:
    """One create's log entry, its body parsed first (as the request path parses it)."""
    headers = [
        (b"host", b"127.0.0.1"),
        (b"authorization", AUTH),
        (b"content-type", b"application/json"),
        (b"content-length", str(len(BODY)).encode()),
    ]
    body = RequestBody(bytes(BODY))
    body.json()
    made: dict[str, t.Any] = {
        "method": "POST",
        "path": "/coa/api/v1/invoice/",
        "query": "",
        "status": 201,
        "operation_id": "post_invoice",
        "duration_ms": 1.23,
        "request_id": "abc",
        "answered_by": None,
    }
    made["_deferred"] = details_later(headers, body)
    return made


def per_request(requests: int = 30_000) -> float:
    """CPU microseconds per request: an entry made and appended to a full log."""
    log: deque[dict[str, t.Any]] = deque(maxlen=REQUEST_LOG_ENTRIES)
    for _ in range(REQUEST_LOG_ENTRIES):
        log.append(entry())
    started = time.process_time()
    for _ in range(requests):
        log.append(entry())
    return (time.process_time() - started) / requests * 1e6


def held() -> tuple[int, float, float]:
    """A full log's tracked objects, megabytes, and the milliseconds of a full collection (best of 7)."""
    gc.collect()
    gc.freeze()
    before = len(gc.get_objects())
    tracemalloc.start()
    log = deque((entry() for _ in range(REQUEST_LOG_ENTRIES)), maxlen=REQUEST_LOG_ENTRIES)
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    tracked = len(gc.get_objects()) - before
    best = float("inf")
    for _ in range(7):
        started = time.process_time()
        gc.collect()
        best = min(best, time.process_time() - started)
    del log
    return tracked, size / 1e6, best * 1e3


def main() -> int:
    tune_collector()  # as ``campfire-mock serve`` runs
    for _ in range(3):
        print(f"{per_request():5.2f} us of CPU per request (parse, entry, append to a full log)")
    tracked, megabytes, collection = held()
    print(f"full log: {tracked} tracked objects, {megabytes:.1f} MB, a full collection {collection:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
