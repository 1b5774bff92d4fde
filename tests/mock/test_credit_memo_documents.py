"""A credit memo's PDF and its sending: ``GET .../{id}/pdf/`` and ``PUT .../{id}/send/``."""

from __future__ import annotations

import io

from pypdf import PdfReader
from starlette.testclient import TestClient

from .test_credit_memos import MEMOS, apply_to_invoice, memo, new_memo


def pdf_text(client: TestClient, memo_id: int) -> str:
    response = client.get(f"{MEMOS}/{memo_id}/pdf/")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_pdf_shows_the_memo_its_lines_and_what_is_left(client: TestClient) -> None:
    """The PDF names the memo, its client and lines, and its total, used and remaining amounts as they stand."""
    created = new_memo(client, amount=250, message_on_credit_memo="Goodwill credit for the March outage")
    apply_to_invoice(client, created["id"], 100)
    text = pdf_text(client, created["id"])
    assert f"Credit memo {created['credit_memo_number']}" in text
    assert "Client: Acme Corp" in text
    assert "Goodwill credit for the March outage" in text
    assert "Service credit 250.00 0.00" in text
    assert "Total: 250.00 USD" in text
    assert "Used: 100.00 USD" in text
    assert "Remaining: 150.00 USD" in text


def test_pdf_of_a_voided_memo_says_so(client: TestClient) -> None:
    """A voided memo's PDF carries its void date."""
    created = new_memo(client)
    assert client.post(f"{MEMOS}/{created['id']}/void/", json={"void_date": "2026-02-03"}).status_code == 200
    assert "VOIDED on 2026-02-03" in pdf_text(client, created["id"])


def test_pdf_renders_text_beyond_latin_1(client: TestClient) -> None:
    """A line described in Greek, or a currency spelled in Cyrillic, is set in the bundled DejaVu font, not
    refused (the currency once broke the core font: a 500)."""
    created = new_memo(client, lines=[{"account": 169208, "amount": 10, "description": "Πίστωση"}])
    assert "Πίστωση" in pdf_text(client, created["id"])
    rubles = new_memo(client, currency="РУБ", exchange_rate_book=0.011)
    assert "Total: 100.00 РУБ" in pdf_text(client, rubles["id"])


def test_pdf_and_send_of_a_missing_or_deleted_memo_are_404(client: TestClient) -> None:
    """Neither the PDF nor sending exists for a memo that never existed or was deleted."""
    created = new_memo(client)
    assert client.delete(f"{MEMOS}/{created['id']}").status_code == 204
    for memo_id in (created["id"], 987654):
        for response in (client.get(f"{MEMOS}/{memo_id}/pdf/"), client.put(f"{MEMOS}/{memo_id}/send/")):
            assert response.status_code == 404
            assert response.json() == {"detail": "Not found."}  # DRF's words, as for any missing object


def test_send_records_when_on_the_workspace_clock(client: TestClient) -> None:
    """Sending answers 200 with no body (as upstream declares) and sets ``last_sent_at`` to the clock's now."""
    created = new_memo(client)
    assert created["last_sent_at"] is None
    assert client.post("/__campfire_mock__/clock", json={"now": "2026-04-01T09:30:00+00:00"}).status_code == 200
    sent = client.put(f"{MEMOS}/{created['id']}/send/")
    assert (sent.status_code, sent.content) == (200, b"")
    after = memo(client, created["id"])
    assert after["last_sent_at"] == "2026-04-01T09:30:00+0000"
    assert after["last_modified_at"] == "2026-04-01T09:30:00+0000"
