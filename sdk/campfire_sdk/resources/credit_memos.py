"""``client.credit_memos``: credits that pay invoices."""

from __future__ import annotations

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types import (
    AccountingCreditMemo,
    AccountingCreditMemoParam,
    CreditMemoListParams,
)

__all__ = ["AsyncCreditMemos", "CreditMemos"]


class CreditMemos(SyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreditMemoListParams],
    ) -> SyncOffsetPage[AccountingCreditMemo]:
        return self._offset_page(
            AccountingCreditMemo,
            options("GET", "/coa/api/v1/credit-memo", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingCreditMemoParam],
    ) -> AccountingCreditMemo:
        return self._request(
            AccountingCreditMemo,
            options("POST", "/coa/api/v1/credit-memo", json=params, timeout=timeout, max_retries=max_retries),
        )

    def retrieve(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingCreditMemo:
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        return self._request(AccountingCreditMemo, options("GET", path, timeout=timeout, max_retries=max_retries))


class AsyncCreditMemos(AsyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreditMemoListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[AccountingCreditMemo], AccountingCreditMemo]:
        return self._offset_paginator(
            AccountingCreditMemo,
            options("GET", "/coa/api/v1/credit-memo", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingCreditMemoParam],
    ) -> AccountingCreditMemo:
        return await self._request(
            AccountingCreditMemo,
            options("POST", "/coa/api/v1/credit-memo", json=params, timeout=timeout, max_retries=max_retries),
        )

    async def retrieve(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingCreditMemo:
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        return await self._request(AccountingCreditMemo, options("GET", path, timeout=timeout, max_retries=max_retries))
