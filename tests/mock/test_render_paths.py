"""The create and list paths' shortcuts answer exactly what the long way would: strict JSON reading,
rendering in the schema's shape, nested objects put in as rendered, and every answer still checked."""

from __future__ import annotations

import json
import typing as t
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.errors import ParseError, ValidationFailed
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.openapi.json_parse import check_int64, parse_json, parse_json_bytes
from campfire_mock.openapi.shapes import Shapes
from campfire_mock.views import invoice_answer

INVOICES = "/coa/api/v1/invoice/"
NEW = {
    "invoice_date": "2026-01-10",
    "due_date": "2026-02-09",
    "entity": 54,
    "client": 42,
    "lines": [{"product": 1, "quantity": 2, "rate": 250}, {"description": "Setup", "amount": "99.50"}],
}
TOO_BIG = f"Ensure this value is less than or equal to {2**63 - 1} in size."


def nested(depth: int) -> str:
    """A JSON object nested ``depth`` levels deep, its innermost value at ``depth`` keys down."""
    return '{"a":' * depth + "1" + "}" * depth


@pytest.fixture(scope="module")
def shapes() -> Shapes:
    return Shapes(load_spec(packaged_spec()))


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(NEW),
        '[1, 2.5, "é", null, true, {"k": [[], {}]}]',
        '"plain"',
        "-9223372036854775808",
        nested(32),
    ],
)
def test_parse_json_reads_a_body_within_every_bound_as_json_does(text: str) -> None:
    """A body that breaks no bound (32 levels deep is still within) is read exactly as ``json.loads`` reads it."""
    assert parse_json(text) == json.loads(text)


SURROGATE = ["Not a valid string: it holds a lone surrogate (no Unicode character)."]


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ('{"a": {"\\udc00": 1}}', {"a": {"\\udc00": SURROGATE}}),
        ('[{"memo": "ok \\ud800"}]', {"non_field_errors": [{"memo": SURROGATE}]}),
    ],
)
def test_parse_json_names_what_breaks_a_bound_at_any_depth(text: str, errors: dict[str, t.Any]) -> None:
    """A lone surrogate, however deep, is a field error at its place, as DRF nests them."""
    with pytest.raises(ValidationFailed) as raised:
        parse_json(text)
    assert raised.value.body() == errors


def test_parse_json_reads_integers_of_any_size_as_drf_does() -> None:
    """An integer beyond 64 bits is read as the integer it is (DRF's JSON parser keeps it; fields bound it)."""
    assert parse_json('{"lines": [{"tag_ids": [1, 18446744073709551616]}]}') == {
        "lines": [{"tag_ids": [1, 18446744073709551616]}]
    }


@pytest.mark.parametrize(
    ("value", "errors"),
    [
        ({"lines": [{"product": 1}, {"tag_ids": [1, 2**64]}]}, {"lines": [{}, {"tag_ids": {"1": [TOO_BIG]}}]}),
        (2**63, {"non_field_errors": [TOO_BIG]}),
    ],
)
def test_check_int64_names_each_integer_a_kept_body_cannot_hold(value: t.Any, errors: dict[str, t.Any]) -> None:
    """What the control API keeps whole is refused with a field error at each integer beyond 64 bits."""
    with pytest.raises(ValidationFailed) as raised:
        check_int64(value)
    assert raised.value.body() == errors


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (nested(33), "JSON nesting is deeper than 32 levels."),
        ("\ufeff{}", "JSON parse error - Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)"),
    ],
)
def test_parse_json_refuses_a_body_too_deep_or_with_a_byte_order_mark(text: str, message: str) -> None:
    """One level past the depth bound, or a leading byte order mark, is a parse error saying so."""
    with pytest.raises(ParseError) as raised:
        parse_json(text)
    assert raised.value.body() == {"detail": message}


READ_ALIKE = [
    json.dumps(NEW),
    '[1, 2.5, "é", null, true, false, {"k": [[], {}]}, -0, -0.0, 1e-400, 4.9e-324, 1.7976931348623157e308]',
    '{"a": 1, "a": 2}',
    " \t\r\n[1]\n",
    '"\\u00e9 \\ud83d\\ude00 \\u0000"',
    "999999999999999999",  # 18 digits: orjson's
    "-9223372036854775808",  # 19 digits: json's
    "9223372036854775808",
    "18446744073709551616",
    '{"tag_ids": [123456789012345678901234567890]}',
    "0.12345678901234567890123",
    nested(32),
    nested(33),
    "\ufeff{}",
    '{"entity": NaN}',
    "[1e400]",
    '"\\ud800"',
    '{"a": 1,}',
    '{"a": 1} {}',
    '"\x01"',
]


@pytest.mark.parametrize("text", READ_ALIKE)
def test_parse_json_bytes_reads_every_body_as_parse_json_does(text: str) -> None:
    """The bytes reader (orjson where it reads the same) gives ``parse_json``'s value, types included, or its error."""
    raw = text.encode("utf-8")
    try:
        expected: t.Any = parse_json(text)
    except (ParseError, ValidationFailed) as exc:
        with pytest.raises(type(exc)) as raised:
            parse_json_bytes(raw)
        assert raised.value.body() == exc.body()
        return
    got = parse_json_bytes(raw)
    assert got == expected
    assert json.dumps(got) == json.dumps(expected)  # ints stay ints, floats floats, keys in order


def test_parse_json_bytes_refuses_a_body_that_is_not_utf8() -> None:
    """A body that is not UTF-8 is a ``UnicodeDecodeError``, as decoding it for ``parse_json`` is."""
    with pytest.raises(UnicodeDecodeError):
        parse_json_bytes(b'{"memo": "\xff"}')


def test_render_gives_every_property_in_the_schemas_order_with_fresh_empty_containers(shapes: Shapes) -> None:
    """Each answer has the schema's properties in order; an empty list in one answer is not the next one's."""
    first, second = shapes.render("AccountingInvoice", {}), shapes.render("AccountingInvoice", {"lines": None})
    declared = shapes.schemas["AccountingInvoice"]["properties"]
    assert list(first) == [name for name, prop in declared.items() if not prop.get("writeOnly")]
    assert first["lines"] == second["lines"] == []
    first["lines"].append({"id": 1})
    assert second["lines"] == [] and shapes.render("AccountingInvoice", {})["lines"] == []


def test_render_makes_values_json_ready_and_leaves_out_what_the_schema_lacks(shapes: Shapes) -> None:
    """Decimals, dates and timestamps become JSON values; a missing timestamp is the object's creation time."""
    created = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    values = {"amount": Decimal("55.00"), "rate": Decimal("2.50"), "service_date": date(2026, 1, 2)}
    out = shapes.render("AccountingInvoiceLine", {**values, "created_at": created, "not_a_property": 1})
    assert (out["amount"], out["rate"], out["service_date"]) == (55, 2.5, "2026-01-02")
    assert out["created_at"] == out["last_modified_at"] == "2026-01-02T03:04:05+0000"
    assert "not_a_property" not in out


def test_a_created_invoice_answers_as_it_is_then_retrieved_and_listed(client: TestClient) -> None:
    """The create's answer (lines rendered once, put in as they are) equals the invoice retrieved and listed."""
    created = client.post(INVOICES, json=NEW)
    assert created.status_code == 201
    body = created.json()
    assert [line["amount"] for line in body["lines"]] == [500, 99.5]
    assert client.get(f"{INVOICES}{body['id']}/").json() == body
    listed = client.get(INVOICES, params={"limit": 100, "ordering": "-id"}).json()["results"]
    item = next(row for row in listed if row["id"] == body["id"])
    assert item["lines"] == body["lines"]


def test_a_line_that_breaks_the_spec_is_still_caught_and_undone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A nested line the spec forbids makes the create a 500 that keeps nothing, though lines are not walked again."""
    made = invoice_answer._line_builder  # lines are answered by the builder it makes, once per app

    def broken_builder(plan: t.Any, extras: frozenset[str]) -> t.Callable[..., dict[str, t.Any]]:
        build = made(plan, extras)

        def broken(ln: t.Any, refs: t.Any, customer: t.Any) -> dict[str, t.Any]:
            out = build(ln, refs, customer)
            return {**out, "amount": "not a number"} if ln.description == "Setup" else out

        return broken

    monkeypatch.setattr(invoice_answer, "_line_builder", broken_builder)
    with TestClient(create_app(), headers={"Authorization": "Token t"}, raise_server_exceptions=False) as client:
        count = client.get(INVOICES).json()["count"]
        answer = client.post(INVOICES, json=NEW)
        assert answer.status_code == 500
        assert answer.json() == {"detail": "A server error occurred."}
        assert client.get(INVOICES).json()["count"] == count
