# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.reconciliations``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import File

__all__ = [
    "AsyncTask",
    "BulkMatchTransactionRequestParam",
    "ConfirmTransactionSelectionRequestParam",
    "ErrorResponse",
    "MatchTransactionRequestParam",
    "PaginatedReconciliationReportV2ListList",
    "PaginatedReconciliationReportV2SourceTransactionListList",
    "PatchedReconciliationReportV2Param",
    "ReconciliationListParams",
    "ReconciliationListSourceTransactionsParams",
    "ReconciliationReportV2",
    "ReconciliationReportV2List",
    "ReconciliationReportV2Param",
    "ReconciliationReportV2SourceReconciliationTransaction",
    "ReconciliationReportV2SourceTransactionList",
    "ReconciliationReportV2StatementTransaction",
]


class AsyncTask(BaseModel):
    id: int
    created_by_name: str | None = None
    name: str
    created_at: Timestamp
    status: str | None = None
    error_message: str | None = None
    error_type: str | None = None
    retries: int | None = None
    completed_at: Timestamp | None = None
    started_at: Timestamp | None = None
    celery_task_id: str | None = None
    root_task_id: str | None = None
    parent_task_id: str | None = None
    trace_id: str | None = None
    span_id: str | None = None
    task_args: Any | None = None
    task_kwargs: Any | None = None
    result: Any | None = None
    content: Any | None = None
    customer: int | None = None
    created_by: int | None = None


class ErrorResponse(BaseModel):
    error: str


class PaginatedReconciliationReportV2ListList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ReconciliationReportV2List]


class PaginatedReconciliationReportV2SourceTransactionListList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ReconciliationReportV2SourceTransactionList]


class ReconciliationReportV2(BaseModel):
    id: int
    entity_name: str | None = None
    account_name: str | None = None
    account_number: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    reconciled_by_name: str | None = None
    reconciled_by_email: str | None = None
    approved_by_name: str | None = None
    approved_by_email: str | None = None
    async_task: AsyncTask | None = None
    attachments: list[File]
    csv_statements: str | None = None
    cleared_total_debits: str | None = None
    cleared_total_credits: str | None = None
    cleared_activity: str | None = None
    cleared_item_count: str | None = None
    matched_total_debits: str | None = None
    matched_total_credits: str | None = None
    matched_activity: str | None = None
    matched_item_count: str | None = None
    unreconciled_total_debits: str | None = None
    unreconciled_total_credits: str | None = None
    unreconciled_activity: str | None = None
    unreconciled_gl_item_count: str | None = None
    unreconciled_statement_line_count: str | None = None
    unreconciled_statement_activity: str | None = None
    reconciliation_difference: str | None = None
    open_total_debits: str | None = None
    open_total_credits: str | None = None
    open_activity: str | None = None
    open_gl_item_count: str | None = None
    open_statement_line_count: str | None = None
    open_statement_activity: str | None = None
    statement_activity: str | None = None
    open_difference: str | None = None
    currency: str | None = None
    statement_starting_date: dt.date | None = None
    statement_ending_date: dt.date | None = None
    starting_balance: float | None = None
    ending_balance: float | None = None
    total_credit_amount: float | None = None
    total_debit_amount: float | None = None
    adjustments: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    reconciled_on: dt.date | None = None
    approved_on: Timestamp | None = None
    status: str | None = None
    unmatched_statement_transactions: Any | None = None
    statement_recognition_cost_usd: float | None = None
    statement_recognition_input_tokens: int | None = None
    statement_recognition_output_tokens: int | None = None
    statement_recognition_token_total: int | None = None
    statement_recognition_model_name: str | None = None
    customer: int
    entity: int | None = None
    account: int
    matching_task: int | None = None
    reconciled_by: int | None = None
    approved_by: int | None = None


class ReconciliationReportV2List(BaseModel):
    id: int
    customer: int
    entity: int | None = None
    entity_name: str | None = None
    account: int
    account_name: str | None = None
    account_number: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    currency: str | None = None
    statement_starting_date: dt.date | None = None
    statement_ending_date: dt.date | None = None
    starting_balance: float | None = None
    ending_balance: float | None = None
    total_credit_amount: float | None = None
    total_debit_amount: float | None = None
    adjustments: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    async_task: AsyncTask | None = None
    matching_task: int | None = None
    reconciled_by: int | None = None
    reconciled_by_name: str | None = None
    reconciled_by_email: str | None = None
    reconciled_on: dt.date | None = None
    approved_by: int | None = None
    approved_by_name: str | None = None
    approved_by_email: str | None = None
    approved_on: Timestamp | None = None
    status: str | None = None
    unmatched_statement_transactions: Any | None = None
    statement_recognition_cost_usd: float | None = None
    statement_recognition_input_tokens: int | None = None
    statement_recognition_output_tokens: int | None = None
    statement_recognition_token_total: int | None = None
    statement_recognition_model_name: str | None = None


class ReconciliationReportV2SourceReconciliationTransaction(BaseModel):
    id: int
    status: str | None = None
    suggestion_id: int | None = None
    suggestion: ReconciliationReportV2StatementTransaction


class ReconciliationReportV2SourceTransactionList(BaseModel):
    id: int
    currency: str | None = None
    posted_at: dt.date | None = None
    debit_amount_in_currency: str | None = None
    credit_amount_in_currency: str | None = None
    bank_description: str | None = None
    reconciliation_transaction: list[ReconciliationReportV2SourceReconciliationTransaction]
    is_cleared: str | None = None
    is_matched: str | None = None
    journal_id: int | None = None
    journal_order: str | None = None


class ReconciliationReportV2StatementTransaction(BaseModel):
    id: int
    page_number: int | None = None
    reconciliation_transaction_id: str | None = None
    source_transaction_id: str | None = None
    is_matched: str | None = None
    date: dt.date
    deposit: float | None = None
    withdrawal: float | None = None
    description: str | None = None
    is_cleared: bool | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    reconciliation_report: int | None = None
    page: int | None = None


class BulkMatchTransactionRequestParam(TypedDict, total=False):
    pairs: Required[Iterable[MatchTransactionRequestParam]]


class ConfirmTransactionSelectionRequestParam(TypedDict, total=False):
    selected: Required[Iterable[int]]
    selected_statements: Iterable[int]


class MatchTransactionRequestParam(TypedDict, total=False):
    transaction_id: Required[int]
    statement_transaction_id: Required[int]


class PatchedReconciliationReportV2Param(TypedDict, total=False):
    currency: str
    statement_starting_date: str | dt.date | None
    statement_ending_date: str | dt.date | None
    starting_balance: float | Decimal | str
    ending_balance: float | Decimal | str
    total_credit_amount: float | Decimal | str | None
    total_debit_amount: float | Decimal | str | None
    adjustments: float | Decimal | str | None
    reconciled_on: str | dt.date | None
    status: Literal['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'DELETED']
    unmatched_statement_transactions: Any | None
    statement_recognition_cost_usd: float | Decimal | str | None
    statement_recognition_input_tokens: int | None
    statement_recognition_output_tokens: int | None
    statement_recognition_token_total: int | None
    statement_recognition_model_name: str | None
    entity: int | str | None
    account: int | str
    matching_task: int | str | None
    reconciled_by: int | str | None


class ReconciliationReportV2Param(TypedDict, total=False):
    currency: str | None
    statement_starting_date: str | dt.date | None
    statement_ending_date: str | dt.date | None
    starting_balance: float | Decimal | str | None
    ending_balance: float | Decimal | str | None
    total_credit_amount: float | Decimal | str | None
    total_debit_amount: float | Decimal | str | None
    adjustments: float | Decimal | str | None
    reconciled_on: str | dt.date | None
    status: Literal['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'DELETED'] | None
    unmatched_statement_transactions: Any | None
    statement_recognition_cost_usd: float | Decimal | str | None
    statement_recognition_input_tokens: int | None
    statement_recognition_output_tokens: int | None
    statement_recognition_token_total: int | None
    statement_recognition_model_name: str | None
    entity: int | str | None
    account: Required[int | str]
    matching_task: int | str | None
    reconciled_by: int | str | None


class ReconciliationListParams(TypedDict, total=False):
    account: int
    end_date: str | dt.date | Literal['']
    entity: int
    limit: int
    offset: int
    q: str
    sort: str
    start_date: str | dt.date | Literal['']


class ReconciliationListSourceTransactionsParams(TypedDict, total=False):
    bank: int
    currency: str
    department: int
    end_date: str | dt.date | Literal['']
    group: int
    limit: int
    matched: str
    offset: int
    q: str
    reconciled_only: str
    sort: str
    start_date: str | dt.date | Literal['']
    tag: int
    unreconciled: str
    vendor: int
