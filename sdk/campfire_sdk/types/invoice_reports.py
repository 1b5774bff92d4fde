# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.invoice_reports``."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "InvoiceReportDataParams",
    "InvoiceReportParams",
    "InvoiceReportPreviewParams",
]


class InvoiceReportDataParams(TypedDict, total=False):
    aggregation_fields: str
    client_id: str
    contract_id: str
    currency: str
    department_id: str
    end_date: str
    entity_id: str
    group_fields: str
    group_keys: str
    include_totals: bool
    limit: int
    mode: str
    offset: int
    payment_status: str
    pivot_fields: str
    product_id: str
    shouldPivot: bool
    start_date: str
    sort: list[str]
    terms: str
    invoice_id: str
    due_start_date: str
    due_end_date: str
    paid_start_date: str
    paid_end_date: str
    nested: bool
    paid_at_gte: str
    paid_at_lte: str
    updated_at_gte: str
    updated_at_lte: str
    page: int
    page_size: int
    columns: str
    flat: bool
    discount_applied: bool
    created_at_gte: str
    created_at_lte: str
    invoice_date_timeframe: str
    due_date_timeframe: str
    paid_date_timeframe: str
    paid_at_timeframe: str
    updated_at_timeframe: str
    created_at_timeframe: str
    invoice__client_id: str
    invoice__entity_id: str
    invoice__contract_id: str
    invoice__currency: str
    invoice__payment_status: str
    invoice__terms: str
    invoice__invoice_date__gte: str
    invoice__invoice_date__lte: str
    invoice__due_date__gte: str
    invoice__due_date__lte: str
    invoice__paid_date__gte: str
    invoice__paid_date__lte: str


class InvoiceReportPreviewParams(TypedDict, total=False):
    aggregation_fields: str
    client_id: str
    contract_id: str
    currency: str
    department_id: str
    end_date: str
    entity_id: str
    group_fields: str
    group_keys: str
    include_totals: bool
    limit: int
    mode: str
    offset: int
    payment_status: str
    pivot_fields: str
    product_id: str
    shouldPivot: bool
    start_date: str
    sort: list[str]
    terms: str
    invoice_id: str
    due_start_date: str
    due_end_date: str
    paid_start_date: str
    paid_end_date: str
    nested: bool
    paid_at_gte: str
    paid_at_lte: str
    updated_at_gte: str
    updated_at_lte: str
    page: int
    page_size: int
    columns: str
    flat: bool
    discount_applied: bool
    created_at_gte: str
    created_at_lte: str
    invoice_date_timeframe: str
    due_date_timeframe: str
    paid_date_timeframe: str
    paid_at_timeframe: str
    updated_at_timeframe: str
    created_at_timeframe: str
    invoice__client_id: str
    invoice__entity_id: str
    invoice__contract_id: str
    invoice__currency: str
    invoice__payment_status: str
    invoice__terms: str
    invoice__invoice_date__gte: str
    invoice__invoice_date__lte: str
    invoice__due_date__gte: str
    invoice__due_date__lte: str
    invoice__paid_date__gte: str
    invoice__paid_date__lte: str


#: The older name of ``InvoiceReportDataParams``.
InvoiceReportParams = InvoiceReportDataParams
