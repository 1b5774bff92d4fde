"""The cash flow statement, indirect method, computed from the ledger (``statements.py``'s sums).

Net income, then minus the change of every balance-sheet account that is not cash (``BANK``), in its
section: the account's cash-flow classification, else current accounts operating, fixed and other assets
investing, long-term liabilities and equity financing; beginning cash plus the net change is ending cash,
so the statement reconciles by construction.
"""

from __future__ import annotations

import typing as t
from datetime import date, timedelta

import numpy as np

from .ledger_query import Scope
from .statements import NET_INCOME, Row, Sums, account_fields, as_money, is_balance_sheet, periods
from .workspace import Workspace

SECTIONS = {
    "OPERATING": "Operating Activities",
    "INVESTING": "Investing Activities",
    "FINANCING": "Financing Activities",
}


def cash_section(chart: Row) -> str:
    """The cash-flow section of a balance-sheet account: its classification, else by its subtype."""
    given = str(chart.get("account_cashflow_classification") or "")
    if given in SECTIONS:
        return given
    subtype = str(chart.get("account_subtype") or "")
    if subtype in ("FIXED_ASSET", "OTHER_ASSET"):
        return "INVESTING"
    if subtype in ("LONG_TERM_LIABILITY", "EQUITY", "RETAINED_EARNINGS") or chart.get("account_type") == "EQUITY":
        return "FINANCING"
    return "OPERATING"


def is_cash(chart: Row) -> bool:
    return chart.get("account_subtype") == "BANK"


def cash_flow(ws: Workspace, start: date, end: date, cadence: str = "monthly", scope: Scope | None = None) -> Row:
    """The indirect-method cash flow per period: Net Income, minus each non-cash balance-sheet account's
    change by section, then Net Change in Cash, Beginning Cash and Ending Cash."""
    sums = Sums(ws, scope or Scope())
    cols = periods(start, end, cadence)
    inside = sums.between(list(cols))
    opening = sums.between([(None, first - timedelta(days=1)) for first, _ in cols])
    keys = sums.cols.accounts.tolist()
    labels = [last.isoformat() for _, last in cols]

    def activity(values: t.Iterable[int]) -> dict[str, float]:
        return {label: as_money(int(v)) for label, v in zip(labels, values, strict=True)}

    net = np.zeros(len(cols), dtype=np.int64)
    cash_change = np.zeros(len(cols), dtype=np.int64)
    cash_open = np.zeros(len(cols), dtype=np.int64)
    rows: list[Row] = []
    for i, chart in sums.accounts():
        if not is_balance_sheet(chart):
            net -= inside[i]
        elif is_cash(chart):
            cash_change += inside[i]
            cash_open += opening[i]
        elif inside[i].any():
            rows.append(
                {
                    **account_fields(ws, chart, keys[i]),
                    "hierarchy": [SECTIONS[cash_section(chart)]],
                    "transaction_activity": activity(-inside[i]),
                }
            )
    rows.insert(
        0,
        {
            "account_name": NET_INCOME,
            "account_number": None,
            "hierarchy": [SECTIONS["OPERATING"]],
            "transaction_activity": activity(net),
        },
    )
    rows += [
        {
            "account_name": "Net Change in Cash",
            "account_number": None,
            "hierarchy": [],
            "transaction_activity": activity(cash_change),
        },
        {
            "account_name": "Beginning Cash",
            "account_number": None,
            "hierarchy": [],
            "transaction_activity": activity(cash_open),
        },
        {
            "account_name": "Ending Cash",
            "account_number": None,
            "hierarchy": [],
            "transaction_activity": activity(cash_open + cash_change),
        },
    ]
    return {
        "cash_flow": rows,
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "cadence": cadence,
        "currency": sums.currency,
    }


__all__ = ["SECTIONS", "cash_flow", "cash_section", "is_cash"]
