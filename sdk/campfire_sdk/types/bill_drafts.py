# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.bill_drafts``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "BillDraftCreate",
    "BillDraftCreateParam",
    "BillDraftDiscardParams",
    "BillDraftRead",
    "BillDraftWrite",
    "BillDraftWriteParam",
    "PatchedBillDraftWriteParam",
]


class BillDraftCreate(BaseModel):
    source: str
    source_file: int | None = None
    entity: int | None = None


class BillDraftRead(BaseModel):
    id: int
    customer: int
    entity: int | None = None
    source: str
    source_file: int | None = None
    sender_email: str | None = None
    recipient_alias: str | None = None
    email_subject: str | None = None
    status: str
    parse_error: str | None = None
    extracted_vendor_name: str | None = None
    extracted_bill_number: str | None = None
    extracted_bill_date: dt.date | None = None
    extracted_due_date: dt.date | None = None
    extracted_currency: str | None = None
    extracted_total_amount: float | None = None
    extracted_line_items: Any | None = None
    field_confidence: Any | None = None
    resolved_vendor: int | None = None
    dedup_hash: str | None = None
    promoted_bill: int | None = None
    discard_reason: str | None = None
    created_at: Timestamp
    created_by: int | None = None
    last_modified_at: Timestamp


class BillDraftWrite(BaseModel):
    entity: int | None = None
    extracted_vendor_name: str | None = None
    extracted_bill_number: str | None = None
    extracted_bill_date: dt.date | None = None
    extracted_due_date: dt.date | None = None
    extracted_currency: str | None = None
    extracted_total_amount: float | None = None
    extracted_line_items: Any | None = None
    resolved_vendor: int | None = None


class BillDraftCreateParam(TypedDict, total=False):
    source: Required[Literal['ui_upload']]
    source_file: int | str | None
    entity: int | str | None


class BillDraftWriteParam(TypedDict, total=False):
    entity: int | str | None
    extracted_vendor_name: str | None
    extracted_bill_number: str | None
    extracted_bill_date: str | dt.date | None
    extracted_due_date: str | dt.date | None
    extracted_currency: str | None
    extracted_total_amount: float | Decimal | str | None
    extracted_line_items: Any
    resolved_vendor: int | str | None


class PatchedBillDraftWriteParam(TypedDict, total=False):
    entity: int | str | None
    extracted_vendor_name: str | None
    extracted_bill_number: str | None
    extracted_bill_date: str | dt.date | None
    extracted_due_date: str | dt.date | None
    extracted_currency: str | None
    extracted_total_amount: float | Decimal | str | None
    extracted_line_items: Any
    resolved_vendor: int | str | None


class BillDraftDiscardParams(TypedDict, total=False):
    discard_reason: Required[str]
