# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.accounts``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal, Required, TypedDict

from .._models import BaseModel
from ._shared import ChartAccount

__all__ = [
    "AccountBalanceSheetAccountListParams",
    "AccountIncomeStatementAccountListParams",
    "AccountListParams",
    "ChartAccountParam",
    "PaginatedChartAccountList",
    "PatchedChartAccountParam",
]


class PaginatedChartAccountList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ChartAccount]


class ChartAccountParam(TypedDict, total=False):
    number: Required[str | None]
    currency: str | None
    name: str | None
    nickname: str | None
    description: str | None
    status: Literal['ACTIVE', 'INACTIVE'] | None
    account_type: Literal['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'COGS', 'OPERATING_EXPENSES', 'OTHER_INCOME', 'OTHER_EXPENSE', 'UNCATEGORIZED', 'COST_ALLOCATION'] | None
    account_subtype: Literal['BANK', 'ACCOUNTS_RECEIVABLE', 'OTHER_CURRENT_ASSET', 'FIXED_ASSET', 'OTHER_ASSET', 'ACCOUNTS_PAYABLE', 'UNAPPLIED_CREDITS', 'CREDIT_CARD', 'ACCRUED_REVENUE', 'DEFERRED_REVENUE', 'OTHER_CURRENT_LIABILITY', 'LONG_TERM_LIABILITY', 'UNBILLED_RECEIVABLE', 'EQUITY', 'RETAINED_EARNINGS', 'INCOME', 'COST_OF_GOODS_SOLD', 'EXPENSE', 'DEFERRED_EXPENSE', 'OTHER_INCOME', 'OTHER_EXPENSE', 'REALIZED_GAIN_LOSS', 'UNREALIZED_GAIN_LOSS', 'PREPAID', 'COST_ALLOCATION', 'UNCATEGORIZED'] | None
    account_cashflow_classification: Literal['NONE', 'OPERATING', 'INVESTING', 'FINANCING'] | None
    include_in_eliminations: bool
    include_in_revaluations: bool
    protected: bool
    skip_subledger_validation: bool
    last_recompute_balance_at: str | dt.datetime | None
    lock_recompute_balance_key: str | None
    current_balance: float | Decimal | str | None
    current_balance_book: float | Decimal | str | None
    lineage_array: Iterable[str] | None
    parent: int | str | None
    parent_bank_account: int | str | None
    default_department: int | str | None
    default_tags: Iterable[int]


class PatchedChartAccountParam(TypedDict, total=False):
    number: str | None
    currency: str
    name: str | None
    nickname: str | None
    description: str | None
    status: Literal['ACTIVE', 'INACTIVE']
    account_type: Literal['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'COGS', 'OPERATING_EXPENSES', 'OTHER_INCOME', 'OTHER_EXPENSE', 'UNCATEGORIZED', 'COST_ALLOCATION']
    account_subtype: Literal['BANK', 'ACCOUNTS_RECEIVABLE', 'OTHER_CURRENT_ASSET', 'FIXED_ASSET', 'OTHER_ASSET', 'ACCOUNTS_PAYABLE', 'UNAPPLIED_CREDITS', 'CREDIT_CARD', 'ACCRUED_REVENUE', 'DEFERRED_REVENUE', 'OTHER_CURRENT_LIABILITY', 'LONG_TERM_LIABILITY', 'UNBILLED_RECEIVABLE', 'EQUITY', 'RETAINED_EARNINGS', 'INCOME', 'COST_OF_GOODS_SOLD', 'EXPENSE', 'DEFERRED_EXPENSE', 'OTHER_INCOME', 'OTHER_EXPENSE', 'REALIZED_GAIN_LOSS', 'UNREALIZED_GAIN_LOSS', 'PREPAID', 'COST_ALLOCATION', 'UNCATEGORIZED']
    account_cashflow_classification: Literal['NONE', 'OPERATING', 'INVESTING', 'FINANCING']
    include_in_eliminations: bool
    include_in_revaluations: bool
    protected: bool
    skip_subledger_validation: bool
    last_recompute_balance_at: str | dt.datetime | None
    lock_recompute_balance_key: str | None
    current_balance: float | Decimal | str
    current_balance_book: float | Decimal | str
    lineage_array: Iterable[str] | None
    parent: int | str | None
    parent_bank_account: int | str | None
    default_department: int | str | None
    default_tags: Iterable[int]


class AccountBalanceSheetAccountListParams(TypedDict, total=False):
    account: int
    account_subtype: str
    account_type: str
    include_cost_allocation: bool
    include_inactive: bool
    limit: int
    offset: int
    q: str


class AccountIncomeStatementAccountListParams(TypedDict, total=False):
    limit: int
    offset: int


class AccountListParams(TypedDict, total=False):
    limit: int
    offset: int
