"""Invoice answers built straight into their schema's shape, and checked by the parts that vary: the check
gives the whole schema's verdict, extras never hide a figure, and amounts convert as ``wire`` converts them."""

from __future__ import annotations

import dataclasses
import typing as t
from datetime import UTC, date, datetime
from decimal import Decimal

import jsonschema_rs
import pytest
from starlette.testclient import TestClient

from campfire_mock.domain.book_amounts import _text, book_figures
from campfire_mock.domain.models import Line
from campfire_mock.domain.posting import ONE
from campfire_mock.openapi.answer_plan import AnswerPlan
from campfire_mock.openapi.documents import dereferencer, load_spec, packaged_spec
from campfire_mock.openapi.json_schema import to_json_schema
from campfire_mock.openapi.shapes import Shapes
from campfire_mock.views import invoice_answer
from campfire_mock.views.invoice_answer import _money
from campfire_mock.views.render_cache import InvoiceBodies
from campfire_mock.views.serialization import Serializer
from campfire_mock.wire import number

INVOICES = "/coa/api/v1/invoice/"
#: Values of every JSON type, so each property meets some it refuses.
ODD_VALUES: tuple[t.Any, ...] = ({"x": 1}, [1, "a"], "not-a-date", -1, 2.5, True, None, "x" * 300)


@pytest.fixture(scope="module")
def shapes() -> Shapes:
    return Shapes(load_spec(packaged_spec()))


@pytest.fixture(scope="module")
def serializer(shapes: Shapes) -> Serializer:
    return Serializer(shapes)


def plan_of(shapes: Shapes, name: str) -> AnswerPlan:
    return AnswerPlan(shapes.shape(name), dereferencer(shapes.spec).schema(name))


def test_the_check_by_parts_gives_the_whole_schema_s_verdict_for_every_property(
    client: TestClient, shapes: Shapes, serializer: Serializer, app: t.Any
) -> None:
    """An invoice's answer with any one property set to an odd value is refused exactly when the whole
    schema refuses it (written or left as the template's), so splitting the check loses nothing."""
    created = client.post(
        INVOICES,
        json={
            "invoice_date": "2026-01-10",
            "due_date": "2026-02-09",
            "entity": 54,
            "client": 42,
            "lines": [{"product": 1, "quantity": 2, "rate": 250}],
        },
    )
    assert created.status_code == 201, created.text
    plan = plan_of(shapes, "AccountingInvoice")
    with app.store.read("test-token") as ws:
        written, built, answer, base = serializer._answer(ws, ws.invoices[created.json()["id"]], "AccountingInvoice")
    written = {**written, **(built or {})}  # a plan that trusts no builder checks all it wrote
    assert base is not None  # what it names is shared by answers: checked once, when first shown
    assert plan.conforms(written, answer, base) and plan.whole.is_valid(answer)
    refused = 0
    for prop in answer:
        for value in ODD_VALUES:
            whole = bool(plan.whole.is_valid({**answer, prop: value}))
            refused += not whole
            assert plan.conforms({**written, prop: value}, {**answer, prop: value}, base) == whole, (prop, value)
    assert refused > len(answer)  # the odd values are refused often: the comparison has teeth


def test_an_empty_value_the_schema_refuses_is_checked_on_every_answer(shapes: Shapes) -> None:
    """A property whose empty value breaks the schema (a date's ``""``) is checked even when no answer
    writes it, so an answer that leaves it empty is still refused."""
    plan = plan_of(shapes, "AccountingInvoice")
    assert {"invoice_date", "due_date"} <= set(plan.always)
    left_empty = plan.finish({}, None)
    assert not plan.conforms({}, left_empty)
    assert not plan.whole.is_valid(left_empty)


def test_a_schema_with_other_object_keywords_is_checked_whole(shapes: Shapes) -> None:
    """Where each property cannot be checked on its own (here ``additionalProperties: false``), every
    answer is checked against the whole schema."""
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": False}
    plan = AnswerPlan((("a", ""),), schema)
    answer = plan.finish({"a": "ok"}, None)
    assert plan.conforms({"a": "ok"}, answer)
    assert not plan.conforms({"a": "ok"}, {**answer, "extra": 1})  # only the whole schema sees this
    assert jsonschema_rs.Draft4Validator(to_json_schema(schema)).is_valid(answer)


def test_finish_puts_every_property_in_the_schema_s_order_with_fresh_empty_containers(shapes: Shapes) -> None:
    """An answer has the schema's properties in order, written values in place, a timestamp left empty at the
    creation time, and empty lists made afresh (one answer's list is not the next one's)."""
    plan = plan_of(shapes, "AccountingInvoiceLine")
    first = plan.finish({"amount": 5, "id": 1}, "2026-01-02T03:04:05+0000")
    second = plan.finish({}, None)
    declared = shapes.schemas["AccountingInvoiceLine"]["properties"]
    assert list(first) == [name for name, prop in declared.items() if not prop.get("writeOnly")]
    assert (first["amount"], first["id"], first["created_at"]) == (5, 1, "2026-01-02T03:04:05+0000")
    assert second["created_at"] == "1970-01-01T00:00:00+0000"
    first["tags"].append(1)
    assert second["tags"] == [] and plan.finish({}, None)["tags"] == []


def test_a_stored_extra_never_hides_what_the_invoice_shows_of_itself(
    client: TestClient, serializer: Serializer, app: t.Any
) -> None:
    """An extra stored under a figure's name (``client_name``, ``total_amount``) is not shown; one the
    answer has no figure for (``message_on_invoice``) is shown as stored."""
    with app.store.read("test-token") as ws:
        inv = ws.invoices[47864]
        odd = dataclasses.replace(
            inv, extra={**inv.extra, "client_name": "Wrong", "total_amount": 1, "message_on_invoice": "Kept"}
        )
        answer, plain = serializer.invoice(ws, odd), serializer.invoice(ws, inv)
    assert answer["client_name"] == plain["client_name"] == "Apple"
    assert answer["total_amount"] == plain["total_amount"] != 1
    assert answer["message_on_invoice"] == "Kept"


def test_what_an_answer_shows_of_a_client_follows_a_write_to_it_inside_and_after_the_write(
    client: TestClient, serializer: Serializer, app: t.Any
) -> None:
    """The names kept for answers are not used once a write has touched a reference object: an answer inside
    that write, and every answer after it, shows the client as written."""
    with app.store.write("test-token") as ws:
        inv = ws.invoices[47864]
        assert serializer.invoice(ws, inv)["client_name"] == "Apple"  # kept for the next answers
        ws.refs["vendor"][24020] = {**ws.refs["vendor"][24020], "name": "Apple Renamed"}
        assert serializer.invoice(ws, inv)["client_name"] == "Apple Renamed"
    with app.store.read("test-token") as ws:
        assert serializer.invoice(ws, ws.invoices[47864])["client_name"] == "Apple Renamed"
    assert client.get(f"{INVOICES}47864/").json()["client_name"] == "Apple Renamed"


def test_a_workspace_keeps_the_names_of_a_bounded_number_of_combinations(
    client: TestClient, serializer: Serializer, app: t.Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each combination of named objects keeps a copy of the template, so a workspace keeps a bounded number
    of them (emptied when full), and answers stay the same."""
    monkeypatch.setattr(invoice_answer, "NAMES_HELD", 2)
    with app.store.read("test-token") as ws:
        first = [serializer.invoice(ws, inv) for inv in ws.invoices.values()]
        assert len({(inv.client, inv.entity, inv.contract, inv.payment_term) for inv in ws.invoices.values()}) > 2
        assert 0 < len(InvoiceBodies.of(ws).names) <= 2
        assert [serializer.invoice(ws, inv) for inv in ws.invoices.values()] == first


@pytest.mark.parametrize("text", ["500.00", "500", "0.10", "-0.00", "1E+2", "123456789012.35"])
def test_an_amount_converts_as_wire_number_converts_it_however_often_it_recurs(text: str) -> None:
    """The memo of converted amounts answers what ``wire.number`` answers, the second time too."""
    value = Decimal(text)
    assert _money(value) == number(value) and type(_money(value)) is type(number(value))


def test_a_negative_zero_keeps_its_sign_in_money_text_after_a_positive_zero() -> None:
    """Money text depends on the value and, for a zero, its sign: ``-0.00`` is never answered as ``0.00``."""
    assert (_text(Decimal("0.00")), _text(Decimal("-0.00"))) == ("0.00", "-0.00")
    assert (_text(Decimal("12.345")), _text(Decimal("12.3450"))) == ("12.35", "12.35")


def test_every_operation_answered_by_the_checked_invoice_answer_declares_accounting_invoice() -> None:
    """Create, update, patch, void, reopen and retrieve answer a fragment checked against ``AccountingInvoice``
    (the operation's own response check skips fragments), so each must declare exactly that schema."""
    spec = load_spec(packaged_spec())
    answered = {
        ("post", "/coa/api/v1/invoice/"),
        ("get", "/coa/api/v1/invoice/{id}/"),
        ("put", "/coa/api/v1/invoice/{id}/"),
        ("patch", "/coa/api/v1/invoice/{id}/"),
        ("post", "/coa/api/v1/invoice/{invoice_id}/void/"),
        ("post", "/coa/api/v1/invoice/{invoice_id}/reopen/"),
    }
    for method, path in answered:
        responses = spec["paths"][path][method]["responses"]
        ok = [body for status, body in responses.items() if status.startswith("2")]
        assert len(ok) == 1, (method, path)
        schema = ok[0]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/AccountingInvoice"}, (method, path)


def test_a_line_s_generated_answer_is_what_finish_gives_for_what_the_line_shows(
    client: TestClient, serializer: Serializer, app: t.Any
) -> None:
    """The line builder made once from the schema (one dict literal) answers exactly what the template with
    the line's own values written over it gives: names of its product and department, its date, description
    and stored extras, and the schema's empty values (fresh lists) for what the line leaves out."""
    plan = serializer.answers.line_plan
    moment = datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
    later = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    amounts = {"quantity": Decimal("3"), "rate": Decimal("19.99"), "amount": Decimal("59.97")}
    full = Line(
        id=7,
        product=1,
        **amounts,
        tax=Decimal("4.20"),
        currency="USD",
        created_at=moment,
        last_modified_at=later,
        description="Widgets",
        service_date=date(2026, 2, 28),
        department=35,
        discount=Decimal("-0.00"),
        extra={"tax_description": "VAT", "tags": [{"id": 1}], "product_name": "hidden", "entity_use_code": None},
    )
    bare = Line(
        id=8, product=None, **amounts, tax=Decimal("0.00"), currency="EUR", created_at=moment, last_modified_at=moment
    )
    with app.store.read("test-token") as ws:
        product, department = ws.refs["product"].look(1), ws.refs["department"].look(35)
        built = [serializer.answers.build_line(line, ws.refs, ws.customer) for line in (full, bare)]
        customer = ws.customer
    figures = {"quantity": 3, "rate": 19.99, "amount": 59.97, "customer": customer}
    expected_full = plan.finish(
        {
            "tax_description": "VAT",
            "tags": [{"id": 1}],
            **figures,
            "id": 7,
            "product": 1,
            "product_name": product["product_name"],
            "product_is_taxable": bool(product.get("is_taxable")),
            "department": 35,
            "department_name": department["name"],
            "department_code": department.get("code"),
            "service_date": "2026-02-28",
            "description": "Widgets",
            "currency": "USD",
            "tax": 4.2,
            "discount": 0,
            "created_at": "2026-03-01T12:30:00+0000",
            "last_modified_at": "2026-03-02T08:00:00+0000",
        },
        None,
    )
    expected_bare = plan.finish(
        {
            **figures,
            "id": 8,
            "product_is_taxable": False,
            "currency": "EUR",
            "tax": 0,
            "discount": 0,
            "created_at": "2026-03-01T12:30:00+0000",
            "last_modified_at": "2026-03-01T12:30:00+0000",
        },
        None,
    )
    assert built == [expected_full, expected_bare]
    assert list(built[0]) == list(plan.template) == list(built[1])
    assert built[1]["tags"] == [] and built[1]["tags"] is not plan.finish({}, None)["tags"]


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"status_flag": "draft"},
        {"status_flag": "uncollectible"},
        {"status_flag": "sent"},
        {"sent_date": date(2026, 1, 2)},
        {"amount_paid": Decimal("1.00")},
        {"amount_paid": Decimal("500.00")},
        {"amount_paid": Decimal("500.00"), "payment_term_applied_discount": Decimal("5.00")},
        {"voided_date": date(2026, 1, 3), "status_flag": "draft"},
    ],
)
def test_the_status_an_answer_shows_is_the_invoice_s_payment_status(change: dict[str, t.Any], app: t.Any) -> None:
    """The status written without the enum (``invoice_answer._status``) is ``Invoice.payment_status``'s value,
    flags, payments, discounts and voids alike."""
    with app.store.read("test-token") as ws:
        inv = dataclasses.replace(ws.invoices.peek(47864), total_amount=Decimal("500.00"), **change)
    assert invoice_answer._status(inv, inv.amount_paid, inv.amount_due) == inv.payment_status.value


@pytest.mark.parametrize("text", ["0", "-0", "0.00", "-0.00", "1.005", "-2.5", "1E+3", "12345678901234567.125"])
def test_a_figure_in_its_books_currency_is_the_text_book_figures_gives(text: str) -> None:
    """The figures of an invoice in its books' currency skip ``book_figures`` and answer the same text."""
    value = Decimal(text)
    assert invoice_answer._native_text(value) == book_figures((ONE, ONE), {"x": value})["x_book"]
