"""A record reads the same in its list and on its own page: every field the list answers is answered,
with the same value, by the retrieve (credit memos, with the names and numbers their relations tell)."""

from __future__ import annotations

from starlette.testclient import TestClient

MEMOS = "/coa/api/v1/credit-memo"


def test_every_credit_memo_reads_the_same_in_the_list_and_on_its_own(client: TestClient) -> None:
    """Each seeded credit memo's list row equals its retrieve, field by field (e.g. ``credit_account_number``)."""
    rows = client.get(MEMOS, params={"limit": 500}).json()["results"]
    assert rows
    for row in rows:
        one = client.get(f"{MEMOS}/{row['id']}").json()
        assert {k: one.get(k) for k in row} == row, row["id"]


def test_a_credit_memo_retrieve_answers_its_credit_accounts_number(client: TestClient) -> None:
    """Memo 4258 credits account 41905, numbered 5230: the retrieve says so, as the list does."""
    assert client.get(f"{MEMOS}/4258").json()["credit_account_number"] == "5230"
