"""The chart of accounts as the ledger reads it: accounts by id, and the accounts that play a role.

Posting rules never name an account id. They ask the chart for the account that plays a role, found by
its type and subtype (``ACCOUNTS_RECEIVABLE``, ``BANK``, ...), the lowest account number first when
several do, so a workspace with its own chart posts to its own accounts:

==================  =====================================================================
role                found as
==================  =====================================================================
receivables         subtype ``ACCOUNTS_RECEIVABLE``
payables            subtype ``ACCOUNTS_PAYABLE``
undeposited funds   a ``BANK`` or ``OTHER_CURRENT_ASSET`` account named "Undeposited ...", else the
                    bank account (money received with no bank transaction named)
bank                subtype ``BANK``, one named "Operating ..." first
revenue             type ``REVENUE`` (subtype ``INCOME`` first)
sales tax           a ``*_LIABILITY`` account whose name says "tax" (not "withholding"), else
                    ``OTHER_CURRENT_LIABILITY``
retained earnings   subtype ``RETAINED_EARNINGS``
withheld (AR)       an ``ASSET`` account whose name says "withholding": tax customers withheld, a credit
                    claimable from the authority (``withholding_receivable``)
withheld (AP)       a ``LIABILITY`` account whose name says "withholding": tax withheld from vendors, owed
                    to the authority (``withholding_payable``)
==================  =====================================================================

A chart with no account for a role posts that side to no account (``account: null``, shown as
Uncategorized, as Campfire shows lines it cannot place): the entry still balances and nothing is
invented. Deleted accounts play no role.
"""

from __future__ import annotations

import typing as t

from .generic import is_deleted
from .workspace import Workspace

Row = dict[str, t.Any]

#: Account types whose balances the balance sheet carries; the others are the income statement's.
BALANCE_SHEET_TYPES = frozenset({"ASSET", "LIABILITY", "EQUITY"})
#: Account types whose natural balance is a debit.
DEBIT_TYPES = frozenset({"ASSET", "COGS", "OPERATING_EXPENSES", "OTHER_EXPENSE", "COST_ALLOCATION"})

ROLES = (
    "receivables",
    "payables",
    "undeposited",
    "bank",
    "revenue",
    "sales_tax",
    "retained_earnings",
    "withholding_receivable",
    "withholding_payable",
)


def _number_key(row: Row) -> tuple[str, int]:
    return (str(row.get("number") or row.get("name") or ""), int(row["id"]))


def _pick(rows: list[Row], *tests: t.Callable[[Row], bool]) -> int | None:
    for test in tests:
        found = [r for r in rows if test(r)]
        if found:
            return int(min(found, key=_number_key)["id"])
    return None


def _name(row: Row) -> str:
    return str(row.get("name") or "").lower()


def find_roles(accounts: t.Iterable[Row]) -> dict[str, int | None]:
    """The account playing each role (``ROLES``) in a chart, or ``None`` when none does."""
    rows = [r for r in accounts if not is_deleted(r) and "id" in r]

    def sub(name: str) -> t.Callable[[Row], bool]:
        return lambda r: r.get("account_subtype") == name

    def withholding(kind: str) -> t.Callable[[Row], bool]:
        return lambda r: r.get("account_type") == kind and "withholding" in _name(r)

    def operating(row: Row) -> bool:
        return row.get("account_subtype") == "BANK" and "operating" in _name(row)

    return {
        "receivables": _pick(rows, sub("ACCOUNTS_RECEIVABLE")),
        "payables": _pick(rows, sub("ACCOUNTS_PAYABLE")),
        "undeposited": _pick(
            rows,
            lambda r: r.get("account_subtype") in ("BANK", "OTHER_CURRENT_ASSET") and "undeposited" in _name(r),
            operating,
            sub("BANK"),
        ),
        "bank": _pick(rows, operating, sub("BANK")),
        "revenue": _pick(
            rows,
            lambda r: r.get("account_type") == "REVENUE" and r.get("account_subtype") == "INCOME",
            lambda r: r.get("account_type") == "REVENUE",
        ),
        "sales_tax": _pick(
            rows,
            lambda r: (
                str(r.get("account_subtype") or "").endswith("LIABILITY")
                and "tax" in _name(r)
                and "withholding" not in _name(r)
            ),
            lambda r: sub("OTHER_CURRENT_LIABILITY")(r) and "withholding" not in _name(r),
        ),
        "retained_earnings": _pick(rows, sub("RETAINED_EARNINGS")),
        "withholding_receivable": _pick(rows, withholding("ASSET")),
        "withholding_payable": _pick(rows, withholding("LIABILITY")),
    }


def roles(ws: Workspace) -> dict[str, int | None]:
    """The workspace's role accounts (found again only once a write touches the chart)."""
    stamp = ws.table_stamp("account")
    cached = ws.derived.get("chart_roles")
    if cached is not None and cached[0] == stamp:
        return t.cast(dict[str, int | None], cached[1])
    found = find_roles(row for _, row in sorted(dict.items(ws.refs["account"])))
    ws.derived["chart_roles"] = (stamp, found)
    return found


def account(ws: Workspace, account_id: int | None) -> Row:
    """The chart row of an account id (empty for none or an unknown one); nothing is journaled."""
    if account_id is None:
        return {}
    return t.cast(Row, ws.refs["account"].look(account_id, {}))


def is_receivable_or_payable(row: Row) -> bool:
    """An AR or AP control account (its subledger is the documents, so manual entries stay off it)."""
    return row.get("account_subtype") in ("ACCOUNTS_RECEIVABLE", "ACCOUNTS_PAYABLE")


def product_revenue_account(ws: Workspace, product: int | None) -> int | None:
    """The revenue account a product names (``revenue_account``, else ``invoice_account``), if any."""
    if product is None:
        return None
    row = ws.refs["product"].look(product, {})
    for field in ("revenue_account", "invoice_account"):
        value = row.get(field)
        if isinstance(value, int) and value in ws.refs["account"]:
            return value
    return None


__all__ = [
    "BALANCE_SHEET_TYPES",
    "DEBIT_TYPES",
    "ROLES",
    "account",
    "find_roles",
    "is_receivable_or_payable",
    "product_revenue_account",
    "roles",
]
