# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.transaction_matches``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "PaginatedTransactionMatchList",
    "PatchedTransactionMatchParam",
    "TransactionMatch",
    "TransactionMatchCount",
    "TransactionMatchCountParams",
    "TransactionMatchListParams",
    "TransactionMatchParam",
    "TransactionMatchSetStatusParams",
    "TransactionMatchUpdateStatusParams",
]


class PaginatedTransactionMatchList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[TransactionMatch]


class TransactionMatch(BaseModel):
    id: int
    matched_object: str | None = None
    app_label: str | None = None
    model: str | None = None
    drafts: str | None = None
    object_id: int
    created_at: Timestamp
    reviewed_at: Timestamp | None = None
    status: str | None = None
    confidence_score: float | None = None
    reason: str | None = None
    snapshot: Any | None = None
    customer: int
    transaction: int | None = None
    content_type: int
    reviewed_by: int | None = None


class TransactionMatchCount(BaseModel):
    count: int


class PatchedTransactionMatchParam(TypedDict, total=False):
    object_id: int
    reviewed_at: str | dt.datetime | None
    status: Literal['pending', 'draft', 'accepted', 'rejected']
    confidence_score: float | Decimal | str | None
    reason: str | None
    snapshot: Any | None
    customer: int | str
    transaction: int | str | None
    content_type: int | str
    reviewed_by: int | str | None


class TransactionMatchParam(TypedDict, total=False):
    object_id: Required[int]
    reviewed_at: str | dt.datetime | None
    status: Literal['pending', 'draft', 'accepted', 'rejected'] | None
    confidence_score: float | Decimal | str | None
    reason: str | None
    snapshot: Any | None
    customer: Required[int | str]
    transaction: Required[int | str | None]
    content_type: Required[int | str]
    reviewed_by: int | str | None


class TransactionMatchSetStatusParams(TypedDict, total=False):
    action: Required[Literal['accept', 'reject']]


class TransactionMatchUpdateStatusParams(TypedDict, total=False):
    action: Required[Literal['accept', 'reject']]


class TransactionMatchListParams(TypedDict, total=False):
    limit: int
    offset: int


class TransactionMatchCountParams(TypedDict, total=False):
    status: Literal['pending', 'draft', 'accepted', 'rejected']
