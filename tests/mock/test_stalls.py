"""The README's "Limits" principle, measured on a live server: no request, legal or not, costs the server
half a second of work (so on an idle 2-core machine none holds up another client's by more than that),
the health probe keeps being answered meanwhile, and none answers a 5xx."""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx
import pytest

from .live import LiveServer, state_args
from .stall import INVOICE, Probe, big_snapshot, heavy_requests, run_all
from .test_delivery import Hang, Receiver

HOOKS = "/integrations/api/v1/webhook"
SNAPSHOT = "/__campfire_mock__/snapshot"
#: Invoices of the heaviest import the probe makes: 100,000 (90 MB) under --deep, else 5,000 (4.5 MB), which
#: still took most of a second of the server's undivided attention before imports left the event loop.
BIG_IMPORT = 100_000 if os.environ.get("CAMPFIRE_TESTS_DEEP") == "1" else 5_000

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


@pytest.mark.parametrize("state", [False, True], ids=["in memory", "state file"])
def test_a_large_import_and_its_export_hold_up_no_one(tmp_path: Path, state: bool) -> None:
    """While one key imports a 5,000-invoice snapshot (100,000 under --deep) and exports it again, health and
    another workspace (its invoice list; with a state file, its invoice creates, which wait for the file) keep
    being answered, none failing nor waiting 3 s; the import lands whole and the export gives it back."""
    args = state_args(tmp_path / "state.db") if state else ()
    with LiveServer(*args) as server, httpx.Client(base_url=server.url, timeout=300) as http:
        big = {"Authorization": "Token big-import"}
        body = big_snapshot(http.get(SNAPSHOT, headers=big).json(), BIG_IMPORT)
        other = {"Authorization": "Token bystander"}
        assert http.get("/coa/api/v1/invoice/?limit=5", headers=other).status_code == 200
        peer_path, peer_method, peer_body = (
            ("/coa/api/v1/invoice/", "POST", {**INVOICE, "lines": [{"amount": 5}]})
            if state
            else ("/coa/api/v1/invoice/?limit=5", "GET", None)
        )
        for step in ("import", "export"):
            with (
                Probe(server.url) as health,
                Probe(server.url, path=peer_path, headers=other, method=peer_method, body=peer_body) as peer,
            ):
                started = time.perf_counter()
                if step == "import":
                    answer = http.post(SNAPSHOT, content=body, headers={**big, "content-type": "application/json"})
                else:
                    answer = http.get(SNAPSHOT, headers=big)
                ended = time.perf_counter()
            if step == "import":
                assert answer.status_code == 200 and answer.json()["counts"]["invoice"] == BIG_IMPORT
                assert http.get("/coa/api/v1/invoice/?limit=1", headers=big).json()["count"] == BIG_IMPORT
                # Blocked, each probe would get one answer at the very end; served beside it, one every few tens of ms
                # (at least 5 in the import's ~0.4 s: 10 was missed by a loaded CI machine's 8, a blocked one gets 1).
                assert health.between(started, ended) >= 5 and peer.between(started, ended) >= 5
            else:
                assert answer.status_code == 200 and len(answer.json()["objects"]["invoice"]) == BIG_IMPORT
            assert health.failures == 0 and peer.failures == 0, step
            assert health.worst < PROBE_BOUND and peer.worst < PROBE_BOUND, (step, health.worst, peer.worst)
