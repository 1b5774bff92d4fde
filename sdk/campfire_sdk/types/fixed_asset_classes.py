# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.fixed_asset_classes``."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel

__all__ = [
    "FixedAssetClassListParams",
    "FixedAssetClassParam",
    "PaginatedFixedAssetClassList",
    "PatchedFixedAssetClassParam",
]


class PaginatedFixedAssetClassList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class FixedAssetClassParam(TypedDict, total=False):
    name: Required[str]
    useful_life: int | None
    asset_account: int | str | None
    accumulated_depreciation_account: int | str | None
    depreciation_expense_account: int | str | None


class PatchedFixedAssetClassParam(TypedDict, total=False):
    name: str
    useful_life: int | None
    asset_account: int | str | None
    accumulated_depreciation_account: int | str | None
    depreciation_expense_account: int | str | None


class FixedAssetClassListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
