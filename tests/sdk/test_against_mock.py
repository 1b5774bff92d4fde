"""The same SDK scenarios against the mock in-process and against ``campfire-mock serve`` on a port."""

from __future__ import annotations

import typing as t
from datetime import date

import httpx
import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_sdk import AsyncCampfire, BadRequestError, Campfire, ConflictError, NotFoundError

from ..mock.live import LiveServer

LINES = [{"product": 1, "quantity": 4, "rate": 250}]
#: The workspace's day: after the lifecycle's payments, before its invoice falls due (``status`` counts it).
CLOCK = {"now": "2026-01-25T12:00:00+00:00"}


@pytest.fixture(scope="module")
def live_server() -> t.Iterator[LiveServer]:
    with LiveServer() as server:
        yield server


@pytest.fixture(params=["in-process", "live"])
def client(request: pytest.FixtureRequest) -> t.Iterator[Campfire]:
    token = f"sdk-{request.node.name}"
    headers = {"Authorization": f"Token {token}"}
    if request.param == "in-process":
        http = TestClient(create_app())
        with Campfire(api_key=token, base_url="http://testserver", http_client=http) as c:
            http.post("/__campfire_mock__/clock", json=CLOCK, headers=headers)
            yield c
    else:
        server: LiveServer = request.getfixturevalue("live_server")
        with Campfire(api_key=token, base_url=server.url, max_retries=0) as c:
            httpx.post(f"{server.url}/__campfire_mock__/reset", headers=headers)
            httpx.post(f"{server.url}/__campfire_mock__/clock", json=CLOCK, headers=headers)
            yield c


def test_invoice_lifecycle(client: Campfire) -> None:
    """create -> partial pay -> pay -> void payment -> void -> reopen -> delete."""
    inv = client.invoices.create(
        invoice_date=date(2026, 1, 10), due_date=date(2026, 2, 9), entity=54, client=42, lines=LINES
    )
    assert (inv.total_amount, inv.status, inv.client_name) == (1000, "open", "Acme Corp")
    first = client.invoices.pay(
        inv.id,
        empty_transactions=[{"account_id": 1010, "account_name": "Bank", "amount": 400, "payment_date": "2026-01-15"}],
    )
    assert client.invoices.retrieve(inv.id).status == "partially_paid"
    client.invoices.pay(
        inv.id,
        empty_transactions=[{"account_id": 1010, "account_name": "Bank", "amount": 600, "payment_date": "2026-01-20"}],
    )
    paid = client.invoices.retrieve(inv.id)
    assert (paid.status, paid.amount_due, paid.paid_date) == ("paid", 0, date(2026, 1, 20))
    with pytest.raises(ConflictError):
        client.invoices.void(inv.id)
    voided_payment = client.invoices.void_payment(inv.id, first.payment_ids[0], void_date="2026-01-21")
    assert voided_payment.voided_date == date(2026, 1, 21)
    assert client.invoices.retrieve(inv.id).status == "partially_paid"
    for payment in client.invoices.retrieve(inv.id).payments:
        if payment.voided_date is None:
            client.invoices.delete_payment(inv.id, payment.id)
    assert client.invoices.void(inv.id).status == "voided"
    assert client.invoices.reopen(inv.id).status == "open"
    client.invoices.delete(inv.id)
    with pytest.raises(NotFoundError):
        client.invoices.retrieve(inv.id)


def test_list_walks_all_pages(client: Campfire) -> None:
    """A list call gives the first page, and iterating it walks all 8 invoices across pages."""
    first = client.invoices.list(limit=3)
    assert first.count == 8 and len(first.results) == 3
    assert len({inv.id for inv in first}) == 8


def test_patch_sends_null(client: Campfire) -> None:
    """partial_update with None sends null, clearing the field and keeping the invoice's lines."""
    inv = client.invoices.create(
        invoice_date="2026-01-10", due_date="2026-02-09", entity=54, lines=LINES, purchase_order_number="PO-9"
    )
    updated = client.invoices.partial_update(inv.id, purchase_order_number=None)
    assert updated.purchase_order_number is None
    assert updated.lines[0].id == inv.lines[0].id


def test_validation_errors_reach_the_caller(client: Campfire) -> None:
    """A 400 from the mock raises BadRequestError carrying the mock's field errors."""
    with pytest.raises(BadRequestError) as info:
        client.invoices.create(invoice_date="2026-01-10", due_date="2026-02-09", entity=54, client=999999, lines=LINES)
    assert info.value.field_errors == {"client": ['Invalid pk "999999" - object does not exist.']}


def test_payments_previews_and_reports(client: Campfire) -> None:
    """Payment previews, saved and previewed (CSV) reports, the cursor-paged payments list and the statement PDF work
    through the SDK."""
    calc = client.invoices.calculate_payment(
        145003, empty_transactions=[{"amount": 3410.4, "payment_date": "2026-03-15"}]
    )
    assert (calc.term_discounts, calc.remaining_due) == (69.6, 0)
    assert client.invoices.default_payment(145003, posted_at="2026-03-12").default_payment_amount == 3410.4
    report = client.invoice_reports.data(1)
    assert report.engine_used == "memory" and report.count == 6
    assert client.invoice_reports.preview_csv(group_fields="currency").splitlines()[0] == "Currency,Sum of amount"
    synced = list(client.invoice_payments.list(cursor="", limit=1))
    assert len(synced) == 3
    assert client.invoices.client_statement_pdf(42).startswith(b"%PDF")


def test_references(client: Campfire) -> None:
    """Clients, entities, credit memos, products and contracts are created, listed and retrieved through the SDK."""
    created = client.clients.create(name="Newco", vendor_type="customer")
    assert created.id in {c.id for c in client.clients.list()}
    assert {e.id for e in client.entities.list()} >= {1, 11, 54}
    assert client.credit_memos.retrieve(4029).credit_memo_number == "CM-0000007"
    product = client.products.create(product_name="Gizmo", price=9.5)
    assert product.product_name == "Gizmo"
    contract = client.contracts.create(client=42, entity=54, deal_name="Deal", contract_start_date="2026-01-01")
    assert contract.client_name == "Acme Corp"


async def test_async_client_in_process() -> None:
    """AsyncCampfire over httpx.ASGITransport: no socket, no lifespan needed."""
    transport = httpx.ASGITransport(create_app())
    async with httpx.AsyncClient(transport=transport) as http:
        client = AsyncCampfire(api_key="async", base_url="http://mock", http_client=http)
        inv = await client.invoices.create(invoice_date="2026-01-10", due_date="2026-02-09", entity=54, lines=LINES)
        page = await client.invoices.list(limit=4)
        ids = [i.id async for i in page]
    assert inv.id in ids and len(ids) == 9


def test_raw_responses_and_request_ids(client: Campfire) -> None:
    """Raw responses expose status, headers and the parsed object; every call, page and error carries its own request
    id, the one the request log shows."""
    raw = client.invoices.with_raw_response.retrieve(47864)
    assert raw.status_code == 200
    assert raw.request_id and raw.request_id == raw.headers["x-request-id"]
    invoice = raw.parse()
    assert invoice.id == 47864 and invoice.request_id == raw.request_id
    assert raw.json()["id"] == 47864

    again = client.invoices.retrieve(47864)
    assert again.request_id and again.request_id != raw.request_id

    raw_page = client.invoices.with_raw_response.list(limit=2)
    page = raw_page.parse()
    assert len(page) == 2 == len(page.results) and page.count > 2
    assert page.request_id == raw_page.request_id
    assert len(list(page)) == page.count  # iteration walks every page; len() is this page's items

    with pytest.raises(NotFoundError) as caught:
        client.invoices.with_raw_response.retrieve(999999)
    assert caught.value.request_id == caught.value.response.headers["x-request-id"]

    log = client._client.get(
        f"{client.base_url}/__campfire_mock__/requests",
        params={"limit": 100},
        headers={"Authorization": f"Token {client.api_key}"},
    ).json()
    assert {raw.request_id, again.request_id, page.request_id} <= {r["request_id"] for r in log["results"]}


async def test_async_raw_responses() -> None:
    """The async client's raw responses parse to objects and pages that carry the response's request id."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(create_app())) as http:
        client = AsyncCampfire(api_key="async-raw", base_url="http://mock", http_client=http)
        raw = await client.invoices.with_raw_response.retrieve(47864)
        assert raw.status_code == 200 and raw.parse().request_id == raw.request_id
        raw_page = await client.invoices.with_raw_response.list(limit=3)
        page = raw_page.parse()
        assert len(page) == 3 and page.request_id == raw_page.request_id
        assert len([i async for i in page]) == page.count
