# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.user_currencies``."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "CustomerCurrency",
    "CustomerCurrencyParam",
    "ExchangeRate",
    "PaginatedCustomerCurrencyList",
    "PatchedCustomerCurrencyParam",
    "UserCurrencyListParams",
    "UserCurrencyListWithRateParams",
    "UserCurrencyRateParams",
]


class CustomerCurrency(BaseModel):
    id: int
    name: str | None = None
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None
    currency: str | None = None
    created_at: Timestamp
    customer: int


class PaginatedCustomerCurrencyList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class ExchangeRate(BaseModel):
    from_currency: str
    to_currency: str
    date: dt.date
    rate: float | None = None


class CustomerCurrencyParam(TypedDict, total=False):
    currency: str


class PatchedCustomerCurrencyParam(TypedDict, total=False):
    currency: str


class UserCurrencyListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int


class UserCurrencyRateParams(TypedDict, total=False):
    from_currency: Required[str]
    to_currency: Required[str]
    date: str | dt.date


class UserCurrencyListWithRateParams(TypedDict, total=False):
    currency: Required[str]
    date: str | dt.date
