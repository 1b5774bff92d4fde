# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.departments``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "BulkDepartmentParam",
    "BulkDepartmentSearchParam",
    "Department",
    "DepartmentDeleteParams",
    "DepartmentListParams",
    "DepartmentParam",
    "PaginatedDepartmentList",
    "PatchedDepartmentParam",
]


class Department(BaseModel):
    id: int
    parent_name: str | None = None
    tags: list[dict[str, Any]]
    last_modified_at: Timestamp
    active: bool | None = None
    code: str
    name: str | None = None
    display_name: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    created_at: Timestamp
    customer: int
    parent: int | None = None
    is_deleted: bool | None = None
    deleted_at: str | None = None


class PaginatedDepartmentList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class BulkDepartmentParam(TypedDict, total=False):
    name: Required[str]
    parent_id: int | str | None


class BulkDepartmentSearchParam(TypedDict, total=False):
    departments: Required[Iterable[BulkDepartmentParam]]
    upsert: bool


class DepartmentParam(TypedDict, total=False):
    active: bool
    code: Required[str]
    name: Required[str | None]
    display_name: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    parent: int | str | None


class PatchedDepartmentParam(TypedDict, total=False):
    active: bool
    code: str
    name: str | None
    display_name: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    parent: int | str | None


class DepartmentListParams(TypedDict, total=False):
    include_deleted: bool
    include_inactive: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
    q: str
    sort: str


class DepartmentDeleteParams(TypedDict, total=False):
    new_department: int
