"""Payments and documents name their journal entries' ``order`` as the entry answers it (seven digits), not the
id as text: a client joining ``payment_journal_entry_order`` to the journal entry list finds the entry."""

from __future__ import annotations

from starlette.testclient import TestClient

from .test_invoices import INVOICES


def test_an_invoice_payment_names_its_entry_s_order(client: TestClient) -> None:
    """A payment's ``payment_journal_entry_order`` is its entry's ``order``; after a void, the voiding entry's."""
    paid = client.post(
        f"{INVOICES}58700/pay/",
        json={
            "empty_transactions": [
                {"amount": 10, "payment_date": "2026-06-01", "account_id": 1010, "account_name": "Bank"}
            ]
        },
    )
    assert paid.status_code == 200, paid.text
    payment_id = paid.json()["payment_ids"][0]
    invoice = client.get(f"{INVOICES}58700/").json()
    payment = next(p for p in invoice["payments"] if p["id"] == payment_id)
    entry = client.get(f"/coa/api/journal_entry/{payment['payment_journal_entry']}").json()
    assert payment["payment_journal_entry_order"] == entry["order"] == f"{entry['id']:07d}"
    assert payment["voided_journal_entry_order"] is None
    voided = client.post(f"{INVOICES}58700/payment/{payment_id}/void", json={"void_date": "2026-06-02"})
    assert voided.status_code == 200, voided.text
    again = next(p for p in client.get(f"{INVOICES}58700/").json()["payments"] if p["id"] == payment_id)
    reversal = client.get(f"/coa/api/journal_entry/{again['voided_journal_entry']}").json()
    assert again["voided_journal_entry_order"] == reversal["order"]
