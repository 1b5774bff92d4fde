"""Deleting a client or vendor (``DELETE /coa/api/vendor/{id}``): refused with 409 naming what still refers
to it, or, with upstream's ``new_vendor``, after its records move to that vendor: its bills (and their lines,
payments and amortization schedules), debit memos, bill drafts, bank transactions, invoices and journal
entries, so the books by vendor move with them and the books as a whole do not change."""

from __future__ import annotations

import typing as t
from decimal import Decimal

from starlette.testclient import TestClient

from .payables import BILLS, MEMOS, VENDOR_WITHDRAWAL, new_bill, trial_balance_difference

#: The demo's Office Supplies Co (bills, a debit memo, a bank withdrawal) and ABC Bead Supply.
OLD, NEW = 900, 34182
OLD_NAME, NEW_NAME = "Office Supplies Co", "ABC Bead Supply"
ALL_TIME = {"start_date": "2020-01-01", "end_date": "2030-12-31"}
SCHEDULE = f"{BILLS}/amortization/generate-schedule"


def nets(accounts: list[dict[str, t.Any]]) -> dict[str, Decimal]:
    """Each account's debits less credits, by account id (accounts that net to zero left out)."""
    found = {a["id"]: Decimal(str(a["balances"]["debits"])) - Decimal(str(a["balances"]["credits"])) for a in accounts}
    return {k: v for k, v in found.items() if v}


def by_vendor(client: TestClient) -> tuple[dict[str, Decimal], dict[str, dict[str, Decimal]]]:
    """The all-time trial balance's net per account, and the same per vendor group of its breakdown."""
    response = client.get("/ca/api/get_trial_balance", params={**ALL_TIME, "group_by": "vendor"})
    assert response.status_code == 200, response.text
    body = response.json()
    groups = {name: nets(group["accounts"]) for name, group in body["breakdown"].items()}
    return nets(body["trial_balance"]["accounts"]), groups


def gl_count(client: TestClient, vendor: int) -> int:
    """How many GL lines name ``vendor``, all time."""
    response = client.get("/coa/api/transaction", params={"all_time": "true", "vendor": vendor, "limit": 1})
    assert response.status_code == 200, response.text
    return int(response.json()["count"])


def due(client: TestClient, vendor: int) -> Decimal:
    """What the live bills of ``vendor`` still owe."""
    bills = client.get(f"{BILLS}/", params={"vendor": vendor, "limit": 100}).json()["results"]
    return sum((Decimal(str(b["amount_due"])) for b in bills if b["voided_date"] is None), Decimal(0))


def amortize(client: TestClient, vendor: int) -> int:
    """A new bill of ``vendor`` with its one line amortized over three months; the bill's id."""
    made = new_bill(client, vendor=vendor, lines=[(2622, 900, 0)], bill_number="AM-1")
    parts = client.get(SCHEDULE, params={"amount": 900, "start_date": "2026-05-31", "months": 3}).json()
    saved = client.put(SCHEDULE, json={"bill_line": made["lines"][0]["id"], "schedule": parts})
    assert saved.status_code == 200, saved.text
    return int(made["id"])


def test_new_vendor_moves_the_books_by_vendor_and_keeps_the_trial_balance(client: TestClient) -> None:
    """After ``?new_vendor=``, the old vendor's group of the trial balance by vendor is gone and the new one's
    is the sum of both, account by account; the trial balance itself is unchanged and balances."""
    amortize(client, OLD)
    total, groups = by_vendor(client)
    lines = gl_count(client, OLD) + gl_count(client, NEW)
    assert groups[OLD_NAME] and groups[NEW_NAME]
    merged = {k: groups[OLD_NAME].get(k, Decimal(0)) + groups[NEW_NAME].get(k, Decimal(0)) for k in total}
    deleted = client.delete(f"/coa/api/vendor/{OLD}", params={"new_vendor": NEW})
    assert deleted.status_code == 204, deleted.text
    total_after, groups_after = by_vendor(client)
    assert total_after == total
    assert OLD_NAME not in groups_after
    assert groups_after[NEW_NAME] == {k: v for k, v in merged.items() if v}
    assert (gl_count(client, OLD), gl_count(client, NEW)) == (0, lines)
    assert trial_balance_difference(client) == 0
    assert client.get(f"/coa/api/vendor/{OLD}").status_code == 404


def test_new_vendor_moves_every_record_naming_the_old_one(client: TestClient) -> None:
    """Bills, debit memos, bill drafts and the amortization entries of the old vendor name the new one
    afterwards, and its bank withdrawal pays the new one's bills."""
    bill_id = amortize(client, OLD)
    old_bills = [b["id"] for b in client.get(f"{BILLS}/", params={"vendor": OLD, "limit": 100}).json()["results"]]
    assert bill_id in old_bills
    assert client.delete(f"/coa/api/vendor/{OLD}", params={"new_vendor": NEW}).status_code == 204
    for key in old_bills:
        assert client.get(f"{BILLS}/{key}/").json()["vendor"] == NEW
    memos = client.get(MEMOS, params={"limit": 100}).json()["results"]
    assert {m["id"]: m["vendor"] for m in memos} == {340: NEW, 341: NEW, 342: NEW, 343: NEW}
    drafts = client.get(f"{BILLS}-draft").json()
    assert {d["id"]: d["resolved_vendor"] for d in drafts} == {1: NEW, 2: NEW, 3: NEW}
    owed = due(client, NEW)
    applied = client.post(f"/coa/api/transaction/{VENDOR_WITHDRAWAL}/bill_payments")  # 600.00, to vendor 900
    assert applied.status_code == 201 and due(client, NEW) == owed - 600  # it now pays the new vendor's bills
    rows = client.get("/coa/api/transaction", params={"all_time": "true", "limit": 1000, "vendor": NEW}).json()
    amortized = [r for r in rows["results"] if r["bill"] == str(bill_id) and r["journal_type"] == "journal_entry"]
    assert len(amortized) == 8  # Dr prepaid / Cr expense on the bill date, then three parts back


def test_a_vendor_that_records_name_cannot_be_deleted_without_new_vendor(client: TestClient) -> None:
    """Without ``new_vendor`` the delete is a 409 naming the first referrers and how many more, and changes
    nothing."""
    before = by_vendor(client)
    refused = client.delete(f"/coa/api/vendor/{OLD}")
    assert refused.status_code == 409
    assert refused.json() == {
        "detail": "This vendor cannot be deleted: bill 31889, bill 31890, bill 31893 and 6 more refer to it."
    }
    assert client.get(f"/coa/api/vendor/{OLD}").status_code == 200
    assert by_vendor(client) == before


def test_new_vendor_must_be_another_live_vendor(client: TestClient) -> None:
    """A ``new_vendor`` naming nothing, or the vendor being deleted, is a 400 under ``new_vendor`` and moves
    nothing."""
    before = by_vendor(client)
    missing = client.delete(f"/coa/api/vendor/{OLD}", params={"new_vendor": 999999})
    assert missing.status_code == 400
    assert missing.json() == {"new_vendor": ['Invalid pk "999999" - object does not exist.']}
    itself = client.delete(f"/coa/api/vendor/{OLD}", params={"new_vendor": OLD})
    assert itself.status_code == 400
    assert itself.json() == {"new_vendor": ["The object being deleted cannot take its own references."]}
    assert by_vendor(client) == before
    assert client.get(f"/coa/api/vendor/{OLD}").status_code == 200


def test_an_amortized_bills_schedule_entries_move_with_it(client: TestClient) -> None:
    """The entries an amortization schedule posts (which read their bill's vendor) carry the new vendor after
    the move, though nothing but the bill names the old one."""
    vendor = client.post("/coa/api/vendor", json={"name": "Prepaid Services", "vendor_type": "vendor"}).json()["id"]
    bill_id = amortize(client, vendor)
    assert gl_count(client, vendor) == 10  # the bill (expense, payables) and the schedule's eight lines
    assert client.delete(f"/coa/api/vendor/{vendor}", params={"new_vendor": NEW}).status_code == 204
    assert gl_count(client, vendor) == 0
    rows = client.get("/coa/api/transaction", params={"all_time": "true", "limit": 1000, "vendor": NEW}).json()
    assert len([r for r in rows["results"] if r["bill"] == str(bill_id)]) == 10
