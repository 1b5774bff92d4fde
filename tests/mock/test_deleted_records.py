"""Deleted records as upstream describes them (issue 36).

Twenty-four of Campfire's lists describe ``include_deleted`` in the same words: "When set to 'true', returns
ONLY deleted records instead of active records. Deleted records contain minimal data: 'id',
'is_deleted=true', 'deleted_at' timestamp, and 'last_modified_at'. When 'false' or omitted, returns ONLY
active records." For each of them an object is deleted through the API, then: ``include_deleted=true``
lists it (and only deleted ones) as that minimal record, stamped with the workspace's time of the delete;
``include_deleted=false`` and no parameter leave it out and list whole objects; its retrieve is a 404.
"""

from __future__ import annotations

import json
import typing as t

import pytest
from starlette.testclient import TestClient

from ..conftest import ROOT
from .test_every_operation import PLANS, path_values
from .test_reference_sweep import body_for

UPSTREAM = json.loads((ROOT / "spec" / "upstream" / "campfire-openapi-upstream.json").read_text(encoding="utf-8"))
WORDS = "returns ONLY deleted records instead of active records"
MINIMAL = {"id", "is_deleted", "deleted_at", "last_modified_at"}
LISTS = {p.operation_id: p for p in PLANS.values() if p.lists_deleted}
DAY = "2026-04-20"
#: Lists whose objects the test makes by hand: a body of their own (``None``: the seed's first listed one).
MADE: dict[str, tuple[str, dict[str, t.Any]] | None] = {
    "ca_api_file_list": None,  # files are uploaded, not posted as JSON
    "coa_api_v1_bill_retrieve": None,  # a bill needs lines (tests/mock/test_bills.py makes them)
    "rr_api_v1_customers_list": ("/coa/api/vendor", {"name": "Gone Customer", "vendor_type": "customer"}),
    "coa_api_intercompany_journal_entry_list": (
        "/coa/api/intercompany-journal-entry",
        {
            "date": DAY,
            "currency": "USD",
            "transactions": [
                {"entity": 54, "account": 1300, "debit_amount": 10},
                {"entity": 54, "account": 1010, "credit_amount": 10},
                {"entity": 1, "account": 1010, "debit_amount": 10},
                {"entity": 1, "account": 2700, "credit_amount": 10},
            ],
        },
    ),
}


def _upstream_lists() -> set[str]:
    return {
        op["operationId"]
        for item in UPSTREAM["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        and any(p["name"] == "include_deleted" and WORDS in p.get("description", "") for p in op.get("parameters", []))
    }


def _rows(body: t.Any) -> list[dict[str, t.Any]]:
    return t.cast(list[dict[str, t.Any]], body["results"] if isinstance(body, dict) else body)


def _listed(client: TestClient, url: str, **params: str) -> list[dict[str, t.Any]]:
    answer = client.get(url, params={"limit": "1000", **params})
    assert answer.status_code == 200, answer.text
    return _rows(answer.json())


def _doomed(client: TestClient, op_id: str, url: str) -> int:
    """The id of an object of the list's collection that the test may delete (made for it where it can be)."""
    made = MADE.get(op_id, ...)
    if made is None:
        return int(_listed(client, url)[0]["id"])
    if made is ...:
        create = next(p for p in PLANS.values() if p.collection == LISTS[op_id].collection and p.action == "create")
        made = (url, body_for(create, maximal=False))
    answer = client.post(made[0], json=made[1])
    assert answer.status_code == 201, answer.text
    return int(answer.json()["id"])


def test_the_lists_answering_deleted_records_are_the_ones_upstream_describes() -> None:
    """Every upstream list whose include_deleted "returns ONLY deleted records" answers them, and no other."""
    assert set(LISTS) == _upstream_lists()
    assert len(LISTS) == 24


@pytest.mark.parametrize("op_id", sorted(set(LISTS) - {"coa_api_transaction_retrieve"}))
def test_a_deleted_object_is_listed_only_with_include_deleted_as_its_minimal_record(
    client: TestClient, op_id: str
) -> None:
    """Deleted through the API: listed by include_deleted=true alone, as id, is_deleted, deleted_at and
    last_modified_at (the delete's time); left out otherwise; its retrieve is a 404."""
    plan = LISTS[op_id]
    url = plan.path
    for name, value in path_values(plan).items():
        url = url.replace("{" + name + "}", str(value))
    key = _doomed(client, op_id, url)
    client.post("/__campfire_mock__/clock", json={"now": f"{DAY}T09:30:00+00:00"})
    item = f"{url.rstrip('/')}/{key}"
    gone = client.delete(item)
    assert gone.status_code == 204, gone.text

    deleted = _listed(client, url, include_deleted="true")
    stamp = f"{DAY}T09:30:00+0000"
    mine = [r for r in deleted if r["id"] == key]
    assert mine == [{"id": key, "is_deleted": True, "deleted_at": stamp, "last_modified_at": stamp}]
    assert all(set(r) == MINIMAL and r["is_deleted"] is True for r in deleted), deleted[:3]
    for params in ({}, {"include_deleted": "false"}):
        active = _listed(client, url, **params)
        assert key not in {r["id"] for r in active}
        assert all(len(r) > len(MINIMAL) and not r.get("is_deleted") for r in active), active[:3]
    missing = client.get(item)
    assert missing.status_code == 404, missing.text
    assert missing.json() == {"detail": "Not found."}  # DRF's Http404, as a missing invoice answers


def test_the_gl_log_lists_a_deleted_entrys_lines_as_minimal_records(client: TestClient) -> None:
    """The GL log's include_deleted=true lists each line of a deleted manual entry by its id, stamped with the
    entry's deletion; without it the lines are gone."""
    entry = {
        "date": DAY,
        "entity": 54,
        "memo": "Gone",
        "transactions": [{"account": 6100, "debit_amount": 25}, {"account": 1010, "credit_amount": 25}],
    }
    made = client.post("/coa/api/journal_entry", json=entry).json()
    lines = {ln["id"] for ln in made["transactions"]}
    client.post("/__campfire_mock__/clock", json={"now": f"{DAY}T09:30:00+00:00"})
    assert client.delete(f"/coa/api/journal_entry/{made['id']}").status_code == 204
    stamp = f"{DAY}T09:30:00+0000"
    deleted = _listed(client, "/coa/api/transaction", include_deleted="true")
    assert sorted(deleted, key=lambda r: r["id"]) == [
        {"id": i, "is_deleted": True, "deleted_at": stamp, "last_modified_at": stamp} for i in sorted(lines)
    ]
    active = _listed(client, "/coa/api/transaction", all_time="true")
    assert not lines & {r["id"] for r in active}


def test_a_deletion_without_a_time_answers_null_not_an_invented_one(client: TestClient) -> None:
    """A record imported as deleted with no deleted_at is listed with null stamps, never today's time."""
    snapshot = client.get("/__campfire_mock__/snapshot").json()
    tags = snapshot["objects"]["/coa/api/tag"]
    first = tags[0]
    first.update(is_deleted=True)
    first.pop("deleted_at", None)
    first.pop("last_modified_at", None)
    assert client.post("/__campfire_mock__/snapshot", json=snapshot).status_code == 200
    listed = _listed(client, "/coa/api/tag", include_deleted="true")
    assert listed == [{"id": first["id"], "is_deleted": True, "deleted_at": None, "last_modified_at": None}]


def test_a_missing_invoice_answers_the_same_404(client: TestClient) -> None:
    """A deleted object's 404 is the one an invoice that does not exist answers: DRF's ``Not found.``"""
    missing = client.get("/coa/api/v1/invoice/999999999")
    assert (missing.status_code, missing.json()) == (404, {"detail": "Not found."})
