"""Bank transactions categorised to an account post into the ledger (Dr/Cr the category against the
transaction's bank account) for what payments and refunds have not taken; uncategorising or deleting
the transaction removes the entry, and its lines are system-posted."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

TRANSACTIONS, GL = "/ca/api/transaction", "/coa/api/transaction"
#: A demo deposit of 2,500.00 into the operating bank account (1010) that nothing has used.
DEPOSIT = 14728802


def posted(client: TestClient) -> list[tuple[int | None, t.Any, t.Any, int]]:
    """(account, debit, credit, journal) of every line bank transactions posted."""
    found = []
    for kind in ("deposit", "expense", "transfer"):
        page = client.get(GL, params={"all_time": "true", "journal_type": kind, "limit": 1000}).json()
        found += [(ln["account"], ln["debit_amount"], ln["credit_amount"], ln["journal"]) for ln in page["results"]]
    return sorted(found)


def test_a_categorised_withdrawal_posts_to_its_category_against_the_bank(client: TestClient) -> None:
    """A withdrawal categorised to rent debits rent and credits the bank on its date; the income statement
    shows it and its lines cannot be edited (change the transaction instead)."""
    made = client.post(
        TRANSACTIONS,
        json={"amount": -250, "account": 6100, "posted_at": "2026-04-03T00:00:00+0000", "bank_description": "Rent"},
    )
    assert made.status_code == 201, made.text
    journal = 1_000_000_000 + made.json()["id"]
    assert posted(client) == [(1010, None, 250, journal), (6100, 250, None, journal)]
    statement = client.get(
        "/ca/api/get_income_statement", params={"start_date": "2026-04-01", "end_date": "2026-04-30"}
    )
    rent = next(r for r in statement.json()["income_statement"] if r["account_name"] == "6100 - Rent")
    assert rent["2026-04-30"] == 6500 + 250
    entry = client.get(f"/coa/api/journal_entry/{journal}")
    assert entry.status_code == 200, entry.text
    assert (entry.json()["created_automatically"], entry.json()["type"]) == (True, "expense")
    line = entry.json()["transactions"][0]["id"]
    refused = client.patch(f"{GL}/{line}", json={"bank_description": "Other"})
    assert refused.status_code == 409
    assert str(journal) in refused.json()["detail"]


def test_uncategorising_or_deleting_a_transaction_removes_its_entry(client: TestClient) -> None:
    """Setting the account back to the transaction's bank account uncategorises it; deleting it too."""
    assert client.patch(f"{TRANSACTIONS}/{DEPOSIT}", json={"account": 169209}).status_code == 200
    journal = 1_000_000_000 + DEPOSIT
    assert posted(client) == [(1010, 2500, None, journal), (169209, None, 2500, journal)]
    assert client.patch(f"{TRANSACTIONS}/{DEPOSIT}", json={"account": 1010}).status_code == 200
    assert posted(client) == []
    assert client.patch(f"{TRANSACTIONS}/{DEPOSIT}", json={"account": 169209}).status_code == 200
    assert client.delete(f"{TRANSACTIONS}/{DEPOSIT}").status_code == 204
    assert posted(client) == []


def test_a_payment_from_a_categorised_deposit_leaves_it_only_the_rest(client: TestClient) -> None:
    """An invoice paid with 1,000.00 of a categorised 2,500.00 deposit: the payment posts its cash, the
    category the remaining 1,500.00, so the bank account still takes in exactly the deposit."""
    assert client.patch(f"{TRANSACTIONS}/{DEPOSIT}", json={"account": 169209}).status_code == 200
    inv = client.post(
        "/coa/api/v1/invoice/",
        json={
            "entity": 54,
            "client": 42,
            "invoice_date": "2026-03-05",
            "due_date": "2026-03-05",
            "lines": [{"product": 3, "quantity": 1, "rate": 1000}],
        },
    ).json()
    paid = client.post(
        f"/coa/api/v1/invoice/{inv['id']}/pay/", json={"transactions": [{"transaction_id": DEPOSIT, "amount": 1000}]}
    )
    assert paid.status_code == 200, paid.text
    journal = 1_000_000_000 + DEPOSIT
    assert posted(client) == [(1010, 1500, None, journal), (169209, None, 1500, journal)]
    payment = client.get(f"/coa/api/journal_entry/{paid.json()['journal_entry_ids'][0]}").json()["transactions"]
    assert [(ln["account"], ln["debit_amount"]) for ln in payment if ln["debit_amount"]] == [(1010, 1000)]
    trial = client.get("/ca/api/get_trial_balance", params={"start_date": "2026-01-01", "end_date": "2026-12-31"})
    accounts = trial.json()["trial_balance"]["accounts"]
    assert round(sum(a["balances"]["debits"] for a in accounts), 2) == round(
        sum(a["balances"]["credits"] for a in accounts), 2
    )
