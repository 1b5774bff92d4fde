"""Webhook deliveries: signed HTTP POSTs, sent off the request path, retried with backoff.

A committed write hands its events here (``Deliverer.submit``); worker threads POST each one to
every active webhook subscribed to its topic, so a request never waits for a receiver. Decisions:

* signed as the Standard Webhooks specification says: ``webhook-id`` (the event id, the same on
  every retry, so receivers can deduplicate), ``webhook-timestamp`` (Unix seconds of the attempt)
  and ``webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">``, keyed by the webhook's
  ``token`` (``whsec_`` + base64 of 24 random bytes, made when the webhook is created);
* a 2xx answer is delivered; anything else, a timeout or a connection error is retried after 0.5,
  1, 2 ... seconds (``max_attempts`` in all, 4 by default), each attempt recorded in the webhook's
  ``events`` log through ``record``;
* only loopback receivers (``127.0.0.0/8``, ``::1``, ``localhost``) by default; ``allowed_hosts``
  widens that (``"*"`` for any), so a shared mock cannot be turned against other hosts; a refused
  URL is recorded as ``blocked`` and never sent;
* the standard library's ``http.client`` sends them, so a test's respx or responses mocks (which
  patch httpx and requests) never swallow a delivery meant for a real receiver;
* pending deliveries live in memory: a crash loses the ones not yet sent (the events log keeps
  what was attempted).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import ipaddress
import logging
import secrets
import threading
import time
import typing as t
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import orjson

from .limits import WEBHOOK_LOG_ENTRIES, WEBHOOK_PENDING

log = logging.getLogger("campfire_mock.webhooks")

SECRET_PREFIX = "whsec_"


def new_secret() -> str:
    """A Standard Webhooks secret: ``whsec_`` + base64 of 24 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode("ascii")


def signature(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """``v1,<base64 HMAC-SHA256>`` over ``id.timestamp.body`` (the same as ``campfire_sdk.webhooks.sign``)."""
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX) + "==")
    mac = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode("ascii")


def host_allowed(url: str, allowed: frozenset[str]) -> bool:
    """Whether deliveries may go to ``url``: loopback always, other hosts only if listed (or ``*``)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    if "*" in allowed or host in allowed or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Delivery:
    """One event for one webhook of one workspace."""

    token: str
    webhook_id: int
    url: str
    secret: str
    event_id: str
    topic: str
    body: bytes


@dataclass
class Attempt:
    """What one attempt gave, as the webhook's ``events`` log shows it."""

    delivery: Delivery
    number: int
    status: str  # delivered | retrying | failed | blocked
    http: dict[str, t.Any] = field(default_factory=dict)
    at: float = field(default_factory=time.time)


Recorder = t.Callable[[Attempt], None]


class Deliverer:
    """Sends deliveries on worker threads; keeps the last attempts for tests to look at."""

    def __init__(
        self,
        record: Recorder,
        *,
        allowed_hosts: t.Iterable[str] = (),
        timeout: float = 5.0,
        max_attempts: int = 4,
        backoff: float = 0.5,
        workers: int = 8,
    ) -> None:
        self._record = record
        self.allowed_hosts = frozenset(h.strip().lower() for h in allowed_hosts if h.strip())
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.backoff = backoff
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="campfire-webhook")
        self._lock = threading.Condition()
        self._pending = 0
        self._timers: set[threading.Timer] = set()
        self.attempts: deque[Attempt] = deque(maxlen=WEBHOOK_LOG_ENTRIES)
        self._closed = False

    # ------------------------------------------------------------------ sending

    def submit(self, deliveries: t.Iterable[Delivery]) -> None:
        """Queue deliveries (never blocks on a receiver)."""
        for delivery in deliveries:
            with self._lock:
                if self._closed:
                    return
                if self._pending >= WEBHOOK_PENDING:
                    log.warning("webhook queue full (%d pending): %s dropped", self._pending, delivery.event_id)
                    continue
                self._pending += 1
            self._pool.submit(self._attempt, delivery, 1)

    def _attempt(self, delivery: Delivery, number: int) -> None:
        try:
            attempt = self._send(delivery, number)
            self._keep(attempt)
            if attempt.status == "retrying":
                self._retry_later(delivery, number + 1)
                return
        except Exception:  # a delivery must never take a worker down
            log.exception("webhook delivery %s failed unexpectedly", delivery.event_id)
        self._done()

    def _send(self, delivery: Delivery, number: int) -> Attempt:
        if not host_allowed(delivery.url, self.allowed_hosts):
            return Attempt(delivery, number, "blocked", {"error": "host not allowed (see --webhook-hosts)"})
        stamp = int(time.time())
        headers = {
            "content-type": "application/json",
            "user-agent": "campfire-mock-webhooks",
            "webhook-id": delivery.event_id,
            "webhook-timestamp": str(stamp),
            "webhook-signature": signature(delivery.secret, delivery.event_id, stamp, delivery.body),
        }
        parts = urlsplit(delivery.url)
        conn_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        started = time.perf_counter()
        conn = conn_class(parts.hostname or "", parts.port, timeout=self.timeout)
        try:
            conn.request(
                "POST", (parts.path or "/") + (f"?{parts.query}" if parts.query else ""), delivery.body, headers
            )
            response = conn.getresponse()
            response.read(65536)
            code = response.status
        except (OSError, http.client.HTTPException) as exc:
            millis = round((time.perf_counter() - started) * 1000, 1)
            final = number >= self.max_attempts
            return Attempt(
                delivery,
                number,
                "failed" if final else "retrying",
                {"error": str(exc) or type(exc).__name__, "duration_ms": millis},
            )
        finally:
            conn.close()
        millis = round((time.perf_counter() - started) * 1000, 1)
        final = number >= self.max_attempts
        status = "delivered" if 200 <= code < 300 else "failed" if final else "retrying"
        return Attempt(delivery, number, status, {"status_code": code, "duration_ms": millis})

    def _retry_later(self, delivery: Delivery, number: int) -> None:
        delay = self.backoff * 2 ** (number - 2)

        def fire() -> None:
            with self._lock:
                self._timers.discard(timer)
                closed = self._closed
            if closed:
                self._done()
            else:
                self._pool.submit(self._attempt, delivery, number)

        timer = threading.Timer(delay, fire)
        timer.daemon = True
        with self._lock:
            self._timers.add(timer)
        timer.start()

    def _keep(self, attempt: Attempt) -> None:
        try:
            self._record(attempt)
        except Exception:
            log.exception("webhook attempt %s could not be recorded", attempt.delivery.event_id)
        with self._lock:
            self.attempts.append(attempt)
            self._lock.notify_all()
        log.info(
            "webhook %s %s -> %s: %s %s",
            attempt.delivery.topic,
            attempt.delivery.event_id,
            attempt.delivery.url,
            attempt.status,
            attempt.http.get("status_code", attempt.http.get("error", "")),
        )

    def _done(self) -> None:
        with self._lock:
            self._pending -= 1
            self._lock.notify_all()

    # ------------------------------------------------------------------ looking

    def made(self, token: str | None = None) -> list[Attempt]:
        """The attempts kept so far (the last ``WEBHOOK_LOG_ENTRIES``), optionally of one workspace."""
        with self._lock:
            return [a for a in self.attempts if token is None or a.delivery.token == token]

    def wait(self, predicate: t.Callable[[list[Attempt]], bool], timeout: float = 10.0) -> list[Attempt]:
        """Block until ``predicate(attempts)`` holds (or ``timeout`` passes); the attempts then."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while not predicate(list(self.attempts)):
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._lock.wait(left)
            return list(self.attempts)

    def idle(self, timeout: float = 10.0) -> bool:
        """Wait until nothing is pending (sent, retried or given up); whether that happened in time."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(left)
        return True

    def close(self) -> None:
        """Stop retrying; deliveries under way finish (each bounded by the timeout)."""
        with self._lock:
            self._closed = True
            timers = list(self._timers)
        for timer in timers:
            timer.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)


def envelope(event_id: str, topic: str, created_at: str, kind: str, object_id: int, obj: t.Any) -> bytes:
    """The JSON body of a delivery."""
    return orjson.dumps(
        {
            "id": event_id,
            "topic": topic,
            "created_at": created_at,
            "object_type": kind,
            "object_id": object_id,
            "object": obj,
        }
    )


def event_id() -> str:
    return "evt_" + secrets.token_hex(12)
