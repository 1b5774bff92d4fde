# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.bills``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import (
    AmortizationSchedule,
    File,
    MarkPaidCreditMemoParam,
    MarkPaidDebitMemoParam,
    MarkPaidEmptyTransactionParam,
    MarkPaidTransactionParam,
)

__all__ = [
    "AccountingBill",
    "AccountingBillLine",
    "AccountingBillLineParam",
    "AccountingBillParam",
    "AccountingBillPayment",
    "BillGenerateAmortizationScheduleParams",
    "BillListParams",
    "BillSaveAmortizationScheduleParams",
    "BulkBillParam",
    "BulkBillSearchParam",
    "MarkBillPaidParam",
    "PaginatedAccountingBillList",
    "PatchedAccountingBillParam",
    "VoidBillRequestParam",
]


class AccountingBill(BaseModel):
    id: int
    lines: list[AccountingBillLine]
    payments: list[AccountingBillPayment]
    payment_journal_entries: list[int]
    status: str | None = None
    past_due_days: int | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    vendor_name: str | None = None
    ap_account_name: str | None = None
    attachments: list[File]
    total_amount: float
    amount_due: float
    amount_paid: float
    item_date: dt.date | None = None
    voided_date: dt.date | None = None
    voided_journal_entry_order: str | None = None
    amortizations: list[dict[str, Any]]
    last_modified_at: Timestamp
    ramp_use_sandbox: bool
    navan_region: str | None = None
    zip_metadata: str | None = None
    is_deleted: bool
    deleted_at: Timestamp | None = None
    payment_term_name: str | None = None
    withholding_info: dict[str, Any] | None = None
    search_vector: str | None = None
    search_text: str | None = None
    mailing_address: str | None = None
    terms: str | None = None
    bill_number: str
    bill_date: dt.date
    due_date: dt.date
    paid_date: dt.date | None = None
    message_on_bill: str | None = None
    ita_allocation_number: str | None = None
    ita_bill_type: str | None = None
    source_id: str | None = None
    source: str | None = None
    source_bill_data: Any | None = None
    external_ramp_id: str | None = None
    payment_status: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    created_at: Timestamp
    tax_behavior: str | None = None
    bill_type: str | None = None
    chat_id: int | None = None
    customer: int
    entity: int
    vendor: int | None = None
    payment_term: int | None = None
    journal_entry: int | None = None
    source_file: int | None = None
    tax_rate: int | None = None
    ap_account: int | None = None
    voided_journal_entry: int | None = None
    total_amount_book: str | None = None
    amount_paid_book: str | None = None
    amount_due_book: str | None = None
    total_amount_consolidation: str | None = None
    amount_paid_consolidation: str | None = None
    amount_due_consolidation: str | None = None


class AccountingBillLine(BaseModel):
    id: int
    account_number: str | None = None
    account_name: str | None = None
    department_name: str | None = None
    department_code: str | None = None
    bill_customer_name: str | None = None
    tags: list[dict[str, Any]]
    amortization_schedule: list[AmortizationSchedule]
    tax_rate_name: str | None = None
    tax_rate_value: float | None = None
    description: str | None = None
    amount: float | None = None
    tax: float | None = None
    tax_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    source: str | None = None
    source_id: str | None = None
    currency: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    account: int
    tax_rate: int | None = None
    bill_customer: int | None = None
    department: int | None = None


class AccountingBillPayment(BaseModel):
    id: int
    payment_transaction_bank_description: str | None = None
    payment_journal_entry_order: str | None = None
    voided_journal_entry_order: str | None = None
    withheld_amount: float | None = None
    currency: str | None = None
    amount: float | None = None
    payment_date: dt.date | None = None
    source: str | None = None
    source_id: str | None = None
    created_at: Timestamp
    voided_date: dt.date | None = None
    last_modified_at: Timestamp
    customer: int
    bill: int
    payment_journal_entry: int
    payment_transaction: int | None = None
    voided_journal_entry: int | None = None


class PaginatedAccountingBillList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class AccountingBillLineParam(TypedDict, total=False):
    bill: int | str
    description: str | None
    amount: float | Decimal | str
    tax: float | Decimal | str
    tax_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    source: str | None
    source_id: str | None
    currency: str
    account: Required[int | str]
    tax_rate: int | str | None
    bill_customer: int | str | None
    department: int | str | None


class AccountingBillParam(TypedDict, total=False):
    lines: Required[Iterable[AccountingBillLineParam]]
    item_date: str | dt.date | None
    migrated_journal_id: int | str | None
    chat_uuid: str
    mailing_address: str | None
    terms: Literal['custom', 'net_5', 'net_7', 'net_10', 'net_15', 'net_20', 'net_30', 'net_40', 'net_45', 'net_60', 'net_90', 'net_105', 'net_120', 'due_on_receipt', ''] | None
    bill_number: Required[str]
    bill_date: Required[str | dt.date]
    due_date: Required[str | dt.date]
    paid_date: str | dt.date | None
    message_on_bill: str | None
    ita_allocation_number: str | None
    ita_bill_type: Literal['other', 'equipment', ''] | None
    source_id: str | None
    source: str | None
    source_bill_data: Any | None
    external_ramp_id: str | None
    payment_status: Literal['partial', 'open', 'paid', 'payment_not_found', 'payment_pending', 'voided', ''] | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    tax_behavior: Literal['inclusive', 'exclusive', ''] | None
    bill_type: Literal['BILL', 'PAYROLL', 'REIMBURSEMENT']
    chat_id: int | None
    entity: Required[int | str]
    vendor: Required[int | str | None]
    payment_term: int | None
    journal_entry: int | str | None
    source_file: int | str | None
    tax_rate: int | str | None
    ap_account: int | None
    voided_journal_entry: int | str | None


class BulkBillParam(TypedDict, total=False):
    bill_number: Required[str]


class BulkBillSearchParam(TypedDict, total=False):
    bills: Required[Iterable[BulkBillParam]]


class MarkBillPaidParam(TypedDict, total=False):
    transaction_match_id: int | str | None
    transactions: Iterable[MarkPaidTransactionParam] | None
    credit_memos: Iterable[MarkPaidCreditMemoParam] | None
    debit_memos: Iterable[MarkPaidDebitMemoParam] | None
    empty_transactions: Iterable[MarkPaidEmptyTransactionParam] | None


class PatchedAccountingBillParam(TypedDict, total=False):
    lines: Iterable[AccountingBillLineParam]
    item_date: str | dt.date | None
    migrated_journal_id: int | str | None
    chat_uuid: str
    mailing_address: str | None
    terms: Literal['custom', 'net_5', 'net_7', 'net_10', 'net_15', 'net_20', 'net_30', 'net_40', 'net_45', 'net_60', 'net_90', 'net_105', 'net_120', 'due_on_receipt', ''] | None
    bill_number: str
    bill_date: str | dt.date
    due_date: str | dt.date
    paid_date: str | dt.date | None
    message_on_bill: str | None
    ita_allocation_number: str | None
    ita_bill_type: Literal['other', 'equipment', ''] | None
    source_id: str | None
    source: str | None
    source_bill_data: Any | None
    external_ramp_id: str | None
    payment_status: Literal['partial', 'open', 'paid', 'payment_not_found', 'payment_pending', 'voided', ''] | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    tax_behavior: Literal['inclusive', 'exclusive', ''] | None
    bill_type: Literal['BILL', 'PAYROLL', 'REIMBURSEMENT']
    chat_id: int | None
    entity: int | str
    vendor: int | str | None
    payment_term: int | None
    journal_entry: int | str | None
    source_file: int | str | None
    tax_rate: int | str | None
    ap_account: int | None
    voided_journal_entry: int | str | None


class VoidBillRequestParam(TypedDict, total=False):
    void_date: Required[str | dt.date]


class BillSaveAmortizationScheduleParams(TypedDict, total=False):
    bill_line: Required[int]
    schedule: Required[Iterable[Mapping[str, Any]]]


class BillListParams(TypedDict, total=False):
    currency: str
    download: bool
    end_date: str | dt.date | Literal['']
    entity: int
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
    q: str
    sort: str
    start_date: str | dt.date | Literal['']
    status: Literal['1_30', '31_60', '61_90', '91_120', 'current', 'open', 'over_120', 'paid', 'partially_paid', 'past_due', 'payment_not_found', 'payment_pending', 'unpaid', 'voided']
    vendor: int


class BillGenerateAmortizationScheduleParams(TypedDict, total=False):
    amount: Required[float]
    start_date: Required[str | dt.date]
    months: Required[int]
