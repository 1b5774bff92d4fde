"""An invoice answers the payment term it names and that term's name; where it names none, both are null
(the twin never picks one for it: issue 36, "Invented values")."""

from __future__ import annotations

from datetime import date

from starlette.testclient import TestClient

INVOICE = "/coa/api/v1/invoice/{}/"


def test_an_invoice_naming_a_payment_term_answers_its_id_and_name(client: TestClient) -> None:
    """Demo invoice 145003 names payment term 2: it answers 2 and the term's name "2/10 Net 30"."""
    shown = client.get(INVOICE.format(145003)).json()
    assert (shown["payment_term"], shown["payment_term_name"]) == (2, "2/10 Net 30")


def test_an_invoice_naming_no_payment_term_answers_null_not_a_guess(client: TestClient) -> None:
    """Invoice 58700 has terms net_30 and names no payment term, nor do its client and contract; two
    "Net 30" terms (1 and 1234) would fit, so it answers null and null, and its documented terms as stored."""
    shown = client.get(INVOICE.format(58700)).json()
    assert (shown["terms"], shown["payment_term"], shown["payment_term_name"]) == ("net_30", None, None)


def test_setting_a_payment_term_answers_its_name_and_moves_the_due_date(client: TestClient) -> None:
    """PATCH payment_term 1236 ("Net 45", 45 days): the answer and a later GET name it, and the due date is
    the invoice date plus its 45 days."""
    patched = client.patch(INVOICE.format(58700), json={"payment_term": 1236})
    assert patched.status_code == 200, patched.text
    shown = client.get(INVOICE.format(58700)).json()
    for answer in (patched.json(), shown):
        assert (answer["payment_term"], answer["payment_term_name"]) == (1236, "Net 45")
        assert (answer["invoice_date"], answer["due_date"]) == ("2025-07-01", "2025-08-15")


def test_every_seeded_invoice_agrees_with_the_payment_term_it_names(client: TestClient) -> None:
    """A demo invoice naming a payment term has the terms and due date of that term's days (145003, on
    "2/10 Net 30", said net_60 and fell due after 60 days)."""
    days = {1: 30, 2: 30, 1234: 30, 1236: 45}  # the seeded terms: 1 and 1234 are both Campfire's documented ids
    rows = client.get("/coa/api/v1/invoice/", params={"limit": 1000}).json()["results"]
    named = [client.get(INVOICE.format(row["id"])).json() for row in rows if row.get("payment_term") is not None]
    assert 145003 in [inv["id"] for inv in named]
    for inv in named:
        term_days = days[inv["payment_term"]]
        assert inv["terms"] == f"net_{term_days}", inv["id"]
        gap = date.fromisoformat(inv["due_date"]) - date.fromisoformat(inv["invoice_date"])
        assert gap.days == term_days, inv["id"]
