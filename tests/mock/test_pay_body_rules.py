"""A pay action's body names at least one way to pay, and the spec says so: each action has a component of its
own (``MarkInvoicePaid``, ``MarkBillPaid``) whose ``anyOf`` requires one of its lists, not empty, so a body the
spec allows is one the twin can take (an independent Schemathesis run counted 11 refusals of bodies the shared
``MarkPaid`` allowed)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from campfire_mock.openapi import documents

from .payables import new_bill
from .test_invoices import new_invoice

PAYS = {
    "invoice": ("/coa/api/v1/invoice/{invoice_id}/pay/", "MarkInvoicePaid", "credit_memos"),
    "bill": ("/coa/api/v1/bill/{bill_id}/pay/", "MarkBillPaid", "debit_memos"),
}


@pytest.mark.parametrize("kind", sorted(PAYS))
def test_the_spec_states_that_a_payment_names_one_way_to_pay(kind: str) -> None:
    """Each pay action's JSON and multipart bodies require one of its three lists, not empty; no urlencoded
    body is offered, since it can carry none of them."""
    path, name, memos = PAYS[kind]
    spec = documents.load_spec(documents.packaged_spec())
    schemas = spec["components"]["schemas"]
    content = spec["paths"][path]["post"]["requestBody"]["content"]
    assert sorted(content) == ["application/json", "multipart/form-data"]
    assert content["application/json"]["schema"]["$ref"] == f"#/components/schemas/{name}"
    for media in content.values():
        component = schemas[media["schema"]["$ref"].rsplit("/", 1)[-1]]
        # a form's list may also be its one item alone (one part): its list branch says how many items
        lists = [
            [b["properties"][b["required"][0]], *b["properties"][b["required"][0]].get("anyOf", [])]
            for b in component["anyOf"]
        ]
        ways = [
            (b["required"], next(f["minItems"] for f in fields if f.get("type") == "array"))
            for b, fields in zip(component["anyOf"], lists, strict=True)
        ]
        assert ways == [(["transactions"], 1), ([memos], 1), (["empty_transactions"], 1)]
        assert component["x-campfire-devkit"]["answered_by"] == "handler"


@pytest.mark.parametrize("body", [{}, {"transactions": [], "empty_transactions": []}, {"transactions": None}])
def test_an_invoice_payment_naming_no_way_to_pay_is_refused_in_the_services_words(
    client: TestClient, body: dict[str, object]
) -> None:
    """A body outside the stated ``anyOf`` is the service's 400, under ``non_field_errors``."""
    invoice = new_invoice(client)
    answer = client.post(f"/coa/api/v1/invoice/{invoice['id']}/pay/", json=body)
    assert answer.status_code == 400
    assert answer.json() == {
        "non_field_errors": ["Provide at least one of transactions, credit_memos or empty_transactions."]
    }


def test_a_bill_payment_with_empty_lists_is_refused_in_the_services_words(client: TestClient) -> None:
    """A bill's empty lists name no way to pay: the service's 400 names a bill's three."""
    bill = new_bill(client)
    answer = client.post(f"/coa/api/v1/bill/{bill['id']}/pay/", json={"debit_memos": [], "transactions": []})
    assert answer.status_code == 400
    assert answer.json() == {
        "non_field_errors": ["Provide at least one of transactions, debit_memos or empty_transactions."]
    }


@pytest.mark.parametrize(
    ("method", "path", "real"),
    [
        ("post", "/coa/api/intercompany-journal-entry", "/coa/api/intercompany-journal-entry"),
        ("put", "/coa/api/journal_entry/{id}", "/coa/api/journal_entry/72"),
        ("post", "/coa/api/v1/invoice/{invoice_id}/pay/", "/coa/api/v1/invoice/47864/pay/"),
    ],
)
def test_a_write_whose_body_needs_a_field_requires_its_body(
    client: TestClient, method: str, path: str, real: str
) -> None:
    """A write whose request component needs a written field declares its body required (as drf-spectacular
    does), so a request without one is outside the spec and refused as every required body is."""
    spec = documents.load_spec(documents.packaged_spec())
    assert spec["paths"][path][method]["requestBody"]["required"] is True
    answer = client.request(method.upper(), real)
    assert answer.status_code == 400
    assert answer.json() == {"detail": "RequestBody is required"}
