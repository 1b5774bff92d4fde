"""The chart of accounts and bank transactions as a payments integration reads them: accounts with their
types and ``name_and_number``; transactions with the date, description and account ``/pay/`` reads, under
the schema's names, and ``assigned`` once a payment has taken some of the money."""

from __future__ import annotations

from starlette.testclient import TestClient

from .test_invoices import INVOICES, new_invoice

TRANSACTIONS = "/ca/api/transaction"


def test_a_transaction_shows_its_date_description_and_account(client: TestClient) -> None:
    """The seeded ACH payment shows when it posted, what the bank said and which account it is in, by name."""
    txn = client.get(f"{TRANSACTIONS}/14728801").json()
    assert txn["posted_at"] == "2026-02-15T00:00:00+0000"
    assert (txn["date_year"], txn["date_month"]) == ("2026", "02")
    assert txn["bank_description"] == "ACME CORP ACH"
    assert (txn["account"], txn["account_name"]) == (1010, "1010 - Operating Bank Account")
    listed = {t["id"]: t for t in client.get(TRANSACTIONS).json()["results"]}
    assert listed[14728801]["account_name"] == "1010 - Operating Bank Account"


def test_a_transaction_is_assigned_once_a_payment_takes_from_it(client: TestClient) -> None:
    """Paying an invoice with the wire transfer marks it assigned; voiding that payment frees it again."""
    assert client.get(f"{TRANSACTIONS}/14728802").json()["assigned"] is False
    invoice = new_invoice(client)
    body = {"transactions": [{"transaction_id": 14728802, "account_id": 1010, "amount": 100}]}
    paid = client.post(f"{INVOICES}{invoice['id']}/pay/", json=body)
    assert paid.status_code == 200, paid.text
    assert client.get(f"{TRANSACTIONS}/14728802").json()["assigned"] is True
    payment = paid.json()["payment_ids"][0]
    assert client.post(f"{INVOICES}{invoice['id']}/payment/{payment}/void/", json={}).status_code == 200
    assert client.get(f"{TRANSACTIONS}/14728802").json()["assigned"] is False


def test_demo_accounts_have_their_types_and_numbers(client: TestClient) -> None:
    """Receivables, revenue, tax and bank accounts are told apart by type, as an integration picks them."""
    accounts = {a["id"]: a for a in client.get("/coa/api/account").json()["results"]}
    assert (accounts[1010]["account_type"], accounts[1010]["account_subtype"]) == ("ASSET", "BANK")
    assert accounts[2553]["account_subtype"] == "ACCOUNTS_RECEIVABLE"
    assert accounts[169208]["account_type"] == "REVENUE"
    assert accounts[2200]["account_type"] == "LIABILITY"
    assert accounts[1010]["name_and_number"] == "1010 - Operating Bank Account"


def test_a_new_accounts_name_and_number_joins_them(client: TestClient) -> None:
    """An account created with a number shows ``<number> - <name>`` and sorts by its number."""
    made = client.post(
        "/coa/api/account",
        json={"name": "Petty cash", "number": "1020", "account_type": "ASSET", "account_subtype": "BANK"},
    )
    assert made.status_code == 201, made.text
    assert (made.json()["name_and_number"], made.json()["sort_key"]) == ("1020 - Petty cash", "1020")


def test_a_name_that_only_starts_with_the_digits_still_gets_its_number(client: TestClient) -> None:
    """Number ``1`` and name ``10 Main`` is ``1 - 10 Main``: the name holds no number of its own."""
    made = client.post("/coa/api/account", json={"name": "10 Main", "number": "1", "account_type": "ASSET"})
    assert made.status_code == 201, made.text
    assert made.json()["name_and_number"] == "1 - 10 Main"
