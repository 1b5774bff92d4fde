# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.financial_statements``."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, TypedDict

from .._models import BaseModel

__all__ = [
    "FinancialStatementBalanceSheetParams",
    "FinancialStatementCashBasisOperatingStatementParams",
    "FinancialStatementCashBasisParams",
    "FinancialStatementCashFlowActivityParams",
    "FinancialStatementCashFlowParams",
    "FinancialStatementCashFlowV2Params",
    "FinancialStatementCashOperatingStatementTransactionsParams",
    "FinancialStatementComparativeBalanceSheetParams",
    "FinancialStatementComparativeIncomeStatementParams",
    "FinancialStatementIncomeStatementParams",
    "FinancialStatementTrialBalanceParams",
    "TrialBalanceAccount",
    "TrialBalanceAccountBalance",
    "TrialBalanceData",
    "TrialBalanceResponse",
]


class TrialBalanceAccount(BaseModel):
    id: str
    name: str
    number: str
    account_type: str | None = None
    balances: TrialBalanceAccountBalance | None = None
    departments: dict[str, Any] | None = None
    department: str | None = None
    entities: dict[str, Any] | None = None
    parent: str | None = None


class TrialBalanceAccountBalance(BaseModel):
    debits: float
    credits: float


class TrialBalanceData(BaseModel):
    accounts: list[TrialBalanceAccount]


class TrialBalanceResponse(BaseModel):
    trial_balance: TrialBalanceData
    start_date: dt.date
    end_date: dt.date
    income_statement_start: dt.date
    breakdown: dict[str, Any] | None = None


class FinancialStatementComparativeBalanceSheetParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    entity: int
    entity_rollup: bool
    group_by: str


class FinancialStatementCashBasisParams(TypedDict, total=False):
    all_time: bool
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    export: Literal['xlsx']
    group: int
    group_by: str
    rollup_totals: bool
    start_date: str | dt.date
    use_book_values: bool


class FinancialStatementCashBasisOperatingStatementParams(TypedDict, total=False):
    all_time: bool
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    export: Literal['xlsx']
    group: int
    group_by: str
    rollup_totals: bool
    start_date: str | dt.date


class FinancialStatementCashOperatingStatementTransactionsParams(TypedDict, total=False):
    end_date: str | dt.date
    start_date: str | dt.date


class FinancialStatementBalanceSheetParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    group_by: str
    start_date: str | dt.date


class FinancialStatementCashFlowParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    group_by: str
    start_date: str | dt.date


class FinancialStatementCashFlowActivityParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    start_date: str | dt.date


class FinancialStatementCashFlowV2Params(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    start_date: str | dt.date


class FinancialStatementIncomeStatementParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    group_by: str
    start_date: str | dt.date


class FinancialStatementTrialBalanceParams(TypedDict, total=False):
    department: int
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    group_by: str
    income_statement_basis: Literal['fiscal_ytd', 'period']
    start_date: str | dt.date


class FinancialStatementComparativeIncomeStatementParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    entity: int
    entity_rollup: bool
    group_by: str
