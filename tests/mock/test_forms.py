"""http/forms.py: form-encoded and multipart bodies are read by their operation's schema, with DRF's field errors."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from .test_invoices import INVOICES, new_invoice

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def test_form_body_is_read_by_its_schema(client: TestClient) -> None:
    """A form-encoded body is coerced field by field ("2026-03-12" stays a date, numbers become numbers)."""
    response = client.post("/coa/api/v1/invoice/145003/default-payment", content=b"posted_at=2026-03-12", headers=FORM)
    assert response.status_code == 200
    assert response.json()["default_payment_amount"] == 3410.4


def test_form_body_with_wrong_types_is_a_field_error(client: TestClient) -> None:
    """A form field that cannot be read as its schema's type is a 400 naming that field (an item of a list of
    objects that is no object: DRF's ``non_field_errors`` in the item's place)."""
    response = client.post(
        "/coa/api/v1/invoice/145003/calculate-payment", content=b"empty_transactions=AAA", headers=FORM
    )
    assert response.status_code == 400
    assert response.json() == {"empty_transactions": [{"non_field_errors": ["Invalid data. Expected a dictionary."]}]}


def test_empty_form_body_reports_missing_fields(client: TestClient) -> None:
    """An empty form body is a 400 listing the required field it lacks."""
    response = client.post("/coa/api/v1/invoice/bulk-create", headers=FORM)
    assert response.status_code == 400
    assert response.json() == {"invoices": ["This field is required."]}


def test_multipart_without_boundary_is_400(client: TestClient) -> None:
    """A multipart body without a boundary is a 400 with DRF's ParseError words."""
    response = client.post(
        "/coa/api/v1/invoice/145003/void/", content=b"x", headers={"Content-Type": "multipart/form-data"}
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "Multipart form parse error - Missing boundary in multipart."}


def test_a_nullable_form_field_reads_its_text_and_the_empty_value_as_null(client: TestClient) -> None:
    """A nullable boolean sent as ``trUE`` is true and sent empty is null, as DRF reads a form."""
    body = b"name=Form+Co&currency=USD&use_whole_month_accounting_for_prepaids=trUE&enable_mid_month_convention="
    made = client.post("/coa/api/entity", content=body, headers=FORM)
    assert made.status_code == 201, made.text
    assert made.json()["use_whole_month_accounting_for_prepaids"] is True
    assert made.json()["enable_mid_month_convention"] is None


def test_a_form_sends_no_null(client: TestClient) -> None:
    """The text ``null`` is no integer: a form cannot send null (the spec's form schemas say so), so it is a 400."""
    answer = client.post("/coa/api/tag", content=b"name=T&parent=null", headers=FORM)
    assert answer.status_code == 400
    assert answer.json() == {"parent": ["A valid integer is required."]}


def _new_invoice(client: TestClient) -> int:
    """A fresh 1,000.00 invoice of the demo client, open to pay."""
    body = {
        "entity": 54,
        "client": 42,
        "invoice_date": "2026-03-05",
        "due_date": "2026-03-05",
        "lines": [{"product": 3, "quantity": 1, "rate": 1000}],
    }
    made = client.post("/coa/api/v1/invoice/", json=body)
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def test_a_pay_list_field_takes_one_part_holding_a_single_json_object(client: TestClient) -> None:
    """A multipart ``transactions`` of one part holding one JSON object is a list of that one item, as one
    part per item reads: the payment is made for its amount."""
    invoice = _new_invoice(client)
    item = json.dumps({"transaction_id": 14728802, "amount": 100})
    paid = client.post(f"/coa/api/v1/invoice/{invoice}/pay/", files={"transactions": (None, item)})
    assert paid.status_code == 200, paid.text
    assert len(paid.json()["payment_ids"]) == 1
    assert client.get(f"/coa/api/v1/invoice/{invoice}/").json()["amount_paid"] == 100


def test_a_pay_list_field_takes_one_part_holding_the_json_list(client: TestClient) -> None:
    """A multipart ``transactions`` of one part holding the JSON list of two items makes two payments."""
    invoice = _new_invoice(client)
    items = json.dumps([{"transaction_id": 14728802, "amount": 100}, {"transaction_id": 14728802, "amount": 50}])
    paid = client.post(f"/coa/api/v1/invoice/{invoice}/pay/", files={"transactions": (None, items)})
    assert paid.status_code == 200, paid.text
    assert len(paid.json()["payment_ids"]) == 2
    assert client.get(f"/coa/api/v1/invoice/{invoice}/").json()["amount_paid"] == 150


def test_a_list_of_integers_in_a_form_is_one_part_per_item(client: TestClient) -> None:
    """A contract's ``journal_entries`` (a list of integers) sent as a form part ``[1]`` is no integer, as DRF's
    ``getlist()`` reads it, so a nested list never passes as a list (the error keyed by the item's index, as DRF's
    ``ListField`` keys it); the contract is left unchanged."""
    before = client.get("/rr/api/v1/contracts/500").json()["journal_entries"]
    answer = client.patch("/rr/api/v1/contracts/500", content=b"journal_entries=%5B1%5D", headers=FORM)
    assert answer.status_code == 400
    assert answer.json() == {"journal_entries": {"0": ["A valid integer is required."]}}
    assert client.get("/rr/api/v1/contracts/500").json()["journal_entries"] == before


def test_the_spec_says_how_a_form_sends_a_list(client: TestClient) -> None:
    """A form schema's list field states what the mock reads: one part per item, or one part holding the JSON
    list of objects."""
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    for form, field in (("MarkInvoicePaidForm", "transactions"), ("PatchedContractUpdateForm", "journal_entries")):
        said = schemas[form]["properties"][field]["description"]
        assert "one part (or repeated key) per item" in said
        assert "one part holding the JSON list" in said


@pytest.mark.parametrize("multipart", [False, True], ids=["urlencoded", "multipart"])
def test_a_form_bulk_apply_pays_every_invoice_it_lists(client: TestClient, multipart: bool) -> None:
    """``invoice_ids`` sent as two form parts (urlencoded or multipart) pays both invoices, as the JSON body
    does: the list's items are read as integers from the form twin's array branch."""
    a = new_invoice(client, invoice_date="2026-01-01", due_date="2026-01-31")
    b = new_invoice(client, invoice_date="2026-02-01", due_date="2026-03-03")
    fields = [("transaction_id", "14728802"), ("invoice_ids", str(b["id"])), ("invoice_ids", str(a["id"]))]
    if multipart:
        answer = client.post(f"{INVOICES}bulk-apply-payment", files=[(k, (None, v)) for k, v in fields])
    else:
        body = {"transaction_id": "14728802", "invoice_ids": [str(b["id"]), str(a["id"])]}
        answer = client.post(f"{INVOICES}bulk-apply-payment", data=body)
    assert answer.status_code == 200, answer.text
    assert answer.json()["applied"] == [{"invoice_id": a["id"], "amount": 500}, {"invoice_id": b["id"], "amount": 500}]
    for invoice in (a, b):
        assert client.get(f"{INVOICES}{invoice['id']}/").json()["amount_paid"] == 500


def test_a_part_holding_an_object_one_of_the_field_s_choices_is_read_as_that_object(client: TestClient) -> None:
    """A contract's ``tags`` item is a tag id, its digits, or a tag object: a multipart part holding the object
    (``{"id": 1}``, as Schemathesis and a client echoing an answer send it) names tag 1 beside the parts holding
    ids; an object naming none is skipped. It was read as text: "Expected pk value, received str.", a 400 for a
    body the schema allows."""
    fields = [("entity", "54"), ("client", "33973"), ("deal_name", "Tagged"), ("tags", '{"id": 1}'), ("tags", "{}")]
    made = client.post("/rr/api/v1/contracts", files=[(k, (None, v)) for k, v in fields])
    assert made.status_code == 201, made.text
    assert [tag["id"] if isinstance(tag, dict) else tag for tag in made.json()["tags"]] == [1]
    unknown = client.post(
        "/rr/api/v1/contracts", files=[*((k, (None, v)) for k, v in fields[:3]), ("tags", (None, '{"id": 999999}'))]
    )
    assert unknown.status_code == 400
    assert unknown.json() == {"tags": ['Invalid pk "999999" - object does not exist.']}


def test_a_form_s_list_field_takes_its_one_item_alone_as_the_spec_states(client: TestClient) -> None:
    """One part holding one item is a list of one in a form (DRF's ``getlist()``): the form twins say so (the
    list or its item), so a one-part list is no "incorrect type" that a server must refuse; JSON keeps the
    plain list. The contracts' bulk search reads ``contracts={}`` as ``[{}]`` (an empty search item: every
    contract); an account's ``lineage_array=-58800`` is ``["-58800"]``."""
    import jsonschema

    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    search = spec["paths"]["/rr/api/v1/contracts/bulk-search"]["post"]["requestBody"]["content"]
    form = schemas[search["multipart/form-data"]["schema"]["$ref"].rsplit("/", 1)[-1]]
    plain = schemas[search["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]]
    components = {"components": spec["components"]}
    assert jsonschema.Draft4Validator({**form, **components}).is_valid({"contracts": {}})
    assert not jsonschema.Draft4Validator({**plain, **components}).is_valid({"contracts": {}})
    one = client.post("/rr/api/v1/contracts/bulk-search", files={"contracts": (None, "{}")})
    listed = client.post("/rr/api/v1/contracts/bulk-search", json={"contracts": [{}]})
    assert one.status_code == listed.status_code == 200, one.text
    assert one.json() == listed.json()
    account = schemas["ChartAccountForm"]["properties"]["lineage_array"]
    assert jsonschema.Draft4Validator({**account, **components}).is_valid("-58800")


def test_an_empty_part_for_a_nullable_list_of_objects_is_null_as_the_form_twin_states(client: TestClient) -> None:
    """A fixed asset's ``depreciations`` is nullable: its form twin takes the empty text for null, so a multipart
    body with ``depreciations=""`` is read as no depreciations, not as one item that is no object."""
    import jsonschema

    spec = client.get("/openapi.json").json()
    content = spec["paths"]["/coa/api/fixed-asset"]["post"]["requestBody"]["content"]
    form = spec["components"]["schemas"][content["multipart/form-data"]["schema"]["$ref"].rsplit("/", 1)[-1]]
    field = {**form["properties"]["depreciations"], "components": spec["components"]}
    assert jsonschema.Draft4Validator(field).is_valid("")
    fields = {"name": "Laptop", "purchase_date": "2026-01-01", "depreciations": ""}
    made = client.post("/coa/api/fixed-asset", files={k: (None, v) for k, v in fields.items()})
    assert made.status_code == 201, made.text
    sent_null = client.post("/coa/api/fixed-asset", json={**fields, "depreciations": None})
    assert made.json()["depreciations"] == sent_null.json()["depreciations"]
    fields["depreciations"] = '{"post_date": "2026-02-01"}'
    one = client.post("/coa/api/fixed-asset", files={k: (None, v) for k, v in fields.items()})
    assert one.status_code == 201, one.text
    assert [d["post_date"] for d in one.json()["depreciations"]] == ["2026-02-01"]


@pytest.mark.parametrize("multipart", [False, True], ids=["urlencoded", "multipart"])
def test_a_form_twin_says_what_a_form_carries_and_the_mock_reads_it_so(client: TestClient, multipart: bool) -> None:
    """A form has no types: the entity create's form twin states that a text field takes any text, that a field
    sent twice keeps its last value (Django's ``QueryDict``) and that read-only fields are ignored, which it leaves
    out; so the texts a form sends (``name=false``, ``zip_code=12345``, ``customer={}``, two ``currency`` parts)
    fit it, and the mock reads them as DRF does. The JSON body keeps its types and its read-only fields."""
    import jsonschema

    spec = client.get("/openapi.json").json()
    media = "multipart/form-data" if multipart else "application/x-www-form-urlencoded"
    content = spec["paths"]["/coa/api/entity"]["post"]["requestBody"]["content"]
    form = spec["components"]["schemas"][content[media]["schema"]["$ref"].rsplit("/", 1)[-1]]
    plain = spec["components"]["schemas"][content["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]]
    assert not [k for k, v in form["properties"].items() if v.get("readOnly")]
    assert not {"id", "customer", "created_at"} & set(form["properties"]) & set(form.get("required", []))
    assert {"id", "customer"} <= {k for k, v in plain["properties"].items() if v.get("readOnly")}
    assert plain["properties"]["zip_code"]["type"] == "string"
    for said in ("takes any text", "last value", "read-only"):
        assert said in form["description"], said
    fields = [("name", "false"), ("zip_code", "12345"), ("customer", "{}"), ("id", "5")]
    fields += [("currency", "EUR"), ("currency", "USD")]
    sent = {k: v for k, v in fields}  # each field as the form's text, the repeated one by its last part
    assert jsonschema.Draft4Validator({**form, "components": spec["components"]}).is_valid(sent)
    if multipart:
        made = client.post("/coa/api/entity", files=[(k, (None, v)) for k, v in fields])
    else:
        made = client.post("/coa/api/entity", content="&".join(f"{k}={v}" for k, v in fields).encode(), headers=FORM)
    assert made.status_code == 201, made.text
    body = made.json()
    assert (body["name"], body["zip_code"], body["currency"]) == ("false", "12345", "USD")
    assert body["id"] != 5 and isinstance(body["customer"], int)


def test_a_user_currency_form_patch_keeps_the_last_part_and_ignores_read_only_fields(client: TestClient) -> None:
    """``PATCH /ca/api/user_currency/1`` as a form: ``currency`` sent twice is the last, ``name`` and ``customer``
    (read-only, absent from the form twin) change nothing."""
    spec = client.get("/openapi.json").json()
    content = spec["paths"]["/ca/api/user_currency/{id}"]["patch"]["requestBody"]["content"]
    for media in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = spec["components"]["schemas"][content[media]["schema"]["$ref"].rsplit("/", 1)[-1]]
        assert set(form["properties"]) == {"currency"}
    before = client.get("/ca/api/user_currency/1").json()
    sent = b"currency=EUR&currency=GBP&name=x&customer=9"
    answer = client.patch("/ca/api/user_currency/1", content=sent, headers=FORM)
    assert answer.status_code == 200, answer.text
    assert answer.json()["currency"] == "GBP"
    assert (answer.json()["name"], answer.json()["customer"]) == (before["name"], before["customer"])
