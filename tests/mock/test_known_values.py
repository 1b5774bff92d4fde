"""Values the twin knows, answered rather than left null or false (issue 36's "where the twin knows a value,
answer it"), found by an acceptance pass against the running twin: a chart account's ``has_associated_data``,
a GL line's bill and invoice ids and numbers, a bank transaction's month and year from upstream's
``posted_at``; and a customer's delete refusal naming it a customer."""

from __future__ import annotations

from starlette.testclient import TestClient

ACCOUNTS = "/coa/api/account"
BILLS = "/coa/api/v1/bill/"
BANK = "/ca/api/transaction"
REVENUE_ACCOUNT = 169208  # 4107 Subscription fees: the demo's invoices post to it
HOSTING = 5000  # 5000 Hosting and Infrastructure
VENDOR = 34182  # ABC Bead Supply


def test_an_account_lines_post_to_has_associated_data_and_a_new_one_has_none(client: TestClient) -> None:
    """The revenue account every demo invoice posts to has associated data; a new account does not until a
    journal entry posts to it."""
    assert client.get(f"{ACCOUNTS}/{REVENUE_ACCOUNT}").json()["has_associated_data"] is True
    made = client.post(ACCOUNTS, json={"name": "Audit fees", "number": "6990", "account_type": "OPERATING_EXPENSES"})
    assert made.status_code == 201, made.text
    assert made.json()["has_associated_data"] is False
    key = made.json()["id"]
    entry = {
        "date": "2025-07-31",
        "type": "journal_entry",
        "entity": 1,
        "transactions": [{"account": key, "debit_amount": 10}, {"account": 1010, "credit_amount": 10}],
    }
    assert client.post("/coa/api/journal_entry", json=entry).status_code == 201
    listed = client.get(ACCOUNTS, params={"limit": 1000}).json()["results"]
    assert {a["id"]: a["has_associated_data"] for a in listed}[key] is True


def test_a_bills_gl_lines_name_the_bill_by_id_and_number(client: TestClient) -> None:
    """Each line of a bill's journal entry answers ``bill_id`` and ``bill_number`` (the twin knows both)."""
    body = {
        "entity": 1,
        "vendor": VENDOR,
        "bill_number": "AUDIT-9",
        "bill_date": "2025-08-01",
        "due_date": "2025-08-31",
        "currency": "USD",
        "lines": [{"account": HOSTING, "amount": 100}],
    }
    bill = client.post(BILLS, json=body).json()
    lines = client.get(f"/coa/api/journal_entry/{bill['journal_entry']}").json()["transactions"]
    assert [(ln["bill"], ln["bill_id"], ln["bill_number"]) for ln in lines] == [
        (str(bill["id"]), bill["id"], "AUDIT-9")
    ] * 2
    assert {(ln["invoice_id"], ln["invoice_number"]) for ln in lines} == {(None, None)}


def test_an_invoices_gl_lines_name_its_number(client: TestClient) -> None:
    """A GL line of an invoice's entry answers the invoice's number beside its id."""
    invoice = client.get("/coa/api/v1/invoice/58700").json()
    lines = client.get(f"/coa/api/journal_entry/{invoice['journal_entry']}").json()["transactions"]
    assert {(ln["invoice_id"], ln["invoice_number"]) for ln in lines} == {(58700, invoice["invoice_number"])}


def test_a_bank_transaction_written_with_posted_at_answers_its_month_and_year(client: TestClient) -> None:
    """``date_month``/``date_year`` come from upstream's ``posted_at`` as they do from ``date``; the month is two
    digits ("MM"), as upstream describes the same field of a GL line, derived from the same ``posted_at``."""
    body = {"account": 1010, "amount": 500, "posted_at": "2025-08-02T00:00:00Z", "bank_description": "Deposit"}
    made = client.post(BANK, json=body)
    assert made.status_code == 201, made.text
    read = client.get(f"{BANK}/{made.json()['id']}").json()
    seeded = client.get(f"{BANK}/14728800").json()
    assert (read["date_year"], read["date_month"]) == ("2025", "08")
    assert (seeded["date_year"], seeded["date_month"]) == ("2025", "07")


def test_a_customer_in_use_is_refused_as_a_customer(client: TestClient) -> None:
    """``DELETE /rr/api/v1/customers/42`` is a 409 saying the customer (not "vendor") cannot be deleted."""
    answer = client.delete("/rr/api/v1/customers/42")
    assert answer.status_code == 409
    assert answer.json()["detail"].startswith("This customer cannot be deleted: invoice 145001, invoice 145002")


FEED = {"balance": 100, "available_balance": 100, "balance_as_of_date": "2026-03-01"}
ITEM = {"external_transaction_id": "audit-1", "amount": -42.5, "posted_at": "2026-03-01T00:00:00Z"}


def test_a_feed_of_the_demo_bank_account_makes_transactions_on_its_chart_account(client: TestClient) -> None:
    """The demo bank account is linked to 1010, so a fed transaction answers ``account`` 1010 and its name."""
    answer = client.post("/ca/api/bank-feed/1", json={**FEED, "transactions": [ITEM]})
    assert answer.status_code == 201, answer.text
    fed = client.get(BANK, params={"limit": 1000}).json()["results"]
    made = [(t["account"], t["account_name"]) for t in fed if t["external_transaction_id"] == "audit-1"]
    assert made == [(1010, "1010 - Operating Bank Account")]


def test_a_feed_of_a_bank_account_without_a_chart_account_is_refused(client: TestClient) -> None:
    """A bank account linked to no chart account cannot take a feed (409, saying why): its transactions would
    answer a placeholder ``account``; nothing is created and its balances stay."""
    bank = client.post("/ca/api/account", json={"name": "Unlinked", "entity": 54, "currency": "USD"}).json()
    before = client.get(BANK, params={"limit": 1}).json()["count"]
    answer = client.post(f"/ca/api/bank-feed/{bank['id']}", json={**FEED, "transactions": [ITEM]})
    assert answer.status_code == 409
    assert answer.json() == {
        "detail": f"Bank account {bank['id']} is linked to no chart account (chart_of_accounts_account): "
        "link one before feeding it transactions."
    }
    assert client.get(BANK, params={"limit": 1}).json()["count"] == before
    assert client.get(f"/ca/api/account/{bank['id']}").json()["current_balance"] == bank["current_balance"]


def test_a_revenue_transaction_of_a_credit_memo_answers_the_memos_number_date_and_status(
    client: TestClient,
) -> None:
    """A revenue transaction naming credit memo 4029 answers its number, date, void date and application
    status as the memo does, as one naming an invoice answers the invoice's."""
    memo = client.get("/coa/api/v1/credit-memo/4029").json()
    made = client.post(
        "/rr/api/v1/transactions", json={"credit_memo": 4029, "amount": -10, "transaction_date": "2025-07-01"}
    )
    assert made.status_code == 201, made.text
    fields = ("credit_memo_number", "credit_memo_date", "credit_memo_voided_date", "credit_memo_application_status")
    assert [made.json()[name] for name in fields] == [
        memo["credit_memo_number"],
        memo["credit_memo_date"],
        None,
        memo["application_status"],
    ]
    assert memo["credit_memo_number"] == "CM-0000007"


def test_a_prepaid_commit_answers_the_name_of_the_entity_it_takes_from_its_contract(client: TestClient) -> None:
    """The demo's prepaid commit stores no entity and answers its contract's (54): it names it too."""
    commit = client.get("/rr/api/v1/contracts/12954/prepaid-commits").json()["results"][0]
    entity = client.get("/coa/api/entity/54").json()
    assert (commit["entity"], commit["entity_name"]) == (54, entity["name"])
    assert entity["name"] == "Top Level"


def test_a_vendor_names_its_payment_term_and_a_credit_memo_its_accounts_number(client: TestClient) -> None:
    """Vendor 123 on payment term 1 ("Net 30") answers ``payment_term_name_display`` "Net 30", as a customer;
    credit memo 4100 crediting 1100 Accounts Receivable answers ``credit_account_number`` "1100"."""
    assert client.get("/coa/api/vendor/123").json()["payment_term_name_display"] == "Net 30"
    assert client.get("/rr/api/v1/customers/123").json()["payment_term_name_display"] == "Net 30"
    memo = client.get("/coa/api/v1/credit-memo/4100").json()
    assert (memo["credit_account"], memo["credit_account_name"], memo["credit_account_number"]) == (
        2553,
        "1100 - Accounts Receivable",
        "1100",
    )
