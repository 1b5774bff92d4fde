# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.tag_groups``."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "PaginatedTransactionTagGroupList",
    "PatchedTransactionTagGroupParam",
    "TagGroupListParams",
    "TransactionTagGroup",
    "TransactionTagGroupParam",
]


class PaginatedTransactionTagGroupList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[TransactionTagGroup]


class TransactionTagGroup(BaseModel):
    id: int
    slug: str | None = None
    name: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int


class PatchedTransactionTagGroupParam(TypedDict, total=False):
    name: str | None


class TransactionTagGroupParam(TypedDict, total=False):
    name: Required[str | None]


class TagGroupListParams(TypedDict, total=False):
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
    q: str
    sort: str
