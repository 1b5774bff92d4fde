# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.transaction_matches``: the transaction matches of the Campfire API."""

from __future__ import annotations

import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types.transaction_matches import (
    PatchedTransactionMatchParam,
    TransactionMatch,
    TransactionMatchCount,
    TransactionMatchCountParams,
    TransactionMatchListParams,
    TransactionMatchParam,
    TransactionMatchSetStatusParams,
    TransactionMatchUpdateStatusParams,
)

__all__ = ["AsyncTransactionMatches", "AsyncTransactionMatchesWithRawResponse", "TransactionMatches", "TransactionMatchesWithRawResponse"]


class TransactionMatches(SyncAPIResource):
    """``client.transaction_matches``: count, delete, list, partial_update, process, reject, retrieve, set_status, update, update_status."""

    def process(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Process Transaction Match.

        ``POST /coa/api/transaction-match-process`` (operationId ``process_transaction_match``)
        """
        path = "/coa/api/transaction-match-process"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMatchListParams],
    ) -> SyncOffsetPage[TransactionMatch]:
        """List Transaction Matches.

        ``GET /coa/api/transaction-matches`` (operationId ``list_transaction_matches``)
        """
        path = "/coa/api/transaction-matches"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(TransactionMatch, opts)

    def count(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMatchCountParams],
    ) -> TransactionMatchCount:
        """Get Transaction Matches Count.

        ``GET /coa/api/transaction-matches-count`` (operationId ``get_transaction_matches_count``)
        """
        path = "/coa/api/transaction-matches-count"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(TransactionMatchCount, opts)

    def retrieve(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionMatch:
        """Retrieve Transaction Match.

        ``GET /coa/api/transaction-matches/{id}`` (operationId ``get_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionMatch, opts)

    def update(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMatchParam],
    ) -> TransactionMatch:
        """Update Transaction Match.

        ``PUT /coa/api/transaction-matches/{id}`` (operationId ``update_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionMatch, opts)

    def partial_update(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedTransactionMatchParam],
    ) -> TransactionMatch:
        """Partial Update Transaction Match.

        ``PATCH /coa/api/transaction-matches/{id}`` (operationId ``partial_update_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionMatch, opts)

    def delete(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Transaction Match.

        ``DELETE /coa/api/transaction-matches/{id}`` (operationId ``delete_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def reject(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionMatch | None:
        """Reject Transaction Match.

        ``POST /coa/api/transaction-matches/{id}/reject`` (operationId ``reject_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/reject"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request_or_none(TransactionMatch, opts)

    def set_status(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMatchSetStatusParams],
    ) -> TransactionMatch | None:
        """Set Transaction Match Status.

        ``POST /coa/api/transaction-matches/{id}/status`` (operationId ``set_transaction_match_status``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/status"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request_or_none(TransactionMatch, opts)

    def update_status(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMatchUpdateStatusParams],
    ) -> TransactionMatch | None:
        """Update Transaction Match Status.

        ``PUT /coa/api/transaction-matches/{id}/status`` (operationId ``update_transaction_match_status``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/status"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request_or_none(TransactionMatch, opts)

    @cached_property
    def with_raw_response(self) -> TransactionMatchesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return TransactionMatchesWithRawResponse(self)


class TransactionMatchesWithRawResponse(RawResponses):
    """``client.transaction_matches.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: TransactionMatches) -> None:
        super().__init__(resource)
        self.process = to_raw_response(resource.process)
        self.list = to_raw_response(resource.list)
        self.count = to_raw_response(resource.count)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.reject = to_raw_response(resource.reject)
        self.set_status = to_raw_response(resource.set_status)
        self.update_status = to_raw_response(resource.update_status)


class AsyncTransactionMatches(AsyncAPIResource):
    """``client.transaction_matches`` (async): count, delete, list, partial_update, process, reject, retrieve, set_status, update, update_status."""

    async def process(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Process Transaction Match.

        ``POST /coa/api/transaction-match-process`` (operationId ``process_transaction_match``)
        """
        path = "/coa/api/transaction-match-process"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMatchListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[TransactionMatch], TransactionMatch]:
        """List Transaction Matches.

        ``GET /coa/api/transaction-matches`` (operationId ``list_transaction_matches``)
        """
        path = "/coa/api/transaction-matches"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(TransactionMatch, opts)

    async def count(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMatchCountParams],
    ) -> TransactionMatchCount:
        """Get Transaction Matches Count.

        ``GET /coa/api/transaction-matches-count`` (operationId ``get_transaction_matches_count``)
        """
        path = "/coa/api/transaction-matches-count"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionMatchCount, opts)

    async def retrieve(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionMatch:
        """Retrieve Transaction Match.

        ``GET /coa/api/transaction-matches/{id}`` (operationId ``get_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionMatch, opts)

    async def update(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMatchParam],
    ) -> TransactionMatch:
        """Update Transaction Match.

        ``PUT /coa/api/transaction-matches/{id}`` (operationId ``update_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionMatch, opts)

    async def partial_update(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedTransactionMatchParam],
    ) -> TransactionMatch:
        """Partial Update Transaction Match.

        ``PATCH /coa/api/transaction-matches/{id}`` (operationId ``partial_update_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionMatch, opts)

    async def delete(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Transaction Match.

        ``DELETE /coa/api/transaction-matches/{id}`` (operationId ``delete_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def reject(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionMatch | None:
        """Reject Transaction Match.

        ``POST /coa/api/transaction-matches/{id}/reject`` (operationId ``reject_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/reject"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request_or_none(TransactionMatch, opts)

    async def set_status(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMatchSetStatusParams],
    ) -> TransactionMatch | None:
        """Set Transaction Match Status.

        ``POST /coa/api/transaction-matches/{id}/status`` (operationId ``set_transaction_match_status``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/status"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request_or_none(TransactionMatch, opts)

    async def update_status(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMatchUpdateStatusParams],
    ) -> TransactionMatch | None:
        """Update Transaction Match Status.

        ``PUT /coa/api/transaction-matches/{id}/status`` (operationId ``update_transaction_match_status``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/status"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request_or_none(TransactionMatch, opts)

    @cached_property
    def with_raw_response(self) -> AsyncTransactionMatchesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncTransactionMatchesWithRawResponse(self)


class AsyncTransactionMatchesWithRawResponse(AsyncRawResponses):
    """``client.transaction_matches.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncTransactionMatches) -> None:
        super().__init__(resource)
        self.process = async_to_raw_response(resource.process)
        self.list = async_to_raw_response(resource.list)
        self.count = async_to_raw_response(resource.count)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.reject = async_to_raw_response(resource.reject)
        self.set_status = async_to_raw_response(resource.set_status)
        self.update_status = async_to_raw_response(resource.update_status)
