# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.product_bundles``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "PaginatedProductBundleList",
    "PatchedProductBundleParam",
    "ProductBundle",
    "ProductBundleLine",
    "ProductBundleLineParam",
    "ProductBundleListParams",
    "ProductBundleParam",
]


class PaginatedProductBundleList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class ProductBundle(BaseModel):
    id: int
    bundle_name: str
    bundle_description: str | None = None
    stripe_product_id: str | None = None
    anrok_item_id: str | None = None
    lines: list[ProductBundleLine]
    created_at: Timestamp
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None


class ProductBundleLine(BaseModel):
    id: int
    product: int
    product_name: str | None = None
    product_id_str: str | None = None
    percentage_allocation: float
    component_type: str | None = None


class PatchedProductBundleParam(TypedDict, total=False):
    bundle_name: str
    bundle_description: str | None
    stripe_product_id: str | None
    lines: Iterable[ProductBundleLineParam]


class ProductBundleParam(TypedDict, total=False):
    bundle_name: Required[str]
    bundle_description: str | None
    stripe_product_id: str | None
    lines: Required[Iterable[ProductBundleLineParam]]


class ProductBundleLineParam(TypedDict, total=False):
    product: Required[int | str]
    percentage_allocation: Required[float | Decimal | str]
    component_type: Literal['SUBSCRIPTION', 'MILESTONE', 'USAGE', ''] | None


class ProductBundleListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
