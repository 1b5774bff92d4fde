# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.custom_fields``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "CustomField",
    "CustomFieldListParams",
    "CustomFieldParam",
    "CustomFieldReorderParams",
    "PaginatedCustomFieldList",
    "PatchedCustomFieldParam",
]


class CustomField(BaseModel):
    id: int
    app: str | None = None
    model: str | None = None
    name: str
    label: str
    field_type: str
    options: Any | None = None
    is_required: bool | None = None
    display_order: int | None = None
    is_active: bool | None = None
    include_on_invoice: bool | None = None
    created_at: Timestamp
    updated_at: Timestamp
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None


class PaginatedCustomFieldList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class CustomFieldParam(TypedDict, total=False):
    name: Required[str]
    label: Required[str]
    field_type: Required[Literal['text', 'single_select', 'date', 'number', 'boolean']]
    options: Any
    is_required: bool
    display_order: int | None
    is_active: bool
    include_on_invoice: bool


class PatchedCustomFieldParam(TypedDict, total=False):
    name: str
    label: str
    field_type: Literal['text', 'single_select', 'date', 'number', 'boolean']
    options: Any
    is_required: bool
    display_order: int
    is_active: bool
    include_on_invoice: bool


class CustomFieldReorderParams(TypedDict, total=False):
    field_order: Iterable[int]


class CustomFieldListParams(TypedDict, total=False):
    app: str
    include_deleted: bool
    is_active: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    model: str
    offset: int
