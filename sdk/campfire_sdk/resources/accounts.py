# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.accounts``: the accounts of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types.accounts import (
    AccountBalanceSheetAccountListParams,
    AccountIncomeStatementAccountListParams,
    AccountListParams,
    ChartAccount,
    ChartAccountParam,
    PatchedChartAccountParam,
)

__all__ = ["AccountBalanceSheetAccounts", "AccountIncomeStatementAccounts", "Accounts", "AsyncAccountBalanceSheetAccounts", "AsyncAccountIncomeStatementAccounts", "AsyncAccounts"]


class AccountBalanceSheetAccounts(SyncAPIResource):
    """``client.accounts.balance_sheet_accounts``: create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountBalanceSheetAccountListParams],
    ) -> SyncOffsetPage[ChartAccount]:
        """List: account balance sheet.

        ``GET /coa/api/account/balance-sheet`` (operationId ``coa_api_account_balance_sheet_list``)
        """
        path = "/coa/api/account/balance-sheet"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(ChartAccount, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Create: account balance sheet.

        ``POST /coa/api/account/balance-sheet`` (operationId ``coa_api_account_balance_sheet_create``)
        """
        path = "/coa/api/account/balance-sheet"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)


class AsyncAccountBalanceSheetAccounts(AsyncAPIResource):
    """``client.accounts.balance_sheet_accounts`` (async): create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountBalanceSheetAccountListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ChartAccount], ChartAccount]:
        """List: account balance sheet.

        ``GET /coa/api/account/balance-sheet`` (operationId ``coa_api_account_balance_sheet_list``)
        """
        path = "/coa/api/account/balance-sheet"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(ChartAccount, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Create: account balance sheet.

        ``POST /coa/api/account/balance-sheet`` (operationId ``coa_api_account_balance_sheet_create``)
        """
        path = "/coa/api/account/balance-sheet"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)


class AccountIncomeStatementAccounts(SyncAPIResource):
    """``client.accounts.income_statement_accounts``: create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountIncomeStatementAccountListParams],
    ) -> SyncOffsetPage[ChartAccount]:
        """List: account income statement.

        ``GET /coa/api/account/income-statement`` (operationId ``coa_api_account_income_statement_list``)
        """
        path = "/coa/api/account/income-statement"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(ChartAccount, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Create: account income statement.

        ``POST /coa/api/account/income-statement`` (operationId ``coa_api_account_income_statement_create``)
        """
        path = "/coa/api/account/income-statement"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)


class AsyncAccountIncomeStatementAccounts(AsyncAPIResource):
    """``client.accounts.income_statement_accounts`` (async): create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountIncomeStatementAccountListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ChartAccount], ChartAccount]:
        """List: account income statement.

        ``GET /coa/api/account/income-statement`` (operationId ``coa_api_account_income_statement_list``)
        """
        path = "/coa/api/account/income-statement"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(ChartAccount, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Create: account income statement.

        ``POST /coa/api/account/income-statement`` (operationId ``coa_api_account_income_statement_create``)
        """
        path = "/coa/api/account/income-statement"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)


class Accounts(SyncAPIResource):
    """``client.accounts``: create, delete, list, partial_update, retrieve, update; ``.balance_sheet_accounts``, ``.income_statement_accounts``."""

    @cached_property
    def balance_sheet_accounts(self) -> AccountBalanceSheetAccounts:
        """``client.accounts.balance_sheet_accounts``."""
        return AccountBalanceSheetAccounts(self._client)

    @cached_property
    def income_statement_accounts(self) -> AccountIncomeStatementAccounts:
        """``client.accounts.income_statement_accounts``."""
        return AccountIncomeStatementAccounts(self._client)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountListParams],
    ) -> SyncOffsetPage[ChartAccount]:
        """List: account.

        ``GET /coa/api/account`` (operationId ``coa_api_account_list``)
        """
        path = "/coa/api/account"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(ChartAccount, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Create: account.

        ``POST /coa/api/account`` (operationId ``coa_api_account_create``)
        """
        path = "/coa/api/account"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)

    def retrieve(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChartAccount:
        """Retrieve: account.

        ``GET /coa/api/account/{id}`` (operationId ``coa_api_account_retrieve``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)

    def update(
        self,
        account_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Replace: account.

        ``PUT /coa/api/account/{id}`` (operationId ``coa_api_account_update``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)

    def partial_update(
        self,
        account_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartAccountParam],
    ) -> ChartAccount:
        """Update some fields of: account.

        ``PATCH /coa/api/account/{id}`` (operationId ``coa_api_account_partial_update``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)

    def delete(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete: account.

        ``DELETE /coa/api/account/{id}`` (operationId ``coa_api_account_destroy``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @property
    def balance_sheet(self) -> AccountBalanceSheetAccounts:
        """The older name of ``.balance_sheet_accounts``."""
        return self.balance_sheet_accounts

    @property
    def income_statement(self) -> AccountIncomeStatementAccounts:
        """The older name of ``.income_statement_accounts``."""
        return self.income_statement_accounts


class AsyncAccounts(AsyncAPIResource):
    """``client.accounts`` (async): create, delete, list, partial_update, retrieve, update; ``.balance_sheet_accounts``, ``.income_statement_accounts``."""

    @cached_property
    def balance_sheet_accounts(self) -> AsyncAccountBalanceSheetAccounts:
        """``client.accounts.balance_sheet_accounts``."""
        return AsyncAccountBalanceSheetAccounts(self._client)

    @cached_property
    def income_statement_accounts(self) -> AsyncAccountIncomeStatementAccounts:
        """``client.accounts.income_statement_accounts``."""
        return AsyncAccountIncomeStatementAccounts(self._client)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ChartAccount], ChartAccount]:
        """List: account.

        ``GET /coa/api/account`` (operationId ``coa_api_account_list``)
        """
        path = "/coa/api/account"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(ChartAccount, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Create: account.

        ``POST /coa/api/account`` (operationId ``coa_api_account_create``)
        """
        path = "/coa/api/account"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)

    async def retrieve(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChartAccount:
        """Retrieve: account.

        ``GET /coa/api/account/{id}`` (operationId ``coa_api_account_retrieve``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)

    async def update(
        self,
        account_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Replace: account.

        ``PUT /coa/api/account/{id}`` (operationId ``coa_api_account_update``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)

    async def partial_update(
        self,
        account_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartAccountParam],
    ) -> ChartAccount:
        """Update some fields of: account.

        ``PATCH /coa/api/account/{id}`` (operationId ``coa_api_account_partial_update``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)

    async def delete(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete: account.

        ``DELETE /coa/api/account/{id}`` (operationId ``coa_api_account_destroy``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @property
    def balance_sheet(self) -> AsyncAccountBalanceSheetAccounts:
        """The older name of ``.balance_sheet_accounts``."""
        return self.balance_sheet_accounts

    @property
    def income_statement(self) -> AsyncAccountIncomeStatementAccounts:
        """The older name of ``.income_statement_accounts``."""
        return self.income_statement_accounts
