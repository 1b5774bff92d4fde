"""The chart of accounts (``/coa/api/account`` and its balance-sheet and income-statement lists): each
account's ``name_and_number`` and ``sort_key``."""

from __future__ import annotations

import typing as t

from ..domain.workspace import Workspace
from .generic import ResourceView

Body = dict[str, t.Any]


def chart_account(row: Body) -> Body:
    """An account's ``name_and_number`` (``1010 - Operating Bank Account``) and ``sort_key`` (its number)."""
    name, number = str(row.get("name") or ""), str(row.get("number") or "")
    label = name if not number or name.startswith(f"{number} ") else f"{number} - {name}"
    return {"name_and_number": row.get("name_and_number") or label, "sort_key": row.get("sort_key") or number or name}


class AccountView(ResourceView):
    collections = ("/coa/api/account", "/coa/api/account/balance-sheet", "/coa/api/account/income-statement")

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        return chart_account(row) if schema_name == "ChartAccount" else {}


__all__ = ["AccountView", "chart_account"]
