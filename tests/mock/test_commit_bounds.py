"""A prepaid commit's consumption figures (``overage_amount``, the pool's balances, the commit's
``remaining_value``) stay true and within the range their schema declares (below 10**18 either way): the
overage is never more than the period's usage, whatever the discount (``domain/contract_figures.py``), and a
write that would push a figure out is refused, as ``domain/contract_bounds.py`` refuses a contract's."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .test_contract_figures import CONTRACTS, _contract

DIGITS_20 = "Ensure that there are no more than 20 digits in total: this would make "


def _commit(client: TestClient, total: str, discount: str) -> str:
    """A new contract's prepaid commit of ``total`` at ``discount`` percent; its consumption path."""
    base = f"{CONTRACTS}/{_contract(client)}/prepaid-commits"
    body = {"name": "Pool", "total_value": total, "discount_percentage": discount, "start_date": "2026-01-01"}
    made = client.post(base, json=body)
    assert made.status_code == 201, made.text
    return f"{base}/{made.json()['id']}/consumption"


def _use(client: TestClient, usage: str, gross: str, month: int = 1) -> t.Any:
    day = f"2026-{month:02d}-01"
    return client.post(usage, json={"period_start": day, "period_month": day, "gross_usage_amount": gross})


def _periods(client: TestClient, usage: str) -> list[dict[str, t.Any]]:
    listed = client.get(usage)
    assert listed.status_code == 200, listed.text
    return t.cast(list[dict[str, t.Any]], listed.json()["results"])


def test_the_overage_is_the_usage_the_pool_did_not_cover_whatever_the_discount(client: TestClient) -> None:
    """With no pool, all usage is overage at the full rate: 0.01 at 49.99% off is 0.01 (not 0.02), 12,345.67 at
    99.99% off is 12,345.67 (not 12,300), and 999,999,999,999,999,999.99 at 99.99% is not scaled to 10**18
    (beyond the figure's bound, a 500 on every read): it is refused, as its overage of that much is 10**18
    once answered as a number."""
    for discount, gross in (("49.99", "0.01"), ("99.99", "12345.67")):
        usage = _commit(client, "0", discount)
        assert _use(client, usage, gross).status_code == 201
        (period,) = _periods(client, usage)
        assert period["overage_amount"] == float(gross), (discount, period)
        assert period["balance_after"] == 0
    usage = _commit(client, "0", "99.99")
    refused = _use(client, usage, "999999999999999999.99")
    assert refused.status_code == 400, refused.text
    assert refused.json()["gross_usage_amount"][0].endswith("'s overage_amount 1000000000000000000.00.")
    assert _periods(client, usage) == []


def test_a_pool_drawn_part_way_bills_the_rest_at_the_full_rate(client: TestClient) -> None:
    """A 100 pool at 99.99% off covers 1,000,000 of usage (100 of net); 1,500,000 of usage leaves 50 of net
    uncovered: a third of the usage, 500,000, is overage."""
    usage = _commit(client, "100", "99.99")
    assert _use(client, usage, "1500000").status_code == 201
    (period,) = _periods(client, usage)
    assert (period["net_consumption_amount"], period["overage_amount"], period["balance_after"]) == (150, 500000, 0)


def test_a_full_discount_draws_nothing_and_bills_no_overage(client: TestClient) -> None:
    """At 100% off, usage costs nothing: no drawdown, no overage (it was a division by zero: a 500)."""
    usage = _commit(client, "1000", "100")
    assert _use(client, usage, "250").status_code == 201
    (period,) = _periods(client, usage)
    assert {k: period[k] for k in ("discount_amount", "net_consumption_amount", "overage_amount")} == {
        "discount_amount": 250,
        "net_consumption_amount": 0,
        "overage_amount": 0,
    }
    assert (period["balance_before"], period["balance_after"]) == (1000, 1000)


def test_credits_that_would_refill_a_pool_beyond_its_bound_are_refused(client: TestClient) -> None:
    """A credit (usage below 0) refills the pool; the one that would take it to 10**18 is a 400 under
    ``gross_usage_amount``, nothing is kept, and deleting a usage that offset credits is a 409."""
    usage = _commit(client, "0", "0")
    assert _use(client, usage, "-600000000000000000").status_code == 201
    drawn = _use(client, usage, "500000000000000000", month=2)
    assert drawn.status_code == 201, drawn.text
    assert _use(client, usage, "-600000000000000000", month=3).status_code == 201
    refused = _use(client, usage, "-400000000000000000", month=4)
    assert refused.status_code == 400, refused.text
    message = refused.json()["gross_usage_amount"][0]
    assert message.startswith(DIGITS_20) and "'s balance_after 1" in message, message
    assert len(_periods(client, usage)) == 3
    assert _use(client, usage, "-290000000000000000", month=4).status_code == 201
    periods = _periods(client, usage)
    deleted = client.delete(f"{usage}/{periods[1]['id']}")
    assert deleted.status_code == 409, deleted.text
    assert deleted.json()["detail"].startswith(f"This consumption period cannot be deleted: {DIGITS_20}")
    assert len(_periods(client, usage)) == 4


def test_a_pool_too_large_to_answer_is_refused(client: TestClient) -> None:
    """A ``total_value`` of 999,999,999,999,999,999 is 10**18 once its ``remaining_value`` is answered as a
    number: refused under ``total_value``."""
    base = f"{CONTRACTS}/{_contract(client)}/prepaid-commits"
    body = {"name": "Pool", "total_value": "999999999999999999", "start_date": "2026-01-01"}
    refused = client.post(base, json=body)
    assert refused.status_code == 400, refused.text
    assert refused.json()["total_value"][0].startswith(f"{DIGITS_20}prepaid commit ")
    assert client.get(base).json()["count"] == 0
