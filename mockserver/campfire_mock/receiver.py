"""A webhook receiver on a free loopback port, for tests against a live mock (``campfire_server``).

``WebhookReceiver`` keeps every POST it gets and lets a test wait for deliveries without sleeping
blindly (``wait(count, topic=...)``) and lists them (``webhook_deliveries()``, the name the in-process
``MockControl`` uses too); ``verified(secret)`` checks each one's Standard Webhooks
signature with ``campfire_sdk.webhooks.verify``. The pytest plugin's ``campfire_webhook_receiver``
fixture runs one per test. Standard library only.
"""

from __future__ import annotations

import http.server
import json
import threading
import typing as t
from dataclasses import dataclass

__all__ = ["ReceivedWebhook", "WebhookReceiver"]


@dataclass(frozen=True)
class ReceivedWebhook:
    """One POST the receiver got: its headers (lower-cased names), raw body and path."""

    headers: dict[str, str]
    body: bytes
    path: str

    def json(self) -> t.Any:
        """The body, parsed."""
        return json.loads(self.body)


class WebhookReceiver:
    """A loopback HTTP server answering ``status`` to every POST and keeping what it got.

    Use it as a context manager (or call ``close()``); ``url`` is what a webhook's ``url`` should be."""

    def __init__(self, status: int = 200, path: str = "/hook") -> None:
        self.status = status
        self._got: list[ReceivedWebhook] = []
        self._changed = threading.Condition()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                got = ReceivedWebhook({k.lower(): v for k, v in self.headers.items()}, body, self.path)
                with receiver._changed:  # kept before it is answered: a sender that got its 200 finds it listed
                    receiver._got.append(got)
                    receiver._changed.notify_all()
                self.send_response(receiver.status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: t.Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}{path}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook-receiver", daemon=True)
        self._thread.start()

    def webhook_deliveries(self, *, topic: str | None = None) -> list[ReceivedWebhook]:
        """Every POST received so far (of ``topic``, if given), oldest first: the name
        ``MockControl.webhook_deliveries()`` has for an in-process mock's deliveries."""
        with self._changed:
            return self._matching(topic)

    @property
    def deliveries(self) -> list[ReceivedWebhook]:
        """The same as ``webhook_deliveries()`` (the older name, kept)."""
        return self.webhook_deliveries()

    def _matching(self, topic: str | None) -> list[ReceivedWebhook]:
        return [d for d in self._got if topic is None or _topic(d) == topic]

    def wait(self, count: int = 1, *, topic: str | None = None, timeout: float = 10.0) -> list[ReceivedWebhook]:
        """The deliveries (of ``topic``, if given) once there are at least ``count``; ``AssertionError``
        naming what did arrive if they do not within ``timeout`` seconds."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self._matching(topic)) >= count, timeout):
                seen = [_topic(d) for d in self._got]
                wanted = f"{count} deliveries" + (f" of {topic}" if topic else "")
                raise AssertionError(f"expected {wanted} within {timeout} s; received topics: {seen}")
            return self._matching(topic)

    def verified(self, secret: str) -> list[dict[str, t.Any]]:
        """The envelopes received so far, each checked against its Standard Webhooks signature
        (``campfire_sdk.webhooks.WebhookVerificationError`` if one fails)."""
        from campfire_sdk.webhooks import verify

        return [t.cast(dict[str, t.Any], verify(d.body, d.headers, secret)) for d in self.webhook_deliveries()]

    def clear(self) -> None:
        """Forget what was received."""
        with self._changed:
            self._got.clear()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> WebhookReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _topic(delivery: ReceivedWebhook) -> str | None:
    try:
        body = delivery.json()
    except ValueError:
        return None
    return body.get("topic") if isinstance(body, dict) else None
