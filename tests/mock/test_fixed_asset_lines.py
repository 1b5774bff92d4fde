"""A GL line's ``created_fixed_assets``: the category line a bank transaction posts answers the live fixed assets
whose purchase names that transaction (``purchase_transaction`` or ``purchase_transactions``); the bank's line,
and every manual or document line, answers ``[]`` (``domain/fixed_asset_links.py``)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

#: The id of the entry a bank transaction posts is this plus its id (``domain/bank_posting.py``).
BANK_ENTRY_BASE = 1_000_000_000
ASSETS = "/coa/api/fixed-asset"


def _lines(client: TestClient, transaction: int) -> dict[int, list[t.Any]]:
    """The ``created_fixed_assets`` of the bank transaction's entry's lines, by account."""
    entry = client.get(f"/coa/api/journal_entry/{BANK_ENTRY_BASE + transaction}")
    assert entry.status_code == 200, entry.text
    return {ln["account"]: ln["created_fixed_assets"] for ln in entry.json()["transactions"]}


def test_a_bank_transactions_purchase_line_answers_the_assets_it_bought(client: TestClient) -> None:
    """A 2,400 purchase categorised to 1500 (Computer Equipment): once a fixed asset names it, its 1500 line
    lists that asset, and a second one naming it among ``purchase_transactions``; deleted, it leaves."""
    body = {"amount": -2400, "posted_at": "2026-05-10T00:00:00+0000", "currency": "USD", "account": 1500}
    made = client.post("/ca/api/transaction", json={**body, "description": "Server"})
    assert made.status_code == 201, made.text
    key = made.json()["id"]
    assert _lines(client, key) == {1010: [], 1500: []}
    asset = {"name": "Server", "purchase_date": "2026-05-10", "initial_value": 2400}
    first = client.post(ASSETS, json={**asset, "purchase_transaction": key})
    assert first.status_code == 201, first.text
    second = client.post(ASSETS, json={**asset, "name": "Rack", "purchase_transactions": [key]})
    assert second.status_code == 201, second.text
    ids = [str(first.json()["id"]), str(second.json()["id"])]
    assert _lines(client, key) == {1010: [], 1500: [{"id": ids[0], "name": "Server"}, {"id": ids[1], "name": "Rack"}]}
    assert client.delete(f"{ASSETS}/{ids[0]}").status_code == 204
    assert _lines(client, key) == {1010: [], 1500: [{"id": ids[1], "name": "Rack"}]}


def test_an_automation_match_answers_its_rules_account_name_and_threshold(client: TestClient) -> None:
    """Match 1 of rule 2 answers the rule's ``account_name`` and ``amount_threshold`` (list and retrieve alike);
    a rule changed to another threshold is answered anew."""
    rule = client.get("/coa/api/fixed-asset-automation/2").json()
    (listed,) = client.get("/coa/api/fixed-asset-automation/matches").json()["results"]
    shown = client.get("/coa/api/fixed-asset-automation-match/1").json()
    for match in (listed, shown):
        assert (match["rule_account_name"], match["rule_threshold"]) == (rule["account_name"], 0)
    assert rule["account_name"] == "1500 - Computer Equipment"
    assert client.patch("/coa/api/fixed-asset-automation/2", json={"amount_threshold": 2500}).status_code == 200
    assert client.get("/coa/api/fixed-asset-automation-match/1").json()["rule_threshold"] == 2500


def test_a_rule_threshold_past_a_matchs_range_answers_null_not_a_500(client: TestClient) -> None:
    """A rule's ``amount_threshold`` may reach 10**18, a match's ``rule_threshold`` only 10**13: past it the match
    answers null (the list and the retrieve were a 500); within it, the rule's value."""
    assert client.patch("/coa/api/fixed-asset-automation/2", json={"amount_threshold": -3.8e17}).status_code == 200
    listed = client.get("/coa/api/fixed-asset-automation/matches")
    assert listed.status_code == 200 and listed.json()["results"][0]["rule_threshold"] is None
    assert client.patch("/coa/api/fixed-asset-automation/2", json={"amount_threshold": 250}).status_code == 200
    assert client.get("/coa/api/fixed-asset-automation/matches").json()["results"][0]["rule_threshold"] == 250


def test_the_match_list_and_a_match_are_one_object(client: TestClient) -> None:
    """The pending list (``/fixed-asset-automation/matches``) and the match's own path
    (``/fixed-asset-automation-match/{id}/``) are one match: an edit at one shows in the other. Upstream
    declares no list at the match's own path, so it is DRF's router's 404 there."""
    edited = client.patch("/coa/api/fixed-asset-automation-match/1/", json={"proposed_name": "Laptop fleet"})
    assert edited.status_code == 200, edited.text
    (listed,) = client.get("/coa/api/fixed-asset-automation/matches").json()["results"]
    assert (listed["id"], listed["proposed_name"]) == (1, "Laptop fleet")
    assert client.get("/coa/api/fixed-asset-automation-match/").status_code == 404
