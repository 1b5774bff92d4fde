"""The operations upstream declares without a body that plainly answer data (views/fixed_assets.py,
transaction_matches.py, usage_events.py, intercompany balance), and the side effects they carry out
(transaction-match review, custom-field reorder)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from campfire_mock.domain.seeding import bundled_seed

from .test_ledger import entry_body

EVENTS = "/rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/usage-events"
COMMIT = "/rr/api/v1/contracts/12954/prepaid-commits/1"
UNMATCHED = "/coa/api/fixed-asset/reconciliation/unmatched-gl"
BALANCE = "/coa/api/intercompany-journal-entry/balance"
#: Upstream's own BalanceRequest example (entity 54 keeps USD; EUR at 1.1).
BALANCE_EXAMPLE = {
    "transactions": [
        {"entity": 54, "currency": "EUR", "debit_amount_native": 1000.0, "tags": []},
        {"entity": 54, "currency": "EUR", "credit_amount_native": 999.5, "tags": []},
    ],
    "exchange_rates": [
        {"entity": 54, "originating_currency": "EUR", "target_currency": "USD", "exchange_rate": 1.1},
        {"entity": 54, "originating_currency": "USD", "target_currency": "USD", "exchange_rate": 1.0},
    ],
}


def test_automation_accounts_are_the_fixed_asset_accounts_as_the_chart_answers_them(client: TestClient) -> None:
    """The automation's accounts are exactly the chart's FIXED_ASSET accounts, each as ``/coa/api/account`` shows it."""
    found = client.get("/coa/api/fixed-asset-automation/accounts").json()
    chart = client.get("/coa/api/account", params={"limit": 1000}).json()["results"]
    assert [a["id"] for a in found] == sorted(a["id"] for a in chart if a["account_subtype"] == "FIXED_ASSET")
    assert found and found[0] == client.get(f"/coa/api/account/{found[0]['id']}").json()


def test_automation_asset_classes_are_those_of_the_account(client: TestClient) -> None:
    """Only the classes whose ``asset_account`` is ``account_id`` are listed; without it the call is a 400."""
    made = client.post("/coa/api/fixed-asset-class", json={"name": "Laptops", "useful_life": 36, "asset_account": 1500})
    assert made.status_code == 201, made.text
    listed = client.get("/coa/api/fixed-asset-automation/asset-classes", params={"account_id": 1500}).json()
    assert [c["id"] for c in listed] == [made.json()["id"]] and listed[0]["name"] == "Laptops"
    assert client.get("/coa/api/fixed-asset-automation/asset-classes", params={"account_id": 1510}).json() == []
    missing = client.get("/coa/api/fixed-asset-automation/asset-classes")
    assert missing.status_code == 400 and missing.json() == {"account_id": ["This field is required."]}


def test_unmatched_gl_lists_fixed_asset_lines_until_an_asset_names_their_entry(client: TestClient) -> None:
    """A purchase posted to a FIXED_ASSET account is unmatched until a fixed asset names its journal entry."""
    entry = client.post("/coa/api/journal_entry", json=entry_body((1500, 2400), (1010, -2400))).json()
    lines = client.get(UNMATCHED, params={"account_id": 1500, "limit": 1000}).json()["results"]
    assert entry["id"] in {ln["journal"] for ln in lines}
    assert {ln["account_subtype"] for ln in lines} == {"FIXED_ASSET"}
    asset = {
        "name": "Server",
        "purchase_date": "2026-05-10",
        "initial_value": 2400,
        "purchase_journal_entry": entry["id"],
    }
    assert client.post("/coa/api/fixed-asset", json=asset).status_code == 201
    after = client.get(UNMATCHED, params={"account_id": 1500, "limit": 1000}).json()
    assert entry["id"] not in {ln["journal"] for ln in after["results"]}
    assert after["count"] == len(lines) - 1


def test_transaction_match_review_sets_its_status_and_the_count_follows(client: TestClient) -> None:
    """Reject and the status actions set the match's ``status`` and ``reviewed_at``; the count counts by status."""
    assert client.get("/coa/api/transaction-matches-count").json() == {"count": 1}
    rejected = client.post("/coa/api/transaction-matches/1/reject")
    assert rejected.status_code == 200, rejected.text
    match = client.get("/coa/api/transaction-matches/1").json()
    assert match["status"] == "rejected" and match["reviewed_at"] is not None
    assert client.get("/coa/api/transaction-matches-count", params={"status": "rejected"}).json() == {"count": 1}
    assert client.put("/coa/api/transaction-matches/1/status", json={"action": "accept"}).status_code == 200
    assert client.get("/coa/api/transaction-matches/1").json()["status"] == "accepted"
    assert client.get("/coa/api/transaction-matches-count", params={"status": "rejected"}).json() == {"count": 0}


def test_transaction_match_review_answers_the_match_as_retrieve_shows_it(client: TestClient) -> None:
    """Reject and the status actions answer the reviewed match, equal to what its retrieve answers next."""
    rejected = client.post("/coa/api/transaction-matches/1/reject")
    assert rejected.status_code == 200
    assert rejected.json() == client.get("/coa/api/transaction-matches/1").json()
    assert rejected.json()["status"] == "rejected" and rejected.json()["reviewed_at"] is not None
    accepted = client.post("/coa/api/transaction-matches/1/status", json={"action": "accept"})
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    assert accepted.json() == client.get("/coa/api/transaction-matches/1").json()


def test_transaction_match_status_needs_a_known_action(client: TestClient) -> None:
    """An action other than accept or reject is a 400 naming it, and the match is unchanged."""
    answer = client.post("/coa/api/transaction-matches/1/status", json={"action": "maybe"})
    assert answer.status_code == 400
    assert "action" in answer.json() and "maybe" in answer.json()["action"][0]
    assert client.get("/coa/api/transaction-matches/1").json()["reviewed_at"] is None


def test_custom_field_reorder_sets_each_display_order(client: TestClient) -> None:
    """Each named field takes its place in ``field_order`` as its ``display_order``; an unknown id changes nothing."""
    second = client.post("/ca/api/v1/custom-fields", json={"name": "PO", "label": "PO", "field_type": "text"}).json()
    assert client.post("/ca/api/v1/custom-fields/reorder", json={"field_order": [second["id"], 1]}).status_code == 200
    assert client.get(f"/ca/api/v1/custom-fields/{second['id']}").json()["display_order"] == 0
    assert client.get("/ca/api/v1/custom-fields/1").json()["display_order"] == 1
    refused = client.post("/ca/api/v1/custom-fields/reorder", json={"field_order": [1, 999]})
    assert refused.status_code == 400
    assert refused.json() == {"field_order": ['Invalid pk "999" - object does not exist.']}
    assert client.get("/ca/api/v1/custom-fields/1").json()["display_order"] == 1


def _seed_events(client: TestClient, data: list[dict[str, t.Any]]) -> None:
    seed = bundled_seed("demo")
    parent = {"contract_id": 12954, "commit_id": 1}
    rows = [{"id": i, "period_month": "2026-03-01", "data": d, "_parent": parent} for i, d in enumerate(data, 1)]
    seed["objects"][EVENTS] = rows
    assert client.post("/__campfire_mock__/seed", json={"data": seed}).status_code == 200


def test_usage_event_distinct_values_and_template_read_the_events_data(client: TestClient) -> None:
    """Distinct values list each value of the data key once, sorted; the template's header adds the data keys."""
    _seed_events(client, [{"region": "eu", "plan": "pro"}, {"region": "us"}, {"region": "eu"}, {"plan": None}])
    values = client.get(f"{COMMIT}/usage-events/distinct-values", params={"field": "region"}).json()
    assert values == {"field": "region", "values": ["eu", "us"]}
    template = client.get(f"{COMMIT}/usage-events/template")
    assert template.headers["content-type"].startswith("text/csv")
    assert template.text == "external_id,event_date,total_events,total_revenue_dollars,plan,region\r\n"


def test_usage_event_reads_of_an_unknown_commit_are_404(client: TestClient) -> None:
    """A commit the contract does not have answers 404, as its other operations do."""
    missing = client.get("/rr/api/v1/contracts/12954/prepaid-commits/999/usage-events/template")
    assert missing.status_code == 404 and missing.json() == {"detail": "Not found."}


def test_intercompany_balance_adds_the_balancing_line_and_stores_nothing(client: TestClient) -> None:
    """Upstream's example: each line gets its book amounts at 1.1, and the 0.50 EUR left over a balancing credit."""
    before = client.get("/coa/api/intercompany-journal-entry").json()["count"]
    answer = client.post(BALANCE, json=BALANCE_EXAMPLE)
    assert answer.status_code == 200, answer.text
    lines = answer.json()["transactions"]
    assert [(ln["debit_amount_book"], ln["credit_amount_book"]) for ln in lines] == [
        (1100.0, None),
        (None, 1099.45),
        (None, 0.55),
    ]
    plug = lines[-1]
    assert plug["is_balancing"] and plug["account"] is None and plug["credit_amount_native"] == 0.5
    assert client.get("/coa/api/intercompany-journal-entry").json()["count"] == before


def test_intercompany_balance_refuses_an_unknown_entity(client: TestClient) -> None:
    """A line naming no entity of the workspace is a 400 in DRF's per-item shape."""
    answer = client.post(BALANCE, json={"transactions": [{"entity": 54}, {"entity": 999}]})
    assert answer.status_code == 400
    assert answer.json() == {"transactions": [{}, {"entity": ['Invalid pk "999" - object does not exist.']}]}
