# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.transactions``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import AmortizationSchedule, File

__all__ = [
    "ChartTransactionParam",
    "ChartTransactionTotals",
    "PatchedChartTransaction",
    "PatchedChartTransactionParam",
    "TransactionsListParams",
    "TransactionsMergeParams",
    "TransactionsTotalsParams",
]


class PatchedChartTransaction(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    account_name: str | None = None
    account_number: str | None = None
    vendor_name: str | None = None
    vendor_id: str | None = None
    department_name: str | None = None
    department_code: str | None = None
    parent_department_name: str | None = None
    parent_department: int | None = None
    tags: list[dict[str, Any]] | None = None
    journal: int | None = None
    journal_order: str | None = None
    journal_memo: str | None = None
    journal_type: str | None = None
    intercompany_journal: int | None = None
    created_automatically: bool | None = None
    journal_attachments: list[File] | None = None
    journal_type_name: str | None = None
    invoice: str | None = None
    bill: str | None = None
    date_month: str | None = None
    date_year: str | None = None
    balance_after_transaction: float | None = None
    bank_account: str | None = None
    bank_account_name: str | None = None
    account: Any | None = None
    last_modified_by_name: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    parent_account_name: str | None = None
    files: str | None = None
    invoice_id: int | None = None
    invoice_number: str | None = None
    bill_id: int | None = None
    bill_number: str | None = None
    file_names: str | None = None
    has_matches: bool | None = None
    has_ai: bool | None = None
    has_rules: bool | None = None
    has_merges: bool | None = None
    has_fixed_asset_rule_matches: bool | None = None
    primary_action_type: str | None = None
    suggested_account: int | None = None
    suggested_account_name: str | None = None
    suggested_account_number: str | None = None
    amount: float | None = None
    amount_native: float | None = None
    amount_book: float | None = None
    amortization_schedule: list[AmortizationSchedule] | None = None
    linked_amortizations: list[dict[str, Any]] | None = None
    created_fixed_assets: list[dict[str, Any]] | None = None
    reconciliation_report: str | None = None
    opposing_account_name: str | None = None
    opposing_account_number: str | None = None
    transaction_id: str | None = None
    debit_amount: Any | None = None
    credit_amount: Any | None = None
    debit_amount_book: Any | None = None
    credit_amount_book: Any | None = None
    debit_amount_native: Any | None = None
    credit_amount_native: Any | None = None
    currency: str | None = None
    exchange_rate: Any | None = None
    exchange_rate_book: Any | None = None
    posted_at: dt.date | None = None
    merchant_name: str | None = None
    bank_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    note: str | None = None
    receipt_url: str | None = None
    balance_before_transaction: float | None = None
    created_at: Timestamp | None = None
    external_id: str | None = None
    needs_review: bool | None = None
    last_modified_at: Timestamp | None = None
    draft_matches: Any | None = None
    last_lam_prediction_attempt: Timestamp | None = None
    customer: int | None = None
    entity: Any | None = None
    source_entity: int | None = None
    parent_bank_transaction: Any | None = None
    vendor: Any | None = None
    department: Any | None = None
    last_modified_by: Any | None = None


class ChartTransactionTotals(BaseModel):
    count: int
    debit_amount: float
    credit_amount: float
    amount: float
    debit_amount_book: float | None = None
    credit_amount_book: float | None = None
    amount_book: float | None = None


class ChartTransactionParam(TypedDict, total=False):
    account: int | str | None
    tax_rate: int | str | None
    apply_both_sides: bool
    transaction_match_id: int | str | None
    debit_amount: float | str | None
    credit_amount: float | str | None
    debit_amount_book: float | str | None
    credit_amount_book: float | str | None
    debit_amount_native: float | str | None
    credit_amount_native: float | str | None
    currency: str
    exchange_rate: float | str | None
    exchange_rate_book: float | str | None
    posted_at: str | dt.date | None
    merchant_name: str | None
    bank_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    note: str | None
    receipt_url: str | None
    external_id: str | None
    needs_review: bool
    draft_matches: Any | None
    last_lam_prediction_attempt: str | dt.datetime | None
    entity: Required[int | str]
    source_entity: int | None
    parent_bank_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    last_modified_by: int | str | None


class PatchedChartTransactionParam(TypedDict, total=False):
    account: int | str | None
    tax_rate: int | str | None
    apply_both_sides: bool
    transaction_match_id: int | str | None
    debit_amount: float | str | None
    credit_amount: float | str | None
    debit_amount_book: float | str | None
    credit_amount_book: float | str | None
    debit_amount_native: float | str | None
    credit_amount_native: float | str | None
    currency: str
    exchange_rate: float | str | None
    exchange_rate_book: float | str | None
    posted_at: str | dt.date | None
    merchant_name: str | None
    bank_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    note: str | None
    receipt_url: str | None
    external_id: str | None
    needs_review: bool
    draft_matches: Any | None
    last_lam_prediction_attempt: str | dt.datetime | None
    entity: int | str
    source_entity: int | None
    parent_bank_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    last_modified_by: int | str | None


class TransactionsMergeParams(TypedDict, total=False):
    transaction_ids: Required[Iterable[int]]
    transaction_match_id: int


class TransactionsListParams(TypedDict, total=False):
    account: int
    account_id: int
    account_rollup: bool
    account_subtype: str
    account_type: str
    accounts: int
    aggregation_fields: str
    all_time: bool
    bank: int
    bank_description: str
    bank_id: int
    categorized: str
    credit_amount_equal: float
    credit_amount_gte: float
    credit_amount_lte: float
    credit_amount_null: bool
    currency: str
    debit_amount_equal: float
    debit_amount_gte: float
    debit_amount_lte: float
    debit_amount_null: bool
    department: int
    department_id: int
    department_or_unassigned: bool
    display_opening_balance: bool
    download: bool
    end_date: str | dt.date
    entity: int
    entity_id: int
    entity_rollup: bool
    exclude_entity: int
    exclude_entity_id: int
    exclude_id: int
    exclude_journal: int
    exclude_reconciliation_report: int
    exclude_uncategorized_accounts: bool
    expense_or_ap: bool
    group: int
    group_fields: str
    group_id: int
    group_keys: str
    has_linked_fixed_asset: str
    has_parent_bank_transaction: str
    include_deleted: bool
    include_matches: bool
    is_not_reconciled: bool
    is_reconciled: bool
    journal_type: str
    journal_type__nin: str
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    match_type: Literal['all', 'any']
    needs_review: bool
    no_department: bool
    no_tag: bool
    no_vendor: bool
    offset: int
    opposing_account: int
    opposing_account_subtype: str
    ordering: str
    payee: int
    payee_id: int
    pivot_fields: str
    q: str
    reconciliation_report: int
    revenue_or_receivables: bool
    shouldPivot: bool
    sort: str
    start_date: str | dt.date
    tag: int
    tag_groups: int
    tag_id: int
    vendor: int
    vendor_id: int
    cursor: str


class TransactionsTotalsParams(TypedDict, total=False):
    account: int
    account_id: int
    account_rollup: bool
    account_subtype: str
    account_type: str
    accounts: int
    aggregation_fields: str
    all_time: bool
    bank: int
    bank_description: str
    bank_id: int
    categorized: str
    credit_amount_equal: float
    credit_amount_gte: float
    credit_amount_lte: float
    credit_amount_null: bool
    currency: str
    debit_amount_equal: float
    debit_amount_gte: float
    debit_amount_lte: float
    debit_amount_null: bool
    department: int
    department_id: int
    department_or_unassigned: bool
    display_opening_balance: bool
    download: bool
    end_date: str | dt.date
    entity: int
    entity_id: int
    entity_rollup: bool
    exclude_entity: int
    exclude_entity_id: int
    exclude_id: int
    exclude_journal: int
    exclude_reconciliation_report: int
    exclude_uncategorized_accounts: bool
    expense_or_ap: bool
    group: int
    group_fields: str
    group_id: int
    group_keys: str
    has_linked_fixed_asset: str
    has_parent_bank_transaction: str
    include_deleted: bool
    include_matches: bool
    is_not_reconciled: bool
    is_reconciled: bool
    journal_type: str
    journal_type__nin: str
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    match_type: Literal['all', 'any']
    needs_review: bool
    no_department: bool
    no_tag: bool
    no_vendor: bool
    offset: int
    opposing_account: int
    opposing_account_subtype: str
    ordering: str
    payee: int
    payee_id: int
    pivot_fields: str
    q: str
    reconciliation_report: int
    revenue_or_receivables: bool
    shouldPivot: bool
    sort: str
    start_date: str | dt.date
    tag: int
    tag_groups: int
    tag_id: int
    vendor: int
    vendor_id: int
