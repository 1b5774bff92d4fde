# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.fixed_assets``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import ChartTransaction, File

__all__ = [
    "FixedAsset",
    "FixedAssetDepreciation",
    "FixedAssetDepreciationParam",
    "FixedAssetDisposal",
    "FixedAssetListParams",
    "FixedAssetListReconciliationUnmatchedGlParams",
    "FixedAssetParam",
    "FixedAssetTransfer",
    "PaginatedChartTransactionList",
    "PaginatedFixedAssetList",
    "PatchedFixedAssetParam",
]


class FixedAsset(BaseModel):
    id: int
    entity_name: str | None = None
    entity_currency: str | None = None
    useful_life: str | None = None
    asset_class_useful_life: int | None = None
    asset_class_name: str | None = None
    asset_account: str | None = None
    asset_account_name: str | None = None
    depreciation_expense_account: str | None = None
    depreciation_expense_account_name: str | None = None
    accumulated_depreciation_account: str | None = None
    accumulated_depreciation_account_name: str | None = None
    purchase_journal_entry_order: str | None = None
    purchase_transaction_id: str | None = None
    vendor_name: str | None = None
    department_name: str | None = None
    tags: list[dict[str, Any]]
    attachments: list[File]
    depreciations: list[FixedAssetDepreciation] | None = None
    depreciation_start_date: dt.date | None = None
    depreciation_end_date: dt.date | None = None
    disposals: list[FixedAssetDisposal] | None = None
    transfers: list[FixedAssetTransfer] | None = None
    net_book_value: str | None = None
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None
    name: str
    description: str | None = None
    currency: str | None = None
    initial_value: float | None = None
    salvage_value: float | None = None
    purchase_date: dt.date
    created_at: Timestamp
    status: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    is_non_depreciable: bool | None = None
    pause_date: dt.date | None = None
    pause_reason: str | None = None
    last_resume_date: dt.date | None = None
    chat_id: int | None = None
    customer: int
    entity: int | None = None
    asset_class: int | None = None
    purchase_journal_entry: int | None = None
    purchase_transaction: int | None = None
    vendor: int | None = None
    department: int | None = None
    purchase_transactions: list[int] | None = None


class FixedAssetDepreciation(BaseModel):
    id: int | None = None
    journal_entry_order: str | None = None
    posted: bool | None = None
    post_date: dt.date
    amount: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    journal_entry: int | None = None


class FixedAssetDisposal(BaseModel):
    id: int
    journal_entry_order: str | None = None
    disposal_percentage: float
    disposal_date: dt.date
    proceeds_amount: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    fixed_asset: int
    journal_entry: int | None = None


class FixedAssetTransfer(BaseModel):
    id: int
    source_asset_class_name: str | None = None
    new_asset_class_name: str | None = None
    reclassification_journal_entry_order: str | None = None
    catchup_depreciation_journal_entry_order: str | None = None
    created_asset_name: str | None = None
    effective_date: dt.date
    is_partial: bool | None = None
    transfer_amount: float | None = None
    transfer_accumulated_depreciation: float | None = None
    transfer_percentage: float | None = None
    new_useful_life_months: int | None = None
    new_salvage_value: float | None = None
    new_depreciation_start_date: dt.date | None = None
    new_depreciation_end_date: dt.date | None = None
    memo: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    fixed_asset: int
    source_asset_class: int
    new_asset_class: int
    reclassification_journal_entry: int | None = None
    catchup_depreciation_journal_entry: int | None = None
    created_asset: int | None = None


class PaginatedFixedAssetList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class PaginatedChartTransactionList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ChartTransaction]


class FixedAssetParam(TypedDict, total=False):
    depreciations: Iterable[FixedAssetDepreciationParam] | None
    depreciation_start_date: str | dt.date | None
    depreciation_end_date: str | dt.date | None
    depreciated_until: str | dt.date | None
    chat_uuid: str
    name: Required[str]
    description: str | None
    currency: str | None
    initial_value: float | Decimal | str | None
    salvage_value: float | Decimal | str | None
    purchase_date: Required[str | dt.date]
    status: Literal['ACTIVE', 'PAUSED', 'DEPRECIATED', 'DISPOSED'] | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    is_non_depreciable: bool | None
    chat_id: int | None
    entity: int | str | None
    asset_class: int | str | None
    purchase_journal_entry: int | str | None
    purchase_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    purchase_transactions: Iterable[int]


class FixedAssetDepreciationParam(TypedDict, total=False):
    id: int | str
    fixed_asset: int | str
    depreciated_until: str | dt.date | None
    posted: bool
    post_date: Required[str | dt.date]
    amount: float | Decimal | str | None
    journal_entry: int | str | None


class PatchedFixedAssetParam(TypedDict, total=False):
    depreciations: Iterable[FixedAssetDepreciationParam] | None
    depreciation_start_date: str | dt.date | None
    depreciation_end_date: str | dt.date | None
    depreciated_until: str | dt.date | None
    chat_uuid: str
    name: str
    description: str | None
    currency: str
    initial_value: float | Decimal | str
    salvage_value: float | Decimal | str
    purchase_date: str | dt.date
    status: Literal['ACTIVE', 'PAUSED', 'DEPRECIATED', 'DISPOSED']
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    is_non_depreciable: bool | None
    chat_id: int | None
    entity: int | str | None
    asset_class: int | str | None
    purchase_journal_entry: int | str | None
    purchase_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    purchase_transactions: Iterable[int]


class FixedAssetListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int


class FixedAssetListReconciliationUnmatchedGlParams(TypedDict, total=False):
    account_id: int
    entity: int
    start_date: str | dt.date
    end_date: str | dt.date
    limit: int
    offset: int
