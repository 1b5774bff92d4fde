# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.revenue_transactions``: the revenue transactions of the Campfire API."""

from __future__ import annotations

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types.revenue_transactions import (
    PatchedRevenueTransactionParam,
    RevenueTransaction,
    RevenueTransactionListParams,
    RevenueTransactionParam,
)

__all__ = ["AsyncRevenueTransactions", "RevenueTransactions"]


class RevenueTransactions(SyncAPIResource):
    """``client.revenue_transactions``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RevenueTransactionListParams],
    ) -> SyncOffsetPage[RevenueTransaction]:
        """GET transactions.

        ``GET /rr/api/v1/transactions`` (operationId ``list_revenue_transactions``)
        """
        path = "/rr/api/v1/transactions"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(RevenueTransaction, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RevenueTransactionParam],
    ) -> RevenueTransaction:
        """POST transactions.

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
        """Retrieve: transactions.

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
        """Replace: transactions.

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
        """Update some fields of: transactions.

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
        """Delete: transactions.

        ``DELETE /rr/api/v1/transactions/{id}`` (operationId ``rr_api_v1_transactions_destroy``)
        """
        path = f"/rr/api/v1/transactions/{check_id('transaction_id', transaction_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)


class AsyncRevenueTransactions(AsyncAPIResource):
    """``client.revenue_transactions`` (async): create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RevenueTransactionListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[RevenueTransaction], RevenueTransaction]:
        """GET transactions.

        ``GET /rr/api/v1/transactions`` (operationId ``list_revenue_transactions``)
        """
        path = "/rr/api/v1/transactions"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(RevenueTransaction, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RevenueTransactionParam],
    ) -> RevenueTransaction:
        """POST transactions.

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
        """Retrieve: transactions.

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
        """Replace: transactions.

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
        """Update some fields of: transactions.

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
        """Delete: transactions.

        ``DELETE /rr/api/v1/transactions/{id}`` (operationId ``rr_api_v1_transactions_destroy``)
        """
        path = f"/rr/api/v1/transactions/{check_id('transaction_id', transaction_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)
