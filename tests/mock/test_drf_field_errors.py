"""Issue 36: every field-level error of a body in one 400, as Django REST Framework reports them.

DRF's ``Serializer.to_internal_value`` runs each field (types, formats and ``PrimaryKeyRelatedField``'s
``Invalid pk "N" - object does not exist.``) before it reports, so a bad date and an unknown client are named
together; a line's own rule waits until the line's fields passed.
"""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

INVOICES = "/coa/api/v1/invoice/"
CREDIT_MEMOS = "/coa/api/v1/credit-memo"
BILLS = "/coa/api/v1/bill"
DEPARTMENTS = "/coa/api/department"
DATE = "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."
NUMBER = "A valid number is required."


def missing(pk: int) -> list[str]:
    return [f'Invalid pk "{pk}" - object does not exist.']


INVOICE = {
    "invoice_date": "2026-01-10",
    "due_date": "2026-02-09",
    "entity": 54,
    "client": 42,
    "lines": [{"product": 1, "quantity": 2, "rate": 250}],
}
CREDIT_MEMO = {
    "entity": 54,
    "client": 42,
    "credit_memo_date": "2026-01-05",
    "currency": "USD",
    "lines": [{"account": 169208, "amount": 100}],
}
BILL = {
    "entity": 54,
    "vendor": 34182,
    "bill_number": "T-1",
    "bill_date": "2026-05-01",
    "due_date": "2026-05-31",
    "lines": [{"account": 2622, "amount": 100, "tax": 0}],
}


def count(client: TestClient, path: str) -> int:
    return t.cast(int, client.get(path).json()["count"])


def test_an_invoice_with_a_bad_date_and_an_unknown_client_names_both(client: TestClient) -> None:
    """The issue's case: the date's format and the client's lookup are both field checks, reported together."""
    before = count(client, INVOICES)
    answer = client.post(INVOICES, json={**INVOICE, "invoice_date": "bad", "client": 999999})
    assert (answer.status_code, answer.json()) == (400, {"invoice_date": [DATE], "client": missing(999999)})
    assert count(client, INVOICES) == before


def test_an_invoice_line_names_its_bad_number_and_its_unknown_product_together(client: TestClient) -> None:
    """Inside a line too: its ``quantity`` is no number and its ``product`` does not exist; the unknown entity
    beside them is named as well."""
    body = {**INVOICE, "entity": 999998, "lines": [{"product": 1, "rate": 5}, {"product": 99999, "quantity": "x"}]}
    answer = client.post(INVOICES, json=body)
    expected = {"entity": missing(999998), "lines": [{}, {"quantity": [NUMBER], "product": missing(99999)}]}
    assert (answer.status_code, answer.json()) == (400, expected)


def test_a_line_rule_waits_for_the_lines_fields(client: TestClient) -> None:
    """A line naming an unknown product and no price answers the product's error alone: "Give amount, rate, or a
    product with a price" is the line's own rule (DRF's ``validate()``), run only once its fields passed."""
    answer = client.post(INVOICES, json={**INVOICE, "lines": [{"product": 99999}]})
    assert (answer.status_code, answer.json()) == (400, {"lines": [{"product": missing(99999)}]})


def test_an_invoice_update_names_every_field_once_the_invoice_is_found(client: TestClient) -> None:
    """A PATCH with a bad date and an unknown client names both; a PATCH of a missing invoice is its 404 first."""
    invoice = client.get(INVOICES).json()["results"][0]["id"]
    answer = client.patch(f"{INVOICES}{invoice}/", json={"invoice_date": "x", "client": 999999})
    assert (answer.status_code, answer.json()) == (400, {"invoice_date": [DATE], "client": missing(999999)})
    gone = client.patch(f"{INVOICES}99999999/", json={"invoice_date": "x", "client": 999999})
    assert (gone.status_code, gone.json()) == (404, {"detail": "Not found."})


def test_a_credit_memo_names_its_bad_date_and_its_unknown_relations(client: TestClient) -> None:
    body = {**CREDIT_MEMO, "credit_memo_date": "x", "client": 999999, "lines": [{"account": 9999999, "amount": "x"}]}
    answer = client.post(CREDIT_MEMOS, json=body)
    expected = {
        "credit_memo_date": [DATE],
        "client": missing(999999),
        "lines": [{"amount": [NUMBER], "account": missing(9999999)}],
    }
    assert (answer.status_code, answer.json()) == (400, expected)


def test_a_bill_names_its_bad_date_and_its_unknown_relations(client: TestClient) -> None:
    before = count(client, BILLS)
    body = {**BILL, "bill_date": "x", "vendor": 999999, "lines": [{"account": 9999999, "amount": "x"}]}
    answer = client.post(BILLS, json=body)
    expected = {
        "bill_date": [DATE],
        "vendor": missing(999999),
        "lines": [{"amount": [NUMBER], "account": missing(9999999)}],
    }
    assert (answer.status_code, answer.json()) == (400, expected)
    assert count(client, BILLS) == before


def test_a_generic_resource_names_a_missing_field_and_an_unknown_parent_together(client: TestClient) -> None:
    """A department with no ``code`` (required) and a ``parent`` that does not exist: both, in one 400."""
    answer = client.post(DEPARTMENTS, json={"name": "Research", "parent": 99999999})
    expected = {"code": ["This field is required."], "parent": missing(99999999)}
    assert (answer.status_code, answer.json()) == (400, expected)
