# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.cost_allocations``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "CostAllocation",
    "CostAllocationLine",
    "CostAllocationLineParam",
    "CostAllocationListParams",
    "CostAllocationParam",
    "PaginatedCostAllocationList",
    "PatchedCostAllocationParam",
]


class CostAllocation(BaseModel):
    id: int
    lines: list[CostAllocationLine]
    line_count: int | None = None
    is_deleted: bool
    deleted_at: Timestamp | None = None
    name: str
    number: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    account: int | None = None


class CostAllocationLine(BaseModel):
    id: int
    account_name: str | None = None
    department_name: str | None = None
    tags: list[dict[str, Any]]
    percentage: float | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    account: int
    department: int | None = None


class PaginatedCostAllocationList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class CostAllocationParam(TypedDict, total=False):
    lines: Required[Iterable[CostAllocationLineParam]]
    name: Required[str]
    number: str | None
    account: int | str | None


class CostAllocationLineParam(TypedDict, total=False):
    allocation: int | str
    percentage: float | Decimal | str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    account: Required[int | str]
    department: int | str | None


class PatchedCostAllocationParam(TypedDict, total=False):
    lines: Iterable[CostAllocationLineParam]
    name: str
    number: str | None
    account: int | str | None


class CostAllocationListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
