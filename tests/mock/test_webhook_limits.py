"""What one workspace's webhooks may cost: a bounded number of webhooks, deliverable URLs only, a bounded
number of events per write, and a bounded events log per webhook."""

from __future__ import annotations

import typing as t
import uuid

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app, webhook_limits
from campfire_mock.limits import MAX_WEBHOOKS

from .test_webhooks import HOOKS, INVOICES, new_invoice, settle

CLOCK = "/__campfire_mock__/clock"
NOWHERE = "http://127.0.0.1:9/hook"  # loopback, nothing listening: every attempt fails at once


@pytest.fixture(scope="module")
def app() -> t.Iterator[t.Any]:
    mock = create_app()
    # Each delivery attempt is a write to the events log; whole-snapshot audits of hundreds of them, over
    # events logs holding rendered invoices, cost the drain seconds (the audit checks the journal, not this).
    mock.store.audit = False
    mock.webhooks.deliverer.backoff = 0.01
    mock.webhooks.deliverer.max_attempts = 1
    yield mock
    mock.close()


@pytest.fixture
def client(app: t.Any) -> t.Iterator[TestClient]:
    with TestClient(app, headers={"Authorization": f"Token limits-{uuid.uuid4().hex}"}) as c:
        yield c


def hook(client: TestClient, url: str = NOWHERE, **extra: t.Any) -> t.Any:
    return client.post(HOOKS, json={"url": url, "active": True, **extra})


def test_a_workspace_has_at_most_16_webhooks(client: TestClient) -> None:
    """The 17th webhook (the demo seed has one) is a 400 saying the limit; deleting one makes room again."""
    made = [hook(client).json() for _ in range(MAX_WEBHOOKS - len(client.get(HOOKS).json()))]
    refused = hook(client)
    assert refused.status_code == 400
    assert refused.json() == {"non_field_errors": ["A workspace may have at most 16 webhooks; delete one first."]}
    assert len(client.get(HOOKS).json()) == MAX_WEBHOOKS
    assert client.delete(f"{HOOKS}/{made[0]['id']}").status_code == 204
    assert hook(client).status_code == 201


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:99999/", "Enter a valid URL with a port between 1 and 65535."),
        ("http://127.0.0.1:0/", "Enter a valid URL with a port between 1 and 65535."),
        ("ftp://127.0.0.1/", "Enter a valid URL starting with http:// or https://."),
        ("http:///path", "Enter a valid URL with a host."),
    ],
)
def test_a_url_that_can_never_be_delivered_to_is_a_400(client: TestClient, url: str, message: str) -> None:
    """A port out of range, another scheme or no host is refused at create, and nothing is stored."""
    before = client.get(HOOKS).json()
    answer = hook(client, url)
    assert answer.status_code == 400
    assert answer.json() == {"url": [message]}
    assert client.get(HOOKS).json() == before


def test_active_must_be_a_boolean(client: TestClient) -> None:
    """``active: "maybe"`` is a 400 naming the field."""
    answer = hook(client, active="maybe")
    assert answer.status_code == 400
    assert answer.json() == {"active": ["Must be a valid boolean."]}


def test_an_ipv6_loopback_url_without_a_port_is_delivered_to_port_80(app: t.Any, client: TestClient) -> None:
    """``http://[::1]/`` is a valid URL; its attempt goes to [::1]:80 (and fails there with its own error)."""
    made = hook(client, "http://[::1]/hook").json()
    new_invoice(client)
    settle(app)
    rows = client.get(f"{HOOKS}/{made['id']}/events").json()
    assert rows and "error" in rows[0]["http"] and "host not allowed" not in rows[0]["http"]["error"]


def test_a_write_sending_too_many_events_is_a_413_that_changes_nothing(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clock move making more invoices past due than one write may send is refused; the clock stays."""
    monkeypatch.setattr(webhook_limits, "MAX_WRITE_EVENTS", 3)
    hook(client, topics=[{"name": "invoice.past_due"}])
    for _ in range(4):
        new_invoice(client, due_date="2030-01-01")
    before = client.get(CLOCK).json()
    answer = client.post(CLOCK, json={"advance_days": 3650})
    assert answer.status_code == 413
    assert answer.json()["detail"].startswith("This write would send")
    assert "at most 3 may come from one write" in answer.json()["detail"]
    after = client.get(CLOCK).json()  # not frozen, so `now` runs on by the second; the day stays
    assert {k: v for k, v in after.items() if k != "now"} == {k: v for k, v in before.items() if k != "now"}


def test_events_the_webhooks_do_not_want_do_not_count(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a webhook on vendor.created only, a clock move past many due dates is not refused."""
    monkeypatch.setattr(webhook_limits, "MAX_WRITE_EVENTS", 1)
    hook(client, topics=[{"name": "vendor.created"}])
    for _ in range(3):
        new_invoice(client, due_date="2030-01-01")
    assert client.post(CLOCK, json={"advance_days": 3650}).status_code == 200


def test_each_webhook_keeps_a_bounded_events_log_paged_as_a_list(app: t.Any, client: TestClient) -> None:
    """Past the log's size (4 here) the oldest rows go, once the workspace's log holds a quarter more than
    that per webhook (10 for its 2 webhooks); ``limit``/``offset`` page what is kept."""
    app.webhooks.log.kept = 4
    try:
        made = hook(client).json()
        for _ in range(11):
            new_invoice(client)
            settle(app)
        rows = client.get(f"{HOOKS}/{made['id']}/events").json()
        assert 4 <= len(rows) <= 10
        ids = [r["id"] for r in rows]
        assert ids == sorted(ids) and ids[-1] - ids[0] == len(ids) - 1 and ids[0] > 1
        page = client.get(f"{HOOKS}/{made['id']}/events?limit=2&offset=1").json()
        assert [r["id"] for r in page] == ids[1:3]
    finally:
        app.webhooks.log.kept = 100


def test_a_bulk_create_with_16_webhooks_costs_the_write_little(app: t.Any, client: TestClient) -> None:
    """50 invoices for 16 webhooks (800 deliveries) answer 201 without building them in the write: they are
    made as the workers send them (the live stall test runs 250 x 16)."""
    for _ in range(MAX_WEBHOOKS - 1):
        hook(client)
    body = {"invoices": [{"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42,
                          "lines": [{"amount": 1}]}] * 50}  # fmt: skip
    answer = client.post(f"{INVOICES}bulk-create", json=body)
    assert answer.status_code == 201
    assert 0 < app.webhooks.deliverer.waiting(client.headers["Authorization"][6:]) <= 800
    settle(app)
