# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.fixed_asset_automations``."""

from __future__ import annotations

from decimal import Decimal
from typing import Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "FixedAssetAutomationRule",
    "FixedAssetAutomationRuleParam",
    "FixedAssetAutomationsListMatchesParams",
    "FixedAssetAutomationsListParams",
    "PatchedFixedAssetAutomationRule",
    "PatchedFixedAssetAutomationRuleParam",
]


class FixedAssetAutomationRule(BaseModel):
    id: int
    name: str
    entity: int
    entity_name: str
    currency: str
    account: int
    account_name: str
    account_number: str
    amount_threshold: float
    asset_class: int
    asset_class_name: str
    needs_review: bool | None = None
    forward_looking: bool | None = None
    created_at: Timestamp
    last_modified_at: Timestamp


class PatchedFixedAssetAutomationRule(BaseModel):
    id: int | None = None
    name: str | None = None
    entity: int | None = None
    entity_name: str | None = None
    currency: str | None = None
    account: int | None = None
    account_name: str | None = None
    account_number: str | None = None
    amount_threshold: float | None = None
    asset_class: int | None = None
    asset_class_name: str | None = None
    needs_review: bool | None = None
    forward_looking: bool | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class FixedAssetAutomationRuleParam(TypedDict, total=False):
    name: Required[str]
    entity: Required[int | str]
    account: Required[int | str]
    amount_threshold: Required[float | Decimal | str]
    asset_class: Required[int | str]
    needs_review: bool
    forward_looking: bool


class PatchedFixedAssetAutomationRuleParam(TypedDict, total=False):
    name: str
    entity: int | str
    account: int | str
    amount_threshold: float | Decimal | str
    asset_class: int | str
    needs_review: bool
    forward_looking: bool


class FixedAssetAutomationsListParams(TypedDict, total=False):
    limit: int
    offset: int
    ordering: str
    search: str


class FixedAssetAutomationsListMatchesParams(TypedDict, total=False):
    limit: int
    offset: int
    ordering: str
