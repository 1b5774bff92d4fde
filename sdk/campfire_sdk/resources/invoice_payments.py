# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.invoice_payments``: the payment sync list, offset or cursor paged."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncCursorPage, AsyncOffsetPage, AsyncPaginator, SyncCursorPage, SyncOffsetPage
from ..types.invoice_payments import InvoicePaymentListParams, InvoicePaymentSync

__all__ = ["AsyncInvoicePayments", "InvoicePayments"]


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
