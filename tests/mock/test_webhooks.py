"""Webhooks end to end: writes through the in-process API, deliveries over real HTTP to a loopback receiver."""

from __future__ import annotations

import typing as t
import uuid

import orjson
import pytest
from standardwebhooks import Webhook
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.domain.topics import TOPICS
from campfire_mock.testing import MockControl

from .test_delivery import Receiver

HOOKS = "/integrations/api/v1/webhook"
INVOICES = "/coa/api/v1/invoice/"


@pytest.fixture(scope="module")
def app() -> t.Iterator[t.Any]:
    mock = create_app()
    assert mock.webhooks is not None
    mock.webhooks.deliverer.backoff = 0.05
    yield mock
    mock.close()


@pytest.fixture
def token() -> str:
    """A workspace of its own for each test (its webhooks, events and deliveries)."""
    return f"webhooks-{uuid.uuid4().hex}"


@pytest.fixture
def client(app: t.Any, token: str) -> t.Iterator[TestClient]:
    with TestClient(app, headers={"Authorization": f"Token {token}"}) as c:
        yield c


@pytest.fixture
def receiver() -> t.Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def subscribe(client: TestClient, url: str, *topics: str) -> dict[str, t.Any]:
    response = client.post(HOOKS, json={"url": url, "active": True, "topics": [{"name": n} for n in topics]})
    assert response.status_code == 201, response.text
    return t.cast(dict[str, t.Any], response.json())


def new_invoice(client: TestClient, **overrides: t.Any) -> dict[str, t.Any]:
    body = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "client": 42,
        "lines": [{"product": 1, "quantity": 2, "rate": 250}],
        **overrides,
    }
    response = client.post(INVOICES, json=body)
    assert response.status_code == 201, response.text
    return t.cast(dict[str, t.Any], response.json())


def settle(app: t.Any) -> None:
    assert app.webhooks.deliverer.idle(10.0), "deliveries still pending after 10 s"


def received(receiver: Receiver, secret: str) -> list[dict[str, t.Any]]:
    """The bodies the receiver got, each verified as a Standard Webhooks receiver verifies it."""
    verifier = Webhook(secret)
    return [t.cast(dict[str, t.Any], verifier.verify(body, headers)) for headers, body in receiver.got]


def test_new_webhook_gets_a_secret_and_topics_are_listed(client: TestClient) -> None:
    """A created webhook carries a whsec_ signing token, and the topics endpoint lists every topic."""
    hook = subscribe(client, "http://127.0.0.1:9/hook", "invoice.paid")
    assert hook["token"].startswith("whsec_") and len(hook["token"]) > 30
    assert hook["topics"] == [{"id": TOPICS.index("invoice.paid") + 1, "name": "invoice.paid"}]
    listed = client.get(f"{HOOKS}/topics")
    assert listed.status_code == 200
    assert [t["name"] for t in listed.json()] == list(TOPICS)


def test_unknown_topic_is_a_400_naming_it(client: TestClient) -> None:
    """Subscribing to a topic that does not exist is refused with a field message naming it (the spec's
    ``enum`` of the topics the topics endpoint lists, in DRF's ``ChoiceField`` words)."""
    response = client.post(HOOKS, json={"url": "http://127.0.0.1:9/", "active": True, "topics": [{"name": "nope"}]})
    assert response.status_code == 400
    assert response.json() == {"topics": [{"name": ['"nope" is not a valid choice.']}]}


def test_create_pay_void_and_delete_are_delivered_signed(app: t.Any, client: TestClient, receiver: Receiver) -> None:
    """Creating, paying, voiding and deleting invoices sends signed events a Standard Webhooks receiver accepts."""
    hook = subscribe(client, receiver.url)
    paid = new_invoice(client)
    pay = {
        "empty_transactions": [
            {"account_id": 1010, "account_name": "Bank", "amount": 500, "payment_date": "2026-01-20"}
        ]
    }
    assert client.post(f"{INVOICES}{paid['id']}/pay/", json=pay).status_code == 200
    voided = new_invoice(client)
    assert client.post(f"{INVOICES}{voided['id']}/void/").status_code == 200
    deleted = new_invoice(client)
    assert client.delete(f"{INVOICES}{deleted['id']}/").status_code == 204
    settle(app)

    # Deliveries run on several worker threads, so they may arrive in any order.
    events = {(e["topic"], e["object_id"]): e for e in received(receiver, hook["token"])}
    payment = next(key[1] for key in events if key[0] == "payment.created")
    assert sorted(events) == sorted(
        [
            ("invoice.created", paid["id"]),
            ("invoice.paid", paid["id"]),
            ("payment.created", payment),
            ("invoice.created", voided["id"]),
            ("invoice.voided", voided["id"]),
            ("invoice.created", deleted["id"]),
            ("invoice.deleted", deleted["id"]),
        ]
    )
    assert events["invoice.paid", paid["id"]]["object"] == client.get(f"{INVOICES}{paid['id']}/").json()
    assert events["invoice.paid", paid["id"]]["object"]["payment_status"] == "paid"
    assert events["payment.created", payment]["object"]["invoice"] == paid["id"]
    assert events["invoice.voided", voided["id"]]["object"]["voided_date"] is not None
    assert events["invoice.deleted", deleted["id"]]["object"]["id"] == deleted["id"]
    assert sorted(h["webhook-id"] for h, _ in receiver.got) == sorted(e["id"] for e in events.values())


def test_topics_filter_what_a_webhook_gets(app: t.Any, client: TestClient, receiver: Receiver) -> None:
    """A webhook subscribed to invoice.voided gets only that event, not the invoice's creation."""
    hook = subscribe(client, receiver.url, "invoice.voided")
    invoice = new_invoice(client)
    client.post(f"{INVOICES}{invoice['id']}/void/")
    settle(app)
    assert [e["topic"] for e in received(receiver, hook["token"])] == ["invoice.voided"]


def test_a_failed_delivery_is_retried_and_logged(app: t.Any, client: TestClient) -> None:
    """A receiver answering 500 then 200 gets the event twice, and the events log shows both attempts."""
    flaky = Receiver(statuses=(500, 200))
    try:
        hook = subscribe(client, flaky.url, "invoice.created")
        new_invoice(client)
        settle(app)
        assert len(flaky.got) == 2
        assert flaky.got[0][0]["webhook-id"] == flaky.got[1][0]["webhook-id"]
    finally:
        flaky.close()
    log = client.get(f"{HOOKS}/{hook['id']}/events")
    assert log.status_code == 200
    rows = log.json()
    assert [(r["status"], r["http"]["status_code"]) for r in rows] == [("retrying", 500), ("delivered", 200)]
    assert all(r["topic"] == "invoice.created" and r["url"] == flaky.url and r["webhook"] == hook["id"] for r in rows)
    assert rows[0]["object"]["id"] == flaky.got[0][0]["webhook-id"]


def test_a_rejected_write_emits_nothing(app: t.Any, client: TestClient, receiver: Receiver, token: str) -> None:
    """A bulk create refused with a 400 for its second invoice (the first one undone) sends no event."""
    subscribe(client, receiver.url)
    good = {"invoice_date": "2026-05-01", "due_date": "2026-05-31", "entity": 1, "client": 123,
            "lines": [{"product": 456}]}  # fmt: skip
    response = client.post(f"{INVOICES}bulk-create", json={"invoices": [good, {**good, "client": 999999}]})
    assert response.status_code == 400
    assert response.json() == {"invoices": [{}, {"client": ['Invalid pk "999999" - object does not exist.']}]}
    settle(app)
    assert receiver.got == []
    assert app.webhooks.deliverer.made(token) == []


def test_bulk_create_emits_one_event_per_invoice(app: t.Any, client: TestClient, receiver: Receiver) -> None:
    """A bulk create of three invoices sends three invoice.created events, one per new invoice."""
    hook = subscribe(client, receiver.url, "invoice.created")
    item = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42,
            "lines": [{"product": 1, "quantity": 1, "rate": 100}]}  # fmt: skip
    response = client.post(f"{INVOICES}bulk-create", json={"invoices": [item, item, item]})
    assert response.status_code == 201, response.text
    settle(app)
    events = received(receiver, hook["token"])
    assert sorted(e["object_id"] for e in events) == sorted(i["id"] for i in response.json())
    assert len(events) == 3


def test_moving_the_clock_emits_past_due_once(app: t.Any, client: TestClient, receiver: Receiver, token: str) -> None:
    """Moving the clock past an open invoice's due date sends invoice.past_due once, not on later moves."""
    control = MockControl(client, token, app)  # type: ignore[arg-type]
    control.set_time("2026-01-15")
    hook = subscribe(client, receiver.url, "invoice.past_due")
    invoice = new_invoice(client, due_date="2026-01-20")
    control.set_time("2026-01-25")
    control.advance(days=3)
    settle(app)
    events = received(receiver, hook["token"])
    assert [(e["topic"], e["object_id"]) for e in events if e["object_id"] == invoice["id"]] == [
        ("invoice.past_due", invoice["id"])
    ]
    deliveries = control.webhook_deliveries()
    assert [d["topic"] for d in deliveries] == ["invoice.past_due"] * len(events)
    assert all(d["status"] == "delivered" for d in deliveries)


def test_an_inactive_webhook_gets_nothing(app: t.Any, client: TestClient, receiver: Receiver) -> None:
    """A webhook patched to active=false receives no further events."""
    hook = subscribe(client, receiver.url)
    assert client.patch(f"{HOOKS}/{hook['id']}", json={"active": False}).status_code == 200
    new_invoice(client)
    settle(app)
    assert receiver.got == []


def test_other_hosts_are_blocked_by_default(app: t.Any, client: TestClient) -> None:
    """A webhook pointing off the machine is not called; its events log records the attempt as blocked."""
    hook = subscribe(client, "http://example.com/hook", "invoice.created")
    new_invoice(client)
    settle(app)
    rows = client.get(f"{HOOKS}/{hook['id']}/events").json()
    assert [r["status"] for r in rows] == ["blocked"]
    assert "host not allowed" in rows[0]["http"]["error"]
    assert orjson.dumps(rows[0]["object"])  # the event it would have sent is kept


def test_webhook_hosts_flag_and_environment_widen_the_allowed_hosts(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--webhook-hosts`` (or ``CAMPFIRE_MOCK_WEBHOOK_HOSTS``), a comma list, is the app's allowed hosts."""
    from campfire_mock import cli

    args = cli.build_parser().parse_args(["serve", "--port", "0", "--webhook-hosts", "a.example, B.example"])
    app, sock = cli._prepare(args)
    sock.close()
    assert app.webhooks.deliverer.allowed_hosts == frozenset({"a.example", "b.example"})
    app.close()
    monkeypatch.setenv("CAMPFIRE_MOCK_WEBHOOK_HOSTS", "*")
    args = cli.build_parser().parse_args(["serve", "--port", "0"])
    assert args.webhook_hosts == "*"


def test_the_kept_targets_follow_each_change_of_a_webhook(app: t.Any, client: TestClient, receiver: Receiver) -> None:
    """A workspace keeps its active webhooks between writes; each write to a webhook (deactivated, activated
    again, its topics changed) is seen by the next write, which delivers to exactly the webhooks active then."""
    hook = subscribe(client, receiver.url, "invoice.created")
    first = new_invoice(client)  # kept now: one active webhook
    assert client.patch(f"{HOOKS}/{hook['id']}", json={"active": False}).status_code == 200
    new_invoice(client)
    assert client.patch(f"{HOOKS}/{hook['id']}", json={"active": True}).status_code == 200
    third = new_invoice(client)
    changed = client.patch(f"{HOOKS}/{hook['id']}", json={"topics": [{"name": "invoice.voided"}]})
    assert changed.status_code == 200, changed.text
    new_invoice(client)
    client.post(f"{INVOICES}{third['id']}/void/")
    settle(app)
    # (deliveries may arrive in any order, docs/webhooks.md: which events arrived is what is checked)
    got = sorted((e["topic"], e["object_id"]) for e in received(receiver, hook["token"]))
    assert got == sorted(
        [
            ("invoice.created", first["id"]),
            ("invoice.created", third["id"]),
            ("invoice.voided", third["id"]),
        ]
    )
