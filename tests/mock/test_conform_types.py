"""The answer conformer (``openapi/conform.py``) never swaps a stored value of the wrong type for a schema
default: it converts what DRF's field would convert exactly (``"12"`` for an integer, ``12.5`` as a two-place
decimal's ``"12.50"``) and answers a 500 naming the field for anything else, where it used to answer the
first enum value, ``0``, ``""`` or ``"0.00"`` in its place."""

from __future__ import annotations

import datetime as dt
import typing as t

import pytest

from campfire_mock.openapi.conform import MISSING, Context, WrongType, conform

CTX = Context(dt.datetime(2026, 5, 1, tzinfo=dt.UTC))
BOOK = {"type": "string", "nullable": True, "readOnly": True, "pattern": r"^-?\d+\.\d{2}$"}
STATUS = {"type": "string", "enum": ["ACTIVE", "ENDED"]}
INVOICE = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "status": {"oneOf": [STATUS, {"enum": [None]}]},
        "total_amount_book": BOOK,
        "paid": {"type": "boolean"},
        "lines": {"type": "array", "items": {"type": "object", "properties": {"amount": {"type": "number"}}}},
        "invoice_date": {"type": "string", "format": "date"},
    },
}


def test_exact_conversions_are_made_as_drf_s_fields_make_them() -> None:
    """Integer text, a decimal's fixed places, a boolean's text and a date's text are answered converted."""
    stored = {
        "id": "42",
        "status": "ACTIVE",
        "total_amount_book": 12.5,
        "paid": "true",
        "lines": [{"amount": "3.25"}],
        "invoice_date": dt.date(2026, 4, 30),
    }
    assert conform(INVOICE, stored, CTX) == {
        "id": 42,
        "status": "ACTIVE",
        "total_amount_book": "12.50",
        "paid": True,
        "lines": [{"amount": 3.25}],
        "invoice_date": "2026-04-30",
    }
    assert conform(BOOK, "7", CTX) == "7.00"


def test_a_value_nothing_was_stored_for_still_takes_the_schema_default() -> None:
    """Only a value the object holds is checked: a missing one is null where allowed, else the default."""
    assert conform(INVOICE, {}, CTX) == {
        "id": 0,
        "status": None,
        "total_amount_book": None,
        "paid": False,
        "lines": [],
        "invoice_date": "2026-05-01",
    }
    assert conform(STATUS, MISSING, CTX) == "ACTIVE"


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        ({"id": "forty"}, "id is 'forty', not an integer as its schema declares"),
        ({"status": "PAUSED"}, "status is 'PAUSED', not one of its declared values ['ACTIVE', 'ENDED']"),
        ({"total_amount_book": 12.345}, "total_amount_book is 12.345, not a string of pattern"),
        ({"paid": "maybe"}, "paid is 'maybe', not a boolean as its schema declares"),
        ({"lines": [{"amount": 1}, {"amount": "a lot"}]}, "lines.1.amount is 'a lot', not a number"),
        ({"lines": {"amount": 1}}, "lines is {'amount': 1}, not an array as its schema declares"),
        ({"invoice_date": "30/04/2026"}, "invoice_date is '30/04/2026', not a string of format 'date'"),
    ],
)
def test_a_stored_value_of_the_wrong_type_is_a_500_naming_it_not_a_default(
    stored: dict[str, t.Any], message: str
) -> None:
    """Each wrong-typed value raises a 500 whose answer names the field by its path and shows the value."""
    with pytest.raises(WrongType) as raised:
        conform(INVOICE, stored, CTX)
    assert raised.value.status == 500
    detail = raised.value.body()["detail"]
    assert detail.startswith(f"A server error occurred: {message}"), detail


def test_a_read_only_field_in_a_written_line_is_ignored_not_stored(client: t.Any) -> None:
    """A bundle line's read-only ``product_name`` sent as an object is ignored, as DRF ignores read-only input:
    the bundle is made and its line answers the product's name (its relation tells it), never the object sent or a
    500."""
    contract = client.get("/rr/api/v1/contracts").json()["results"][0]["id"]
    product = client.get("/rr/api/v1/product").json()["results"][0]
    line = {"amount": "0", "product": product["id"], "product_name": {"made": "up"}}
    body = {"contract": contract, "bundle_name": "B", "start_date": "2026-01-01", "end_date": "2026-12-31"}
    made = client.post(f"/rr/api/v1/contracts/{contract}/bundles", json={**body, "lines": [line]})
    assert made.status_code == 201, made.text
    assert made.json()["lines"][0]["product_name"] == product["product_name"] == "Widget A"
    share = {"product": product["id"], "product_name": {"made": "up"}, "percentage_allocation": 100}
    bundle = client.post("/rr/api/v1/product-bundles", json={"bundle_name": "B", "lines": [share]})
    assert bundle.status_code == 201, bundle.text
    assert bundle.json()["lines"][0]["product_name"] == product["product_name"]
