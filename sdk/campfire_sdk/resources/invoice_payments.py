# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.invoice_payments``: the payment sync list, offset or cursor paged."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncCursorPage, AsyncOffsetPage, AsyncPaginator, SyncCursorPage, SyncOffsetPage
from ..types.invoice_payments import InvoicePaymentListParams, InvoicePaymentSync

__all__ = ["AsyncInvoicePayments", "AsyncInvoicePaymentsWithRawResponse", "InvoicePayments", "InvoicePaymentsWithRawResponse"]


class InvoicePayments(SyncAPIResource):
    """``client.invoice_payments``: list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoicePaymentListParams],
    ) -> SyncOffsetPage[InvoicePaymentSync] | SyncCursorPage[InvoicePaymentSync]:
        """List Invoice Payments.

        ``GET /coa/api/v1/invoice-payments`` (operationId ``coa_api_v1_invoice_payments_list``)
        """
        path = "/coa/api/v1/invoice-payments"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_page(InvoicePaymentSync, opts)
        return self._offset_page(InvoicePaymentSync, opts)

    @cached_property
    def with_raw_response(self) -> InvoicePaymentsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return InvoicePaymentsWithRawResponse(self)


class InvoicePaymentsWithRawResponse(RawResponses):
    """``client.invoice_payments.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: InvoicePayments) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)


class AsyncInvoicePayments(AsyncAPIResource):
    """``client.invoice_payments`` (async): list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoicePaymentListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[InvoicePaymentSync], InvoicePaymentSync] | AsyncPaginator[AsyncCursorPage[InvoicePaymentSync], InvoicePaymentSync]:
        """List Invoice Payments.

        ``GET /coa/api/v1/invoice-payments`` (operationId ``coa_api_v1_invoice_payments_list``)
        """
        path = "/coa/api/v1/invoice-payments"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_paginator(InvoicePaymentSync, opts)
        return self._offset_paginator(InvoicePaymentSync, opts)

    @cached_property
    def with_raw_response(self) -> AsyncInvoicePaymentsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncInvoicePaymentsWithRawResponse(self)


class AsyncInvoicePaymentsWithRawResponse(AsyncRawResponses):
    """``client.invoice_payments.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncInvoicePayments) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
