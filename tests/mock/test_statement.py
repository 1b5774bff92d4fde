"""The client statement is a real PDF listing the client's open invoices."""

from __future__ import annotations

import io

from pypdf import PdfReader
from starlette.testclient import TestClient


def test_statement_lists_open_invoices_and_balance(client: TestClient) -> None:
    """Acme's statement shows its partly paid invoice and the balance due."""
    response = client.get("/coa/api/v1/invoice/statement/client/42/pdf/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Acme Corp" in text
    assert "INV-0000902" in text
    assert "INV-0000901" not in text  # paid in full
    assert "Total balance due: 15000.00" in text


def test_statement_of_unknown_client_is_404(client: TestClient) -> None:
    """The statement PDF of a client that does not exist is a 404 with ``Not found.``."""
    response = client.get("/coa/api/v1/invoice/statement/client/999999/pdf/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_a_long_statement_lists_100_invoices_and_counts_the_rest(client: TestClient) -> None:
    """With 150 more open invoices, rows stop at 100 and one line counts the others, which the balance includes."""
    new = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [{"amount": 1}]}
    assert client.post("/coa/api/v1/invoice/bulk-create", json={"invoices": [new] * 150}).status_code == 201
    response = client.get("/coa/api/v1/invoice/statement/client/42/pdf/")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "... and 51 more open invoices, included in the balance." in text
    assert "Total balance due: 15150.00" in text
