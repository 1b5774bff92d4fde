# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.bill_payments``."""

from __future__ import annotations

import datetime as dt
from typing import Literal, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "BillPaymentListParams",
    "BillPaymentSync",
    "PaginatedBillPaymentSyncList",
]


class BillPaymentSync(BaseModel):
    id: int
    bill_id: int | None = None
    bill_number: str | None = None
    amount: float
    currency: str | None = None
    payment_date: dt.date | None = None
    source: str | None = None
    source_id: str | None = None
    voided_date: dt.date | None = None
    created_at: Timestamp
    last_modified_at: Timestamp


class PaginatedBillPaymentSyncList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[BillPaymentSync]


class BillPaymentListParams(TypedDict, total=False):
    cursor: str
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
    skip_count: bool
    voided: bool
