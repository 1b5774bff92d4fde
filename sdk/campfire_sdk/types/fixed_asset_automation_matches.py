# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.fixed_asset_automation_matches``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "FixedAssetAutomationMatchParam",
    "PatchedFixedAssetAutomationMatch",
    "PatchedFixedAssetAutomationMatchParam",
]


class PatchedFixedAssetAutomationMatch(BaseModel):
    id: int | None = None
    rule: int | None = None
    rule_name: str | None = None
    rule_account_name: str | None = None
    rule_threshold: float | None = None
    rule_needs_review: bool | None = None
    transaction: int | None = None
    transaction_description: str | None = None
    transaction_date: dt.date | None = None
    transaction_amount: str | None = None
    proposed_name: str | None = None
    proposed_asset_class: int | None = None
    proposed_initial_value: float | None = None
    proposed_salvage_value: float | None = None
    proposed_purchase_date: dt.date | None = None
    proposed_depreciation_start_date: dt.date | None = None
    proposed_entity: int | None = None
    proposed_department: int | None = None
    proposed_vendor: int | None = None
    created_asset: int | None = None
    created_at: Timestamp | None = None


class FixedAssetAutomationMatchParam(TypedDict, total=False):
    rule: Required[int | str]
    proposed_name: Required[str]
    proposed_asset_class: Required[int | str]
    proposed_initial_value: Required[float | Decimal | str]
    proposed_salvage_value: float | Decimal | str
    proposed_purchase_date: Required[str | dt.date]
    proposed_depreciation_start_date: Required[str | dt.date]
    proposed_entity: int | str | None
    proposed_department: int | str | None
    proposed_vendor: int | str | None


class PatchedFixedAssetAutomationMatchParam(TypedDict, total=False):
    rule: int | str
    proposed_name: str
    proposed_asset_class: int | str
    proposed_initial_value: float | Decimal | str
    proposed_salvage_value: float | Decimal | str
    proposed_purchase_date: str | dt.date
    proposed_depreciation_start_date: str | dt.date
    proposed_entity: int | str | None
    proposed_department: int | str | None
    proposed_vendor: int | str | None
