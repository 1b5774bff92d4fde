"""``http.turn_writes``: answers the server holds to the end of the event loop's turn are sent before a request
that may run long (a statement here), not after it; a quick request leaves them held."""

from __future__ import annotations

import asyncio
import typing as t

import httpx
import pytest

from campfire_mock.app import create_app
from campfire_mock.http.server import CoalescingTransport
from campfire_mock.http.turn_writes import send_held
from campfire_mock.inprocess import AppTransport
from campfire_mock.views.statements import StatementView

from .test_coalescing_transport import WITH_OTHERS, _Recorder

TRIAL_BALANCE = ("GET", "/ca/api/get_trial_balance", b"start_date=2026-01-01&end_date=2026-06-30")
RETRIEVE = ("GET", "/coa/api/v1/invoice/47864/", b"")


async def _call(transport: AppTransport, method: str, path: str, query: bytes) -> int:
    """One request through the whole ASGI app (``AppTransport.call``: nothing in it yields the turn); its status."""
    request = httpx.Request(method, f"http://mock{path}?{query.decode()}", headers={"Authorization": "Token demo"})
    status, _, _ = await transport.call(request, b"")
    return status


def test_a_statement_sends_the_held_answers_before_its_work_and_a_retrieve_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An answer held in the turn is on its socket when the trial balance's work starts; a retrieve in the same
    turn leaves it held (so the first case's write can only be the early send's: nothing in either request
    yields the turn)."""
    seen: list[list[tuple[str, bytes]]] = []
    raw = _Recorder()
    work = StatementView.get_trial_balance

    def watched(self: StatementView, *args: t.Any, **kwargs: t.Any) -> t.Any:
        seen.append(list(raw.calls))
        return work(self, *args, **kwargs)

    monkeypatch.setattr(StatementView, "get_trial_balance", watched)
    transport = AppTransport(create_app())

    async def scenario() -> tuple[int, list[tuple[str, bytes]], int]:
        held = CoalescingTransport(raw, asyncio.get_running_loop(), WITH_OTHERS)
        held.write(b"HTTP/1.1 200 OK\r\n\r\n")
        held.write(b'{"id": 1}')
        retrieved = await _call(transport, *RETRIEVE)
        after_retrieve = list(raw.calls)
        balanced = await _call(transport, *TRIAL_BALANCE)
        send_held()
        return retrieved, after_retrieve, balanced

    retrieved, after_retrieve, balanced = asyncio.run(scenario())
    assert (retrieved, balanced) == (200, 200)
    assert after_retrieve == []
    assert seen == [[("write", b'HTTP/1.1 200 OK\r\n\r\n{"id": 1}')]]
