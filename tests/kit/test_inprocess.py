"""The kit's in-process mock: one app per process and options, a fresh workspace per intercept,
sync and async clients answered without a socket."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

import campfire_mock
from campfire_mock.inprocess import AppTransport, shared_app
from campfire_sdk import AsyncCampfire, Campfire

PAY = {
    "empty_transactions": [{"account_id": 1010, "account_name": "Bank", "amount": 15000, "payment_date": "2026-03-05"}]
}


def test_shared_app_is_built_once_per_options() -> None:
    """The same options give the same app object; other options give another."""
    demo = shared_app({"seed": "demo"}, purpose="test")
    assert shared_app({"seed": "demo"}, purpose="test") is demo
    assert shared_app({"seed": "none"}, purpose="test") is not demo


def test_each_intercept_starts_from_the_seed() -> None:
    """A payment made inside one intercept is gone in the next one, on the same shared app."""
    with campfire_mock.intercept() as first:
        Campfire(api_key="k").invoices.pay(145002, **PAY)
        assert Campfire(api_key="k").invoices.retrieve(145002).amount_due == 0
        app = first.app
    with campfire_mock.intercept() as second:
        assert second.app is app
        assert Campfire(api_key="k").invoices.retrieve(145002).amount_due == 15000


def test_nested_intercepts_do_not_share_a_workspace() -> None:
    """An intercept entered inside another answers from its own app; the outer one's state survives it."""
    with campfire_mock.intercept() as outer:
        Campfire(api_key="k").invoices.pay(145002, **PAY)
        with campfire_mock.intercept() as inner:
            assert inner.app is not outer.app
            assert Campfire(api_key="k").invoices.retrieve(145002).amount_due == 15000
        assert Campfire(api_key="k").invoices.retrieve(145002).amount_due == 0


def test_async_client_inside_intercept() -> None:
    """An ``AsyncCampfire`` in async code is answered by the intercept too."""

    async def fetch() -> str:
        async with AsyncCampfire(api_key="k") as client:
            return (await client.invoices.retrieve(47864)).client_name

    with campfire_mock.intercept():
        assert asyncio.run(fetch()) == "Apple"


def test_intercept_decorates_async_tests() -> None:
    """``@intercept()`` on an ``async def`` wraps each run in its own intercept."""

    @campfire_mock.intercept()
    async def check() -> int:
        async with AsyncCampfire(api_key="k") as client:
            return (await client.invoices.retrieve(47864)).id

    assert asyncio.run(check()) == 47864


def test_app_transport_serves_async_clients_and_other_threads() -> None:
    """``AppTransport`` answers an ``AsyncClient`` and sync calls from a second thread alike."""
    app = shared_app({"seed": "demo"}, purpose="test")
    key = {"Authorization": "Token threads"}

    async def fetch() -> int:
        async with httpx.AsyncClient(transport=AppTransport(app), base_url="http://mock") as http:
            return (await http.get("/coa/api/v1/invoice/47864/", headers=key)).status_code

    assert asyncio.run(fetch()) == 200
    seen: list[int] = []
    with httpx.Client(transport=AppTransport(app), base_url="http://mock") as http:
        worker = threading.Thread(
            target=lambda: seen.append(http.get("/coa/api/v1/invoice/47864/", headers=key).status_code)
        )
        worker.start()
        worker.join()
    assert seen == [200]


def test_user_respx_route_for_campfire_wins_inside_intercept() -> None:
    """A respx route of the user's for one Campfire URL answers it; the rest still reach the mock."""
    import respx

    with campfire_mock.intercept(), respx.mock(assert_all_called=False) as own:
        own.get("https://api.meetcampfire.com/coa/api/v1/invoice/145002/").respond(503, json={"detail": "down"})
        answer = httpx.get(
            "https://api.meetcampfire.com/coa/api/v1/invoice/145002/", headers={"Authorization": "Token k"}
        )
        assert (answer.status_code, answer.json()) == (503, {"detail": "down"})
        assert Campfire(api_key="k", max_retries=0).invoices.retrieve(47864).client_name == "Apple"


def test_other_hosts_pass_through_with_nested_intercepts_and_lookalike_hosts_are_not_served() -> None:
    """Inside nested intercepts a call to another host still leaves (here: refused by the closed network),
    and a host that only starts like the API's is not answered by the mock."""
    with campfire_mock.intercept(), campfire_mock.intercept(), pytest.raises(httpx.TransportError):
        httpx.get("https://api.meetcampfire.com.example.invalid/coa/api/v1/invoice/", timeout=2)


def test_fresh_workspaces_are_copies_equal_to_a_seeded_one_and_independent() -> None:
    """A store's second workspace (copied from the seeding) equals the first and shares no object with it."""
    store = shared_app({"seed": "demo"}, purpose="test").store
    first, second = store.seeded(), store.seeded()
    if first.now_text() != second.now_text():  # a clock second ticked between: copy from the new one
        first, second = second, store.seeded()
    assert second.snapshot() == first.snapshot() and second.invoices
    invoice = next(iter(second.invoices))
    assert second.invoices[invoice] is not first.invoices[invoice]
