"""An open-loop load for ``bench/throughput.py``: requests sent on a fixed schedule, whatever the answers do.

wrk keeps ``--connections`` requests in flight and sends the next one only when an answer comes (a closed
loop): a server saturated that way holds every connection's request in its queue, so by Little's law its
latency is the number in flight over its throughput, and a server five times slower has a median five
times longer before anything goes wrong. Comparing tails that way compares throughputs again.

Here requests leave at a fixed rate (one every ``1 / rate`` seconds, on a schedule fixed in advance), each on a
keep-alive connection free at that moment (a new one is opened when none is, up to ``MAX_CONNECTIONS``), and
each latency is counted from the moment the schedule said the request should leave, not from when it could
(so a stall of the server is counted in full for every request it held up, not hidden by the client waiting:
no "coordinated omission"). Given the same rate, two servers are compared at the same work, and a tail is
what the server adds beyond its service time: queueing behind a stall, a pause, a burst. Loopback only,
bounded in time and in connections; the client runs on its own event loop (uvloop when installed), and its
own delays count in every server's figures alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import time
import typing as t

#: Connections the generator may open at most (a server stalled longer than that many requests' spacing
#: makes later requests wait for a connection, and their wait is counted).
MAX_CONNECTIONS = 256


class _Connection(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection reading answers framed by ``Content-Length``."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._waiter: asyncio.Future[int] | None = None
        self.lost = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = t.cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0 or self._waiter is None:
            return
        head = bytes(self._buffer[:end]).lower()
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip() == b"content-length":
                length = int(value)
        if len(self._buffer) >= end + 4 + length:
            status = int(head[9:12])
            del self._buffer[: end + 4 + length]
            waiter, self._waiter = self._waiter, None
            if not waiter.done():
                waiter.set_result(status)

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_exception(ConnectionError("connection lost"))

    async def exchange(self, request: bytes) -> int:
        """Send one request, wait for its answer; its status."""
        assert self.transport is not None
        self._waiter = asyncio.get_running_loop().create_future()
        self.transport.write(request)
        return await self._waiter


def http_request(method: str, path: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    """The bytes of one HTTP/1.1 keep-alive request."""
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _run(port: int, request: bytes, rate: float, duration: float) -> dict[str, float]:
    loop = asyncio.get_running_loop()
    idle: list[_Connection] = []
    opened = 0
    latencies: list[float] = []
    #: How late each request left (the generator's own delay, a stalled server's held connections included).
    lags: list[float] = []
    errors = 0
    free = asyncio.Condition()

    async def connection() -> _Connection:
        nonlocal opened
        while True:
            while idle:
                conn = idle.pop()
                if not conn.lost:
                    return conn
            if opened < MAX_CONNECTIONS:
                opened += 1
                _, protocol = await loop.create_connection(_Connection, "127.0.0.1", port)
                return protocol
            async with free:
                await free.wait()

    async def one(scheduled: float) -> None:
        nonlocal errors
        conn = await connection()
        lags.append(time.perf_counter() - scheduled)
        try:
            status = await conn.exchange(request)
        except ConnectionError:
            errors += 1
            return
        latencies.append(time.perf_counter() - scheduled)
        if status >= 400:
            errors += 1
        idle.append(conn)
        async with free:
            free.notify()

    count = int(rate * duration)
    started = time.perf_counter() + 0.05
    tasks = set()
    for i in range(count):
        scheduled = started + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        task = loop.create_task(one(scheduled))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=30)
    late = count - len(latencies) - errors
    for conn in idle:
        if conn.transport is not None:
            conn.transport.close()
    latencies.sort()
    ms = [x * 1e3 for x in latencies] or [float("nan")]
    return {
        "rate": rate,
        "sent": count,
        "p50": statistics.median(ms),
        "p99": ms[min(len(ms) - 1, int(len(ms) * 0.99))],
        "max": ms[-1],
        "errors": float(errors + late),
        "connections": float(opened),
        "lag_p99": sorted(lags)[min(len(lags) - 1, int(len(lags) * 0.99))] * 1e3 if lags else float("nan"),
    }


def open_loop(port: int, request: bytes, rate: float, duration: float) -> dict[str, float]:
    """Send ``request`` to 127.0.0.1:``port`` at ``rate`` per second for ``duration`` seconds; latency
    percentiles in ms from each request's scheduled time, errors (non-2xx/3xx, lost or never answered), and
    ``lag_p99``: how late the requests left (ms; the generator's own delays when the machine is busy, and the
    wait for a free connection when the server holds them all: a large lag with a small server p50 says the
    figures measure the machine, not the server)."""
    try:
        import uvloop

        return uvloop.run(_run(port, request, rate, duration))
    except ImportError:
        return asyncio.run(_run(port, request, rate, duration))
