"""Helpers of the payables tests: make bills, read them, and read the books they post to."""

from __future__ import annotations

import typing as t
from decimal import Decimal

from starlette.testclient import TestClient

BILLS = "/coa/api/v1/bill"
MEMOS = "/coa/api/v1/debit-memo"
PAYMENTS = "/coa/api/v1/bill-payments"
#: The demo chart's payables, operating bank and company card accounts.
AP, BANK, CARD = 2000, 1010, 2100
#: A demo withdrawal of 1,200.00 that already paid bill 31888, and a deposit of 2,500.00 nobody used.
WITHDRAWAL, DEPOSIT = 14728804, 14728802
#: A demo withdrawal of 600.00 to Office Supplies Co (vendor 900) that nothing has used yet.
VENDOR_WITHDRAWAL = 14728805
#: A demo withdrawal of 8,999.99 to ABC Bead Supply that nothing in the seed uses (the docs' Mark Bill Paid
#: example spends 1,000.01 of it).
BIG_WITHDRAWAL = 21069178


def set_clock(client: TestClient, day: str) -> None:
    """Freeze the workspace's clock at noon of ``day``."""
    response = client.post("/__campfire_mock__/clock", json={"now": f"{day}T12:00:00+00:00"})
    assert response.status_code == 200, response.text


def new_bill(
    client: TestClient, /, lines: t.Sequence[tuple[t.Any, t.Any, t.Any]] = ((2622, 100, 0),), **overrides: t.Any
) -> dict[str, t.Any]:
    """A bill of ABC Bead Supply on entity 54 with ``(account, amount, tax)`` lines."""
    body = {
        "entity": 54,
        "vendor": 34182,
        "bill_number": "T-1",
        "bill_date": "2026-05-01",
        "due_date": "2026-05-31",
        "lines": [{"account": a, "amount": amount, "tax": tax, "description": "Supplies"} for a, amount, tax in lines],
        **overrides,
    }
    body = {k: v for k, v in body.items() if v is not None}
    response = client.post(f"{BILLS}/", json=body)
    assert response.status_code == 201, response.text
    return t.cast(dict[str, t.Any], response.json())


def bill(client: TestClient, bill_id: int) -> dict[str, t.Any]:
    response = client.get(f"{BILLS}/{bill_id}/")
    assert response.status_code == 200, response.text
    return t.cast(dict[str, t.Any], response.json())


def pay(client: TestClient, bill_id: int, **sources: t.Any) -> t.Any:
    return client.post(f"{BILLS}/{bill_id}/pay/", json=sources)


def manual(amount: float, day: str = "2026-05-10", account: int = CARD, **more: t.Any) -> dict[str, t.Any]:
    """A manual (empty) transaction item of ``/pay/``."""
    return {"account_id": account, "account_name": "", "amount": amount, "payment_date": day, **more}


def ledger_lines(client: TestClient, account: int) -> list[dict[str, t.Any]]:
    """Every GL line on ``account``, all time."""
    rows: list[dict[str, t.Any]] = []
    url: str | None = "/coa/api/transaction"
    params: dict[str, t.Any] | None = {"all_time": "true", "limit": 1000, "account": account}
    while url:
        page = client.get(url, params=params).json()
        rows += page["results"]
        url, params = page["next"], None
    return rows


def ap_balance(client: TestClient) -> Decimal:
    """The AP account's balance (debits positive: a liability is negative)."""
    return sum((Decimal(str(row["amount"])) for row in ledger_lines(client, AP)), Decimal(0))


def open_payables(client: TestClient) -> Decimal:
    """What live bills owe, less what remains unused on live debit memos held on payables (a memo naming
    another debit account holds its credit there until it pays a bill)."""
    bills = client.get(f"{BILLS}/", params={"limit": 1000}).json()["results"]
    memos = client.get(MEMOS, params={"limit": 1000}).json()["results"]
    owed = sum((Decimal(str(b["amount_due"])) for b in bills if b["voided_date"] is None), Decimal(0))
    held = [m for m in memos if m["voided_date"] is None and m["debit_account"] in (None, AP)]
    unused = sum((Decimal(str(m["amount_remaining"])) for m in held), Decimal(0))
    return owed - unused


def trial_balance_difference(client: TestClient) -> Decimal:
    """Debits less credits of the all-time trial balance (zero when it balances)."""
    body = client.get("/ca/api/get_trial_balance", params={"start_date": "2020-01-01", "end_date": "2030-12-31"})
    assert body.status_code == 200, body.text
    accounts = body.json()["trial_balance"]["accounts"]
    debits = sum((Decimal(str(a["balances"]["debits"])) for a in accounts), Decimal(0))
    credits = sum((Decimal(str(a["balances"]["credits"])) for a in accounts), Decimal(0))
    return debits - credits
