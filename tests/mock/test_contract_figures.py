"""The figures Campfire computes on contracts, subscriptions and prepaid commits follow the twin's state:
change what they are computed from and they move (``domain/contract_figures.py``)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

CONTRACTS = "/rr/api/v1/contracts"
INVOICES = "/coa/api/v1/invoice/"


def _contract(client: TestClient, **extra: t.Any) -> int:
    body = {"entity": 54, "client": 33973, "deal_name": "Figures", "status": "ACTIVE", **extra}
    made = client.post(CONTRACTS, json=body)
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def _totals(client: TestClient, contract_id: int) -> dict[str, float]:
    shown = client.get(f"{CONTRACTS}/{contract_id}").json()
    return {k: v for k, v in shown.items() if k.startswith("total_") and k != "total_contract_value"}


def _invoice(client: TestClient, contract_id: int, amount: float) -> int:
    body = {
        "entity": 54,
        "client": 33973,
        "contract": contract_id,
        "invoice_date": "2026-01-05",
        "due_date": "2026-02-04",
        "lines": [{"product": 2545, "amount": amount, "quantity": 1, "rate": amount}],
    }
    made = client.post(INVOICES, json=body)
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def test_a_new_contract_has_nothing_billed_or_scheduled(client: TestClient) -> None:
    """A contract without invoices or revenue answers 0 for every total, computed, not left unset."""
    key = _contract(client)
    assert set(_totals(client, key).values()) == {0}
    assert len(_totals(client, key)) == 7


def test_invoices_move_billed_paid_and_outstanding(client: TestClient) -> None:
    """Invoicing, paying and voiding under a contract move its billed, paid and outstanding totals."""
    key = _contract(client)
    first, second = _invoice(client, key, 300), _invoice(client, key, 200)
    assert _totals(client, key)["total_billed"] == 500
    assert _totals(client, key)["total_outstanding"] == 500
    payment = {"account_id": 1010, "account_name": "Bank", "amount": 120, "payment_date": "2026-01-20"}
    assert client.post(f"{INVOICES}{first}/pay/", json={"empty_transactions": [payment]}).status_code == 200
    totals = _totals(client, key)
    assert (totals["total_paid"], totals["total_outstanding"]) == (120, 380)
    assert client.post(f"{INVOICES}{second}/void/", json={"void_date": "2026-01-25"}).status_code == 200
    totals = _totals(client, key)
    assert (totals["total_billed"], totals["total_paid"], totals["total_outstanding"]) == (300, 120, 180)


def test_a_subscription_moves_revenue_unbilled_and_its_own_total_value(client: TestClient) -> None:
    """A twelve-month subscription of 100 a month schedules 1,200 of revenue: the subscription's total
    value, the contract's revenue and unbilled totals; raising its MRR raises them all."""
    key = _contract(client, contract_start_date="2026-01-01", contract_end_date="2026-12-31")
    body = {"contract": key, "start_date": "2026-01-01", "mrr": 100}
    sub = client.post(f"{CONTRACTS}/{key}/subscriptions", json=body)
    assert sub.status_code == 201, sub.text
    assert sub.json()["total_value"] == 1200
    totals = _totals(client, key)
    assert (totals["total_revenue"], totals["total_unbilled"]) == (1200, 1200)
    _invoice(client, key, 300)
    assert _totals(client, key)["total_unbilled"] == 900
    changed = client.patch(f"{CONTRACTS}/{key}/subscriptions/{sub.json()['id']}", json={"mrr": 150})
    assert changed.json()["total_value"] == 1800
    assert _totals(client, key)["total_revenue"] == 1800


def test_total_mrr_is_this_months_subscription_revenue(client: TestClient) -> None:
    """The contract's MRR is the ``mrr`` its subscriptions schedule in the workspace's month."""
    key = _contract(client)
    start = client.get("/__campfire_mock__/clock").json()["today"][:7] + "-01"
    client.post(f"{CONTRACTS}/{key}/subscriptions", json={"contract": key, "start_date": start, "mrr": 40})
    client.post(f"{CONTRACTS}/{key}/subscriptions", json={"contract": key, "start_date": start, "mrr": 60})
    assert _totals(client, key)["total_mrr"] == 100


def test_a_prepaid_commit_draws_down_its_consumption(client: TestClient) -> None:
    """A 1,000 pool at 20% discount: 500 of gross usage draws 400 (600 left); 1,000 more draws the 600 left
    and bills the rest, 250 of gross, at the full rate as overage; the commit is then exhausted, and the
    summary agrees with the commit."""
    key = _contract(client)
    base = f"{CONTRACTS}/{key}/prepaid-commits"
    commit = {"name": "Pool", "total_value": 1000, "discount_percentage": 20, "start_date": "2026-01-01"}
    made = client.post(base, json=commit).json()
    assert (made["remaining_value"], made["status"]) == (1000, "ACTIVE")
    assert made["overage_invoice_start_month"] == "2026-01-01"  # "Defaults to start_date."
    usage = f"{base}/{made['id']}/consumption"
    january = {"period_start": "2026-01-01", "period_month": "2026-01-01", "gross_usage_amount": 500}
    assert client.post(usage, json=january).status_code == 201
    first = client.get(usage).json()["results"][0]
    assert {k: first[k] for k in ("discount_amount", "net_consumption_amount", "balance_after")} == {
        "discount_amount": 100,
        "net_consumption_amount": 400,
        "balance_after": 600,
    }
    february = {"period_start": "2026-02-01", "period_month": "2026-02-01", "gross_usage_amount": 1000}
    assert client.post(usage, json=february).status_code == 201
    second = client.get(usage).json()["results"][1]
    assert (second["balance_before"], second["balance_after"], second["overage_amount"]) == (600, 0, 250)
    shown = client.get(f"{base}/{made['id']}").json()
    assert (shown["remaining_value"], shown["status"]) == (0, "EXHAUSTED")
    summary = client.get(f"{CONTRACTS}/{key}/prepaid-commit-summary").json()
    assert (summary["consumed_amount"], summary["remaining_amount"]) == (1000, 0)


def test_a_customers_revenue_figures_sum_its_contracts(client: TestClient) -> None:
    """A customer's revenue and unbilled totals are the sums of its contracts': a new subscription on one of
    its contracts raises them by the subscription's schedule."""
    before = client.get("/rr/api/v1/customers/33973").json()
    key = _contract(client, contract_start_date="2026-01-01", contract_end_date="2026-12-31")
    body = {"contract": key, "start_date": "2026-01-01", "mrr": 25}
    assert client.post(f"{CONTRACTS}/{key}/subscriptions", json=body).status_code == 201
    after = client.get("/rr/api/v1/customers/33973").json()
    assert after["total_revenue"] - before["total_revenue"] == 300
    assert after["total_unbilled"] - before["total_unbilled"] == 300


def test_a_prepaid_commit_without_entity_or_currency_answers_its_contract_s(client: TestClient) -> None:
    """A commit that names no entity or currency answers its contract's (54, USD), as its consumption periods do;
    one that names them keeps its own."""
    contract = client.get(f"{CONTRACTS}/12954").json()
    bare = client.post(
        f"{CONTRACTS}/12954/prepaid-commits",
        json={"name": "Pool", "total_value": 1000, "start_date": "2026-01-01", "end_date": "2026-12-31"},
    )
    assert bare.status_code == 201, bare.text
    assert (bare.json()["entity"], bare.json()["currency"]) == (contract["entity"], contract["currency"]) == (54, "USD")
    again = client.get(f"{CONTRACTS}/12954/prepaid-commits/{bare.json()['id']}").json()
    assert (again["entity"], again["currency"]) == (54, "USD")
    own = client.post(
        f"{CONTRACTS}/12954/prepaid-commits",
        json={"name": "EUR pool", "total_value": 10, "currency": "EUR", "start_date": "2026-01-01"},
    )
    assert own.status_code == 201, own.text
    assert own.json()["currency"] == "EUR"


def test_a_consumption_s_event_count_beyond_32_bits_is_a_400(client: TestClient) -> None:
    """``total_events`` is kept in the consumption's 32-bit field: recording more is DRF's 400 naming it (it was
    stored, and every read of the commit's consumption then answered 500)."""
    commit = client.post(
        f"{CONTRACTS}/12954/prepaid-commits",
        json={"name": "Pool", "total_value": 1000, "start_date": "2026-01-01"},
    ).json()
    url = f"{CONTRACTS}/12954/prepaid-commits/{commit['id']}/consumption"
    refused = client.post(url, json={"period_month": "2026-02-01", "gross_usage_amount": 1, "total_events": 2**31})
    assert refused.status_code == 400, refused.text
    assert refused.json() == {"total_events": ["Ensure this value is less than or equal to 2147483647."]}
    assert client.get(url).status_code == 200


def test_a_contract_answers_a_rate_of_1_only_where_nothing_is_converted(client: TestClient) -> None:
    """A USD contract of a USD entity answers both rates 1 (as real contracts show integer rates); a EUR one of
    the EUR entity 11 books at 1 with ``exchange_rate`` null (EUR->USD was never given); a given rate is kept."""
    usd = client.get(f"{CONTRACTS}/{_contract(client, entity=54, currency='USD')}").json()
    assert (usd["exchange_rate_book"], usd["exchange_rate"]) == (1, 1)
    eur = client.get(f"{CONTRACTS}/{_contract(client, entity=11, currency='EUR')}").json()
    assert (eur["exchange_rate_book"], eur["exchange_rate"]) == (1, None)
    given = client.get(f"{CONTRACTS}/{_contract(client, entity=54, currency='EUR', exchange_rate_book=1.1)}").json()
    assert (given["exchange_rate_book"], given["exchange_rate"]) == (1.1, None)


def test_a_contract_answers_its_tags_as_objects_and_takes_them_back(client: TestClient) -> None:
    """Real contracts answer ``tags`` as tag objects: tag 1 written as an id, its digits or an object answers the
    tag (name included); the answer sent back in a PUT keeps it."""
    for written in ([1], ["1"], [{"id": 1}]):
        key = _contract(client, tags=written)
        tags = client.get(f"{CONTRACTS}/{key}").json()["tags"]
        assert [(tag["id"], tag["name"]) for tag in tags] == [(1, "Demo tag")], written
    body = {"entity": 54, "client": 33973, "deal_name": "Figures", "status": "ACTIVE", "tags": tags}
    put = client.put(f"{CONTRACTS}/{key}", json=body)
    assert (put.status_code, [tag["id"] for tag in put.json()["tags"]]) == (200, [1])
