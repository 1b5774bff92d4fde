"""Fields real Campfire responses carry that upstream's schema lacks (observed-shapes.md), answered with what
the twin knows: book and consolidation amounts at the rates the document posts at, a debit memo's vendor
e-mail, a customer's lineage, and ``false`` for booleans nobody set."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .test_invoices import INVOICES, new_invoice
from .test_payments import manual

LINES = [{"product": 2545, "quantity": 1, "rate": 300}]


def _amounts(doc: dict[str, t.Any]) -> dict[str, t.Any]:
    return {k: v for k, v in doc.items() if k.endswith(("_book", "_consolidation")) and not k.startswith("exchange")}


def test_an_invoice_answers_its_figures_in_book_and_consolidation_currency(client: TestClient) -> None:
    """A USD invoice of 300 paid 100 shows 300/100/200 in both; a EUR one at 1.1 to USD books 330."""
    inv = new_invoice(client, lines=LINES)
    client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(100))
    assert _amounts(client.get(f"{INVOICES}{inv['id']}/").json()) == {
        "total_amount_book": "300.00",
        "amount_paid_book": "100.00",
        "amount_due_book": "200.00",
        "total_amount_consolidation": "300.00",
        "amount_paid_consolidation": "100.00",
        "amount_due_consolidation": "200.00",
    }
    foreign = new_invoice(client, lines=LINES, currency="EUR", exchange_rate_book=1.1)
    assert (foreign["total_amount_book"], foreign["total_amount_consolidation"]) == ("330.00", "330.00")


def test_a_document_of_an_entity_outside_the_root_currency_has_no_consolidation_amount_without_a_rate(
    client: TestClient,
) -> None:
    """The EUR entity's invoice in EUR converts to its books at 1 and has no USD figure without ``exchange_rate``."""
    inv = new_invoice(client, entity=11, currency="EUR", lines=LINES)
    assert (inv["total_amount_book"], inv["total_amount_consolidation"]) == ("300.00", None)


def test_memos_and_bills_answer_book_and_consolidation_amounts(client: TestClient) -> None:
    """A credit memo, a bill and a debit memo carry theirs, as real ones do."""
    memo_body = {
        "entity": 54,
        "client": 42,
        "credit_memo_date": "2026-11-18",
        "lines": [{"account": 169208, "amount": 40}],
    }
    memo = client.post("/coa/api/v1/credit-memo", json=memo_body).json()
    assert _amounts(memo) == {
        "total_amount_book": "40.00",
        "amount_used_book": "0.00",
        "total_amount_consolidation": "40.00",
        "amount_used_consolidation": "0.00",
    }
    bill_body = {"entity": 54, "vendor": 34182, "bill_number": "O-1", "bill_date": "2026-11-01",
                 "due_date": "2026-11-30", "lines": [{"account": 2622, "amount": 10}]}  # fmt: skip
    bill = client.post("/coa/api/v1/bill/", json=bill_body).json()
    assert (bill["total_amount_book"], bill["amount_due_consolidation"]) == ("10.00", "10.00")
    debit_body = {
        "entity": 54,
        "vendor": 34182,
        "debit_memo_date": "2026-11-01",
        "lines": [{"account": 2622, "amount": 7}],
    }
    debit = client.post("/coa/api/v1/debit-memo", json=debit_body).json()
    assert (debit["total_amount_book"], debit["amount_used_consolidation"]) == ("7.00", "0.00")


def test_a_debit_memo_answers_its_vendor_s_email_and_nulls_for_what_is_unknown(client: TestClient) -> None:
    """``vendor_email`` is the vendor's; ``debit_memo_type`` and ``last_sent_at`` are present and null."""
    assert client.patch("/coa/api/vendor/34182", json={"email": "ar@beads.example"}).status_code == 200
    body = {"entity": 54, "vendor": 34182, "debit_memo_date": "2026-11-01", "lines": [{"account": 2622, "amount": 7}]}
    debit = client.post("/coa/api/v1/debit-memo", json=body).json()
    assert debit["vendor_email"] == "ar@beads.example"
    assert (debit["debit_memo_type"], debit["last_sent_at"], debit["vat_number"]) == (None, None, None)


def test_a_customer_answers_its_lineage_and_unset_booleans_as_false(client: TestClient) -> None:
    """A top-level customer's lineage is itself (arrays, not null); ``use_stripe_auto_bill`` is false, and a new
    invoice's ``auto_send_invoice`` and ``use_stripe_auto_bill`` are false, as Django's boolean fields default."""
    customer = client.get("/rr/api/v1/customers/42").json()
    assert (customer["lineage"], customer["lineage_array"]) == (["42"], ["42"])
    assert customer["use_stripe_auto_bill"] is False
    assert new_invoice(client)["auto_send_invoice"] is False
    assert new_invoice(client, auto_send_invoice=True)["auto_send_invoice"] is True
    assert new_invoice(client)["use_stripe_auto_bill"] is False
    assert new_invoice(client, use_stripe_auto_bill=True)["use_stripe_auto_bill"] is True
