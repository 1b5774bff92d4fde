"""Bounded work per request: oversized or degenerate input is a 400 or 413, never a 500 or a stall."""

from __future__ import annotations

import json
import time

import pytest
from starlette.testclient import TestClient

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
    assert answer.json() == {"non_field_errors": [message]}


def test_integers_beyond_int64_are_a_field_error(client: TestClient) -> None:
    """An id over 2^63 - 1 is named as a field error."""
    answer = client.post(INVOICES, json={**NEW, "client": 2**64, "lines": [{"amount": 5, "product": 2**70}]})
    assert answer.status_code == 400
    too_big = f"Ensure this value is less than or equal to {2**63 - 1} in size."
    assert answer.json() == {"client": [too_big], "lines": [{"product": [too_big]}]}


def test_the_lowest_int64_is_a_valid_tag_id(client: TestClient) -> None:
    """-2^63 is accepted in tag_ids, as upstream's int64 allows; one below it is refused with its bound."""
    line = {"amount": 5, "product": 2545, "tag_ids": [-(2**63)]}
    assert client.post(INVOICES, json={**NEW, "lines": [line]}).status_code == 201
    answer = client.post(INVOICES, json={**NEW, "lines": [{**line, "tag_ids": [-(2**63) - 1]}]})
    assert answer.status_code == 400
    assert answer.json() == {"lines": [{"tag_ids": [[f"Ensure this value is greater than or equal to {-(2**63)}."]]}]}


@pytest.mark.parametrize("day", ["9999-12-31", "1899-12-31"])
def test_dates_outside_the_supported_years_are_a_field_error(client: TestClient, day: str) -> None:
    """Dates a report could not bucket by week, month or quarter are refused on the way in."""
    answer = client.post(INVOICES, json={**NEW, "invoice_date": day, "due_date": day})
    assert answer.status_code == 400
    message = ["Ensure the date falls between the years 1900 and 9000."]
    assert answer.json() == {"invoice_date": message, "due_date": message}


@pytest.mark.parametrize("bucket", ["day", "week", "month", "quarter", "year"])
def test_reports_bucket_the_extreme_supported_dates(client: TestClient, bucket: str) -> None:
    """Invoices dated 9000-12-31 and 1900-01-01 group by every bucket."""
    for day in ("9000-12-31", "1900-01-01"):
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
    """40,000 form fields are refused quickly (the parse is one pass), not after tens of seconds."""
    body = "&".join(f"f{i}=1" for i in range(40_000))
    started = time.perf_counter()
    answer = client.post(INVOICES, content=body, headers={"content-type": "application/x-www-form-urlencoded"})
    elapsed = time.perf_counter() - started
    assert answer.status_code == 413
    assert answer.json() == {"detail": "A form body may have at most 1000 fields."}
    assert elapsed < 10  # a loose bound: the old quadratic parse took about 29 s


def test_report_with_too_many_cells_is_a_413(client: TestClient) -> None:
    """A pivot whose grid would exceed 5,000,000 cells is refused before it is computed."""
    bulk = [{**NEW, "invoice_date": f"2026-01-{1 + i % 28:02d}", "lines": [{"amount": i + 1}]} for i in range(1000)]
    assert client.post(f"{INVOICES}bulk-create/", json={"invoices": bulk}).status_code == 201
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
    client.get(INVOICES, params={"q": "x" * 10_000})
    entry = client.get("/__campfire_mock__/requests", params={"limit": 1000}).json()["results"][-1]
    assert len(entry["query"]) == 2048


def test_body_over_the_limit_is_a_413(client: TestClient) -> None:
    """A body over --max-body-bytes (10 MiB) is refused unread."""
    answer = client.post(INVOICES, content=json.dumps({"x": "y" * (11 * 1024 * 1024)}), headers=JSON)
    assert answer.status_code == 413
    assert answer.json() == {"detail": f"Request body exceeds the limit of {10 * 1024 * 1024} bytes."}
