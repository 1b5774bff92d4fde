# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.transactions``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel

__all__ = [
    "AppliedBillPayment",
    "AppliedInvoicePayment",
    "ChartTransactionParam",
    "ChartTransactionTotals",
    "PaginatedChartTransactionListWithDeleted",
    "PatchedChartTransactionParam",
    "TransactionBillPaymentsApplied",
    "TransactionListParams",
    "TransactionMergeParams",
    "TransactionPaymentsApplied",
    "TransactionPreviewMergeParams",
    "TransactionReportParams",
    "TransactionTotalsParams",
]


class ChartTransactionTotals(BaseModel):
    count: int
    debit_amount: float
    credit_amount: float
    amount: float
    debit_amount_book: float | None = None
    credit_amount_book: float | None = None
    amount_book: float | None = None


class AppliedInvoicePayment(BaseModel):
    invoice_id: int
    amount: float


class TransactionPaymentsApplied(BaseModel):
    transaction_id: int
    applied: list[AppliedInvoicePayment]
    payment_ids: list[int]
    journal_entry_ids: list[int]
    unapplied_amount: float


class AppliedBillPayment(BaseModel):
    bill_id: int
    amount: float


class TransactionBillPaymentsApplied(BaseModel):
    transaction_id: int
    applied: list[AppliedBillPayment]
    payment_ids: list[int]
    journal_entry_ids: list[int]
    unapplied_amount: float


class PaginatedChartTransactionListWithDeleted(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class ChartTransactionParam(TypedDict, total=False):
    account: int | str | None
    tax_rate: int | str | None
    apply_both_sides: bool
    transaction_match_id: int | str | None
    debit_amount: float | Decimal | str | None
    credit_amount: float | Decimal | str | None
    debit_amount_book: float | Decimal | str | None
    credit_amount_book: float | Decimal | str | None
    debit_amount_native: float | Decimal | str | None
    credit_amount_native: float | Decimal | str | None
    currency: str | None
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
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
    entity: Required[int | str | None]
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
    debit_amount: float | Decimal | str | None
    credit_amount: float | Decimal | str | None
    debit_amount_book: float | Decimal | str | None
    credit_amount_book: float | Decimal | str | None
    debit_amount_native: float | Decimal | str | None
    credit_amount_native: float | Decimal | str | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
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
    entity: int | str | None
    source_entity: int | None
    parent_bank_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    last_modified_by: int | str | None


class TransactionMergeParams(TypedDict, total=False):
    transaction_ids: Required[Any]
    transaction_match_id: int


class TransactionListParams(TypedDict, total=False):
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
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
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
    journal_id: int
    cursor: str


class TransactionPreviewMergeParams(TypedDict, total=False):
    transaction_ids: Required[str]


class TransactionTotalsParams(TypedDict, total=False):
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
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
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
    journal_id: int


class TransactionReportParams(TypedDict, total=False):
    group_fields: str
    group_keys: str
    pivot_fields: str
    shouldPivot: bool
    aggregation_fields: str
    include_totals: bool
    mode: str
    limit: int
    offset: int
    sort: list[str]
    nested: bool
    flat: bool
    columns: str
    page: int
    page_size: int
    start_date: str | dt.date
    end_date: str | dt.date
    all_time: bool
    posted_at_timeframe: str
    account: str
    account_id: str
    accounts: str
    entity: str
    entity_id: str
    vendor: str
    vendor_id: str
    department: str
    department_id: str
    journal: str
    journal_id: str
    tag: str
    tag_id: str
    currency: str
    entity_currency: str
    journal_type: str
    account_type: str
    account_subtype: str
    no_department: bool
    no_vendor: bool
