# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.accounts``: the accounts of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import ChartAccount
from ..types.accounts import (
    AccountBalanceSheetAccountListParams,
    AccountIncomeStatementAccountListParams,
    AccountListParams,
    ChartAccountParam,
    PatchedChartAccountParam,
)

__all__ = ["AccountBalanceSheetAccounts", "AccountBalanceSheetAccountsWithRawResponse", "AccountIncomeStatementAccounts", "AccountIncomeStatementAccountsWithRawResponse", "Accounts", "AccountsWithRawResponse", "AsyncAccountBalanceSheetAccounts", "AsyncAccountBalanceSheetAccountsWithRawResponse", "AsyncAccountIncomeStatementAccounts", "AsyncAccountIncomeStatementAccountsWithRawResponse", "AsyncAccounts", "AsyncAccountsWithRawResponse"]


class AccountBalanceSheetAccounts(SyncAPIResource):
    """``client.accounts.balance_sheet_accounts``: create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountBalanceSheetAccountListParams],
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

    @cached_property
    def with_raw_response(self) -> AccountBalanceSheetAccountsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AccountBalanceSheetAccountsWithRawResponse(self)


class AccountBalanceSheetAccountsWithRawResponse(RawResponses):
    """``client.accounts.balance_sheet_accounts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AccountBalanceSheetAccounts) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncAccountBalanceSheetAccounts(AsyncAPIResource):
    """``client.accounts.balance_sheet_accounts`` (async): create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountBalanceSheetAccountListParams],
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

    @cached_property
    def with_raw_response(self) -> AsyncAccountBalanceSheetAccountsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncAccountBalanceSheetAccountsWithRawResponse(self)


class AsyncAccountBalanceSheetAccountsWithRawResponse(AsyncRawResponses):
    """``client.accounts.balance_sheet_accounts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncAccountBalanceSheetAccounts) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)


class AccountIncomeStatementAccounts(SyncAPIResource):
    """``client.accounts.income_statement_accounts``: create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountIncomeStatementAccountListParams],
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

    @cached_property
    def with_raw_response(self) -> AccountIncomeStatementAccountsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AccountIncomeStatementAccountsWithRawResponse(self)


class AccountIncomeStatementAccountsWithRawResponse(RawResponses):
    """``client.accounts.income_statement_accounts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AccountIncomeStatementAccounts) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncAccountIncomeStatementAccounts(AsyncAPIResource):
    """``client.accounts.income_statement_accounts`` (async): create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountIncomeStatementAccountListParams],
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

    @cached_property
    def with_raw_response(self) -> AsyncAccountIncomeStatementAccountsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncAccountIncomeStatementAccountsWithRawResponse(self)


class AsyncAccountIncomeStatementAccountsWithRawResponse(AsyncRawResponses):
    """``client.accounts.income_statement_accounts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncAccountIncomeStatementAccounts) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)


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
        account_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Update Chart Account.

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
        """Partial Update Chart Account.

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
        """Delete Chart Account.

        ``DELETE /coa/api/account/{id}`` (operationId ``coa_api_account_destroy``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> AccountsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AccountsWithRawResponse(self)

    @property
    def balance_sheet(self) -> AccountBalanceSheetAccounts:
        """The older name of ``.balance_sheet_accounts``."""
        return self.balance_sheet_accounts

    @property
    def income_statement(self) -> AccountIncomeStatementAccounts:
        """The older name of ``.income_statement_accounts``."""
        return self.income_statement_accounts


class AccountsWithRawResponse(RawResponses):
    """``client.accounts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Accounts) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)

    @cached_property
    def balance_sheet_accounts(self) -> AccountBalanceSheetAccountsWithRawResponse:
        return AccountBalanceSheetAccountsWithRawResponse(self._resource.balance_sheet_accounts)

    @cached_property
    def income_statement_accounts(self) -> AccountIncomeStatementAccountsWithRawResponse:
        return AccountIncomeStatementAccountsWithRawResponse(self._resource.income_statement_accounts)


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
        account_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountParam],
    ) -> ChartAccount:
        """Update Chart Account.

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
        """Partial Update Chart Account.

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
        """Delete Chart Account.

        ``DELETE /coa/api/account/{id}`` (operationId ``coa_api_account_destroy``)
        """
        path = f"/coa/api/account/{check_id('account_id', account_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncAccountsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncAccountsWithRawResponse(self)

    @property
    def balance_sheet(self) -> AsyncAccountBalanceSheetAccounts:
        """The older name of ``.balance_sheet_accounts``."""
        return self.balance_sheet_accounts

    @property
    def income_statement(self) -> AsyncAccountIncomeStatementAccounts:
        """The older name of ``.income_statement_accounts``."""
        return self.income_statement_accounts


class AsyncAccountsWithRawResponse(AsyncRawResponses):
    """``client.accounts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncAccounts) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)

    @cached_property
    def balance_sheet_accounts(self) -> AsyncAccountBalanceSheetAccountsWithRawResponse:
        return AsyncAccountBalanceSheetAccountsWithRawResponse(self._resource.balance_sheet_accounts)

    @cached_property
    def income_statement_accounts(self) -> AsyncAccountIncomeStatementAccountsWithRawResponse:
        return AsyncAccountIncomeStatementAccountsWithRawResponse(self._resource.income_statement_accounts)
