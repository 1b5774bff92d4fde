# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of several resources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "AmortizationSchedule",
    "ChartTransaction",
    "File",
    "FixedAssetAutomationMatch",
    "JournalEntry",
    "MarkPaid",
    "MarkPaidCreditMemo",
    "MarkPaidCreditMemoParam",
    "MarkPaidDebitMemo",
    "MarkPaidDebitMemoParam",
    "MarkPaidEmptyTransaction",
    "MarkPaidEmptyTransactionParam",
    "MarkPaidParam",
    "MarkPaidTransaction",
    "MarkPaidTransactionParam",
    "VendorContact",
    "VendorContactParam",
    "VoidPayment",
    "VoidPaymentParam",
]


class AmortizationSchedule(BaseModel):
    id: Any | None = None
    journal_entry_order: str
    date: dt.date
    amount: Any
    posted: bool | None = None
    customer: int
    transaction: Any | None = None
    bill_line: Any | None = None
    journal_entry: Any | None = None


class ChartTransaction(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    entity_name: str
    entity_currency: str
    account_name: str | None = None
    account_number: str
    vendor_name: str
    vendor_id: str
    department_name: str
    department_code: str
    parent_department_name: str
    parent_department: int
    tags: list[dict[str, Any]]
    journal: int
    journal_order: str
    journal_memo: str
    journal_type: str
    intercompany_journal: int
    created_automatically: bool
    journal_attachments: list[File]
    journal_type_name: str | None = None
    invoice: str | None = None
    bill: str | None = None
    date_month: str | None = None
    date_year: str | None = None
    balance_after_transaction: float
    bank_account: str
    bank_account_name: str
    account: Any | None = None
    last_modified_by_name: str
    account_type: str
    account_subtype: str
    parent_account_name: str
    files: str
    invoice_id: int | None = None
    invoice_number: str | None = None
    bill_id: int | None = None
    bill_number: str | None = None
    file_names: str
    has_matches: bool
    has_ai: bool
    has_rules: bool
    has_merges: bool
    has_fixed_asset_rule_matches: bool
    primary_action_type: str
    suggested_account: int | None = None
    suggested_account_name: str | None = None
    suggested_account_number: str | None = None
    amount: float | None = None
    amount_native: float
    amount_book: float
    amortization_schedule: list[AmortizationSchedule]
    linked_amortizations: list[dict[str, Any]]
    created_fixed_assets: list[dict[str, Any]]
    reconciliation_report: str
    opposing_account_name: str
    opposing_account_number: str
    transaction_id: str
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
    created_at: Timestamp
    external_id: str | None = None
    needs_review: bool | None = None
    last_modified_at: Timestamp
    draft_matches: Any | None = None
    last_lam_prediction_attempt: Timestamp | None = None
    customer: int
    entity: Any
    source_entity: int | None = None
    parent_bank_transaction: Any | None = None
    vendor: Any | None = None
    department: Any | None = None
    last_modified_by: Any | None = None


class File(BaseModel):
    id: int
    customer: int
    created_at: Timestamp
    created_by: int | None = None
    created_by_name: str
    created_by_email: str
    last_modified_at: Timestamp
    name: str
    url: str
    s3_content_type: str | None = None
    s3_content_length: int | None = None
    s3_path: str
    object_id: int | None = None
    app: str
    model: str
    is_deleted: bool
    deleted_at: Timestamp | None = None


class FixedAssetAutomationMatch(BaseModel):
    id: int
    rule: Any
    rule_name: str
    rule_account_name: str
    rule_threshold: float
    rule_needs_review: bool
    transaction: int
    transaction_description: str
    transaction_date: dt.date
    transaction_amount: str
    proposed_name: str
    proposed_asset_class: Any
    proposed_initial_value: Any
    proposed_salvage_value: Any | None = None
    proposed_purchase_date: dt.date
    proposed_depreciation_start_date: dt.date
    proposed_entity: Any | None = None
    proposed_department: Any | None = None
    proposed_vendor: Any | None = None
    created_asset: int | None = None
    created_at: Timestamp


class JournalEntry(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    transactions: list[ChartTransaction]
    attachments: list[File]
    invoice: int | None = None
    reversal_of_order: str
    reversals: list[dict[str, Any]]
    entity_name: str
    entity_currency: str
    created_by: int | None = None
    created_by_name: str | None = None
    created_by_source: str | None = None
    order: str | None = None
    close_task_id: str | None = None
    credit_memos: list[dict[str, Any]]
    debit_memos: list[dict[str, Any]]
    ramp_use_sandbox: str
    navan_region: str | None = None
    search_vector: str | None = None
    search_text: str | None = None
    type: str | None = None
    journal_id: str | None = None
    memo: str | None = None
    currency: str | None = None
    exchange_rate: Any | None = None
    exchange_rate_book: Any | None = None
    use_average_rate: bool | None = None
    created_automatically: bool | None = None
    date: dt.date | None = None
    ref_number: str | None = None
    created_at: Timestamp
    source: str | None = None
    source_id: str | None = None
    last_modified_at: Timestamp
    customer: int
    recurrent_journal_entry: Any | None = None
    entity: Any | None = None
    reversal_of: Any | None = None
    intercompany_journal: Any | None = None
    source_file: Any | None = None
    chat: Any | None = None
    last_draft: int | None = None


class MarkPaid(BaseModel):
    transaction_match_id: Any | None = None
    transactions: list[MarkPaidTransaction] | None = None
    credit_memos: list[MarkPaidCreditMemo] | None = None
    debit_memos: list[MarkPaidDebitMemo] | None = None
    empty_transactions: list[MarkPaidEmptyTransaction] | None = None


class MarkPaidCreditMemo(BaseModel):
    credit_memo_id: Any
    amount: Any
    posted_at: dt.date


class MarkPaidDebitMemo(BaseModel):
    debit_memo_id: Any
    amount: Any
    posted_at: dt.date


class MarkPaidEmptyTransaction(BaseModel):
    account_id: Any
    account_name: str
    amount: Any
    payment_date: dt.date
    department_id: Any | None = None
    tag_ids: list[int] | None = None
    memo: str | None = None
    external_id: str | None = None
    currency: str | None = None
    amount_in_invoice_currency: Any | None = None
    amount_in_bill_currency: Any | None = None
    withholding_amount: Any | None = None
    withholding_tax_rate_id: Any | None = None


class MarkPaidTransaction(BaseModel):
    transaction_match_id: Any | None = None
    transaction_id: Any | None = None
    transaction_ids: list[int] | None = None
    account_id: Any | None = None
    amount: Any
    amount_payable: Any | None = None
    credit_account_id: Any | None = None
    writeoff_account_id: Any | None = None
    withholding_amount: Any | None = None
    withholding_tax_rate_id: Any | None = None


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


class VoidPayment(BaseModel):
    void_date: dt.date | None = None


class MarkPaidParam(TypedDict, total=False):
    transaction_match_id: int | str | None
    transactions: Iterable[MarkPaidTransactionParam] | None
    credit_memos: Iterable[MarkPaidCreditMemoParam] | None
    debit_memos: Iterable[MarkPaidDebitMemoParam] | None
    empty_transactions: Iterable[MarkPaidEmptyTransactionParam] | None


class MarkPaidCreditMemoParam(TypedDict, total=False):
    credit_memo_id: Required[int | str]
    amount: Required[float | str]
    posted_at: Required[str | dt.date]


class MarkPaidDebitMemoParam(TypedDict, total=False):
    debit_memo_id: Required[int | str]
    amount: Required[float | str]
    posted_at: Required[str | dt.date]


class MarkPaidEmptyTransactionParam(TypedDict, total=False):
    account_id: Required[int | str]
    account_name: Required[str]
    amount: Required[float | str]
    payment_date: Required[str | dt.date]
    department_id: int | str | None
    tag_ids: Iterable[int]
    memo: str | None
    external_id: str | None
    currency: str | None
    amount_in_invoice_currency: float | str | None
    amount_in_bill_currency: float | str | None
    withholding_amount: float | str | None
    withholding_tax_rate_id: int | str | None


class MarkPaidTransactionParam(TypedDict, total=False):
    transaction_match_id: int | str | None
    transaction_id: int | str | None
    transaction_ids: Iterable[int] | None
    account_id: int | str | None
    amount: Required[float | str]
    amount_payable: float | str | None
    credit_account_id: int | str | None
    writeoff_account_id: int | str | None
    withholding_amount: float | str | None
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
