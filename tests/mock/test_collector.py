"""The garbage collector as ``campfire-mock serve`` tunes it (``http.server.tune_collector``): no collection
walks the stored workspace again and again, and short-lived garbage cycles are still collected.

Each check runs in a fresh interpreter: tuning the collector changes the whole process (thresholds, frozen
objects, a callback), which the test process must not inherit."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

#: Fills a workspace through the ASGI app as the server would serve it, and prints, as JSON, the most objects
#: any one collection examined, how many container objects the store then held, and how many were frozen.
_FILL = textwrap.dedent(
    """
    import asyncio, gc, json, os
    os.environ["CAMPFIRE_MOCK_AUDIT"] = "0"
    from campfire_mock.app import create_app
    from campfire_mock.http.server import tune_collector

    BODY = json.dumps({
        "invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42,
        "lines": [{"product": 1, "quantity": 2, "rate": 250}],
    }).encode()
    walked = []

    def count(phase, info):
        if phase == "start":
            walked.append(sum(len(gc.get_objects(g)) for g in range(info["generation"] + 1)))

    async def post(app):
        sent = []
        headers = [(b"authorization", b"Token collector"), (b"content-type", b"application/json"),
                   (b"content-length", str(len(BODY)).encode())]
        scope = {"type": "http", "http_version": "1.1", "method": "POST", "path": "/coa/api/v1/invoice/",
                 "raw_path": b"/coa/api/v1/invoice/", "query_string": b"", "headers": headers, "scheme": "http",
                 "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 50000), "root_path": "", "extensions": {}}

        async def receive():
            return {"type": "http.request", "body": BODY, "more_body": False}

        async def send(message):
            sent.append(message)

        await app(scope, receive, send)
        return sent[0]["status"]

    async def main():
        app = create_app()
        tune_collector()
        frozen = gc.get_freeze_count()
        gc.callbacks.insert(0, count)
        statuses = {await post(app) for _ in range(CREATES)}
        print(json.dumps({"statuses": sorted(statuses), "max_walked": max(walked), "collections": len(walked),
                          "newly_frozen": gc.get_freeze_count() - frozen}))

    asyncio.run(main())
    """
)

#: A reference cycle dropped after tuning, then enough allocation for the collector to run: is it collected?
_CYCLE = textwrap.dedent(
    """
    import gc, json, weakref
    from campfire_mock.http.server import tune_collector

    class Node:
        pass

    tune_collector()
    kept = [[] for _ in range(30_000)]  # long-lived: frozen by the middle collections
    node = Node()
    node.me = node
    alive = weakref.ref(node)
    del node
    churn = [[] for _ in range(20_000)]
    print(json.dumps({"collected": alive() is None, "kept": len(kept), "frozen": gc.get_freeze_count() > 30_000}))
    """
)


def _run(script: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="3.14's incremental collector has other generations")
def test_no_collection_walks_the_growing_workspace() -> None:
    """While 2,000 invoices are created, every collection examines a bounded few thousand objects, though the
    store holds tens of thousands more: what outlived a middle collection was frozen."""
    result = _run(_FILL.replace("CREATES", "2000"))
    assert result["statuses"] == [201]
    assert isinstance(result["collections"], int) and result["collections"] >= 5
    assert isinstance(result["newly_frozen"], int) and result["newly_frozen"] > 5_000
    # Young threshold 4,000, a middle collection every 2 young ones: at most about 3 x 4,000 objects each.
    assert isinstance(result["max_walked"], int) and result["max_walked"] < 14_000


def test_short_lived_cycles_are_still_collected() -> None:
    """A reference cycle dropped while serving is collected by the next young collection, as without tuning."""
    result = _run(_CYCLE)
    assert result == {"collected": True, "kept": 30_000, "frozen": True}
