"""Actions that do what upstream says (department and tag bulk search with upsert), and DRF's routing of
a method an action path does not offer (405)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

DEPARTMENTS = "/coa/api/department"
TAGS = "/coa/api/tag"


def test_department_bulk_search_answers_exact_matches_once_in_order(client: TestClient) -> None:
    """Names match exactly (case counts), each department once, missing names left out without upsert."""
    before = len(client.get(DEPARTMENTS).json()["results"])
    answer = client.post(
        f"{DEPARTMENTS}/bulk-search",
        json={"departments": [{"name": "Sales"}, {"name": "engineering"}, {"name": "Engineering"}, {"name": "Sales"}]},
    )
    assert answer.status_code == 200, answer.text
    assert [(d["id"], d["name"]) for d in answer.json()] == [(36, "Sales"), (35, "Engineering")]
    assert len(client.get(DEPARTMENTS).json()["results"]) == before  # nothing created without upsert


def test_department_bulk_search_upsert_creates_the_missing_ones_under_their_parent(client: TestClient) -> None:
    """With upsert a missing name becomes a new department (with its parent_id as parent), listed afterwards."""
    answer = client.post(
        f"{DEPARTMENTS}/bulk-search",
        json={"departments": [{"name": "Engineering"}, {"name": "Platform", "parent_id": 35}], "upsert": True},
    )
    assert answer.status_code == 200, answer.text
    engineering, platform = answer.json()
    assert engineering["id"] == 35 and platform["name"] == "Platform" and platform["parent"] == 35
    assert client.get(f"{DEPARTMENTS}/{platform['id']}").json()["name"] == "Platform"
    again = client.post(f"{DEPARTMENTS}/bulk-search", json={"departments": [{"name": "Platform"}], "upsert": True})
    assert [d["id"] for d in again.json()] == [platform["id"]]


def test_department_bulk_search_upsert_refuses_an_unknown_parent_at_its_item(client: TestClient) -> None:
    """An upsert naming a parent that does not exist is a 400 at that item's position (as DRF nests a list's
    item errors) and creates nothing, not even the valid items."""
    answer = client.post(
        f"{DEPARTMENTS}/bulk-search",
        json={"departments": [{"name": "Fine"}, {"name": "Orphan", "parent_id": 999999}], "upsert": True},
    )
    assert answer.status_code == 400
    assert answer.json() == {"departments": [{}, {"parent_id": ['Invalid pk "999999" - object does not exist.']}]}
    names = [d["name"] for d in client.get(DEPARTMENTS, params={"limit": 1000}).json()["results"]]
    assert "Orphan" not in names and "Fine" not in names


def test_department_bulk_search_without_upsert_does_not_read_parent_id(client: TestClient) -> None:
    """Without upsert nothing is created, so an unknown parent_id is not an error: the search answers."""
    answer = client.post(f"{DEPARTMENTS}/bulk-search", json={"departments": [{"name": "Sales", "parent_id": 999999}]})
    assert answer.status_code == 200, answer.text
    assert [d["id"] for d in answer.json()] == [36]


def test_tag_bulk_search_item_errors_sit_at_their_position(client: TestClient) -> None:
    """A tag item without its required name is a 400 nested under ``tags`` at its index, as DRF answers."""
    answer = client.post(f"{TAGS}/bulk-search", json={"tags": [{"name": "Fine"}, {}], "upsert": True})
    assert answer.status_code == 400
    assert answer.json() == {"tags": [{}, {"name": ["This field is required."]}]}


def test_consumption_put_answers_the_row_unchanged_as_its_bodyless_upstream_declares(client: TestClient) -> None:
    """``PUT .../consumption/{id}`` declares no request body upstream: the row is unchanged and answered as the
    list shows it; 404 for a row that does not exist (docs/actions.md)."""
    rows = "/rr/api/v1/contracts/12954/prepaid-commits/1/consumption"
    before = client.get(rows).json()
    answer = client.put(f"{rows}/1", json={"gross_usage_amount": 5})
    assert answer.status_code == 200, answer.text
    assert answer.json() == next(r for r in before["results"] if r["id"] == 1)
    assert client.get(rows).json() == before
    missing = client.put(f"{rows}/999")
    assert (missing.status_code, missing.json()) == (404, {"detail": "Not found."})


def test_tag_bulk_search_upsert_in_a_form_body(client: TestClient) -> None:
    """A form body's upsert=1 is read as DRF reads it (true), so the missing tag is created."""
    parts = {"tags": (None, '[{"name": "Q3 launch"}]'), "upsert": (None, "1")}  # multipart: its form type
    answer = client.post(f"{TAGS}/bulk-search", files=parts)
    assert answer.status_code == 200, answer.text
    assert [t["name"] for t in answer.json()] == ["Q3 launch"]
    listed = client.get(TAGS, params={"limit": 1000}).json()["results"]
    assert "Q3 launch" in [t["name"] for t in listed]


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PUT", "/coa/api/v1/bill/bulk-sync-to-ramp/", "POST"),
        ("DELETE", "/coa/api/department/bulk-search", "POST"),
        ("PATCH", "/coa/api/v1/invoice/", "GET, POST"),
    ],
)
def test_a_method_an_action_path_does_not_offer_is_a_405(
    client: TestClient, method: str, path: str, allow: str
) -> None:
    """DRF refuses a method its route does not offer with 405 and an Allow header, before reading any id."""
    answer = client.request(method, path, json={})
    assert answer.status_code == 405
    assert answer.json() == {"detail": f'Method "{method}" not allowed.'}
    assert answer.headers["allow"] == allow


FEED = {"balance": 100, "available_balance": 100, "balance_as_of_date": "2026-03-01"}


def test_bank_feed_creates_transactions_and_sets_the_balances(client: TestClient) -> None:
    """A feed creates its new transactions on the bank account's chart account, skips an external id already
    fed and fails an item without an amount, counting each apart, and sets the account's balances."""
    bank = client.post(
        "/ca/api/account",
        json={"name": "Operating", "entity": 54, "chart_of_accounts_account": 1010, "currency": "USD"},
    )
    assert bank.status_code == 201, bank.text
    items = [
        {"external_transaction_id": "x1", "amount": 120.5, "date": "2026-03-01", "description": "Stripe payout"},
        {"external_transaction_id": "x2", "date": "2026-03-02"},
        {"external_transaction_id": "x1", "amount": 1, "date": "2026-03-03"},
    ]
    answer = client.post(f"/ca/api/bank-feed/{bank.json()['id']}", json={**FEED, "transactions": items})
    assert answer.status_code == 201, answer.text
    assert answer.json() == {
        "message": "Bank feed processed successfully",
        "account_id": bank.json()["id"],
        "submitted_count": 3,
        "created_count": 1,
        "skipped_count": 1,
        "skipped_transactions": [{"external_transaction_id": "x1", "reason": "duplicate"}],
        "failed_count": 1,
        "failed_transactions": [
            {"external_transaction_id": "x2", "reason": "amount is required and must be a number below 10^15."}
        ],
    }
    fed = client.get("/ca/api/transaction", params={"limit": 1000}).json()["results"]
    made = [t for t in fed if t.get("external_transaction_id") == "x1"]
    assert [(t["amount"], t["posted_at"], t["bank_description"], t["account"]) for t in made] == [
        (120.5, "2026-03-01T00:00:00+0000", "Stripe payout", 1010)
    ]
    account = client.get(f"/ca/api/account/{bank.json()['id']}").json()
    assert (account["current_balance"], account["available_balance"]) == (100, 100)


def test_bank_feed_on_an_unknown_account_is_a_404(client: TestClient) -> None:
    """Feeding an account that does not exist is a 404 and creates nothing."""
    answer = client.post(
        "/ca/api/bank-feed/999999", json={**FEED, "transactions": [{"amount": 1, "date": "2026-03-01"}]}
    )
    assert answer.status_code == 404
    assert answer.json() == {"detail": "Not found."}


def test_reconciliations_of_one_account_refuse_overlapping_ranges(client: TestClient) -> None:
    """A second report sharing a day with the first for the same account and entity is a 400; the next
    month, or another account, is fine."""
    january = {
        "account": 1010,
        "entity": 54,
        "statement_starting_date": "2026-01-01",
        "statement_ending_date": "2026-01-31",
    }
    first = client.post("/coa/api/v2/reconciliation", json=january)
    assert first.status_code == 201, first.text
    overlap = client.post(
        "/coa/api/v2/reconciliation",
        json={**january, "statement_starting_date": "2026-01-31", "statement_ending_date": "2026-02-28"},
    )
    assert overlap.status_code == 400
    assert overlap.json() == {
        "non_field_errors": [
            f"Reconciliation {first.json()['id']} already covers 2026-01-01 to 2026-01-31 for this account and "
            "entity; date ranges may not overlap."
        ]
    }
    february = {**january, "statement_starting_date": "2026-02-01", "statement_ending_date": "2026-02-28"}
    assert client.post("/coa/api/v2/reconciliation", json=february).status_code == 201
    moved = client.patch(
        f"/coa/api/v2/reconciliation/{first.json()['id']}", json={"statement_ending_date": "2026-02-15"}
    )
    assert moved.status_code == 400


RATE = "/ca/api/user_currency/rate"


def test_exchange_rate_is_one_to_itself_and_null_when_unknown(client: TestClient) -> None:
    """A currency converts to itself at 1; with no document in EUR booked in USD the twin knows no rate (null)."""
    same = client.get(RATE, params={"from_currency": "usd", "to_currency": "USD", "date": "2026-01-10"})
    assert same.json() == {"from_currency": "USD", "to_currency": "USD", "date": "2026-01-10", "rate": 1.0}
    unknown = client.get(RATE, params={"from_currency": "GBP", "to_currency": "USD", "date": "2026-01-10"})
    assert unknown.json()["rate"] is None


def test_exchange_rate_comes_from_the_documents_booked_in_another_currency(client: TestClient) -> None:
    """An EUR invoice booked in USD at 1.1 gives EUR->USD 1.1 from its date on, and USD->EUR its inverse."""
    invoice = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "client": 42,
        "currency": "EUR",
        "exchange_rate_book": 1.1,
        "lines": [{"product": 1, "quantity": 1, "rate": 100}],
    }
    assert client.post("/coa/api/v1/invoice/", json=invoice).status_code == 201
    on_the_day = client.get(RATE, params={"from_currency": "EUR", "to_currency": "USD", "date": "2026-01-10"})
    assert on_the_day.json()["rate"] == 1.1
    inverse = client.get(RATE, params={"from_currency": "USD", "to_currency": "EUR", "date": "2026-03-01"})
    assert inverse.json()["rate"] == 0.909091
    before = client.get(RATE, params={"from_currency": "EUR", "to_currency": "USD", "date": "2026-01-09"})
    assert before.json()["rate"] is None
    listed = client.get("/ca/api/user_currency/with_rate", params={"currency": "USD", "date": "2026-01-10"}).json()
    assert {r["from_currency"]: r["rate"] for r in listed}["EUR"] == 1.1


def test_exchange_rate_needs_both_currencies(client: TestClient) -> None:
    """A lookup without its currencies is a 400 naming each."""
    answer = client.get(RATE)
    assert answer.status_code == 400
    assert answer.json() == {"from_currency": ["This field is required."], "to_currency": ["This field is required."]}


def test_bank_feed_fails_an_amount_no_bank_could_hold(client: TestClient) -> None:
    """An amount of 10^400 (a valid JSON number as text) fails that item instead of storing infinity."""
    items = [{"external_transaction_id": "big", "amount": "1e400", "date": "2026-03-01"}]
    answer = client.post("/ca/api/bank-feed/1", json={**FEED, "transactions": items})
    assert answer.status_code == 201
    assert answer.json()["failed_transactions"] == [
        {"external_transaction_id": "big", "reason": "amount is required and must be a number below 10^15."}
    ]
