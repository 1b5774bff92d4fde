"""An invoice built straight from its validated body (``domain/invoice_input.py``): a body of fields the rules
read is not cleaned first, and answers as its cleaned copy would; any other body is cleaned first."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.domain.invoice_input import NotClean, reads_whole
from campfire_mock.errors import ValidationFailed
from campfire_mock.limits import MAX_INT

INVOICES = "/coa/api/v1/invoice/"
SENT = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42}
TOO_LARGE = f"Ensure this value is less than or equal to {MAX_INT} in size."
#: What differs between two invoices made from the same body: their own ids, numbers and moments.
OWN = {"id", "invoice_number", "journal_entry", "created_at", "last_modified_at", "search_text"}


def _made(client: TestClient, body: dict[str, t.Any]) -> dict[str, t.Any]:
    made = client.post(INVOICES, json=body)
    assert made.status_code == 201, made.text
    answer = {k: v for k, v in made.json().items() if k not in OWN}
    answer["lines"] = [{k: v for k, v in ln.items() if k not in OWN} for ln in answer["lines"]]
    return answer


def test_a_body_of_fields_the_rules_read_is_read_whole() -> None:
    """Dates, relations and lines of product, quantity and rate are read whole; a read-only, unknown or kept
    extra field, or a line naming its invoice, sends the body to the cleaner first."""
    body = {**SENT, "lines": [{"product": 1, "quantity": 2, "rate": 250}]}
    assert reads_whole(body)
    assert not reads_whole({**body, "total_amount": 9})  # read-only: dropped by the cleaner
    assert not reads_whole({**body, "message_on_invoice": "Thanks"})  # kept as an extra
    assert not reads_whole({**body, "lines": [{"product": 1, "invoice": 3}]})  # read and bounded by the cleaner


def test_an_invoice_read_whole_answers_as_its_cleaned_copy(client: TestClient) -> None:
    """Text ids (``"42"``, ``""``) read whole answer as the same body cleaned first (sent with a field that
    makes it cleaned) does, lines included."""
    lines = [{"product": "1", "quantity": 2, "rate": 250, "department": ""}, {"amount": "12.5", "tax": 1}]
    whole = _made(client, {**SENT, "client": "42", "contract": "", "lines": lines})
    cleaned = _made(client, {**SENT, "client": "42", "contract": "", "lines": lines, "total_amount": 9})
    assert whole == cleaned
    assert (whole["client"], whole["contract"], whole["total_amount"]) == (42, None, 513.5)
    assert [ln["product"] for ln in whole["lines"]] == [1, None]


def test_an_id_beyond_max_int_read_whole_gets_the_cleaners_400(app: t.Any, client: TestClient) -> None:
    """An id no validated body holds (past ``MAX_INT``) stops the whole read (``NotClean``); the create cleans
    the body instead and answers the cleaner's 400 naming the line, and the write draws no id."""
    view = app.compiled.route("coa_api_v1_invoice_create").operation.method.__self__
    body = {**SENT, "lines": [{"amount": 1}, {"amount": 5, "product": MAX_INT + 1}]}
    with app.store.write("test-token") as ws, pytest.raises(NotClean):
        view.services.invoices._apply(ws, None, body, partial=False)
    with app.store.read("test-token") as ws:
        sequences = dict(ws.sequences)
    with pytest.raises(ValidationFailed) as refused, app.store.write("test-token") as ws:
        view.create(ws, None, body)
    assert (refused.value.status, refused.value.body()) == (400, {"lines": [{}, {"product": [TOO_LARGE]}]})
    with app.store.read("test-token") as ws:
        assert ws.sequences == sequences
