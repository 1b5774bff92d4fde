"""Invoices: Campfire's documented examples, computed fields, references, CRUD, void/reopen."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.openapi.documents import load_spec, packaged_spec

from .payables import BILLS, new_bill, set_clock

SPEC = load_spec(packaged_spec())  # the JSON twin of spec/campfire.openapi.yaml: milliseconds, not seconds
INVOICES = "/coa/api/v1/invoice/"


def example(path: str, method: str, name: str) -> dict[str, t.Any]:
    content = SPEC["paths"][path][method]["requestBody"]["content"]["application/json"]
    return t.cast(dict[str, t.Any], content["examples"][name]["value"])


def new_invoice(http: TestClient, **overrides: t.Any) -> dict[str, t.Any]:
    body = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "client": 42,
        "lines": [{"product": 1, "quantity": 2, "rate": 250}],
    }
    body.update(overrides)
    response = http.post(INVOICES, json=body)
    assert response.status_code == 201, response.text
    return t.cast(dict[str, t.Any], response.json())


def test_docs_create_example_returns_what_the_docs_show(client: TestClient) -> None:
    """Campfire's Create Invoice example, sent verbatim on the day it was answered, gives the documented
    response (``open``: due on 2025-07-31, not yet past due)."""
    set_clock(client, "2025-07-25")
    response = client.post(INVOICES, json=example(INVOICES, "post", "CreateInvoiceRequest"))
    assert response.status_code == 201
    body = response.json()
    assert body["id"] == 145055
    assert body["lines"][0]["id"] == 337587
    assert body["journal_entry"] == 7491952
    assert (body["total_amount"], body["amount_paid"], body["amount_due"]) == (55, 0, 55)
    assert (body["status"], body["payment_status"]) == ("open", "open")
    assert (body["entity"], body["client"], body["contract"]) == (54, 33973, 12954)
    assert (body["client_name"], body["entity_name"], body["contract_name"]) == ("Client A", "Top Level", "Campfire")
    assert body["lines"][0]["product"] == 2545
    assert body["lines"][0]["product_name"] == "Product A"
    assert body["stripe_connection"] is None
    assert body["payments"] == [] and body["paid_date"] is None
    assert body["created_at"].endswith("+0000")


def test_docs_retrieve_example_is_seeded(client: TestClient) -> None:
    """Invoice 47864 of the Retrieve Invoice page is in the demo data, fully paid."""
    body = client.get(f"{INVOICES}47864/").json()
    assert body["invoice_number"] == "INV-0000493"
    assert body["search_text"] == "INV_0000493 Apple"
    assert (body["status"], body["total_amount"], body["amount_paid"], body["amount_due"]) == (
        "paid",
        6249.99,
        6249.99,
        0,
    )
    assert body["paid_date"] == "2025-04-30"
    assert body["payments"][0]["id"] == 22220
    assert body["payments"][0]["source"] == "MANUAL"
    assert body["lines"][0]["stripe_product_id"] == "prod_RncZVXRunpKxAk"
    assert body["past_due_days"] is None
    # The line's own timestamps, as the example shows them (seeds/001).
    assert (body["lines"][0]["created_at"], body["lines"][0]["last_modified_at"]) == (
        "2025-05-02T16:24:50+0000",
        "2025-05-02T16:24:50+0000",
    )
    # Other seeded lines take their invoice's creation time, not the moment the workspace was made.
    other = client.get(f"{INVOICES}58700/").json()
    assert {line["created_at"] for line in other["lines"]} == {other["created_at"]}


def test_line_amount_defaults_to_quantity_times_rate(client: TestClient) -> None:
    """A line without amount is quantity x rate, rounded to cents."""
    inv = new_invoice(client, lines=[{"product": 3, "quantity": 3, "rate": 33.333}])
    assert inv["lines"][0]["amount"] == 100.0
    assert inv["total_amount"] == 100


def test_rate_defaults_to_product_price(client: TestClient) -> None:
    """A line with only a product and quantity is priced from the product."""
    inv = new_invoice(client, lines=[{"product": 2, "quantity": 3}])
    assert inv["lines"][0]["rate"] == 500
    assert inv["total_amount"] == 1500


def test_total_includes_tax_and_invoice_discount(client: TestClient) -> None:
    """total_amount = sum(amount + tax) - discount."""
    inv = new_invoice(client, discount=10, lines=[{"product": 1, "quantity": 1, "rate": 100, "tax": 8.5}])
    assert inv["total_amount"] == 98.5
    assert inv["amount_due"] == 98.5


def test_relation_ids_as_numeric_strings_are_accepted(client: TestClient) -> None:
    """As in Campfire's docs, "54" works where 54 is meant."""
    inv = new_invoice(client, entity="54", client="42", lines=[{"product": "1", "quantity": 1, "rate": 5}])
    assert (inv["entity"], inv["client"], inv["lines"][0]["product"]) == (54, 42, 1)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("client", 999999, 'Invalid pk "999999" - object does not exist.'),
        ("client", 901, 'Invalid pk "901" - object is inactive.'),
        ("client", 900, 'Invalid pk "900" - the vendor is not a customer.'),
        ("entity", 77, 'Invalid pk "77" - object is inactive.'),
        ("contract", 31337, 'Invalid pk "31337" - object does not exist.'),
    ],
)
def test_bad_reference_is_a_400_naming_the_field(client: TestClient, field: str, value: int, message: str) -> None:
    """Unknown or inactive clients, entities and contracts are rejected by field."""
    body = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "lines": [{"amount": 5}],
        field: value,
    }
    response = client.post(INVOICES, json=body)
    assert response.status_code == 400
    assert response.json() == {field: [message]}


def test_an_update_leaves_a_kept_relation_that_has_since_gone_inactive_alone(client: TestClient) -> None:
    """A PATCH is validated on the fields it sends (DRF's ``partial=True``): an invoice whose entity and
    client were made inactive after it was written still takes a new memo; naming them again is refused."""
    inv = new_invoice(client)
    assert client.patch("/coa/api/entity/54", json={"active": False}).status_code == 200
    assert client.patch("/coa/api/vendor/42", json={"status": "INACTIVE"}).status_code == 200
    response = client.patch(f"{INVOICES}{inv['id']}/", json={"message_on_invoice": "Thanks"})
    assert response.status_code == 200, response.text
    assert (response.json()["entity"], response.json()["client"]) == (54, 42)
    assert response.json()["message_on_invoice"] == "Thanks"
    response = client.patch(f"{INVOICES}{inv['id']}/", json={"entity": 54, "client": 42})
    assert response.status_code == 400
    assert response.json() == {
        "entity": ['Invalid pk "54" - object is inactive.'],
        "client": ['Invalid pk "42" - object is inactive.'],
    }


def test_bad_line_product_is_reported_per_line(client: TestClient) -> None:
    """Line errors come back as a list with one object per line."""
    body = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "lines": [{"product": 1, "quantity": 1}, {"product": 424242, "amount": 5}],
    }
    response = client.post(INVOICES, json=body)
    assert response.status_code == 400
    assert response.json() == {"lines": [{}, {"product": ['Invalid pk "424242" - object does not exist.']}]}


def test_schema_errors_are_field_keyed(client: TestClient) -> None:
    """Type, format and required errors are reported DRF's way, all at once."""
    response = client.post(INVOICES, json={"invoice_date": "soon", "entity": "x", "lines": [{"quantity": "lots"}]})
    assert response.status_code == 400
    body = response.json()
    assert body["due_date"] == ["This field is required."]
    assert body["invoice_date"] == ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]
    assert body["lines"] == [{"quantity": ["A valid number is required."]}]
    assert "entity" in body


def test_rejected_create_changes_nothing(client: TestClient) -> None:
    """A 400 leaves the invoice count and the next id as they were."""
    before = client.get(INVOICES).json()["count"]
    client.post(
        INVOICES,
        json={
            "invoice_date": "2026-01-10",
            "due_date": "2026-02-09",
            "entity": 54,
            "lines": [{"product": 424242, "amount": 1}],
        },
    )
    assert client.get(INVOICES).json()["count"] == before
    assert new_invoice(client)["id"] == 145055


def test_invoice_number_is_generated_when_omitted(client: TestClient) -> None:
    """Numbers follow INV-0000000 and increase."""
    first, second = new_invoice(client), new_invoice(client)
    assert first["invoice_number"].startswith("INV-")
    assert int(second["invoice_number"][4:]) == int(first["invoice_number"][4:]) + 1


def test_put_replaces_lines_and_keeps_omitted_optional_fields(client: TestClient) -> None:
    """PUT replaces the lines it sends and keeps the optional fields it omits (DRF's PUT saves what it validated)."""
    inv = new_invoice(client, purchase_order_number="PO-1")
    body = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "client": 42,
        "lines": [{"product": 2, "quantity": 1, "rate": 500}],
    }
    updated = client.put(f"{INVOICES}{inv['id']}/", json=body).json()
    assert [ln["product"] for ln in updated["lines"]] == [2]
    assert updated["lines"][0]["id"] != inv["lines"][0]["id"]
    assert updated["total_amount"] == 500
    assert updated["purchase_order_number"] == "PO-1"


def test_patch_changes_only_given_fields(client: TestClient) -> None:
    """PATCH keeps lines and other fields it was not given."""
    inv = new_invoice(client, purchase_order_number="PO-1")
    updated = client.patch(f"{INVOICES}{inv['id']}/", json={"message_on_invoice": "Thanks"}).json()
    assert updated["message_on_invoice"] == "Thanks"
    assert updated["purchase_order_number"] == "PO-1"
    assert updated["lines"] == inv["lines"]


def test_patch_terms_recomputes_due_date(client: TestClient) -> None:
    """Changing terms without a due date moves the due date to match."""
    inv = new_invoice(client)
    updated = client.patch(f"{INVOICES}{inv['id']}/", json={"terms": "net_60"}).json()
    assert updated["due_date"] == "2026-03-11"


def test_bulk_create_computes_due_date_from_terms(client: TestClient) -> None:
    """Bulk items may leave out due_date; it follows the terms."""
    item = {
        "invoice_date": "2026-05-01",
        "terms": "net_15",
        "entity": 1,
        "client": 123,
        "lines": [{"product": 456, "quantity": 1}],
    }
    response = client.post(f"{INVOICES}bulk-create", json={"invoices": [item]})
    assert response.status_code == 201
    assert response.json()[0]["due_date"] == "2026-05-16"


def test_due_date_counts_the_payment_terms_days_when_no_terms_are_sent(client: TestClient) -> None:
    """An invoice sent with a payment term (Net 45) and no terms nor due date is due 45 days later, as a bill."""
    item = {"invoice_date": "2026-05-01", "payment_term": 1236, "entity": 54, "client": 42, "lines": [{"product": 1}]}
    response = client.post(f"{INVOICES}bulk-create", json={"invoices": [item]})
    assert response.status_code == 201, response.text
    assert (response.json()[0]["due_date"], response.json()[0]["terms"]) == ("2026-06-15", "net_30")
    bill = new_bill(client, bill_date="2026-05-01", due_date="2026-05-02")
    patched = client.patch(f"{BILLS}/{bill['id']}/", json={"payment_term": 1236}).json()
    assert patched["due_date"] == "2026-06-15"


def test_patch_of_payment_term_moves_the_due_date_to_its_days(client: TestClient) -> None:
    """A PATCH that names a payment term and no terms or due date moves the due date to the term's days."""
    inv = new_invoice(client)  # 2026-01-10, due 2026-02-09, default terms net_30
    updated = client.patch(f"{INVOICES}{inv['id']}/", json={"payment_term": 1236}).json()
    assert (updated["due_date"], updated["payment_term"]) == ("2026-02-24", 1236)
    kept = client.patch(f"{INVOICES}{inv['id']}/", json={"memo": "x"}).json()
    assert kept["due_date"] == "2026-02-24"
    by_terms = client.patch(f"{INVOICES}{inv['id']}/", json={"terms": "net_15", "payment_term": 1236}).json()
    assert by_terms["due_date"] == "2026-01-25"


def test_bulk_create_is_all_or_nothing(client: TestClient) -> None:
    """One bad invoice rejects the whole batch; the error is reported by position."""
    good = {
        "invoice_date": "2026-05-01",
        "due_date": "2026-05-31",
        "entity": 1,
        "client": 123,
        "lines": [{"product": 456}],
    }
    bad = {**good, "client": 999999}
    before = client.get(INVOICES).json()["count"]
    response = client.post(f"{INVOICES}bulk-create", json={"invoices": [good, bad]})
    assert response.status_code == 400
    assert response.json() == {"invoices": [{}, {"client": ['Invalid pk "999999" - object does not exist.']}]}
    assert client.get(INVOICES).json()["count"] == before


def test_docs_bulk_create_example_works(client: TestClient) -> None:
    """The upstream bulk-create example creates both invoices."""
    response = client.post(f"{INVOICES}bulk-create", json=example(f"{INVOICES}bulk-create", "post", "ExampleRequest"))
    assert response.status_code == 201
    assert [i["total_amount"] for i in response.json()] == [1000, 1000]


def test_bad_bulk_item_is_reported_by_position(client: TestClient) -> None:
    """The spec leaves bulk items free-form; each is still checked as an invoice."""
    item = {"invoice_date": "0", "entity": 1, "lines": [{"product": 456}]}
    response = client.post("/coa/api/v1/invoice/bulk-create", json={"invoices": [item]})
    assert response.status_code == 400
    assert response.json() == {
        "invoices": [{"invoice_date": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]}]
    }


def test_delete_then_retrieve_is_404(client: TestClient) -> None:
    """A deleted invoice is gone."""
    inv = new_invoice(client)
    assert client.delete(f"{INVOICES}{inv['id']}/").status_code == 204
    response = client.get(f"{INVOICES}{inv['id']}/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_void_then_reopen(client: TestClient) -> None:
    """Void sets the date and a reversing entry; reopen clears both (open again: not yet due)."""
    set_clock(client, "2026-01-20")
    inv = new_invoice(client)
    voided = client.post(f"{INVOICES}{inv['id']}/void/", json={"void_date": "2026-01-20"}).json()
    assert (voided["status"], voided["voided_date"]) == ("voided", "2026-01-20")
    assert voided["voided_journal_entry"] is not None
    reopened = client.post(f"{INVOICES}{inv['id']}/reopen/").json()
    assert (reopened["status"], reopened["voided_date"], reopened["voided_journal_entry"]) == ("open", None, None)


def test_void_twice_is_409(client: TestClient) -> None:
    """Voiding a voided invoice is refused."""
    inv = new_invoice(client)
    client.post(f"{INVOICES}{inv['id']}/void/")
    response = client.post(f"{INVOICES}{inv['id']}/void/")
    assert response.status_code == 409
    assert response.json() == {"detail": f"Invoice {inv['id']} is already voided."}


def test_reopen_open_invoice_is_409(client: TestClient) -> None:
    """Only voided invoices can be reopened."""
    inv = new_invoice(client)
    response = client.post(f"{INVOICES}{inv['id']}/reopen/")
    assert response.status_code == 409
    assert response.json() == {"detail": f"Invoice {inv['id']} is not voided, so it cannot be reopened."}


def test_bulk_search_finds_by_exact_number(client: TestClient) -> None:
    """Known numbers return their invoices; unknown ones are listed as not found."""
    response = client.post(
        f"{INVOICES}bulk-search", json={"invoices": [{"invoice_number": "INV-0000493"}, {"invoice_number": "NOPE"}]}
    )
    assert response.status_code == 200
    body = response.json()
    assert [r["id"] for r in body["results"]] == [47864]
    assert body["not_found"] == ["NOPE"]


def test_huge_line_amount_is_a_400_not_a_crash(client: TestClient) -> None:
    """quantity x rate beyond what an invoice can hold is refused by field."""
    body = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "lines": [{"quantity": 9_000_000_000_000_000, "rate": 9_000_000_000_000}],
    }
    response = client.post(INVOICES, json=body)
    assert response.status_code == 400
    assert response.json() == {"lines": [{"amount": ["Ensure quantity x rate is less than 1000000000000 in size."]}]}


def test_invoices_sort_by_paid_date_with_unpaid_last(client: TestClient) -> None:
    """Sorting by a nullable field puts nulls last ascending, first descending."""
    ascending = [i["paid_date"] for i in client.get(INVOICES, params={"sort": "paid_date"}).json()["results"]]
    assert ascending[:2] == ["2025-04-30", "2026-02-01"] and ascending[-1] is None
    descending = [i["paid_date"] for i in client.get(INVOICES, params={"sort": "-paid_date"}).json()["results"]]
    assert descending[0] is None and descending[-1] == "2025-04-30"


def test_nulls_and_defaults_as_the_docs_show_them(client: TestClient) -> None:
    """Campfire's Retrieve Invoice example (seeds/001): a client without an e-mail or invoice message
    shows null there, both exchange rates are 1 for an invoice in its entity's currency, and
    ``reminder_sent_dates`` is ``{}`` before any reminder."""
    apple = client.get("/coa/api/v1/invoice/47864/").json()  # the docs' own Apple invoice
    assert (apple["client_email"], apple["client_invoice_message"]) == (None, None)
    assert (apple["exchange_rate"], apple["exchange_rate_book"]) == (1, 1)
    assert apple["reminder_sent_dates"] == {}
    acme = client.get("/coa/api/v1/invoice/145002/").json()
    assert acme["client_email"] == "ap@acme.example"

    lines = [{"product": 3, "quantity": 1, "rate": 100}]
    body = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": lines}
    given = client.post("/coa/api/v1/invoice/", json={**body, "exchange_rate": 1.1, "exchange_rate_book": 0.9})
    assert (given.json()["exchange_rate"], given.json()["exchange_rate_book"]) == (1.1, 0.9)
    foreign = client.post("/coa/api/v1/invoice/", json={**body, "currency": "EUR", "exchange_rate_book": 1.1}).json()
    assert foreign["entity_currency"] == "USD"
    assert (foreign["exchange_rate"], foreign["exchange_rate_book"]) == (None, 1.1)  # no rates in the mock


def test_repeated_client_and_entity_filters_apply_every_value(client: TestClient) -> None:
    """campfire-api.md, list invoices: `client` and `entity` are "integer (repeatable) ... may be given
    several times"; every value applies, as DRF's multiple-choice filters do."""

    def ids(query: str) -> set[int]:
        return {i["id"] for i in client.get(f"/coa/api/v1/invoice/?limit=100&{query}").json()["results"]}

    acme, apple = ids("client=42"), ids("client=24020")
    assert acme and apple and not acme & apple
    assert ids("client=42&client=24020") == acme | apple
    assert ids("client=42&client=24020&client=999999") == acme | apple
    entities = {i["entity"] for i in client.get("/coa/api/v1/invoice/?limit=100").json()["results"]}
    assert len(entities) >= 2
    first, second = sorted(entities)[:2]
    assert ids(f"entity={first}&entity={second}") == ids(f"entity={first}") | ids(f"entity={second}")
    bad = client.get("/coa/api/v1/invoice/?client=abc&client=42")
    assert bad.status_code == 400
    assert bad.json() == {"client": ["Select a valid choice. abc is not one of the available choices."]}


def test_line_tag_filters(client: TestClient) -> None:
    """campfire-api.md, list invoices: `line_tag_id` keeps "invoices having >=1 line tagged with this tag",
    `line_tag_group_id` those with a line tagged with a tag of this tag group."""
    line = {"product": 3, "quantity": 1, "rate": 100}
    body = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42}
    group = client.post("/coa/api/tag-group", json={"name": "Line tags"}).json()["id"]
    t1, t2, t3 = (client.post("/coa/api/tag", json={"name": f"T{n}", "group": group}).json()["id"] for n in range(3))
    tagged = client.post(
        "/coa/api/v1/invoice/", json={**body, "lines": [line, {**line, "tag_ids": [t1, t2], "tag_group_ids": [group]}]}
    ).json()
    other = client.post("/coa/api/v1/invoice/", json={**body, "lines": [{**line, "tag_ids": [t3]}]}).json()

    def ids(**params: int) -> set[int]:
        return {i["id"] for i in client.get("/coa/api/v1/invoice/", params={"limit": 100, **params}).json()["results"]}

    assert ids(line_tag_id=t2) == {tagged["id"]}
    assert ids(line_tag_id=t3) == {other["id"]}
    assert ids(line_tag_group_id=group) == {tagged["id"]}
    assert ids(line_tag_id=99) == set()
