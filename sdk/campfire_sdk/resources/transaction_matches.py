# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.transaction_matches``: the transaction matches of the Campfire API."""

from __future__ import annotations

import typing as t

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types.transaction_matches import (
    PatchedTransactionMatchParam,
    TransactionMatch,
    TransactionMatchListParams,
    TransactionMatchParam,
)

__all__ = ["AsyncTransactionMatches", "TransactionMatches"]


class TransactionMatches(SyncAPIResource):
    """``client.transaction_matches``: count, delete, list, partial_update, process, reject, retrieve, set_status, update, update_status."""

    def process(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """POST transaction match process.

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
        """GET transaction matches.

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
    ) -> t.Any:
        """GET transaction matches count.

        ``GET /coa/api/transaction-matches-count`` (operationId ``get_transaction_matches_count``)
        """
        path = "/coa/api/transaction-matches-count"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def retrieve(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionMatch:
        """GET transaction matches.

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
        """PUT transaction matches.

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
        """PATCH transaction matches.

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
        """DELETE transaction matches.

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
    ) -> t.Any:
        """POST transaction matches reject.

        ``POST /coa/api/transaction-matches/{id}/reject`` (operationId ``reject_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/reject"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def set_status(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """POST transaction matches status.

        ``POST /coa/api/transaction-matches/{id}/status`` (operationId ``set_transaction_match_status``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/status"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def update_status(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """PUT transaction matches status.

        ``PUT /coa/api/transaction-matches/{id}/status`` (operationId ``update_transaction_match_status``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/status"
        opts = options("PUT", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)


class AsyncTransactionMatches(AsyncAPIResource):
    """``client.transaction_matches`` (async): count, delete, list, partial_update, process, reject, retrieve, set_status, update, update_status."""

    async def process(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """POST transaction match process.

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
        """GET transaction matches.

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
    ) -> t.Any:
        """GET transaction matches count.

        ``GET /coa/api/transaction-matches-count`` (operationId ``get_transaction_matches_count``)
        """
        path = "/coa/api/transaction-matches-count"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def retrieve(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionMatch:
        """GET transaction matches.

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
        """PUT transaction matches.

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
        """PATCH transaction matches.

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
        """DELETE transaction matches.

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
    ) -> t.Any:
        """POST transaction matches reject.

        ``POST /coa/api/transaction-matches/{id}/reject`` (operationId ``reject_transaction_match``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/reject"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def set_status(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """POST transaction matches status.

        ``POST /coa/api/transaction-matches/{id}/status`` (operationId ``set_transaction_match_status``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/status"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def update_status(
        self,
        transaction_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """PUT transaction matches status.

        ``PUT /coa/api/transaction-matches/{id}/status`` (operationId ``update_transaction_match_status``)
        """
        path = f"/coa/api/transaction-matches/{check_id('transaction_match_id', transaction_match_id)}/status"
        opts = options("PUT", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)
