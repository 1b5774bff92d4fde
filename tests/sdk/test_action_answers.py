"""Actions upstream declares bodyless that the twin answers (``ACTION_ANSWERS``, spec/vendoring/) are typed in
the SDK: the method returns the model, parsed from what the mock answers."""

from __future__ import annotations

import asyncio

import httpx
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_sdk import AsyncCampfire, Campfire
from campfire_sdk.types import TransactionMatch, TransactionPaymentsApplied


def test_applying_a_transaction_and_reviewing_a_match_return_their_models() -> None:
    """``transactions.create_invoice_payments`` returns what it paid; a match review returns the match."""
    app = create_app()
    with Campfire(api_key="sdk-actions", base_url="http://testserver", http_client=TestClient(app)) as client:
        paid = client.transactions.create_invoice_payments(14728801)
        match = client.transaction_matches.reject(1)
        again = client.transaction_matches.retrieve(1)
    assert isinstance(paid, TransactionPaymentsApplied) and paid.transaction_id == 14728801
    assert paid.applied and len(paid.payment_ids) == len(paid.applied)
    assert isinstance(match, TransactionMatch) and match.status == "rejected"
    assert match.reviewed_at == again.reviewed_at is not None


def _empty_200(request: httpx.Request) -> httpx.Response:
    """The real service's answer to these actions: 200 (201 for the apply) and no body."""
    return httpx.Response(201 if request.url.path.endswith("invoice_payments") else 200)


def test_an_action_answered_with_no_body_returns_none() -> None:
    """Against the real API's empty success (upstream declares no body), each action the twin answers with
    its model returns ``None`` instead of raising "Response is not JSON"."""
    transport = httpx.Client(transport=httpx.MockTransport(_empty_200))
    with Campfire(api_key="sdk-empty", base_url="https://api.example", http_client=transport) as client:
        answers = [
            client.transaction_matches.reject(1),
            client.transaction_matches.set_status(1, action="accept"),
            client.transaction_matches.update_status(1, action="reject"),
            client.transactions.create_invoice_payments(14728801),
            client.contracts.prepaid_commits.consumption.update(1, 2, 3),
        ]
    assert answers == [None] * 5


def test_an_async_action_answered_with_no_body_returns_none() -> None:
    """The async client reads an empty answer to an action the same way: ``None``."""

    async def run() -> TransactionMatch | None:
        transport = httpx.AsyncClient(transport=httpx.MockTransport(_empty_200))
        async with AsyncCampfire(api_key="sdk-empty", base_url="https://api.example", http_client=transport) as c:
            return await c.transaction_matches.reject(1)

    assert asyncio.run(run()) is None
