# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.revenue_transactions``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "PaginatedRevenueTransactionList",
    "PatchedRevenueTransactionParam",
    "RevenueTransaction",
    "RevenueTransactionListParams",
    "RevenueTransactionParam",
]


class PaginatedRevenueTransactionList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class RevenueTransaction(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    client_name: str | None = None
    contract_name: str | None = None
    contract_status: str | None = None
    product_name: str | None = None
    product_bundle_name: str | None = None
    product_is_taxable: bool
    contract_identifier: str | None = None
    client_identifier: str | None = None
    product_identifier: str | None = None
    gross_amount: str | None = None
    invoice_number: str | None = None
    invoice_date: str | None = None
    invoice_payment_status: str | None = None
    invoice_voided_date: dt.date | None = None
    credit_memo_number: str | None = None
    credit_memo_date: dt.date | None = None
    credit_memo_voided_date: dt.date | None = None
    credit_memo_application_status: str | None = None
    revenue_type: str | None = None
    journal_entry_order: str | None = None
    contract_subscription_notes: str | None = None
    subscription_discount: float | None = None
    department_name: str | None = None
    parent_department_name: str | None = None
    parent_department: int | None = None
    tags: str | None = None
    usage_tier_name: str | None = None
    last_modified_at: Timestamp
    anrok_item_id: str | None = None
    sphere_item_id: str | None = None
    source: str | None = None
    description: str | None = None
    external_id: str | None = None
    client_external_id: str | None = None
    contract_external_id: str | None = None
    contract_subscription_external_id: str | None = None
    product_external_id: str | None = None
    accounting_period: dt.date | None = None
    transaction_date: dt.date | None = None
    transaction_end_date: dt.date | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    recognized: float | None = None
    amount: float | None = None
    quantity: float | None = None
    rate: float | None = None
    discount: float | None = None
    refunds: float | None = None
    processing_fees: float | None = None
    platform_fees: float | None = None
    transfers: float | None = None
    tax: float | None = None
    balance_adjustment: float | None = None
    mrr: float | None = None
    renewall: bool | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    is_migration_invoiced: bool | None = None
    created_at: Timestamp | None = None
    customer: int
    entity: int | None = None
    client: int | None = None
    contract: int | None = None
    contract_subscription: int | None = None
    non_contract_subscription: int | None = None
    contract_usage: int | None = None
    contract_milestone: int | None = None
    non_contract_usage: int | None = None
    prepaid_commit: int | None = None
    product: int | None = None
    product_bundle: int | None = None
    contract_product_bundle: int | None = None
    contract_bundle: int | None = None
    journal_entry: int | None = None
    invoice: int | None = None
    credit_memo: int | None = None
    department: int | None = None
    usage_tier: int | None = None


class PatchedRevenueTransactionParam(TypedDict, total=False):
    tags: str
    source: str | None
    description: str | None
    external_id: str | None
    client_external_id: str | None
    contract_external_id: str | None
    contract_subscription_external_id: str | None
    product_external_id: str | None
    accounting_period: str | dt.date | None
    transaction_date: str | dt.date | None
    transaction_end_date: str | dt.date | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    recognized: float | Decimal | str | None
    amount: float | Decimal | str | None
    quantity: float | Decimal | str | None
    rate: float | Decimal | str | None
    discount: float | Decimal | str | None
    refunds: float | Decimal | str | None
    processing_fees: float | Decimal | str | None
    platform_fees: float | Decimal | str | None
    transfers: float | Decimal | str | None
    tax: float | Decimal | str | None
    balance_adjustment: float | Decimal | str | None
    mrr: float | Decimal | str | None
    renewall: bool
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    is_migration_invoiced: bool
    entity: int | str | None
    client: int | str | None
    contract: int | str | None
    contract_subscription: int | str | None
    non_contract_subscription: int | str | None
    contract_usage: int | str | None
    contract_milestone: int | str | None
    non_contract_usage: int | str | None
    prepaid_commit: int | str | None
    product: int | str | None
    product_bundle: int | str | None
    contract_product_bundle: int | None
    contract_bundle: int | str | None
    journal_entry: int | str | None
    invoice: int | str | None
    credit_memo: int | str | None
    department: int | str | None
    usage_tier: int | str | None


class RevenueTransactionParam(TypedDict, total=False):
    tags: str | None
    source: str | None
    description: str | None
    external_id: str | None
    client_external_id: str | None
    contract_external_id: str | None
    contract_subscription_external_id: str | None
    product_external_id: str | None
    accounting_period: str | dt.date | None
    transaction_date: str | dt.date | None
    transaction_end_date: str | dt.date | None
    currency: str | None
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    recognized: float | Decimal | str | None
    amount: float | Decimal | str | None
    quantity: float | Decimal | str | None
    rate: float | Decimal | str | None
    discount: float | Decimal | str | None
    refunds: float | Decimal | str | None
    processing_fees: float | Decimal | str | None
    platform_fees: float | Decimal | str | None
    transfers: float | Decimal | str | None
    tax: float | Decimal | str | None
    balance_adjustment: float | Decimal | str | None
    mrr: float | Decimal | str | None
    renewall: bool
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    is_migration_invoiced: bool
    entity: int | str | None
    client: int | str | None
    contract: int | str | None
    contract_subscription: int | str | None
    non_contract_subscription: int | str | None
    contract_usage: int | str | None
    contract_milestone: int | str | None
    non_contract_usage: int | str | None
    prepaid_commit: int | str | None
    product: int | str | None
    product_bundle: int | str | None
    contract_product_bundle: int | None
    contract_bundle: int | str | None
    journal_entry: int | str | None
    invoice: int | str | None
    credit_memo: int | str | None
    department: int | str | None
    usage_tier: int | str | None


class RevenueTransactionListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
