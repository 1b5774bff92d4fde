# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.invoice_reports``: run saved reports (``data``) and ad-hoc ones (``preview``)."""

from __future__ import annotations

from functools import cached_property

from .._conveniences import AsyncInvoiceReportsBase, InvoiceReportsBase
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response

__all__ = ["AsyncInvoiceReports", "AsyncInvoiceReportsWithRawResponse", "InvoiceReports", "InvoiceReportsWithRawResponse"]


class InvoiceReports(InvoiceReportsBase):
    """``client.invoice_reports``: data, preview."""

    @cached_property
    def with_raw_response(self) -> InvoiceReportsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return InvoiceReportsWithRawResponse(self)


class InvoiceReportsWithRawResponse(RawResponses):
    """``client.invoice_reports.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: InvoiceReports) -> None:
        super().__init__(resource)
        self.data = to_raw_response(resource.data)
        self.preview = to_raw_response(resource.preview)
        self.data_csv = to_raw_response(resource.data_csv)
        self.preview_csv = to_raw_response(resource.preview_csv)


class AsyncInvoiceReports(AsyncInvoiceReportsBase):
    """``client.invoice_reports`` (async): data, preview."""

    @cached_property
    def with_raw_response(self) -> AsyncInvoiceReportsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncInvoiceReportsWithRawResponse(self)


class AsyncInvoiceReportsWithRawResponse(AsyncRawResponses):
    """``client.invoice_reports.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncInvoiceReports) -> None:
        super().__init__(resource)
        self.data = async_to_raw_response(resource.data)
        self.preview = async_to_raw_response(resource.preview)
        self.data_csv = async_to_raw_response(resource.data_csv)
        self.preview_csv = async_to_raw_response(resource.preview_csv)
