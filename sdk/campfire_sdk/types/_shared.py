# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of several resources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "AmortizationSchedule",
    "ChartAccount",
    "ChartTransaction",
    "ChartTransactionLine",
    "DeletedObject",
    "DeletedRecord",
    "ErrorDetail",
    "File",
    "FixedAssetAutomationMatch",
    "FixedAssetClass",
    "InvoiceReportResponse",
    "InvoiceReportResultRow",
    "JournalEntry",
    "MarkPaidCreditMemoParam",
    "MarkPaidDebitMemoParam",
    "MarkPaidEmptyTransactionParam",
    "MarkPaidTransactionParam",
    "VendorContact",
    "VendorContactParam",
    "VoidPaymentParam",
]


class AmortizationSchedule(BaseModel):
    id: int | None = None
    journal_entry_order: str | None = None
    date: dt.date
    amount: float
    posted: bool | None = None
    customer: int
    transaction: int | None = None
    bill_line: int | None = None
    journal_entry: int | None = None


class ChartAccount(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    reconciliation_ending_date: dt.date | None = None
    reconciliation_ending_balance: float | None = None
    balance_ytd: float
    name_and_number: str | None = None
    parent_name_and_number: str | None = None
    sort_key: str | None = None
    has_associated_data: bool
    last_modified_at: Timestamp
    account_id: str | None = None
    number: str | None = None
    currency: str | None = None
    name: str | None = None
    nickname: str | None = None
    description: str | None = None
    status: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    account_cashflow_classification: str | None = None
    include_in_eliminations: bool | None = None
    include_in_revaluations: bool | None = None
    protected: bool | None = None
    skip_subledger_validation: bool | None = None
    external_id: str | None = None
    created_at: Timestamp
    last_recompute_balance_at: Timestamp | None = None
    lock_recompute_balance_key: str | None = None
    current_balance: float | None = None
    current_balance_book: float | None = None
    lineage_array: list[str] | None = None
    customer: int
    parent: int | None = None
    parent_bank_account: int | None = None
    default_department: int | None = None
    default_tags: list[int] | None = None


class ChartTransaction(BaseModel):
    id: int
    is_deleted: bool
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
    tags: list[dict[str, Any]]
    journal: int | None = None
    journal_order: str | None = None
    journal_memo: str | None = None
    journal_type: str | None = None
    intercompany_journal: int | None = None
    created_automatically: bool
    journal_attachments: list[File]
    journal_type_name: str | None = None
    invoice: str | None = None
    bill: str | None = None
    date_month: str | None = None
    date_year: str | None = None
    balance_after_transaction: float
    bank_account: str | None = None
    bank_account_name: str | None = None
    account: int | None = None
    last_modified_by_name: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    parent_account_name: str | None = None
    files: list[Any]
    invoice_id: int | None = None
    invoice_number: str | None = None
    bill_id: int | None = None
    bill_number: str | None = None
    file_names: list[Any]
    has_matches: bool
    has_ai: bool
    has_rules: bool
    has_merges: bool
    has_fixed_asset_rule_matches: bool
    primary_action_type: str | None = None
    suggested_account: int | None = None
    suggested_account_name: str | None = None
    suggested_account_number: str | None = None
    amount: float | None = None
    amount_native: float
    amount_book: float
    amortization_schedule: list[AmortizationSchedule]
    linked_amortizations: list[dict[str, Any]]
    created_fixed_assets: list[dict[str, Any]]
    reconciliation_report: str | None = None
    opposing_account_name: str | None = None
    opposing_account_number: str | None = None
    transaction_id: str | None = None
    debit_amount: float | None = None
    credit_amount: float | None = None
    debit_amount_book: float | None = None
    credit_amount_book: float | None = None
    debit_amount_native: float | None = None
    credit_amount_native: float | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    posted_at: dt.date | None = None
    merchant_name: str | None = None
    bank_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    note: str | None = None
    receipt_url: str | None = None
    balance_before_transaction: float | None = None
    created_at: Timestamp
    external_id: str | None = None
    needs_review: bool | None = None
    last_modified_at: Timestamp
    draft_matches: Any | None = None
    last_lam_prediction_attempt: Timestamp | None = None
    customer: int
    entity: int | None = None
    source_entity: int | None = None
    parent_bank_transaction: int | None = None
    vendor: int | None = None
    department: int | None = None
    last_modified_by: int | None = None


class File(BaseModel):
    id: int
    customer: int
    created_at: Timestamp
    created_by: int | None = None
    created_by_name: str | None = None
    created_by_email: str | None = None
    last_modified_at: Timestamp
    name: str
    url: str | None = None
    s3_content_type: str | None = None
    s3_content_length: int | None = None
    s3_path: str
    object_id: int | None = None
    app: str | None = None
    model: str | None = None
    is_deleted: bool
    deleted_at: Timestamp | None = None


class FixedAssetAutomationMatch(BaseModel):
    id: int
    rule: int
    rule_name: str | None = None
    rule_account_name: str | None = None
    rule_threshold: float | None = None
    rule_needs_review: bool
    transaction: int | None = None
    transaction_description: str | None = None
    transaction_date: dt.date | None = None
    transaction_amount: str | None = None
    proposed_name: str
    proposed_asset_class: int
    proposed_initial_value: float
    proposed_salvage_value: float | None = None
    proposed_purchase_date: dt.date
    proposed_depreciation_start_date: dt.date
    proposed_entity: int | None = None
    proposed_department: int | None = None
    proposed_vendor: int | None = None
    created_asset: int | None = None
    created_at: Timestamp


class FixedAssetClass(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    asset_account_name: str | None = None
    accumulated_depreciation_account_name: str | None = None
    depreciation_expense_account_name: str | None = None
    name: str
    useful_life: int | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    asset_account: int | None = None
    accumulated_depreciation_account: int | None = None
    depreciation_expense_account: int | None = None


class InvoiceReportResponse(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[InvoiceReportResultRow]
    engine_used: str
    pivot_result_fields: list[str] | None = None
    totals_row: dict[str, Any] | None = None
    pivot_value_mappings: dict[str, Any] | None = None
    columns: list[dict[str, Any]] | None = None
    totals_by_currency: list[dict[str, Any]] | None = None


class InvoiceReportResultRow(BaseModel):
    filter_params: dict[str, Any]
    group_id: int
    id: int
    label: str | None = None
    mixed_currency: bool | None = None
    totals_by_currency: list[dict[str, Any]] | None = None
    sub_rows: list[dict[str, Any]] | None = None


class JournalEntry(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    transactions: list[ChartTransactionLine] | None = None
    attachments: list[File]
    invoice: int | None = None
    reversal_of_order: str | None = None
    reversals: list[dict[str, Any]]
    entity_name: str | None = None
    entity_currency: str | None = None
    created_by: int | None = None
    created_by_name: str | None = None
    created_by_source: str | None = None
    order: str | None = None
    revenue_transactions: list[int] | None = None
    close_task_id: str | None = None
    credit_memos: list[dict[str, Any]]
    debit_memos: list[dict[str, Any]]
    ramp_use_sandbox: bool
    navan_region: str | None = None
    search_vector: str | None = None
    search_text: str | None = None
    type: str | None = None
    journal_id: str | None = None
    memo: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    use_average_rate: bool | None = None
    created_automatically: bool | None = None
    date: dt.date | None = None
    ref_number: str | None = None
    created_at: Timestamp
    source: str | None = None
    source_id: str | None = None
    last_modified_at: Timestamp
    customer: int
    recurrent_journal_entry: int | None = None
    entity: int | None = None
    reversal_of: int | None = None
    intercompany_journal: int | None = None
    source_file: int | None = None
    chat: int | None = None
    last_draft: int | None = None


class VendorContact(BaseModel):
    id: int
    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    mobile_number: str | None = None
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None


class DeletedRecord(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class ChartTransactionLine(BaseModel):
    id: int
    is_deleted: bool
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
    created_automatically: bool
    journal_attachments: list[File]
    journal_type_name: str | None = None
    invoice: str | None = None
    bill: str | None = None
    date_month: str | None = None
    date_year: str | None = None
    balance_after_transaction: float
    bank_account: str | None = None
    bank_account_name: str | None = None
    account: int | None = None
    last_modified_by_name: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    parent_account_name: str | None = None
    files: list[Any]
    invoice_id: int | None = None
    invoice_number: str | None = None
    bill_id: int | None = None
    bill_number: str | None = None
    file_names: list[Any]
    has_matches: bool
    has_ai: bool
    has_rules: bool
    has_merges: bool
    has_fixed_asset_rule_matches: bool
    primary_action_type: str | None = None
    suggested_account: int | None = None
    suggested_account_name: str | None = None
    suggested_account_number: str | None = None
    amount: float | None = None
    amount_native: float
    amount_book: float
    amortization_schedule: list[AmortizationSchedule]
    linked_amortizations: list[dict[str, Any]]
    created_fixed_assets: list[dict[str, Any]]
    reconciliation_report: str | None = None
    opposing_account_name: str | None = None
    opposing_account_number: str | None = None
    transaction_id: str | None = None
    debit_amount: float | None = None
    credit_amount: float | None = None
    debit_amount_book: float | None = None
    credit_amount_book: float | None = None
    debit_amount_native: float | None = None
    credit_amount_native: float | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    posted_at: dt.date | None = None
    merchant_name: str | None = None
    bank_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    note: str | None = None
    receipt_url: str | None = None
    balance_before_transaction: float | None = None
    created_at: Timestamp
    external_id: str | None = None
    needs_review: bool | None = None
    last_modified_at: Timestamp
    draft_matches: Any | None = None
    last_lam_prediction_attempt: Timestamp | None = None
    customer: int
    entity: int | None = None
    source_entity: int | None = None
    parent_bank_transaction: int | None = None
    vendor: int | None = None
    department: int | None = None
    last_modified_by: int | None = None


class ErrorDetail(BaseModel):
    detail: str


class MarkPaidCreditMemoParam(TypedDict, total=False):
    credit_memo_id: Required[int | str]
    amount: Required[float | Decimal | str]
    posted_at: Required[str | dt.date]


class MarkPaidDebitMemoParam(TypedDict, total=False):
    debit_memo_id: Required[int | str]
    amount: Required[float | Decimal | str]
    posted_at: Required[str | dt.date]


class MarkPaidEmptyTransactionParam(TypedDict, total=False):
    account_id: Required[int | str]
    account_name: Required[str]
    amount: Required[float | Decimal | str]
    payment_date: Required[str | dt.date]
    department_id: int | str | None
    tag_ids: Iterable[int]
    memo: str | None
    external_id: str | None
    currency: str | None
    amount_in_invoice_currency: float | Decimal | str | None
    amount_in_bill_currency: float | Decimal | str | None
    withholding_amount: float | Decimal | str | None
    withholding_tax_rate_id: int | str | None


class MarkPaidTransactionParam(TypedDict, total=False):
    transaction_match_id: int | str | None
    transaction_id: Required[int | str]
    transaction_ids: Iterable[int] | None
    account_id: int | str | None
    amount: Required[float | Decimal | str]
    amount_payable: float | Decimal | str | None
    credit_account_id: int | str | None
    writeoff_account_id: int | str | None
    withholding_amount: float | Decimal | str | None
    withholding_tax_rate_id: int | str | None


class VendorContactParam(TypedDict, total=False):
    name: str | None
    first_name: str | None
    last_name: str | None
    email: str | None
    phone_number: str | None
    mobile_number: str | None


class VoidPaymentParam(TypedDict, total=False):
    void_date: str | dt.date | None


#: The older name of ``DeletedRecord``.
DeletedObject = DeletedRecord
