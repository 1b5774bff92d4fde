"""What the testing kit costs a test, as ratios from one run.

Usage::

    python bench/kit_speed.py [--calls 200] [--repeats 5] [--rounds 100]

Measures, in one process, on this process's CPU time by default (``--clock wall`` for elapsed time,
which a busy shared machine inflates at random), the median of (for the three retrieves, the best
median of interleaved rounds):

* ``respx``: ``Campfire().invoices.retrieve(47864)`` answered by a canned respx route (the floor:
  a stub that knows nothing);
* ``intercept``: the same call inside ``campfire_mock.intercept()`` (the shared app, in-process);
* ``fixture``: the same call through the ``campfire_client`` fixture's wiring (an ``httpx.Client``
  on ``AppTransport``);
* ``intercept enter+exit`` and ``fixture enter+exit`` (a fresh workspace each time), after the
  first, alone and with one retrieve (which builds the workspace from the demo seed), with the
  app's client made once outside (a new ``Campfire()`` costs an SSL context, printed for scale).

and the whole of a typical test (issue 32), each after the first:

* ``test, respx``: enter ``respx.mock()`` with a canned route, ``Campfire(api_key=<new>)``, one
  retrieve, exit;
* ``test, intercept()``: enter ``intercept()``, ``Campfire(api_key=<new>)`` (a fresh workspace, built
  from the demo seed), one retrieve, exit.

Targets: an in-process retrieve within 2x of the respx one; enter+exit under 5 ms (issue 21); the
intercept() test within 2x of the respx test and under 5 ms (issue 32).
"""

from __future__ import annotations

import argparse
import statistics
import time
import typing as t
import uuid

import httpx
import respx

import campfire_mock
from campfire_mock.inprocess import AppTransport, shared_app
from campfire_sdk import Campfire

BASE = "https://api.meetcampfire.com"


#: The clock the medians are read on: ``--clock cpu`` (this process's CPU time, what the work costs
#: whatever else the machine runs) or ``--clock wall``.
CLOCK: t.Callable[[], float] = time.process_time


def median_ms(fn: t.Callable[[], object], count: int) -> float:
    times = []
    for _ in range(count):
        started = CLOCK()
        fn()
        times.append(CLOCK() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200, help="calls per round and kind")
    parser.add_argument("--repeats", type=int, default=5, help="interleaved rounds; the best median is kept")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument(
        "--clock",
        choices=("cpu", "wall"),
        default="cpu",
        help="cpu: this process's CPU time (steady on a busy shared machine); wall: elapsed time",
    )
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    print(f"medians on the {args.clock} clock")

    first = time.perf_counter()
    with campfire_mock.intercept():
        canned = Campfire(api_key="bench").invoices.retrieve(47864).model_dump(mode="json")
    first_ms = (time.perf_counter() - first) * 1000

    sdk = Campfire(api_key="bench")
    app = shared_app({"seed": "demo"})
    http = httpx.Client(transport=AppTransport(app), base_url="http://campfire-mock.test")
    client = Campfire(api_key="bench-fixture", base_url="http://campfire-mock.test", http_client=http)
    # Interleaved rounds, the best median of each kept: a shared machine's noise hits all three alike.
    respx_ms = intercept_ms = fixture_ms = float("inf")
    for _ in range(args.repeats):
        with respx.mock(assert_all_called=False) as router:
            router.get(f"{BASE}/coa/api/v1/invoice/47864/").respond(json=canned)
            respx_ms = min(respx_ms, median_ms(lambda: sdk.invoices.retrieve(47864), args.calls))
        with campfire_mock.intercept():
            intercept_ms = min(intercept_ms, median_ms(lambda: sdk.invoices.retrieve(47864), args.calls))
        fixture_ms = min(fixture_ms, median_ms(lambda: client.invoices.retrieve(47864), args.calls))

    try:

        def fixture_round(call: bool) -> None:
            token = f"test-{uuid.uuid4().hex[:12]}"  # what the campfire_mock fixture does
            if call:
                Campfire(api_key=token, base_url="http://campfire-mock.test", http_client=http).invoices.retrieve(47864)
            with app.store.lock:
                app.store.workspaces.pop(token, None)

        fixture_empty_ms = median_ms(lambda: fixture_round(False), args.rounds)
        fixture_call_ms = median_ms(lambda: fixture_round(True), args.rounds)
    finally:
        http.close()

    app_client = Campfire(api_key="bench")  # the app's own client, made once (as apps do)

    def intercept_round(call: bool) -> None:
        with campfire_mock.intercept():
            if call:
                app_client.invoices.retrieve(47864)

    intercept_empty_ms = median_ms(lambda: intercept_round(False), args.rounds)
    intercept_call_ms = median_ms(lambda: intercept_round(True), args.rounds)
    new_client_ms = median_ms(lambda: Campfire(api_key=f"bench-{uuid.uuid4().hex}").invoices, args.rounds)

    def respx_test() -> None:
        with respx.mock(assert_all_called=False) as router:
            router.get(f"{BASE}/coa/api/v1/invoice/47864/").respond(json=canned)
            Campfire(api_key=f"test-{uuid.uuid4().hex[:12]}").invoices.retrieve(47864)

    def intercept_test() -> None:
        with campfire_mock.intercept():
            Campfire(api_key=f"test-{uuid.uuid4().hex[:12]}").invoices.retrieve(47864)

    respx_test_ms = intercept_test_ms = float("inf")
    for _ in range(args.repeats):  # interleaved, the best median of each kept
        respx_test_ms = min(respx_test_ms, median_ms(respx_test, args.rounds))
        intercept_test_ms = min(intercept_test_ms, median_ms(intercept_test, args.rounds))

    rows = [
        ("first intercept() (builds the app) + one retrieve", first_ms, ""),
        ("retrieve, canned respx route", respx_ms, ""),
        ("retrieve, intercept()", intercept_ms, f"{intercept_ms / respx_ms:.2f}x respx"),
        ("retrieve, campfire_client fixture wiring", fixture_ms, f"{fixture_ms / respx_ms:.2f}x respx"),
        ("intercept() enter+exit", intercept_empty_ms, ""),
        ("intercept() enter + retrieve + exit", intercept_call_ms, ""),
        ("fixture enter+exit", fixture_empty_ms, ""),
        ("fixture enter + retrieve + exit", fixture_call_ms, ""),
        ("a new Campfire() client (shared SSL context)", new_client_ms, ""),
        ("test: respx.mock + new client + retrieve + exit", respx_test_ms, ""),
        (
            "test: intercept() + new client + retrieve + exit",
            intercept_test_ms,
            f"{intercept_test_ms / respx_test_ms:.2f}x respx",
        ),
    ]
    for label, value, note in rows:
        print(f"{label:<54} {value:9.3f} ms  {note}")
    ok_call = max(intercept_ms, fixture_ms) / respx_ms <= 2
    ok_enter = max(intercept_empty_ms, fixture_empty_ms) < 5
    ok_test = intercept_test_ms / respx_test_ms <= 2 and intercept_test_ms < 5
    print(
        f"targets: retrieve within 2x of respx: {'met' if ok_call else 'NOT met'}; "
        f"enter+exit under 5 ms: {'met' if ok_enter else 'NOT met'}; "
        f"a test with a new client within 2x of respx's and under 5 ms: {'met' if ok_test else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
