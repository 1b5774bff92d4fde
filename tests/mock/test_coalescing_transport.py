"""``http.server.CoalescingTransport``: an answer's writes reach the socket as one; while other requests are in
flight, at the end of the event loop's turn, with theirs."""

from __future__ import annotations

import asyncio

from campfire_mock.http.server import CoalescingTransport


class _Recorder(asyncio.Transport):
    """A transport that records what reaches it."""

    def __init__(self, shared: list[tuple[str, bytes]] | None = None) -> None:
        super().__init__()
        self.calls: list[tuple[str, bytes]] = []
        #: Every write of the transports sharing this list, in the order they reached their sockets.
        self.shared = shared
        self.closing = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.calls.append(("write", bytes(data)))
        if self.shared is not None:
            self.shared.append(("write", bytes(data)))

    def write_eof(self) -> None:
        self.calls.append(("eof", b""))

    def close(self) -> None:
        self.closing = True
        self.calls.append(("close", b""))

    def is_closing(self) -> bool:
        return self.closing

    def get_write_buffer_size(self) -> int:
        return 7


#: The server's requests in flight: this one alone, or with another.
ALONE: list[object] = [object()]
WITH_OTHERS: list[object] = [object(), object()]


async def _settle() -> None:
    await asyncio.sleep(0)
    await asyncio.sleep(0)


def test_headers_and_body_reach_the_socket_as_one_write_in_order() -> None:
    """Headers are held until the body is written, then both are one write, at once and in order, when no other
    request is in flight."""

    async def scenario() -> list[tuple[str, bytes]]:
        raw = _Recorder()
        transport = CoalescingTransport(raw, asyncio.get_running_loop(), ALONE)
        transport.write(b"HTTP/1.1 200 OK\r\n\r\n")
        assert raw.calls == []
        assert transport.get_write_buffer_size() == 7 + 19
        transport.write(memoryview(b'{"id": 1}'))
        assert raw.calls == [("write", b'HTTP/1.1 200 OK\r\n\r\n{"id": 1}')]
        transport.writelines([b"a", b"b"])
        await _settle()
        return raw.calls

    assert asyncio.run(scenario()) == [("write", b'HTTP/1.1 200 OK\r\n\r\n{"id": 1}'), ("write", b"ab")]


def test_with_other_requests_in_flight_answers_leave_together_at_the_end_of_the_turn() -> None:
    """While other requests are in flight, a whole answer is held to the end of the turn, and the answers of the
    turn then go out, each as one write on its own connection, in the order they were written."""

    async def scenario() -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]], list[tuple[str, bytes]]]:
        loop = asyncio.get_running_loop()
        sent: list[tuple[str, bytes]] = []
        first, second = _Recorder(sent), _Recorder(sent)
        one, two = CoalescingTransport(first, loop, WITH_OTHERS), CoalescingTransport(second, loop, WITH_OTHERS)
        one.write(b"HTTP/1.1 201 Created\r\n\r\n")
        one.write(b'{"id": 1}')
        two.write(b"HTTP/1.1 200 OK\r\n\r\n")
        two.write(b'{"id": 2}')
        held = list(sent)
        await _settle()
        return held, first.calls, sent

    held, first, sent = asyncio.run(scenario())
    assert held == []
    assert first == [("write", b'HTTP/1.1 201 Created\r\n\r\n{"id": 1}')]
    assert sent == [("write", b'HTTP/1.1 201 Created\r\n\r\n{"id": 1}'), ("write", b'HTTP/1.1 200 OK\r\n\r\n{"id": 2}')]


def test_a_write_left_alone_goes_out_at_the_end_of_the_turn() -> None:
    """A write no other follows (headers of an answer whose body comes later) is sent once the turn ends."""

    async def scenario() -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
        raw = _Recorder()
        transport = CoalescingTransport(raw, asyncio.get_running_loop(), ALONE)
        transport.write(b"HTTP/1.1 200 OK\r\n\r\n")
        held = list(raw.calls)
        await _settle()
        return held, raw.calls

    assert asyncio.run(scenario()) == ([], [("write", b"HTTP/1.1 200 OK\r\n\r\n")])


def test_close_and_write_eof_send_what_is_queued_first() -> None:
    """Closing (or ending the writing side) writes what is queued before, and nothing is written after close."""

    async def scenario() -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
        ending = _Recorder()
        queued = CoalescingTransport(ending, asyncio.get_running_loop(), ALONE)
        queued.write(b"last")
        queued.write_eof()
        raw = _Recorder()
        transport = CoalescingTransport(raw, asyncio.get_running_loop(), ALONE)
        transport.write(b"answer")
        transport.close()
        transport.write(b"too late")
        await _settle()
        return raw.calls, ending.calls

    closed, ended = asyncio.run(scenario())
    assert closed == [("write", b"answer"), ("close", b"")]
    assert ended == [("write", b"last"), ("eof", b"")]


def test_other_calls_reach_the_transport() -> None:
    """What the transport does besides writing (here ``is_closing``) is the wrapped transport's own."""

    async def scenario() -> bool:
        raw = _Recorder()
        transport = CoalescingTransport(raw, asyncio.get_running_loop(), ALONE)
        raw.closing = True
        return bool(transport.is_closing())

    assert asyncio.run(scenario()) is True


def test_a_loop_closed_with_writes_held_does_not_hold_up_the_next_loops() -> None:
    """A loop that closed before its turn ended (its held write never sent) leaves the next loop in the same
    thread sending its own answers at the end of its turn."""
    gone = asyncio.new_event_loop()
    CoalescingTransport(_Recorder(), gone, WITH_OTHERS).write(b"never sent")
    gone.close()

    async def scenario() -> list[tuple[str, bytes]]:
        raw = _Recorder()
        CoalescingTransport(raw, asyncio.get_running_loop(), WITH_OTHERS).write(b"answer")
        await _settle()
        return raw.calls

    assert asyncio.run(scenario()) == [("write", b"answer")]
