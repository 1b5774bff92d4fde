"""Webhook deliveries: signed HTTP POSTs, sent off the request path, retried with backoff.

A committed write hands its events here (``Deliverer.submit``, one ``Batch`` per write); worker
threads POST each to every active webhook subscribed to its topic, so a request never waits for a
receiver. Decisions:

* signed as the Standard Webhooks specification says: ``webhook-id`` (the event id, the same on
  every retry, so receivers can deduplicate), ``webhook-timestamp`` (Unix seconds of the attempt)
  and ``webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">``, keyed by the webhook's
  ``token`` (``whsec_`` + base64 of 24 random bytes, made when the webhook is created);
* a 2xx answer is delivered; anything else, a timeout or a connection error is retried after 0.5,
  1, 2 ... seconds (``max_attempts`` in all, 4 by default), each attempt recorded in the webhook's
  ``events`` log through ``record``; an attempt (connect, send, answer) has ``timeout`` seconds in all;
* fair: each workspace has its own queue, workers take from the workspaces in turn, and one
  workspace has at most ``per_workspace`` attempts under way, so slow or hanging receivers of one
  workspace never hold up another's; each workspace may have ``share`` deliveries waiting, and what
  does not fit is dropped, recorded as ``dropped`` in that workspace's events log;
* a batch becomes deliveries only as workers take them (events x webhooks is never built at once);
  one scheduler holds every retry (a heap the workers wait on; no timer thread per retry);
* only loopback receivers (``127.0.0.0/8``, ``::1``, ``localhost``) by default; ``allowed_hosts``
  widens that (``"*"`` for any), so a shared mock cannot be turned against other hosts; a refused
  URL is recorded as ``blocked`` and never sent;
* sent over the standard library's sockets, so a test's respx or responses mocks (which patch httpx
  and requests) never swallow a delivery meant for a real receiver;
* pending deliveries live in memory: a crash loses the ones not yet sent (the events log keeps
  what was attempted).
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import hmac
import ipaddress
import itertools
import logging
import secrets
import threading
import time
import typing as t
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .limits import WEBHOOK_LOG_ENTRIES, WEBHOOK_PENDING
from .webhook_http import post, redact
from .wire import dumps

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
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
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


@dataclass(frozen=True)
class Target:
    """A webhook a batch goes to: ``topics`` empty means every topic."""

    webhook_id: int
    url: str
    secret: str
    topics: frozenset[str] = frozenset()

    def wants(self, topic: str) -> bool:
        return not self.topics or topic in self.topics


@dataclass(frozen=True)
class Message:
    """One event's envelope, the same bytes for every webhook it goes to."""

    event_id: str
    topic: str
    body: bytes


@dataclass(frozen=True)
class Batch:
    """The events of one write for the webhooks of its workspace; iterating makes the deliveries one by one."""

    token: str
    targets: tuple[Target, ...]
    messages: tuple[Message, ...]

    def __iter__(self) -> t.Iterator[Delivery]:
        for m in self.messages:
            for h in self.targets:
                if h.wants(m.topic):
                    yield Delivery(self.token, h.webhook_id, h.url, h.secret, m.event_id, m.topic, m.body)

    def __len__(self) -> int:
        return sum(h.wants(m.topic) for m in self.messages for h in self.targets)


@dataclass
class Attempt:
    """What one attempt gave, as the webhook's ``events`` log shows it."""

    delivery: Delivery
    number: int
    status: str  # delivered | retrying | failed | blocked | dropped
    http: dict[str, t.Any] = field(default_factory=dict)
    at: float = field(default_factory=time.time)


Recorder = t.Callable[[Attempt], None]
#: What a worker takes: (workspace, delivery, attempt number).
Job = tuple[str, Delivery, int]


class Deliverer:
    """Sends deliveries on worker threads, fairly across workspaces; keeps the last attempts for tests."""

    def __init__(
        self,
        record: Recorder,
        *,
        allowed_hosts: t.Iterable[str] = (),
        timeout: float = 5.0,
        max_attempts: int = 4,
        backoff: float = 0.5,
        workers: int = 8,
        per_workspace: int | None = None,
        share: int = WEBHOOK_PENDING,
    ) -> None:
        self._record = record
        self.allowed_hosts = frozenset(h.strip().lower() for h in allowed_hosts if h.strip())
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.workers = workers
        #: Attempts of one workspace under way at once (a quarter of the workers by default).
        self.per_workspace = per_workspace or max(1, workers // 4)
        #: Deliveries one workspace may have waiting (queued, under way or due for a retry).
        self.share = share
        self._lock = threading.Condition()
        self._queues: dict[str, deque[t.Iterator[tuple[Delivery, int]]]] = {}
        self._turns: deque[str] = deque()
        self._busy: dict[str, int] = {}
        self._pending: dict[str, int] = {}
        self._retries: list[tuple[float, int, str, Delivery, int]] = []
        self._seq = itertools.count()
        self._threads: list[threading.Thread] = []
        self.attempts: deque[Attempt] = deque(maxlen=WEBHOOK_LOG_ENTRIES)
        self._closed = False

    # ------------------------------------------------------------------ queueing

    def submit(self, items: t.Iterable[Delivery | Batch]) -> None:
        """Queue deliveries, or batches made into deliveries as they are sent (never blocks on a receiver).
        What does not fit in a workspace's share is dropped and recorded in its events log."""
        for item in items:
            batch: Batch | list[Delivery] = item if isinstance(item, Batch) else [item]
            token = item.token
            count = len(batch)
            with self._lock:
                if self._closed or not count:
                    continue
                room = max(self.share - self._pending.get(token, 0), 0)
                taken = min(room, count)
                if taken:
                    self._queue(token, ((d, 1) for d in itertools.islice(batch, taken)))
                    self._pending[token] = self._pending.get(token, 0) + taken
                    self._start_workers()
            if taken < count:
                self._drop(token, itertools.islice(batch, taken, None), count - taken)

    def _queue(self, token: str, job: t.Iterator[tuple[Delivery, int]]) -> None:
        queue = self._queues.setdefault(token, deque())
        if not queue and token not in self._turns:
            self._turns.append(token)
        queue.append(job)
        self._lock.notify()

    def _drop(self, token: str, dropped: t.Iterable[Delivery], count: int) -> None:
        """One ``dropped`` row per webhook in the events log, counting what it loses."""
        first: dict[int, Delivery] = {}
        lost: dict[int, int] = {}
        for delivery in dropped:
            first.setdefault(delivery.webhook_id, delivery)
            lost[delivery.webhook_id] = lost.get(delivery.webhook_id, 0) + 1
        log.warning("webhook queue of a workspace is full (%d waiting): %d deliveries dropped", self.share, count)
        for hook, delivery in first.items():
            error = f"{lost[hook]} deliveries dropped: this workspace already has {self.share} waiting"
            self._keep(Attempt(delivery, 0, "dropped", {"error": error}))

    def _start_workers(self) -> None:
        while len(self._threads) < self.workers:
            thread = threading.Thread(target=self._work, name=f"campfire-webhook-{len(self._threads)}", daemon=True)
            self._threads.append(thread)
            thread.start()

    def _next(self) -> Job | None:
        """The next attempt to make, taking workspaces in turn; waits for one (or a retry's time)."""
        with self._lock:
            while not self._closed:
                now = time.monotonic()
                while self._retries and self._retries[0][0] <= now:
                    _, _, token, delivery, number = heapq.heappop(self._retries)
                    self._queue(token, iter([(delivery, number)]))
                for _ in range(len(self._turns)):
                    token = self._turns.popleft()
                    queue = self._queues[token]
                    if self._busy.get(token, 0) >= self.per_workspace:
                        self._turns.append(token)
                        continue
                    job = _take(queue)
                    if queue:
                        self._turns.append(token)
                    else:
                        del self._queues[token]
                    if job is not None:
                        self._busy[token] = self._busy.get(token, 0) + 1
                        return token, job[0], job[1]
                self._lock.wait(self._retries[0][0] - now if self._retries else None)
        return None

    def _work(self) -> None:
        while (job := self._next()) is not None:
            token, delivery, number = job
            attempt: Attempt | None = None
            try:
                attempt = self._send(delivery, number)
                self._keep(attempt)
            except Exception:  # a delivery must never take a worker down
                log.exception("webhook delivery %s failed unexpectedly", delivery.event_id)
            with self._lock:
                self._busy[token] -= 1
                if attempt is not None and attempt.status == "retrying" and not self._closed:
                    due = time.monotonic() + self.backoff * 2 ** (number - 1)
                    heapq.heappush(self._retries, (due, next(self._seq), token, delivery, number + 1))
                else:
                    self._finish(token, 1)
                self._lock.notify_all()

    def _finish(self, token: str, count: int) -> None:
        left = self._pending.get(token, 0) - count
        if left > 0:
            self._pending[token] = left
        else:
            self._pending.pop(token, None)
            self._busy.pop(token, None)

    # ------------------------------------------------------------------ sending

    def _send(self, delivery: Delivery, number: int) -> Attempt:
        if not host_allowed(delivery.url, self.allowed_hosts):
            return Attempt(delivery, number, "blocked", {"error": "host not allowed (see --webhook-hosts)"})
        stamp = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "campfire-mock-webhooks",
            "webhook-id": delivery.event_id,
            "webhook-timestamp": str(stamp),
            "webhook-signature": signature(delivery.secret, delivery.event_id, stamp, delivery.body),
        }
        started = time.perf_counter()
        final = number >= self.max_attempts
        try:
            code = post(delivery.url, delivery.body, headers, self.timeout)
        except (OSError, ValueError) as exc:
            millis = round((time.perf_counter() - started) * 1000, 1)
            error = str(exc) or type(exc).__name__
            return Attempt(delivery, number, "failed" if final else "retrying", {"error": error, "duration_ms": millis})
        millis = round((time.perf_counter() - started) * 1000, 1)
        status = "delivered" if 200 <= code < 300 else "failed" if final else "retrying"
        return Attempt(delivery, number, status, {"status_code": code, "duration_ms": millis})

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
            redact(attempt.delivery.url),
            attempt.status,
            attempt.http.get("status_code", attempt.http.get("error", "")),
        )

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

    def waiting(self, token: str | None = None) -> int:
        """Deliveries queued, under way or due for a retry (of one workspace, or all)."""
        with self._lock:
            return self._pending.get(token, 0) if token is not None else sum(self._pending.values())

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
        """Stop: queued deliveries and pending retries are dropped; attempts under way finish (each
        bounded by the timeout)."""
        with self._lock:
            self._closed = True
            self._queues.clear()
            self._turns.clear()
            self._retries.clear()
            self._pending = {token: busy for token, busy in self._busy.items() if busy > 0}
            self._lock.notify_all()


def _take(queue: deque[t.Iterator[tuple[Delivery, int]]]) -> tuple[Delivery, int] | None:
    """The next delivery of a workspace's queue, dropping spent batches."""
    while queue:
        job = next(queue[0], None)
        if job is not None:
            return job
        queue.popleft()
    return None


def envelope(event_id: str, topic: str, created_at: str, kind: str, object_id: int, obj: t.Any) -> bytes:
    """The JSON body of a delivery."""
    return dumps(
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
