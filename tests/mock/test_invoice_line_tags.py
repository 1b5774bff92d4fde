"""An invoice line's ``tag_ids`` name tags, checked as bills' and journal entries' lines check theirs (issue 36:
every relation the spec implies is checked on write)."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

INVOICES = "/coa/api/v1/invoice/"
BODY = {"entity": 54, "client": 42, "invoice_date": "2026-05-01", "due_date": "2026-05-31"}
MISSING = {"lines": [{"tag_ids": ['Invalid pk "99999" - object does not exist.']}]}


def _line(**extra: t.Any) -> dict[str, t.Any]:
    return {"product": 2545, "quantity": 1, "rate": 10, **extra}


@pytest.mark.parametrize("tags", [[99999], [1, 99999]])
def test_a_line_naming_a_tag_that_does_not_exist_is_a_400_and_makes_nothing(
    client: TestClient, tags: list[t.Any]
) -> None:
    """DRF's ``Invalid pk`` under the line's ``tag_ids``; no invoice is made."""
    before = client.get(INVOICES, params={"limit": 1}).json()["count"]
    refused = client.post(INVOICES, json={**BODY, "lines": [_line(tag_ids=tags)]})
    assert (refused.status_code, refused.json()) == (400, MISSING)
    assert client.get(INVOICES, params={"limit": 1}).json()["count"] == before


def test_a_line_naming_a_live_tag_keeps_it_and_a_patch_is_checked_too(client: TestClient) -> None:
    """Demo tag 1 is kept on the line; a PATCH of the lines naming a missing tag is the same 400, and the invoice
    keeps its line."""
    made = client.post(INVOICES, json={**BODY, "lines": [_line(tag_ids=[1])]})
    assert made.status_code == 201, made.text
    assert made.json()["lines"][0]["tag_ids"] == [1]
    url = f"{INVOICES}{made.json()['id']}/"
    refused = client.patch(url, json={"lines": [_line(tag_ids=[99999])]})
    assert (refused.status_code, refused.json()) == (400, MISSING)
    assert client.get(url).json()["lines"][0]["tag_ids"] == [1]


def test_a_line_answers_the_tags_its_tag_ids_name_and_follows_a_renamed_tag(client: TestClient) -> None:
    """A line naming demo tag 1 answers it in ``tags`` as bills' lines do (it answered ``[]``); a renamed tag is
    answered renamed on the next read, and a line without tags answers ``[]``."""
    made = client.post(INVOICES, json={**BODY, "lines": [_line(tag_ids=[1]), _line()]})
    assert made.status_code == 201, made.text
    tagged, plain = made.json()["lines"]
    assert [(tag["id"], tag["name"]) for tag in tagged["tags"]] == [(1, "Demo tag")]
    assert plain["tags"] == []
    url = f"{INVOICES}{made.json()['id']}/"
    assert client.get(url).json()["lines"][0]["tags"] == tagged["tags"]
    assert client.patch("/coa/api/tag/1", json={"name": "Renamed"}).status_code == 200
    assert [tag["name"] for tag in client.get(url).json()["lines"][0]["tags"]] == ["Renamed"]
