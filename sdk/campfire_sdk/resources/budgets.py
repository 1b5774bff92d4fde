# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.budgets``: the budgets of the Campfire API."""

from __future__ import annotations

import builtins
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import list_of, or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import DeletedRecord
from ..types.budgets import (
    Budget,
    BudgetAccount,
    BudgetAccountListParams,
    BudgetAccountParam,
    BudgetListParams,
    BudgetParam,
    PatchedBudgetAccountParam,
    PatchedBudgetParam,
)

__all__ = ["AsyncBudgetAccounts", "AsyncBudgetAccountsWithRawResponse", "AsyncBudgets", "AsyncBudgetsWithRawResponse", "BudgetAccounts", "BudgetAccountsWithRawResponse", "Budgets", "BudgetsWithRawResponse"]


class BudgetAccounts(SyncAPIResource):
    """``client.budgets.accounts``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        budget_pk: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetAccountListParams],
    ) -> builtins.list[BudgetAccount | DeletedRecord]:
        """List Budget Accounts.

        ``GET /coa/api/budgets/{budget_pk}/accounts`` (operationId ``coa_api_budgets_accounts_list``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(list_of(or_deleted(BudgetAccount, DeletedRecord)), opts)

    def create(
        self,
        budget_pk: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetAccountParam],
    ) -> BudgetAccount:
        """Create Budget.

        ``POST /coa/api/budgets/{budget_pk}/accounts`` (operationId ``coa_api_budgets_accounts_create``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BudgetAccount, opts)

    def retrieve(
        self,
        budget_pk: int | str,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BudgetAccount:
        """Retrieve Budget Account.

        ``GET /coa/api/budgets/{budget_pk}/accounts/{id}`` (operationId ``coa_api_budgets_accounts_retrieve``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts/{check_id('account_id', account_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(BudgetAccount, opts)

    def update(
        self,
        budget_pk: int | str,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetAccountParam],
    ) -> BudgetAccount:
        """Update Budget Account.

        ``PUT /coa/api/budgets/{budget_pk}/accounts/{id}`` (operationId ``coa_api_budgets_accounts_update``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts/{check_id('account_id', account_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BudgetAccount, opts)

    def partial_update(
        self,
        budget_pk: int | str,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedBudgetAccountParam],
    ) -> BudgetAccount:
        """Partial Update Budget Account.

        ``PATCH /coa/api/budgets/{budget_pk}/accounts/{id}`` (operationId ``coa_api_budgets_accounts_partial_update``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts/{check_id('account_id', account_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BudgetAccount, opts)

    def delete(
        self,
        budget_pk: int | str,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Budget Account.

        ``DELETE /coa/api/budgets/{budget_pk}/accounts/{id}`` (operationId ``coa_api_budgets_accounts_destroy``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts/{check_id('account_id', account_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> BudgetAccountsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return BudgetAccountsWithRawResponse(self)


class BudgetAccountsWithRawResponse(RawResponses):
    """``client.budgets.accounts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: BudgetAccounts) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncBudgetAccounts(AsyncAPIResource):
    """``client.budgets.accounts`` (async): create, delete, list, partial_update, retrieve, update."""

    async def list(
        self,
        budget_pk: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetAccountListParams],
    ) -> builtins.list[BudgetAccount | DeletedRecord]:
        """List Budget Accounts.

        ``GET /coa/api/budgets/{budget_pk}/accounts`` (operationId ``coa_api_budgets_accounts_list``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(list_of(or_deleted(BudgetAccount, DeletedRecord)), opts)

    async def create(
        self,
        budget_pk: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetAccountParam],
    ) -> BudgetAccount:
        """Create Budget.

        ``POST /coa/api/budgets/{budget_pk}/accounts`` (operationId ``coa_api_budgets_accounts_create``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BudgetAccount, opts)

    async def retrieve(
        self,
        budget_pk: int | str,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BudgetAccount:
        """Retrieve Budget Account.

        ``GET /coa/api/budgets/{budget_pk}/accounts/{id}`` (operationId ``coa_api_budgets_accounts_retrieve``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts/{check_id('account_id', account_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(BudgetAccount, opts)

    async def update(
        self,
        budget_pk: int | str,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetAccountParam],
    ) -> BudgetAccount:
        """Update Budget Account.

        ``PUT /coa/api/budgets/{budget_pk}/accounts/{id}`` (operationId ``coa_api_budgets_accounts_update``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts/{check_id('account_id', account_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BudgetAccount, opts)

    async def partial_update(
        self,
        budget_pk: int | str,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedBudgetAccountParam],
    ) -> BudgetAccount:
        """Partial Update Budget Account.

        ``PATCH /coa/api/budgets/{budget_pk}/accounts/{id}`` (operationId ``coa_api_budgets_accounts_partial_update``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts/{check_id('account_id', account_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BudgetAccount, opts)

    async def delete(
        self,
        budget_pk: int | str,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Budget Account.

        ``DELETE /coa/api/budgets/{budget_pk}/accounts/{id}`` (operationId ``coa_api_budgets_accounts_destroy``)
        """
        path = f"/coa/api/budgets/{check_id('budget_pk', budget_pk)}/accounts/{check_id('account_id', account_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncBudgetAccountsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncBudgetAccountsWithRawResponse(self)


class AsyncBudgetAccountsWithRawResponse(AsyncRawResponses):
    """``client.budgets.accounts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncBudgetAccounts) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)


class Budgets(SyncAPIResource):
    """``client.budgets``: create, delete, list, partial_update, retrieve, update; ``.accounts``."""

    @cached_property
    def accounts(self) -> BudgetAccounts:
        """``client.budgets.accounts``."""
        return BudgetAccounts(self._client)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetListParams],
    ) -> SyncOffsetPage[Budget | DeletedRecord]:
        """List Budgets.

        ``GET /coa/api/budgets`` (operationId ``coa_api_budgets_list``)
        """
        path = "/coa/api/budgets"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(Budget, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetParam],
    ) -> Budget:
        """Create Budget.

        ``POST /coa/api/budgets`` (operationId ``coa_api_budgets_create``)
        """
        path = "/coa/api/budgets"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Budget, opts)

    def retrieve(
        self,
        budget_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Budget:
        """Retrieve Budget.

        ``GET /coa/api/budgets/{id}`` (operationId ``coa_api_budgets_retrieve``)
        """
        path = f"/coa/api/budgets/{check_id('budget_id', budget_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(Budget, opts)

    def update(
        self,
        budget_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetParam],
    ) -> Budget:
        """Update Budget.

        ``PUT /coa/api/budgets/{id}`` (operationId ``coa_api_budgets_update``)
        """
        path = f"/coa/api/budgets/{check_id('budget_id', budget_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Budget, opts)

    def partial_update(
        self,
        budget_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedBudgetParam],
    ) -> Budget:
        """Partial Update Budget.

        ``PATCH /coa/api/budgets/{id}`` (operationId ``coa_api_budgets_partial_update``)
        """
        path = f"/coa/api/budgets/{check_id('budget_id', budget_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Budget, opts)

    def delete(
        self,
        budget_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Budget.

        ``DELETE /coa/api/budgets/{id}`` (operationId ``coa_api_budgets_destroy``)
        """
        path = f"/coa/api/budgets/{check_id('budget_id', budget_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> BudgetsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return BudgetsWithRawResponse(self)


class BudgetsWithRawResponse(RawResponses):
    """``client.budgets.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Budgets) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)

    @cached_property
    def accounts(self) -> BudgetAccountsWithRawResponse:
        return BudgetAccountsWithRawResponse(self._resource.accounts)


class AsyncBudgets(AsyncAPIResource):
    """``client.budgets`` (async): create, delete, list, partial_update, retrieve, update; ``.accounts``."""

    @cached_property
    def accounts(self) -> AsyncBudgetAccounts:
        """``client.budgets.accounts``."""
        return AsyncBudgetAccounts(self._client)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Budget | DeletedRecord], Budget | DeletedRecord]:
        """List Budgets.

        ``GET /coa/api/budgets`` (operationId ``coa_api_budgets_list``)
        """
        path = "/coa/api/budgets"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(Budget, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetParam],
    ) -> Budget:
        """Create Budget.

        ``POST /coa/api/budgets`` (operationId ``coa_api_budgets_create``)
        """
        path = "/coa/api/budgets"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Budget, opts)

    async def retrieve(
        self,
        budget_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Budget:
        """Retrieve Budget.

        ``GET /coa/api/budgets/{id}`` (operationId ``coa_api_budgets_retrieve``)
        """
        path = f"/coa/api/budgets/{check_id('budget_id', budget_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(Budget, opts)

    async def update(
        self,
        budget_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BudgetParam],
    ) -> Budget:
        """Update Budget.

        ``PUT /coa/api/budgets/{id}`` (operationId ``coa_api_budgets_update``)
        """
        path = f"/coa/api/budgets/{check_id('budget_id', budget_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Budget, opts)

    async def partial_update(
        self,
        budget_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedBudgetParam],
    ) -> Budget:
        """Partial Update Budget.

        ``PATCH /coa/api/budgets/{id}`` (operationId ``coa_api_budgets_partial_update``)
        """
        path = f"/coa/api/budgets/{check_id('budget_id', budget_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Budget, opts)

    async def delete(
        self,
        budget_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Budget.

        ``DELETE /coa/api/budgets/{id}`` (operationId ``coa_api_budgets_destroy``)
        """
        path = f"/coa/api/budgets/{check_id('budget_id', budget_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncBudgetsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncBudgetsWithRawResponse(self)


class AsyncBudgetsWithRawResponse(AsyncRawResponses):
    """``client.budgets.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncBudgets) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)

    @cached_property
    def accounts(self) -> AsyncBudgetAccountsWithRawResponse:
        return AsyncBudgetAccountsWithRawResponse(self._resource.accounts)
