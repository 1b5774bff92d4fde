"""Write rules the empty-folder Schemathesis run found the service enforcing but the served spec not stating: a
bank transaction paying an invoice or a bill names its ``transaction_id``, and a written invoice's ``discount`` is
below 10**12 in size. A body the served schema allows is answered; one it refuses is the service's 400."""

from __future__ import annotations

import typing as t
from decimal import ROUND_HALF_UP, Decimal

import jsonschema
import pytest
from starlette.testclient import TestClient

_SERVED: list[dict[str, t.Any]] = []


def _allows(client: TestClient, component: str, body: dict[str, t.Any]) -> bool:
    """Whether the served spec's ``component`` allows ``body`` (its ``$ref``s resolved in the served spec)."""
    if not _SERVED:
        _SERVED.append(client.get("/openapi.json").json())
    spec = _SERVED[0]
    schema = {**spec["components"]["schemas"][component], "components": spec["components"]}
    validator = jsonschema.Draft4Validator(schema)
    return not any(e.validator != "anyOf" or "handler" not in str(e.schema) for e in validator.iter_errors(body))


@pytest.mark.parametrize("path", ["/coa/api/v1/invoice/58700/pay/", "/coa/api/v1/bill/31888/pay/"])
def test_a_paying_transaction_without_its_id_is_refused_as_the_spec_states(client: TestClient, path: str) -> None:
    """``MarkPaidTransaction`` requires ``transaction_id`` (it was optional and nullable): the pay actions answer
    400 "This field is required." without it, and the schema now refuses such an item."""
    item = {"amount": 10, "account_id": 2613}
    assert not _allows(client, "MarkPaidTransaction", item)
    assert not _allows(client, "MarkPaidTransaction", {**item, "transaction_id": None})
    assert _allows(client, "MarkPaidTransaction", {**item, "transaction_id": 14728800})
    answer = client.post(path, json={"transactions": [item]})
    assert answer.status_code == 400, answer.text
    assert answer.json()["transactions"] == [{"transaction_id": ["This field is required."]}]


@pytest.mark.parametrize("discount", [10**12, "1000000000000", -(10**12), 9.999999999999999e17])
def test_an_invoice_discount_of_ten_to_the_twelve_is_refused_as_the_spec_states(
    client: TestClient, discount: t.Any
) -> None:
    """A written invoice's ``discount`` below 10**12 in size (upstream's bound was 10**18): the PUT and the
    schema both refuse 10**12 (the schema's bound is what rounds below it in cents), and both take
    999,999,999,999.99."""
    assert not _allows(client, "PatchedAccountingInvoice", {"discount": discount})
    assert not _allows(client, "AccountingInvoiceRequest", {"discount": discount})
    answer = client.patch("/coa/api/v1/invoice/58700/", json={"discount": discount})
    assert answer.status_code == 400, answer.text
    (message,) = answer.json()["discount"]  # the schema's bound, in DRF's words
    assert message.startswith("Ensure this value is") and "999999999999.995" in message, message
    assert _allows(client, "PatchedAccountingInvoice", {"discount": "999999999999.99"})


@pytest.mark.parametrize(
    ("component", "field", "value"),
    [
        ("AccountingInvoiceLineRequest", "amount", 2.6e17),
        ("AccountingInvoiceLineRequest", "amount", "1000000000000"),
        ("AccountingInvoiceLineRequest", "tax", -(10**12)),
        ("AccountingInvoiceLineRequest", "discount_percentage", 505.9),
        ("AccountingInvoiceLineRequest", "discount_percentage", "100.5"),
        ("AccountingInvoiceLineRequest", "discount_percentage", -1),
        ("AccountingBillLine", "amount", 10**12),
        ("AccountingDebitMemoLine", "tax", "1000000000000"),
        ("AccountingInvoiceLineRequest", "amount", -999999999999.9999),  # rounds to -10**12 in cents
        ("AccountingInvoiceLineRequest", "tax", "999999999999.995"),
        ("AccountingBillLine", "amount", "-999999999999.999"),
    ],
)
def test_a_line_past_the_services_caps_is_refused_as_the_spec_states(
    client: TestClient, component: str, field: str, value: t.Any
) -> None:
    """A written line's ``amount`` and ``tax`` below 10**12 in size, an invoice line's ``discount_percentage``
    from 0 to 100 (upstream's "(0-100)"): the schema refuses what the service refuses (an empty-folder run sent
    an invoice line of 2.6e17, which upstream's bound of 10**18 allowed), and takes the largest it answers."""
    line: dict[str, t.Any] = {"amount": 10, field: value}
    assert not _field_allowed(client, component, field, value)
    if component == "AccountingInvoiceLineRequest":
        body = {"client": 42, "entity": 54, "invoice_date": "2026-01-01", "lines": [line]}
        answer = client.post("/coa/api/v1/invoice/", json=body)
        assert answer.status_code == 400, answer.text
        (message,) = answer.json()["lines"][0][field]
        assert message.startswith("Ensure this value is"), message
    edge = 100 if field == "discount_percentage" else "999999999999.99"
    assert _field_allowed(client, component, field, edge)
    assert _field_allowed(client, component, field, 0)


def _field_allowed(client: TestClient, component: str, field: str, value: t.Any) -> bool:
    """Whether the served spec's ``component`` takes ``value`` as its ``field`` (other fields left aside)."""
    _allows(client, component, {})  # loads the served spec once
    spec = _SERVED[0]
    schema = {**spec["components"]["schemas"][component]["properties"][field], "components": spec["components"]}
    return jsonschema.Draft4Validator(schema).is_valid(value)


def test_a_line_whose_quantity_times_rate_passes_the_cap_says_so(client: TestClient) -> None:
    """A line sending no ``amount`` whose ``quantity`` x ``rate`` reaches 10**12 is a 400 under ``amount`` that
    names the product, not a bound of a field it sent (each is within its schema); nothing is written."""
    before = client.get("/coa/api/v1/invoice/", params={"limit": 1}).json()["count"]
    line = {"quantity": 1_000_000_000, "rate": 10_000}
    assert _field_allowed(client, "AccountingInvoiceLineRequest", "quantity", line["quantity"])
    assert _field_allowed(client, "AccountingInvoiceLineRequest", "rate", line["rate"])
    body = {"entity": 54, "invoice_date": "2026-01-01", "due_date": "2026-01-31", "lines": [line]}
    answer = client.post("/coa/api/v1/invoice/", json=body)
    assert answer.status_code == 400, answer.text
    assert answer.json().get("lines") == [{"amount": ["Ensure quantity x rate is less than 1000000000000 in size."]}]
    assert client.get("/coa/api/v1/invoice/", params={"limit": 1}).json()["count"] == before


@pytest.mark.parametrize("amount", [999999999999.9949, "-999999999999.99499", "999999999999.9", "999999999998.999"])
def test_the_largest_amount_that_rounds_below_the_cap_is_taken(client: TestClient, amount: t.Any) -> None:
    """The service rounds a line's amount to cents before it compares it with 10**12, so the schema's bound is
    what rounds below it (an empty-folder run sent -999999999999.9999, which a bound of 10**12 allowed and the
    service refused): the largest the schema takes is answered 201, in cents, within the cap."""
    assert _field_allowed(client, "AccountingInvoiceLineRequest", "amount", amount)
    body = {
        "client": 42,
        "entity": 54,
        "invoice_date": "2026-01-01",
        "due_date": "2026-01-31",
        "lines": [{"amount": amount}],
    }
    answer = client.post("/coa/api/v1/invoice/", json=body)
    assert answer.status_code == 201, answer.text
    (line,) = answer.json()["lines"]
    stored = Decimal(str(line["amount"]))
    assert stored == Decimal(str(amount)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert abs(stored) < 10**12
