"""Bounded work per request: oversized or degenerate input is a 400 or 413, never a 500 or a stall."""

from __future__ import annotations

import json
import time

import pytest
from starlette.testclient import TestClient

from campfire_mock.delivery import Attempt, Delivery
from campfire_mock.domain.seeding import read_seed
from campfire_mock.store import Store
from campfire_mock.views.webhooks import WEBHOOK_EVENTS_KIND, WEBHOOK_KIND
from campfire_mock.webhook_log import EventsLog

INVOICES = "/coa/api/v1/invoice/"
PREVIEW = "/coa/api/v1/invoice/report/preview"
NEW = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [{"amount": 5}]}
JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"entity": NaN}', "JSON parse error - NaN is not valid JSON"),
        ('{"entity": Infinity}', "JSON parse error - Infinity is not valid JSON"),
        ('{"entity": -Infinity}', "JSON parse error - -Infinity is not valid JSON"),
        ('{"entity": 1e400}', "JSON parse error - number 1e400 is out of range"),
        ('{"a":' * 40 + "1" + "}" * 40, "JSON nesting is deeper than 32 levels."),
        ('{"a":' * 100_000 + "1" + "}" * 100_000, "JSON nesting is deeper than 32 levels."),
    ],
)
def test_json_that_is_not_plain_data_is_a_400(client: TestClient, text: str, message: str) -> None:
    """NaN, infinities and absurd nesting are refused before validation."""
    answer = client.post(INVOICES, content=text, headers=JSON)
    assert answer.status_code == 400
    assert answer.json() == {"detail": message}


def test_integers_beyond_int64_are_a_field_error(client: TestClient) -> None:
    """An id over 2^63 - 1 is named as a field error, in the words of DRF's ``MaxValueValidator``."""
    answer = client.post(INVOICES, json={**NEW, "client": 2**64, "lines": [{"amount": 5, "product": 2**70}]})
    assert answer.status_code == 400
    too_big = f"Ensure this value is less than or equal to {2**63 - 1}."
    assert answer.json() == {"client": [too_big], "lines": [{"product": [too_big]}]}


def test_an_unknown_field_may_hold_an_integer_beyond_int64(client: TestClient) -> None:
    """DRF ignores a field the serializer does not declare, whatever it holds: the write succeeds without it."""
    answer = client.post("/coa/api/department", json={"name": "Big", "code": "BIG", "extra": {"n": 2**70}})
    assert answer.status_code == 201
    assert "extra" not in answer.json()


def test_a_free_form_field_keeps_an_integer_beyond_int64(client: TestClient) -> None:
    """A free-form field (DRF's ``JSONField``) keeps any integer, as DRF does: it is answered, read back, listed
    in a snapshot and re-imported digit for digit, beside orjson's usual output."""
    context = {"n": 2**70, "m": -(2**80), "small": 5, "ratio": 1.5}
    answer = client.patch(f"{INVOICES}58700/", json={"integration_context": context})
    assert answer.status_code == 200, answer.text
    assert answer.json()["integration_context"] == context
    assert client.get(f"{INVOICES}58700/").json()["integration_context"] == context
    snapshot = client.get("/__campfire_mock__/snapshot")
    assert b'"n":1180591620717411303424' in snapshot.content
    client.post("/__campfire_mock__/reset")
    assert client.post("/__campfire_mock__/snapshot", content=snapshot.content, headers=JSON).status_code in (200, 204)
    assert client.get(f"{INVOICES}58700/").json()["integration_context"] == context


def test_the_lowest_int64_is_a_valid_tag_id(client: TestClient) -> None:
    """-2^63 passes the schema in tag_ids, as upstream's int64 allows (then names no tag: DRF's ``Invalid pk``);
    one below it is refused with its bound."""
    line = {"amount": 5, "product": 2545, "tag_ids": [-(2**63)]}
    named = client.post(INVOICES, json={**NEW, "lines": [line]})
    assert (named.status_code, named.json()) == (
        400,
        {"lines": [{"tag_ids": [f'Invalid pk "{-(2**63)}" - object does not exist.']}]},
    )
    answer = client.post(INVOICES, json={**NEW, "lines": [{**line, "tag_ids": [-(2**63) - 1]}]})
    assert answer.status_code == 400
    below = f"Ensure this value is greater than or equal to {-(2**63)}."
    assert answer.json() == {"lines": [{"tag_ids": {"0": [below]}}]}


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_every_date_drf_accepts_is_accepted(client: TestClient, day: str) -> None:
    """An invoice may be dated on the first and the last day Python's and DRF's ``DateField`` take."""
    answer = client.post(INVOICES, json={**NEW, "invoice_date": day, "due_date": day})
    assert answer.status_code == 201
    assert (answer.json()["invoice_date"], answer.json()["due_date"]) == (day, day)


def test_a_date_python_cannot_hold_is_a_field_error(client: TestClient) -> None:
    """Year 0 and year 10000 are refused with DRF's format message, naming each field."""
    answer = client.post(INVOICES, json={**NEW, "invoice_date": "0000-12-31", "due_date": "10000-01-01"})
    assert answer.status_code == 400
    message = ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]
    assert answer.json() == {"invoice_date": message, "due_date": message}


@pytest.mark.parametrize("bucket", ["day", "week", "month", "quarter", "year"])
def test_reports_bucket_the_extreme_supported_dates(client: TestClient, bucket: str) -> None:
    """Invoices dated 9999-12-31 and 0001-01-01 group by every bucket (the last week and month of 9999 end on
    its last day)."""
    for day in ("9999-12-31", "0001-01-01"):
        assert client.post(INVOICES, json={**NEW, "invoice_date": day, "due_date": day}).status_code == 201
    answer = client.get(PREVIEW, params={"group_fields": f"invoice_date_{bucket}", "aggregation_fields": "sum:amount"})
    assert answer.status_code == 200
    assert answer.json()["count"] >= 2


def test_too_many_lines_is_a_400(client: TestClient) -> None:
    """An invoice has at most 1,000 lines."""
    answer = client.post(INVOICES, json={**NEW, "lines": [{"amount": 1}] * 1001})
    assert answer.status_code == 400
    assert answer.json() == {"lines": ["Ensure this field has no more than 1000 elements."]}


def test_form_with_too_many_fields_is_a_413_in_linear_time(client: TestClient) -> None:
    """5,000 distinct form fields are refused quickly (the parse is one pass), not after seconds."""
    body = "&".join(f"f{i}=1" for i in range(5_000))
    started = time.perf_counter()
    answer = client.post("/coa/api/department", content=body, headers=FORM)
    elapsed = time.perf_counter() - started
    assert answer.status_code == 413
    assert answer.json() == {"detail": "A form body may have at most 1000 fields."}
    assert elapsed < 10  # a loose bound: the old quadratic parse took about 29 s


def test_report_with_too_many_cells_is_a_413(client: TestClient) -> None:
    """A pivot whose grid would exceed 1,000,000 cells is refused before it is computed."""
    bulk = [{**NEW, "invoice_date": f"2026-01-{1 + i % 28:02d}", "lines": [{"amount": i + 1}]} for i in range(1000)]
    for start in range(0, 1000, 250):  # a bulk create holds at most 250 invoices
        assert client.post(f"{INVOICES}bulk-create/", json={"invoices": bulk[start : start + 250]}).status_code == 201
    params = {
        "group_fields": "invoice_id",
        "pivot_fields": "invoice_id,invoice_date_day",
        "shouldPivot": "true",
        "aggregation_fields": "sum:amount,avg:amount,min:amount,max:amount,sum:tax,sum:quantity",
    }
    answer = client.get(PREVIEW, params=params)
    assert answer.status_code == 413
    assert answer.json()["detail"].startswith("This report would compute")


def test_request_log_keeps_bounded_text(client: TestClient) -> None:
    """A long query string is logged cut to 2,048 characters."""
    client.get(INVOICES, params={"q": "x" * 10_000}, headers={"X-Request-Id": "long-query"})
    log = client.get("/__campfire_mock__/requests", params={"limit": 10_000}).json()["results"]
    (entry,) = [e for e in log if e["request_id"] == "long-query"]
    assert len(entry["query"]) == 2048


def test_body_over_the_limit_is_a_413(client: TestClient) -> None:
    """A body over --max-body-bytes (10 MiB) is refused unread."""
    answer = client.post(INVOICES, content=json.dumps({"x": "y" * (11 * 1024 * 1024)}), headers=JSON)
    assert answer.status_code == 413
    assert answer.json() == {"detail": f"Request body exceeds the limit of {10 * 1024 * 1024} bytes."}


BULK = "/coa/api/v1/invoice/bulk-create"
PAY = "/coa/api/v1/invoice/47864/pay/"
FORM = {"content-type": "application/x-www-form-urlencoded"}
APPLY = "/coa/api/v1/invoice/bulk-apply-payment"  # declares an urlencoded body (an invoice's does not)


@pytest.mark.parametrize(
    ("path", "field", "most"),
    [
        (BULK, "invoices", 1_000),
        (PAY, "empty_transactions", 1_000),
        ("/coa/api/v1/invoice/bulk-search", "invoices", 10_000),
    ],
)
def test_a_list_longer_than_its_field_allows_is_one_error(client: TestClient, path: str, field: str, most: int) -> None:
    """A list over its field's ``maxItems`` (or ``MAX_ITEMS``) is one 400, its items never checked."""
    answer = client.post(path, content=json.dumps({field: [1] * (most + 1)}), headers=JSON)
    assert answer.status_code == 400
    assert answer.json() == {field: [f"Ensure this field has no more than {most} elements."]}


def test_a_huge_json_list_is_refused_while_it_is_parsed(client: TestClient) -> None:
    """A list of 10,001 items is one small 400 naming the field, whatever the field allows."""
    answer = client.post(BULK, content=json.dumps({"invoices": [1] * 10_001}), headers=JSON)
    assert answer.status_code == 400
    assert answer.json() == {"invoices": ["Ensure this field has no more than 10000 elements."]}


def test_a_json_body_of_too_many_values_is_a_413_before_it_is_parsed(client: TestClient) -> None:
    """1.5 million values (3 MB) are refused by counting, before a single one is built."""
    started = time.perf_counter()
    answer = client.post(BULK, content=json.dumps({"invoices": [1] * 1_500_000}), headers=JSON)
    assert answer.status_code == 413
    assert answer.json() == {"detail": "A JSON body may hold at most 200000 values."}
    assert time.perf_counter() - started < 10  # a loose bound: it used to take minutes and gigabytes


def test_commas_inside_strings_are_not_values(client: TestClient) -> None:
    """A long text full of commas is one value: the body passes the count and is validated as usual."""
    answer = client.post(INVOICES, json={**NEW, "message_on_invoice": "," * 300_000})
    assert answer.status_code == 201


def test_a_repeated_form_field_longer_than_allowed_is_one_error(client: TestClient) -> None:
    """1,001 ``invoices=1`` values in a form are one 400, before any value is coerced."""
    answer = client.post(BULK, files=[("invoices", (None, "1"))] * 1_001)
    assert answer.status_code == 400
    assert answer.json() == {"invoices": ["Ensure this field has no more than 1000 elements."]}


def test_a_form_of_too_many_values_is_a_413_before_it_is_parsed(client: TestClient) -> None:
    """A form body of more than 20,000 values (a repeated name counting each time) is a 413."""
    answer = client.post(APPLY, content="&".join(["invoice_ids=1"] * 20_001), headers=FORM)
    assert answer.status_code == 413
    assert answer.json() == {"detail": "A form body may have at most 20000 values."}


def test_the_largest_list_the_spec_allows_fits_in_a_form(client: TestClient) -> None:
    """Department bulk search allows 10,000 items (its ``maxItems``); as a form, that many values is read and
    each item checked (text is no department object: field errors, not a 413)."""
    answer = client.post("/coa/api/department/bulk-search", files=[("departments", (None, "name"))] * 10_000)
    assert answer.status_code == 400, answer.text[:200]
    assert answer.json()["departments"][0] == {"non_field_errors": ["Invalid data. Expected a dictionary."]}


def test_item_errors_are_capped_and_counted(client: TestClient) -> None:
    """Of 1,000 bad payments, the first 100 item errors are shown and the other 900 are counted."""
    bad = {"amount": -1, "payment_date": "2026-01-01", "account_id": 1, "account_name": "x"}
    answer = client.post(PAY, json={"empty_transactions": [bad] * 1_000})
    assert answer.status_code == 400
    body = answer.json()
    assert len(body["empty_transactions"]) == 100
    assert body["empty_transactions"][0] == {"amount": ["Ensure this value is greater than or equal to 0.005."]}
    assert body["non_field_errors"] == [
        "empty_transactions: 900 more items have errors (only the first 100 are shown)."
    ]


def test_a_bulk_create_has_a_limit_on_lines_in_all(client: TestClient) -> None:
    """Bulk-created invoices may hold at most 1,000 lines together, and be at most 250."""
    before = client.get(INVOICES).json()["count"]
    answer = client.post(BULK, json={"invoices": [{**NEW, "lines": [{"amount": 1}] * 500}] * 3})
    assert answer.status_code == 400
    assert answer.json() == {"invoices": ["Ensure these invoices have no more than 1000 lines in all (1500 given)."]}
    answer = client.post(BULK, json={"invoices": [NEW] * 251})
    assert answer.status_code == 400
    assert answer.json() == {"invoices": ["Ensure this field has no more than 250 elements."]}
    assert client.get(INVOICES).json()["count"] == before


def test_bad_bulk_items_get_messages_for_the_first_100(client: TestClient) -> None:
    """Of 250 bad bulk items, the first 100 get DRF messages, the others are marked and counted."""
    answer = client.post(BULK, json={"invoices": [{**NEW, "client": "x"}] * 250})
    assert answer.status_code == 400
    body = answer.json()
    assert body["invoices"][0] == {"client": ["A valid integer is required."]}
    assert len(body["invoices"]) == 100
    assert body["non_field_errors"] == ["invoices: 150 more items have errors (only the first 100 are shown)."]


def test_item_errors_of_a_long_list_are_counted_without_building_them(client: TestClient) -> None:
    """1,000 payments that break the schema: 100 item errors and one line counting the other 900."""
    answer = client.post(PAY, json={"empty_transactions": [{"amount": -1, "payment_date": "x"}] * 1_000})
    assert answer.status_code == 400
    body = answer.json()
    assert len(body["empty_transactions"]) == 100
    assert body["empty_transactions"][0]["payment_date"] == [
        "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."
    ]
    assert body["non_field_errors"] == [
        "empty_transactions: 900 more items have errors (only the first 100 are shown)."
    ]


@pytest.mark.parametrize("content_type", ["json", "form"])
def test_a_lone_surrogate_is_a_400_naming_the_field(client: TestClient, content_type: str) -> None:
    """``"\\ud800"`` in a string is refused by name, and the invoice list still answers afterwards."""
    if content_type == "json":
        text = json.dumps({**NEW, "lines": [{"amount": 5, "description": "X"}]}).replace("X", "\\ud800")
        answer = client.post(INVOICES, content=text, headers=JSON)
    else:
        fields = {k: v for k, v in NEW.items() if k != "lines"}
        lines = '[{"amount": 5, "description": "\\ud800"}]'
        answer = client.post(INVOICES, files={k: (None, str(v)) for k, v in {**fields, "lines": lines}.items()})
    assert answer.status_code == 400
    assert answer.json() == {
        "lines": [{"description": ["Not a valid string: it holds a lone surrogate (no Unicode character)."]}]
    }
    assert client.get(INVOICES).status_code == 200


def test_a_lone_surrogate_in_a_key_is_a_400(client: TestClient) -> None:
    """A field name with a lone surrogate is named (escaped) in the 400."""
    answer = client.post("/coa/api/vendor", content='{"name": "x", "\\udfff": 1}', headers=JSON)
    assert answer.status_code == 400
    assert answer.json() == {"\\udfff": ["Not a valid string: it holds a lone surrogate (no Unicode character)."]}


def test_a_numeric_string_id_beyond_int64_is_a_field_error(client: TestClient) -> None:
    """A vendor's ``stripe_connection`` of 25 digits is a 400, and the vendor list still answers."""
    answer = client.post("/coa/api/vendor", json={"name": "x", "stripe_connection": "9" * 25})
    assert answer.status_code == 400
    # DRF reads the text as an integer first: 25 digits are beyond 64 bits, as the same number sent as one is
    assert answer.json() == {"stripe_connection": ["Ensure this value is less than or equal to 9223372036854775807."]}
    assert client.get("/coa/api/vendor").status_code == 200


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("lines=" + "[" * 100_000 + "]" * 100_000, {"lines": ["JSON nesting is deeper than 32 levels."]}),
        ("client=" + "9" * 5_000, {"client": [f"Ensure this value is less than or equal to {2**63 - 1} in size."]}),
    ],
)
def test_degenerate_form_fields_are_a_400(client: TestClient, body: str, expected: dict[str, list[str]]) -> None:
    """Deep JSON in a form field and 5,000-digit integers are field errors, not a plain-text 500."""
    name, value = body.split("=", 1)
    answer = client.post(INVOICES, files={name: (None, value)})  # multipart: an invoice's form type
    assert answer.status_code == 400
    assert answer.json() == expected


def test_a_5000_digit_id_in_a_path_is_a_404(client: TestClient) -> None:
    """An id longer than any 64-bit id gets the 404 a non-numeric id gets."""
    answer = client.get(f"{INVOICES}{'9' * 5_000}/")
    assert answer.status_code == 404
    assert answer.json() == {"detail": "Not found."}


def test_terms_cannot_push_the_due_date_past_the_supported_years(client: TestClient) -> None:
    """Moving an invoice of 9999-12-01 to net_120 terms would make it fall due in 10000: a 400 on ``due_date``."""
    created = client.post(INVOICES, json={**NEW, "invoice_date": "9999-12-01", "due_date": "9999-12-31"}).json()
    answer = client.patch(f"{INVOICES}{created['id']}/", json={"terms": "net_120"})
    assert answer.status_code == 400
    assert answer.json() == {"due_date": ["Ensure the date falls between the years 1 and 9999."]}
    assert client.patch(f"{INVOICES}{created['id']}/", json={"memo": "still fine"}).status_code == 200


def test_an_invoice_total_over_the_amount_cap_is_a_400(client: TestClient) -> None:
    """Lines each under 10^12 that add up past it are refused."""
    answer = client.post(INVOICES, json={**NEW, "lines": [{"amount": 999_999_999_999}] * 2})
    assert answer.status_code == 400
    assert answer.json() == {"lines": ["Ensure the invoice total is less than 1000000000000 in size."]}


def test_payments_adding_up_past_the_amount_cap_are_a_400(client: TestClient) -> None:
    """Manual payments each under 10^12 whose sum (and overpayment credit memo) would pass it are refused."""
    item = {"amount": 999_999_999_999, "payment_date": "2026-01-20", "account_id": 1010, "account_name": "Bank"}
    answer = client.post(PAY, json={"empty_transactions": [item] * 2})
    assert answer.status_code == 400
    assert answer.json() == {"non_field_errors": ["Ensure the payments add up to less than 1000000000000."]}


def test_a_bulk_create_of_250_invoices_due_by_their_terms_is_created(client: TestClient) -> None:
    """250 items without ``due_date`` (it follows their terms) pass the fast check past the first 100."""
    item = {k: v for k, v in NEW.items() if k != "due_date"}
    answer = client.post(BULK, json={"invoices": [item] * 250})
    assert answer.status_code == 201
    assert answer.json()[249]["due_date"] == "2026-02-09"


def test_usage_event_reads_answer_a_data_integer_beyond_int64(client: TestClient) -> None:
    """A snapshot may keep an integer beyond 64 bits in a usage event's free-form ``data``: its two reads
    answer it once, digit for digit, and as a template column, never a 500."""
    events = "/rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/usage-events"
    commit = "/rr/api/v1/contracts/12954/prepaid-commits/1/usage-events"
    snapshot = json.loads(client.get("/__campfire_mock__/snapshot").content)
    parent = {"contract_id": 12954, "commit_id": 1}
    snapshot["objects"][events] = [
        {"id": n, "period_month": "2026-03-01", "data": {"k": k}, "_parent": parent}
        for n, k in enumerate((2**70, 3, 2**70), 1)
    ]
    imported = client.post("/__campfire_mock__/snapshot", content=json.dumps(snapshot), headers=JSON)
    assert imported.status_code in (200, 204), imported.text
    values = client.get(f"{commit}/distinct-values", params={"field": "k"})
    assert values.status_code == 200, values.text
    assert b"1180591620717411303424" in values.content
    answered = json.loads(values.content)
    assert answered["field"] == "k" and sorted(answered["values"]) == [3, 2**70]
    template = client.get(f"{commit}/template")
    assert template.status_code == 200
    assert template.text == "external_id,event_date,total_events,total_revenue_dollars,k\r\n"


def test_a_webhook_event_logs_a_delivered_integer_beyond_int64_exactly() -> None:
    """A delivery whose object holds an integer beyond 64 bits (a free-form field may) is logged on its
    webhook's events with that integer, not the float orjson would read it as."""
    store = Store(read_seed("demo"))
    with store.write("a") as ws:
        ws.table(WEBHOOK_KIND)[99] = {"id": 99, "url": "http://127.0.0.1:9/", "active": True, "token": "whsec_x"}
    body = b'{"object_id": 1, "object": {"integration_context": {"n": 1180591620717411303425, "m": 5}}}'
    delivery = Delivery("a", 99, "http://127.0.0.1:9/", "whsec_x", "evt_1", "invoice.updated", body)
    EventsLog(store, WEBHOOK_KIND, WEBHOOK_EVENTS_KIND).record(Attempt(delivery, 1, "delivered", {}))
    with store.write("a") as ws:
        (row,) = ws.table(WEBHOOK_EVENTS_KIND).values()
    assert row["object"]["object"]["integration_context"] == {"n": 2**70 + 1, "m": 5}
