# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.invoice_payments``."""

from __future__ import annotations

import datetime as dt
from typing import Literal, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "InvoicePaymentListParams",
    "InvoicePaymentSync",
    "PaginatedInvoicePaymentSyncList",
]


class InvoicePaymentSync(BaseModel):
    id: int
    invoice_id: int | None = None
    invoice_number: str | None = None
    amount: float
    currency: str | None = None
    payment_date: dt.date | None = None
    payment_type: str | None = None
    source: str | None = None
    external_id: str | None = None
    voided_date: dt.date | None = None
    created_at: Timestamp
    last_modified_at: Timestamp


class PaginatedInvoicePaymentSyncList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[InvoicePaymentSync]


class InvoicePaymentListParams(TypedDict, total=False):
    cursor: str
    external_id: str
    invoice_id: int
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
    skip_count: bool
    voided: bool
