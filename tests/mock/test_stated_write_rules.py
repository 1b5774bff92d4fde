"""Write rules the empty-folder Schemathesis run found the service enforcing but the served spec not stating: a
bank transaction paying an invoice or a bill names its ``transaction_id``, and a written invoice's ``discount`` is
below 10**12 in size. A body the served schema allows is answered; one it refuses is the service's 400."""

from __future__ import annotations

import typing as t

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
    schema both refuse 10**12, and both take 999,999,999,999.99."""
    assert not _allows(client, "PatchedAccountingInvoice", {"discount": discount})
    assert not _allows(client, "AccountingInvoiceRequest", {"discount": discount})
    answer = client.patch("/coa/api/v1/invoice/58700/", json={"discount": discount})
    assert answer.status_code == 400, answer.text
    (message,) = answer.json()["discount"]  # the schema's bound, in DRF's words
    assert message.startswith("Ensure this value is") and "1000000000000" in message, message
    assert _allows(client, "PatchedAccountingInvoice", {"discount": "999999999999.99"})
