"""A nested list item's error keeps DRF's shape (a list with one dict per item, ``{}`` for good ones) as deep
as the spec's error schema nests (``ValidationErrorBody``), for JSON and multipart bodies alike."""

from __future__ import annotations

import json
import typing as t

import jsonschema
from starlette.testclient import TestClient

from campfire_mock.openapi.documents import packaged_spec
from campfire_mock.openapi.error_tree import error_tree

BULK = "/coa/api/v1/invoice/bulk-create/"
INVOICE = {"entity": 54, "client": 42, "invoice_date": "2026-05-01", "due_date": "2026-05-31"}
DRF_SHAPE = {"invoices": [{"lines": [{}, {"product": ["A valid integer is required."]}]}]}


def _error_schema() -> dict[str, t.Any]:
    """The spec's ``ValidationErrorBody``, its references resolved."""
    schemas = json.loads(packaged_spec().with_suffix(".json").read_text(encoding="utf-8"))["components"]["schemas"]

    def resolved(node: t.Any) -> t.Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return resolved(schemas[node["$ref"].rsplit("/", 1)[1]])
            return {k: resolved(v) for k, v in node.items() if not k.startswith("x-")}
        return [resolved(v) for v in node] if isinstance(node, list) else node

    return t.cast(dict[str, t.Any], resolved(schemas["ValidationErrorBody"]))


def test_a_field_of_a_nested_list_item_is_keyed_as_drf_keys_it() -> None:
    """Line 1's ``rate`` in bulk invoice 0: a list of items, ``{}`` for line 0 (it was ``{"1.rate": ...}``)."""
    tree = error_tree(["invoices", 0, "lines", 1, "rate"], "A valid number is required.")
    assert tree == {"invoices": [{"lines": [{}, {"rate": ["A valid number is required."]}]}]}
    jsonschema.validate(tree, _error_schema())


def test_a_path_deeper_than_the_error_schema_joins_its_tail_and_stays_valid() -> None:
    """An item of a list inside such a line (6 keys) is keyed by its index, as DRF's ``ListField``; a path deeper
    than the schema's levels (7 keys) joins its last two, so the body still fits the schema."""
    tree = error_tree(["invoices", 0, "lines", 0, "tag_ids", 2], "A valid integer is required.")
    assert tree == {"invoices": [{"lines": [{"tag_ids": {"2": ["A valid integer is required."]}}]}]}
    jsonschema.validate(tree, _error_schema())
    deeper = error_tree(["invoices", 0, "lines", 0, "tag_ids", 2, "x"], "A valid integer is required.")
    assert deeper == {"invoices": [{"lines": [{"tag_ids": {"2.x": ["A valid integer is required."]}}]}]}
    jsonschema.validate(deeper, _error_schema())


def _lines() -> list[dict[str, t.Any]]:
    return [{"product": 1, "rate": 1}, {"product": "x", "rate": 2}]


def test_a_json_body_answers_the_nested_item_error_in_drfs_shape(client: TestClient) -> None:
    """A JSON bulk create whose second line names product ``"x"``: 400, keyed by invoice and line."""
    refused = client.post(BULK, json={"invoices": [{**INVOICE, "lines": _lines()}]})
    assert refused.status_code == 400
    assert refused.json() == DRF_SHAPE


def test_a_multipart_body_answers_the_nested_item_error_in_drfs_shape(client: TestClient) -> None:
    """The same invoices sent as a multipart part holding their JSON list: the same 400."""
    refused = client.post(BULK, files={"invoices": (None, json.dumps([{**INVOICE, "lines": _lines()}]))})
    assert refused.status_code == 400
    assert refused.json() == DRF_SHAPE


def test_an_integer_past_64_bits_in_a_bulk_line_is_keyed_by_invoice_and_line(client: TestClient) -> None:
    """The JSON reader's own check (a 64-bit integer) of line 1's product in bulk invoice 0 answers at that
    line in DRF's shape (it answered ``{"lines": {"1.product": [...]}}``)."""
    line = '{"product": 99999999999999999999999, "rate": 2}'
    head = '"entity": 54, "client": 42, "invoice_date": "2026-05-01", "due_date": "2026-05-31"'
    body = f'{{"invoices": [{{{head}, "lines": [{{"product": 1, "rate": 1}}, {line}]}}]}}'
    refused = client.post(BULK, content=body, headers={"Content-Type": "application/json"})
    assert refused.status_code == 400
    message = "Ensure this value is less than or equal to 9223372036854775807."
    assert refused.json() == {"invoices": [{"lines": [{}, {"product": [message]}]}]}
