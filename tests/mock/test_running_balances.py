"""A GL line's ``balance_after_transaction`` is its account's balance after it, and its ``customer`` the
workspace's: figures the twin knows, never the ``0`` a missing value used to render as."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.domain import running_balances

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


def _long_entry(expense: int, accrual: int) -> dict[str, t.Any]:
    """A 1,000-line entry: 500 debits of 1..500 cents-of-a-dollar to the expense, each credited to the accrual."""
    lines: list[dict[str, t.Any]] = []
    for n in range(1, 501):
        lines += [{"account": expense, "debit_amount": n / 100}, {"account": accrual, "credit_amount": n / 100}]
    return {"date": "2026-04-01", "entity": 54, "transactions": lines}


def _count_entry_making(monkeypatch: pytest.MonkeyPatch) -> list[None]:
    """A list that grows by one at each call of ``document_entries`` from the running balances (until undone)."""
    calls: list[None] = []
    real = getattr(running_balances, "document_entries")  # noqa: B009 (not exported: patched where used)

    def counting(*args: t.Any, **kwargs: t.Any) -> t.Any:
        calls.append(None)
        return real(*args, **kwargs)

    monkeypatch.setattr(running_balances, "document_entries", counting)
    return calls


@pytest.mark.parametrize("kept", [True, False], ids=["ledger-kept", "no-ledger-kept"])
def test_a_long_entry_s_balances_are_counted_once_not_per_line(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, kept: bool
) -> None:
    """A 1,000-line create makes the documents' entries a bounded number of times (not once per line, which
    made such a create take seconds), and its lines answer the running balances a later GL read answers."""
    expense, accrual = _account(client, EXPENSE), _account(client, LIABILITY)
    _entry(client, "2026-03-01", expense, accrual, 10)
    if kept:
        client.get(GL, params={"limit": 1})  # a read keeps the ledger: the write counts from it
    calls = _count_entry_making(monkeypatch)
    made = client.post(JOURNAL, json=_long_entry(expense, accrual))
    assert made.status_code == 201, made.text
    monkeypatch.undo()
    # kept: the documents written since the read, made again once; not kept: the ledger built once (each of
    # the demo's ~20 posting documents once), where a per-line count made them 1,000 times over
    assert len(calls) <= (5 if kept else 50), len(calls)
    answered = {ln["id"]: ln["balance_after_transaction"] for ln in made.json()["transactions"]}
    assert answered[max(answered)] == 10 + sum(range(1, 501)) / 100
    window: dict[str, str | int] = {"start_date": "2026-04-01", "end_date": "2026-04-01", "limit": 1000}
    read = {
        r["id"]: r["balance_after_transaction"]
        for account in (expense, accrual)
        for r in client.get(GL, params={"account": account, **window}).json()["results"]
    }
    assert read == answered


def test_a_long_intercompany_entry_s_balances_are_counted_once_per_part(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 400-line intercompany create (two parts) makes the documents' entries a bounded number of times, and
    its lines answer the running balances a later GL read answers."""
    client.get(GL, params={"limit": 1})  # a read keeps the ledger: the write counts from it
    lines: list[dict[str, t.Any]] = []
    for entity, debit, credit in ((54, 1300, 1010), (1, 1010, 2700)):
        lines += [{"entity": entity, "account": debit, "debit_amount": 1}] * 100
        lines += [{"entity": entity, "account": credit, "credit_amount": 1}] * 100
    calls = _count_entry_making(monkeypatch)
    made = client.post("/coa/api/intercompany-journal-entry", json={"date": "2026-05-10", "transactions": lines})
    assert made.status_code == 201, made.text
    monkeypatch.undo()
    assert len(calls) <= 10, len(calls)  # per part, the documents written since the read; once per line made it 400+
    answered = {ln["id"]: ln["balance_after_transaction"] for ln in made.json()["transactions"]}
    assert len(answered) == 400
    window: dict[str, str | int] = {"start_date": "2026-05-10", "end_date": "2026-05-10", "limit": 1000}
    rows = client.get(GL, params=window).json()["results"]
    assert {r["id"]: r["balance_after_transaction"] for r in rows if r["id"] in answered} == answered
