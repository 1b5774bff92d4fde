"""The README's "Limits" principle, measured on a live server: no request, legal or not, costs the server
half a second of work (so on an idle 2-core machine none holds up another client's by more than that),
the health probe keeps being answered meanwhile, and none answers a 5xx."""

from __future__ import annotations

from .live import LiveServer
from .stall import heavy_requests, run_all

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
