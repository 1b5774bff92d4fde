# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.financial_statements``."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, TypedDict

from .._models import BaseModel

__all__ = [
    "BalanceSheetCell",
    "BalanceSheetResponse",
    "BalanceSheetRow",
    "BalanceSheetTotals",
    "CashBasisTransaction",
    "CashBasisTransactions",
    "CashFlowV2",
    "CashFlowV2Disclosure",
    "CashFlowV2Line",
    "CashFlowV2Operating",
    "CashFlowV2Section",
    "ComparativeBalanceSheetResponse",
    "ComparativeIncomeStatementResponse",
    "ComparativeStatementRow",
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
    "IncomeStatementResponse",
    "IncomeStatementRow",
    "StatementPeriod",
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


class StatementPeriod(BaseModel):
    start: dt.date | None = None
    end: dt.date | None = None


class BalanceSheetCell(BaseModel):
    ending_balance: float | None = None


class BalanceSheetRow(BaseModel):
    account_id: int | None = None
    account_name: str | None = None
    account_number: str | None = None
    hierarchy: list[str] | None = None


class BalanceSheetTotals(BaseModel):
    assets: float | None = None
    liabilities: float | None = None
    equity: float | None = None


class BalanceSheetResponse(BaseModel):
    balance_sheet: list[BalanceSheetRow]
    start_date: dt.date
    end_date: dt.date
    cadence: str
    currency: str | None = None
    headers: dict[str, Any]
    totals: dict[str, Any] | None = None


class IncomeStatementRow(BaseModel):
    account_id: int | None = None
    account_name: str | None = None
    account_number: str | None = None
    hierarchy: list[str] | None = None


class IncomeStatementResponse(BaseModel):
    income_statement: list[IncomeStatementRow]
    start_date: dt.date
    end_date: dt.date
    cadence: str
    currency: str | None = None
    headers: dict[str, Any]
    basis: str | None = None


class ComparativeStatementRow(BaseModel):
    account_id: int | None = None
    account_name: str | None = None
    account_number: str | None = None
    hierarchy: list[str] | None = None


class ComparativeBalanceSheetResponse(BaseModel):
    balance_sheet: list[ComparativeStatementRow]
    headers: dict[str, Any]
    budget_id: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    cadence: str | None = None
    currency: str | None = None


class ComparativeIncomeStatementResponse(BaseModel):
    income_statement: list[ComparativeStatementRow]
    headers: dict[str, Any]
    budget_id: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    cadence: str | None = None
    currency: str | None = None


class CashFlowV2Line(BaseModel):
    account_id: int | None = None
    account_name: str | None = None
    account_number: str | None = None
    hierarchy: list[str] | None = None
    account_subtype: str | None = None
    amounts: dict[str, Any] | None = None


class CashFlowV2Section(BaseModel):
    lines: list[CashFlowV2Line] | None = None
    total: dict[str, Any] | None = None


class CashFlowV2Operating(BaseModel):
    net_income: dict[str, Any] | None = None
    non_cash_adjustments: list[CashFlowV2Line] | None = None
    working_capital: list[CashFlowV2Line] | None = None
    total: dict[str, Any] | None = None


class CashFlowV2Disclosure(BaseModel):
    journal: int | None = None
    date: dt.date | None = None
    memo: str | None = None
    accounts: list[str] | None = None
    amount: str | None = None


class CashFlowV2(BaseModel):
    start_date: dt.date
    end_date: dt.date
    cadence: str
    currency: str | None = None
    periods: list[dict[str, Any]] | None = None
    operating: CashFlowV2Operating
    investing: CashFlowV2Section
    financing: CashFlowV2Section
    effect_of_exchange_rate_changes: dict[str, Any] | None = None
    net_change_in_cash: dict[str, Any] | None = None
    beginning_cash: dict[str, Any] | None = None
    ending_cash: dict[str, Any] | None = None
    plug: dict[str, Any]
    non_cash_disclosures: list[CashFlowV2Disclosure] | None = None


class CashBasisTransaction(BaseModel):
    id: int | None = None
    journal: int | None = None
    journal_type: str | None = None
    source: str | None = None
    date: dt.date | None = None
    memo: str | None = None
    entity: int | None = None
    account_id: int | None = None
    account_name: str | None = None
    account_number: str | None = None
    account_type: str | None = None
    vendor: int | None = None
    department: int | None = None
    amount: float | None = None


class CashBasisTransactions(BaseModel):
    start_date: dt.date
    end_date: dt.date
    currency: str | None = None
    count: int
    transactions: list[CashBasisTransaction]


class FinancialStatementComparativeBalanceSheetParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    entity: int
    entity_rollup: bool
    group_by: Literal['department', 'entity', 'tag', '']
    group: int
    start_date: str | dt.date
    end_date: str | dt.date


class FinancialStatementCashBasisParams(TypedDict, total=False):
    all_time: bool
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    export: Literal['xlsx']
    group: int
    group_by: Literal['currency', 'department', 'department_only', 'department_row_children', 'department_row_parents', 'entity', 'tag', 'vendor', '']
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
    group_by: Literal['currency', 'department', 'department_only', 'department_row_children', 'department_row_parents', 'entity', 'tag', 'vendor', '']
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
    group_by: Literal['department', 'entity', 'tag', '']
    start_date: str | dt.date
    group: int


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
    group_by: Literal['department', 'entity', 'tag', 'vendor', '']
    start_date: str | dt.date
    group: int


class FinancialStatementTrialBalanceParams(TypedDict, total=False):
    department: int
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    group_by: Literal['department', 'entity', 'tag', 'vendor', '']
    income_statement_basis: Literal['fiscal_ytd', 'period']
    start_date: str | dt.date
    group: int


class FinancialStatementComparativeIncomeStatementParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    entity: int
    entity_rollup: bool
    group_by: Literal['department', 'entity', 'tag', 'vendor', '']
    group: int
    start_date: str | dt.date
    end_date: str | dt.date
