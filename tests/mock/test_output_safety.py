"""What the mock hands out is safe to open: CSV cells cannot run as formulas; PDFs render any text."""

from __future__ import annotations

import csv
import io

import pypdf
import pytest
from starlette.testclient import TestClient

from campfire_mock.reports.csv_export import safe_cell

PREVIEW = "/coa/api/v1/invoice/report/preview"


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("Acme\r=cmd|' /C calc'!A0", "Acme\r'=cmd|' /C calc'!A0"),
        ("line\n+evil", "line\n'+evil"),
        ("Acme Corp", "Acme Corp"),
        (-12.5, -12.5),
        (None, ""),
    ],
)
def test_cells_that_start_a_formula_are_escaped(value: object, written: object) -> None:
    """OWASP's CSV-injection advice: text starting with = + - @ tab or CR (on any line) gets a leading quote."""
    assert safe_cell(value) == written


def test_report_csv_escapes_client_names(client: TestClient) -> None:
    """A client named like a formula comes out of the CSV export inert; numbers stay numbers."""
    vendor = client.post("/coa/api/vendor/", json={"name": "=cmd|'/C calc'!A0", "vendor_type": "customer"}).json()
    body = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": vendor["id"]}
    assert client.post("/coa/api/v1/invoice/", json={**body, "lines": [{"amount": -5}]}).status_code == 201
    answer = client.get(
        PREVIEW, params={"group_fields": "client_id", "aggregation_fields": "sum:amount", "mode": "csv"}
    )
    rows = list(csv.reader(io.StringIO(answer.text)))
    row = next(r for r in rows if r[0] == str(vendor["id"]))
    assert row[1:] == ["'=cmd|'/C calc'!A0", "-5.0"]


def test_statement_pdf_renders_any_client_name(client: TestClient) -> None:
    """Accents, Cyrillic, right-to-left marks, CJK and emoji in a name give a PDF, not a 500."""
    name = "Zürich Ærø Ωmega Москва \u202eevil 東京 😀"
    vendor = client.post("/coa/api/vendor/", json={"name": name, "vendor_type": "customer"}).json()
    body = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": vendor["id"]}
    assert client.post("/coa/api/v1/invoice/", json={**body, "lines": [{"amount": 75}]}).status_code == 201
    answer = client.get(f"/coa/api/v1/invoice/statement/client/{vendor['id']}/pdf/")
    assert answer.status_code == 200
    text = pypdf.PdfReader(io.BytesIO(answer.content)).pages[0].extract_text()
    assert "Zürich Ærø Ωmega Москва" in text
    assert "75.00" in text
