"""The chart of accounts (``/coa/api/account``): each account's ``name_and_number``, ``sort_key``, lineage
(``lineage_array``) and its balances from the ledger (``current_balance``, ``balance_ytd``:
``domain/general_ledger.py``); a budget's accounts (``/coa/api/budgets/{budget_pk}/accounts``) with their
account's lineage. The balance-sheet and income-statement lists are the ledger's (``views/statements.py``)."""

from __future__ import annotations

import typing as t

from ..domain.lineage import lineage
from ..domain.values import object_key
from ..domain.workspace import Workspace
from .generic import ResourceView

Body = dict[str, t.Any]


def chart_account(ws: Workspace, row: Body) -> Body:
    """An account's ``name_and_number`` (``1010 - Operating Bank Account``), ``sort_key`` (its number),
    its balances from the ledger, and ``has_associated_data``: whether ledger lines post to it."""
    name, number = str(row.get("name") or ""), str(row.get("number") or "")
    label = name if not number or name.startswith(f"{number} ") else f"{number} - {name}"
    from ..domain.general_ledger import account_balances, accounts_with_lines  # numpy loads on first use

    current, ytd = account_balances(ws).get(int(row["id"]), (0.0, 0.0)) if "id" in row else (0.0, 0.0)
    return {
        "has_associated_data": "id" in row and int(row["id"]) in accounts_with_lines(ws),
        "name_and_number": row.get("name_and_number") or label or None,
        "sort_key": row.get("sort_key") or number or name or None,
        "current_balance": current,
        "current_balance_book": current,
        "balance_ytd": ytd,
        "lineage_array": account_lineage(ws, row),
    }


def account_lineage(ws: Workspace, row: Body) -> list[str]:
    """An account's "lineage array from root to this account": as written, else the ids (as strings) of its
    parents, root first, and its own (``domain/lineage.py``, over the chart)."""
    stored = row.get("lineage_array")
    return list(stored) if isinstance(stored, list) else lineage(ws, row, "account")


class AccountView(ResourceView):
    collections = ("/coa/api/account", "/coa/api/account/balance-sheet", "/coa/api/account/income-statement")

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        return chart_account(ws, row) if schema_name == "ChartAccount" else {}


class BudgetAccountView(ResourceView):
    """A budget's accounts: each one's ``account_lineage`` is its account's (null without one)."""

    collections = ("/coa/api/budgets/{budget_pk}/accounts",)

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        if schema_name not in ("BudgetAccount", "PatchedBudgetAccount"):
            return {}
        key = object_key(row.get("account"))
        account = ws.refs["account"].look(key) if key is not None else None
        return {"account_lineage": account_lineage(ws, account) if account is not None else None}


__all__ = ["AccountView", "BudgetAccountView", "account_lineage", "chart_account"]
