"""A statement's row with no account (Net Income, Retained Earnings, the cash totals, Net Operating Income)
answers ``account_number`` null, not an invented ``""``; an account's row answers its account's number."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .test_statements import YEAR, get, row

SUMMARY_ROWS = {
    "/ca/api/get_cash_flow": ("cash_flow", ("Net Income", "Net Change in Cash", "Beginning Cash", "Ending Cash")),
    "/ca/api/get_balance_sheet": ("balance_sheet", ("Retained Earnings", "Net Income")),
    "/ca/api/get_income_statement": ("income_statement", ("Net Income",)),
}


def _numbers(client: TestClient, rows: list[dict[str, t.Any]]) -> None:
    """Every row naming an account answers that account's number."""
    named = [r for r in rows if r.get("account_id") is not None]
    assert named
    for r in named[:5]:
        account = client.get(f"/coa/api/account/{r['account_id']}").json()
        assert r["account_number"] == account["number"] != ""


def test_summary_rows_answer_a_null_account_number(client: TestClient) -> None:
    """The cash flow's totals, the balance sheet's Retained Earnings and Net Income, the income statement's
    Net Income: no account, so no number."""
    for path, (key, names) in SUMMARY_ROWS.items():
        rows = get(client, path, **YEAR, cadence="quarterly")[key]
        for name in names:
            assert row(rows, name)["account_number"] is None, (path, name)
        _numbers(client, [r for r in rows if r["account_name"] not in names])


def test_the_cash_basis_operating_statement_answers_null_for_net_operating_income(client: TestClient) -> None:
    """The cash-basis operating statement's Net Operating Income row names no account."""
    rows = get(client, "/ca/api/cash-basis-operating-statement", **YEAR)["income_statement"]
    assert row(rows, "Net Operating Income")["account_number"] is None


def test_the_cash_flow_v2_lines_answer_their_accounts_numbers(client: TestClient) -> None:
    """Cash flow v2's lines each name an account and answer its number."""
    body = get(client, "/ca/api/get_cash_flow_v2", **YEAR)
    lines = [ln for section in _sections(body) for ln in section.get("lines", [])]
    _numbers(client, lines)


def _sections(body: dict[str, t.Any]) -> list[dict[str, t.Any]]:
    """Every section (nested ones too) of a cash flow v2 answer that holds lines."""
    found: list[dict[str, t.Any]] = []

    def walk(node: t.Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("lines"), list):
                found.append(node)
            for value in node.values():
                walk(value)

    walk(body)
    return found
