# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.tags``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "BulkTagParam",
    "BulkTagSearchParam",
    "PaginatedTransactionTagList",
    "PatchedTransactionTagParam",
    "TagDeleteParams",
    "TagListParams",
    "TransactionTag",
    "TransactionTagParam",
]


class PaginatedTransactionTagList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class TransactionTag(BaseModel):
    id: int
    group_name: str | None = None
    parent_name: str | None = None
    parent: int | None = None
    is_deleted: bool
    deleted_at: Timestamp | None = None
    is_active: bool | None = None
    name: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    group: int | None = None


class BulkTagParam(TypedDict, total=False):
    name: Required[str]


class BulkTagSearchParam(TypedDict, total=False):
    tags: Required[Iterable[BulkTagParam]]
    upsert: bool


class PatchedTransactionTagParam(TypedDict, total=False):
    parent: int | str | None
    is_active: bool
    name: str | None
    group: int | str | None


class TransactionTagParam(TypedDict, total=False):
    parent: int | str | None
    is_active: bool
    name: Required[str | None]
    group: int | str | None


class TagListParams(TypedDict, total=False):
    exclude_tags: str
    group: int
    include_deleted: bool
    include_inactive: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    no_group: bool
    offset: int
    parent: int
    q: str
    sort: str


class TagDeleteParams(TypedDict, total=False):
    new_tag: int
