# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.invoice_reports``: run saved reports (``data``) and ad-hoc ones (``preview``)."""

from __future__ import annotations

from .._conveniences import AsyncInvoiceReportsBase, InvoiceReportsBase

__all__ = ["AsyncInvoiceReports", "InvoiceReports"]


class InvoiceReports(InvoiceReportsBase):
    """``client.invoice_reports``: data, preview."""


class AsyncInvoiceReports(AsyncInvoiceReportsBase):
    """``client.invoice_reports`` (async): data, preview."""
