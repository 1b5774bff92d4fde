"""Answers held to the end of the event loop's turn, and sending them early.

While other requests are in flight, the server holds each answer until the event loop's turn ends, so that the
answers of a turn leave together (``server.CoalescingTransport``). A request that may run long on the event loop
(a statement, a report, a large page or body: ``compiled.Route.quick`` tells) first sends what is held
(``send_held``), so an answer finished earlier in the turn does not wait for it. One list per thread: each event
loop runs in its own.
"""

from __future__ import annotations

import asyncio
import threading
import typing as t


class Holder(t.Protocol):
    """A transport holding writes (``server.CoalescingTransport``)."""

    def flush(self) -> None: ...


_local = threading.local()


def hold(transport: Holder, loop: asyncio.AbstractEventLoop) -> None:
    """Note that ``transport`` holds writes until the turn ends (the turn's first asks ``loop`` to send them). What
    a loop no longer running left held (it closed before its turn ended) is forgotten: its connections are gone."""
    state: tuple[asyncio.AbstractEventLoop, list[Holder]] | None = _local.__dict__.get("state")
    if state is None or state[0] is not loop:
        state = _local.state = (loop, [])
    held = state[1]
    if not held:
        loop.call_soon(send_held)
    held.append(transport)


def send_held() -> None:
    """Send what the transports of this thread's event loop hold, now."""
    state: tuple[asyncio.AbstractEventLoop, list[Holder]] | None = _local.__dict__.get("state")
    if state is not None and state[1]:
        batch = list(state[1])
        state[1].clear()
        for transport in batch:
            transport.flush()


__all__ = ["Holder", "hold", "send_held"]
