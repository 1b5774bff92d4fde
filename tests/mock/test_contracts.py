"""Contract actions that do what upstream says: terminate (voids the named invoices, ends the contract),
duplicate, milestones and subscriptions scheduling revenue transactions, and the two contract reads."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

CONTRACTS = "/rr/api/v1/contracts"
REVENUE = "/rr/api/v1/transactions"
INVOICES = "/coa/api/v1/invoice/"
#: The demo contract 12954 (2025-01-01 to 2025-12-31) bills open invoice 58700.
CONTRACT, ITS_INVOICE = 12954, 58700


def revenue_of(client: TestClient, **match: t.Any) -> list[dict[str, t.Any]]:
    rows = client.get(REVENUE, params={"limit": 1000}).json()["results"]
    return [r for r in rows if all(r.get(k) == v for k, v in match.items())]


def test_terminate_voids_the_named_invoices_and_ends_the_contract(client: TestClient) -> None:
    """Terminating with void_invoice_ids voids them on the void date and ends the contract on its date."""
    answer = client.post(
        f"{CONTRACTS}/{CONTRACT}/terminate",
        json={"termination_date": "2025-09-30", "void_invoice_ids": [ITS_INVOICE], "void_date": "2025-10-01"},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json() == {
        "contract_terminated": True,
        "contract_draft_id": None,
        "voided_invoice_ids": [ITS_INVOICE],
        "drafted_invoice_ids": [],
    }
    invoice = client.get(f"{INVOICES}{ITS_INVOICE}/").json()
    assert invoice["payment_status"] == "voided" and invoice["voided_date"] == "2025-10-01"
    contract = client.get(f"{CONTRACTS}/{CONTRACT}").json()
    assert contract["status"] == "COMPLETED" and contract["contract_end_date"] == "2025-09-30"


def test_terminate_refuses_a_bad_invoice_and_changes_nothing(client: TestClient) -> None:
    """An invoice of another contract is a 400 naming it, and neither the contract nor the valid invoice changes."""
    answer = client.post(
        f"{CONTRACTS}/{CONTRACT}/terminate",
        json={"termination_date": "2025-09-30", "void_invoice_ids": [ITS_INVOICE, 145004], "void_date": "2025-10-01"},
    )
    assert answer.status_code == 400
    assert answer.json() == {"void_invoice_ids": [f"Invoice 145004 is not an invoice of contract {CONTRACT}."]}
    assert client.get(f"{INVOICES}{ITS_INVOICE}/").json()["voided_date"] is None
    assert client.get(f"{CONTRACTS}/{CONTRACT}").json()["status"] == "ACTIVE"


def test_terminate_needs_a_void_date_with_invoices_and_happens_once(client: TestClient) -> None:
    """void_invoice_ids without void_date is a 400; terminating a terminated contract is a 409."""
    missing = client.post(
        f"{CONTRACTS}/{CONTRACT}/terminate", json={"termination_date": "2025-09-30", "void_invoice_ids": [ITS_INVOICE]}
    )
    assert missing.status_code == 400
    assert missing.json() == {"void_date": ["This field is required when void_invoice_ids is provided."]}
    assert client.post(f"{CONTRACTS}/{CONTRACT}/terminate", json={"termination_date": "2025-09-30"}).status_code == 200
    again = client.post(f"{CONTRACTS}/{CONTRACT}/terminate", json={"termination_date": "2025-10-30"})
    assert again.status_code == 409
    assert again.json() == {"detail": f"Contract {CONTRACT} is already terminated."}


def test_duplicate_makes_a_new_contract_with_the_same_terms(client: TestClient) -> None:
    """Duplicating answers a new id whose contract has the original's client, entity, name and dates."""
    answer = client.post(f"{CONTRACTS}/{CONTRACT}/duplicate")
    assert answer.status_code == 200, answer.text
    new_id = answer.json()["id"]
    assert new_id != CONTRACT
    original, copy = client.get(f"{CONTRACTS}/{CONTRACT}").json(), client.get(f"{CONTRACTS}/{new_id}").json()
    for field in ("client", "entity", "deal_name", "contract_start_date", "contract_end_date", "currency"):
        assert copy[field] == original[field], field
    assert client.post(f"{CONTRACTS}/999999/duplicate").status_code == 404


def test_a_milestone_creates_its_revenue_transaction_and_deleting_it_removes_it(client: TestClient) -> None:
    """A new milestone names a revenue transaction of its amount on its date, for its contract's client."""
    made = client.post(
        f"{CONTRACTS}/{CONTRACT}/milestones",
        json={"contract": CONTRACT, "milestone_name": "Go-live", "milestone_date": "2025-05-15", "amount": 1500},
    )
    assert made.status_code == 201, made.text
    txn = client.get(f"{REVENUE}/{made.json()['revenue_transaction_id']}").json()
    assert (txn["amount"], txn["transaction_date"], txn["contract"], txn["contract_milestone"]) == (
        1500,
        "2025-05-15",
        CONTRACT,
        made.json()["id"],
    )
    assert txn["client"] == client.get(f"{CONTRACTS}/{CONTRACT}").json()["client"]
    assert client.delete(f"{CONTRACTS}/{CONTRACT}/milestones/{made.json()['id']}").status_code == 204
    assert revenue_of(client, contract_milestone=made.json()["id"]) == []


def test_a_subscription_schedules_monthly_revenue_until_the_contract_ends(client: TestClient) -> None:
    """A subscription without an end date gets one transaction of its mrr per month until its contract's end;
    terminating the contract removes the months after the termination date."""
    made = client.post(
        f"{CONTRACTS}/{CONTRACT}/subscriptions",
        json={"contract": CONTRACT, "start_date": "2025-10-10", "mrr": "250.00"},
    )
    assert made.status_code == 201, made.text
    months = revenue_of(client, contract_subscription=made.json()["id"])
    assert [(r["transaction_date"], r["transaction_end_date"], r["amount"]) for r in months] == [
        ("2025-10-10", "2025-10-31", 250),
        ("2025-11-01", "2025-11-30", 250),
        ("2025-12-01", "2025-12-31", 250),
    ]
    assert client.post(f"{CONTRACTS}/{CONTRACT}/terminate", json={"termination_date": "2025-11-15"}).status_code == 200
    left = revenue_of(client, contract_subscription=made.json()["id"])
    assert [r["transaction_date"] for r in left] == ["2025-10-10", "2025-11-01"]


def test_a_schedule_past_the_twin_s_600_months_is_refused_and_changes_nothing(client: TestClient) -> None:
    """The twin writes a subscription's revenue month by month, at most 600 months (its bound, which
    docs/limits.md states; Campfire documents none): moving the start to year 133 under a contract ending in
    the 2020s is a 400 on ``end_date`` saying so, and the subscription and its revenue stay as they were."""
    from pathlib import Path

    from campfire_mock.domain.revenue import MAX_SCHEDULE_MONTHS

    made = client.post(
        f"{CONTRACTS}/{CONTRACT}/subscriptions",
        json={"contract": CONTRACT, "start_date": "2025-10-10", "mrr": "250.00"},
    )
    assert made.status_code == 201, made.text
    path = f"{CONTRACTS}/{CONTRACT}/subscriptions/{made.json()['id']}"
    before = revenue_of(client, contract_subscription=made.json()["id"])
    answer = client.patch(path, json={"start_date": "0133-05-15"})
    assert answer.status_code == 400
    message = f"A subscription's revenue schedule may span at most {MAX_SCHEDULE_MONTHS} months."
    assert answer.json() == {"end_date": [message]}
    assert client.get(path).json()["start_date"] == "2025-10-10"
    assert revenue_of(client, contract_subscription=made.json()["id"]) == before
    limits = (Path(__file__).parents[2] / "docs" / "limits.md").read_text(encoding="utf-8")
    assert f"`{message}`" in limits and "the twin's bound" in limits


def test_prepaid_commit_summary_and_minimum_commit_preview_answer_figures(client: TestClient) -> None:
    """The summary totals a new commit's value, consumption and remainder; the preview has a null shortfall
    when no minimum is set and the minimum when there is no usage this month."""
    commit = client.post(
        f"{CONTRACTS}/{CONTRACT}/prepaid-commits",
        json={"name": "Credits", "total_value": 1000, "start_date": "2025-01-01", "currency": "USD"},
    )
    assert commit.status_code == 201, commit.text
    used = client.post(
        f"{CONTRACTS}/{CONTRACT}/prepaid-commits/{commit.json()['id']}/consumption",
        json={"period_month": "2025-02-01", "period_start": "2025-02-01", "gross_usage_amount": 300},
    )
    assert used.status_code == 201, used.text
    summary = client.get(f"{CONTRACTS}/{CONTRACT}/prepaid-commit-summary").json()
    mine = next(c for c in summary["commits"] if c["id"] == commit.json()["id"])
    assert (mine["total_value"], mine["consumed_amount"], mine["remaining_amount"]) == (1000, 300, 700)
    assert summary["remaining_amount"] == summary["total_value"] - summary["consumed_amount"]

    preview = client.get(f"{CONTRACTS}/{CONTRACT}/minimum-commit-preview").json()
    assert preview["shortfall_amount"] is None and preview["minimum_monthly_commitment_amount"] is None
    client.patch(f"{CONTRACTS}/{CONTRACT}", json={"minimum_monthly_commitment_amount": 400})
    preview = client.get(f"{CONTRACTS}/{CONTRACT}/minimum-commit-preview").json()
    assert (preview["minimum_monthly_commitment_amount"], preview["usage_amount"], preview["shortfall_amount"]) == (
        400,
        0,
        400,
    )


def test_a_subscription_ending_before_it_starts_is_refused(client: TestClient) -> None:
    """An end date before the start date is a 400 on end_date, and no revenue is scheduled."""
    body = {"contract": CONTRACT, "start_date": "2025-06-01", "end_date": "2025-05-01", "mrr": 10}
    answer = client.post(f"{CONTRACTS}/{CONTRACT}/subscriptions", json=body)
    assert answer.status_code == 400
    assert answer.json() == {"end_date": ["The end date cannot be before the start date."]}


def test_the_demo_seeds_milestone_names_its_revenue_transaction(client: TestClient) -> None:
    """A seeded workspace runs the rules its seed skipped: the demo milestone (0 on 2026-03-01) names its
    revenue transaction; the demo subscription, with no amount or start date, schedules none (total value 0)."""
    milestone = client.get(f"{CONTRACTS}/{CONTRACT}/milestones/1").json()
    txn = client.get(f"{REVENUE}/{milestone['revenue_transaction_id']}").json()
    assert (txn["amount"], txn["transaction_date"], txn["contract_milestone"]) == (0, "2026-03-01", 1)
    assert revenue_of(client, contract_subscription=1) == []
    assert client.get(f"{CONTRACTS}/{CONTRACT}/subscriptions/1").json()["total_value"] == 0


def _seed(client: TestClient, milestone: dict[str, t.Any], revenue: list[dict[str, t.Any]]) -> None:
    contract = {"id": 7, "client": 1, "entity": 1, "currency": "USD", "contract_end_date": "2026-02-28"}
    objects = {
        "contract": [contract],
        f"{CONTRACTS}/{{contract_id}}/milestones": [{**milestone, "_parent": {"contract_id": 7}}],
        f"{CONTRACTS}/{{contract_id}}/subscriptions": [
            {"id": 3, "contract": 7, "start_date": "2026-01-01", "mrr": 10, "_parent": {"contract_id": 7}}
        ],
        REVENUE: revenue,
    }
    answer = client.post("/__campfire_mock__/seed", json={"data": {"objects": objects}})
    assert answer.status_code == 200, answer.text


def test_a_seed_gets_the_revenue_its_milestones_and_subscriptions_lack(client: TestClient) -> None:
    """Loading a seed whose milestone and subscription have no revenue transactions creates them."""
    _seed(client, {"id": 2, "contract": 7, "milestone_date": "2026-01-15", "amount": 30}, [])
    (made,) = revenue_of(client, contract_milestone=2)
    assert client.get(f"{CONTRACTS}/7/milestones/2").json()["revenue_transaction_id"] == made["id"]
    assert made["amount"] == 30
    assert [r["amount"] for r in revenue_of(client, contract_subscription=3)] == [10, 10]


def test_a_seeds_recorded_revenue_is_kept_as_it_is(client: TestClient) -> None:
    """A seeded milestone that names its transaction, and a subscription that has one, get nothing more."""
    recorded = [
        {"id": 40, "contract": 7, "contract_milestone": 2, "amount": 30},
        {"id": 41, "contract": 7, "contract_subscription": 3, "amount": 99},
    ]
    milestone = {"id": 2, "contract": 7, "milestone_date": "2026-01-15", "amount": 30, "revenue_transaction_id": 40}
    _seed(client, milestone, recorded)
    assert sorted(r["id"] for r in revenue_of(client)) == [40, 41]
    assert client.get(f"{CONTRACTS}/7/subscriptions/3").json()["total_value"] == 99
