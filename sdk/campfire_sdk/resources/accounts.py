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
    AccountBalanceSheetListParams,
    AccountIncomeStatementListParams,
    AccountsListParams,
    ChartAccount,
    ChartAccountParam,
    PatchedChartAccountParam,
)

__all__ = ["AccountBalanceSheet", "AccountIncomeStatement", "Accounts", "AsyncAccountBalanceSheet", "AsyncAccountIncomeStatement", "AsyncAccounts"]


class AccountBalanceSheet(SyncAPIResource):
    """``client.accounts.balance_sheet``: create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountBalanceSheetListParams],
    ) -> SyncOffsetPage[ChartAccount]:
        """List Chart Accounts.

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
        """Create Chart Account.

        ``POST /coa/api/account/balance-sheet`` (operationId ``coa_api_account_balance_sheet_create``)
        """
        path = "/coa/api/account/balance-sheet"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)


class AsyncAccountBalanceSheet(AsyncAPIResource):
    """``client.accounts.balance_sheet`` (async): create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountBalanceSheetListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ChartAccount], ChartAccount]:
        """List Chart Accounts.

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
        """Create Chart Account.

        ``POST /coa/api/account/balance-sheet`` (operationId ``coa_api_account_balance_sheet_create``)
        """
        path = "/coa/api/account/balance-sheet"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)


class AccountIncomeStatement(SyncAPIResource):
    """``client.accounts.income_statement``: create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountIncomeStatementListParams],
    ) -> SyncOffsetPage[ChartAccount]:
        """List Chart of Accounts.

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
        """Create Chart Account.

        ``POST /coa/api/account/income-statement`` (operationId ``coa_api_account_income_statement_create``)
        """
        path = "/coa/api/account/income-statement"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)


class AsyncAccountIncomeStatement(AsyncAPIResource):
    """``client.accounts.income_statement`` (async): create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountIncomeStatementListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ChartAccount], ChartAccount]:
        """List Chart of Accounts.

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
        """Create Chart Account.

        ``POST /coa/api/account/income-statement`` (operationId ``coa_api_account_income_statement_create``)
        """
        path = "/coa/api/account/income-statement"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)


class Accounts(SyncAPIResource):
    """``client.accounts``: create, delete, list, partial_update, retrieve, update; ``.balance_sheet``, ``.income_statement``."""

    @cached_property
    def balance_sheet(self) -> AccountBalanceSheet:
        """``client.accounts.balance_sheet``."""
        return AccountBalanceSheet(self._client)

    @cached_property
    def income_statement(self) -> AccountIncomeStatement:
        """``client.accounts.income_statement``."""
        return AccountIncomeStatement(self._client)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountsListParams],
    ) -> SyncOffsetPage[ChartAccount]:
        """List Chart of Accounts.

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
        """Create Chart Account.

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
        """Retrieve Chart Account.

        ``GET /coa/api/account/{id}`` (operationId ``coa_api_account_retrieve``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)

    def update(
        self,
        account_id_path: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Update Chart Account.

        ``PUT /coa/api/account/{id}`` (operationId ``coa_api_account_update``)
        """
        path = f"/coa/api/account/{check_id('account_id_path', account_id_path)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)

    def partial_update(
        self,
        account_id_path: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartAccountParam],
    ) -> ChartAccount:
        """Partial Update Chart Account.

        ``PATCH /coa/api/account/{id}`` (operationId ``coa_api_account_partial_update``)
        """
        path = f"/coa/api/account/{check_id('account_id_path', account_id_path)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccount, opts)

    def delete(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Chart Account.

        ``DELETE /coa/api/account/{id}`` (operationId ``coa_api_account_destroy``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)


class AsyncAccounts(AsyncAPIResource):
    """``client.accounts`` (async): create, delete, list, partial_update, retrieve, update; ``.balance_sheet``, ``.income_statement``."""

    @cached_property
    def balance_sheet(self) -> AsyncAccountBalanceSheet:
        """``client.accounts.balance_sheet``."""
        return AsyncAccountBalanceSheet(self._client)

    @cached_property
    def income_statement(self) -> AsyncAccountIncomeStatement:
        """``client.accounts.income_statement``."""
        return AsyncAccountIncomeStatement(self._client)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountsListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ChartAccount], ChartAccount]:
        """List Chart of Accounts.

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
        """Create Chart Account.

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
        """Retrieve Chart Account.

        ``GET /coa/api/account/{id}`` (operationId ``coa_api_account_retrieve``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)

    async def update(
        self,
        account_id_path: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Update Chart Account.

        ``PUT /coa/api/account/{id}`` (operationId ``coa_api_account_update``)
        """
        path = f"/coa/api/account/{check_id('account_id_path', account_id_path)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)

    async def partial_update(
        self,
        account_id_path: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartAccountParam],
    ) -> ChartAccount:
        """Partial Update Chart Account.

        ``PATCH /coa/api/account/{id}`` (operationId ``coa_api_account_partial_update``)
        """
        path = f"/coa/api/account/{check_id('account_id_path', account_id_path)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccount, opts)

    async def delete(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Chart Account.

        ``DELETE /coa/api/account/{id}`` (operationId ``coa_api_account_destroy``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)
