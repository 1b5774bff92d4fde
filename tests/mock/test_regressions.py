"""Regressions: each test is a failure Schemathesis found in the mock, kept so it stays fixed."""

from __future__ import annotations

from starlette.testclient import TestClient

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def test_form_body_is_read_by_its_schema(client: TestClient) -> None:
    """A form-encoded body is coerced field by field ("2026-03-12" stays a date, numbers become numbers)."""
    response = client.post("/coa/api/v1/invoice/145003/default-payment", content=b"posted_at=2026-03-12", headers=FORM)
    assert response.status_code == 200
    assert response.json()["default_payment_amount"] == 3410.4


def test_form_body_with_wrong_types_is_a_field_error(client: TestClient) -> None:
    response = client.post(
        "/coa/api/v1/invoice/145003/calculate-payment", content=b"empty_transactions=AAA", headers=FORM
    )
    assert response.status_code == 400
    assert response.json() == {"empty_transactions": [["Invalid data. Expected a dictionary."]]}


def test_empty_form_body_reports_missing_fields(client: TestClient) -> None:
    response = client.post("/coa/api/v1/invoice/bulk-create", headers=FORM)
    assert response.status_code == 400
    assert response.json() == {"invoices": ["This field is required."]}


def test_multipart_without_boundary_is_400(client: TestClient) -> None:
    response = client.post(
        "/coa/api/v1/invoice/145003/void/", content=b"x", headers={"Content-Type": "multipart/form-data"}
    )
    assert response.status_code == 400
    assert response.json() == {"non_field_errors": ["Malformed form body: Missing boundary in multipart."]}


def test_json_null_body_is_400(client: TestClient) -> None:
    response = client.post("/coa/api/entity", content=b"null", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"non_field_errors": ["Invalid data. Expected a dictionary, but got null."]}


def test_undecodable_body_is_400(client: TestClient) -> None:
    response = client.post("/coa/api/entity", content=b"\xe0", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["non_field_errors"][0].startswith("JSON parse error")


def test_bad_bulk_item_is_reported_by_position(client: TestClient) -> None:
    """The spec leaves bulk items free-form; each is still checked as an invoice."""
    item = {"invoice_date": "0", "entity": 1, "lines": [{"product": 456}]}
    response = client.post("/coa/api/v1/invoice/bulk-create", json={"invoices": [item]})
    assert response.status_code == 400
    assert response.json() == {
        "invoices": [{"invoice_date": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]}]
    }


def test_calculate_payment_rejects_amounts_beyond_the_limit(client: TestClient) -> None:
    body = {"empty_transactions": [{"amount": -5, "payment_date": "2026-01-01"}]}
    response = client.post("/coa/api/v1/invoice/145003/calculate-payment", json=body)
    assert response.status_code == 400
    assert response.json() == {
        "empty_transactions": [{"amount": ["Ensure this value is greater than 0 and less than 1000000000000."]}]
    }


def test_bad_sync_date_filter_is_a_field_error(client: TestClient) -> None:
    response = client.get("/coa/api/v1/invoice-payments", params={"last_modified_at__gte": "soon"})
    assert response.status_code == 400
    assert response.json() == {"last_modified_at__gte": ["Enter a valid date/time."]}


def test_nested_contacts_lose_read_only_and_unknown_fields(client: TestClient) -> None:
    """Vendor contacts are stripped and rendered by their own schema, like any nested list."""
    body = {"name": "Nested", "contacts": [{"email": "a@b.example", "deleted_at": {}, "surprise": 1}]}
    response = client.post("/coa/api/vendor", json=body)
    assert response.status_code == 201
    contact = response.json()["contacts"][0]
    assert contact["email"] == "a@b.example"
    assert contact["deleted_at"] is None and "surprise" not in contact
    assert client.get("/coa/api/vendor").status_code == 200


def test_nullable_reference_accepts_null(client: TestClient) -> None:
    """``filters`` of bulk-apply-payment is ``nullable`` (spec: ``allOf`` + ``nullable: true``): null is no filter."""
    body = {"transaction_id": 14728800, "invoice_ids": [58700], "filters": None}
    answer = client.post("/coa/api/v1/invoice/bulk-apply-payment/", json=body)
    assert answer.status_code == 200
    assert [a["invoice_id"] for a in answer.json()["applied"]] == [58700]
