"""Intercompany journal entries: each entity's lines balance on their own (a 400 naming ``transactions``
otherwise), the entry posts one balanced part per entity whose GL lines carry ``intercompany_journal``,
and its parts change only through it."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

ENTRIES, JOURNAL, GL = "/coa/api/intercompany-journal-entry", "/coa/api/journal_entry", "/coa/api/transaction"
#: Top Level (54) lends 1,000.00 to Campfire Demo LLC (1), both in USD.
LOAN: dict[str, t.Any] = {
    "date": "2026-05-10",
    "memo": "Loan to Demo LLC",
    "currency": "USD",
    "transactions": [
        {"entity": 54, "account": 1300, "debit_amount": 1000},
        {"entity": 54, "account": 1010, "credit_amount": 1000},
        {"entity": 1, "account": 1010, "debit_amount": 1000},
        {"entity": 1, "account": 2700, "credit_amount": 1000},
    ],
}


def create(client: TestClient, body: dict[str, t.Any]) -> dict[str, t.Any]:
    made = client.post(ENTRIES, json=body)
    assert made.status_code == 201, made.text
    return t.cast(dict[str, t.Any], made.json())


def test_an_intercompany_entry_posts_one_balanced_part_per_entity(client: TestClient) -> None:
    """Each entity's part balances in its own books; the GL lines name the intercompany entry."""
    made = create(client, LOAN)
    assert made["entities"] == [1, 54]
    lines = made["transactions"]
    assert {ln["intercompany_journal"] for ln in lines} == {made["id"]}
    by_journal: dict[int, list[tuple[int, float]]] = {}
    for ln in lines:
        by_journal.setdefault(ln["journal"], []).append((ln["entity"], ln["amount"]))
    assert len(by_journal) == 2
    for part in by_journal.values():
        assert len({entity for entity, _ in part}) == 1 and sum(amount for _, amount in part) == 0
    trial = client.get(
        "/ca/api/get_trial_balance", params={"start_date": "2026-05-01", "end_date": "2026-05-31", "group_by": "entity"}
    ).json()
    for name, group in trial["breakdown"].items():
        debits = round(sum(a["balances"]["debits"] for a in group["accounts"]), 2)
        assert debits == round(sum(a["balances"]["credits"] for a in group["accounts"]), 2), name
    gl = client.get(GL, params={"all_time": "true", "account": 2700, "entity": 1}).json()["results"]
    assert [(ln["credit_amount"], ln["intercompany_journal"]) for ln in gl] == [(1000, made["id"])]


def test_an_entry_balanced_overall_but_not_per_entity_is_a_400(client: TestClient) -> None:
    """Debits equal credits in total, but not within each entity: refused, naming each entity."""
    body = {
        **LOAN,
        "transactions": [
            {"entity": 54, "account": 1010, "credit_amount": 1000},
            {"entity": 1, "account": 1300, "debit_amount": 1000},
        ],
    }
    refused = client.post(ENTRIES, json=body)
    assert refused.status_code == 400
    assert refused.json() == {
        "transactions": [
            "Entity 1: debits (1000.00) must equal credits (0.00).",
            "Entity 54: debits (0.00) must equal credits (1000.00).",
        ]
    }
    assert client.get(ENTRIES).json()["count"] == 1  # the demo's own entry only


def test_an_intercompany_entry_without_lines_is_a_400(client: TestClient) -> None:
    """No ``transactions`` or an empty list is refused in DRF's words, as a manual entry's, and nothing is made."""
    before = client.get(ENTRIES).json()["count"]
    for body, message in (
        ({"memo": "x"}, "This field is required."),
        ({**LOAN, "transactions": []}, "This list may not be empty."),
    ):
        refused = client.post(ENTRIES, json=body)
        assert (refused.status_code, refused.json()) == (400, {"transactions": [message]})
    assert client.get(ENTRIES).json()["count"] == before


def test_every_line_names_an_entity_that_exists(client: TestClient) -> None:
    """A line without an entity (a rule the request schema states), or with an unknown one, is a 400 in DRF's
    per-item shape."""
    missing = [{"account": 1010, "credit_amount": 5}, {"entity": 54, "account": 1300, "debit_amount": 5}]
    refused = client.post(ENTRIES, json={**LOAN, "transactions": missing})
    assert (refused.status_code, refused.json()) == (400, {"transactions": [{"entity": ["This field is required."]}]})
    unknown = [{"entity": 54, "account": 1010, "credit_amount": 5}, {"entity": 999, "account": 1300, "debit_amount": 5}]
    refused = client.post(ENTRIES, json={**LOAN, "transactions": unknown})
    assert refused.status_code == 400
    assert refused.json() == {"transactions": [{}, {"entity": ['Invalid pk "999" - object does not exist.']}]}
    assert client.get(ENTRIES).json()["count"] == 1  # the demo's own entry only


def test_a_part_changes_only_through_its_intercompany_entry(client: TestClient) -> None:
    """Its parts are journal entries (listed, read), but a 409 to change or delete there; a PATCH of the
    entry keeps its lines, a PUT without an entity drops that part, and a delete removes every line."""
    made = create(client, LOAN)
    part = made["transactions"][0]["journal"]
    assert client.get(f"{JOURNAL}/{part}").status_code == 200
    refused = client.patch(f"{JOURNAL}/{part}", json={"memo": "Mine now"})
    assert refused.status_code == 409
    assert f"intercompany journal entry {made['id']}" in refused.json()["detail"]
    renamed = client.patch(f"{ENTRIES}/{made['id']}", json={"memo": "Loan, renamed"}).json()
    assert renamed["memo"] == "Loan, renamed" and len(renamed["transactions"]) == 4
    only_top = {**LOAN, "transactions": LOAN["transactions"][:2]}
    replaced = client.put(f"{ENTRIES}/{made['id']}", json=only_top)
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["entities"] == [54]
    gone = [ln["journal"] for ln in made["transactions"] if ln["entity"] == 1]
    assert client.get(f"{JOURNAL}/{gone[0]}").status_code == 404
    assert client.get(GL, params={"all_time": "true", "q": "Loan to Demo"}).json()["count"] == 2
    assert client.delete(f"{ENTRIES}/{made['id']}").status_code == 204
    assert client.get(GL, params={"all_time": "true", "q": "Loan to Demo"}).json()["count"] == 0
