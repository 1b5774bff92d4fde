# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.bank_transactions``: the bank transactions of the Campfire API."""

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
from ..types.bank_transactions import (
    BankTransaction,
    BankTransactionListParams,
    BankTransactionParam,
    PatchedBankTransactionParam,
)

__all__ = ["AsyncBankTransactions", "AsyncBankTransactionsWithRawResponse", "BankTransactions", "BankTransactionsWithRawResponse"]


class BankTransactions(SyncAPIResource):
    """``client.bank_transactions``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankTransactionListParams],
    ) -> SyncOffsetPage[BankTransaction | DeletedRecord]:
        """List Bank Transactions.

        ``GET /ca/api/transaction`` (operationId ``list_bank_transactions``)
        """
        path = "/ca/api/transaction"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(BankTransaction, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankTransactionParam],
    ) -> BankTransaction:
        """Create Bank Transaction.

        ``POST /ca/api/transaction`` (operationId ``create_bank_transaction``)
        """
        path = "/ca/api/transaction"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BankTransaction, opts)

    def retrieve(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BankTransaction:
        """Retrieve Bank Transaction.

        ``GET /ca/api/transaction/{id}`` (operationId ``ca_api_transaction_retrieve``)
        """
        path = f"/ca/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(BankTransaction, opts)

    def update(
        self,
        transaction_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankTransactionParam],
    ) -> BankTransaction:
        """Update Bank Transaction.

        ``PUT /ca/api/transaction/{id}`` (operationId ``ca_api_transaction_update``)
        """
        path = f"/ca/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BankTransaction, opts)

    def partial_update(
        self,
        transaction_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedBankTransactionParam],
    ) -> BankTransaction:
        """Partial Update Bank Transaction.

        ``PATCH /ca/api/transaction/{id}`` (operationId ``ca_api_transaction_partial_update``)
        """
        path = f"/ca/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BankTransaction, opts)

    def delete(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Bank Transaction.

        ``DELETE /ca/api/transaction/{id}`` (operationId ``ca_api_transaction_destroy``)
        """
        path = f"/ca/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> BankTransactionsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return BankTransactionsWithRawResponse(self)


class BankTransactionsWithRawResponse(RawResponses):
    """``client.bank_transactions.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: BankTransactions) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncBankTransactions(AsyncAPIResource):
    """``client.bank_transactions`` (async): create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankTransactionListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[BankTransaction | DeletedRecord], BankTransaction | DeletedRecord]:
        """List Bank Transactions.

        ``GET /ca/api/transaction`` (operationId ``list_bank_transactions``)
        """
        path = "/ca/api/transaction"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(BankTransaction, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankTransactionParam],
    ) -> BankTransaction:
        """Create Bank Transaction.

        ``POST /ca/api/transaction`` (operationId ``create_bank_transaction``)
        """
        path = "/ca/api/transaction"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BankTransaction, opts)

    async def retrieve(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BankTransaction:
        """Retrieve Bank Transaction.

        ``GET /ca/api/transaction/{id}`` (operationId ``ca_api_transaction_retrieve``)
        """
        path = f"/ca/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(BankTransaction, opts)

    async def update(
        self,
        transaction_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankTransactionParam],
    ) -> BankTransaction:
        """Update Bank Transaction.

        ``PUT /ca/api/transaction/{id}`` (operationId ``ca_api_transaction_update``)
        """
        path = f"/ca/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BankTransaction, opts)

    async def partial_update(
        self,
        transaction_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedBankTransactionParam],
    ) -> BankTransaction:
        """Partial Update Bank Transaction.

        ``PATCH /ca/api/transaction/{id}`` (operationId ``ca_api_transaction_partial_update``)
        """
        path = f"/ca/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BankTransaction, opts)

    async def delete(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Bank Transaction.

        ``DELETE /ca/api/transaction/{id}`` (operationId ``ca_api_transaction_destroy``)
        """
        path = f"/ca/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncBankTransactionsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncBankTransactionsWithRawResponse(self)


class AsyncBankTransactionsWithRawResponse(AsyncRawResponses):
    """``client.bank_transactions.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncBankTransactions) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
