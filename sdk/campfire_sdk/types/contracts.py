# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.contracts``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import File

__all__ = [
    "BulkContractParam",
    "BulkContractSearchParam",
    "Contract",
    "ContractBundle",
    "ContractBundleLine",
    "ContractBundleLineParam",
    "ContractBundleListParams",
    "ContractBundleParam",
    "ContractDuplicateResponse",
    "ContractListParams",
    "ContractMilestone",
    "ContractMilestoneListParams",
    "ContractMilestoneParam",
    "ContractParam",
    "ContractPrepaidCommit",
    "ContractPrepaidCommitConsumption",
    "ContractPrepaidCommitConsumptionListParams",
    "ContractPrepaidCommitListParams",
    "ContractPrepaidCommitParam",
    "ContractPrepaidCommitUsageEventDistinctValuesParams",
    "ContractPrepaidCommitUsageEventListParams",
    "ContractProductBundle",
    "ContractProductBundleLine",
    "ContractProductBundleLineRead",
    "ContractProductBundleLineUpdateParam",
    "ContractProductBundleRead",
    "ContractProductBundleUpdateParam",
    "ContractSubscription",
    "ContractSubscriptionListParams",
    "ContractSubscriptionParam",
    "ContractTierPriceOverrideListParams",
    "ContractUpdateParam",
    "ContractUsage",
    "ContractUsageListParams",
    "ContractUsageParam",
    "MinimumCommitPreview",
    "NestedContractPrepaidCommit",
    "NestedContractPrepaidCommitParam",
    "PaginatedContractList",
    "PaginatedContractMilestoneList",
    "PaginatedContractPrepaidCommitConsumptionList",
    "PaginatedContractPrepaidCommitList",
    "PaginatedContractUsageList",
    "PaginatedPrepaidUsageEventList",
    "PaginatedTierPriceOverrideList",
    "PatchedContractBundleParam",
    "PatchedContractMilestoneParam",
    "PatchedContractParam",
    "PatchedContractPrepaidCommitParam",
    "PatchedContractProductBundleUpdateParam",
    "PatchedContractSubscriptionParam",
    "PatchedContractUpdateParam",
    "PatchedContractUsageParam",
    "PrepaidCommitFigures",
    "PrepaidCommitSummary",
    "PrepaidUsageEvent",
    "RecordConsumptionInput",
    "RecordConsumptionInputParam",
    "TerminateContractParam",
    "TerminateContractResponse",
    "TierPriceOverride",
    "TierPriceOverrideParam",
    "UsageEventDistinctValues",
]


class Contract(BaseModel):
    id: int
    entity_name: str | None = None
    client_name: str | None = None
    client_terms: str | None = None
    department_name: str | None = None
    parent_department_name: str | None = None
    parent_department: int | None = None
    tags: list[Any] | None = None
    total_revenue: float
    total_mrr: float
    total_deferred_revenue: float
    currency: str | None = None
    entity_currency: str | None = None
    attachments: list[File]
    contract_end_date: dt.date | None = None
    is_evergreen: bool | None = None
    auto_send_invoices: bool | None = None
    skip_evergreen_invoice_generation: bool | None = None
    auto_apply_customer_stripe_config_to_invoices: bool | None = None
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: str | None = None
    usage_tiers: list[Any] | None = None
    has_invoices: bool
    has_journal_entries: bool
    has_credit_memos: bool
    effective_end_date: dt.date | None = None
    working_end_date: dt.date | None = None
    evergreen_locked_date: dt.date | None = None
    search_vector: str | None = None
    search_text: str | None = None
    billing_frequency: str | None = None
    deal_name: str | None = None
    deal_id: str | None = None
    consultant: str | None = None
    closed_date: dt.date | None = None
    total_contract_value: float | None = None
    contract_start_date: dt.date | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    crm_link: str | None = None
    contract_link: str | None = None
    status: str | None = None
    source: str | None = None
    source_deal_data: Any | None = None
    created_at: Timestamp
    auto_renew: bool | None = None
    auto_renew_duration: int | None = None
    auto_renew_invoice: bool | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    minimum_monthly_commitment_amount: float | None = None
    minimum_monthly_commitment_quantity: float | None = None
    purchase_order_number: str | None = None
    customer: int
    entity: int | None = None
    client: int | None = None
    department: int | None = None
    journal_entries: list[int] | None = None
    total_billed: float | None = None
    total_paid: float | None = None
    total_unbilled: float | None = None
    total_outstanding: float | None = None


class ContractBundle(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    end_date: dt.date | None = None
    rebalance_journal_entries_indefinitely: bool | None = None
    lines: list[ContractBundleLine]
    bundle_name: str
    bundle_description: str | None = None
    start_date: dt.date
    use_daily_accounting: bool | None = None
    proration_method: str | None = None
    use_catchup: bool | None = None
    catchup_date: dt.date | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    contract: int


class ContractBundleLine(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    product_name: str | None = None
    amount: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    product: int | None = None


class ContractDuplicateResponse(BaseModel):
    id: int


class ContractMilestone(BaseModel):
    id: int
    customer: int
    contract: int
    product: int | None = None
    product_bundle: str | None = None
    contract_product_bundle: ContractProductBundleRead | None = None
    product_name: str | None = None
    product_bundle_name: str | None = None
    milestone_name: str
    milestone_date: dt.date
    amount: float
    quantity: float | None = None
    rate: float | None = None
    description: str | None = None
    department: int | None = None
    department_name: str | None = None
    tags: list[dict[str, Any]]
    revenue_transaction_id: int | None = None
    created_at: Timestamp
    last_modified_at: str
    is_deleted: bool
    deleted_at: Timestamp | None = None


class ContractPrepaidCommit(BaseModel):
    id: int
    contract: int | None = None
    entity: int | None = None
    entity_name: str | None = None
    product: int | None = None
    product_name: str | None = None
    name: str
    description: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    total_value: float
    remaining_value: float
    discount_percentage: float | None = None
    rate: float | None = None
    start_date: dt.date
    expiration_date: dt.date | None = None
    status: str
    priority: int | None = None
    is_invoiced: bool
    invoice: int | None = None
    subledger: int | None = None
    overage_invoice_cadence: str | None = None
    auto_send_overage_invoices: bool | None = None
    overage_invoice_start_month: dt.date | None = None
    department: int | None = None
    department_name: str | None = None
    tags: list[int] | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class ContractPrepaidCommitConsumption(BaseModel):
    id: int
    prepaid_commit: int | None = None
    entity: int | None = None
    period_start: dt.date
    period_end: dt.date | None = None
    description: str | None = None
    currency: str | None = None
    gross_usage_amount: float
    discount_amount: float
    net_consumption_amount: float
    overage_amount: float
    total_events: int | None = None
    balance_before: float
    balance_after: float
    revenue_transaction: int | None = None
    overage_revenue_transaction: int | None = None
    adjustments: list[dict[str, Any]]
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class ContractProductBundle(BaseModel):
    id: int
    source_bundle: int | None = None
    source_bundle_name: str | None = None
    total_amount: float
    currency: str | None = None
    license_term_start_date: dt.date | None = None
    lines: list[ContractProductBundleLine]
    created_at: Timestamp
    last_modified_at: Timestamp


class ContractProductBundleLine(BaseModel):
    id: int
    product: int | None = None
    product_name: str | None = None
    product_id_str: str | None = None
    amount: float
    percentage: str | None = None
    original_percentage: float | None = None
    component_type: str | None = None


class ContractProductBundleLineRead(BaseModel):
    id: int
    product: int
    product_name: str | None = None
    amount: float
    percentage: str | None = None
    original_percentage: float | None = None


class ContractProductBundleRead(BaseModel):
    id: int
    source_bundle: int | None = None
    source_bundle_name: str | None = None
    total_amount: float
    currency: str | None = None
    lines: list[ContractProductBundleLineRead]


class ContractSubscription(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    lines: str | None = None
    product_name: str | None = None
    product_is_renewable: bool | None = None
    product_bundle: str | None = None
    product_bundle_name: str | None = None
    contract_product_bundle: ContractProductBundleRead | None = None
    total_value: float
    last_modified_at: Timestamp
    rate: float | None = None
    quantity: float | None = None
    renewal_behavior: str | None = None
    period_amount: float | None = None
    is_contract_amendment: bool | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    mrr: float | None = None
    discount: float | None = None
    notes: str | None = None
    use_daily_accounting: bool | None = None
    proration_method: str | None = None
    use_catchup: bool | None = None
    catchup_date: dt.date | None = None
    catchup_manually_overridden: bool | None = None
    invoice_calculation: str | None = None
    created_at: Timestamp
    source: str | None = None
    external_id: str | None = None
    rates_are_net: bool | None = None
    customer: int
    contract: int
    product: int | None = None
    modified_subscription: int | None = None


class ContractUsage(BaseModel):
    id: int
    contract: int
    product: int | None = None
    product_bundle: str | None = None
    contract_product_bundle: ContractProductBundleRead | None = None
    product_name: str | None = None
    product_bundle_name: str | None = None
    usage_group: int | None = None
    usage_group_name: str | None = None
    department: int | None = None
    tags: str | None = None
    description: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    lines: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class NestedContractPrepaidCommit(BaseModel):
    entity: int | None = None
    product: int | None = None
    name: str
    description: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    total_value: float
    discount_percentage: float | None = None
    rate: float | None = None
    start_date: dt.date
    expiration_date: dt.date | None = None
    priority: int | None = None
    subledger: int | None = None
    overage_invoice_cadence: str | None = None
    auto_send_overage_invoices: bool | None = None
    overage_invoice_start_month: dt.date | None = None
    department: int | None = None
    tags: list[int] | None = None


class PaginatedContractList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class PaginatedContractMilestoneList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class PaginatedContractPrepaidCommitConsumptionList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ContractPrepaidCommitConsumption]


class PaginatedContractPrepaidCommitList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ContractPrepaidCommit]


class PaginatedContractUsageList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ContractUsage]


class PaginatedPrepaidUsageEventList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[PrepaidUsageEvent]


class PaginatedTierPriceOverrideList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[TierPriceOverride]


class PrepaidUsageEvent(BaseModel):
    id: int
    prepaid_commit: int | None = None
    consumption: int | None = None
    external_id: str | None = None
    event_date: dt.date | None = None
    period_month: dt.date
    total_revenue_dollars: float | None = None
    total_events: int | None = None
    data: Any | None = None
    adjustment_date: dt.date | None = None
    is_adjustment: bool | None = None
    original_period_month: dt.date | None = None
    created_at: Timestamp | None = None


class RecordConsumptionInput(BaseModel):
    period_month: dt.date
    gross_usage_amount: float
    total_events: int | None = None
    description: str | None = None


class TerminateContractResponse(BaseModel):
    contract_terminated: bool
    contract_draft_id: int | None = None
    voided_invoice_ids: list[int] | None = None
    drafted_invoice_ids: list[int] | None = None


class TierPriceOverride(BaseModel):
    id: int
    tier: int
    tier_name: str | None = None
    contract: int
    deal_name: str | None = None
    usage_group_id: int | None = None
    usage_group_name: str | None = None
    price: float | None = None
    percentage: float | None = None
    source: str | None = None
    integration_name: str | None = None
    external_reference: str | None = None
    notes: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp


class MinimumCommitPreview(BaseModel):
    contract_id: int
    period_start: dt.date
    period_end: dt.date
    minimum_monthly_commitment_amount: float | None = None
    usage_amount: float
    usage_count: int
    shortfall_amount: float | None = None


class PrepaidCommitFigures(BaseModel):
    id: int
    name: str | None = None
    total_value: float
    consumed_amount: float
    remaining_amount: float


class PrepaidCommitSummary(BaseModel):
    contract_id: int
    commit_count: int
    total_value: float
    consumed_amount: float
    remaining_amount: float
    commits: list[PrepaidCommitFigures]


class UsageEventDistinctValues(BaseModel):
    field: str
    values: list[Any]


class BulkContractParam(TypedDict, total=False):
    deal_name: str | None


class BulkContractSearchParam(TypedDict, total=False):
    contracts: Required[Iterable[BulkContractParam]]


class ContractParam(TypedDict, total=False):
    tags: Iterable[int | str | Mapping[str, Any]]
    currency: str
    entity_currency: str
    prepaid_commits: Iterable[NestedContractPrepaidCommitParam]
    contract_end_date: str | dt.date | None
    is_evergreen: bool
    auto_send_invoices: bool
    skip_evergreen_invoice_generation: bool
    auto_apply_customer_stripe_config_to_invoices: bool
    usage_tiers: Iterable[Any]
    billing_frequency: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom'] | None
    deal_name: str | None
    deal_id: str | None
    consultant: str | None
    closed_date: str | dt.date | None
    total_contract_value: float | Decimal | str | None
    contract_start_date: str | dt.date | None
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    crm_link: str | None
    contract_link: str | None
    status: Literal['ACTIVE', 'PENDING', 'COMPLETED', 'DELETED'] | None
    source: Literal['SALESFORCE', 'HUBSPOT', 'STRIPE', 'MANUAL'] | None
    source_deal_data: Any | None
    auto_renew: bool
    auto_renew_duration: int | None
    auto_renew_invoice: bool
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    minimum_monthly_commitment_amount: float | Decimal | str | None
    minimum_monthly_commitment_quantity: float | Decimal | str | None
    purchase_order_number: str | None
    entity: int | str | None
    client: int | str | None
    department: int | str | None
    journal_entries: Iterable[int]


class ContractBundleParam(TypedDict, total=False):
    end_date: str | dt.date | None
    rebalance_journal_entries_indefinitely: bool
    lines: Required[Iterable[ContractBundleLineParam]]
    bundle_name: Required[str]
    bundle_description: str | None
    start_date: Required[str | dt.date]
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily'] | None
    use_catchup: bool
    catchup_date: str | dt.date | None
    contract: Required[int | str]


class ContractBundleLineParam(TypedDict, total=False):
    contract_bundle: int | str
    amount: float | Decimal | str | None
    product: int | str | None


class ContractMilestoneParam(TypedDict, total=False):
    contract: Required[int | str]
    product: int | str | None
    milestone_name: Required[str]
    milestone_date: Required[str | dt.date]
    amount: Required[float | Decimal | str]
    quantity: float | Decimal | str | None
    rate: float | Decimal | str | None
    description: str | None
    department: int | str | None


class ContractPrepaidCommitParam(TypedDict, total=False):
    entity: int | str | None
    product: int | str | None
    name: Required[str]
    description: str | None
    currency: str | None
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    total_value: Required[float | Decimal | str]
    discount_percentage: float | Decimal | str | None
    rate: float | Decimal | str | None
    start_date: Required[str | dt.date]
    expiration_date: str | dt.date | None
    priority: int | None
    subledger: int | str | None
    overage_invoice_cadence: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom'] | None
    auto_send_overage_invoices: bool
    overage_invoice_start_month: str | dt.date | None
    department: int | str | None
    tags: Iterable[int]


class ContractProductBundleLineUpdateParam(TypedDict, total=False):
    product: Required[int]
    amount: Required[float | Decimal | str]


class ContractProductBundleUpdateParam(TypedDict, total=False):
    lines: Required[Iterable[ContractProductBundleLineUpdateParam]]


class ContractSubscriptionParam(TypedDict, total=False):
    rate: float | Decimal | str | None
    quantity: float | Decimal | str | None
    renewal_behavior: Literal['FOLLOW_CONTRACT', 'FIXED_END']
    period_amount: float | Decimal | str | None
    invoiced_amount_migration: float | Decimal | str | None
    is_contract_amendment: bool
    start_date: str | dt.date | None
    end_date: str | dt.date | None
    mrr: float | Decimal | str | None
    discount: float | Decimal | str | None
    notes: str | None
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily'] | None
    use_catchup: bool
    catchup_date: str | dt.date | None
    catchup_manually_overridden: bool
    invoice_calculation: Literal['FIXED_RATE', 'FIXED_QUANTITY'] | None
    source: Literal['SALESFORCE', 'HUBSPOT', 'STRIPE', 'MANUAL'] | None
    external_id: str | None
    rates_are_net: bool
    contract: Required[int | str]
    product: int | str | None
    modified_subscription: int | str | None


class ContractUpdateParam(TypedDict, total=False):
    tags: Iterable[int | str | Mapping[str, Any]]
    currency: str
    entity_currency: str
    contract_end_date: str | dt.date | None
    is_evergreen: bool
    auto_send_invoices: bool
    skip_evergreen_invoice_generation: bool
    auto_apply_customer_stripe_config_to_invoices: bool
    usage_tiers: Iterable[Any]
    billing_frequency: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom'] | None
    deal_name: str | None
    deal_id: str | None
    consultant: str | None
    closed_date: str | dt.date | None
    total_contract_value: float | Decimal | str | None
    contract_start_date: str | dt.date | None
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    crm_link: str | None
    contract_link: str | None
    status: Literal['ACTIVE', 'PENDING', 'COMPLETED', 'DELETED'] | None
    source: Literal['SALESFORCE', 'HUBSPOT', 'STRIPE', 'MANUAL'] | None
    source_deal_data: Any | None
    auto_renew: bool
    auto_renew_duration: int | None
    auto_renew_invoice: bool
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    minimum_monthly_commitment_amount: float | Decimal | str | None
    minimum_monthly_commitment_quantity: float | Decimal | str | None
    purchase_order_number: str | None
    entity: int | str | None
    client: int | str | None
    department: int | str | None
    journal_entries: Iterable[int]


class ContractUsageParam(TypedDict, total=False):
    contract: Required[int | str]
    product: int | str | None
    usage_group: int | str | None
    department: int | str | None
    tags: str | None
    description: str | None
    start_date: str | dt.date | None
    end_date: str | dt.date | None


class NestedContractPrepaidCommitParam(TypedDict, total=False):
    entity: int | str | None
    product: int | str | None
    name: Required[str]
    description: str
    currency: str | None
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    total_value: Required[float | Decimal | str]
    discount_percentage: float | Decimal | str | None
    rate: float | Decimal | str | None
    start_date: Required[str | dt.date]
    expiration_date: str | dt.date | None
    priority: int
    subledger: int | str | None
    overage_invoice_cadence: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom'] | None
    auto_send_overage_invoices: bool
    overage_invoice_start_month: str | dt.date | None
    department: int | str | None
    tags: Iterable[int]


class PatchedContractBundleParam(TypedDict, total=False):
    end_date: str | dt.date | None
    rebalance_journal_entries_indefinitely: bool
    lines: Iterable[ContractBundleLineParam]
    bundle_name: str
    bundle_description: str | None
    start_date: str | dt.date
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily']
    use_catchup: bool
    catchup_date: str | dt.date | None
    contract: int | str


class PatchedContractMilestoneParam(TypedDict, total=False):
    contract: int | str
    product: int | str | None
    milestone_name: str
    milestone_date: str | dt.date
    amount: float | Decimal | str
    quantity: float | Decimal | str
    rate: float | Decimal | str
    description: str | None
    department: int | str | None


class PatchedContractPrepaidCommitParam(TypedDict, total=False):
    entity: int | str | None
    product: int | str | None
    name: str
    description: str | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    total_value: float | Decimal | str
    discount_percentage: float | Decimal | str
    rate: float | Decimal | str | None
    start_date: str | dt.date
    expiration_date: str | dt.date | None
    priority: int
    subledger: int | str | None
    overage_invoice_cadence: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom']
    auto_send_overage_invoices: bool
    overage_invoice_start_month: str | dt.date | None
    department: int | str | None
    tags: Iterable[int]


class PatchedContractProductBundleUpdateParam(TypedDict, total=False):
    lines: Iterable[ContractProductBundleLineUpdateParam]


class PatchedContractSubscriptionParam(TypedDict, total=False):
    rate: float | Decimal | str | None
    quantity: float | Decimal | str | None
    renewal_behavior: Literal['FOLLOW_CONTRACT', 'FIXED_END']
    period_amount: float | Decimal | str | None
    invoiced_amount_migration: float | Decimal | str | None
    is_contract_amendment: bool
    start_date: str | dt.date | None
    end_date: str | dt.date | None
    mrr: float | Decimal | str | None
    discount: float | Decimal | str | None
    notes: str | None
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily']
    use_catchup: bool
    catchup_date: str | dt.date | None
    catchup_manually_overridden: bool
    invoice_calculation: Literal['FIXED_RATE', 'FIXED_QUANTITY']
    source: Literal['SALESFORCE', 'HUBSPOT', 'STRIPE', 'MANUAL']
    external_id: str | None
    rates_are_net: bool
    contract: int | str
    product: int | str | None
    modified_subscription: int | str | None


class PatchedContractUpdateParam(TypedDict, total=False):
    tags: Iterable[int | str | Mapping[str, Any]]
    currency: str
    entity_currency: str
    contract_end_date: str | dt.date | None
    is_evergreen: bool
    auto_send_invoices: bool
    skip_evergreen_invoice_generation: bool
    auto_apply_customer_stripe_config_to_invoices: bool
    usage_tiers: Iterable[Any]
    billing_frequency: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom']
    deal_name: str | None
    deal_id: str | None
    consultant: str | None
    closed_date: str | dt.date | None
    total_contract_value: float | Decimal | str | None
    contract_start_date: str | dt.date | None
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    crm_link: str | None
    contract_link: str | None
    status: Literal['ACTIVE', 'PENDING', 'COMPLETED', 'DELETED']
    source: Literal['SALESFORCE', 'HUBSPOT', 'STRIPE', 'MANUAL']
    source_deal_data: Any | None
    auto_renew: bool
    auto_renew_duration: int | None
    auto_renew_invoice: bool
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    minimum_monthly_commitment_amount: float | Decimal | str | None
    minimum_monthly_commitment_quantity: float | Decimal | str | None
    purchase_order_number: str | None
    entity: int | str | None
    client: int | str | None
    department: int | str | None
    journal_entries: Iterable[int]


class PatchedContractUsageParam(TypedDict, total=False):
    contract: int | str
    product: int | str | None
    usage_group: int | str | None
    department: int | str | None
    tags: str
    description: str | None
    start_date: str | dt.date | None
    end_date: str | dt.date | None


class RecordConsumptionInputParam(TypedDict, total=False):
    period_month: Required[str | dt.date]
    gross_usage_amount: Required[float | Decimal | str]
    total_events: int
    description: str


class TerminateContractParam(TypedDict, total=False):
    termination_date: Required[str | dt.date]
    void_invoice_ids: Iterable[int]
    void_date: str | dt.date


class TierPriceOverrideParam(TypedDict, total=False):
    tier: Required[int | str]
    contract: Required[int | str]
    price: float | Decimal | str | None
    percentage: float | Decimal | str | None
    source: Literal['manual', 'integration'] | None
    integration_name: str | None
    external_reference: str | None
    notes: str | None


class ContractBundleListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']


class ContractMilestoneListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int


class ContractPrepaidCommitConsumptionListParams(TypedDict, total=False):
    limit: int
    offset: int


class ContractPrepaidCommitUsageEventListParams(TypedDict, total=False):
    limit: int
    offset: int


class ContractPrepaidCommitUsageEventDistinctValuesParams(TypedDict, total=False):
    field: Required[str]


class ContractPrepaidCommitListParams(TypedDict, total=False):
    limit: int
    offset: int


class ContractSubscriptionListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']


class ContractTierPriceOverrideListParams(TypedDict, total=False):
    limit: int
    offset: int


class ContractUsageListParams(TypedDict, total=False):
    limit: int
    offset: int


class ContractListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int


#: The older name of ``PatchedContractUpdateParam``.
PatchedContractParam = PatchedContractUpdateParam
