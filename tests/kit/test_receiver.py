"""The webhook receiver lists what it got under the same name as the in-process kit (``webhook_deliveries()``)."""

from __future__ import annotations

import httpx

from campfire_mock.receiver import WebhookReceiver


def test_webhook_deliveries_lists_posts_by_topic_and_deliveries_is_the_same_list() -> None:
    """``webhook_deliveries()`` lists every POST (or one topic's); the older ``deliveries`` gives the same."""
    with WebhookReceiver() as receiver:
        for topic in ("invoice.created", "vendor.created"):
            assert httpx.post(receiver.url, json={"topic": topic}).status_code == 200
        assert [d.json()["topic"] for d in receiver.webhook_deliveries()] == ["invoice.created", "vendor.created"]
        assert [d.json() for d in receiver.webhook_deliveries(topic="vendor.created")] == [{"topic": "vendor.created"}]
        assert receiver.deliveries == receiver.webhook_deliveries()
