"""What an independent Schemathesis run found about the rules the spec states, each as the user-visible rule
it broke: forms read an empty value as DRF does, a bound the service keeps is stated in the spec and answered in
DRF's words, and input of the wrong kind is a 400 rather than a 500. (Dates and periods are
test_findings_dates.py.)"""

from __future__ import annotations

import re
import typing as t

import pytest
from starlette.testclient import TestClient

BILLS = "/coa/api/v1/bill/"


def test_an_empty_form_value_of_a_nullable_date_is_null(client: TestClient) -> None:
    """``void_date=`` in a form is no date, as DRF reads a nullable ``DateField``: the payment is voided today."""
    payment = client.get("/coa/api/v1/invoice-payments").json()["results"][0]
    path = f"/coa/api/v1/invoice/{payment['invoice_id']}/payment/{payment['id']}/void/"
    answer = client.post(path, data={"void_date": ""})
    assert answer.status_code == 200, answer.text
    voided = client.get("/coa/api/v1/invoice-payments", params={"invoice_id": payment["invoice_id"]}).json()
    assert [p["voided_date"] is not None for p in voided["results"] if p["id"] == payment["id"]] == [True]


def test_an_empty_form_value_of_a_nullable_choice_is_null(client: TestClient) -> None:
    """``status=`` in a form is no choice: the account is created with its status unset (null), not refused."""
    form = {"name": "Form account", "number": "9123", "status": "", "account_type": "ASSET"}
    answer = client.post("/coa/api/account", data=form)
    assert answer.status_code == 201, answer.text
    assert answer.json()["status"] is None


@pytest.mark.parametrize(("tags", "kind"), [([[[], None]], "list"), ([True], "bool"), (["abc"], "str")])
def test_a_relation_list_holding_no_id_is_a_400_not_a_500(client: TestClient, tags: list[t.Any], kind: str) -> None:
    """A contract's ``tags`` holding a list, a boolean or text where ids go is refused in DRF's words."""
    contract = client.get("/rr/api/v1/contracts").json()["results"][0]["id"]
    answer = client.patch(f"/rr/api/v1/contracts/{contract}", json={"tags": tags})
    assert answer.status_code == 400
    assert answer.json() == {"tags": [f"Incorrect type. Expected pk value, received {kind}."]}


def test_a_cursor_that_cannot_be_read_is_drfs_404(client: TestClient) -> None:
    """A cursor the list cannot decode is DRF's ``CursorPagination`` answer, 404 ``Invalid cursor``, which
    the spec declares on every list with a ``cursor`` parameter."""
    for path in ("/coa/api/v1/invoice-payments", "/coa/api/v1/bill-payments"):
        answer = client.get(path, params={"cursor": "\u00c8\u00a6r"})
        assert answer.status_code == 404
        assert answer.json() == {"detail": "Invalid cursor"}
    spec = client.get("/openapi.json").json()
    assert "404" in spec["paths"]["/coa/api/v1/invoice-payments"]["get"]["responses"]


def test_an_empty_repeated_filter_filters_nothing(client: TestClient) -> None:
    """``?account=`` on the journal entry list is no filter (django-filter skips an empty value)."""
    everything = client.get("/coa/api/journal_entry", params={"all_time": "true"}).json()["count"]
    answer = client.get("/coa/api/journal_entry", params={"all_time": "true", "account": ""})
    assert answer.status_code == 200, answer.text
    assert answer.json()["count"] == everything


def test_the_spec_lists_the_webhook_topics_the_service_takes(client: TestClient) -> None:
    """``WebhookTopic.name`` is an enum of what the topics endpoint lists, so a generated topic is one the
    mock takes, and another is DRF's choice error."""
    spec = client.get("/openapi.json").json()
    listed = [topic["name"] for topic in client.get("/integrations/api/v1/webhook/topics").json()]
    assert spec["components"]["schemas"]["WebhookTopic"]["properties"]["name"]["enum"] == listed
    body = {"url": "https://example.com/hook", "active": True, "topics": [{"name": ""}]}
    answer = client.post("/integrations/api/v1/webhook", json=body)
    assert answer.status_code == 400
    assert answer.json() == {"topics": [{"name": ['"" is not a valid choice.']}]}


@pytest.mark.parametrize(
    ("score", "status", "message"),
    [
        ("0.75", 200, None),
        ("1", 200, None),
        ("57", 400, "Ensure this value is less than or equal to 1.0."),
        ("-0.5", 400, "Ensure this value is greater than or equal to 0.0."),
    ],
)
def test_a_decimal_as_text_keeps_its_numbers_bounds(
    client: TestClient, score: str, status: int, message: str | None
) -> None:
    """A ``confidence_score`` (0 to 1) sent as text is within the bounds the spec's pattern states: what the
    schema allows the mock takes, and what it refuses is a 400 on the field naming the bound, as DRF reads the
    text as a number first (not "A valid number is required.", which is for text that is no number)."""
    match = client.get("/coa/api/transaction-matches").json()["results"][0]["id"]
    answer = client.patch(f"/coa/api/transaction-matches/{match}", json={"confidence_score": score})
    assert answer.status_code == status, answer.text
    if status == 400:
        assert answer.json() == {"confidence_score": [message]}


def test_bulk_apply_states_its_one_of_two_fields(client: TestClient) -> None:
    """Bulk-apply needs ``invoice_ids`` or ``filters`` (not null): the spec's ``anyOf`` says it, and the
    400 says it as the service does."""
    schema = client.get("/openapi.json").json()["components"]["schemas"]["BulkApplyInvoicePayment"]
    assert [branch["required"] for branch in schema["anyOf"]] == [["invoice_ids"], ["filters"]]
    for body in ({"transaction_id": 14728800}, {"transaction_id": 14728800, "invoice_ids": None}):
        answer = client.post("/coa/api/v1/invoice/bulk-apply-payment", json=body)
        assert answer.status_code == 400
        assert answer.json() == {"non_field_errors": ["Give invoice_ids or filters."]}


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "expected"),
    [
        (
            "POST",
            "/coa/api/v1/invoice/bulk-create",
            {"json": {"invoices": [{}]}},
            {"invoices": [{f: ["This field is required."] for f in ("entity", "invoice_date", "lines")}]},
        ),
        (
            "POST",
            "/coa/api/intercompany-journal-entry/balance",
            {"json": {"transactions": []}},
            {"transactions": ["This list may not be empty."]},
        ),
        (
            "GET",
            "/coa/api/vendor",
            {"params": {"sort": "name,-colour"}},
            {
                "sort": [
                    "Unknown sort field 'colour'. Use name, id, email, company_name, dba, last_modified_at,"
                    " created_at, vendor_type; - to reverse."
                ]
            },
        ),
        (
            "GET",
            "/coa/api/transaction/report",
            {"params": {"offset": -1}},
            {"offset": ["Ensure this value is greater than or equal to 0."]},
        ),
        (
            "GET",
            "/coa/api/v1/bill-payments",
            {"params": {"last_modified_at__lte": "0000-01-01T00:00:00-0000"}},
            {"last_modified_at__lte": ["Enter a valid date/time."]},
        ),
    ],
)
def test_rules_the_spec_now_states_are_its_400s(
    client: TestClient, method: str, path: str, kwargs: dict[str, t.Any], expected: dict[str, t.Any]
) -> None:
    """What the service refuses and the spec now states (required fields of a bulk-created invoice, a
    non-empty balance request, the vendor sort fields, a report offset from 0, no year 0000) is refused with
    the field's DRF message, so a schema-valid request is never one of them."""
    answer = client.request(method, path, **kwargs)
    assert answer.status_code == 400
    assert answer.json() == expected


def test_the_upload_lists_its_models(client: TestClient) -> None:
    """The upload's ``model`` is an enum of the models its description lists."""
    spec = client.get("/openapi.json").json()
    model = next(p for p in spec["paths"]["/ca/api/file/upload"]["post"]["parameters"] if p["name"] == "model")
    assert {"bill", "invoice", "journal_entry", "reconciliation_report"} <= set(model["schema"]["enum"])


def test_an_urlencoded_form_requires_no_field_it_cannot_carry(client: TestClient) -> None:
    """An urlencoded twin drops the fields that hold objects, and drops them from ``required`` too, so a
    body a client can send is one the schema allows (a budget's read-only ``tags``, an entity's settings)."""
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    for name in schemas:
        if name.endswith("UrlencodedForm"):
            missing = set(schemas[name].get("required", [])) - set(schemas[name]["properties"])
            assert not missing, (name, missing)


def test_a_relation_id_as_text_may_have_leading_zeros(client: TestClient) -> None:
    """``"0054"`` is entity 54, as DRF's ``int()`` reads it, whatever the zeros (the spec's digit pattern
    counts 18 digits after them)."""
    invoice = client.get("/coa/api/v1/invoice/").json()["results"][0]["id"]
    answer = client.patch(f"/coa/api/v1/invoice/{invoice}", json={"entity": "0" * 20 + "54"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["entity"] == 54


def test_an_empty_form_timestamp_is_null(client: TestClient) -> None:
    """``last_recompute_balance_at=`` in a form is no timestamp (a pattern that refuses the empty text is no
    blank-able text): read as null, as DRF reads an empty value of a nullable field."""
    form = {"name": "Form account", "number": "9124", "account_type": "ASSET", "last_recompute_balance_at": ""}
    answer = client.post("/coa/api/account", data=form)
    assert answer.status_code == 201, answer.text
    assert answer.json()["last_recompute_balance_at"] is None


@pytest.mark.parametrize("amount", [0, "0.00", 10**12])
def test_a_payment_proposal_amount_is_above_0_and_below_an_invoices_largest(
    client: TestClient, amount: int | str
) -> None:
    """A proposal's ``amount`` outside (0, 10**12) is refused under it: the spec states the bounds now, so a
    schema-valid amount is one the pay actions take."""
    invoice = client.get("/coa/api/v1/invoice/").json()["results"][0]["id"]
    body = {"empty_transactions": [{"amount": amount, "payment_date": "2026-01-01"}]}
    answer = client.post(f"/coa/api/v1/invoice/{invoice}/calculate-payment", json=body)
    assert answer.status_code == 400
    assert list(answer.json()) == ["empty_transactions"]
    assert list(answer.json()["empty_transactions"][0]) == ["amount"]


def test_more_rules_the_spec_states(client: TestClient) -> None:
    """A bulk-created invoice's required fields may not be null, an intercompany balance line names its
    entity, and the journal entry list's ``account`` filter is account ids: each a 400 from the spec."""
    nulls = {"invoices": [{"entity": None, "invoice_date": None, "lines": None}]}
    answer = client.post("/coa/api/v1/invoice/bulk-create", json=nulls)
    assert answer.status_code == 400
    assert answer.json() == {"invoices": [{name: ["This field may not be null."] for name in nulls["invoices"][0]}]}
    answer = client.post("/coa/api/intercompany-journal-entry/balance", json={"transactions": [{}]})
    assert answer.status_code == 400
    assert answer.json() == {"transactions": [{"entity": ["This field is required."]}]}
    answer = client.get("/coa/api/journal_entry", params={"account": "x"})
    assert answer.status_code == 400
    assert answer.json() == {"account": ["This value does not match the required pattern."]}


def test_a_download_signature_of_any_text_is_a_403_not_a_500(client: TestClient) -> None:
    """A signature with non-ASCII text is no valid signature: 403, as a tampered one (it was a 500)."""
    made = client.post(
        "/ca/api/file/upload", params={"model": "bill"}, files={"file": ("a.txt", b"a", "text/plain")}
    ).json()
    url = client.get(f"/ca/api/file/{made['id']}/temp-download-url").json()["url"]
    workspace = url.split("workspace=")[1].split("&")[0]
    odd = {"workspace": workspace, "signature": "\u00c3\u00a9\U0010f1af", "expires": "9660"}
    answer = client.get(url.split("?")[0], params=odd)
    assert answer.status_code == 403
    assert answer.json() == {"detail": "This download URL has expired or is not valid."}


def test_the_gl_log_declares_the_404_of_its_cursor(client: TestClient) -> None:
    """The GL log pages by cursor too: a cursor it cannot decode is DRF's 404, declared in its responses."""
    answer = client.get("/coa/api/transaction", params={"cursor": "\u00cb\u00eb"})
    assert answer.status_code == 404
    assert answer.json() == {"detail": "Invalid cursor"}
    spec = client.get("/openapi.json").json()
    assert "404" in spec["paths"]["/coa/api/transaction"]["get"]["responses"]


def test_a_report_limit_is_within_its_page_size_bounds(client: TestClient) -> None:
    """The ledger report's ``limit`` (and ``page_size``) are 0 to 10,000 in the spec, as the report reads them."""
    spec = client.get("/openapi.json").json()
    limit = next(p for p in spec["paths"]["/coa/api/transaction/report"]["get"]["parameters"] if p["name"] == "limit")
    assert (limit["schema"]["minimum"], limit["schema"]["maximum"]) == (0, 10_000)
    answer = client.get("/coa/api/transaction/report", params={"limit": -5})
    assert answer.status_code == 400
    assert answer.json() == {"limit": ["Ensure this value is greater than or equal to 0."]}


def test_a_payment_proposal_s_withholding_is_bounded_in_the_spec(client: TestClient) -> None:
    """``withholding_amount`` below 10**12 is stated on the invoice's payment proposals (as a number and as
    a text), and the pay actions still refuse 10**12 in DRF's words."""
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    for name in ("TransactionPaymentInput", "EmptyTransactionInput"):
        number, text = schemas[name]["properties"]["withholding_amount"]["anyOf"]
        assert (number["maximum"], number["exclusiveMaximum"]) == (999999999999.995, True)  # below 10**12 in cents
        assert re.match(text["pattern"], "999999999999.99") and not re.match(text["pattern"], "1000000000000")
        assert not re.match(text["pattern"], "999999999999.995")
    proposal = {"amount": "1", "payment_date": "2026-01-05", "withholding_amount": 10**12}
    answer = client.post(
        "/coa/api/v1/invoice/47864/calculate-payment",
        json={"transactions": [], "credit_memos": [], "empty_transactions": [proposal]},
    )
    assert answer.status_code == 400
    assert answer.json() == {
        "empty_transactions": [{"withholding_amount": ["Ensure this value is less than 999999999999.995."]}]
    }


INVOICE = {"entity": 54, "client": 42, "invoice_date": "2026-01-05", "due_date": "2026-02-04"}


def test_a_written_invoice_line_gives_an_amount_a_rate_or_a_product(client: TestClient) -> None:
    """The request's line component states the rule (answers keep the shared line, which may lack all three),
    and the service answers a line without any in its own words, under ``amount``."""
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    line = schemas["AccountingInvoiceLineRequest"]
    assert [b["required"] for b in line["anyOf"]] == [["amount"], ["rate"], ["product"]]
    for written in ("AccountingInvoiceRequest", "PatchedAccountingInvoice"):
        items = schemas[written]["properties"]["lines"]["items"]
        assert items == {"$ref": "#/components/schemas/AccountingInvoiceLineRequest"}
    assert schemas["AccountingInvoice"]["properties"]["lines"]["items"]["$ref"].endswith("/AccountingInvoiceLine")
    bulk = schemas["BulkCreateInvoices"]["properties"]["invoices"]["items"]["properties"]["lines"]["items"]
    assert [b["required"] for b in bulk["anyOf"]] == [["amount"], ["rate"], ["product"]]
    refused = client.post("/coa/api/v1/invoice/", json={**INVOICE, "lines": [{"description": "no price"}]})
    assert refused.status_code == 400
    assert refused.json() == {"lines": [{"amount": ["Give amount, rate, or a product with a price."]}]}
    made = client.post("/coa/api/v1/invoice/", json={**INVOICE, "lines": [{"description": "priced", "rate": 5}]})
    assert made.status_code == 201, made.text
    assert made.json()["total_amount"] == 5
    unpriced = client.post("/rr/api/v1/product", json={"name": "No price"}).json()["id"]
    referential = client.post("/coa/api/v1/invoice/", json={**INVOICE, "lines": [{"product": unpriced}]})
    assert referential.status_code == 400  # a product without a price: the product's rule, no schema's
    assert referential.json() == refused.json()


def test_a_balance_rate_naming_no_entity_is_not_echoed(client: TestClient) -> None:
    """A run sent ``exchange_rates: [{}]`` to the intercompany balance: a rate of no entity rates no line, so
    the answer leaves it out (it answered 500 when it echoed ``entity: null``), and the lines stay unrated."""
    line = {"entity": 54, "currency": "EUR"}
    body = {
        "transactions": [{**line, "debit_amount_native": 1000.0}, {**line, "credit_amount_native": 999.5}],
        "exchange_rates": [{}],
    }
    answer = client.post("/coa/api/intercompany-journal-entry/balance", json=body)
    assert answer.status_code == 200, answer.text
    assert answer.json()["exchange_rates"] == []
    assert answer.json()["transactions"][0]["debit_amount_book"] is None  # no rate: null, never invented


def test_a_bulk_apply_form_offers_only_the_choices_it_can_carry(client: TestClient) -> None:
    """An urlencoded body cannot carry ``filters`` (an object: ``filters={}`` is sent as nothing) nor an empty
    ``invoice_ids``, so its form schema's ``anyOf`` asks for a non-empty ``invoice_ids``; the mock refuses
    the body the run sent in the service's words."""
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    urlencoded = schemas["BulkApplyInvoicePaymentUrlencodedForm"]["anyOf"]
    (choice,) = urlencoded  # its list, or (a form's one part) its one item alone: the list needs one item
    (listed,) = [f for f in choice["properties"]["invoice_ids"]["anyOf"] if f.get("type") == "array"]
    assert (choice["required"], listed["minItems"]) == (["invoice_ids"], 1)
    assert [b["required"] for b in schemas["BulkApplyInvoicePayment"]["anyOf"]] == [["invoice_ids"], ["filters"]]
    answer = client.post(  # (a demo deposit nothing used: the answer is the choice's alone)
        "/coa/api/v1/invoice/bulk-apply-payment",
        content="transaction_id=14728802",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 400
    assert answer.json() == {"non_field_errors": ["Give invoice_ids or filters."]}


def test_a_contract_create_ignores_read_only_fields(client: TestClient) -> None:
    """A run created a contract with ``search_text: {}``: read-only fields are ignored on input, as DRF does
    (the contract kept it, and its answer was a 500), and the twin, which does not compute it, answers null."""
    body = {"client": 101, "entity": 11, "deal_name": "Annual", "contract_start_date": "2026-01-01"}
    made = client.post("/rr/api/v1/contracts", json={**body, "search_text": {}, "search_vector": []})
    assert made.status_code == 201, made.text
    assert (made.json()["search_text"], made.json()["search_vector"]) == (None, None)
    commits = [{"name": "Commit", "total_value": 1200, "start_date": "2026-01-01", "expiration_date": "2026-12-31"}]
    with_commits = client.post("/rr/api/v1/contracts", json={**body, "prepaid_commits": commits})
    assert with_commits.status_code == 201, with_commits.text
    listed = client.get(f"/rr/api/v1/contracts/{with_commits.json()['id']}/prepaid-commits").json()
    assert [c["name"] for c in listed.get("results", listed)] == ["Commit"]


def test_a_bulk_created_invoice_lines_rate_beside_its_amount_is_a_number(client: TestClient) -> None:
    """A bulk-created line's ``rate`` given beside the ``amount`` that prices it is stated as a number (or its
    text), so text that is none is outside the spec and refused in DRF's nesting; a number's text is kept."""
    spec = client.get("/openapi.json").json()["components"]["schemas"]["BulkCreateInvoices"]
    line = spec["properties"]["invoices"]["items"]["properties"]["lines"]["items"]
    assert {"amount", "rate", "product"} <= set(line["properties"])
    invoice = {"client": 42, "entity": 1, "invoice_date": "2025-01-01"}
    bad = client.post(
        "/coa/api/v1/invoice/bulk-create", json={"invoices": [{**invoice, "lines": [{"amount": 5, "rate": "abc"}]}]}
    )
    assert bad.status_code == 400
    assert bad.json() == {"invoices": [{"lines": [{"rate": ["A valid number is required."]}]}]}
    good = client.post(
        "/coa/api/v1/invoice/bulk-create", json={"invoices": [{**invoice, "lines": [{"amount": 5, "rate": "5.5"}]}]}
    )
    assert good.status_code == 201, good.text
