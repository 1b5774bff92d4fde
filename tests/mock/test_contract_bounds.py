"""A write at its fields' declared bounds may not push a figure computed from it (a contract's
``total_revenue``, ``total_mrr``, ``total_deferred_revenue``, its customer's sums, a subscription's
``total_value``, a scheduled revenue transaction's ``amount``) out of the range that figure's schema declares:
it is refused, a 400 under the field written, and nothing is kept, so no later read of the contract is a 500."""

from __future__ import annotations

from starlette.testclient import TestClient

CONTRACT = "/rr/api/v1/contracts/500"
CONTRACTS, REVENUE = "/rr/api/v1/contracts", "/rr/api/v1/transactions"
#: The largest amount a milestone's, subscription's or revenue transaction's field accepts (18 digits).
TOP = "999999999999999999"
DIGITS_15 = "Ensure that there are no more than 15 digits in total: this would make contract 500's"


def _unchanged(client: TestClient, revenue: int, totals: dict[str, float]) -> None:
    """The refused write kept nothing: the same revenue transactions and figures, and every read answers."""
    assert client.get(REVENUE, params={"limit": 1}).json()["count"] == revenue
    contract = client.get(CONTRACT).json()
    assert {k: contract[k] for k in totals} == totals
    for path in (CONTRACTS, f"{CONTRACT}/subscriptions", f"{CONTRACT}/milestones", REVENUE, "/rr/api/v1/customers"):
        assert client.get(path).status_code == 200, path


def test_writes_at_their_bounds_that_would_overflow_a_contract_figure_are_refused(client: TestClient) -> None:
    """A subscription, milestone or revenue transaction at its largest amount is a 400 naming that amount."""
    revenue = client.get(REVENUE, params={"limit": 1}).json()["count"]
    totals = {k: v for k, v in client.get(CONTRACT).json().items() if k in ("total_revenue", "total_deferred_revenue")}
    writes = [
        (f"{CONTRACT}/subscriptions", {"mrr": TOP, "start_date": "2026-01-01", "end_date": "2075-12-31"}, "mrr"),
        (f"{CONTRACT}/milestones", {"amount": TOP, "milestone_date": "2026-01-01", "milestone_name": "Go"}, "amount"),
        (REVENUE, {"contract": 500, "amount": f"-{TOP}", "transaction_date": "2026-01-01"}, "amount"),
    ]
    for path, body, field in writes:
        refused = client.post(path, json={"contract": 500, **body})
        assert refused.status_code == 400, (path, refused.text)
        assert list(refused.json()) == [field]
        assert refused.json()[field][0].startswith(DIGITS_15), refused.text
        _unchanged(client, revenue, totals)


def test_a_contract_figure_may_reach_its_bound_but_not_pass_it(client: TestClient) -> None:
    """Revenue up to 9,999,999,999,999.99 in all is kept and read back; one cent more is refused."""
    base = client.get(CONTRACT).json()["total_revenue"]
    room = f"{9999999999999.99 - base:.2f}"
    kept = client.post(REVENUE, json={"contract": 500, "amount": room, "transaction_date": "2026-01-01"})
    assert kept.status_code == 201, kept.text
    assert client.get(CONTRACT).json()["total_revenue"] == 9999999999999.99
    refused = client.post(REVENUE, json={"contract": 500, "amount": "0.01", "transaction_date": "2026-01-01"})
    assert refused.status_code == 400
    assert refused.json() == {"amount": [f"{DIGITS_15} total_revenue 10000000000000.00."]}
    moved = client.patch(f"{REVENUE}/{kept.json()['id']}", json={"amount": f"{float(room) + 1:.2f}"})
    assert moved.status_code == 400 and list(moved.json()) == ["amount"]
    assert client.get(CONTRACTS).status_code == 200


def test_a_subscription_mrr_that_would_overflow_total_mrr_is_refused(client: TestClient) -> None:
    """One month's MRR of 10**13 is beyond the contract's ``total_mrr``: refused under ``mrr``."""
    before = client.get(f"{CONTRACT}/subscriptions").json()
    body = {"contract": 500, "mrr": "10000000000000", "start_date": "2026-12-01", "end_date": "2026-12-31"}
    refused = client.post(f"{CONTRACT}/subscriptions", json=body)
    assert refused.status_code == 400
    assert refused.json()["mrr"][0].startswith(DIGITS_15)
    assert client.get(f"{CONTRACT}/subscriptions").json() == before
    assert client.get(CONTRACT).json()["total_mrr"] == 0


def test_a_customer_sum_is_kept_in_range_too(client: TestClient) -> None:
    """Two contracts of one customer, each within range, may not add up beyond the customer's
    ``total_revenue``: the second write is refused, naming the customer's figure."""
    copy = client.post(f"{CONTRACT}/duplicate")
    assert copy.status_code in (200, 201), copy.text
    other = copy.json()["id"]
    half = {"amount": "6000000000000", "transaction_date": "2026-01-01"}
    assert client.post(REVENUE, json={"contract": 500, **half}).status_code == 201
    refused = client.post(REVENUE, json={"contract": other, **half})
    assert refused.status_code == 400
    assert refused.json()["amount"][0].endswith("'s total_revenue 12000000000000.00.")
    assert "customer 42" in refused.json()["amount"][0]
    assert client.get("/rr/api/v1/customers").status_code == 200


def test_deleting_an_amount_that_offset_others_beyond_range_is_a_409(client: TestClient) -> None:
    """With 9e12 + (-9e12) + 9e12 of revenue, deleting the negative one would make 1.8e13: a 409 saying so,
    and the transaction is kept."""
    made = [
        client.post(REVENUE, json={"contract": 500, "amount": amount, "transaction_date": "2026-01-01"})
        for amount in ("9000000000000", "-9000000000000", "9000000000000")
    ]
    assert [m.status_code for m in made] == [201, 201, 201]
    negative = made[1].json()["id"]
    refused = client.delete(f"{REVENUE}/{negative}")
    assert refused.status_code == 409
    assert refused.json()["detail"].startswith("This revenue transaction cannot be deleted: Ensure that")
    assert "total_revenue 18000000000000.00" in refused.json()["detail"]
    assert client.get(f"{REVENUE}/{negative}").status_code == 200
