"""Webhook deliveries over real HTTP to receivers on 127.0.0.1: signing, retries, timeouts, host policy."""

from __future__ import annotations

import http.server
import json
import threading
import time
import typing as t
from collections.abc import Iterator

import pytest
import standardwebhooks

from campfire_mock.delivery import Attempt, Deliverer, Delivery, envelope, host_allowed, new_secret


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
