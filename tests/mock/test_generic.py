"""Generic resources behave as Django REST Framework viewsets do, and the AR rules on top of them hold."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.domain.seeding import bundled_seed
from campfire_mock.domain.workspace import REFERENCE_KINDS

TOKEN = {"Authorization": "Token generic-tests"}

WEBHOOKS = "/integrations/api/v1/webhook"
ACCOUNTS = "/ca/api/account"


def test_create_retrieve_update_and_list() -> None:
    """A created object gets an id and timestamps, reads back, updates, and appears in the list."""
    with TestClient(create_app(), headers=TOKEN) as c:
        made = c.post(WEBHOOKS, json={"url": "https://example.com/hook", "active": True})
        assert made.status_code == 201, made.text
        body = made.json()
        assert body["url"] == "https://example.com/hook"
        assert body["id"] >= 1
        assert body["created_at"].endswith("+0000")
        again = c.get(f"{WEBHOOKS}/{body['id']}").json()
        assert again == body
        changed = c.patch(f"{WEBHOOKS}/{body['id']}", json={"active": False, "id": 999}).json()
        assert (changed["id"], changed["active"]) == (body["id"], False)
        listed = c.get(WEBHOOKS).json()
        assert [w["id"] for w in listed if w["id"] == body["id"]] == [body["id"]]


def test_an_empty_patch_stamps_last_modified_at_as_auto_now_does() -> None:
    """A save that changes no field still stamps the object, on generic kinds as on invoices (Django's
    ``auto_now``), so every kind's sync sees the same thing."""
    with TestClient(create_app(), headers=TOKEN) as c:
        assert c.post("/__campfire_mock__/clock", json={"advance_days": 2}).status_code == 200
        now = c.get("/__campfire_mock__/clock").json()["now"]
        for path in ("/coa/api/department/36", "/coa/api/v1/invoice/47864/"):
            answer = c.patch(path, json={})
            assert answer.status_code == 200, (path, answer.text)
            assert answer.json()["last_modified_at"] >= now, path


def test_soft_delete_leaves_lists_unless_include_deleted() -> None:
    """Deleting an object whose schema has is_deleted marks it; lists drop it unless include_deleted."""
    with TestClient(create_app(), headers=TOKEN) as c:
        made = c.post(ACCOUNTS, json={"name": "Payroll account", "entity": 54}).json()
        assert c.delete(f"{ACCOUNTS}/{made['id']}").status_code == 204
        ids = [a["id"] for a in c.get(ACCOUNTS).json()["results"]]
        assert made["id"] not in ids
        deleted = c.get(ACCOUNTS, params={"include_deleted": "true"}).json()["results"]
        assert [(a["id"], a["is_deleted"]) for a in deleted if a["id"] == made["id"]] == [(made["id"], True)]


def test_hard_delete_then_404() -> None:
    """An object without is_deleted is removed; reading it again is DRF's 404."""
    with TestClient(create_app(), headers=TOKEN) as c:
        made = c.post(WEBHOOKS, json={"url": "https://example.com/x", "active": True}).json()
        assert c.delete(f"{WEBHOOKS}/{made['id']}").status_code == 204
        gone = c.get(f"{WEBHOOKS}/{made['id']}")
        assert (gone.status_code, gone.json()) == (404, {"detail": "Not found."})


def test_paging_links_and_field_filters() -> None:
    """limit/offset pages carry next/previous links; a parameter naming a field filters by it."""
    with TestClient(create_app(), headers=TOKEN) as c:
        for name in ("Alpha", "Beta", "Gamma"):
            c.post(ACCOUNTS, json={"name": name, "entity": 54})
        page = c.get(ACCOUNTS, params={"limit": 2}).json()
        assert page["count"] == 4 and len(page["results"]) == 2
        assert "offset=2" in page["next"] and page["previous"] is None
        second = c.get(page["next"]).json()
        assert len(second["results"]) == 2 and second["next"] is None
        chart = c.get(ACCOUNTS, params={"chart_of_accounts_account": 1010}).json()["results"]
        assert all(a["chart_of_accounts_account"] == 1010 for a in chart)


def test_nested_resource_under_a_missing_parent_is_404() -> None:
    """A contract's usage lists under the seeded contract and is 404 under one that does not exist."""
    with TestClient(create_app(), headers=TOKEN) as c:
        assert c.get("/rr/api/v1/contracts/12954/usage").json()["count"] == 1
        missing = c.get("/rr/api/v1/contracts/999999/usage")
        assert (missing.status_code, missing.json()) == (404, {"detail": "Not found."})


def test_state_file_keeps_generic_objects(tmp_path: Path) -> None:
    """A generic object written with a state file is there after a restart."""
    state = tmp_path / "state.db"
    app = create_app(state_file=state)
    with TestClient(app, headers=TOKEN) as c:
        made = c.post(WEBHOOKS, json={"url": "https://example.com/kept", "active": True}).json()
    app.store.close()
    with TestClient(create_app(state_file=state), headers=TOKEN) as c:
        assert c.get(f"{WEBHOOKS}/{made['id']}").json()["url"] == "https://example.com/kept"


def test_invoice_client_name_follows_a_rename() -> None:
    """Renaming a client through /coa/api/vendor/{id} renames it on its invoices."""
    with TestClient(create_app(), headers=TOKEN) as c:
        assert c.get("/coa/api/v1/invoice/58700/").json()["client_name"] == "Client A"
        renamed = c.patch("/coa/api/vendor/33973", json={"name": "Client A Holdings"})
        assert renamed.status_code == 200 and renamed.json()["name"] == "Client A Holdings"
        assert c.get("/coa/api/v1/invoice/58700/").json()["client_name"] == "Client A Holdings"


def test_client_with_invoices_cannot_be_deleted() -> None:
    """Deleting a client that credit memos, invoices and the demo milestone's revenue transaction name is a 409
    naming them that changes nothing; one without is soft-deleted."""
    with TestClient(create_app(), headers=TOKEN) as c:
        refused = c.delete("/coa/api/vendor/33973")
        assert refused.status_code == 409
        assert refused.json() == {
            "detail": "This vendor cannot be deleted: credit memo 4029, credit memo 4100, credit memo 4258 and 4 more "
            "refer to it."
        }
        assert c.get("/coa/api/vendor/33973").status_code == 200
        assert c.delete("/coa/api/vendor/901").status_code == 204
        assert 901 not in [v["id"] for v in c.get("/coa/api/vendor").json()["results"]]


def test_client_contacts_and_bulk_search() -> None:
    """A contact added to a client lists under it; bulk-search finds clients by name."""
    with TestClient(create_app(), headers=TOKEN) as c:
        made = c.post("/coa/api/vendor/42/contacts", json={"name": "Ada", "email": "ada@acme.example"})
        assert made.status_code == 201 and made.json()["email"] == "ada@acme.example"
        listed = c.get("/coa/api/vendor/42/contacts").json()
        assert [x["name"] for x in listed["results"]] == ["Ada"]
        found = c.post("/coa/api/vendor/bulk-search", json={"vendors": [{"name": "acme corp"}, {"name": "Nobody"}]})
        assert [v["id"] for v in found.json()] == [42]


def test_customer_balances_come_from_invoices_and_payments() -> None:
    """A customer's billed, paid and outstanding totals are its invoices' and payments' sums."""
    with TestClient(create_app(), headers=TOKEN) as c:
        invoices = [i for i in c.get("/coa/api/v1/invoice/", params={"client": 42}).json()["results"]]
        live = [i for i in invoices if i["status"] != "void"]
        customer = c.get("/rr/api/v1/customers/42").json()
        assert customer["total_billed"] == round(sum(i["total_amount"] for i in live), 2)
        assert customer["total_outstanding"] == round(sum(i["amount_due"] for i in live), 2)
        assert customer["total_paid"] == round(sum(i["amount_paid"] for i in live), 2)
        vendors_only = c.get("/rr/api/v1/customers/900")
        assert vendors_only.status_code == 404


def test_pay_needs_an_account_that_exists() -> None:
    """/pay/ with an account_id the chart of accounts does not hold is a 400 naming it."""
    with TestClient(create_app(), headers=TOKEN) as c:
        payment = {"amount": 10, "payment_date": "2026-03-01", "account_id": 777, "account_name": "Nowhere"}
        body = {"empty_transactions": [payment]}
        response = c.post("/coa/api/v1/invoice/58700/pay/", json=body)
        assert response.status_code == 400
        assert response.json()["empty_transactions"][0]["account_id"] == ['Invalid pk "777" - object does not exist.']


def test_credit_memo_numbers_continue_after_the_seeded_ones() -> None:
    """The next credit memo after the seeded CM-0000008 is CM-0000009, and its lines have real timestamps."""
    with TestClient(create_app(), headers=TOKEN) as c:
        body = {
            "entity": 54,
            "client": 33973,
            "credit_memo_date": "2026-03-01",
            "currency": "USD",
            "lines": [{"account": 169208, "product": 3679, "amount": 5, "description": "x"}],
        }
        made = c.post("/coa/api/v1/credit-memo", json=body)
        assert made.status_code == 201, made.text
        memo = made.json()
        assert memo["credit_memo_number"] == "CM-0000009"
        line = memo["lines"][0]
        assert not line["created_at"].startswith("1970")
        assert (line["account_name"], line["product_name"]) == ("4107 - Subscription fees", "Annual Subscription")


def test_journal_entries_are_posted_by_invoices_and_payments_and_balance() -> None:
    """An invoice's journal entry lists and retrieves, debits receivables and balances; a payment's too."""
    with TestClient(create_app(), headers=TOKEN) as c:
        inv = c.get("/coa/api/v1/invoice/47864/").json()
        entry = c.get(f"/coa/api/journal_entry/{inv['journal_entry']}").json()
        lines = entry["transactions"]
        assert lines[0]["account_name"] == "1100 - Accounts Receivable"
        assert lines[0]["debit_amount"] == inv["total_amount"]
        assert sum(ln["debit_amount"] or 0 for ln in lines) == sum(ln["credit_amount"] or 0 for ln in lines)
        listed = c.get("/coa/api/journal_entry", params={"limit": 1000, "all_time": "true"}).json()["results"]
        assert inv["journal_entry"] in [e["id"] for e in listed]
        for e in listed:
            debits = round(sum(ln["debit_amount"] or 0 for ln in e["transactions"]), 2)
            assert debits == round(sum(ln["credit_amount"] or 0 for ln in e["transactions"]), 2), e["id"]
        refused = c.delete(f"/coa/api/journal_entry/{inv['journal_entry']}")
        assert refused.status_code == 409
        assert refused.json()["detail"] == (
            f"Journal entry {inv['journal_entry']} is posted by invoice 47864;"
            " void or change that document to reverse it."
        )


def test_stored_and_posted_journal_entries_never_share_an_id() -> None:
    """A seed whose invoices and payments name no journal entry, beside a stored entry 1: every invoice's
    entry is listed (none hidden by the stored one), a created entry takes a fresh id, and no id repeats."""
    demo = bundled_seed("demo")["objects"]
    kept = (*REFERENCE_KINDS, "invoice", "/coa/api/journal_entry")
    seed = {"format": "campfire-mock-seed/1", "objects": {kind: demo[kind] for kind in kept if kind in demo}}
    for inv in seed["objects"]["invoice"]:
        inv.pop("journal_entry", None)
        for pay in inv.get("payments", []):
            pay.pop("journal_entry", None)
    assert 1 in [e["id"] for e in seed["objects"]["/coa/api/journal_entry"]]
    with TestClient(create_app(), headers=TOKEN) as c:
        loaded = c.post("/__campfire_mock__/seed", json={"data": seed})
        assert loaded.status_code == 200, loaded.text
        lines = [{"account": 6100, "debit_amount": 5}, {"account": 1010, "credit_amount": 5}]
        made = c.post("/coa/api/journal_entry", json={"date": "2026-01-02", "entity": 54, "transactions": lines})
        assert made.status_code == 201, made.text
        entries = c.get("/coa/api/journal_entry", params={"limit": 1000, "all_time": "true"}).json()["results"]
        ids = [e["id"] for e in entries]
        assert len(ids) == len(set(ids))
        assert {1, made.json()["id"]} <= set(ids)
        by_id = {e["id"]: e for e in entries}
        invoices = c.get("/coa/api/v1/invoice/", params={"limit": 1000}).json()["results"]
        assert invoices
        for inv in invoices:
            if inv["status"] == "draft":  # a draft posts nothing until it is issued
                assert inv["journal_entry"] not in by_id
                continue
            posted = by_id.get(inv["journal_entry"]) or {}
            assert (posted.get("source"), posted.get("source_id")) == ("invoice", str(inv["id"])), inv["id"]
        stored = c.get("/coa/api/journal_entry/1").json()
        assert stored["created_automatically"] is False


def test_a_seeded_credit_memos_journal_entry_id_is_not_drawn_again() -> None:
    """A seeded memo naming journal entry 1, with a refund of payment id 2 posting entry 3, keeps them: an
    invoice seeded without ids, and its payment, draw others."""
    demo = bundled_seed("demo")["objects"]
    refund = {"id": 2, "amount": 5, "payment_date": "2026-01-02", "journal_entry": 3}
    memo = {**demo["credit_memo"][0], "journal_entry": 1, "_refunds": [refund]}
    invoice = {k: v for k, v in demo["invoice"][0].items() if k not in ("journal_entry", "payments")}
    invoice["payments"] = [{"amount": 1, "payment_date": "2026-01-03"}]
    kept = {kind: demo[kind] for kind in REFERENCE_KINDS if kind in demo and kind != "credit_memo"}
    seed = {"format": "campfire-mock-seed/1", "objects": {**kept, "credit_memo": [memo], "invoice": [invoice]}}
    with TestClient(create_app(), headers=TOKEN) as c:
        loaded = c.post("/__campfire_mock__/seed", json={"data": seed})
        assert loaded.status_code == 200, loaded.text
        got = c.get(f"/coa/api/v1/invoice/{invoice['id']}/").json()
        assert got["journal_entry"] not in (1, 3)
        assert [p["id"] for p in got["payments"]] != [2]
        assert got["payments"][0]["payment_journal_entry"] not in (1, 3)


def test_a_relation_id_beyond_int64_as_a_string_is_a_field_error() -> None:
    """A generic create given a relation id as a numeric string too large for any id is a 400 naming the
    field and stores nothing (it once crashed encoding the answer); a normal one is read as an integer."""
    with TestClient(create_app(), headers=TOKEN) as c:
        path = "/coa/api/v2/reconciliation"
        before = c.get(path).json()["count"]
        body = {"statement_ending_date": "2026-07-23", "entity": "54", "account": "2710924657389272254106292"}
        refused = c.post(path, json=body)
        assert refused.status_code == 400
        # DRF reads the text as an integer first: beyond 64 bits, as the same number sent as one is
        assert refused.json() == {"account": ["Ensure this value is less than or equal to 9223372036854775807."]}
        assert c.get(path).json()["count"] == before
        made = c.post(path, json={**body, "account": "1010"})
        assert made.status_code == 201, made.text
        assert made.json()["account"] == 1010


def test_contract_shapes_follow_real_responses() -> None:
    """A contract's tags and usage tiers are arrays and is_deleted a boolean, as real responses carry them; a
    deleted contract reads back in ``include_deleted`` lists (upstream's string type made that a 500)."""
    with TestClient(create_app(), headers=TOKEN) as c:
        contracts = c.get("/rr/api/v1/contracts").json()["results"]
        contract = contracts[0]
        assert isinstance(contract["is_deleted"], bool)
        assert isinstance(contract["tags"], list)
        assert isinstance(contract["usage_tiers"], list)
        made = c.post(
            "/rr/api/v1/contracts",
            json={"name": "Shapes", "client": contract["client"], "entity": contract["entity"], "tags": []},
        )
        assert made.status_code == 201, made.text
        assert c.delete(f"/rr/api/v1/contracts/{made.json()['id']}").status_code == 204
        listed = c.get("/rr/api/v1/contracts", params={"include_deleted": "true", "limit": 1000})
        assert listed.status_code == 200, listed.text
        gone = [row for row in listed.json()["results"] if row["id"] == made.json()["id"]]
        assert gone and gone[0]["is_deleted"] is True
