"""What webhooks for every resource cost a write: 300 tag creates in-process, with no webhook, with one
subscribed to another topic, and with one subscribed to ``tag.created`` (deliveries to a loopback receiver).

Usage: python bench/webhook_topics.py  (about 10 s; prints milliseconds per write)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.pop("CAMPFIRE_MOCK_AUDIT", None)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from starlette.testclient import TestClient

from campfire_mock import create_app
from tests.mock.test_delivery import Receiver

WRITES = 300


def per_write(app: object, receiver: Receiver, token: str, topics: list[str] | None) -> float:
    client = TestClient(app, headers={"Authorization": f"Token {token}"})
    if topics is not None:
        hook = {"url": receiver.url, "active": True, "topics": [{"name": n} for n in topics]}
        client.post("/integrations/api/v1/webhook", json=hook).raise_for_status()
    client.post("/coa/api/tag", json={"name": "warm-up"}).raise_for_status()
    started = time.perf_counter()
    for i in range(WRITES):
        client.post("/coa/api/tag", json={"name": f"tag {i}"})
    return (time.perf_counter() - started) / WRITES * 1000


def main() -> None:
    app = create_app()
    receiver = Receiver()
    try:
        for label, token, topics in (
            ("no webhook", "bench-none", None),
            ("subscribed to another topic", "bench-other", ["invoice.paid"]),
            ("subscribed to tag.created", "bench-tags", ["tag.created"]),
        ):
            print(f"{label:30} {per_write(app, receiver, token, topics):6.2f} ms/write")
        assert app.webhooks is not None and app.webhooks.deliverer.idle(30)
    finally:
        receiver.close()
        app.close()


if __name__ == "__main__":
    main()
