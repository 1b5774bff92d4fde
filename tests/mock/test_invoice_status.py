"""An invoice's ``status`` follows the bills' rule (``document.status_word``) on the workspace clock: ``past_due``
once something is due after the due date, as the invoice list's ``status`` filter (which declares ``past_due``)
picks it; ``partially_paid`` for a partial one; otherwise its ``payment_status``."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .payables import BILLS, new_bill, set_clock

INVOICES = "/coa/api/v1/invoice/"


def new_invoice(client: TestClient, **overrides: t.Any) -> dict[str, t.Any]:
    """An invoice of 500 to Acme Corp, due on 2026-05-31."""
    body = {"invoice_date": "2026-05-01", "due_date": "2026-05-31", "entity": 54, "client": 42,
            "lines": [{"product": 1, "quantity": 2, "rate": 250}], **overrides}  # fmt: skip
    response = client.post(INVOICES, json=body)
    assert response.status_code == 201, response.text
    return t.cast(dict[str, t.Any], response.json())


def read(client: TestClient, invoice_id: int) -> tuple[t.Any, ...]:
    body = client.get(f"{INVOICES}{invoice_id}/").json()
    return body["status"], body["payment_status"], body["past_due_days"]


def listed(client: TestClient, status: str) -> set[int]:
    page = client.get(INVOICES, params={"status": status, "limit": 1000})
    assert page.status_code == 200, page.text
    return {row["id"] for row in page.json()["results"]}


def pay(client: TestClient, invoice_id: int, amount: float) -> None:
    line = {"account_id": 1010, "account_name": "Bank", "amount": amount, "payment_date": "2026-05-10"}
    response = client.post(f"{INVOICES}{invoice_id}/pay/", json={"empty_transactions": [line]})
    assert response.status_code == 200, response.text


def test_an_unpaid_invoice_becomes_past_due_on_the_workspace_clock(client: TestClient) -> None:
    """Open until its due date; the day after, ``past_due`` with one day past due, on its answer, a later read
    and the list, which ``status=past_due`` picks and ``status=current`` no longer does."""
    set_clock(client, "2026-05-20")
    inv = new_invoice(client)
    assert (inv["status"], inv["payment_status"], inv["past_due_days"]) == ("open", "open", None)
    assert inv["id"] in listed(client, "current") and inv["id"] not in listed(client, "past_due")
    set_clock(client, "2026-05-31")
    assert read(client, inv["id"]) == ("open", "open", None)
    set_clock(client, "2026-06-01")
    assert read(client, inv["id"]) == ("past_due", "open", 1)
    row = next(r for r in client.get(INVOICES, params={"limit": 1000}).json()["results"] if r["id"] == inv["id"])
    assert (row["status"], row["past_due_days"]) == ("past_due", 1)
    assert inv["id"] in listed(client, "past_due") and inv["id"] not in listed(client, "current")


def test_every_past_due_invoice_of_the_list_filter_answers_past_due(client: TestClient) -> None:
    """On the demo seed, the invoices ``status=past_due`` lists are exactly those answering ``past_due``."""
    rows = client.get(INVOICES, params={"limit": 1000}).json()["results"]
    answering = {r["id"] for r in rows if r["status"] == "past_due"}
    assert answering and answering == listed(client, "past_due")
    assert all(r["past_due_days"] for r in rows if r["id"] in answering)


def test_partial_sent_paid_and_voided_invoices_answer_the_bills_words(client: TestClient) -> None:
    """Partial: ``partially_paid`` before the due date, ``past_due`` after; a sent one ``sent`` then
    ``past_due``; paid and voided ones keep their word however late it is."""
    set_clock(client, "2026-05-20")
    partial, sent, paid, voided = (new_invoice(client) for _ in range(4))
    pay(client, partial["id"], 200)
    client.patch(f"{INVOICES}{sent['id']}/", json={"payment_status": "sent"})
    pay(client, paid["id"], 500)
    client.post(f"{INVOICES}{voided['id']}/void/", json={"void_date": "2026-05-20"})
    assert read(client, partial["id"]) == ("partially_paid", "partial", None)
    assert read(client, sent["id"]) == ("sent", "sent", None)
    set_clock(client, "2026-07-01")
    assert read(client, partial["id"]) == ("past_due", "partial", 31)
    assert read(client, sent["id"]) == ("past_due", "sent", 31)
    assert read(client, paid["id"]) == ("paid", "paid", None)
    assert read(client, voided["id"]) == ("voided", "voided", None)


def test_an_invoice_and_a_bill_alike_answer_the_same_status(client: TestClient) -> None:
    """An invoice and a bill of 500, due the same day and paid 200 each, answer the same status on each day."""
    set_clock(client, "2026-05-20")
    inv = new_invoice(client)
    bill = new_bill(client, lines=[(2622, 500, 0)])
    pay(client, inv["id"], 200)
    empty = [{"account_id": 2100, "account_name": "Card", "amount": 200, "payment_date": "2026-05-10"}]
    assert client.post(f"{BILLS}/{bill['id']}/pay/", json={"empty_transactions": empty}).status_code == 200
    for day, word in (("2026-05-20", "partially_paid"), ("2026-06-10", "past_due")):
        set_clock(client, day)
        bill_status = client.get(f"{BILLS}/{bill['id']}/").json()["status"]
        assert (read(client, inv["id"])[0], bill_status) == (word, word)


def test_the_filter_words_are_categories_that_overlap_past_due(client: TestClient) -> None:
    """``status=partially_paid`` and ``status=sent`` list their invoices whether past due or not (categories, as the
    aging buckets are), while each answers one word: a past-due partial invoice is listed by both filters it fits."""
    set_clock(client, "2026-05-20")
    partial = new_invoice(client)
    pay(client, partial["id"], 200)
    set_clock(client, "2026-07-01")
    assert read(client, partial["id"])[0] == "past_due"
    assert partial["id"] in listed(client, "partially_paid") & listed(client, "past_due")
    assert partial["id"] not in listed(client, "paid")
