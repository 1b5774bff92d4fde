"""Webhooks for every resource: writes to journal entries, contracts, products, departments, bank
transactions and other generic resources send ``<type>.created/updated/deleted`` as invoices' writes do."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from campfire_mock.domain.topics import OBJECT_TYPES, TOPICS

from . import test_webhooks as hooks
from .test_delivery import Receiver
from .test_ledger import entry_body
from .test_webhooks import received, settle, subscribe

# The webhook tests' fixtures: an app whose deliveries retry fast, a workspace per test, a loopback receiver.
app, token, client, receiver = hooks.app, hooks.token, hooks.client, hooks.receiver

Events = dict[tuple[str, int], dict[str, t.Any]]


def events(app: t.Any, receiver: Receiver, secret: str) -> Events:
    settle(app)
    return {(e["topic"], e["object_id"]): e for e in received(receiver, secret)}


def test_topics_list_created_updated_deleted_for_every_object_type(client: TestClient) -> None:
    """The topics endpoint lists the three write events of every object type, and the old topics keep their ids."""
    names = [t["name"] for t in client.get("/integrations/api/v1/webhook/topics").json()]
    for object_type in set(OBJECT_TYPES.values()) - {"payment", "bill_payment"}:
        for verb in ("created", "updated", "deleted"):
            assert f"{object_type}.{verb}" in names, object_type
    assert names[:3] == ["invoice.created", "invoice.updated", "invoice.paid"]
    assert "contract.terminated" in names and len(names) == len(set(names)) == len(TOPICS)


def test_journal_entry_product_and_department_writes_are_delivered(
    app: t.Any, client: TestClient, receiver: Receiver
) -> None:
    """Creating, updating and deleting a journal entry, a product and a department each send their event,
    with the object as its retrieve endpoint answers it."""
    hook = subscribe(client, receiver.url)
    entry = client.post("/coa/api/journal_entry", json=entry_body((6100, 120), (1010, -120)))
    assert entry.status_code == 201, entry.text
    assert client.patch(f"/coa/api/journal_entry/{entry.json()['id']}", json={"memo": "Renamed"}).status_code == 200
    assert client.delete(f"/coa/api/journal_entry/{entry.json()['id']}").status_code == 204
    product = client.post("/rr/api/v1/product", json={"product_name": "Webhook widget"})
    assert product.status_code == 201, product.text
    department = client.post("/coa/api/department", json={"name": "Webhook dept", "code": "WH"})
    assert department.status_code == 201, department.text
    renamed = client.patch(f"/coa/api/department/{department.json()['id']}", json={"name": "Renamed dept"})
    assert renamed.status_code == 200, renamed.text

    got = events(app, receiver, hook["token"])
    je = entry.json()["id"]
    assert {("journal_entry.created", je), ("journal_entry.updated", je), ("journal_entry.deleted", je)} <= set(got)
    created = got[("journal_entry.created", je)]
    assert created["object_type"] == "journal_entry"
    assert created["object"]["id"] == je and created["object"]["memo"] == "Test entry"
    assert got[("product.created", product.json()["id"])]["object"] == product.json()
    dept = got[("department.updated", department.json()["id"])]
    assert dept["object_type"] == "department" and dept["object"]["name"] == "Renamed dept"


def test_a_subscriber_to_one_generic_topic_gets_only_that(app: t.Any, client: TestClient, receiver: Receiver) -> None:
    """A webhook subscribed to ``tag.created`` gets the new tag and nothing about the department made beside it."""
    hook = subscribe(client, receiver.url, "tag.created")
    tag = client.post("/coa/api/tag", json={"name": "Campaign"})
    assert tag.status_code == 201, tag.text
    assert client.post("/coa/api/department", json={"name": "Quiet", "code": "QT"}).status_code == 201
    got = events(app, receiver, hook["token"])
    assert list(got) == [("tag.created", tag.json()["id"])]
    assert got[("tag.created", tag.json()["id"])]["object"]["name"] == "Campaign"


def test_nested_resource_events_render_under_their_parent(app: t.Any, client: TestClient, receiver: Receiver) -> None:
    """A subscription created under a contract is delivered as ``contract_subscription.created``, rendered
    with its contract."""
    hook = subscribe(client, receiver.url, "contract_subscription.created")
    contract = client.get("/rr/api/v1/contracts", params={"limit": 1}).json()["results"][0]["id"]
    made = client.post(
        f"/rr/api/v1/contracts/{contract}/subscriptions",
        json={"contract": contract, "start_date": "2026-01-01", "end_date": "2026-03-31", "mrr": 100},
    )
    assert made.status_code == 201, made.text
    got = events(app, receiver, hook["token"])
    sent = got[("contract_subscription.created", made.json()["id"])]["object"]
    assert sent["contract"] == contract and sent["id"] == made.json()["id"]


def test_a_refused_write_sends_nothing(app: t.Any, client: TestClient, receiver: Receiver) -> None:
    """An unbalanced journal entry is refused and its would-be event is never sent."""
    hook = subscribe(client, receiver.url, "journal_entry.created", "tag.created")
    assert client.post("/coa/api/journal_entry", json=entry_body((6100, 10), (1010, -9))).status_code == 400
    tag = client.post("/coa/api/tag", json={"name": "After"})
    got = events(app, receiver, hook["token"])
    assert list(got) == [("tag.created", tag.json()["id"])]


def test_terminate_and_a_bank_feed_send_their_events(app: t.Any, client: TestClient, receiver: Receiver) -> None:
    """Terminating a contract sends contract.terminated and invoice.voided for the invoice it voids; a bank
    transaction created by a manual create sends bank_transaction.created with the transaction as listed."""
    hook = subscribe(client, receiver.url, "contract.terminated", "invoice.voided", "bank_transaction.created")
    terminated = client.post(
        "/rr/api/v1/contracts/12954/terminate",
        json={"termination_date": "2025-09-30", "void_invoice_ids": [58700], "void_date": "2025-10-01"},
    )
    assert terminated.status_code == 200, terminated.text
    made = client.post(
        "/ca/api/transaction", json={"account": 1010, "amount": 42, "posted_at": "2026-03-01T00:00:00+0000"}
    )
    assert made.status_code == 201, made.text
    got = events(app, receiver, hook["token"])
    assert set(got) == {
        ("contract.terminated", 12954),
        ("invoice.voided", 58700),
        ("bank_transaction.created", made.json()["id"]),
    }
    assert got[("contract.terminated", 12954)]["object"]["status"] == "COMPLETED"
    assert got[("bank_transaction.created", made.json()["id"])]["object"]["amount"] == made.json()["amount"]


def test_a_contracts_inline_prepaid_commit_and_a_linked_revenue_transaction_are_delivered(
    app: t.Any, client: TestClient, receiver: Receiver
) -> None:
    """A contract written with ``prepaid_commits`` sends ``prepaid_commit.created`` for each commit it makes;
    a journal entry linking a revenue transaction sends ``revenue_transaction.updated`` (it now names the entry)."""
    hook = subscribe(client, receiver.url)
    pool = {"name": "Pool", "start_date": "2026-01-01", "total_value": 1000}
    body = {"entity": 54, "client": 33973, "contract_name": "Hooked", "prepaid_commits": [pool]}
    contract = client.post("/rr/api/v1/contracts", json=body)
    assert contract.status_code == 201, contract.text
    (commit,) = client.get(f"/rr/api/v1/contracts/{contract.json()['id']}/prepaid-commits").json()["results"]
    linking = {**entry_body((6100, 5), (1010, -5)), "revenue_transactions": [1]}
    entry = client.post("/coa/api/journal_entry", json=linking)
    assert entry.status_code == 201, entry.text

    got = events(app, receiver, hook["token"])
    assert got[("prepaid_commit.created", commit["id"])]["object"]["name"] == "Pool"
    assert ("contract.created", contract.json()["id"]) in got
    assert got[("revenue_transaction.updated", 1)]["object"]["journal_entry"] == entry.json()["id"]
