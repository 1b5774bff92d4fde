"""What a document's answer says is what is stored and what the ledger holds: a document sent without its
optional fields (currency, rates) posts in its entity's currency, every journal entry it names exists, and
the figures an accountant checks (trial balance, receivables, revenue) agree with the documents."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from .test_invoices import INVOICES, new_invoice
from .test_payments import manual

MEMOS = "/coa/api/v1/credit-memo"
REVENUE = 169208  # 4107 - Subscription fees
RECEIVABLES = 2553


def _balances(client: TestClient) -> dict[str, float]:
    """Each account's net debit balance over every date the demo books use (trial balance), by account number."""
    params = {"start_date": "2020-01-01", "end_date": "2030-12-31"}
    accounts = client.get("/ca/api/get_trial_balance", params=params).json()["trial_balance"]["accounts"]
    return {a["number"]: round(a["balances"]["debits"] - a["balances"]["credits"], 2) for a in accounts}


def _number(client: TestClient, account: int) -> str:
    return t.cast(str, client.get(f"/coa/api/account/{account}").json()["number"])


def _entry_lines(client: TestClient, journal: int) -> list[dict[str, t.Any]]:
    """The GL lines of journal entry ``journal``, read through the entry itself."""
    response = client.get(f"/coa/api/journal_entry/{journal}")
    assert response.status_code == 200, response.text
    return t.cast(list[dict[str, t.Any]], response.json()["transactions"])


def test_a_credit_memo_without_currency_is_stored_and_posted_in_its_entity_s_currency(client: TestClient) -> None:
    """The trial's memo (no ``currency``) answers USD, reads back USD, and its journal entry credits receivables 150."""
    body = {
        "entity": 54,
        "client": 42,
        "credit_memo_date": "2026-11-18",
        "lines": [{"account": REVENUE, "amount": 150}],
    }
    made = client.post(MEMOS, json=body)
    assert made.status_code == 201, made.text
    memo = made.json()
    assert memo["currency"] == "USD"
    assert client.get(f"{MEMOS}/{memo['id']}").json()["currency"] == "USD"
    lines = _entry_lines(client, memo["journal_entry"])
    assert {(ln["account"], ln["debit_amount"], ln["credit_amount"], ln["currency"]) for ln in lines} == {
        (REVENUE, 150, None, "USD"),
        (RECEIVABLES, None, 150, "USD"),
    }


def test_applying_a_memo_without_currency_keeps_receivables_equal_to_what_the_invoice_is_owed(
    client: TestClient,
) -> None:
    """An invoice of 300 less a memo of 100 applied to it: the invoice is owed 200, receivables rose by 200,
    revenue by 200, and the trial balance still balances."""
    before = _balances(client)
    ar, revenue = _number(client, RECEIVABLES), _number(client, REVENUE)
    lines = [{"product": 2545, "quantity": 1, "rate": 300}]
    inv = new_invoice(client, invoice_date="2026-11-15", due_date="2026-12-15", lines=lines)
    memo_body = {
        "entity": 54,
        "client": 42,
        "credit_memo_date": "2026-11-18",
        "lines": [{"account": REVENUE, "amount": 100}],
    }
    memo = client.post(MEMOS, json=memo_body).json()
    applied = {"credit_memos": [{"credit_memo_id": memo["id"], "amount": 100, "posted_at": "2026-11-19"}]}
    assert client.post(f"{INVOICES}{inv['id']}/pay/", json=applied).status_code == 200
    assert client.get(f"{INVOICES}{inv['id']}/").json()["amount_due"] == 200
    assert client.get(f"{MEMOS}/{memo['id']}").json()["application_status"] == "used"
    after = _balances(client)
    assert round(after[ar] - before.get(ar, 0), 2) == 200
    assert round(after[revenue] - before.get(revenue, 0), 2) == -200  # revenue is a credit balance
    assert round(sum(after.values()), 2) == 0


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (INVOICES, {"invoice_date": "2026-11-15", "due_date": "2026-12-15", "entity": 54, "client": 42,
                    "lines": [{"product": 2545, "quantity": 1, "rate": 300}]}),
        ("/coa/api/v1/bill/", {"entity": 54, "vendor": 34182, "bill_number": "T-1", "bill_date": "2026-11-01",
                               "due_date": "2026-11-30", "lines": [{"account": 2622, "amount": 10}]}),
        ("/coa/api/v1/debit-memo", {"entity": 54, "vendor": 34182, "debit_memo_date": "2026-11-01",
                                    "lines": [{"account": 2622, "amount": 10}]}),
        (MEMOS, {"entity": 54, "client": 42, "credit_memo_date": "2026-11-18",
                 "lines": [{"account": REVENUE, "amount": 5}]}),
    ],
)  # fmt: skip
def test_every_document_sent_without_currency_names_an_entry_that_exists(
    client: TestClient, path: str, body: dict[str, t.Any]
) -> None:
    """Invoices, bills, debit and credit memos sent without ``currency`` answer their entity's, and the
    journal entry they name holds balanced lines in it."""
    made = client.post(path, json=body)
    assert made.status_code == 201, made.text
    assert made.json()["currency"] == "USD"
    lines = _entry_lines(client, made.json()["journal_entry"])
    assert lines and {ln["currency"] for ln in lines} == {"USD"}
    assert sum(ln["debit_amount"] or 0 for ln in lines) == sum(ln["credit_amount"] or 0 for ln in lines) > 0


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (INVOICES, {"invoice_date": "2026-11-15", "due_date": "2026-12-15", "entity": 54, "client": 42,
                    "lines": [{"product": 2545, "quantity": 1, "rate": 300}]}),
        ("/coa/api/v1/bill/", {"entity": 54, "vendor": 34182, "bill_number": "T-2", "bill_date": "2026-11-01",
                               "due_date": "2026-11-30", "lines": [{"account": 2622, "amount": 10}]}),
        ("/coa/api/v1/debit-memo", {"entity": 54, "vendor": 34182, "debit_memo_date": "2026-11-01",
                                    "lines": [{"account": 2622, "amount": 10}]}),
        (MEMOS, {"entity": 54, "client": 42, "credit_memo_date": "2026-11-18",
                 "lines": [{"account": REVENUE, "amount": 5}]}),
        ("/coa/api/journal_entry", {"date": "2026-11-02", "entity": 54, "transactions": [
            {"account": 6000, "debit_amount": 1}, {"account": 2300, "credit_amount": 1}]}),
    ],
)  # fmt: skip
def test_a_foreign_currency_document_without_a_book_rate_is_refused(
    client: TestClient, path: str, body: dict[str, t.Any]
) -> None:
    """A EUR document of a USD entity without ``exchange_rate_book`` is a 400 naming it (the twin knows no
    market rate), not a document whose entry never posts (a journal entry was a 500); with the rate it posts."""
    refused = client.post(path, json={**body, "currency": "EUR"})
    assert refused.status_code == 400
    assert refused.json() == {
        "exchange_rate_book": [
            "This field is required for a document in EUR of an entity keeping its books in USD: the twin knows"
            " no market rate to compute it from."
        ]
    }
    made = client.post(path, json={**body, "currency": "EUR", "exchange_rate_book": 1.1})
    assert made.status_code == 201, made.text
    journal = made.json().get("journal_entry") or made.json()["id"]
    assert {ln["currency"] for ln in _entry_lines(client, journal)} == {"EUR"}


def test_an_overpayment_memo_is_dated_by_the_payment_not_the_server_s_day(client: TestClient) -> None:
    """Cash of 11-26 paying 150 over the invoice makes a memo dated 11-26, whose entry posts on 11-26."""
    inv = new_invoice(client, invoice_date="2026-11-01", due_date="2026-12-01")  # 500 due
    cash = manual(650, "2026-11-26")
    result = client.post(f"{INVOICES}{inv['id']}/pay/", json=cash).json()
    (ref,) = result["auto_created_credit_memos"]
    memo = client.get(f"{MEMOS}/{ref['id']}").json()
    assert memo["credit_memo_date"] == "2026-11-26"
    entry = client.get(f"/coa/api/journal_entry/{memo['journal_entry']}").json()
    assert entry["date"] == "2026-11-26"
    assert {ln["posted_at"] for ln in entry["transactions"]} == {"2026-11-26"}


def test_a_created_invoice_answers_the_receivables_account_it_posts_to(client: TestClient) -> None:
    """``ar_account`` is the account its entry debits (as a bill answers its ``ap_account``), and an invoice
    without a contract answers ``contract_name`` null."""
    inv = new_invoice(client)
    debited = {ln["account"] for ln in _entry_lines(client, inv["journal_entry"]) if ln["debit_amount"]}
    assert inv["ar_account"] == RECEIVABLES and debited == {RECEIVABLES}
    assert client.get(f"{INVOICES}{inv['id']}/").json()["ar_account"] == RECEIVABLES
    assert inv["contract_name"] is None


def test_an_invoice_answers_a_rate_of_1_only_where_nothing_is_converted(client: TestClient) -> None:
    """A EUR invoice of the EUR entity (demo 145004) books at 1 but consolidates into the root entity's USD at
    a rate the twin was never given: ``exchange_rate_book`` 1, ``exchange_rate`` and the consolidated figures
    null; a USD invoice of a USD entity answers 1 for both."""
    eur = client.get("/coa/api/v1/invoice/145004/").json()
    assert (eur["currency"], eur["exchange_rate_book"], eur["exchange_rate"]) == ("EUR", 1, None)
    assert eur["total_amount_book"] == f"{eur['total_amount']:.2f}" and eur["total_amount_consolidation"] is None
    usd = client.get("/coa/api/v1/invoice/47864/").json()
    assert (usd["currency"], usd["exchange_rate_book"], usd["exchange_rate"]) == ("USD", 1, 1)
    assert usd["ar_account"] == RECEIVABLES


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/coa/api/v1/bill/", {"vendor": 34182, "bill_number": "T-4", "bill_date": "2026-11-01",
                               "due_date": "2026-11-30", "lines": [{"account": 2622, "amount": 10}]}),
        ("/coa/api/v1/debit-memo", {"vendor": 34182, "debit_memo_date": "2026-11-01",
                                    "lines": [{"account": 2622, "amount": 10}]}),
        (MEMOS, {"client": 42, "credit_memo_date": "2026-11-18", "lines": [{"account": REVENUE, "amount": 5}]}),
    ],
)  # fmt: skip
def test_bills_and_memos_answer_a_rate_of_1_only_where_nothing_is_converted(
    client: TestClient, path: str, body: dict[str, t.Any]
) -> None:
    """As an invoice: a USD document of a USD entity answers both rates 1 (its entry posts at 1, not null); a EUR
    one of the EUR entity 11 books at 1 and keeps ``exchange_rate`` null (the twin was never given EUR->USD);
    a EUR one of a USD entity answers the book rate it was given, no other."""
    usd = client.post(path, json={**body, "entity": 54}).json()
    assert (usd["currency"], usd["exchange_rate_book"], usd["exchange_rate"]) == ("USD", 1, 1)
    lines = _entry_lines(client, usd["journal_entry"])
    assert {(ln["exchange_rate_book"], ln["exchange_rate"]) for ln in lines} == {(1, 1)}
    eur = client.post(path, json={**body, "entity": 11, "currency": "EUR"}).json()
    assert (eur["exchange_rate_book"], eur["exchange_rate"]) == (1, None)
    given = client.post(path, json={**body, "entity": 54, "currency": "EUR", "exchange_rate_book": 1.1}).json()
    assert (given["exchange_rate_book"], given["exchange_rate"]) == (1.1, None)
    url = f"{path.rstrip('/')}/{usd['id']}" + ("/" if path.endswith("/") else "")
    assert client.get(url).json()["exchange_rate_book"] == 1


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (INVOICES, {"invoice_date": "2026-11-15", "due_date": "2026-12-15", "entity": 11, "client": 42,
                    "lines": [{"product": 2545, "quantity": 1, "rate": 300}]}),
        ("/coa/api/v1/bill/", {"entity": 11, "vendor": 34182, "bill_number": "T-3", "bill_date": "2026-11-01",
                               "due_date": "2026-11-30", "lines": [{"account": 2622, "amount": 10}]}),
        ("/coa/api/v1/debit-memo", {"entity": 11, "vendor": 34182, "debit_memo_date": "2026-11-01",
                                    "lines": [{"account": 2622, "amount": 10}]}),
    ],
)  # fmt: skip
def test_a_put_without_a_book_rate_keeps_the_stored_one(client: TestClient, path: str, body: dict[str, t.Any]) -> None:
    """A USD document of the EUR entity 11 made at rate 0.9, PUT again without ``exchange_rate_book``, is a 200
    keeping 0.9 (as a PATCH does); a PUT moving it to another currency still needs a rate."""
    made = client.post(path, json={**body, "currency": "USD", "exchange_rate_book": 0.9})
    assert made.status_code == 201, made.text
    url = f"{path.rstrip('/')}/{made.json()['id']}" + ("/" if path.endswith("/") else "")
    put = client.put(url, json={**body, "currency": "USD"})
    assert put.status_code == 200, put.text
    assert put.json()["exchange_rate_book"] == 0.9
    assert client.get(url).json()["exchange_rate_book"] == 0.9
    moved = client.put(url, json={**body, "currency": "GBP"})
    assert moved.status_code == 400
    assert list(moved.json()) == ["exchange_rate_book"]
