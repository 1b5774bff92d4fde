"""Uvicorn as ``campfire-mock serve`` runs it: slow clients time out, connections are bounded.

Uvicorn times out idle keep-alive connections, but not a request whose headers trickle in (or never
come): a few hundred such sockets would use up the process's file descriptors. The protocol class
here closes a connection whose request headers have not all arrived ``header_timeout`` seconds after
it opened (or after its first byte, between keep-alive requests). The body's own deadline is the
front door's (``RequestMiddleware.body_timeout``, a 408); ``--max-connections`` is uvicorn's
``limit_concurrency`` (a 503 beyond it).

Uvicorn writes an answer's status line and headers to the socket as soon as the app sends them, then its
body: two ``send`` system calls (two TCP segments) per answer, each waking the client at once. On loopback each
such call, and each wake-up of a client waiting on the other core, costs more CPU than most requests' own work,
so the protocol here hands uvicorn a ``CoalescingTransport``: an answer's headers are held until its body is
written, and both go out as one write (one segment). While other requests are in flight, the answer waits further,
to the end of the event loop's turn: the answers of every request handled in the turn then leave together, in one
burst of system calls once the turn's work is done, instead of a send through the kernel's TCP stack (and a
client woken) between one request's work and the next. Under a load of 32 connections that cut the kernel's time
per create from 30 to about 12 us and the process's own from 183 to about 160 us (wave 4 session 13,
``bench/throughput.py``; docs/performance.md). The price: an answer finished early in a turn waits for the rest of that
turn's quick requests (a few hundred microseconds of work each). A request that may run long on the event loop (a
statement, a report, a page of more than 100, a large body) first sends what is held (``turn_writes.py``), and
imports and exports run in worker threads (``offload.py``). A lone request's answer leaves as soon as its body is
written, as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib.util
import logging
import resource
import sys
import typing as t

import uvicorn

from ..limits import HEADER_TIMEOUT_SECONDS
from .control import ConnectionDropped
from .turn_writes import hold

#: The collector's thresholds while serving: a collection every 2,000 new container objects, every other one a
#: middle one (its own generation then holds one young collection's survivors only), a full one after 400 middle
#: ones (as often as after the 100 of ``(4_000, 2, 100)``, whose middle collection came after three young ones:
#: every 1.6 million new objects at most), and only once the survivors grew by a quarter. Every collection holds
#: up every request in flight: under a closed-loop load of creates, whose stored rows all survive, a middle
#: collection of ``(4_000, 2, 100)`` examined four young collections' worth (about 10,500 objects; a median 1.1
#: to 2 ms of CPU in process, 4 to 10 ms in the server); these examine about 2,750 (at most 5,000 seen; a median
#: 0.25 to 0.4 ms in process), and the young and middle collections take less CPU in all (``bench/create_tail.py``).
#: Python 3.14's incremental collector reads the second value as the old generation's scan rate instead: it keeps
#: the thresholds it had.
GC_THRESHOLDS = (2_000, 0, 400) if sys.version_info[:2] != (3, 14) else (4_000, 2, 100)


def tune_collector() -> None:
    """The garbage collector as the server runs with it, once start-up is done: what start-up loaded lives as
    long as the server, so it is frozen out of every collection; small young and middle generations keep each
    of those collections to the few thousand objects made since the last (a pause under a millisecond, where
    a young collection under the default-like ``(50,000, 20)`` walked up to 100,000 objects and took 15 to 50 ms,
    growing with the store). The stored rows live in the oldest generation, walked only by the rare full
    collection. Survivors are not frozen: a reference cycle that dies after being frozen is never collected
    (a closed connection's, a reset workspace's), so memory would only ever grow."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


class CoalescingTransport:
    """A transport that holds its writes and sends them as one: an answer's headers with its body, and, while
    other requests are in flight, the answers of every request handled in the event loop's turn together, at
    its end. What is held goes out when the turn ends, or before a request that may run long, or when the
    connection is closed, or its writing ended.
    Everything else is the wrapped transport's."""

    __slots__ = ("_buffer", "_in_flight", "_loop", "_transport")

    def __init__(
        self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop, in_flight: t.Collection[object]
    ) -> None:
        self._transport = transport
        self._loop = loop
        #: The server's requests in flight (uvicorn's tasks, this one's included): alone, an answer leaves as
        #: soon as its body is written; with others, at the end of the turn, with theirs.
        self._in_flight = in_flight
        self._buffer: list[bytes] = []

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Hold ``data`` until the turn ends (``turn_writes.hold``), or until a request that may run long is
        about to (``turn_writes.send_held``); a write after another (an answer's body after its headers) is sent
        at once with it when no other request is in flight."""
        buffer = self._buffer
        buffer.append(bytes(data))
        if len(buffer) == 1:
            hold(self, self._loop)
        elif len(self._in_flight) <= 1:
            self.flush()

    def flush(self) -> None:
        """Write what was queued, as one write (nothing once the transport is closing)."""
        if self._buffer:
            data = self._buffer[0] if len(self._buffer) == 1 else b"".join(self._buffer)
            self._buffer.clear()
            if not self._transport.is_closing():
                self._transport.write(data)

    def writelines(self, chunks: t.Iterable[bytes | bytearray | memoryview]) -> None:
        for chunk in chunks:
            self.write(chunk)

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(map(len, self._buffer))

    def __getattr__(self, name: str) -> t.Any:
        return getattr(self._transport, name)


def bounded_protocol(header_timeout: float = HEADER_TIMEOUT_SECONDS) -> type[asyncio.Protocol]:
    """Uvicorn's HTTP protocol (httptools if installed, as uvicorn's ``auto`` picks, else h11) with a
    deadline for request headers, writing through a ``CoalescingTransport``."""
    base: type[t.Any]
    if importlib.util.find_spec("httptools") is not None:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as base
    else:
        from uvicorn.protocols.http.h11_impl import H11Protocol as base

    class HeaderDeadline(base):  # type: ignore[misc]
        """Closes the connection when a request's headers take longer than ``header_timeout`` seconds."""

        _timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            coalescing = CoalescingTransport(
                t.cast(asyncio.Transport, transport), asyncio.get_running_loop(), self.server_state.tasks
            )
            super().connection_made(coalescing)
            self._arm()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self._waiting_for_headers():
                if self._timer is None:
                    self._arm()
            else:
                self._disarm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _waiting_for_headers(self) -> bool:
            cycle = getattr(self, "cycle", None)
            return cycle is None or bool(cycle.response_complete)

        def _arm(self) -> None:
            self._timer = asyncio.get_running_loop().call_later(header_timeout, self._expire)

        def _disarm(self) -> None:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

        def _expire(self) -> None:
            self._timer = None
            if self._waiting_for_headers() and not getattr(self, "pipeline", None):
                self.transport.close()

    return HeaderDeadline


class InjectedDrops(logging.Filter):
    """Leaves out uvicorn's error and traceback for a connection the mock cut on purpose (a ``drop`` fault,
    ``control.ConnectionDropped``): the request's own log line says what happened."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


def config(app: t.Any, *, max_connections: int, header_timeout: float = HEADER_TIMEOUT_SECONDS) -> uvicorn.Config:
    """The server's uvicorn settings: header deadline, bounded connections, 5 s keep-alive; no traceback for an
    injected dropped connection (``InjectedDrops``)."""
    errors = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, InjectedDrops) for f in errors.filters):
        errors.addFilter(InjectedDrops())
    return uvicorn.Config(
        app,
        access_log=False,
        log_level="warning",
        http=bounded_protocol(header_timeout),
        limit_concurrency=max_connections,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=5,
    )


def raise_file_limit() -> int:
    """Lift the soft limit on open files to the hard one (idle sockets then time out long before
    they could use them up); the limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
    return soft


__all__ = [
    "CoalescingTransport",
    "InjectedDrops",
    "bounded_protocol",
    "config",
    "raise_file_limit",
    "tune_collector",
]
