# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.debit_memos``: the debit memos of the Campfire API."""

from __future__ import annotations

import builtins
import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import VoidPaymentParam
from ..types.debit_memos import (
    AccountingDebitMemo,
    AccountingDebitMemoParam,
    AccountingDebitMemoPayment,
    BulkDebitMemoSearchParam,
    DebitMemoListParams,
    MarkDebitMemoUsedParam,
    PatchedAccountingDebitMemoParam,
    VoidDebitMemoRequestParam,
)

__all__ = ["AsyncDebitMemos", "AsyncDebitMemosWithRawResponse", "DebitMemos", "DebitMemosWithRawResponse"]


class DebitMemos(SyncAPIResource):
    """``client.debit_memos``: bulk_search, create, delete, delete_payment, list, mark_used, next_number, partial_update, reopen, retrieve, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DebitMemoListParams],
    ) -> SyncOffsetPage[AccountingDebitMemo]:
        """List Debit Memos.

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
        """Create Debit Memo.

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
        """Mark Debit Memo as Used.

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
        """Void Debit Memo Used Payment.

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
        """Delete Debit Memo Used Payment.

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
        """Reopen Voided Debit Memo.

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
        """Void Debit Memo.

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
        """Retrieve Debit Memo.

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
        """Update Debit Memo.

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
        """Partial Update Debit Memo.

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
        """Delete Debit Memo.

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
        """Bulk Search Debit Memos by Number.

        ``POST /coa/api/v1/debit-memo/bulk-search`` (operationId ``coa_api_v1_debit_memo_bulk_search_create``)
        """
        path = "/coa/api/v1/debit-memo/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    def next_number(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.dict[str, t.Any]:
        """Get Next Debit Memo Number.

        ``GET /coa/api/v1/debit-memo/next-debit-memo-number`` (operationId ``coa_api_v1_debit_memo_next_debit_memo_number_retrieve``)
        """
        path = "/coa/api/v1/debit-memo/next-debit-memo-number"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    @cached_property
    def with_raw_response(self) -> DebitMemosWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return DebitMemosWithRawResponse(self)

    next_debit_memo_number = next_number  # the older name


class DebitMemosWithRawResponse(RawResponses):
    """``client.debit_memos.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: DebitMemos) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.mark_used = to_raw_response(resource.mark_used)
        self.void_payment = to_raw_response(resource.void_payment)
        self.delete_payment = to_raw_response(resource.delete_payment)
        self.reopen = to_raw_response(resource.reopen)
        self.void = to_raw_response(resource.void)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.bulk_search = to_raw_response(resource.bulk_search)
        self.next_number = to_raw_response(resource.next_number)


class AsyncDebitMemos(AsyncAPIResource):
    """``client.debit_memos`` (async): bulk_search, create, delete, delete_payment, list, mark_used, next_number, partial_update, reopen, retrieve, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DebitMemoListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[AccountingDebitMemo], AccountingDebitMemo]:
        """List Debit Memos.

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
        """Create Debit Memo.

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
        """Mark Debit Memo as Used.

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
        """Void Debit Memo Used Payment.

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
        """Delete Debit Memo Used Payment.

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
        """Reopen Voided Debit Memo.

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
        """Void Debit Memo.

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
        """Retrieve Debit Memo.

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
        """Update Debit Memo.

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
        """Partial Update Debit Memo.

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
        """Delete Debit Memo.

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
        """Bulk Search Debit Memos by Number.

        ``POST /coa/api/v1/debit-memo/bulk-search`` (operationId ``coa_api_v1_debit_memo_bulk_search_create``)
        """
        path = "/coa/api/v1/debit-memo/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    async def next_number(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.dict[str, t.Any]:
        """Get Next Debit Memo Number.

        ``GET /coa/api/v1/debit-memo/next-debit-memo-number`` (operationId ``coa_api_v1_debit_memo_next_debit_memo_number_retrieve``)
        """
        path = "/coa/api/v1/debit-memo/next-debit-memo-number"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    @cached_property
    def with_raw_response(self) -> AsyncDebitMemosWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncDebitMemosWithRawResponse(self)

    next_debit_memo_number = next_number  # the older name


class AsyncDebitMemosWithRawResponse(AsyncRawResponses):
    """``client.debit_memos.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncDebitMemos) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.mark_used = async_to_raw_response(resource.mark_used)
        self.void_payment = async_to_raw_response(resource.void_payment)
        self.delete_payment = async_to_raw_response(resource.delete_payment)
        self.reopen = async_to_raw_response(resource.reopen)
        self.void = async_to_raw_response(resource.void)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.bulk_search = async_to_raw_response(resource.bulk_search)
        self.next_number = async_to_raw_response(resource.next_number)
