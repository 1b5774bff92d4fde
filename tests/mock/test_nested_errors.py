"""Request errors inside nested data answer Django REST Framework's shapes (issue 36).

DRF 3.x (``rest_framework/serializers.py`` ``ListSerializer.to_internal_value``, ``fields.py``
``ListField.run_child_validation``): a list of objects answers one entry per item, ``{}`` for a good one; a
list of primitives answers an object keyed by the failing items' indices; a nested object answers an object of
its fields' errors. JSON, multipart and DRF's indexed form keys answer alike.
"""

from __future__ import annotations

import json
import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.errors import ServerError
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.openapi.error_tree import Item, error_tree
from campfire_mock.openapi.responses import ResponseChecker

INVOICES = "/coa/api/v1/invoice/"
JOURNAL = "/coa/api/journal_entry"
APPLY = "/coa/api/v1/invoice/bulk-apply-payment"
#: A demo deposit nothing has used (an existing transaction: the answer names only ``invoice_ids``).
DEPOSIT = 14728802
HEAD = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42}
GOOD_LINE = {"product": 2545, "quantity": 1, "rate": "5"}
BAD_RATE = {"lines": [{}, {"rate": ["A valid number is required."]}]}
#: A multipart body needs a file part, or the test client sends the fields urlencoded.
FILE = {"attachment": ("note.txt", b"x", "text/plain")}


def count(client: TestClient, path: str) -> int:
    return int(client.get(path).json()["count"])


def test_an_invoice_whose_second_line_is_bad_answers_a_list_with_one_entry_per_line(client: TestClient) -> None:
    """The bad rate of line 2 is at position 1 of ``lines``, line 1's place an empty object; nothing is made."""
    before = count(client, INVOICES)
    body = {**HEAD, "lines": [GOOD_LINE, {**GOOD_LINE, "rate": "abc"}]}
    answer = client.post(INVOICES, json=body)
    assert (answer.status_code, answer.json()) == (400, BAD_RATE)
    assert count(client, INVOICES) == before


@pytest.mark.parametrize(
    "lines",
    [
        {"lines[0]product": "2545", "lines[0]rate": "5", "lines[1]product": "2545", "lines[1]rate": "abc"},
        {"lines": [json.dumps(GOOD_LINE), json.dumps({**GOOD_LINE, "rate": "abc"})]},
        {"lines": json.dumps([GOOD_LINE, {**GOOD_LINE, "rate": "abc"}])},
    ],
    ids=["indexed-keys", "one-part-per-line", "one-json-part"],
)
def test_a_multipart_invoice_whose_second_line_is_bad_answers_as_json_does(
    client: TestClient, lines: dict[str, t.Any]
) -> None:
    """However a multipart body spells its lines, the second line's bad rate answers the JSON body's shape."""
    before = count(client, INVOICES)
    answer = client.post(INVOICES, data={**{k: str(v) for k, v in HEAD.items()}, **lines}, files=FILE)
    assert (answer.status_code, answer.json()) == (400, BAD_RATE)
    assert count(client, INVOICES) == before


def test_a_journal_entry_whose_second_transaction_lacks_an_account_names_that_transaction(
    client: TestClient,
) -> None:
    """The missing account is reported at position 1 of ``transactions``, in DRF's words; nothing is posted."""
    before = count(client, JOURNAL)
    lines = [{"account": 1010, "debit_amount": "5"}, {"credit_amount": "5"}]
    answer = client.post(JOURNAL, json={"date": "2026-05-10", "entity": 54, "transactions": lines})
    expected = {"transactions": [{}, {"account": ["This field is required."]}]}
    assert (answer.status_code, answer.json()) == (400, expected)
    assert count(client, JOURNAL) == before


@pytest.mark.parametrize(
    "send",
    [
        {"json": {"transaction_id": DEPOSIT, "invoice_ids": [1, "x"]}},
        {"data": {"transaction_id": str(DEPOSIT), "invoice_ids": ["1", "x"]}},
        {"data": {"transaction_id": str(DEPOSIT), "invoice_ids[0]": "1", "invoice_ids[1]": "x"}},
    ],
    ids=["json", "repeated-form-keys", "indexed-form-keys"],
)
def test_a_list_of_ids_with_a_bad_item_answers_its_index_as_a_key(client: TestClient, send: dict[str, t.Any]) -> None:
    """``invoice_ids`` is a list of integers (DRF's ``ListField``): its errors are an object keyed by index."""
    answer = client.post(APPLY, **send)
    assert (answer.status_code, answer.json()) == (400, {"invoice_ids": {"1": ["A valid integer is required."]}})


def test_a_nested_object_answers_its_fields_errors_inside_it(client: TestClient) -> None:
    """Bulk-apply's ``filters`` (a nested serializer) answers each bad field under ``filters``."""
    answer = client.post(APPLY, json={"transaction_id": DEPOSIT, "filters": {"entity": "x", "max_date": "soon"}})
    assert answer.status_code == 400
    assert answer.json() == {
        "filters": {
            "entity": ["A valid integer is required."],
            "max_date": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."],
        }
    }
    dotted = client.post(APPLY, data={"transaction_id": str(DEPOSIT), "filters.entity": "x"})
    assert (dotted.status_code, dotted.json()) == (400, {"filters": {"entity": ["A valid integer is required."]}})


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("x", {"non_field_errors": ["Invalid data. Expected a dictionary."]}),
        (None, ["This field may not be null."]),
    ],
    ids=["text", "null"],
)
def test_a_line_that_is_no_object_answers_in_its_place(client: TestClient, item: t.Any, expected: t.Any) -> None:
    """A line that is text is DRF's ``non_field_errors`` at its position; a null line its own message there."""
    answer = client.post(INVOICES, json={**HEAD, "lines": [GOOD_LINE, item]})
    assert (answer.status_code, answer.json()) == (400, {"lines": [{}, expected]})


def test_a_list_level_error_is_the_fields_own_messages(client: TestClient) -> None:
    """An empty ``lines`` answers the field's messages, not an item's (see docs/server.md for DRF's nesting)."""
    answer = client.post(INVOICES, json={**HEAD, "lines": []})
    assert (answer.status_code, answer.json()) == (400, {"lines": ["This list may not be empty."]})


def test_errors_inside_a_bulk_created_invoices_line_keep_their_nesting(client: TestClient) -> None:
    """Six levels down (invoice 2, its line 2, its tag 2) nothing is folded into a dotted key such as
    ``"1.rate"``, and the body is one the spec's 400 schema accepts."""
    lines = [GOOD_LINE, {**GOOD_LINE, "rate": "x", "tag_ids": [1, "y"]}]
    invoices = [{**HEAD, "lines": [GOOD_LINE]}, {**HEAD, "lines": lines}]
    answer = client.post(f"{INVOICES}bulk-create", json={"invoices": invoices})
    line = {"rate": ["A valid number is required."], "tag_ids": {"1": ["A valid integer is required."]}}
    expected = {"invoices": [{}, {"lines": [{}, line]}]}
    assert (answer.status_code, answer.json()) == (400, expected)
    ResponseChecker(load_spec(packaged_spec())).check("bulk_create_invoices", 400, "application/json", expected)


def test_the_specs_error_schema_refuses_what_no_request_can_nest() -> None:
    """The 400 schema is bounded: an error seven keys deep is no body the spec declares (the check above can
    fail)."""
    deep = {"a": [{"b": [{"c": [{"d": ["m"]}]}]}]}
    with pytest.raises(ServerError):
        ResponseChecker(load_spec(packaged_spec())).check("bulk_create_invoices", 400, "application/json", deep)


@pytest.mark.parametrize(
    ("path", "tree"),
    [
        (["lines", 1, "rate"], {"lines": [{}, {"rate": ["m"]}]}),
        (["ids", 1], {"ids": {"1": ["m"]}}),
        (["lines", Item(1)], {"lines": [{}, ["m"]]}),
        (["address", "city"], {"address": {"city": ["m"]}}),
        (["lines", 0, "tag_ids", 2], {"lines": [{"tag_ids": {"2": ["m"]}}]}),
    ],
)
def test_error_tree_shapes_each_kind_of_nesting(path: list[t.Any], tree: dict[str, t.Any]) -> None:
    """The one shaping function: a list of objects, a list of primitives, an object's own item, a nested object."""
    assert error_tree(path, "m") == tree
