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
