"""The chart of accounts (``/coa/api/account``): each account's ``name_and_number``, ``sort_key`` and its
balances from the ledger (``current_balance``, ``balance_ytd``: ``domain/general_ledger.py``). The
balance-sheet and income-statement lists are the ledger's (``views/statements.py``)."""

from __future__ import annotations

import typing as t

from ..domain.workspace import Workspace
from .generic import ResourceView

Body = dict[str, t.Any]


def chart_account(ws: Workspace, row: Body) -> Body:
    """An account's ``name_and_number`` (``1010 - Operating Bank Account``), ``sort_key`` (its number) and
    its balances from the ledger."""
    name, number = str(row.get("name") or ""), str(row.get("number") or "")
    label = name if not number or name.startswith(f"{number} ") else f"{number} - {name}"
    from ..domain.general_ledger import account_balances  # numpy loads on first use, not at start-up

    current, ytd = account_balances(ws).get(int(row["id"]), (0.0, 0.0)) if "id" in row else (0.0, 0.0)
    return {
        "name_and_number": row.get("name_and_number") or label or None,
        "sort_key": row.get("sort_key") or number or name or None,
        "current_balance": current,
        "current_balance_book": current,
        "balance_ytd": ytd,
    }


class AccountView(ResourceView):
    collections = ("/coa/api/account", "/coa/api/account/balance-sheet", "/coa/api/account/income-statement")

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        return chart_account(ws, row) if schema_name == "ChartAccount" else {}


__all__ = ["AccountView", "chart_account"]
