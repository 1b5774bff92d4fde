"""Numbers sent as text get DRF's words: text that is no number is ``A valid number is required.`` (``A valid
integer is required.``), a number beyond the field's bounds the bound's message (as the same number sent as a
number gets), and numeric text the spec's pattern still refuses the pattern's message (``openapi/drf.py``)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from .test_contract_figures import CONTRACTS, _contract

INVOICES = "/coa/api/v1/invoice/"
PATTERN = "This value does not match the required pattern."


@pytest.mark.parametrize(
    ("sent", "message"),
    [
        ("100.001", "Ensure this value is less than or equal to 100.0."),
        ("1234", "Ensure this value is less than or equal to 100.0."),
        (100.001, "Ensure this value is less than or equal to 100.0."),
        ("-1", "Ensure this value is greater than or equal to 0.0."),
        ("1e1", PATTERN),
        (" 5", PATTERN),
        ("abc", "A valid number is required."),
        ("NaN", "A valid number is required."),
    ],
)
def test_a_commit_discount_sent_as_text_gets_drfs_words(client: TestClient, sent: object, message: str) -> None:
    """A prepaid commit's ``discount_percentage`` (0 to 100, or text of such a number)."""
    body = {"name": "Pool", "total_value": "10", "discount_percentage": sent, "start_date": "2026-01-01"}
    refused = client.post(f"{CONTRACTS}/{_contract(client)}/prepaid-commits", json=body)
    assert refused.status_code == 400
    assert refused.json() == {"discount_percentage": [message]}


def _invoice(**line: object) -> dict[str, object]:
    return {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "client": 42,
        "lines": [{"product": 1, "quantity": 1, "rate": 100, **line}],
    }


@pytest.mark.parametrize(
    ("sent", "message"),
    [
        ("1234", "Ensure this value is less than or equal to 100."),
        ("1e2", PATTERN),
        ("12.5x", "A valid number is required."),
    ],
)
def test_an_invoice_lines_discount_text_gets_drfs_words(client: TestClient, sent: str, message: str) -> None:
    """The same rule inside a line, at the line's position; the text answers as the number would."""
    refused = client.post(INVOICES, json=_invoice(discount_percentage=sent))
    assert refused.status_code == 400
    assert refused.json() == {"lines": [{"discount_percentage": [message]}]}
    if message.startswith("Ensure"):
        as_number = client.post(INVOICES, json=_invoice(discount_percentage=float(sent)))
        assert as_number.json() == refused.json()


@pytest.mark.parametrize(
    ("sent", "message"),
    [
        ("1.5", "A valid integer is required."),
        ("1e3", "A valid integer is required."),
        ("99999999999999999999", "Ensure this value is less than or equal to 9223372036854775807."),
    ],
)
def test_an_id_sent_as_text_gets_drfs_integer_words(client: TestClient, sent: str, message: str) -> None:
    """A relation id as text is read as DRF's ``IntegerField`` reads it (``int()``): no integer, or too large."""
    body = {**_invoice(), "client": sent}
    refused = client.post(INVOICES, json=body)
    assert refused.status_code == 400
    assert refused.json() == {"client": [message]}


def test_a_withholding_text_of_ten_to_the_twelve_names_the_bound(client: TestClient) -> None:
    """``/pay/``'s ``withholding_amount`` as text answers as the number 10**12 does."""
    item = {"account_id": 1010, "account_name": "Bank", "amount": 10, "payment_date": "2026-01-20"}
    refused = client.post(
        "/coa/api/v1/invoice/145004/pay", json={"empty_transactions": [{**item, "withholding_amount": "1" + "0" * 12}]}
    )
    assert refused.status_code == 400
    assert refused.json() == {
        "empty_transactions": [{"withholding_amount": ["Ensure this value is less than 999999999999.995."]}]
    }


def test_a_negative_rate_as_text_is_outside_the_spec_as_the_mock_refuses_it(client: TestClient) -> None:
    """A prepaid commit's ``rate`` is at least 0 (upstream's ``minimum: 0.0``) as a number and as text: the
    spec's numeric-text choice says the bound too, so ``"-1"`` is no schema-valid body that the mock refuses."""
    import jsonschema

    spec = client.get("/openapi.json").json()
    content = spec["paths"]["/rr/api/v1/contracts/{contract_id}/prepaid-commits/{id}"]["patch"]["requestBody"]
    for media in content["content"].values():
        name = media["schema"]["$ref"].rsplit("/", 1)[-1]
        rate = {**spec["components"]["schemas"][name]["properties"]["rate"], "components": spec["components"]}
        assert not jsonschema.Draft4Validator(rate).is_valid("-1"), name
        assert not jsonschema.Draft4Validator(rate).is_valid("-0.5"), name
        assert jsonschema.Draft4Validator(rate).is_valid("12.50"), name
    body = {"name": "Pool", "total_value": "10", "rate": "-1", "start_date": "2026-01-01"}
    refused = client.post(f"{CONTRACTS}/{_contract(client)}/prepaid-commits", json=body)
    assert refused.status_code == 400
    assert refused.json() == {"rate": ["Ensure this value is greater than or equal to 0.0."]}
