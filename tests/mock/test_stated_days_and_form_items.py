"""What the empty-folder Schemathesis run found the served spec allowing and the service refusing, now stated: a
February 29th of a year that has none (a day pattern now knows leap years, as Python's calendar does), and a form
list's item sent as ``null`` (a part is text: "null" is no relation id)."""

from __future__ import annotations

import re
import typing as t

import pytest
from starlette.testclient import TestClient

PREVIEW = "/coa/api/v1/invoice/report/preview"


def _pattern(client: TestClient, path: str, name: str) -> str:
    params = client.get("/openapi.json").json()["paths"][path]["get"]["parameters"]
    (param,) = [p for p in params if p["name"] == name]
    schema = param["schema"]
    (branch,) = [b for b in schema.get("anyOf", [schema]) if "pattern" in b]
    return str(branch["pattern"])


@pytest.mark.parametrize(
    ("value", "exists"),
    [
        ("0610-02-29T23:10:08", False),  # the run's value: 610 is no leap year
        ("1900-02-29", False),
        ("2023-02-29T10:00:00Z", False),
        ("0608-02-29T23:10:08", True),
        ("2000-02-29", True),
        ("2024-02-29T10:00:00+0000", True),
        ("2023-02-28", True),
    ],
)
def test_a_report_bound_on_a_day_the_calendar_lacks_is_refused_by_the_spec(
    client: TestClient, value: str, exists: bool
) -> None:
    """The invoice report's ``paid_at_lte`` pattern takes February 29th only in a leap year; the service answers
    what the pattern takes and refuses the rest (400 under the parameter)."""
    assert bool(re.search(_pattern(client, PREVIEW, "paid_at_lte"), value)) is exists
    answer = client.get(PREVIEW, params={"paid_at_lte": value})
    assert answer.status_code == (200 if exists else 400), answer.text
    if not exists:
        assert list(answer.json()) == ["paid_at_lte"]


def test_a_form_lists_items_are_never_null(client: TestClient) -> None:
    """In a contract's multipart twin, a ``tags`` item cannot be null (JSON's nullable tag ids are text in a
    form), so the run no longer sends ``tags=null``, which the service refuses ("Expected pk value")."""
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/rr/api/v1/contracts"]["post"]["requestBody"]["content"]
    form = body["multipart/form-data"]["schema"]
    if "$ref" in form:
        form = spec["components"]["schemas"][form["$ref"].rsplit("/", 1)[-1]]

    def nullable_items(node: t.Any, in_items: bool = False) -> list[t.Any]:
        if isinstance(node, list):
            return [n for x in node for n in nullable_items(x, in_items)]
        if not isinstance(node, dict):
            return []
        found = [node] if in_items and node.get("nullable") else []
        for key, value in node.items():
            if key == "x-campfire-devkit" or key == "properties":
                continue  # (an object item's own fields are JSON inside its part: they may be null)
            found += nullable_items(value, in_items or key == "items")
        return found

    assert nullable_items(form["properties"]["tags"]) == []
    refused = client.post("/rr/api/v1/contracts", files={"tags": (None, "null"), "deal_name": (None, "x")})
    assert refused.status_code == 400
    assert "tags" in refused.json()
