"""``Idempotency-Key`` on the creates upstream says handle it (journal entries, fixed assets)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from campfire_mock.domain import idempotency

from .test_ledger import entry_body

JOURNAL = "/coa/api/journal_entry"


def test_a_repeated_key_replays_the_first_answer_and_creates_nothing(client: TestClient) -> None:
    """The same key and body answer the first entry again, marked replayed, and the ledger holds it once."""
    body = entry_body((6100, 10), (1010, -10), memo="Idempotent")
    first = client.post(JOURNAL, json=body, headers={"Idempotency-Key": "k-1"})
    again = client.post(JOURNAL, json=body, headers={"Idempotency-Key": "k-1"})
    assert first.status_code == again.status_code == 201
    assert again.content == first.content and again.headers["idempotent-replayed"] == "true"
    listed = client.get(JOURNAL, params={"all_time": "true", "limit": 10000}).json()["results"]
    assert [e["id"] for e in listed if e.get("memo") == "Idempotent"] == [first.json()["id"]]
    other = client.post(JOURNAL, json=body, headers={"Idempotency-Key": "k-2"})
    assert other.json()["id"] != first.json()["id"]


def test_a_key_reused_with_another_body_is_a_400(client: TestClient) -> None:
    """A key already used with a different body is refused, naming the reuse."""
    assert client.post(JOURNAL, json=entry_body((6100, 10), (1010, -10)), headers={"Idempotency-Key": "k"}).is_success
    reused = client.post(JOURNAL, json=entry_body((6100, 20), (1010, -20)), headers={"Idempotency-Key": "k"})
    assert reused.status_code == 400
    assert reused.json() == {
        "detail": "This Idempotency-Key was already used with a different request body; use a new key."
    }


def test_a_refused_create_keeps_no_key_and_a_reset_forgets_them(client: TestClient) -> None:
    """An unbalanced entry is refused and the key stays free; after a reset the same key creates anew."""
    refused = client.post(JOURNAL, json=entry_body((6100, 10), (1010, -9)), headers={"Idempotency-Key": "k"})
    assert refused.status_code == 400
    made = client.post(JOURNAL, json=entry_body((6100, 10), (1010, -10)), headers={"Idempotency-Key": "k"})
    assert made.status_code == 201 and "idempotent-replayed" not in made.headers
    client.post("/__campfire_mock__/reset")
    fresh = client.post(JOURNAL, json=entry_body((6100, 10), (1010, -10)), headers={"Idempotency-Key": "k"})
    assert fresh.status_code == 201 and "idempotent-replayed" not in fresh.headers


def test_other_creates_ignore_the_header(client: TestClient) -> None:
    """A create upstream does not say handles the key (a tag) creates on every call."""
    first = client.post("/coa/api/tag", json={"name": "A"}, headers={"Idempotency-Key": "same"})
    second = client.post("/coa/api/tag", json={"name": "A"}, headers={"Idempotency-Key": "same"})
    assert first.json()["id"] != second.json()["id"]


def test_the_key_is_read_with_the_other_headers(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """The front reads ``Idempotency-Key`` in its one pass over the headers: a create served through it never
    scans the headers again for the key, and the first of two such headers is the key."""

    def scanned(_: object) -> None:
        raise AssertionError("the headers were scanned again for Idempotency-Key")

    monkeypatch.setattr(idempotency, "key_of", scanned)
    body = entry_body((6100, 10), (1010, -10), memo="Read once")
    headers = [("Idempotency-Key", "k-once"), ("Idempotency-Key", "k-other")]
    first = client.post(JOURNAL, json=body, headers=headers)
    again = client.post(JOURNAL, json=body, headers={"Idempotency-Key": "k-once"})
    assert first.status_code == again.status_code == 201
    assert again.content == first.content and again.headers["idempotent-replayed"] == "true"
    too_long = client.post(JOURNAL, json=body, headers={"Idempotency-Key": "k" * 256})
    assert too_long.status_code == 400
    assert too_long.json() == {"detail": "An Idempotency-Key may have at most 255 characters."}
