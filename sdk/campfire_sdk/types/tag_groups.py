# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.tag_groups``."""

from __future__ import annotations

from typing import Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "PatchedTransactionTagGroup",
    "PatchedTransactionTagGroupParam",
    "TagGroupsListParams",
    "TransactionTagGroup",
    "TransactionTagGroupParam",
]


class PatchedTransactionTagGroup(BaseModel):
    id: int | None = None
    slug: str | None = None
    name: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None


class TransactionTagGroup(BaseModel):
    id: int
    slug: str
    name: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int


class PatchedTransactionTagGroupParam(TypedDict, total=False):
    name: str | None


class TransactionTagGroupParam(TypedDict, total=False):
    name: Required[str | None]


class TagGroupsListParams(TypedDict, total=False):
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int
    q: str
    sort: str
