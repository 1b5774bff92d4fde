# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.budgets``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "Budget",
    "BudgetAccount",
    "BudgetAccountListParams",
    "BudgetAccountParam",
    "BudgetListParams",
    "BudgetParam",
    "PaginatedBudgetList",
    "PatchedBudgetAccountParam",
    "PatchedBudgetParam",
]


class Budget(BaseModel):
    id: int
    entity_name: str | None = None
    prior_start_date: str | None = None
    prior_end_date: str | None = None
    department_name: str | None = None
    tags: list[dict[str, Any]]
    is_deleted: bool
    deleted_at: Timestamp | None = None
    name: str
    description: str | None = None
    cadence: str | None = None
    start_date: dt.date
    end_date: dt.date | None = None
    periods: int | None = None
    breakdown_type: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    currency: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    entity: int | None = None
    department: int | None = None


class BudgetAccount(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    account_name: str | None = None
    account_lineage: list[str] | None = None
    department_name: str | None = None
    period: int | None = None
    amount: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    budget: int | None = None
    account: int | None = None
    department: int | None = None


class PaginatedBudgetList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class BudgetParam(TypedDict, total=False):
    name: Required[str]
    description: str | None
    cadence: str | None
    start_date: Required[str | dt.date]
    end_date: str | dt.date | None
    periods: int | None
    breakdown_type: Literal['standard', 'department_row'] | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    currency: str | None
    entity: int | str | None
    department: int | str | None


class BudgetAccountParam(TypedDict, total=False):
    period: int
    amount: float | Decimal | str | None


class PatchedBudgetParam(TypedDict, total=False):
    name: str
    description: str | None
    cadence: str | None
    start_date: str | dt.date
    end_date: str | dt.date | None
    periods: int
    breakdown_type: Literal['standard', 'department_row']
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    currency: str
    entity: int | str | None
    department: int | str | None


class PatchedBudgetAccountParam(TypedDict, total=False):
    period: int
    amount: float | Decimal | str


class BudgetAccountListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']


class BudgetListParams(TypedDict, total=False):
    entity: int
    entity_name: str
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
    q: str
    sort: str
