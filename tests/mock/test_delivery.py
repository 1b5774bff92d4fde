"""Webhook deliveries over real HTTP to receivers on 127.0.0.1: signing, retries, timeouts, host policy."""

from __future__ import annotations

import contextlib
import http.server
import json
import socket
import threading
import time
import typing as t
from collections.abc import Iterator

import pytest
import standardwebhooks

from campfire_mock.delivery import (
    Attempt,
    Batch,
    Deliverer,
    Delivery,
    Message,
    Target,
    envelope,
    host_allowed,
    new_secret,
)
from campfire_mock.webhook_http import redact


class Receiver:
    """A loopback HTTP server that answers the statuses it is given, in turn, and keeps what it got."""

    def __init__(self, statuses: t.Sequence[int] = (200,), delay: float = 0.0) -> None:
        self.statuses = list(statuses)
        self.delay = delay
        self.got: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.got.append(({k.lower(): v for k, v in self.headers.items()}, body))
                time.sleep(receiver.delay)
                status = receiver.statuses.pop(0) if len(receiver.statuses) > 1 else receiver.statuses[0]
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: t.Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def recorded() -> list[Attempt]:
    return []


@pytest.fixture
def deliverer(recorded: list[Attempt]) -> Iterator[Deliverer]:
    d = Deliverer(recorded.append, backoff=0.05, timeout=1.0, max_attempts=3)
    yield d
    d.close()


def _delivery(url: str, secret: str, topic: str = "invoice.paid") -> Delivery:
    body = envelope("evt_1", topic, "2026-01-01T00:00:00+0000", "invoice", 47864, {"id": 47864})
    return Delivery("tok", 7, url, secret, "evt_1", topic, body)


def test_delivery_is_signed_the_standard_webhooks_way(deliverer: Deliverer) -> None:
    """A receiver gets the envelope with headers the standardwebhooks package verifies."""
    receiver, secret = Receiver(), new_secret()
    try:
        deliverer.submit([_delivery(receiver.url, secret)])
        assert deliverer.idle(5)
        headers, body = receiver.got[0]
        payload = standardwebhooks.Webhook(secret).verify(body, headers)
        assert payload["topic"] == "invoice.paid" and payload["object"] == {"id": 47864}
        assert headers["webhook-id"] == "evt_1"
    finally:
        receiver.close()


def test_failed_attempts_are_retried_with_the_same_id(deliverer: Deliverer, recorded: list[Attempt]) -> None:
    """A receiver answering 500 then 200 gets a second attempt with the same webhook-id; both are recorded."""
    receiver = Receiver([500, 200])
    try:
        deliverer.submit([_delivery(receiver.url, new_secret())])
        assert deliverer.idle(5)
        assert [a.status for a in recorded] == ["retrying", "delivered"]
        assert [a.http["status_code"] for a in recorded] == [500, 200]
        assert {h["webhook-id"] for h, _ in receiver.got} == {"evt_1"} and len(receiver.got) == 2
    finally:
        receiver.close()


def test_attempts_stop_after_max_attempts(deliverer: Deliverer, recorded: list[Attempt]) -> None:
    """A receiver that always fails gets exactly max_attempts tries, the last recorded as failed."""
    receiver = Receiver([503])
    try:
        deliverer.submit([_delivery(receiver.url, new_secret())])
        assert deliverer.idle(5)
        assert [a.status for a in recorded] == ["retrying", "retrying", "failed"]
        assert len(receiver.got) == 3
    finally:
        receiver.close()


def test_unreachable_receiver_is_retried_then_failed(deliverer: Deliverer, recorded: list[Attempt]) -> None:
    """A refused connection counts as a failed attempt with its error, and is retried."""
    receiver = Receiver()
    url = receiver.url
    receiver.close()
    deliverer.submit([_delivery(url, new_secret())])
    assert deliverer.idle(5)
    assert [a.status for a in recorded] == ["retrying", "retrying", "failed"]
    assert "error" in recorded[-1].http


def test_submit_does_not_wait_for_a_slow_receiver(deliverer: Deliverer) -> None:
    """Submitting to a receiver that takes 0.5 s returns at once."""
    receiver = Receiver(delay=0.5)
    try:
        started = time.perf_counter()
        deliverer.submit([_delivery(receiver.url, new_secret())])
        assert time.perf_counter() - started < 0.1
        assert deliverer.idle(5)
    finally:
        receiver.close()


def test_other_hosts_are_blocked_unless_allowed(deliverer: Deliverer, recorded: list[Attempt]) -> None:
    """A URL off loopback is recorded as blocked and never sent; allowed hosts and * widen the rule."""
    deliverer.submit([_delivery("http://example.com/hook", new_secret())])
    assert deliverer.idle(5)
    assert recorded[0].status == "blocked" and "--webhook-hosts" in recorded[0].http["error"]
    assert host_allowed("http://localhost:9/x", frozenset()) and host_allowed("http://[::1]:9/", frozenset())
    assert host_allowed("http://127.0.0.2/", frozenset())
    assert not host_allowed("http://10.0.0.1/", frozenset())
    assert host_allowed("http://hooks.test/", frozenset({"hooks.test"}))
    assert host_allowed("https://anything.example/", frozenset({"*"}))
    assert not host_allowed("ftp://127.0.0.1/", frozenset({"*"}))


def test_envelope_carries_the_event() -> None:
    """The delivery body names the event, topic, time and object."""
    body = json.loads(envelope("evt_2", "vendor.created", "2026-01-01T00:00:00+0000", "vendor", 5, {"id": 5}))
    assert body == {
        "id": "evt_2",
        "topic": "vendor.created",
        "created_at": "2026-01-01T00:00:00+0000",
        "object_type": "vendor",
        "object_id": 5,
        "object": {"id": 5},
    }


class Hang:
    """A loopback receiver that accepts connections and never answers (or drips a byte every ``drip`` s)."""

    def __init__(self, drip: float = 0.0) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/hook"
        self.drip = drip
        self.conns: list[socket.socket] = []
        self._stop = threading.Event()
        # Set before the thread starts: a test that closes the receiver at once (a loaded machine may not have
        # run the thread yet) must not leave it a closed socket to configure.
        self.sock.settimeout(0.1)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(OSError):
                conn, _ = self.sock.accept()
                self.conns.append(conn)
                if self.drip:
                    threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError):
            for byte in b"HTTP/1.1 200 OK\r\n":
                if self._stop.wait(self.drip):
                    return
                conn.send(bytes([byte]))

    def close(self) -> None:
        self._stop.set()
        for conn in self.conns:
            conn.close()
        self.sock.close()


def _batch(token: str, url: str, events: int, hooks: int = 1) -> Batch:
    targets = tuple(Target(i, url, new_secret()) for i in range(1, hooks + 1))
    return Batch(token, targets, tuple(Message(f"evt_{i}", "invoice.paid", b"{}") for i in range(events)))


def test_an_attempt_has_one_deadline_however_slowly_the_receiver_drips() -> None:
    """A receiver dripping a byte every 0.2 s is cut off at the 1 s deadline of the whole attempt."""
    recorded: list[Attempt] = []
    hang = Hang(drip=0.2)
    deliverer = Deliverer(recorded.append, timeout=1.0, max_attempts=1)
    try:
        started = time.monotonic()
        deliverer.submit([_delivery(hang.url, new_secret())])
        assert deliverer.idle(5)
        assert time.monotonic() - started < 3.0  # the drip alone would take 3.4 s
        assert recorded[0].status == "failed" and recorded[0].http["error"] == "no answer within 1 s"
    finally:
        deliverer.close()
        hang.close()


def test_hanging_receivers_of_one_workspace_never_hold_up_another() -> None:
    """With 40 deliveries of workspace A hanging, workspace B's delivery is made at once, by a free worker."""
    recorded: list[Attempt] = []
    hang, receiver = Hang(), Receiver()
    deliverer = Deliverer(recorded.append, timeout=5.0, max_attempts=1, workers=4)
    try:
        deliverer.submit([_batch("a", hang.url, 10, hooks=4)])
        time.sleep(0.1)
        started = time.monotonic()
        deliverer.submit([_delivery(receiver.url, new_secret())])
        made = deliverer.wait(lambda attempts: any(a.delivery.token == "tok" for a in attempts), timeout=3.0)
        assert [a.status for a in made if a.delivery.token == "tok"] == ["delivered"]
        assert time.monotonic() - started < 2.0  # long before any of A's attempts ends (5 s)
        assert deliverer.waiting("a") == 40
    finally:
        deliverer.close()
        hang.close()
        receiver.close()


def test_a_workspace_over_its_share_drops_its_own_deliveries_and_records_it() -> None:
    """Beyond its share a workspace's deliveries are dropped, one ``dropped`` row per webhook saying how many;
    another workspace's delivery is still queued."""
    recorded: list[Attempt] = []
    hang = Hang()
    deliverer = Deliverer(recorded.append, timeout=3.0, max_attempts=1, workers=2, share=5)
    try:
        deliverer.submit([_batch("a", hang.url, 4, hooks=2)])
        dropped = [a for a in recorded if a.status == "dropped"]
        assert sorted((a.delivery.webhook_id, a.http["error"]) for a in dropped) == [
            (1, "1 deliveries dropped: this workspace already has 5 waiting"),
            (2, "2 deliveries dropped: this workspace already has 5 waiting"),
        ]
        deliverer.submit([_batch("b", hang.url, 1)])
        assert deliverer.waiting("a") == 5 and deliverer.waiting("b") == 1
    finally:
        deliverer.close()
        hang.close()


def test_retries_wait_in_one_scheduler_not_a_thread_each() -> None:
    """300 deliveries to a refusing receiver, each retried, never start more threads than the workers."""
    recorded: list[Attempt] = []
    receiver = Receiver()
    url = receiver.url
    receiver.close()
    before = threading.active_count()
    deliverer = Deliverer(recorded.append, backoff=0.2, timeout=1.0, max_attempts=3, workers=4)
    try:
        deliverer.submit([_batch("a", url, 100, hooks=3)])
        time.sleep(0.3)
        assert threading.active_count() <= before + 4
        assert deliverer.idle(10)
        assert len(recorded) == 900 and {a.number for a in recorded if a.status == "failed"} == {3}
    finally:
        deliverer.close()


def test_a_batch_becomes_deliveries_only_for_the_webhooks_subscribed() -> None:
    """A batch of 3 events for 2 webhooks, one subscribed to a single topic, is 4 deliveries."""
    targets = (
        Target(1, "http://127.0.0.1:9/", "whsec_x"),
        Target(2, "http://127.0.0.1:9/", "whsec_x", frozenset({"a"})),
    )
    batch = Batch("t", targets, tuple(Message(f"e{i}", topic, b"{}") for i, topic in enumerate("abc")))
    assert len(batch) == 4
    assert [(d.webhook_id, d.topic) for d in batch] == [(1, "a"), (2, "a"), (1, "b"), (1, "c")]


def test_credentials_in_webhook_urls_are_redacted_for_logs() -> None:
    """A password and key-like query values are shown as ***."""
    assert redact("http://user:pw@127.0.0.1:9/h?api_key=abc&x=1") == "http://user:***@127.0.0.1:9/h?api_key=***&x=1"
    assert redact("http://127.0.0.1/h?token=s3cret") == "http://127.0.0.1/h?token=***"
