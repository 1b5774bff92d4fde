# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.fixed_asset_automations``."""

from __future__ import annotations

from decimal import Decimal
from typing import Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import FixedAssetAutomationMatch

__all__ = [
    "FixedAssetAutomationListAssetClassesParams",
    "FixedAssetAutomationListMatchesParams",
    "FixedAssetAutomationListParams",
    "FixedAssetAutomationRule",
    "FixedAssetAutomationRuleParam",
    "PaginatedFixedAssetAutomationMatchList",
    "PaginatedFixedAssetAutomationRuleList",
    "PatchedFixedAssetAutomationRuleParam",
]


class FixedAssetAutomationRule(BaseModel):
    id: int
    name: str
    entity: int
    entity_name: str | None = None
    currency: str | None = None
    account: int
    account_name: str | None = None
    account_number: str | None = None
    amount_threshold: float
    asset_class: int
    asset_class_name: str | None = None
    needs_review: bool | None = None
    forward_looking: bool | None = None
    created_at: Timestamp
    last_modified_at: Timestamp


class PaginatedFixedAssetAutomationMatchList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[FixedAssetAutomationMatch]


class PaginatedFixedAssetAutomationRuleList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[FixedAssetAutomationRule]


class FixedAssetAutomationRuleParam(TypedDict, total=False):
    name: Required[str]
    entity: Required[int]
    account: Required[int]
    amount_threshold: Required[float | Decimal | str]
    asset_class: Required[int]
    needs_review: bool
    forward_looking: bool


class PatchedFixedAssetAutomationRuleParam(TypedDict, total=False):
    name: str
    entity: int
    account: int
    amount_threshold: float | Decimal | str
    asset_class: int
    needs_review: bool
    forward_looking: bool


class FixedAssetAutomationListParams(TypedDict, total=False):
    limit: int
    offset: int
    ordering: str
    search: str


class FixedAssetAutomationListAssetClassesParams(TypedDict, total=False):
    account_id: Required[int]


class FixedAssetAutomationListMatchesParams(TypedDict, total=False):
    limit: int
    offset: int
    ordering: str
