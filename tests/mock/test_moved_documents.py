"""Documents moved by a delete with a replacement (``?new_vendor=``, ``?new_department=``, ``?new_tag=``)
are updates as DRF would make them: their ``last_modified_at`` moves, so a sync client's
``last_modified_at__gte`` list shows them again, and a subscriber gets ``<kind>.updated`` for each."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from . import test_webhooks as hooks
from .payables import BILLS, MEMOS
from .test_delivery import Receiver
from .test_webhooks import received, settle, subscribe

app, token, client, receiver = hooks.app, hooks.token, hooks.client, hooks.receiver

#: The demo's Office Supplies Co (bills, a debit memo, a bank withdrawal) and ABC Bead Supply.
OLD, NEW = 900, 34182
LATER = "2027-03-01T09:00:00+0000"


def _later(client: TestClient) -> None:
    response = client.post("/__campfire_mock__/clock", json={"now": "2027-03-01T09:00:00+00:00"})
    assert response.status_code == 200, response.text


def _ids(client: TestClient, url: str, vendor: int | None = None, **params: t.Any) -> set[int]:
    """The ids a list answers (those of ``vendor`` only, if given: the debit memo list has no such filter)."""
    response = client.get(url, params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return {row["id"] for row in response.json()["results"] if vendor is None or row["vendor"] == vendor}


def test_a_vendor_move_lists_the_moved_bills_and_memos_again_and_announces_them(
    app: t.Any, client: TestClient, receiver: Receiver
) -> None:
    """After ``DELETE /coa/api/vendor/900?new_vendor=34182`` every moved bill and debit memo is modified
    now (listed by ``last_modified_at__gte``) and sent as ``bill.updated``/``debit_memo.updated`` naming
    the new vendor."""
    bills = _ids(client, f"{BILLS}/", vendor=OLD)
    memos = _ids(client, f"{MEMOS}/", vendor=OLD)
    assert bills and memos
    hook = subscribe(client, receiver.url, "bill.updated", "debit_memo.updated")
    _later(client)
    assert _ids(client, f"{BILLS}/", last_modified_at__gte="2027-03-01") == set()
    assert client.delete(f"/coa/api/vendor/{OLD}", params={"new_vendor": NEW}).status_code == 204
    assert _ids(client, f"{BILLS}/", last_modified_at__gte="2027-03-01") >= bills
    assert _ids(client, f"{MEMOS}/", last_modified_at__gte="2027-03-01") >= memos
    for bill in bills:
        assert client.get(f"{BILLS}/{bill}/").json()["last_modified_at"] == LATER
    settle(app)
    got = {(e["topic"], e["object_id"]): e for e in received(receiver, hook["token"])}
    assert {("bill.updated", b) for b in bills} | {("debit_memo.updated", m) for m in memos} <= set(got)
    assert {got[("bill.updated", b)]["object"]["vendor"] for b in bills} == {NEW}


def test_a_department_move_modifies_the_credit_memo_and_announces_it(
    app: t.Any, client: TestClient, receiver: Receiver
) -> None:
    """``DELETE /coa/api/department/35?new_department=36`` moves credit memo 4258's line: the memo is
    modified now and sent as ``credit_memo.updated`` with the line in Sales."""
    hook = subscribe(client, receiver.url, "credit_memo.updated")
    _later(client)
    assert client.delete("/coa/api/department/35", params={"new_department": 36}).status_code == 204
    memo = client.get("/coa/api/v1/credit-memo/4258").json()
    assert memo["last_modified_at"] == LATER
    settle(app)
    got = {(e["topic"], e["object_id"]): e for e in received(receiver, hook["token"])}
    assert [ln["department"] for ln in got[("credit_memo.updated", 4258)]["object"]["lines"]] == [36]
