# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.bank_accounts``: the bank accounts of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import DeletedRecord
from ..types.bank_accounts import (
    BankAccount,
    BankAccountDeleteParams,
    BankAccountListParams,
    BankAccountParam,
    PatchedBankAccountParam,
)

__all__ = ["AsyncBankAccounts", "AsyncBankAccountsWithRawResponse", "BankAccounts", "BankAccountsWithRawResponse"]


class BankAccounts(SyncAPIResource):
    """``client.bank_accounts``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankAccountListParams],
    ) -> SyncOffsetPage[BankAccount | DeletedRecord]:
        """List Bank Accounts.

        ``GET /ca/api/account`` (operationId ``list_accounts``)
        """
        path = "/ca/api/account"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(BankAccount, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankAccountParam],
    ) -> BankAccount:
        """Create Bank Account.

        ``POST /ca/api/account`` (operationId ``create_account``)
        """
        path = "/ca/api/account"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BankAccount, opts)

    def retrieve(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BankAccount:
        """Retrieve Bank Account.

        ``GET /ca/api/account/{id}`` (operationId ``ca_api_account_retrieve``)
        """
        path = f"/ca/api/account/{check_id('account_id', account_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(BankAccount, opts)

    def update(
        self,
        account_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankAccountParam],
    ) -> BankAccount:
        """Update Bank Account.

        ``PUT /ca/api/account/{id}`` (operationId ``ca_api_account_update``)
        """
        path = f"/ca/api/account/{check_id('account_id', account_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BankAccount, opts)

    def partial_update(
        self,
        account_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedBankAccountParam],
    ) -> BankAccount:
        """Partial Update Bank Account.

        ``PATCH /ca/api/account/{id}`` (operationId ``ca_api_account_partial_update``)
        """
        path = f"/ca/api/account/{check_id('account_id', account_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BankAccount, opts)

    def delete(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankAccountDeleteParams],
    ) -> None:
        """Delete Bank Account.

        ``DELETE /ca/api/account/{id}`` (operationId ``ca_api_account_destroy``)
        """
        path = f"/ca/api/account/{check_id('account_id', account_id)}"
        opts = options("DELETE", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> BankAccountsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return BankAccountsWithRawResponse(self)


class BankAccountsWithRawResponse(RawResponses):
    """``client.bank_accounts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: BankAccounts) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncBankAccounts(AsyncAPIResource):
    """``client.bank_accounts`` (async): create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankAccountListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[BankAccount | DeletedRecord], BankAccount | DeletedRecord]:
        """List Bank Accounts.

        ``GET /ca/api/account`` (operationId ``list_accounts``)
        """
        path = "/ca/api/account"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(BankAccount, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankAccountParam],
    ) -> BankAccount:
        """Create Bank Account.

        ``POST /ca/api/account`` (operationId ``create_account``)
        """
        path = "/ca/api/account"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BankAccount, opts)

    async def retrieve(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BankAccount:
        """Retrieve Bank Account.

        ``GET /ca/api/account/{id}`` (operationId ``ca_api_account_retrieve``)
        """
        path = f"/ca/api/account/{check_id('account_id', account_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(BankAccount, opts)

    async def update(
        self,
        account_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankAccountParam],
    ) -> BankAccount:
        """Update Bank Account.

        ``PUT /ca/api/account/{id}`` (operationId ``ca_api_account_update``)
        """
        path = f"/ca/api/account/{check_id('account_id', account_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BankAccount, opts)

    async def partial_update(
        self,
        account_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedBankAccountParam],
    ) -> BankAccount:
        """Partial Update Bank Account.

        ``PATCH /ca/api/account/{id}`` (operationId ``ca_api_account_partial_update``)
        """
        path = f"/ca/api/account/{check_id('account_id', account_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BankAccount, opts)

    async def delete(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankAccountDeleteParams],
    ) -> None:
        """Delete Bank Account.

        ``DELETE /ca/api/account/{id}`` (operationId ``ca_api_account_destroy``)
        """
        path = f"/ca/api/account/{check_id('account_id', account_id)}"
        opts = options("DELETE", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncBankAccountsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncBankAccountsWithRawResponse(self)


class AsyncBankAccountsWithRawResponse(AsyncRawResponses):
    """``client.bank_accounts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncBankAccounts) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
