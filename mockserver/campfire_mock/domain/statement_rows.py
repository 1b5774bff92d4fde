"""A statement row's account fields: its id, name, number and hierarchy, as every statement answers them."""

from __future__ import annotations

import typing as t

from .workspace import Workspace

Row = dict[str, t.Any]


def account_number(chart: Row, key: int | None) -> str | None:
    """A statement row's ``account_number``: its account's number, null where the row has no account (the
    uncategorized lines, Net Income, Retained Earnings, the cash totals) or its account has none."""
    number = chart.get("number") if key is not None and key >= 0 else None
    return None if number is None or number == "" else str(number)


def account_fields(ws: Workspace, index_row: Row, key: int) -> Row:
    name = str(index_row.get("name") or "Uncategorized")
    return {
        **({"account_id": key} if key >= 0 else {}),
        "account_name": name,
        "account_number": account_number(index_row, key),
        "hierarchy": [
            str(index_row.get("account_type") or "UNCATEGORIZED"),
            str(index_row.get("account_subtype") or ""),
        ],
    }


__all__ = ["account_fields", "account_number"]
