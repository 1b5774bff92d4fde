"""Merging two offsetting GL lines (``GET``/``POST /coa/api/transaction/merge``): the two lines leave the
ledger, the other lines of both entries make one balanced entry, and every requirement Campfire's
description states is a 400 naming ``transaction_ids``."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from .payables import trial_balance_difference
from .test_ledger import GL, JOURNAL, entry_body, sides

MERGE = "/coa/api/transaction/merge"
CLEARING = 6000  # an expense account both entries post to and from
TRANSFER = 2300


def _two_entries(client: TestClient) -> tuple[dict[str, t.Any], dict[str, t.Any]]:
    """Entry A: Dr 6100 / Cr clearing 75; entry B: Dr clearing 75 / Cr bank: the clearing lines offset."""
    a = client.post(JOURNAL, json=entry_body((6100, 75), (CLEARING, -75), memo="A")).json()
    b = client.post(JOURNAL, json=entry_body((CLEARING, 75), (1010, -75), memo="B")).json()
    return a, b


def _line(entry: dict[str, t.Any], account: int) -> int:
    return int(next(ln["id"] for ln in entry["transactions"] if ln["account"] == account))


def test_a_merge_drops_the_offsetting_lines_and_keeps_one_balanced_entry(client: TestClient) -> None:
    """The two clearing lines leave the ledger, entry A keeps the other lines of both, entry B is deleted,
    and the trial balance still balances with every account but the clearing one unchanged."""
    a, b = _two_entries(client)
    ids = [_line(a, CLEARING), _line(b, CLEARING)]
    before = trial_balance_difference(client)
    preview = client.get(MERGE, params={"transaction_ids": f"{ids[0]},{ids[1]}"})
    assert preview.status_code == 200, preview.text
    assert sides(preview.json()) == {6100: 75.0, 1010: -75.0}, preview.text[:3000]
    assert client.get(f"{JOURNAL}/{b['id']}").status_code == 200  # a preview writes nothing
    merged = client.post(MERGE, json={"transaction_ids": ids})
    assert merged.status_code == 200, merged.text
    body = merged.json()
    assert (body["id"], body["memo"], sides(body)) == (a["id"], "A", {6100: 75.0, 1010: -75.0})
    assert client.get(f"{JOURNAL}/{b['id']}").status_code == 404
    clearing = client.get(GL, params={"all_time": "true", "limit": 10000, "account": CLEARING}).json()["results"]
    assert not [ln for ln in clearing if ln["journal"] in (a["id"], b["id"])]
    assert trial_balance_difference(client) == before == 0


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda a, b: [_line(a, CLEARING)], "Ensure this field has at least 2 elements."),  # the spec's minItems
        (lambda a, b: [_line(a, CLEARING), _line(a, 6100)], "Transactions must be from different journals."),
        (lambda a, b: [_line(a, CLEARING), _line(b, 1010)], "Transactions must have matching amounts"),
        (lambda a, b: [_line(a, CLEARING), 999999990001], 'Invalid pk "999999990001" - object does not exist.'),
    ],
    ids=["one id", "same journal", "not offsetting", "unknown line"],
)
def test_a_merge_the_description_forbids_is_a_400_and_changes_nothing(
    client: TestClient, make: t.Callable[[t.Any, t.Any], list[int]], message: str
) -> None:
    """Each requirement of the description is a 400 naming ``transaction_ids``; both entries stay."""
    a, b = _two_entries(client)
    refused = client.post(MERGE, json={"transaction_ids": make(a, b)})
    assert refused.status_code == 400, refused.text
    assert refused.json()["transaction_ids"][0].startswith(message)
    assert client.get(f"{JOURNAL}/{a['id']}").json()["transactions"] == a["transactions"]
    assert client.get(f"{JOURNAL}/{b['id']}").status_code == 200


def test_a_document_line_or_an_unknown_match_does_not_merge(client: TestClient) -> None:
    """A line an invoice posted is its document's (a 400 saying so), and ``transaction_match_id`` must name a
    transaction match; a preview without ids is a 400 too."""
    a, _ = _two_entries(client)
    document_line = next(
        ln["id"]
        for ln in client.get(GL, params={"all_time": "true", "limit": 50}).json()["results"]
        if ln["id"] // 10000 != a["id"] and ln.get("journal_type") not in (None, "journal_entry", "manual")
    )
    refused = client.post(MERGE, json={"transaction_ids": [_line(a, CLEARING), document_line]})
    assert refused.status_code == 400, refused.text
    assert "only lines of manual journal entries merge" in refused.json()["transaction_ids"][0]
    _, b = _two_entries(client)
    ids = [_line(a, CLEARING), _line(b, CLEARING)]
    unknown = client.post(MERGE, json={"transaction_ids": ids, "transaction_match_id": 987654})
    assert (unknown.status_code, unknown.json()) == (
        400,
        {"transaction_match_id": ['Invalid pk "987654" - object does not exist.']},
    )
    missing = client.get(MERGE)
    assert (missing.status_code, missing.json()) == (400, {"transaction_ids": ["This field is required."]})


@pytest.mark.parametrize("path", ["/coa/api/v1/invoice/58700/pay/", "/coa/api/v1/bill/31890/pay/"])
def test_a_pay_naming_no_transaction_match_is_a_400_and_pays_nothing(client: TestClient, path: str) -> None:
    """``transaction_match_id`` on a pay must name a transaction match, as a relation does; nothing is paid."""
    before = client.get(path.removesuffix("pay/")).json()["amount_paid"]
    refused = client.post(path, json={"transaction_match_id": 999999999, "manual_payments": []})
    assert (refused.status_code, refused.json()) == (
        400,
        {"transaction_match_id": ['Invalid pk "999999999" - object does not exist.']},
    )
    assert client.get(path.removesuffix("pay/")).json()["amount_paid"] == before


def test_a_fixed_asset_follows_its_purchase_entry_into_a_merge_and_loses_it_on_a_delete(client: TestClient) -> None:
    """A fixed asset naming the merged-away entry names the kept one; naming a deleted entry, it names none
    (Django's SET_NULL), so no asset names an entry the ledger lost."""
    a, b = _two_entries(client)
    asset = client.post(
        "/coa/api/fixed-asset", json={"name": "Rack", "purchase_date": "2026-05-10", "purchase_journal_entry": b["id"]}
    )
    assert asset.status_code == 201, asset.text
    assert client.post(MERGE, json={"transaction_ids": [_line(a, CLEARING), _line(b, CLEARING)]}).status_code == 200
    moved = client.get(f"/coa/api/fixed-asset/{asset.json()['id']}").json()
    assert (moved["purchase_journal_entry"], moved["purchase_journal_entry_order"]) == (a["id"], f"{a['id']:07d}")
    assert client.delete(f"{JOURNAL}/{a['id']}").status_code == 204
    gone = client.get(f"/coa/api/fixed-asset/{asset.json()['id']}").json()
    assert (gone["purchase_journal_entry"], gone["purchase_journal_entry_order"]) == (None, None)
