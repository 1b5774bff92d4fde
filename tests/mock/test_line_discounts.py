"""An invoice line's ``discount_percentage`` gives its ``discount_amount`` (the twin's choice: the line's
``amount`` is before it), and the invoice's total, receivables and revenue are net of it."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .payables import trial_balance_difference
from .test_invoices import INVOICES
from .test_ledger import JOURNAL, sides


def _invoice(*lines: dict[str, t.Any]) -> dict[str, t.Any]:
    return {"entity": 54, "client": 42, "invoice_date": "2026-05-01", "due_date": "2026-05-31", "lines": list(lines)}


def test_a_percentage_gives_the_lines_discount_amount_and_a_net_total(client: TestClient) -> None:
    """10 x 100 at 12.5% off: amount 1000 (before the discount), discount_amount 125, total 875 + tax."""
    made = client.post(
        INVOICES, json=_invoice({"product": 1, "quantity": 10, "rate": 100, "discount_percentage": 12.5, "tax": 20})
    )
    assert made.status_code == 201, made.text
    inv = made.json()
    line = inv["lines"][0]
    assert (line["amount"], line["discount_percentage"], line["discount_amount"]) == (1000, 12.5, 125)
    assert (inv["total_amount"], inv["amount_due"]) == (895, 895)
    assert client.get(f"{INVOICES}{inv['id']}/").json()["lines"][0]["discount_amount"] == 125


def test_the_ledger_posts_revenue_net_of_the_line_discount_and_balances(client: TestClient) -> None:
    """Receivables take the net total, the line's revenue account its net amount; the trial balance stays 0."""
    inv = client.post(
        INVOICES,
        json=_invoice(
            {"product": 1, "quantity": 3, "rate": 33.33, "discount_percentage": "15"},
            {"product": 1, "quantity": 1, "rate": 200, "tax": 10},
        ),
    ).json()
    assert inv["lines"][0]["discount_amount"] == 15  # 99.99 x 15% = 14.9985, half up
    posted = client.get(f"{JOURNAL}/{inv['journal_entry']}").json()
    assert sides(posted) == {2553: 294.99, 169208: -284.99, 2200: -10.0}
    assert inv["total_amount"] == 294.99
    assert trial_balance_difference(client) == 0


def test_a_percentage_replaces_a_sent_discount_amount_and_without_one_it_is_kept(client: TestClient) -> None:
    """``discount_amount`` is "calculated from percentage": a sent one is replaced; alone, it is the line's."""
    both = client.post(
        INVOICES, json=_invoice({"product": 1, "rate": 400, "discount_percentage": 25, "discount_amount": 1})
    )
    assert (both.json()["lines"][0]["discount_amount"], both.json()["total_amount"]) == (100, 300)
    alone = client.post(INVOICES, json=_invoice({"product": 1, "rate": 400, "discount_amount": 40}))
    assert (alone.json()["lines"][0]["discount_amount"], alone.json()["total_amount"]) == (40, 360)
    plain = client.post(INVOICES, json=_invoice({"product": 1, "rate": 400}))
    assert (plain.json()["lines"][0]["discount_amount"], plain.json()["total_amount"]) == (0, 400)


def test_a_patch_of_the_lines_recomputes_the_discount(client: TestClient) -> None:
    """Lines sent again by PATCH are priced again: a new percentage gives a new discount and total."""
    inv = client.post(INVOICES, json=_invoice({"product": 1, "rate": 400, "discount_percentage": 25})).json()
    patched = client.patch(
        f"{INVOICES}{inv['id']}/", json={"lines": [{"product": 1, "rate": 400, "discount_percentage": 50}]}
    )
    assert patched.status_code == 200, patched.text
    assert (patched.json()["lines"][0]["discount_amount"], patched.json()["total_amount"]) == (200, 200)
    assert trial_balance_difference(client) == 0


def test_a_discount_past_the_cap_is_drfs_400_and_stores_nothing(client: TestClient) -> None:
    """A discount amount of 10**12 or more answers DRF's message under the line's field; nothing is made."""
    before = client.get(INVOICES, params={"limit": 1}).json()["count"]
    line = {"product": 1, "quantity": 1, "rate": 100, "discount_amount": 10**12}
    refused = client.post(INVOICES, json=_invoice(line))
    assert refused.status_code == 400
    # the spec's bound (what rounds below 10**12 in cents, as the service caps it), in DRF's words
    assert refused.json() == {"lines": [{"discount_amount": ["Ensure this value is less than 999999999999.995."]}]}
    assert client.get(INVOICES, params={"limit": 1}).json()["count"] == before


def test_a_percentage_outside_0_to_100_is_drfs_400(client: TestClient) -> None:
    """Upstream's "Discount percentage (0-100)": 150 and -5 are refused under the line's field in DRF's words (150%
    made a negative total that debited revenue); 0 and 100 are taken."""
    line = {"product": 1, "quantity": 1, "rate": 100}
    for percent, words in [(150, "less than or equal to 100"), (-5, "greater than or equal to 0")]:
        refused = client.post(INVOICES, json=_invoice({**line, "discount_percentage": percent}))
        assert (refused.status_code, refused.json()) == (
            400,
            {"lines": [{"discount_percentage": [f"Ensure this value is {words}."]}]},
        )
    for percent, total in [(0, 100), (100, 0)]:
        made = client.post(INVOICES, json=_invoice({**line, "discount_percentage": percent}))
        assert (made.status_code, made.json()["total_amount"]) == (201, total)


def test_a_lines_discount_in_currency_counts_once_on_every_path(client: TestClient) -> None:
    """A line's ``discount`` (an amount in currency, writable) is its discount where no percentage nor
    ``discount_amount`` is sent: 100 with ``discount`` 10 totals 90 and posts 90 of revenue, on create, bulk
    create and PATCH alike; sent beside a percentage, the percentage's amount is the discount (not both)."""
    line = {"product": 1, "quantity": 1, "rate": 100, "discount": 10}
    single = client.post(INVOICES, json=_invoice(line))
    assert single.status_code == 201, single.text
    bulk = client.post(f"{INVOICES}bulk-create", json={"invoices": [_invoice(line)]})
    assert bulk.status_code == 201, bulk.text
    made = client.post(INVOICES, json=_invoice({"product": 1, "quantity": 1, "rate": 100}))
    patched = client.patch(f"{INVOICES}{made.json()['id']}/", json={"lines": [line]})
    assert patched.status_code == 200, patched.text
    for inv in (single.json(), bulk.json()[0], patched.json()):
        assert (inv["total_amount"], inv["lines"][0]["discount"], inv["lines"][0]["discount_amount"]) == (90, 10, 10)
        posted = client.get(f"{JOURNAL}/{inv['journal_entry']}").json()
        assert sides(posted) == {2553: 90, 169208: -90}
    both = client.post(INVOICES, json=_invoice({**line, "discount_percentage": 25})).json()
    assert (both["total_amount"], both["lines"][0]["discount_amount"]) == (75, 25)
    assert trial_balance_difference(client) == 0
