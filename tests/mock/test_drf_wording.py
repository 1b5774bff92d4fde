"""Issue 36: a 400 words its field errors as Django REST Framework's fields do.

* Text holding a NUL character is refused under its field, as DRF's ``CharField`` refuses it
  (``ProhibitNullCharactersValidator``), in a JSON body and a form alike.
* A format's error is DRF's field's message (``EmailField``, ``UUIDField``, ``URLField``), not jsonschema's.
"""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from .test_drf_field_errors import DATE, DEPARTMENTS, INVOICE, INVOICES

VENDORS = "/coa/api/vendor"
ENTITIES = "/coa/api/entity"
NULL = "Null characters are not allowed."


@pytest.mark.parametrize("send", ["json", "data"])
def test_text_with_a_nul_character_is_refused_under_its_field(client: TestClient, send: str) -> None:
    """A department's name holding NUL, sent as JSON or as a form: DRF's ``CharField`` words; nothing is made."""
    before = len(client.get(DEPARTMENTS).json())
    answer = client.post(DEPARTMENTS, **{send: {"name": "R\x00D", "code": "RD"}})
    assert (answer.status_code, answer.json()) == (400, {"name": [NULL]})
    assert len(client.get(DEPARTMENTS).json()) == before


def test_a_nul_character_in_a_valid_invoice_is_refused_where_it_is(client: TestClient) -> None:
    """A body otherwise valid (which the compiled path would serve) is refused too, at the line it is in."""
    lines = [{"product": 1, "rate": 5}, {"product": 1, "rate": 5, "description": "a\x00b"}]
    answer = client.post(INVOICES, json={**INVOICE, "lines": lines, "message_on_invoice": "\x00"})
    assert (answer.status_code, answer.json()) == (
        400,
        {"message_on_invoice": [NULL], "lines": [{}, {"description": [NULL]}]},
    )


def test_a_nul_character_in_a_date_or_a_choice_answers_their_own_message_only(client: TestClient) -> None:
    """A date and a choice are no ``CharField``: their own check words the error, once."""
    answer = client.post(INVOICES, json={**INVOICE, "invoice_date": "2026-01-10\x00", "terms": "net_30\x00"})
    assert answer.status_code == 400
    assert answer.json() == {"invoice_date": [DATE], "terms": ['"net_30\x00" is not a valid choice.']}


def test_an_invalid_email_is_drfs_email_message(client: TestClient) -> None:
    answer = client.post(VENDORS, json={"name": "Ink Ltd", "email": "not-an-address"})
    assert (answer.status_code, answer.json()) == (400, {"email": ["Enter a valid email address."]})


def test_an_invalid_uuid_and_url_are_drfs_messages(client: TestClient) -> None:
    answer = client.post(INVOICES, json={**INVOICE, "chat_uuid": "x"})
    assert (answer.status_code, answer.json()) == (400, {"chat_uuid": ["Must be a valid UUID."]})
    entity = client.get(f"{ENTITIES}?limit=1").json()
    key = (entity["results"] if isinstance(entity, dict) else entity)[0]["id"]
    answer = client.patch(f"{ENTITIES}/{key}", json={"logo_url": "not a url"})
    assert (answer.status_code, answer.json()) == (400, {"logo_url": ["Enter a valid URL."]})
