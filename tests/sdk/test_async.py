"""The async client: the same behaviour, awaited."""

from __future__ import annotations

import httpx
import pytest
import respx

from campfire_sdk import AsyncCampfire, ConflictError, _base_client

from .fixtures import INVOICE_JSON, payment_sync

BASE = "https://api.meetcampfire.com"


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []

    async def record(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr(_base_client.asyncio, "sleep", record)
    return slept


async def test_async_retrieve_and_retry(no_sleep: list[float]) -> None:
    """The async client retries a GET after a 502, sleeping once, and parses the invoice."""
    with respx.mock:
        route = respx.get(f"{BASE}/coa/api/v1/invoice/47864/").mock(
            side_effect=[httpx.Response(502), httpx.Response(200, json=INVOICE_JSON)]
        )
        async with AsyncCampfire(api_key="k") as client:
            invoice = await client.invoices.retrieve(47864)
    assert (invoice.invoice_number, route.call_count, len(no_sleep)) == ("INV-0000493", 2, 1)


async def test_async_error_class() -> None:
    """A 409 raises ConflictError from the async client, carrying the server's detail."""
    with respx.mock:
        respx.post(f"{BASE}/coa/api/v1/invoice/5/reopen/").respond(409, json={"detail": "Invoice 5 is not voided."})
        async with AsyncCampfire(api_key="k") as client:
            with pytest.raises(ConflictError) as info:
                await client.invoices.reopen(5)
    assert info.value.detail == "Invoice 5 is not voided."


async def test_async_pages_walk_every_item() -> None:
    """An awaited async page iterates every item across pages, and iter_pages yields each page."""

    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        nxt = f"{BASE}/coa/api/v1/invoice-payments?offset={offset + 1}&limit=1" if offset < 2 else None
        return httpx.Response(200, json={"count": 3, "next": nxt, "previous": None, "results": [payment_sync(offset)]})

    with respx.mock:
        respx.get(f"{BASE}/coa/api/v1/invoice-payments").mock(side_effect=page)
        async with AsyncCampfire(api_key="k") as client:
            first = await client.invoice_payments.list(limit=1)
            ids = [p.id async for p in first]
            pages = [p async for p in first.iter_pages()]
    assert ids == [0, 1, 2] and len(pages) == 3


async def test_async_for_directly_on_list_walks_every_page() -> None:
    """``async for x in client.invoice_payments.list(...)`` needs no ``await`` first, as in openai-python."""

    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        nxt = f"{BASE}/coa/api/v1/invoice-payments?offset={offset + 1}&limit=1" if offset < 2 else None
        return httpx.Response(200, json={"count": 3, "next": nxt, "previous": None, "results": [payment_sync(offset)]})

    with respx.mock:
        route = respx.get(f"{BASE}/coa/api/v1/invoice-payments").mock(side_effect=page)
        async with AsyncCampfire(api_key="k") as client:
            paginator = client.invoice_payments.list(limit=1)
            assert route.call_count == 0  # nothing is sent until it is awaited or iterated
            ids = [p.id async for p in paginator]
    assert ids == [0, 1, 2]
    assert route.call_count == 3
