"""Invoice answers checked by construction: what the builders write of an invoice's and a line's own typed fields
is left out of each answer's check only where the schema takes every value of that form; everything else an
answer writes (values from outside: amounts, dates, text, names, extras) is still checked, and caught."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.errors import ServerError
from campfire_mock.openapi.answer_plan import Built, accepts
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.openapi.shapes import Shapes
from campfire_mock.views.invoice_answer import INVOICE_BUILT
from campfire_mock.views.line_answer import ID, ID_OR_NULL, LINE_BUILT, LINE_FIXED, STAMP, STAMP_PATTERN
from campfire_mock.views.serialization import Serializer

from .test_render_paths import INVOICES, NEW

INT64 = {"minimum": -(2**63), "maximum": 2**63 - 1}
#: Values of every JSON type, so each property meets some it refuses.
ODD_VALUES: tuple[t.Any, ...] = ({"x": 1}, [1, "a"], "not-a-date", -1, 2.5, True, None, "x" * 300)


@pytest.fixture(scope="module")
def serializer() -> Serializer:
    return Serializer(Shapes(load_spec(packaged_spec())))


@pytest.mark.parametrize(
    ("schema", "built", "taken"),
    [
        ({"type": "integer", **INT64}, ID, True),
        ({"type": ["integer", "null"], **INT64}, ID_OR_NULL, True),
        ({"type": "number"}, ID, True),
        ({}, ID_OR_NULL, True),
        ({"type": "integer", "minimum": 0, "maximum": 2**63 - 1}, ID, False),
        ({"type": "integer", **INT64}, ID_OR_NULL, False),
        ({"type": "string", "pattern": STAMP_PATTERN, "description": "when"}, STAMP, True),
        ({"type": "string", "pattern": "^\\d{4}$"}, STAMP, False),
        ({"type": "string", "maxLength": 25}, STAMP, False),
        ({"type": "string", "format": "date-time"}, STAMP, False),
        ({"type": "string", "enum": ["open"]}, Built(frozenset({"string"})), False),
        ({"anyOf": [{"type": ["integer", "null"], **INT64}, {"type": "string"}]}, ID_OR_NULL, True),
        ({"anyOf": [{"type": "string"}, {"type": "boolean"}]}, ID, False),
        ({"anyOf": [{"type": "integer", **INT64}], "not": {}}, ID, False),
        ({"oneOf": [{"type": "integer", **INT64}]}, ID, False),
    ],
)
def test_a_schema_takes_a_builder_s_values_only_where_its_keywords_take_every_one(
    schema: dict[str, t.Any], built: Built, taken: bool
) -> None:
    """``accepts`` trusts a property only if its schema takes every value of the builder's form: its types, its
    pattern, 64-bit bounds; a ``maxLength``, ``format``, ``enum``, narrower bound or ``oneOf`` says no."""
    assert accepts(schema, built) is taken


def test_the_answers_vouch_for_the_typed_fields_and_check_what_comes_from_outside(serializer: Serializer) -> None:
    """With the project's spec, the invoice's plans trust exactly ``INVOICE_BUILT`` and the line's ``LINE_BUILT``;
    each line's check holds the rest of what the line shows (its names, date, description, currency, amounts)."""
    answers = serializer.answers
    assert answers.invoice_plan.built == answers.item_plan.built == set(INVOICE_BUILT)
    assert answers.line_plan.built == set(LINE_BUILT)
    assert set(answers.line_checks or ()) == LINE_FIXED - set(LINE_BUILT)
    assert {"amount", "description", "product_name", "service_date"} <= set(answers.line_checks or ())


def test_every_property_no_builder_vouches_for_is_checked_as_the_whole_schema_would(
    client: TestClient, serializer: Serializer, app: t.Any
) -> None:
    """On the served (trusting) plan, an answer with any property it does not trust set to an odd value is
    refused exactly when the whole schema refuses it, lines' checked parts included."""
    created = client.post(INVOICES, json=NEW)
    assert created.status_code == 201, created.text
    plan = serializer.answers.invoice_plan
    with app.store.read("test-token") as ws:
        invoice = ws.invoices[created.json()["id"]]
        written, built, answer, base = serializer._answer(ws, invoice, "AccountingInvoice", checking=True)
    assert built is not None and plan.conforms(written, answer, base, built) and plan.whole.is_valid(answer)
    refused = 0
    for prop in set(answer) - plan.built - {"lines"}:
        for value in ODD_VALUES:
            whole = bool(plan.whole.is_valid({**answer, prop: value}))
            refused += not whole
            checked = plan.conforms({**written, prop: value}, {**answer, prop: value}, base, built)
            assert checked == whole, (prop, value)
    for prop in written["lines"][1]:
        for value in ODD_VALUES:
            lines = [answer["lines"][0], {**answer["lines"][1], prop: value}]
            whole = bool(plan.whole.is_valid({**answer, "lines": lines}))
            parts = [written["lines"][0], {**written["lines"][1], prop: value}]
            assert plan.conforms({**written, "lines": parts}, answer, base, built) == whole, (prop, value)
    assert refused > len(answer)  # the odd values are refused often: the comparison has teeth


def test_a_line_value_from_outside_its_builder_that_breaks_the_spec_is_a_500(app: t.Any) -> None:
    """A line's stored description that is not text (no request could send it) makes its invoice's answer a 500:
    the builder takes it from outside the line's typed fields, so it is checked."""
    with TestClient(app, headers={"Authorization": "Token t"}, raise_server_exceptions=False) as client:
        created = client.post(INVOICES, json=NEW).json()
        with app.store.read("t") as ws:
            ws.invoices[created["id"]].lines[1].description = 5  # type: ignore[assignment]
        answer = client.get(f"{INVOICES}{created['id']}/")
        assert answer.status_code == 500
        assert answer.json() == {"detail": "A server error occurred."}


def test_a_spec_that_constrains_a_field_a_builder_writes_has_it_checked_again(client: TestClient, app: t.Any) -> None:
    """Where the spec says more of a property than the builder's form guarantees (here ``status`` at most 3
    characters), it is no longer trusted: it is checked with the rest, and an answer breaking it is refused."""
    spec = load_spec(packaged_spec())
    spec["components"]["schemas"]["AccountingInvoice"]["properties"]["status"]["maxLength"] = 3
    strict = Serializer(Shapes(spec))
    assert strict.answers.invoice_plan.built == set(INVOICE_BUILT) - {"status"}
    created = client.post(INVOICES, json=NEW).json()
    with app.store.read("test-token") as ws, pytest.raises(ServerError) as refused:
        strict.invoice_answer(ws, ws.invoices[created["id"]])
    assert refused.value.cause.startswith(f"invoice {created['id']} breaks AccountingInvoice at ['status']")
