"""campfire_sdk with a faked network (respx): config, errors, retries, timeouts, pagination, PATCH."""

from __future__ import annotations

import json
import logging
import typing as t

import httpx
import pytest
import respx

import campfire_sdk
from campfire_sdk import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncCampfire,
    AuthenticationError,
    BadRequestError,
    Campfire,
    CampfireError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    _base_client,
)

from .fixtures import INVOICE_JSON, payment_sync

BASE = "https://api.meetcampfire.com"
INVOICE = {"id": 7, "invoice_number": "INV-7"}


@pytest.fixture
def delays(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record retry sleeps instead of sleeping."""
    slept: list[float] = []
    monkeypatch.setattr(_base_client.time, "sleep", slept.append)
    return slept


@pytest.fixture
def client() -> t.Iterator[Campfire]:
    with Campfire(api_key="k") as c:
        yield c


def invoice_body(**extra: t.Any) -> dict[str, t.Any]:
    """A complete AccountingInvoice body."""
    return {**INVOICE_JSON, "id": 7, **extra}


# ----------------------------------------------------------------------------- configuration


def test_missing_api_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no key given and no CAMPFIRE_API_KEY, creating a client raises CampfireError naming the variable."""
    monkeypatch.delenv("CAMPFIRE_API_KEY", raising=False)
    with pytest.raises(CampfireError, match="CAMPFIRE_API_KEY"):
        Campfire()


def test_key_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key and base URL come from CAMPFIRE_API_KEY and CAMPFIRE_BASE_URL, the URL without its trailing slash."""
    monkeypatch.setenv("CAMPFIRE_API_KEY", "env-key")
    monkeypatch.setenv("CAMPFIRE_BASE_URL", "http://127.0.0.1:9/")
    c = Campfire()
    assert (c.api_key, c.base_url) == ("env-key", "http://127.0.0.1:9")


def test_default_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without CAMPFIRE_BASE_URL the client calls https://api.meetcampfire.com."""
    monkeypatch.delenv("CAMPFIRE_BASE_URL", raising=False)
    assert Campfire(api_key="k").base_url == BASE


@respx.mock
def test_sends_token_and_user_agent(client: Campfire) -> None:
    """Every request carries ``Authorization: Token <key>`` and the SDK's versioned User-Agent."""
    route = respx.get(f"{BASE}/coa/api/v1/invoice/7/").respond(json=invoice_body())
    client.invoices.retrieve(7)
    request = route.calls.last.request
    assert request.headers["Authorization"] == "Token k"
    assert request.headers["User-Agent"] == f"campfire-sdk-python/{campfire_sdk.__version__}"


def test_empty_id_fails_before_any_request(client: Campfire) -> None:
    """An empty id raises ValueError naming the parameter, and nothing is sent."""
    with respx.mock(assert_all_called=False) as mock:
        with pytest.raises(ValueError, match="invoice_id"):
            client.invoices.void("")
        assert not mock.calls


# ----------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
@respx.mock
def test_status_maps_to_error_class(status: int, cls: type[APIStatusError]) -> None:
    """Each error status raises its own error class, carrying the status, body, detail, request and response."""
    respx.get(f"{BASE}/coa/api/v1/invoice/7/").respond(status, json={"detail": "nope"})
    with Campfire(api_key="k", max_retries=0) as c, pytest.raises(cls) as info:
        c.invoices.retrieve(7)
    error = info.value
    assert type(error) is cls
    assert (error.status_code, error.body, error.detail) == (status, {"detail": "nope"}, "nope")
    assert error.request.url.path == "/coa/api/v1/invoice/7/"
    assert error.response.status_code == status
    assert str(error) == f"Error code: {status} - nope"


@respx.mock
def test_bad_request_exposes_field_errors(client: Campfire) -> None:
    """A 400 raises BadRequestError whose field_errors are the server's field-keyed body."""
    body = {"client": ['Invalid pk "9" - object does not exist.'], "lines": [{}, {"amount": ["Required."]}]}
    respx.post(f"{BASE}/coa/api/v1/invoice/").respond(400, json=body)
    with pytest.raises(BadRequestError) as info:
        client.invoices.create(invoice_date="2026-01-01", due_date="2026-01-31", entity=1, lines=[])
    assert info.value.field_errors == body


@respx.mock
def test_bad_request_messages_walk_every_nested_shape(client: Campfire) -> None:
    """``messages`` lists each message with its path through DRF's list-of-objects, list-of-primitives (keyed by
    index) and nested-object shapes."""
    body = {
        "lines": [{}, {"rate": ["A valid number is required."], "tag_ids": {"1": ["A valid integer is required."]}}],
        "filters": {"entity": ["A valid integer is required."]},
        "memo": ["Too long.", "Not a valid string."],
        "items": [{}, ["This field may not be null."]],
    }
    respx.post(f"{BASE}/coa/api/v1/invoice/").respond(400, json=body)
    with pytest.raises(BadRequestError) as info:
        client.invoices.create(invoice_date="2026-01-01", due_date="2026-01-31", entity=1, lines=[])
    assert info.value.messages == [
        (("lines", 1, "rate"), "A valid number is required."),
        (("lines", 1, "tag_ids", "1"), "A valid integer is required."),
        (("filters", "entity"), "A valid integer is required."),
        (("memo",), "Too long."),
        (("memo",), "Not a valid string."),
        (("items", 1), "This field may not be null."),
    ]


# ----------------------------------------------------------------------------- retries


@respx.mock
def test_get_is_retried_on_503_then_succeeds(client: Campfire, delays: list[float]) -> None:
    """A GET answered 503 is retried once after a jittered half-second backoff and returns the invoice."""
    route = respx.get(f"{BASE}/coa/api/v1/invoice/7/").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=invoice_body())]
    )
    assert client.invoices.retrieve(7).id == 7
    assert route.call_count == 2
    assert len(delays) == 1 and 0.375 <= delays[0] <= 0.5


@respx.mock
def test_retries_stop_at_max_retries(client: Campfire, delays: list[float]) -> None:
    """A GET that keeps failing is sent 1 + max_retries times, with exponential jittered backoff, then raises."""
    route = respx.get(f"{BASE}/coa/api/v1/invoice/7/").respond(500)
    with pytest.raises(InternalServerError):
        client.invoices.retrieve(7)
    assert route.call_count == 3
    assert 0.375 <= delays[0] <= 0.5 and 0.75 <= delays[1] <= 1.0  # exponential backoff with jitter


@respx.mock
def test_retry_after_is_honoured(client: Campfire, delays: list[float]) -> None:
    """A 429's Retry-After header sets the wait before the retry."""
    respx.get(f"{BASE}/coa/api/v1/invoice/7/").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json=invoice_body())]
    )
    client.invoices.retrieve(7)
    assert delays == [2.0]


@respx.mock
def test_retry_after_beyond_cap_is_not_waited_for(client: Campfire, delays: list[float]) -> None:
    """A Retry-After beyond the cap is not waited for: the 429 is raised at once."""
    route = respx.get(f"{BASE}/coa/api/v1/invoice/7/").respond(429, headers={"Retry-After": "3600"})
    with pytest.raises(RateLimitError):
        client.invoices.retrieve(7)
    assert (route.call_count, delays) == (1, [])


@respx.mock
def test_create_is_not_resent_after_a_5xx(client: Campfire, delays: list[float]) -> None:
    """A 5xx may come after the invoice was created: never send the POST again."""
    route = respx.post(f"{BASE}/coa/api/v1/invoice/").respond(503)
    with pytest.raises(InternalServerError):
        client.invoices.create(invoice_date="2026-01-01", due_date="2026-01-31", entity=1, lines=[])
    assert route.call_count == 1


@respx.mock
def test_create_is_not_resent_after_a_read_timeout(client: Campfire, delays: list[float]) -> None:
    """A create that times out reading the answer is not sent again and raises APITimeoutError."""
    route = respx.post(f"{BASE}/coa/api/v1/invoice/").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        client.invoices.create(invoice_date="2026-01-01", due_date="2026-01-31", entity=1, lines=[])
    assert route.call_count == 1


@respx.mock
def test_create_is_retried_when_the_connection_never_opened(client: Campfire, delays: list[float]) -> None:
    """Connect errors mean the server never saw the request: safe even for a POST."""
    route = respx.post(f"{BASE}/coa/api/v1/invoice/").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(201, json=invoice_body())]
    )
    client.invoices.create(invoice_date="2026-01-01", due_date="2026-01-31", entity=1, lines=[])
    assert route.call_count == 2


@respx.mock
def test_create_is_retried_after_429(client: Campfire, delays: list[float]) -> None:
    """429 means the request was refused, not processed."""
    route = respx.post(f"{BASE}/coa/api/v1/invoice/").mock(
        side_effect=[httpx.Response(429), httpx.Response(201, json=invoice_body())]
    )
    client.invoices.create(invoice_date="2026-01-01", due_date="2026-01-31", entity=1, lines=[])
    assert route.call_count == 2


@respx.mock
def test_callers_may_opt_in_to_retrying_writes(client: Campfire, delays: list[float]) -> None:
    """With retry_writes=True a pay answered 502 is sent again and succeeds."""
    route = respx.post(f"{BASE}/coa/api/v1/invoice/7/pay/").mock(
        side_effect=[httpx.Response(502), httpx.Response(200, json={"journal_entry_ids": [1], "payment_ids": [2]})]
    )
    result = client.with_options(retry_writes=True).invoices.pay(7, empty_transactions=[])
    assert (route.call_count, result.payment_ids) == (2, [2])


@respx.mock
def test_read_only_post_is_retried(client: Campfire, delays: list[float]) -> None:
    """calculate-payment changes nothing, so it is retried like a GET."""
    body = {
        k: 0
        for k in (
            "total_due",
            "applied_payments",
            "applied_credits",
            "applied_withholding",
            "term_discounts",
            "remaining_due",
        )
    }
    route = respx.post(f"{BASE}/coa/api/v1/invoice/7/calculate-payment").mock(
        side_effect=[httpx.Response(500), httpx.Response(200, json=body)]
    )
    client.invoices.calculate_payment(7)
    assert route.call_count == 2


@respx.mock
def test_connection_error_after_retries(client: Campfire, delays: list[float]) -> None:
    """A GET whose connection keeps breaking is retried twice, then raises APIConnectionError (not a timeout)."""
    respx.get(f"{BASE}/coa/api/v1/invoice/7/").mock(side_effect=httpx.ReadError("reset"))
    with pytest.raises(APIConnectionError) as info:
        client.invoices.retrieve(7)
    assert not isinstance(info.value, APITimeoutError)
    assert len(delays) == 2


@respx.mock
def test_per_call_max_retries_and_timeout(client: Campfire, delays: list[float]) -> None:
    """max_retries and timeout given to one call override the client's: no retry, a 3.5 s read timeout."""
    route = respx.get(f"{BASE}/coa/api/v1/invoice/7/").respond(503)
    with pytest.raises(InternalServerError):
        client.invoices.retrieve(7, max_retries=0, timeout=3.5)
    assert route.call_count == 1
    assert route.calls.last.request.extensions["timeout"]["read"] == 3.5


@respx.mock
def test_retries_are_logged(client: Campfire, delays: list[float], caplog: pytest.LogCaptureFixture) -> None:
    """Each retry is logged at INFO on the campfire_sdk logger with the method and the status."""
    respx.get(f"{BASE}/coa/api/v1/invoice/7/").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=invoice_body())]
    )
    with caplog.at_level(logging.INFO, logger="campfire_sdk"):
        client.invoices.retrieve(7)
    assert any("Retrying GET" in r.message and "status 503" in r.message for r in caplog.records)


# ----------------------------------------------------------------------------- bodies and pages


@respx.mock
def test_patch_sends_only_given_fields(client: Campfire) -> None:
    """Fields not passed are not sent; None is sent as null."""
    route = respx.patch(f"{BASE}/coa/api/v1/invoice/7/").respond(json=invoice_body())
    client.invoices.partial_update(7, message_on_invoice=None, purchase_order_number="PO-1")
    assert json.loads(route.calls.last.request.content) == {"message_on_invoice": None, "purchase_order_number": "PO-1"}


@respx.mock
def test_void_without_date_sends_empty_body(client: Campfire) -> None:
    """void without a date sends an empty JSON object."""
    route = respx.post(f"{BASE}/coa/api/v1/invoice/7/void/").respond(json=invoice_body())
    client.invoices.void(7)
    assert json.loads(route.calls.last.request.content) == {}


@respx.mock
def test_iterating_a_page_walks_every_page(client: Campfire) -> None:
    """An offset page knows its next page, iter_pages yields every page, and iterating walks every item."""

    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        items = [payment_sync(i) for i in range(offset, min(offset + 2, 5))]
        nxt = f"{BASE}/coa/api/v1/invoice-payments?limit=2&offset={offset + 2}" if offset + 2 < 5 else None
        return httpx.Response(200, json={"count": 5, "next": nxt, "previous": None, "results": items})

    route = respx.get(f"{BASE}/coa/api/v1/invoice-payments").mock(side_effect=page)
    payments = client.invoice_payments.list(limit=2)
    assert payments.count == 5 and len(payments.results) == 2
    assert payments.next_page_info() == {"limit": "2", "offset": "2"}
    assert len(list(payments.iter_pages())) == 3
    assert [p.id for p in payments] == [0, 1, 2, 3, 4]
    assert route.calls.last.request.url.params["offset"] == "4"


@respx.mock
def test_cursor_pages_follow_the_cursor(client: Campfire) -> None:
    """A cursor-paged list is a SyncCursorPage whose iteration follows the next cursor."""

    def page(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params["cursor"]
        if cursor == "":
            return httpx.Response(
                200,
                json={
                    "count": 2,
                    "next": f"{BASE}/coa/api/v1/invoice-payments?cursor=abc",
                    "previous": None,
                    "results": [payment_sync(1)],
                },
            )
        assert cursor == "abc"
        return httpx.Response(200, json={"count": 2, "next": None, "previous": None, "results": [payment_sync(2)]})

    respx.get(f"{BASE}/coa/api/v1/invoice-payments").mock(side_effect=page)
    page_one = client.invoice_payments.list(cursor="")
    assert type(page_one).__name__ == "SyncCursorPage"
    assert [p.id for p in page_one] == [1, 2]


@respx.mock
def test_unknown_response_fields_are_kept(client: Campfire) -> None:
    """Models tolerate fields Campfire adds later."""
    respx.get(f"{BASE}/coa/api/v1/invoice/7/").respond(json=invoice_body(brand_new_field="x"))
    invoice = client.invoices.retrieve(7)
    assert invoice.model_extra == {"brand_new_field": "x"}
    assert invoice.created_at.utcoffset() is not None


@respx.mock
def test_timestamps_with_plus_0000_parse(client: Campfire) -> None:
    """Timestamps in Campfire's ``+0000`` form parse to aware datetimes in UTC."""
    respx.get(f"{BASE}/coa/api/v1/invoice/7/").respond(json=invoice_body(created_at="2025-07-25T18:54:43+0000"))
    created = client.invoices.retrieve(7).created_at
    assert (created.year, created.hour, created.utcoffset()) == (2025, 18, __import__("datetime").timedelta(0))


@respx.mock
def test_with_options_base_url_sends_elsewhere_and_shares_the_pool(client: Campfire) -> None:
    """with_options(base_url=...) sends to the other URL, shares the connection pool and leaves the original client's
    URL alone."""
    eu = respx.get("https://eu.example.test/coa/api/v1/invoice/7/").respond(200, json=invoice_body())
    home = respx.get(f"{BASE}/coa/api/v1/invoice/7/").respond(200, json=invoice_body())
    regional = client.with_options(base_url="https://eu.example.test/")
    assert regional.invoices.retrieve(7).id == 7
    assert client.invoices.retrieve(7).id == 7  # the original keeps its URL
    assert eu.call_count == 1 and home.call_count == 1
    assert regional._client is client._client and regional.base_url == "https://eu.example.test"


@respx.mock
def test_with_options_api_key_sends_the_other_key_on_the_same_pool(client: Campfire) -> None:
    """with_options(api_key=...) authenticates as the other workspace, shares the pool and leaves the original alone."""
    route = respx.get(f"{BASE}/coa/api/v1/invoice/7/").respond(200, json=invoice_body())
    other = client.with_options(api_key="other-key", default_headers={"X-Trace": "1"})
    other.invoices.retrieve(7)
    client.invoices.retrieve(7)
    sent = [call.request.headers for call in route.calls]
    assert [h["Authorization"] for h in sent] == ["Token other-key", "Token k"]
    assert sent[0]["X-Trace"] == "1" and "X-Trace" not in sent[1]
    assert other._client is client._client
    assert client.copy(api_key="third").api_key == "third"


def test_with_options_refuses_an_empty_key(client: Campfire) -> None:
    """An empty key given to with_options is refused before any request, as the constructor refuses none."""
    with pytest.raises(CampfireError, match=r"with_options\(api_key=\.\.\.\) needs a non-empty key"):
        client.with_options(api_key="")


def test_new_clients_share_one_ssl_context() -> None:
    """Clients the SDK builds share the process's SSL context (no certifi load each), sync and async alike."""
    from campfire_sdk._http import default_ssl_context

    first, second = Campfire(api_key="a"), AsyncCampfire(api_key="b")
    contexts = [c._client._transport._pool._ssl_context for c in (first, second)]  # type: ignore[attr-defined]
    assert contexts[0] is contexts[1] is default_ssl_context()
    first.close()


def test_own_http_client_keeps_its_tls_settings() -> None:
    """An ``http_client`` passed in is used as given: its ``verify`` setting is not replaced."""
    own = httpx.Client(verify=False)
    client = Campfire(api_key="a", http_client=own)
    assert client._client is own
    assert own._transport._pool._ssl_context.verify_mode.name == "CERT_NONE"  # type: ignore[attr-defined]
    own.close()


def test_ssl_cert_file_gets_its_own_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Setting ``SSL_CERT_FILE`` (which httpx honours) gives clients a context built from that file."""
    import certifi

    from campfire_sdk._http import default_ssl_context

    default = default_ssl_context()
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    assert default_ssl_context() is not default
    assert default_ssl_context() is default_ssl_context()
