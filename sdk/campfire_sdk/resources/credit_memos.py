# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.credit_memos``: the credit memos of the Campfire API."""

from __future__ import annotations

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._models import AccountingCreditMemo
from ..types._params import AccountingCreditMemoParam, CreditMemoListParams

__all__ = ["AsyncCreditMemos", "CreditMemos"]


class CreditMemos(SyncAPIResource):
    """``client.credit_memos``: create, list, retrieve."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreditMemoListParams],
    ) -> SyncOffsetPage[AccountingCreditMemo]:
        """List credit memos.

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
        """Create a credit memo.

        ``POST /coa/api/v1/credit-memo`` (operationId ``coa_api_v1_credit_memo_create``)
        """
        path = "/coa/api/v1/credit-memo"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingCreditMemo, opts)

    def retrieve(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingCreditMemo:
        """Retrieve a credit memo.

        ``GET /coa/api/v1/credit-memo/{id}`` (operationId ``coa_api_v1_credit_memo_retrieve``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingCreditMemo, opts)


class AsyncCreditMemos(AsyncAPIResource):
    """``client.credit_memos`` (async): create, list, retrieve."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreditMemoListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[AccountingCreditMemo], AccountingCreditMemo]:
        """List credit memos.

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
        """Create a credit memo.

        ``POST /coa/api/v1/credit-memo`` (operationId ``coa_api_v1_credit_memo_create``)
        """
        path = "/coa/api/v1/credit-memo"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingCreditMemo, opts)

    async def retrieve(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingCreditMemo:
        """Retrieve a credit memo.

        ``GET /coa/api/v1/credit-memo/{id}`` (operationId ``coa_api_v1_credit_memo_retrieve``)
        """
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingCreditMemo, opts)
