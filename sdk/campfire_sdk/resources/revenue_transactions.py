# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.revenue_transactions``: the revenue transactions of the Campfire API."""

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
from ..types.revenue_transactions import (
    PatchedRevenueTransactionParam,
    RevenueTransaction,
    RevenueTransactionListParams,
    RevenueTransactionParam,
)

__all__ = ["AsyncRevenueTransactions", "AsyncRevenueTransactionsWithRawResponse", "RevenueTransactions", "RevenueTransactionsWithRawResponse"]


class RevenueTransactions(SyncAPIResource):
    """``client.revenue_transactions``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RevenueTransactionListParams],
    ) -> SyncOffsetPage[RevenueTransaction | DeletedRecord]:
        """List Revenue Transactions.

        ``GET /rr/api/v1/transactions`` (operationId ``list_revenue_transactions``)
        """
        path = "/rr/api/v1/transactions"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(RevenueTransaction, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RevenueTransactionParam],
    ) -> RevenueTransaction:
        """Create Revenue Transaction.

        ``POST /rr/api/v1/transactions`` (operationId ``create_revenue_transaction``)
        """
        path = "/rr/api/v1/transactions"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(RevenueTransaction, opts)

    def retrieve(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RevenueTransaction:
        """Retrieve Revenue Transaction.

        ``GET /rr/api/v1/transactions/{id}`` (operationId ``rr_api_v1_transactions_retrieve``)
        """
        path = f"/rr/api/v1/transactions/{check_id('transaction_id', transaction_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(RevenueTransaction, opts)

    def update(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RevenueTransactionParam],
    ) -> RevenueTransaction:
        """Update Revenue Transaction.

        ``PUT /rr/api/v1/transactions/{id}`` (operationId ``rr_api_v1_transactions_update``)
        """
        path = f"/rr/api/v1/transactions/{check_id('transaction_id', transaction_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(RevenueTransaction, opts)

    def partial_update(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedRevenueTransactionParam],
    ) -> RevenueTransaction:
        """Partial Update Revenue Transaction.

        ``PATCH /rr/api/v1/transactions/{id}`` (operationId ``rr_api_v1_transactions_partial_update``)
        """
        path = f"/rr/api/v1/transactions/{check_id('transaction_id', transaction_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(RevenueTransaction, opts)

    def delete(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Revenue Transaction.

        ``DELETE /rr/api/v1/transactions/{id}`` (operationId ``rr_api_v1_transactions_destroy``)
        """
        path = f"/rr/api/v1/transactions/{check_id('transaction_id', transaction_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> RevenueTransactionsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return RevenueTransactionsWithRawResponse(self)


class RevenueTransactionsWithRawResponse(RawResponses):
    """``client.revenue_transactions.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: RevenueTransactions) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncRevenueTransactions(AsyncAPIResource):
    """``client.revenue_transactions`` (async): create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RevenueTransactionListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[RevenueTransaction | DeletedRecord], RevenueTransaction | DeletedRecord]:
        """List Revenue Transactions.

        ``GET /rr/api/v1/transactions`` (operationId ``list_revenue_transactions``)
        """
        path = "/rr/api/v1/transactions"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(RevenueTransaction, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RevenueTransactionParam],
    ) -> RevenueTransaction:
        """Create Revenue Transaction.

        ``POST /rr/api/v1/transactions`` (operationId ``create_revenue_transaction``)
        """
        path = "/rr/api/v1/transactions"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(RevenueTransaction, opts)

    async def retrieve(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RevenueTransaction:
        """Retrieve Revenue Transaction.

        ``GET /rr/api/v1/transactions/{id}`` (operationId ``rr_api_v1_transactions_retrieve``)
        """
        path = f"/rr/api/v1/transactions/{check_id('transaction_id', transaction_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(RevenueTransaction, opts)

    async def update(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RevenueTransactionParam],
    ) -> RevenueTransaction:
        """Update Revenue Transaction.

        ``PUT /rr/api/v1/transactions/{id}`` (operationId ``rr_api_v1_transactions_update``)
        """
        path = f"/rr/api/v1/transactions/{check_id('transaction_id', transaction_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(RevenueTransaction, opts)

    async def partial_update(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedRevenueTransactionParam],
    ) -> RevenueTransaction:
        """Partial Update Revenue Transaction.

        ``PATCH /rr/api/v1/transactions/{id}`` (operationId ``rr_api_v1_transactions_partial_update``)
        """
        path = f"/rr/api/v1/transactions/{check_id('transaction_id', transaction_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(RevenueTransaction, opts)

    async def delete(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Revenue Transaction.

        ``DELETE /rr/api/v1/transactions/{id}`` (operationId ``rr_api_v1_transactions_destroy``)
        """
        path = f"/rr/api/v1/transactions/{check_id('transaction_id', transaction_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncRevenueTransactionsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncRevenueTransactionsWithRawResponse(self)


class AsyncRevenueTransactionsWithRawResponse(AsyncRawResponses):
    """``client.revenue_transactions.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncRevenueTransactions) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
