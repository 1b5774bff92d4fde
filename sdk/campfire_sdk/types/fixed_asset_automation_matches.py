# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.fixed_asset_automation_matches``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Required, TypedDict

__all__ = [
    "FixedAssetAutomationMatchParam",
    "PatchedFixedAssetAutomationMatchParam",
]


class FixedAssetAutomationMatchParam(TypedDict, total=False):
    rule: Required[int | str]
    proposed_name: Required[str]
    proposed_asset_class: Required[int | str]
    proposed_initial_value: Required[float | Decimal | str]
    proposed_salvage_value: float | Decimal | str | None
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
