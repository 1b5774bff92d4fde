"""Request bodies cleaned before the handler runs (``views/cleaning.py``): read-only and unknown fields
dropped, lines included, relation ids read as DRF reads them, once per request."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from campfire_mock.errors import ValidationFailed
from campfire_mock.limits import MAX_INT
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.openapi.shapes import Shapes

SPEC = load_spec(packaged_spec())
INVOICES = "/coa/api/v1/invoice/"
BILL_EXAMPLE = SPEC["paths"]["/coa/api/v1/bill/"]["post"]["requestBody"]["content"]["application/json"]["examples"]
TOO_LARGE = f"Ensure this value is less than or equal to {MAX_INT} in size."


def test_the_cleaner_keeps_writable_fields_of_the_body_and_its_lines() -> None:
    """An invoice body loses read-only and unknown fields, its lines' too, and reads ``"42"`` as 42, ``""`` as null."""
    clean = Shapes(SPEC).cleaner("AccountingInvoice")
    body = {
        "id": 1,
        "client": "42",
        "entity": "",
        "total_amount": 9,
        "bogus": True,
        "lines": [{"id": 3, "amount": 5, "product": "7", "account_name": "x"}, "not an object"],
    }
    assert clean(body) == {"client": 42, "entity": None, "lines": [{"amount": 5, "product": 7}, "not an object"]}


def test_a_created_invoice_ignores_the_read_only_fields_it_was_sent(client: TestClient) -> None:
    """``id``, ``total_amount`` and a line's ``id`` sent with a create are ignored: the twin makes its own."""
    sent = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": "54", "client": 42}
    made = client.post(INVOICES, json={**sent, "id": 1, "total_amount": 999, "lines": [{"id": 5, "amount": 5}]})
    assert made.status_code == 201, made.text
    body = made.json()
    assert (body["id"] != 1, body["total_amount"], body["entity"]) == (True, 5, 54)
    assert body["lines"][0]["id"] != 5


def test_a_relation_id_beyond_max_int_is_a_400_naming_it_under_its_line() -> None:
    """A line's ``product`` as a numeric string past the largest id is a 400 under that line's position."""
    clean = Shapes(SPEC).cleaner("AccountingInvoice")
    with pytest.raises(ValidationFailed) as refused:
        clean({"client": 42, "lines": [{"amount": 1}, {"amount": 5, "product": str(MAX_INT + 1)}]})
    assert (refused.value.status, refused.value.body()) == (400, {"lines": [{}, {"product": [TOO_LARGE]}]})


def test_a_bill_line_sending_tags_as_objects_keeps_them(client: TestClient) -> None:
    """The docs' Create Bill sends a line's read-only ``tags`` as objects: they are read as its tags before cleaning."""
    sent = BILL_EXAMPLE["CreateBillRequest"]["value"]
    made = client.post("/coa/api/v1/bill/", json={**sent, "id": 1, "amount_paid": 7})
    assert made.status_code == 201, made.text
    body = made.json()
    assert (body["id"] != 1, body["amount_paid"]) == (True, 0)
    assert [tag["id"] for tag in body["lines"][0]["tags"]] == [8355]
