"""Relations a journal entry, its lines and a contract's inline prepaid commits name: kept, checked and
answered (issue 36, ``docs/references.md``), and a budget account's read-only ``account``/``department``."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

JOURNAL, INTERCOMPANY = "/coa/api/journal_entry", "/coa/api/intercompany-journal-entry"
REVENUE, CONTRACTS = "/rr/api/v1/transactions", "/rr/api/v1/contracts"
#: Seeded objects of the demo workspace: a tag group, an entity, a bank transaction, an uploaded file.
TAG_GROUP, ENTITY, BANK_TXN, FILE = 1, 1, 14728800, 1
Body = dict[str, t.Any]


def _entry(**line: t.Any) -> Body:
    """A balanced manual entry of entity 54 whose first line carries ``line``'s extra fields."""
    first = {"account": 6000, "debit_amount": 10, **line}
    return {"date": "2026-05-31", "entity": 54, "transactions": [first, {"account": 2300, "credit_amount": 10}]}


def _links(line: Body) -> Body:
    return {k: line[k] for k in ("tag_group_ids", "source_entity", "parent_bank_transaction")}


def test_a_line_keeps_its_tag_groups_source_entity_and_bank_transaction(client: TestClient) -> None:
    """A manual entry's line answers the tag groups, source entity and bank transaction it was written with,
    in the entry, in the GL log and after a PATCH that changes no line."""
    written = {"tag_group_ids": [TAG_GROUP], "source_entity": ENTITY, "parent_bank_transaction": BANK_TXN}
    entry = client.post(JOURNAL, json=_entry(**written)).json()
    first, second = entry["transactions"]
    assert _links(first) == written
    assert _links(second) == {"tag_group_ids": [], "source_entity": None, "parent_bank_transaction": None}
    assert _links(client.get(f"/coa/api/transaction/{first['id']}").json()) == written
    patched = client.patch(f"{JOURNAL}/{entry['id']}", json={"memo": "Moved"}).json()
    assert _links(patched["transactions"][0]) == written


def test_a_line_naming_no_live_object_is_refused_at_its_position(client: TestClient) -> None:
    """A line naming a tag group, entity or bank transaction that does not exist is DRF's 400 under the
    line, and nothing is written."""
    before = client.get(JOURNAL, params={"all_time": True}).json()["count"]
    body = _entry(tag_group_ids=[999999], source_entity=999998, parent_bank_transaction=999997)
    refused = client.post(JOURNAL, json=body)
    assert refused.status_code == 400
    assert refused.json() == {
        "transactions": [
            {
                "source_entity": ['Invalid pk "999998" - object does not exist.'],
                "parent_bank_transaction": ['Invalid pk "999997" - object does not exist.'],
                "tag_group_ids": ['Invalid pk "999999" - object does not exist.'],
            },
            {},
        ]
    }
    assert client.get(JOURNAL, params={"all_time": True}).json()["count"] == before


def test_what_a_line_names_cannot_be_deleted_while_it_does(client: TestClient) -> None:
    """Deleting the tag group, entity or bank transaction a line names is refused (409 naming the entry)."""
    written = {"tag_group_ids": [TAG_GROUP], "source_entity": ENTITY, "parent_bank_transaction": BANK_TXN}
    entry = client.post(JOURNAL, json=_entry(**written)).json()["id"]
    gone = client.delete(f"/coa/api/tag-group/{TAG_GROUP}")
    assert (gone.status_code, gone.json()["detail"]) == (
        409,
        f"This tag group cannot be deleted: journal entry {entry} refers to it.",
    )
    assert client.delete(f"/ca/api/transaction/{BANK_TXN}").status_code == 409
    assert f"journal entry {entry}" in client.delete(f"/coa/api/entity/{ENTITY}").json()["detail"]


def test_a_line_is_in_its_entrys_entity(client: TestClient) -> None:
    """A line naming another entity than its entry's is a 400 (a manual entry is in one entity); an entry
    naming none takes its lines' entity."""
    refused = client.post(JOURNAL, json=_entry(entity=ENTITY))
    assert refused.status_code == 400
    assert refused.json()["transactions"][0]["entity"] == [
        "A line's entity is its entry's (54): a manual journal entry is in one entity (an entry across entities is"
        " an intercompany journal entry)."
    ]
    body = _entry(entity=ENTITY)
    del body["entity"]
    made = client.post(JOURNAL, json=body).json()
    assert made["entity"] == ENTITY and [ln["entity"] for ln in made["transactions"]] == [ENTITY, ENTITY]


def test_an_entry_keeps_its_source_file(client: TestClient) -> None:
    """``source_file`` names a live file: answered, a missing one is a 400, and the file cannot be deleted
    while the entry names it."""
    missing = client.post(JOURNAL, json={**_entry(), "source_file": 999999})
    assert (missing.status_code, missing.json()) == (
        400,
        {"source_file": ['Invalid pk "999999" - object does not exist.']},
    )
    entry = client.post(JOURNAL, json={**_entry(), "source_file": FILE}).json()
    assert client.get(f"{JOURNAL}/{entry['id']}").json()["source_file"] == FILE
    gone = client.delete(f"/ca/api/file/{FILE}")
    assert (gone.status_code, gone.json()["detail"]) == (
        409,
        f"This file cannot be deleted: journal entry {entry['id']} refers to it.",
    )


def test_an_entry_answers_the_revenue_transactions_it_links(client: TestClient) -> None:
    """``revenue_transactions`` links exactly those (each names the entry); an update replaces them, a missing
    one is a 400, and a deleted entry leaves them naming no entry."""
    entry = client.post(JOURNAL, json={**_entry(), "revenue_transactions": [1, "2"]}).json()
    assert entry["revenue_transactions"] == [1, 2]
    assert client.get(f"{REVENUE}/2").json()["journal_entry"] == entry["id"]
    moved = client.patch(f"{JOURNAL}/{entry['id']}", json={"revenue_transactions": [2]}).json()
    assert moved["revenue_transactions"] == [2]
    assert client.get(f"{REVENUE}/1").json()["journal_entry"] is None
    missing = client.patch(f"{JOURNAL}/{entry['id']}", json={"revenue_transactions": [999999]})
    assert (missing.status_code, missing.json()) == (
        400,
        {"revenue_transactions": ['Invalid pk "999999" - object does not exist.']},
    )
    assert client.get(f"{JOURNAL}/{entry['id']}").json()["revenue_transactions"] == [2]
    assert client.delete(f"{JOURNAL}/{entry['id']}").status_code == 204
    assert client.get(f"{REVENUE}/2").json()["journal_entry"] is None


def test_a_lines_read_only_files_and_fixed_assets_are_not_written(client: TestClient) -> None:
    """A line's ``files`` and ``created_fixed_assets`` are read-only upstream: a write naming them is ignored
    (as DRF ignores read-only fields) and the line answers what the twin knows: none."""
    line = client.post(JOURNAL, json=_entry(files=[FILE], created_fixed_assets=[1])).json()["transactions"][0]
    assert (line["files"], line["created_fixed_assets"]) == ([], [])
    assert client.delete(f"/ca/api/file/{FILE}").status_code == 204


def test_an_intercompany_entry_keeps_its_lines_relations(client: TestClient) -> None:
    """An intercompany entry's lines keep what they name, and its ``source_file``, through each part."""
    lines = [
        {"entity": 54, "account": 1300, "debit_amount": 10, "tag_group_ids": [TAG_GROUP]},
        {"entity": 54, "account": 1010, "credit_amount": 10},
        {"entity": 1, "account": 1010, "debit_amount": 10, "parent_bank_transaction": BANK_TXN},
        {"entity": 1, "account": 2700, "credit_amount": 10, "source_entity": 54},
    ]
    made = client.post(INTERCOMPANY, json={"date": "2026-05-31", "source_file": FILE, "transactions": lines})
    assert made.status_code == 201, made.text
    answer = made.json()
    assert answer["source_file"] == FILE
    shown = {(ln["entity"], ln["account"]): _links(ln) for ln in answer["transactions"]}
    assert shown[(54, 1300)]["tag_group_ids"] == [TAG_GROUP]
    assert shown[(1, 1010)]["parent_bank_transaction"] == BANK_TXN
    assert shown[(1, 2700)]["source_entity"] == 54
    assert client.delete(f"/coa/api/tag-group/{TAG_GROUP}").status_code == 409


def test_a_contracts_inline_prepaid_commits_become_its_commits(client: TestClient) -> None:
    """``prepaid_commits`` written with a contract are listed under it with the inline schema's defaults, their
    relations checked at each item's position and kept; an update adds the ones it lists."""
    pool = {"name": "Pool", "start_date": "2026-01-01", "total_value": 1000, "product": 1717, "tags": [8355]}
    body = {"entity": 54, "client": 33973, "contract_name": "Prepaid", "prepaid_commits": [pool]}
    refused = client.post(CONTRACTS, json={**body, "prepaid_commits": [pool, {**pool, "department": 999999}]})
    assert (refused.status_code, refused.json()) == (
        400,
        {"prepaid_commits": [{}, {"department": ['Invalid pk "999999" - object does not exist.']}]},
    )
    made = client.post(CONTRACTS, json=body).json()
    assert "prepaid_commits" not in made  # write-only upstream
    (commit,) = client.get(f"{CONTRACTS}/{made['id']}/prepaid-commits").json()["results"]
    assert (commit["contract"], commit["name"], commit["product"], commit["tags"]) == (made["id"], "Pool", 1717, [8355])
    assert (commit["priority"], commit["discount_percentage"], commit["remaining_value"]) == (1, 0, 1000)
    gone = client.delete("/coa/api/tag/8355")
    assert gone.status_code == 409 and f"prepaid commit {commit['id']}" in gone.json()["detail"]
    more = {"name": "Second", "start_date": "2026-02-01", "total_value": 5}
    assert client.patch(f"{CONTRACTS}/{made['id']}", json={"prepaid_commits": [more]}).status_code == 400
    listed = client.get(f"{CONTRACTS}/{made['id']}/prepaid-commits").json()["results"]
    assert [c["name"] for c in listed] == ["Pool"]  # an update names no commits (test_contract_commits.py)


def test_a_budget_account_answers_and_keeps_the_account_a_seed_gives_it(client: TestClient) -> None:
    """A budget account's ``account`` and ``department`` are read-only: one made through the API answers
    null; a seeded one answers its own (and their names), and deletes look for them (409, or moved by
    ``new_department``)."""
    made = client.post("/coa/api/budgets/1/accounts", json={"amount": 5, "account": 6000}).json()
    assert (made["account"], made["department"], made["account_name"]) == (None, None, None)
    objects = {
        "/coa/api/budgets": [{"id": 1, "name": "B", "start_date": "2026-03-01"}],
        "department": [{"id": 36, "name": "Sales"}, {"id": 35, "name": "Ops"}],
        "account": [{"id": 6000, "name": "Rent", "number": "6000", "account_type": "EXPENSE"}],
        "/coa/api/budgets/{budget_pk}/accounts": [
            {"id": 7, "_parent": {"budget_pk": 1}, "budget": 1, "account": 6000, "department": 36, "amount": 100}
        ],
    }
    assert client.post("/__campfire_mock__/seed", json={"data": {"objects": objects}}).status_code == 200
    seeded = client.get("/coa/api/budgets/1/accounts/7").json()
    assert (seeded["account"], seeded["account_name"], seeded["department_name"]) == (6000, "Rent", "Sales")
    gone = client.delete("/coa/api/account/6000")
    assert (gone.status_code, gone.json()["detail"]) == (
        409,
        "This account cannot be deleted: budget account 7 refers to it.",
    )
    assert client.delete("/coa/api/department/36", params={"new_department": 35}).status_code == 204
    assert client.get("/coa/api/budgets/1/accounts/7").json()["department"] == 35
