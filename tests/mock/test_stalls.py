"""The README's "Limits" principle, measured on a live server: no request, legal or not, holds up
another client's by more than about half a second, and none answers a 5xx."""

from __future__ import annotations

from .live import LiveServer
from .stall import heavy_requests, run_all

#: The bound the README promises, on the project's 2-core machine.
STALL_BOUND = 0.5


def test_no_heavy_request_stalls_a_health_probe_for_half_a_second() -> None:
    """Each heaviest legal and illegal request gets its expected status while a probe's worst wait stays under 0.5 s."""
    with LiveServer() as server:
        results = run_all(server.url, "stalls")
    assert len(results) == len(heavy_requests())
    wrong = [(label, status, expected) for label, status, expected, _, _ in results if status != expected]
    assert wrong == []
    stalls = {label: round(worst, 3) for label, _, _, _, worst in results if worst >= STALL_BOUND}
    assert stalls == {}
