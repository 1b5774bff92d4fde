# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.financial_statements``: balance sheet, income statement, cash flow, trial balance."""

from __future__ import annotations

import builtins
import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.financial_statements import (
    BalanceSheetResponse,
    CashBasisTransactions,
    CashFlowV2,
    ComparativeBalanceSheetResponse,
    ComparativeIncomeStatementResponse,
    FinancialStatementBalanceSheetParams,
    FinancialStatementCashBasisOperatingStatementParams,
    FinancialStatementCashBasisParams,
    FinancialStatementCashFlowActivityParams,
    FinancialStatementCashFlowParams,
    FinancialStatementCashFlowV2Params,
    FinancialStatementCashOperatingStatementTransactionsParams,
    FinancialStatementComparativeBalanceSheetParams,
    FinancialStatementComparativeIncomeStatementParams,
    FinancialStatementIncomeStatementParams,
    FinancialStatementTrialBalanceParams,
    IncomeStatementResponse,
    TrialBalanceResponse,
)

__all__ = ["AsyncFinancialStatements", "AsyncFinancialStatementsWithRawResponse", "FinancialStatements", "FinancialStatementsWithRawResponse"]


class FinancialStatements(SyncAPIResource):
    """``client.financial_statements``: balance_sheet, cash_basis, cash_basis_operating_statement, cash_flow, cash_flow_activity, cash_flow_v2, cash_operating_statement_transactions, comparative_balance_sheet, comparative_income_statement, income_statement, trial_balance."""

    def comparative_balance_sheet(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementComparativeBalanceSheetParams],
    ) -> ComparativeBalanceSheetResponse:
        """Get Comparative Balance Sheet.

        ``GET /ca/api/balance-sheet/comparative`` (operationId ``ca_api_balance_sheet_comparative_retrieve``)
        """
        path = "/ca/api/balance-sheet/comparative"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(ComparativeBalanceSheetResponse, opts)

    def cash_basis(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashBasisParams],
    ) -> IncomeStatementResponse:
        """Get Cash Basis Income Statement.

        ``GET /ca/api/cash-basis`` (operationId ``ca_api_cash_basis_retrieve``)
        """
        path = "/ca/api/cash-basis"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(IncomeStatementResponse, opts)

    def cash_basis_operating_statement(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashBasisOperatingStatementParams],
    ) -> IncomeStatementResponse:
        """Get Cash Basis Operating Statement.

        ``GET /ca/api/cash-basis-operating-statement`` (operationId ``ca_api_cash_basis_operating_statement_retrieve``)
        """
        path = "/ca/api/cash-basis-operating-statement"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(IncomeStatementResponse, opts)

    def cash_operating_statement_transactions(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashOperatingStatementTransactionsParams],
    ) -> CashBasisTransactions:
        """Get Cash Operating Transactions with Projected Transactions.

        ``GET /ca/api/cash-operating-statement/transactions`` (operationId ``ca_api_cash_operating_statement_transactions_retrieve``)
        """
        path = "/ca/api/cash-operating-statement/transactions"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(CashBasisTransactions, opts)

    def balance_sheet(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementBalanceSheetParams],
    ) -> BalanceSheetResponse:
        """Get Balance Sheet.

        ``GET /ca/api/get_balance_sheet`` (operationId ``ca_api_get_balance_sheet_retrieve``)
        """
        path = "/ca/api/get_balance_sheet"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(BalanceSheetResponse, opts)

    def cash_flow(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashFlowParams],
    ) -> builtins.dict[str, t.Any]:
        """Get Cash Flow.

        ``GET /ca/api/get_cash_flow`` (operationId ``ca_api_get_cash_flow_retrieve``)
        """
        path = "/ca/api/get_cash_flow"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    def cash_flow_activity(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashFlowActivityParams],
    ) -> builtins.dict[str, t.Any]:
        """Get Cash Flow Activity.

        ``GET /ca/api/get_cash_flow_activity`` (operationId ``ca_api_get_cash_flow_activity_retrieve``)
        """
        path = "/ca/api/get_cash_flow_activity"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    def cash_flow_v2(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashFlowV2Params],
    ) -> CashFlowV2:
        """Get Cash Flow Statement.

        ``GET /ca/api/get_cash_flow_v2`` (operationId ``ca_api_get_cash_flow_v2_retrieve``)
        """
        path = "/ca/api/get_cash_flow_v2"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(CashFlowV2, opts)

    def income_statement(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementIncomeStatementParams],
    ) -> IncomeStatementResponse:
        """Get Income Statement.

        ``GET /ca/api/get_income_statement`` (operationId ``ca_api_get_income_statement_retrieve``)
        """
        path = "/ca/api/get_income_statement"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(IncomeStatementResponse, opts)

    def trial_balance(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementTrialBalanceParams],
    ) -> TrialBalanceResponse:
        """Get Trial Balance.

        ``GET /ca/api/get_trial_balance`` (operationId ``ca_api_get_trial_balance_retrieve``)
        """
        path = "/ca/api/get_trial_balance"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(TrialBalanceResponse, opts)

    def comparative_income_statement(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementComparativeIncomeStatementParams],
    ) -> ComparativeIncomeStatementResponse:
        """Get Comparative Income Statement.

        ``GET /ca/api/income-statement/comparative`` (operationId ``ca_api_income_statement_comparative_retrieve``)
        """
        path = "/ca/api/income-statement/comparative"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(ComparativeIncomeStatementResponse, opts)

    @cached_property
    def with_raw_response(self) -> FinancialStatementsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return FinancialStatementsWithRawResponse(self)


class FinancialStatementsWithRawResponse(RawResponses):
    """``client.financial_statements.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: FinancialStatements) -> None:
        super().__init__(resource)
        self.comparative_balance_sheet = to_raw_response(resource.comparative_balance_sheet)
        self.cash_basis = to_raw_response(resource.cash_basis)
        self.cash_basis_operating_statement = to_raw_response(resource.cash_basis_operating_statement)
        self.cash_operating_statement_transactions = to_raw_response(resource.cash_operating_statement_transactions)
        self.balance_sheet = to_raw_response(resource.balance_sheet)
        self.cash_flow = to_raw_response(resource.cash_flow)
        self.cash_flow_activity = to_raw_response(resource.cash_flow_activity)
        self.cash_flow_v2 = to_raw_response(resource.cash_flow_v2)
        self.income_statement = to_raw_response(resource.income_statement)
        self.trial_balance = to_raw_response(resource.trial_balance)
        self.comparative_income_statement = to_raw_response(resource.comparative_income_statement)


class AsyncFinancialStatements(AsyncAPIResource):
    """``client.financial_statements`` (async): balance_sheet, cash_basis, cash_basis_operating_statement, cash_flow, cash_flow_activity, cash_flow_v2, cash_operating_statement_transactions, comparative_balance_sheet, comparative_income_statement, income_statement, trial_balance."""

    async def comparative_balance_sheet(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementComparativeBalanceSheetParams],
    ) -> ComparativeBalanceSheetResponse:
        """Get Comparative Balance Sheet.

        ``GET /ca/api/balance-sheet/comparative`` (operationId ``ca_api_balance_sheet_comparative_retrieve``)
        """
        path = "/ca/api/balance-sheet/comparative"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(ComparativeBalanceSheetResponse, opts)

    async def cash_basis(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashBasisParams],
    ) -> IncomeStatementResponse:
        """Get Cash Basis Income Statement.

        ``GET /ca/api/cash-basis`` (operationId ``ca_api_cash_basis_retrieve``)
        """
        path = "/ca/api/cash-basis"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(IncomeStatementResponse, opts)

    async def cash_basis_operating_statement(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashBasisOperatingStatementParams],
    ) -> IncomeStatementResponse:
        """Get Cash Basis Operating Statement.

        ``GET /ca/api/cash-basis-operating-statement`` (operationId ``ca_api_cash_basis_operating_statement_retrieve``)
        """
        path = "/ca/api/cash-basis-operating-statement"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(IncomeStatementResponse, opts)

    async def cash_operating_statement_transactions(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashOperatingStatementTransactionsParams],
    ) -> CashBasisTransactions:
        """Get Cash Operating Transactions with Projected Transactions.

        ``GET /ca/api/cash-operating-statement/transactions`` (operationId ``ca_api_cash_operating_statement_transactions_retrieve``)
        """
        path = "/ca/api/cash-operating-statement/transactions"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(CashBasisTransactions, opts)

    async def balance_sheet(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementBalanceSheetParams],
    ) -> BalanceSheetResponse:
        """Get Balance Sheet.

        ``GET /ca/api/get_balance_sheet`` (operationId ``ca_api_get_balance_sheet_retrieve``)
        """
        path = "/ca/api/get_balance_sheet"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(BalanceSheetResponse, opts)

    async def cash_flow(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashFlowParams],
    ) -> builtins.dict[str, t.Any]:
        """Get Cash Flow.

        ``GET /ca/api/get_cash_flow`` (operationId ``ca_api_get_cash_flow_retrieve``)
        """
        path = "/ca/api/get_cash_flow"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    async def cash_flow_activity(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashFlowActivityParams],
    ) -> builtins.dict[str, t.Any]:
        """Get Cash Flow Activity.

        ``GET /ca/api/get_cash_flow_activity`` (operationId ``ca_api_get_cash_flow_activity_retrieve``)
        """
        path = "/ca/api/get_cash_flow_activity"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    async def cash_flow_v2(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementCashFlowV2Params],
    ) -> CashFlowV2:
        """Get Cash Flow Statement.

        ``GET /ca/api/get_cash_flow_v2`` (operationId ``ca_api_get_cash_flow_v2_retrieve``)
        """
        path = "/ca/api/get_cash_flow_v2"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(CashFlowV2, opts)

    async def income_statement(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementIncomeStatementParams],
    ) -> IncomeStatementResponse:
        """Get Income Statement.

        ``GET /ca/api/get_income_statement`` (operationId ``ca_api_get_income_statement_retrieve``)
        """
        path = "/ca/api/get_income_statement"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(IncomeStatementResponse, opts)

    async def trial_balance(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementTrialBalanceParams],
    ) -> TrialBalanceResponse:
        """Get Trial Balance.

        ``GET /ca/api/get_trial_balance`` (operationId ``ca_api_get_trial_balance_retrieve``)
        """
        path = "/ca/api/get_trial_balance"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(TrialBalanceResponse, opts)

    async def comparative_income_statement(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FinancialStatementComparativeIncomeStatementParams],
    ) -> ComparativeIncomeStatementResponse:
        """Get Comparative Income Statement.

        ``GET /ca/api/income-statement/comparative`` (operationId ``ca_api_income_statement_comparative_retrieve``)
        """
        path = "/ca/api/income-statement/comparative"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(ComparativeIncomeStatementResponse, opts)

    @cached_property
    def with_raw_response(self) -> AsyncFinancialStatementsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncFinancialStatementsWithRawResponse(self)


class AsyncFinancialStatementsWithRawResponse(AsyncRawResponses):
    """``client.financial_statements.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncFinancialStatements) -> None:
        super().__init__(resource)
        self.comparative_balance_sheet = async_to_raw_response(resource.comparative_balance_sheet)
        self.cash_basis = async_to_raw_response(resource.cash_basis)
        self.cash_basis_operating_statement = async_to_raw_response(resource.cash_basis_operating_statement)
        self.cash_operating_statement_transactions = async_to_raw_response(resource.cash_operating_statement_transactions)
        self.balance_sheet = async_to_raw_response(resource.balance_sheet)
        self.cash_flow = async_to_raw_response(resource.cash_flow)
        self.cash_flow_activity = async_to_raw_response(resource.cash_flow_activity)
        self.cash_flow_v2 = async_to_raw_response(resource.cash_flow_v2)
        self.income_statement = async_to_raw_response(resource.income_statement)
        self.trial_balance = async_to_raw_response(resource.trial_balance)
        self.comparative_income_statement = async_to_raw_response(resource.comparative_income_statement)
