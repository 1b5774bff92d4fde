"""Instructions each stage of an invoice create executes, in process: where a create's work goes, a figure the
machine's load does not move.

Usage::

    python bench/create_stages.py [--calls 1000] [--jobs 2] [--mockserver DIR]

``bench/request_instructions.py`` counts a whole request; this counts the stages a create is made of, each run
alone ``--calls`` times on the same invoice (the app as ``serve`` builds it, the workspace filled to 220
invoices as ``request_path.py`` fills it), with valgrind's cachegrind (``--cache-sim=no``: the count only):

* ``request``: one whole create through the ASGI app (what ``request_instructions.py --operation create``
  counts);
* ``parse``, ``validate``, ``clean``: the request body read as DRF reads JSON, checked with the compiled request
  validator, cleaned of what a client may not write (``@cleans_body``; since an invoice is built straight
  from its validated body, ``domain/invoice_input.py``, what tells that this body needs no cleaning);
* ``domain``: ``InvoiceService._apply``, the invoice built from the clean body (ids, numbers, lines, totals);
* ``answer build``, ``answer check``, ``answer encode``: the answer built into its schema's shape, checked by its
  parts (``AnswerPlan.conforms``; what no builder vouches for, since checks by construction), encoded with orjson;
* ``budget``: the invoice's row encoded exactly as the state file stores it (the storage budget's measure).

``rest`` is the request less the stages: the front door, the compiled path's set-up, the write transaction, the
request log and the reply. Each stage's count is the difference between a run with ``--calls`` calls and one
with none, so set-up is left out; two runs agree to within about 0.1%. ``--mockserver`` counts another
checkout's mock (``git worktree add /tmp/old main``, then ``--mockserver /tmp/old/mockserver``). Each run takes
about a minute (valgrind runs the process ~20x slower); ``--jobs`` of them run at once.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import shutil
import sys
import typing as t
from pathlib import Path

HERE = Path(__file__).resolve().parent

STAGES = (
    "request",
    "parse",
    "validate",
    "clean",
    "domain",
    "answer build",
    "answer check",
    "answer encode",
    "budget",
)


def _stage(name: str) -> t.Callable[[], t.Any]:
    """The app set up as ``request_instructions.py`` sets it up, and what one call of stage ``name`` runs."""
    sys.path.insert(0, str(HERE))
    import orjson
    import request_path as rp  # bench/ is on sys.path

    from campfire_mock.app import create_app
    from campfire_mock.domain.snapshot import encode_json
    from campfire_mock.http.server import tune_collector
    from campfire_mock.openapi.json_parse import parse_json_bytes

    app = create_app()
    tune_collector()

    async def fill() -> None:
        for _ in range(212):
            await rp.call(app, *rp.OPERATIONS["create"])

    asyncio.run(fill())
    route = app.compiled.route("coa_api_v1_invoice_create")
    operation = route.operation
    services = operation.method.__self__.services
    serializer = services.serializer
    ws = next(iter(app.store.workspaces.values()))
    invoice = ws.invoices.peek(max(ws.invoices))
    body = parse_json_bytes(rp.BODY)
    if operation.clean is not None:  # a checkout before it (``--mockserver``): the body cleaned before the handler
        clean_stage: t.Callable[[], t.Any] = lambda: operation.clean(body)  # noqa: E731
        clean = operation.clean(body)
    else:  # the invoice read straight from the validated body: "clean" is telling that it may be
        from campfire_mock.domain.invoice_input import reads_whole

        clean_stage = lambda: reads_whole(body)  # noqa: E731
        clean = body
    plan = serializer._plans["AccountingInvoice"]
    try:  # checked by construction: what is checked, and what the builders vouch for, apart
        written, built, answer, base = serializer._answer(ws, invoice, "AccountingInvoice", checking=True)

        def build() -> t.Any:
            return serializer._answer(ws, invoice, "AccountingInvoice", checking=True)

        def check() -> bool:
            return bool(plan.conforms(written, answer, base, built))

    except TypeError:  # a checkout before it (``--mockserver``): the whole written part checked
        written, answer, base = serializer._answer(ws, invoice, "AccountingInvoice")

        def build() -> t.Any:
            return serializer._answer(ws, invoice, "AccountingInvoice")

        def check() -> bool:
            return bool(plan.conforms(written, answer, base))

    assert check()

    if name == "request":  # a coroutine: ``_child`` awaits it in one event loop, as request_instructions.py does
        return lambda: rp.call(app, *rp.OPERATIONS["create"])
    return {
        "parse": lambda: parse_json_bytes(rp.BODY),
        "validate": lambda: route.body.validator.is_valid(body),
        "clean": clean_stage,
        "domain": lambda: services.invoices._apply(ws, None, clean, partial=False),
        "answer build": build,
        "answer check": check,
        "answer encode": lambda: orjson.dumps(answer),
        "budget": lambda: encode_json("invoice", invoice),
    }[name]


def _child(name: str, calls: int) -> None:
    run = _stage(name)
    if name == "request":

        async def requests() -> None:
            for _ in range(50 + calls):  # warm up (50), in every run alike
                await run()

        asyncio.run(requests())
        return
    for _ in range(50 + calls):
        run()


def _instructions(name: str, calls: int, mockserver: str | None) -> int:
    """Instructions cachegrind counts for one child run."""
    from request_instructions import cachegrind_instructions  # bench/ is on sys.path

    return cachegrind_instructions(__file__, [name, "--calls", str(calls)], mockserver)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=1000, help="measured calls of each stage")
    parser.add_argument("--jobs", type=int, default=2, help="valgrind runs at once")
    parser.add_argument("--mockserver", help="the mockserver/ directory of another checkout to measure")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.calls)
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is needed (apt-get install valgrind)")
    runs = [(name, calls) for name in STAGES for calls in (0, args.calls)]
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        counts = dict(zip(runs, pool.map(lambda run: _instructions(*run, args.mockserver), runs), strict=True))
    per = {name: (counts[name, args.calls] - counts[name, 0]) / args.calls for name in STAGES}
    whole = per["request"]
    print(f"{'stage':16} {'k instructions':>15} {'share':>7}")
    for name in STAGES:
        print(f"{name:16} {per[name] / 1000:15.1f} {per[name] / whole:7.1%}")
    rest = whole - sum(per[name] for name in STAGES[1:])
    print(f"{'rest':16} {rest / 1000:15.1f} {rest / whole:7.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
