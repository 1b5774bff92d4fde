# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.debit_memos``: the debit memos of the Campfire API."""

from __future__ import annotations

import builtins
import typing as t

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import VoidPaymentParam
from ..types.debit_memos import (
    AccountingDebitMemo,
    AccountingDebitMemoParam,
    AccountingDebitMemoPayment,
    BulkDebitMemoSearchParam,
    DebitMemosListParams,
    MarkDebitMemoUsedParam,
    PatchedAccountingDebitMemoParam,
    VoidDebitMemoRequestParam,
)

__all__ = ["AsyncDebitMemos", "DebitMemos"]


class DebitMemos(SyncAPIResource):
    """``client.debit_memos``: bulk_search, create, delete, delete_payment, list, mark_used, next_debit_memo_number, partial_update, reopen, retrieve, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DebitMemosListParams],
    ) -> SyncOffsetPage[AccountingDebitMemo]:
        """List: debit memo.

        ``GET /coa/api/v1/debit-memo`` (operationId ``coa_api_v1_debit_memo_list``)
        """
        path = "/coa/api/v1/debit-memo"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(AccountingDebitMemo, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingDebitMemoParam],
    ) -> AccountingDebitMemo:
        """Create: debit memo.

        ``POST /coa/api/v1/debit-memo`` (operationId ``coa_api_v1_debit_memo_create``)
        """
        path = "/coa/api/v1/debit-memo"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingDebitMemo, opts)

    def mark_used(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkDebitMemoUsedParam],
    ) -> t.Any:
        """Create: debit memo mark used.

        ``POST /coa/api/v1/debit-memo/{debit_memo_id}/mark-used`` (operationId ``coa_api_v1_debit_memo_mark_used_create``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}/mark-used"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def void_payment(
        self,
        debit_memo_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidPaymentParam],
    ) -> AccountingDebitMemoPayment:
        """Create: debit memo payment void.

        ``POST /coa/api/v1/debit-memo/{debit_memo_id}/payment/{payment_id}/void`` (operationId ``coa_api_v1_debit_memo_payment_void_create``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}/payment/{check_id('payment_id', payment_id)}/void"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingDebitMemoPayment, opts)

    def delete_payment(
        self,
        debit_memo_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete: debit memo payment void.

        ``DELETE /coa/api/v1/debit-memo/{debit_memo_id}/payment/{payment_id}/void`` (operationId ``coa_api_v1_debit_memo_payment_void_destroy``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}/payment/{check_id('payment_id', payment_id)}/void"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def reopen(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingDebitMemo:
        """Create: debit memo reopen.

        ``POST /coa/api/v1/debit-memo/{debit_memo_id}/reopen/`` (operationId ``coa_api_v1_debit_memo_reopen_create``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}/reopen/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingDebitMemo, opts)

    def void(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidDebitMemoRequestParam],
    ) -> AccountingDebitMemo:
        """Create: debit memo void.

        ``POST /coa/api/v1/debit-memo/{debit_memo_id}/void/`` (operationId ``coa_api_v1_debit_memo_void_create``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingDebitMemo, opts)

    def retrieve(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingDebitMemo:
        """Retrieve: debit memo.

        ``GET /coa/api/v1/debit-memo/{id}`` (operationId ``coa_api_v1_debit_memo_retrieve``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingDebitMemo, opts)

    def update(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingDebitMemoParam],
    ) -> AccountingDebitMemo:
        """Replace: debit memo.

        ``PUT /coa/api/v1/debit-memo/{id}`` (operationId ``coa_api_v1_debit_memo_update``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingDebitMemo, opts)

    def partial_update(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingDebitMemoParam],
    ) -> AccountingDebitMemo:
        """Update some fields of: debit memo.

        ``PATCH /coa/api/v1/debit-memo/{id}`` (operationId ``coa_api_v1_debit_memo_partial_update``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingDebitMemo, opts)

    def delete(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete: debit memo.

        ``DELETE /coa/api/v1/debit-memo/{id}`` (operationId ``coa_api_v1_debit_memo_destroy``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkDebitMemoSearchParam],
    ) -> builtins.dict[str, t.Any]:
        """Create: debit memo bulk search.

        ``POST /coa/api/v1/debit-memo/bulk-search`` (operationId ``coa_api_v1_debit_memo_bulk_search_create``)
        """
        path = "/coa/api/v1/debit-memo/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    def next_debit_memo_number(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.dict[str, t.Any]:
        """Retrieve: debit memo next debit memo number.

        ``GET /coa/api/v1/debit-memo/next-debit-memo-number`` (operationId ``coa_api_v1_debit_memo_next_debit_memo_number_retrieve``)
        """
        path = "/coa/api/v1/debit-memo/next-debit-memo-number"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)


class AsyncDebitMemos(AsyncAPIResource):
    """``client.debit_memos`` (async): bulk_search, create, delete, delete_payment, list, mark_used, next_debit_memo_number, partial_update, reopen, retrieve, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DebitMemosListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[AccountingDebitMemo], AccountingDebitMemo]:
        """List: debit memo.

        ``GET /coa/api/v1/debit-memo`` (operationId ``coa_api_v1_debit_memo_list``)
        """
        path = "/coa/api/v1/debit-memo"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(AccountingDebitMemo, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingDebitMemoParam],
    ) -> AccountingDebitMemo:
        """Create: debit memo.

        ``POST /coa/api/v1/debit-memo`` (operationId ``coa_api_v1_debit_memo_create``)
        """
        path = "/coa/api/v1/debit-memo"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingDebitMemo, opts)

    async def mark_used(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkDebitMemoUsedParam],
    ) -> t.Any:
        """Create: debit memo mark used.

        ``POST /coa/api/v1/debit-memo/{debit_memo_id}/mark-used`` (operationId ``coa_api_v1_debit_memo_mark_used_create``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}/mark-used"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def void_payment(
        self,
        debit_memo_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidPaymentParam],
    ) -> AccountingDebitMemoPayment:
        """Create: debit memo payment void.

        ``POST /coa/api/v1/debit-memo/{debit_memo_id}/payment/{payment_id}/void`` (operationId ``coa_api_v1_debit_memo_payment_void_create``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}/payment/{check_id('payment_id', payment_id)}/void"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingDebitMemoPayment, opts)

    async def delete_payment(
        self,
        debit_memo_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete: debit memo payment void.

        ``DELETE /coa/api/v1/debit-memo/{debit_memo_id}/payment/{payment_id}/void`` (operationId ``coa_api_v1_debit_memo_payment_void_destroy``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}/payment/{check_id('payment_id', payment_id)}/void"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def reopen(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingDebitMemo:
        """Create: debit memo reopen.

        ``POST /coa/api/v1/debit-memo/{debit_memo_id}/reopen/`` (operationId ``coa_api_v1_debit_memo_reopen_create``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}/reopen/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingDebitMemo, opts)

    async def void(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidDebitMemoRequestParam],
    ) -> AccountingDebitMemo:
        """Create: debit memo void.

        ``POST /coa/api/v1/debit-memo/{debit_memo_id}/void/`` (operationId ``coa_api_v1_debit_memo_void_create``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingDebitMemo, opts)

    async def retrieve(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingDebitMemo:
        """Retrieve: debit memo.

        ``GET /coa/api/v1/debit-memo/{id}`` (operationId ``coa_api_v1_debit_memo_retrieve``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingDebitMemo, opts)

    async def update(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingDebitMemoParam],
    ) -> AccountingDebitMemo:
        """Replace: debit memo.

        ``PUT /coa/api/v1/debit-memo/{id}`` (operationId ``coa_api_v1_debit_memo_update``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingDebitMemo, opts)

    async def partial_update(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingDebitMemoParam],
    ) -> AccountingDebitMemo:
        """Update some fields of: debit memo.

        ``PATCH /coa/api/v1/debit-memo/{id}`` (operationId ``coa_api_v1_debit_memo_partial_update``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingDebitMemo, opts)

    async def delete(
        self,
        debit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete: debit memo.

        ``DELETE /coa/api/v1/debit-memo/{id}`` (operationId ``coa_api_v1_debit_memo_destroy``)
        """
        path = f"/coa/api/v1/debit-memo/{check_id('debit_memo_id', debit_memo_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkDebitMemoSearchParam],
    ) -> builtins.dict[str, t.Any]:
        """Create: debit memo bulk search.

        ``POST /coa/api/v1/debit-memo/bulk-search`` (operationId ``coa_api_v1_debit_memo_bulk_search_create``)
        """
        path = "/coa/api/v1/debit-memo/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    async def next_debit_memo_number(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.dict[str, t.Any]:
        """Retrieve: debit memo next debit memo number.

        ``GET /coa/api/v1/debit-memo/next-debit-memo-number`` (operationId ``coa_api_v1_debit_memo_next_debit_memo_number_retrieve``)
        """
        path = "/coa/api/v1/debit-memo/next-debit-memo-number"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)
