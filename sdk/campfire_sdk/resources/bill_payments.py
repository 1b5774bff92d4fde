# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.bill_payments``: the bill payments of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncCursorPage, AsyncOffsetPage, AsyncPaginator, SyncCursorPage, SyncOffsetPage
from ..types.bill_payments import BillPaymentListParams, BillPaymentSync

__all__ = ["AsyncBillPayments", "AsyncBillPaymentsWithRawResponse", "BillPayments", "BillPaymentsWithRawResponse"]


class BillPayments(SyncAPIResource):
    """``client.bill_payments``: list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillPaymentListParams],
    ) -> SyncOffsetPage[BillPaymentSync] | SyncCursorPage[BillPaymentSync]:
        """List Bill Payments.

        ``GET /coa/api/v1/bill-payments`` (operationId ``coa_api_v1_bill_payments_list``)
        """
        path = "/coa/api/v1/bill-payments"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_page(BillPaymentSync, opts)
        return self._offset_page(BillPaymentSync, opts)

    @cached_property
    def with_raw_response(self) -> BillPaymentsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return BillPaymentsWithRawResponse(self)


class BillPaymentsWithRawResponse(RawResponses):
    """``client.bill_payments.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: BillPayments) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)


class AsyncBillPayments(AsyncAPIResource):
    """``client.bill_payments`` (async): list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillPaymentListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[BillPaymentSync], BillPaymentSync] | AsyncPaginator[AsyncCursorPage[BillPaymentSync], BillPaymentSync]:
        """List Bill Payments.

        ``GET /coa/api/v1/bill-payments`` (operationId ``coa_api_v1_bill_payments_list``)
        """
        path = "/coa/api/v1/bill-payments"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_paginator(BillPaymentSync, opts)
        return self._offset_paginator(BillPaymentSync, opts)

    @cached_property
    def with_raw_response(self) -> AsyncBillPaymentsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncBillPaymentsWithRawResponse(self)


class AsyncBillPaymentsWithRawResponse(AsyncRawResponses):
    """``client.bill_payments.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncBillPayments) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
