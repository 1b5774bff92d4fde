# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.products``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "PaginatedProductList",
    "PatchedProductParam",
    "Product",
    "ProductListParams",
    "ProductParam",
    "ProductUsageGroupSummary",
    "ProductUsageTierSummary",
]


class PaginatedProductList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class Product(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    department_name: str | None = None
    invoice_account_name: str | None = None
    revenue_account_name: str | None = None
    ar_account_name: str | None = None
    bad_debt_account_name: str | None = None
    invoice_unbilled_account_name: str | None = None
    tax_account_name: str | None = None
    tags: list[dict[str, Any]]
    last_modified_at: Timestamp
    product_uuid: str | None = None
    display_name: str | None = None
    usage_group_count: int | None = None
    usage_groups: list[ProductUsageGroupSummary]
    product_id: str | None = None
    product_name: str | None = None
    product_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    currency: str | None = None
    price: float | None = None
    cost: float | None = None
    exclude_from_mrr: bool | None = None
    is_taxable: bool | None = None
    is_renewable: bool | None = None
    recognize_revenue: bool | None = None
    is_immediate_recognition: bool | None = None
    created_at: Timestamp
    stripe_product_id: str | None = None
    avalara_item_id: int | None = None
    avalara_item_data: Any | None = None
    avalara_tax_code: str | None = None
    anrok_item_id: str | None = None
    sphere_item_id: str | None = None
    apply_dept_tag_to_invoice_journals: bool | None = None
    customer: int
    department: int | None = None
    invoice_account: int | None = None
    revenue_account: int | None = None
    ar_account: int | None = None
    bad_debt_account: int | None = None
    invoice_unbilled_account: int | None = None


class ProductUsageGroupSummary(BaseModel):
    id: int
    name: str | None = None
    pricing_model: str | None = None
    unit_of_measure: str | None = None
    tier_count: int | None = None
    tiers: list[ProductUsageTierSummary]


class ProductUsageTierSummary(BaseModel):
    id: int
    name: str
    pricing_type: str
    from_quantity: float
    to_quantity: float | None = None
    price: float | None = None
    percentage: float | None = None


class PatchedProductParam(TypedDict, total=False):
    product_id: str | None
    product_name: str | None
    product_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    currency: str | None
    price: float | Decimal | str | None
    cost: float | Decimal | str | None
    exclude_from_mrr: bool
    is_taxable: bool
    is_renewable: bool
    recognize_revenue: bool
    is_immediate_recognition: bool
    stripe_product_id: str | None
    avalara_item_id: int | None
    avalara_item_data: Any | None
    avalara_tax_code: str | None
    anrok_item_id: str | None
    sphere_item_id: str | None
    apply_dept_tag_to_invoice_journals: bool | None
    department: int | str | None
    invoice_account: int | str | None
    revenue_account: int | str | None
    ar_account: int | str | None
    bad_debt_account: int | str | None
    invoice_unbilled_account: int | str | None


class ProductParam(TypedDict, total=False):
    product_id: str | None
    product_name: str | None
    product_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    currency: str | None
    price: float | Decimal | str | None
    cost: float | Decimal | str | None
    exclude_from_mrr: bool
    is_taxable: bool
    is_renewable: bool
    recognize_revenue: bool
    is_immediate_recognition: bool
    stripe_product_id: str | None
    avalara_item_id: int | None
    avalara_item_data: Any | None
    avalara_tax_code: str | None
    anrok_item_id: str | None
    sphere_item_id: str | None
    apply_dept_tag_to_invoice_journals: bool | None
    department: int | str | None
    invoice_account: int | str | None
    revenue_account: int | str | None
    ar_account: int | str | None
    bad_debt_account: int | str | None
    invoice_unbilled_account: int | str | None


class ProductListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
