# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.bill_payments``: the bill payments of the Campfire API."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncCursorPage, AsyncOffsetPage, AsyncPaginator, SyncCursorPage, SyncOffsetPage
from ..types.bill_payments import BillPaymentListParams, BillPaymentSync

__all__ = ["AsyncBillPayments", "BillPayments"]


class BillPayments(SyncAPIResource):
    """``client.bill_payments``: list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillPaymentListParams],
    ) -> SyncOffsetPage[BillPaymentSync] | SyncCursorPage[BillPaymentSync]:
        """List: bill payments.

        ``GET /coa/api/v1/bill-payments`` (operationId ``coa_api_v1_bill_payments_list``)
        """
        path = "/coa/api/v1/bill-payments"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_page(BillPaymentSync, opts)
        return self._offset_page(BillPaymentSync, opts)


class AsyncBillPayments(AsyncAPIResource):
    """``client.bill_payments`` (async): list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillPaymentListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[BillPaymentSync], BillPaymentSync] | AsyncPaginator[AsyncCursorPage[BillPaymentSync], BillPaymentSync]:
        """List: bill payments.

        ``GET /coa/api/v1/bill-payments`` (operationId ``coa_api_v1_bill_payments_list``)
        """
        path = "/coa/api/v1/bill-payments"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_paginator(BillPaymentSync, opts)
        return self._offset_paginator(BillPaymentSync, opts)
