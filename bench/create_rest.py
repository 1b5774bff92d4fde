"""Instructions per call of the pieces of an invoice create that ``create_stages.py`` leaves in its "rest": the
front door, the compiled path's set-up, the write transaction, the request log and the reply.

Usage::

    python bench/create_rest.py [--n1 20] [--n2 220] [--jobs 2] [--mockserver DIR] [STAGE ...]

Each stage is one piece called alone on the workspace ``create_stages.py`` builds (220 invoices), counted with
cachegrind in two runs (``--n1`` and ``--n2`` calls; the difference over the calls, so set-up is left out).
Pieces that need an open write run inside an empty one (``begin end`` is that empty write alone, to subtract).
``driver`` is the benchmark's own ASGI driver around an app that answers at once (not the mock's cost).
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import os
import sys
import typing as t
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ["CAMPFIRE_MOCK_AUDIT"] = "0"

STAGES = [
    "request",
    "driver",
    "admit",
    "record",
    "admit record",
    "prepare",
    "answer",
    "run",
    "write empty",
    "begin end",
    "listeners",
    "forget",
    "collect",
    "unlink",
    "key_of",
    "check_strings",
    "send_reply",
    "resp check",
    "encode",
    "validate",
    "method",
]


def build(name: str) -> tuple[bool, t.Any]:
    """Whether stage ``name`` is a coroutine, and what one call of it runs."""
    import request_path as rp

    from campfire_mock.app import create_app
    from campfire_mock.budget import check_strings
    from campfire_mock.domain import idempotency
    from campfire_mock.domain.left_entries import unlink_left_entries
    from campfire_mock.domain.workspace import Workspace
    from campfire_mock.http.admission import admit
    from campfire_mock.http.respond import send_reply
    from campfire_mock.http.server import tune_collector
    from campfire_mock.operations import encode, unpack

    app = create_app()
    tune_collector()

    async def fill():
        for _ in range(212):
            await rp.call(app, *rp.OPERATIONS["create"])

    asyncio.run(fill())
    method, path, query, body = rp.OPERATIONS["create"]
    front = app.front.app
    compiled = app.compiled
    route = compiled.route("coa_api_v1_invoice_create")
    op = route.operation
    token = next(iter(app.store.workspaces))
    ws = app.store.workspaces[token]
    scope = rp.scope(method, path, query, body)
    adm = admit(scope, front.routes, front.auth, front.state.peek)
    adm = adm.with_body(scope, body)
    caller, kwargs = compiled._prepare(route, scope, adm)
    reply = op.run(caller, dict(kwargs), len(body))

    async def noop_app(scope, receive, send):
        await send({"type": "http.response.start", "status": 201, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    async def sink(m):
        pass

    def in_write(f):
        def g():
            j = ws.begin()
            try:
                return f()
            finally:
                ws.end(j)

        return g

    result = op.method(ws, caller, **{**kwargs})
    res_body, status, headers = unpack(result)
    # (a listener is a function before ``Workspace.listen``, a (name, kinds, function) after)
    listeners = [entry[2] if isinstance(entry, tuple) else entry for entry in Workspace.commit_listeners]

    def only_listeners() -> None:
        j = ws.begin()
        for listener in listeners:
            listener(ws, j, True)
        ws.journal = ws.slot.journal = None

    def only_forget():
        j = ws.begin()
        ws.rendered.forget(ws, j)
        ws.journal = ws.slot.journal = None

    def write_empty():
        with app.store.write(token):
            pass

    hdrs = scope["headers"]
    asy = {
        "request": lambda: rp.call(app, *rp.OPERATIONS["create"]),
        "driver": lambda: rp.call(noop_app, *rp.OPERATIONS["create"]),
        "send_reply": lambda: send_reply(sink, reply, b"req_1"),
    }
    if name in asy:
        return True, asy[name]
    return False, {
        "noop": lambda: None,
        "admit": lambda: admit(scope, front.routes, front.auth, front.state.peek),
        # (a record logged once lets its caller go: from the code where it is the log entry, "record" alone counts
        # a request without a key; "admit record" minus "admit" is the entry of each new request)
        "record": lambda: front._record(scope, scope, adm, 201, 1.5, None, None, False),
        "admit record": lambda: front._record(
            scope,
            scope,
            admit(scope, front.routes, front.auth, front.state.peek).with_body(scope, body),
            201,
            1.5,
            None,
            None,
            False,
        ),
        "prepare": lambda: compiled._prepare(route, scope, adm),
        "answer": lambda: compiled.answer(adm, scope),
        "run": lambda: op.run(caller, dict(kwargs), len(body)),
        "write empty": write_empty,
        "begin end": lambda: ws.end(ws.begin()),
        "listeners": only_listeners,
        "forget": only_forget,
        "collect": in_write(lambda: app.webhooks.collect(ws, caller)),
        "unlink": in_write(lambda: unlink_left_entries(ws)),
        "key_of": lambda: idempotency.key_of(hdrs),
        "check_strings": lambda: check_strings(kwargs["body"], len(body)),
        "resp check": lambda: op.responses.check(op.operation_id, status, "application/json", res_body),
        "encode": lambda: encode(res_body, status, headers),
        "validate": lambda: route.body.validator.is_valid(kwargs["body"]),
        "method": in_write(lambda: op.method(ws, caller, **kwargs)),
    }[name]


def child(name, calls):
    is_async, f = build(name)
    if is_async:

        async def go():
            for _ in range(calls):
                await f()

        asyncio.run(go())
    else:
        for _ in range(calls):
            f()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--child")
    p.add_argument("--calls", type=int, default=0)
    p.add_argument("--n1", type=int, default=100)
    p.add_argument("--n2", type=int, default=400)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--mockserver")
    p.add_argument("stages", nargs="*")
    a = p.parse_args()
    if a.child:
        child(a.child, a.calls)
        return
    from request_instructions import cachegrind_instructions

    stages = a.stages or STAGES
    runs = [(s, n) for s in stages for n in (a.n1, a.n2)]
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        counts = dict(
            zip(
                runs,
                pool.map(lambda r: cachegrind_instructions(__file__, [r[0], "--calls", str(r[1])], a.mockserver), runs),
                strict=True,
            )
        )
    for s in stages:
        print(f"{s:20} {(counts[s, a.n2] - counts[s, a.n1]) / (a.n2 - a.n1) / 1000:8.1f}k", flush=True)


main()
