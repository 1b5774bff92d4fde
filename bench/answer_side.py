"""CPU time of a create's answer side, in process: the created invoice's answer built, checked against
``AccountingInvoice`` and encoded, as the create view and ``operations.Operation.answer`` do it.

Usage::

    python bench/answer_side.py [--rounds 7] [--invoices 250]

Builds the app as ``bench/request_path.py`` does (demo seed, 212 creates), then answers each of the last
``--invoices`` invoices inside one write, ``--rounds`` times, and prints the best round's CPU time per answer
(``time.process_time``; the best round is what another process's load changes least). Runs on trees before
the compiled invoice answer too (it then times ``Serializer.invoice`` and ``Operation.answer``), so two
checkouts compare with the same script.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
import time
import typing as t
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("CAMPFIRE_MOCK_AUDIT", "0")  # what serve runs with

from mock_vs_prism import HEADERS  # bench/ is on sys.path
from request_path import OPERATIONS, call

from campfire_mock.app import create_app
from campfire_mock.http.server import tune_collector
from campfire_mock.operations import Operation
from campfire_mock.store import Store
from campfire_mock.views.serialization import Serializer

TOKEN = HEADERS["Authorization"].split()[-1]


def found(kind: type[t.Any], test: t.Callable[[t.Any], bool] = lambda _: True) -> t.Any:
    """The app's one object of ``kind`` (looked up among the live objects, before they are frozen)."""
    return next(o for o in gc.get_objects() if isinstance(o, kind) and test(o))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--invoices", type=int, default=250)
    args = parser.parse_args()
    app = create_app()

    async def fill() -> None:
        for _ in range(212):
            assert await call(app, *OPERATIONS["create"]) == 201

    asyncio.run(fill())
    serializer: Serializer = found(Serializer)
    store: Store = found(Store)
    create: Operation = found(Operation, lambda o: o.operation_id == "coa_api_v1_invoice_create")
    tune_collector()
    build = getattr(serializer, "invoice_answer", serializer.invoice)
    with store.write(TOKEN) as ws:
        invoices = list(ws.invoices.values())[-args.invoices :]
        best = float("inf")
        for _ in range(args.rounds):
            started = time.process_time()
            for inv in invoices:
                create.answer((build(ws, inv), 201))
            best = min(best, (time.process_time() - started) / len(invoices))
    print(f"answer side of a create: {best * 1e6:.1f} us of CPU ({build.__name__}, best of {args.rounds} rounds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
