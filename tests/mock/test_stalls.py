"""The README's "Limits" principle, measured on a live server: no request, legal or not, costs the server
half a second of work (so on an idle 2-core machine none holds up another client's by more than that),
the health probe keeps being answered meanwhile, and none answers a 5xx."""

from __future__ import annotations

import time

import httpx

from .live import LiveServer
from .stall import INVOICE, Probe, heavy_requests, run_all
from .test_delivery import Hang, Receiver

HOOKS = "/integrations/api/v1/webhook"

#: The work one request may cost the server (its CPU time), as the README promises.
STALL_BOUND = 0.5
#: The probe's worst wait, loosely: a busy machine (the test suite's other workers) stretches it.
PROBE_BOUND = 3.0


def test_no_heavy_request_costs_half_a_second_of_work() -> None:
    """Each heaviest legal and illegal request gets its expected status for under 0.5 s of server CPU time,
    and the health probe never fails nor waits 3 s."""
    with LiveServer() as server:
        assert server.process is not None
        results = run_all(server.url, "stalls", server.process.pid)
    assert len(results) == len(heavy_requests())
    wrong = [(label, status, expected) for label, status, expected, *_ in results if status != expected]
    assert wrong == []
    costly = {label: round(cpu, 3) for label, *_, cpu in results if cpu >= STALL_BOUND}
    assert costly == {}
    stalls = {label: round(worst, 3) for label, _, _, _, worst, _ in results if worst >= PROBE_BOUND}
    assert stalls == {}


def test_one_workspaces_webhook_storm_holds_up_no_one() -> None:
    """16 webhooks to hanging receivers and a bulk create of 250 invoices (4,000 deliveries) in one workspace:
    health keeps answering, and another workspace's webhook is delivered within two seconds."""
    hang, receiver = Hang(), Receiver()
    try:
        with LiveServer() as server, httpx.Client(base_url=server.url, timeout=30) as http:
            storm = {"Authorization": "Token storm"}
            for _ in range(15):  # the demo seed has one webhook (to example.com, never sent)
                made = http.post(HOOKS, json={"url": hang.url, "active": True}, headers=storm)
                assert made.status_code == 201
            bulk = {"invoices": [{**INVOICE, "lines": [{"amount": 1}]}] * 250}
            with Probe(server.url) as probe:
                answer = http.post("/coa/api/v1/invoice/bulk-create", json=bulk, headers=storm)
                assert answer.status_code == 201
                calm = {"Authorization": "Token calm"}
                hook = http.post(HOOKS, json={"url": receiver.url, "active": True}, headers=calm).json()
                started = time.monotonic()
                assert http.post("/coa/api/v1/invoice/", json={**INVOICE, "lines": [{"amount": 5}]}, headers=calm)
                while not receiver.got and time.monotonic() - started < 5:
                    time.sleep(0.05)
                took = time.monotonic() - started
            assert receiver.got and took < 2.0
            assert receiver.got[0][0]["webhook-id"].startswith("evt_") and hook["token"].startswith("whsec_")
            assert probe.failures == 0 and probe.worst < PROBE_BOUND
    finally:
        hang.close()
        receiver.close()
