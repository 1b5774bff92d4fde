"""A document line of nothing (free, zero quantity, or wholly discounted) posts no GL line of 0, as a tax or a
discount of 0 posts none and a manual entry refuses a line of 0; the document's own total line stays, and the
books balance."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .payables import new_bill, trial_balance_difference
from .test_credit_memos import new_memo
from .test_invoices import INVOICES
from .test_ledger import JOURNAL, gl_lines


def _entry_lines(client: TestClient, entry_id: int) -> list[tuple[int, float]]:
    response = client.get(f"{JOURNAL}/{entry_id}")
    assert response.status_code == 200, response.text
    return [(line["account"], line["amount"]) for line in response.json()["transactions"]]


def _invoice(client: TestClient, *lines: dict[str, t.Any]) -> dict[str, t.Any]:
    body = {"entity": 54, "client": 42, "invoice_date": "2026-05-01", "due_date": "2026-05-31", "lines": list(lines)}
    made = client.post(INVOICES, json=body)
    assert made.status_code == 201, made.text
    return t.cast(dict[str, t.Any], made.json())


def test_a_free_or_wholly_discounted_invoice_line_posts_no_revenue_line(client: TestClient) -> None:
    """100 + (50 at 100% off) + (0 x 5): receivables 100, revenue 100, and nothing else."""
    inv = _invoice(
        client,
        {"product": 2545, "quantity": 1, "rate": 100},
        {"product": 2545, "quantity": 1, "rate": 50, "discount_percentage": 100},
        {"product": 2545, "quantity": 0, "rate": 5},
    )
    assert inv["total_amount"] == 100
    assert _entry_lines(client, inv["journal_entry"]) == [(2553, 100), (169208, -100)]
    assert all(line["amount"] for line in gl_lines(client, journal_id=inv["journal_entry"]))
    assert trial_balance_difference(client) == 0


def test_an_invoice_of_nothing_keeps_its_receivables_line_alone(client: TestClient) -> None:
    """Every line free: the entry the invoice names still exists, with its total (0) and no revenue lines."""
    inv = _invoice(client, {"product": 2545, "quantity": 1, "rate": 40, "discount_percentage": 100})
    assert _entry_lines(client, inv["journal_entry"]) == [(2553, 0)]
    assert trial_balance_difference(client) == 0


def test_a_bill_or_credit_memo_line_of_zero_posts_nothing(client: TestClient) -> None:
    """The payables and credit-memo rules skip a line of 0 too; their total line stays and they balance."""
    made = new_bill(client, lines=((2622, 100, 0), (2622, 0, 0)))
    assert sorted(amount for _, amount in _entry_lines(client, made["journal_entry"])) == [-100, 100]
    memo = new_memo(client, lines=[{"account": 169208, "amount": 30}, {"account": 169208, "amount": 0}])
    assert sorted(amount for _, amount in _entry_lines(client, memo["journal_entry"])) == [-30, 30]
    assert trial_balance_difference(client) == 0
