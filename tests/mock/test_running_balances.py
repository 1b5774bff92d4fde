"""A GL line's ``balance_after_transaction`` is its account's balance after it, and its ``customer`` the
workspace's: figures the twin knows, never the ``0`` a missing value used to render as."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

JOURNAL = "/coa/api/journal_entry"
GL = "/coa/api/transaction"
#: A fresh chart account of each natural side, so the demo's lines do not enter the figures.
EXPENSE = {"name": "9990 - Sweep Expense", "number": "9990", "account_type": "OPERATING_EXPENSES"}
LIABILITY = {"name": "2990 - Sweep Accrual", "number": "2990", "account_type": "LIABILITY"}


def _account(client: TestClient, body: dict[str, t.Any]) -> int:
    made = client.post("/coa/api/account", json=body)
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def _entry(client: TestClient, day: str, debit: int, credit: int, amount: float, entity: int = 54) -> dict[str, t.Any]:
    lines = [{"account": debit, "debit_amount": amount}, {"account": credit, "credit_amount": amount}]
    made = client.post(JOURNAL, json={"date": day, "entity": entity, "transactions": lines})
    assert made.status_code == 201, made.text
    return t.cast(dict[str, t.Any], made.json())


def _balances(client: TestClient, account: int) -> list[tuple[str, float]]:
    """(date, balance after) of the account's GL lines, oldest first."""
    window = {"start_date": "2026-01-01", "end_date": "2026-12-31"}
    rows = client.get(GL, params={"account": account, "limit": 100, **window}).json()["results"]
    return sorted((r["posted_at"], r["balance_after_transaction"]) for r in rows)


def test_each_line_answers_its_account_s_balance_after_it_in_the_natural_sign(client: TestClient) -> None:
    """Two accruals on fresh accounts: the expense (debit side) reads 100 then 150, the liability (credit
    side) the same, positive as the statements show it; the create's answer says what the GL log says later."""
    expense, accrual = _account(client, EXPENSE), _account(client, LIABILITY)
    first = _entry(client, "2026-03-01", expense, accrual, 100)
    second = _entry(client, "2026-03-02", expense, accrual, 50)
    assert [ln["balance_after_transaction"] for ln in first["transactions"]] == [100, 100]
    assert [ln["balance_after_transaction"] for ln in second["transactions"]] == [150, 150]
    assert _balances(client, expense) == [("2026-03-01", 100), ("2026-03-02", 150)]
    assert _balances(client, accrual) == [("2026-03-01", 100), ("2026-03-02", 150)]


def test_an_earlier_entry_moves_the_balances_after_it(client: TestClient) -> None:
    """An entry dated before the others is counted first: every later line's balance grows by it (a GL read
    in between kept the ledger; the write's own answer is counted from it)."""
    expense, accrual = _account(client, EXPENSE), _account(client, LIABILITY)
    _entry(client, "2026-03-10", expense, accrual, 40)
    assert _balances(client, expense) == [("2026-03-10", 40)]
    early = _entry(client, "2026-03-01", expense, accrual, 5)
    assert early["transactions"][0]["balance_after_transaction"] == 5
    assert _balances(client, expense) == [("2026-03-01", 5), ("2026-03-10", 45)]


def test_a_balance_is_kept_per_entity(client: TestClient) -> None:
    """The same account's lines in another entity's books (another currency) are not added in."""
    expense, accrual = _account(client, EXPENSE), _account(client, LIABILITY)
    _entry(client, "2026-03-01", expense, accrual, 100)
    euro = _entry(client, "2026-03-02", expense, accrual, 7, entity=11)
    assert [ln["balance_after_transaction"] for ln in euro["transactions"]] == [7, 7]


def test_gl_lines_answer_the_workspace_s_customer(client: TestClient) -> None:
    """A GL line's ``customer`` is the workspace's (as a vendor's or a product's is), never ``0``."""
    expected = client.get("/coa/api/vendor/42").json()["customer"]
    assert expected not in (None, 0)
    entry = _entry(client, "2026-03-01", 6000, 2300, 12)
    assert {ln["customer"] for ln in entry["transactions"]} == {expected}
    rows = client.get(GL, params={"limit": 20}).json()["results"]
    assert {r["customer"] for r in rows} == {expected}
