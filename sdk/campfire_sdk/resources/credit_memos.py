# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.credit_memos``: the credit memos of the Campfire API."""

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
from ..types.credit_memos import (
    AccountingCreditMemo,
    AccountingCreditMemoParam,
    AccountingCreditMemoPayment,
    BulkCreditMemoSearchParam,
    CreditMemoListParams,
    MarkCreditMemoUsedParam,
    PatchedAccountingCreditMemoParam,
    VoidCreditMemoRequestParam,
)

__all__ = ["AsyncCreditMemos", "AsyncCreditMemosWithRawResponse", "CreditMemos", "CreditMemosWithRawResponse"]


class CreditMemos(SyncAPIResource):
    """``client.credit_memos``: bulk_search, create, delete, delete_payment, list, mark_used, next_number, partial_update, pdf, reopen, retrieve, send, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreditMemoListParams],
    ) -> SyncOffsetPage[AccountingCreditMemo]:
        """List Credit Memos.

        ``GET /coa/api/v1/credit-memo`` (operationId ``coa_api_v1_credit_memo_list``)
        """
        path = "/coa/api/v1/credit-memo"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(AccountingCreditMemo, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingCreditMemoParam],
    ) -> AccountingCreditMemo:
        """Create Credit Memo.

        ``POST /coa/api/v1/credit-memo`` (operationId ``coa_api_v1_credit_memo_create``)
        """
        path = "/coa/api/v1/credit-memo"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingCreditMemo, opts)

    def mark_used(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkCreditMemoUsedParam],
    ) -> t.Any:
        """Mark Credit Memo as Used.

        ``POST /coa/api/v1/credit-memo/{credit_memo_id}/mark-used`` (operationId ``coa_api_v1_credit_memo_mark_used_create``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/mark-used"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def void_payment(
        self,
        credit_memo_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidPaymentParam],
    ) -> AccountingCreditMemoPayment:
        """Void Credit Memo Used Payment.

        ``POST /coa/api/v1/credit-memo/{credit_memo_id}/payment/{payment_id}/void`` (operationId ``coa_api_v1_credit_memo_payment_void_create``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/payment/{check_id('payment_id', payment_id)}/void"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingCreditMemoPayment, opts)

    def delete_payment(
        self,
        credit_memo_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Credit Memo Used Payment.

        ``DELETE /coa/api/v1/credit-memo/{credit_memo_id}/payment/{payment_id}/void`` (operationId ``coa_api_v1_credit_memo_payment_void_destroy``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/payment/{check_id('payment_id', payment_id)}/void"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def reopen(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingCreditMemo:
        """Reopen Voided Credit Memo.

        ``POST /coa/api/v1/credit-memo/{credit_memo_id}/reopen/`` (operationId ``coa_api_v1_credit_memo_reopen_create``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/reopen/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingCreditMemo, opts)

    def void(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidCreditMemoRequestParam],
    ) -> AccountingCreditMemo:
        """Void Credit Memo.

        ``POST /coa/api/v1/credit-memo/{credit_memo_id}/void/`` (operationId ``coa_api_v1_credit_memo_void_create``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingCreditMemo, opts)

    def retrieve(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingCreditMemo:
        """Retrieve Credit Memo.

        ``GET /coa/api/v1/credit-memo/{id}`` (operationId ``coa_api_v1_credit_memo_retrieve``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingCreditMemo, opts)

    def update(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingCreditMemoParam],
    ) -> AccountingCreditMemo:
        """Update Credit Memo.

        ``PUT /coa/api/v1/credit-memo/{id}`` (operationId ``coa_api_v1_credit_memo_update``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingCreditMemo, opts)

    def partial_update(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingCreditMemoParam],
    ) -> AccountingCreditMemo:
        """Partial Update Credit Memo.

        ``PATCH /coa/api/v1/credit-memo/{id}`` (operationId ``coa_api_v1_credit_memo_partial_update``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingCreditMemo, opts)

    def delete(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Credit Memo.

        ``DELETE /coa/api/v1/credit-memo/{id}`` (operationId ``coa_api_v1_credit_memo_destroy``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def pdf(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Get Credit Memo PDF.

        ``GET /coa/api/v1/credit-memo/{id}/pdf/`` (operationId ``get_credit_memo_pdf``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/pdf/"
        opts = options("GET", path, headers={"Accept": "application/pdf"}, timeout=timeout, max_retries=max_retries)
        return self._request(bytes, opts)

    def send(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Send Credit Memo.

        ``PUT /coa/api/v1/credit-memo/{id}/send/`` (operationId ``send_credit_memo``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/send/"
        opts = options("PUT", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkCreditMemoSearchParam],
    ) -> builtins.dict[str, t.Any]:
        """Bulk Search Credit Memos by Number.

        ``POST /coa/api/v1/credit-memo/bulk-search`` (operationId ``coa_api_v1_credit_memo_bulk_search_create``)
        """
        path = "/coa/api/v1/credit-memo/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    def next_number(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.dict[str, t.Any]:
        """Get Next Credit Memo Number.

        ``GET /coa/api/v1/credit-memo/next-credit-memo-number`` (operationId ``coa_api_v1_credit_memo_next_credit_memo_number_retrieve``)
        """
        path = "/coa/api/v1/credit-memo/next-credit-memo-number"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    @cached_property
    def with_raw_response(self) -> CreditMemosWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return CreditMemosWithRawResponse(self)

    next_credit_memo_number = next_number  # the older name


class CreditMemosWithRawResponse(RawResponses):
    """``client.credit_memos.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: CreditMemos) -> None:
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
        self.pdf = to_raw_response(resource.pdf)
        self.send = to_raw_response(resource.send)
        self.bulk_search = to_raw_response(resource.bulk_search)
        self.next_number = to_raw_response(resource.next_number)


class AsyncCreditMemos(AsyncAPIResource):
    """``client.credit_memos`` (async): bulk_search, create, delete, delete_payment, list, mark_used, next_number, partial_update, pdf, reopen, retrieve, send, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreditMemoListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[AccountingCreditMemo], AccountingCreditMemo]:
        """List Credit Memos.

        ``GET /coa/api/v1/credit-memo`` (operationId ``coa_api_v1_credit_memo_list``)
        """
        path = "/coa/api/v1/credit-memo"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(AccountingCreditMemo, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingCreditMemoParam],
    ) -> AccountingCreditMemo:
        """Create Credit Memo.

        ``POST /coa/api/v1/credit-memo`` (operationId ``coa_api_v1_credit_memo_create``)
        """
        path = "/coa/api/v1/credit-memo"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingCreditMemo, opts)

    async def mark_used(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkCreditMemoUsedParam],
    ) -> t.Any:
        """Mark Credit Memo as Used.

        ``POST /coa/api/v1/credit-memo/{credit_memo_id}/mark-used`` (operationId ``coa_api_v1_credit_memo_mark_used_create``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/mark-used"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def void_payment(
        self,
        credit_memo_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidPaymentParam],
    ) -> AccountingCreditMemoPayment:
        """Void Credit Memo Used Payment.

        ``POST /coa/api/v1/credit-memo/{credit_memo_id}/payment/{payment_id}/void`` (operationId ``coa_api_v1_credit_memo_payment_void_create``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/payment/{check_id('payment_id', payment_id)}/void"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingCreditMemoPayment, opts)

    async def delete_payment(
        self,
        credit_memo_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Credit Memo Used Payment.

        ``DELETE /coa/api/v1/credit-memo/{credit_memo_id}/payment/{payment_id}/void`` (operationId ``coa_api_v1_credit_memo_payment_void_destroy``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/payment/{check_id('payment_id', payment_id)}/void"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def reopen(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingCreditMemo:
        """Reopen Voided Credit Memo.

        ``POST /coa/api/v1/credit-memo/{credit_memo_id}/reopen/`` (operationId ``coa_api_v1_credit_memo_reopen_create``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/reopen/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingCreditMemo, opts)

    async def void(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidCreditMemoRequestParam],
    ) -> AccountingCreditMemo:
        """Void Credit Memo.

        ``POST /coa/api/v1/credit-memo/{credit_memo_id}/void/`` (operationId ``coa_api_v1_credit_memo_void_create``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingCreditMemo, opts)

    async def retrieve(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingCreditMemo:
        """Retrieve Credit Memo.

        ``GET /coa/api/v1/credit-memo/{id}`` (operationId ``coa_api_v1_credit_memo_retrieve``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingCreditMemo, opts)

    async def update(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingCreditMemoParam],
    ) -> AccountingCreditMemo:
        """Update Credit Memo.

        ``PUT /coa/api/v1/credit-memo/{id}`` (operationId ``coa_api_v1_credit_memo_update``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingCreditMemo, opts)

    async def partial_update(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingCreditMemoParam],
    ) -> AccountingCreditMemo:
        """Partial Update Credit Memo.

        ``PATCH /coa/api/v1/credit-memo/{id}`` (operationId ``coa_api_v1_credit_memo_partial_update``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingCreditMemo, opts)

    async def delete(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Credit Memo.

        ``DELETE /coa/api/v1/credit-memo/{id}`` (operationId ``coa_api_v1_credit_memo_destroy``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def pdf(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Get Credit Memo PDF.

        ``GET /coa/api/v1/credit-memo/{id}/pdf/`` (operationId ``get_credit_memo_pdf``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/pdf/"
        opts = options("GET", path, headers={"Accept": "application/pdf"}, timeout=timeout, max_retries=max_retries)
        return await self._request(bytes, opts)

    async def send(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Send Credit Memo.

        ``PUT /coa/api/v1/credit-memo/{id}/send/`` (operationId ``send_credit_memo``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}/send/"
        opts = options("PUT", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkCreditMemoSearchParam],
    ) -> builtins.dict[str, t.Any]:
        """Bulk Search Credit Memos by Number.

        ``POST /coa/api/v1/credit-memo/bulk-search`` (operationId ``coa_api_v1_credit_memo_bulk_search_create``)
        """
        path = "/coa/api/v1/credit-memo/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    async def next_number(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.dict[str, t.Any]:
        """Get Next Credit Memo Number.

        ``GET /coa/api/v1/credit-memo/next-credit-memo-number`` (operationId ``coa_api_v1_credit_memo_next_credit_memo_number_retrieve``)
        """
        path = "/coa/api/v1/credit-memo/next-credit-memo-number"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    @cached_property
    def with_raw_response(self) -> AsyncCreditMemosWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncCreditMemosWithRawResponse(self)

    next_credit_memo_number = next_number  # the older name


class AsyncCreditMemosWithRawResponse(AsyncRawResponses):
    """``client.credit_memos.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncCreditMemos) -> None:
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
        self.pdf = async_to_raw_response(resource.pdf)
        self.send = async_to_raw_response(resource.send)
        self.bulk_search = async_to_raw_response(resource.bulk_search)
        self.next_number = async_to_raw_response(resource.next_number)
