"""A prepaid commit's ``discount_percentage`` is used as sent (its schema states no decimal places), and a
contract's prepaid-commit summary stays within the range its schema declares: a write that would push a
commit's figure or a total out is refused (``domain/commit_summary_bounds.py``)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .test_contract_figures import CONTRACTS, _contract

DIGITS_20 = "Ensure that there are no more than 20 digits in total: this would make "


def _commits(client: TestClient, contract: int) -> str:
    return f"{CONTRACTS}/{contract}/prepaid-commits"


def _commit(client: TestClient, contract: int, total: str, discount: str = "0") -> t.Any:
    body = {"name": "Pool", "total_value": total, "discount_percentage": discount, "start_date": "2026-01-01"}
    return client.post(_commits(client, contract), json=body)


def _summary(client: TestClient, contract: int) -> dict[str, t.Any]:
    answer = client.get(f"{CONTRACTS}/{contract}/prepaid-commit-summary")
    assert answer.status_code == 200, answer.text
    return t.cast(dict[str, t.Any], answer.json())


def test_a_discount_with_three_decimals_is_used_as_sent_not_rounded(client: TestClient) -> None:
    """12.345% off 1,000 of usage is 123.45 (rounding the percentage to 12.35 made it 123.50); the commit
    answers the percentage it was sent."""
    contract = _contract(client)
    made = _commit(client, contract, "1000", "12.345")
    assert made.status_code == 201, made.text
    assert float(made.json()["discount_percentage"]) == 12.345
    usage = f"{_commits(client, contract)}/{made.json()['id']}/consumption"
    day = "2026-01-01"
    body = {"period_start": day, "period_month": day, "gross_usage_amount": "1000"}
    assert client.post(usage, json=body).status_code == 201
    (period,) = client.get(usage).json()["results"]
    assert (period["discount_amount"], period["net_consumption_amount"], period["balance_after"]) == (
        123.45,
        876.55,
        123.45,
    )
    assert _summary(client, contract)["consumed_amount"] == 876.55


def test_a_commit_that_would_take_the_summary_total_past_its_bound_is_refused(client: TestClient) -> None:
    """Two pools of 600,000,000,000,000,000 would total 1.2 * 10**18: the second is a 400 under ``total_value``
    naming the total (the first out of range, in the answer's order), and is not kept."""
    contract = _contract(client)
    assert _commit(client, contract, "600000000000000000").status_code == 201
    refused = _commit(client, contract, "600000000000000000")
    assert refused.status_code == 400, refused.text
    assert refused.json() == {
        "total_value": [f"{DIGITS_20}contract {contract}'s prepaid commits' total total_value 1200000000000000000.00."]
    }
    summary = _summary(client, contract)
    assert (summary["commit_count"], summary["total_value"]) == (1, 6e17)


def _used(client: TestClient, contract: int, total: str, usage: str) -> int:
    """A pool of ``total`` with one period of ``usage`` (gross, no discount); its id."""
    made = _commit(client, contract, total)
    assert made.status_code == 201, made.text
    periods = f"{_commits(client, contract)}/{made.json()['id']}/consumption"
    body = {"period_start": "2026-01-01", "period_month": "2026-01-01", "gross_usage_amount": usage}
    assert client.post(periods, json=body).status_code == 201
    return int(made.json()["id"])


def test_deleting_a_commit_that_offset_the_others_is_a_409(client: TestClient) -> None:
    """A negative pool offsets two large half-used ones' total_value (total 7 * 10**17); deleting it would make
    it 1.2 * 10**18: a 409 saying why, and the commit stays."""
    contract = _contract(client)
    _used(client, contract, "600000000000000000", "300000000000000000")
    offset = _commit(client, contract, "-500000000000000000")
    assert offset.status_code == 201, offset.text
    _used(client, contract, "600000000000000000", "300000000000000000")
    summary = _summary(client, contract)
    assert (summary["total_value"], summary["consumed_amount"], summary["remaining_amount"]) == (7e17, 6e17, 6e17)
    refused = client.delete(f"{_commits(client, contract)}/{offset.json()['id']}")
    assert refused.status_code == 409, refused.text
    assert refused.json() == {
        "detail": f"This prepaid commit cannot be deleted: {DIGITS_20}contract {contract}'s prepaid commits' total"
        " total_value 1200000000000000000.00."
    }
    assert _summary(client, contract)["commit_count"] == 3


def test_an_unused_negative_pool_has_consumed_nothing(client: TestClient) -> None:
    """A pool of -500 opens with nothing to draw: unused, it has consumed 0 and has 0 remaining (it answered
    consumed -500, its total_value), as the commit's own remaining_value 0 says."""
    contract = _contract(client)
    made = _commit(client, contract, "-500")
    assert made.status_code == 201, made.text
    summary = _summary(client, contract)
    (commit,) = summary["commits"]
    assert (commit["total_value"], commit["consumed_amount"], commit["remaining_amount"]) == (-500, 0, 0)
    assert (summary["total_value"], summary["consumed_amount"], summary["remaining_amount"]) == (-500, 0, 0)
    assert client.get(f"{_commits(client, contract)}/{made.json()['id']}").json()["remaining_value"] == 0


def test_usage_of_a_negative_pool_is_overage_and_a_credit_gives_it_a_balance(client: TestClient) -> None:
    """Usage of 100 draws nothing from a pool of -500 (all overage, consumed 0); a later credit of 40 gives
    it 40 (consumed -40: given back)."""
    contract = _contract(client)
    commit = _used(client, contract, "-500", "100")
    periods = f"{_commits(client, contract)}/{commit}/consumption"
    (period,) = client.get(periods).json()["results"]
    assert (period["overage_amount"], period["balance_before"], period["balance_after"]) == (100, 0, 0)
    assert _summary(client, contract)["consumed_amount"] == 0
    credit = {"period_start": "2026-02-01", "period_month": "2026-02-01", "gross_usage_amount": "-40"}
    assert client.post(periods, json=credit).status_code == 201
    (line,) = _summary(client, contract)["commits"]
    assert (line["total_value"], line["consumed_amount"], line["remaining_amount"]) == (-500, -40, 40)


def test_a_credit_refilling_a_negative_pool_past_the_bound_is_refused(client: TestClient) -> None:
    """A pool of -900,000,000,000,000,000 refilled by a credit of as much holds 9 * 10**17 (consumed
    -9 * 10**17); a second credit of 2 * 10**17 would make its balance 1.1 * 10**18: a 400 under
    ``gross_usage_amount`` naming the period's balance, and the summary is unchanged."""
    contract = _contract(client)
    made = _commit(client, contract, "-900000000000000000")
    assert made.status_code == 201, made.text
    usage = f"{_commits(client, contract)}/{made.json()['id']}/consumption"
    day = "2026-01-01"
    body = {"period_start": day, "period_month": day, "gross_usage_amount": "-900000000000000000"}
    assert client.post(usage, json=body).status_code == 201
    before = _summary(client, contract)
    assert (before["consumed_amount"], before["remaining_amount"]) == (-9e17, 9e17)
    refused = client.post(usage, json={**body, "gross_usage_amount": "-200000000000000000"})
    assert refused.status_code == 400, refused.text
    (message,) = refused.json()["gross_usage_amount"]
    assert message.startswith(f"{DIGITS_20}consumption period "), message
    assert message.endswith("'s balance_after 1100000000000000000.00."), message
    assert client.get(usage).json()["count"] == 1
    assert _summary(client, contract) == before


def test_a_period_recorded_by_month_answers_that_month_and_its_commit(client: TestClient) -> None:
    """Upstream's create input names the month (``period_month``): the period starts then (it was answered as
    today) and ends on the month's last day, and answers its commit, its contract's entity and that entity's
    currency (the contract names none), and the input's default ``description`` ``""``."""
    contract = _contract(client)
    made = _commit(client, contract, "100")
    usage = f"{_commits(client, contract)}/{made.json()['id']}/consumption"
    assert client.post(usage, json={"period_month": "2026-02-01", "gross_usage_amount": "10"}).status_code == 201
    (period,) = client.get(usage).json()["results"]
    assert {k: period[k] for k in ("prepaid_commit", "entity", "currency", "period_start", "period_end")} == {
        "prepaid_commit": made.json()["id"],
        "entity": 54,
        "currency": "USD",
        "period_start": "2026-02-01",
        "period_end": "2026-02-28",
    }
    assert period["description"] == ""


def test_a_commit_of_another_contract_is_not_found_under_this_one(client: TestClient) -> None:
    """A consumption period posted under contract B's path to a commit of contract A is a 404 (the commit is
    not B's), so credits cannot refill A's pools unchecked: two such credits of 9 * 10**17 made A's summary
    answer ``consumed_amount`` -1.8 * 10**18, a 500 on every read."""
    owner, other = _contract(client), _contract(client)
    commits = [_commit(client, owner, "0").json()["id"] for _ in range(2)]
    credit = {"period_start": "2026-01-01", "period_month": "2026-01-01", "gross_usage_amount": "-900000000000000000"}
    for commit in commits:
        refused = client.post(f"{_commits(client, other)}/{commit}/consumption", json=credit)
        assert refused.status_code == 404, refused.text
        assert client.get(f"{_commits(client, other)}/{commit}/consumption").status_code == 404
    summary = _summary(client, owner)
    assert (summary["commit_count"], summary["consumed_amount"], summary["remaining_amount"]) == (2, 0, 0)


def test_a_contract_created_with_commits_past_the_summary_bound_is_refused(client: TestClient) -> None:
    """``prepaid_commits`` written with a contract are checked as commits posted to it: two of
    600,000,000,000,000,000 would total 1.2 * 10**18 (its summary a 500), so the create is a 400 under
    ``prepaid_commits`` and makes nothing."""
    before = client.get(CONTRACTS).json()["count"]
    pool = {"name": "Pool", "total_value": "600000000000000000", "start_date": "2026-01-01"}
    body = {"entity": 54, "client": 33973, "deal_name": "Pools", "status": "ACTIVE", "prepaid_commits": [pool, pool]}
    refused = client.post(CONTRACTS, json=body)
    assert refused.status_code == 400, refused.text
    (message,) = refused.json()["prepaid_commits"]
    assert message.startswith(DIGITS_20) and message.endswith("total_value 1200000000000000000.00."), message
    assert client.get(CONTRACTS).json()["count"] == before


def test_a_contracts_currency_is_a_code_its_prepaid_commits_can_carry(client: TestClient) -> None:
    """A prepaid commit written without a currency takes its contract's, and declares at most 3 characters: a
    contract's currency longer than that is refused (400 under ``currency``), on create and on update, so no
    commit of it is ever a 500."""
    body = {"entity": 54, "client": 33973, "deal_name": "Currency", "status": "ACTIVE"}
    refused = client.post(CONTRACTS, json={**body, "currency": "EURO1"})
    assert refused.status_code == 400, refused.text
    assert "currency" in refused.json()
    contract = _contract(client, currency="EUR")
    assert client.patch(f"{CONTRACTS}/{contract}", json={"currency": "DOLLAR"}).status_code == 400
    commit = {"name": "Pool", "start_date": "2026-01-01", "total_value": "0"}
    made = client.post(_commits(client, contract), json=commit)
    assert made.status_code == 201, made.text
    assert made.json()["currency"] == "EUR"
