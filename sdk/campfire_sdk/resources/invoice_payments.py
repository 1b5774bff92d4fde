"""``client.invoice_payments``: the payment sync list, offset or cursor paged."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncCursorPage, AsyncOffsetPage, AsyncPaginator, SyncCursorPage, SyncOffsetPage
from ..types import InvoicePaymentListParams, InvoicePaymentSync

__all__ = ["AsyncInvoicePayments", "InvoicePayments"]

PATH = "/coa/api/v1/invoice-payments"


class InvoicePayments(SyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoicePaymentListParams],
    ) -> SyncOffsetPage[InvoicePaymentSync] | SyncCursorPage[InvoicePaymentSync]:
        """Payments ordered by (last_modified_at, id). Pass ``cursor=""`` for cursor paging (full syncs)."""
        opts = options("GET", PATH, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_page(InvoicePaymentSync, opts)
        return self._offset_page(InvoicePaymentSync, opts)


class AsyncInvoicePayments(AsyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoicePaymentListParams],
    ) -> (
        AsyncPaginator[AsyncOffsetPage[InvoicePaymentSync], InvoicePaymentSync]
        | AsyncPaginator[AsyncCursorPage[InvoicePaymentSync], InvoicePaymentSync]
    ):
        """Payments ordered by (last_modified_at, id). Pass ``cursor=""`` for cursor paging (full syncs)."""
        opts = options("GET", PATH, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_paginator(InvoicePaymentSync, opts)
        return self._offset_paginator(InvoicePaymentSync, opts)
