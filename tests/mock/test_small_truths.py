"""Issue 36's small truths: a journal entry line's ``tag_ids`` wins over the ``tags`` it sends back, a bill
draft's create answers upstream's ``BillDraftCreate`` (no id) and the draft it made, a fixed asset's purchase
names a bank transaction (matched in the unmatched-GL drilldown) and answers its entry's ``order``."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

JOURNAL = "/coa/api/journal_entry"
DRAFTS = "/coa/api/v1/bill-draft"
ASSETS = "/coa/api/fixed-asset"
UNMATCHED = "/coa/api/fixed-asset/reconciliation/unmatched-gl"
#: Demo tags: 8344 "Fund 1", 8355 "Project A".
FUND, PROJECT = 8344, 8355


def _entry(first_line: dict[str, t.Any]) -> dict[str, t.Any]:
    return {
        "date": "2026-01-15",
        "transactions": [
            {"account": 1010, "debit_amount": 10, **first_line},
            {"account": 1500, "credit_amount": 10},
        ],
    }


def _tags(line: dict[str, t.Any]) -> tuple[list[int], list[int]]:
    return line["tag_ids"], [tag["id"] for tag in line["tags"]]


def test_a_line_sent_back_with_other_tag_ids_has_only_those_tags(client: TestClient) -> None:
    """A client that reads an entry, changes a line's ``tag_ids`` and sends the line back (its old ``tags``
    objects beside) gets the new tags only: ``tag_ids`` is the written field, never merged with ``tags``."""
    made = client.post(JOURNAL, json=_entry({"tag_ids": [FUND]}))
    assert made.status_code == 201, made.text
    entry = made.json()
    assert _tags(entry["transactions"][0]) == ([FUND], [FUND])
    entry["transactions"][0]["tag_ids"] = [PROJECT]
    put = client.put(f"{JOURNAL}/{entry['id']}", json=entry)
    assert put.status_code == 200, put.text
    assert _tags(put.json()["transactions"][0]) == ([PROJECT], [PROJECT])
    assert _tags(client.get(f"{JOURNAL}/{entry['id']}").json()["transactions"][0]) == ([PROJECT], [PROJECT])


def test_a_line_sending_only_tag_objects_takes_their_ids(client: TestClient) -> None:
    """Upstream's Create Journal Entry example names a line's tags as objects: without ``tag_ids`` they are
    read, ids as text included."""
    made = client.post(JOURNAL, json=_entry({"tags": [{"id": str(PROJECT), "name": "Project A"}]}))
    assert made.status_code == 201, made.text
    assert _tags(made.json()["transactions"][0]) == ([PROJECT], [PROJECT])


def test_an_empty_tag_ids_clears_the_tags_its_objects_still_name(client: TestClient) -> None:
    """``tag_ids: []`` beside the old ``tags`` objects leaves the line untagged."""
    entry = client.post(JOURNAL, json=_entry({"tag_ids": [FUND]})).json()
    entry["transactions"][0]["tag_ids"] = []
    put = client.put(f"{JOURNAL}/{entry['id']}", json=entry)
    assert put.status_code == 200, put.text
    assert _tags(put.json()["transactions"][0]) == ([], [])


def test_an_unknown_tag_id_is_refused_under_tag_ids_even_beside_known_tag_objects(client: TestClient) -> None:
    """The written field is checked: an id naming no tag is DRF's 400 at the line's position."""
    body = _entry({"tag_ids": [999999], "tags": [{"id": FUND}]})
    refused = client.post(JOURNAL, json=body)
    assert refused.status_code == 400
    assert refused.json() == {"transactions": [{"tag_ids": ['Invalid pk "999999" - object does not exist.']}, {}]}


def test_a_bill_draft_create_answers_upstreams_create_shape_and_the_draft_is_listed(client: TestClient) -> None:
    """``BillDraftCreate`` has no ``id`` (DRF answers the create serializer's fields), so the twin answers
    none; the draft it made is the list's newest, ``parsing``, and retrievable by that id."""
    before = {d["id"] for d in client.get(DRAFTS).json()}
    made = client.post(DRAFTS, json={"source": "ui_upload", "entity": 54})
    assert made.status_code == 201, made.text
    assert made.json() == {"source": "ui_upload", "source_file": None, "entity": 54}
    new = [d for d in client.get(DRAFTS).json() if d["id"] not in before]
    assert [(d["source"], d["entity"], d["status"]) for d in new] == [("ui_upload", 54, "parsing")]
    assert new[0]["id"] > max(before)
    assert client.get(f"{DRAFTS}/{new[0]['id']}").json() == new[0]


def test_the_bill_draft_list_filters_by_the_status_and_source_its_description_names(client: TestClient) -> None:
    """Upstream's description says the list is "``status`` / ``source`` filterable" (no parameter is declared):
    a new upload is the only ``ui_upload`` and the only ``parsing`` draft; an unknown value lists none."""
    assert client.post(DRAFTS, json={"source": "ui_upload", "entity": 54}).status_code == 201
    uploads = client.get(DRAFTS, params={"source": "ui_upload"}).json()
    assert [(d["source"], d["status"]) for d in uploads] == [("ui_upload", "parsing")]
    assert client.get(DRAFTS, params={"status": "parsing"}).json() == uploads
    ready = client.get(DRAFTS, params={"status": "ready"}).json()
    assert ready and {d["status"] for d in ready} == {"ready"}
    assert client.get(DRAFTS, params={"status": "nothing"}).json() == []


def _bank_purchase(client: TestClient) -> int:
    """A 2,400 purchase from the bank categorised to 1500 (Computer Equipment, a FIXED_ASSET account)."""
    body = {"amount": -2400, "posted_at": "2026-05-10T00:00:00+0000", "currency": "USD", "account": 1500}
    made = client.post("/ca/api/transaction", json={**body, "description": "Server"})
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def _unmatched_sources(client: TestClient) -> list[tuple[int, str]]:
    rows = client.get(UNMATCHED, params={"account_id": 1500, "limit": 1000}).json()["results"]
    return [(row["journal"], row["journal_type"]) for row in rows]


def test_a_bank_purchase_is_unmatched_until_a_fixed_asset_names_its_bank_transaction(client: TestClient) -> None:
    """``purchase_transaction`` names a bank transaction (as ``created_fixed_assets`` reads it): the line
    that transaction posts to 1500 leaves the unmatched GL once an asset names it, and comes back when the
    asset is deleted."""
    key = _bank_purchase(client)
    line = client.get(UNMATCHED, params={"account_id": 1500, "limit": 1000}).json()["results"][0]
    assert line["created_fixed_assets"] == [] and line["amount"] in (2400, "2400.00", 2400.0)
    before = _unmatched_sources(client)
    asset = client.post(ASSETS, json={"name": "Server", "purchase_date": "2026-05-10", "purchase_transaction": key})
    assert asset.status_code == 201, asset.text
    after = _unmatched_sources(client)
    assert len(after) == len(before) - 1 and line["journal"] not in {journal for journal, _ in after}
    assert client.delete(f"{ASSETS}/{asset.json()['id']}").status_code == 204
    assert _unmatched_sources(client) == before


def test_a_bank_purchase_named_among_purchase_transactions_is_matched_too(client: TestClient) -> None:
    """The M2M ``purchase_transactions`` links the same way as the FK."""
    key = _bank_purchase(client)
    before = _unmatched_sources(client)
    body = {"name": "Rack", "purchase_date": "2026-05-10", "purchase_transactions": [key]}
    assert client.post(ASSETS, json=body).status_code == 201
    assert len(_unmatched_sources(client)) == len(before) - 1


def test_a_fixed_asset_answers_its_purchase_entrys_order_and_null_for_none(client: TestClient) -> None:
    """``purchase_journal_entry_order`` is the named entry's ``order`` as the entry answers it; an asset naming
    no entry answers null, and an id no entry has is DRF's 400."""
    order = client.get(f"{JOURNAL}/145").json()["order"]
    named = client.post(ASSETS, json={"name": "Server", "purchase_date": "2026-03-01", "purchase_journal_entry": 145})
    assert named.status_code == 201, named.text
    assert named.json()["purchase_journal_entry_order"] == order == "0000145"
    bare = client.post(ASSETS, json={"name": "Desk", "purchase_date": "2026-03-01"}).json()
    assert bare["purchase_journal_entry_order"] is None
    ghost = client.post(ASSETS, json={"name": "Ghost", "purchase_date": "2026-03-01", "purchase_journal_entry": 987654})
    assert (ghost.status_code, ghost.json()) == (
        400,
        {"purchase_journal_entry": ['Invalid pk "987654" - object does not exist.']},
    )
