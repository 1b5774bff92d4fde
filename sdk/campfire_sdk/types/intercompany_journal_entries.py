# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.intercompany_journal_entries``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import ChartTransactionLine, File

__all__ = [
    "IntercompanyBalance",
    "IntercompanyBalanceLine",
    "IntercompanyBalanceRate",
    "IntercompanyChartTransactionLineRequestParam",
    "IntercompanyJournalEntry",
    "IntercompanyJournalEntryBalanceParams",
    "IntercompanyJournalEntryListParams",
    "IntercompanyJournalEntryParam",
    "PaginatedIntercompanyJournalEntryList",
    "PatchedIntercompanyJournalEntryParam",
]


class IntercompanyJournalEntry(BaseModel):
    id: int
    transactions: list[ChartTransactionLine] | None = None
    attachments: list[File]
    reversal_of_order: str | None = None
    reversals: list[dict[str, Any]]
    order: str | None = None
    source: str | None = None
    source_file: int | None = None
    close_task_id: str | None = None
    is_deleted: bool
    deleted_at: Timestamp | None = None
    type: str | None = None
    journal_id: str | None = None
    memo: str | None = None
    currency: str | None = None
    created_automatically: bool | None = None
    date: dt.date | None = None
    ref_number: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    reversal_of: int | None = None
    entities: list[int] | None = None


class PaginatedIntercompanyJournalEntryList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class IntercompanyBalanceLine(BaseModel):
    entity: int
    entity_name: str | None = None
    entity_currency: str | None = None
    currency: str | None = None
    account: int | None = None
    debit_amount_native: float | None = None
    credit_amount_native: float | None = None
    debit_amount_book: float | None = None
    credit_amount_book: float | None = None
    debit_amount: float | None = None
    credit_amount: float | None = None
    is_balancing: bool


class IntercompanyBalanceRate(BaseModel):
    entity: int
    entity_name: str | None = None
    originating_currency: str
    target_currency: str
    exchange_rate: float | None = None


class IntercompanyBalance(BaseModel):
    date: dt.date | None = None
    transactions: list[IntercompanyBalanceLine]
    exchange_rates: list[IntercompanyBalanceRate]


class IntercompanyChartTransactionLineRequestParam(TypedDict, total=False):
    tags: Iterable[Mapping[str, Any]]
    account: Required[int | str]
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
    entity: Required[int | str]
    source_entity: int | None
    parent_bank_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    last_modified_by: int | str | None


class IntercompanyJournalEntryParam(TypedDict, total=False):
    transactions: Required[Iterable[IntercompanyChartTransactionLineRequestParam]]
    reversal_date: str | dt.date | None
    order: str | None
    journals_to_delete: Iterable[int]
    exchange_rates: Any
    source: str | None
    source_file: int | str | None
    close_task_id: str | None
    chat_uuid: str
    type: Literal['bill', 'bill_payment', 'bill_prepayment', 'check', 'credit_card', 'credit_memo', 'credit_memo_payment', 'debit_memo', 'debit_memo_payment', 'deposit', 'expense', 'invoice', 'intercompany_journal', 'invoice_payment', 'journal_entry', 'lease', 'payment', 'receive_payment', 'refund', 'revenue_recognition', 'sales_receipt', 'transfer', 'vendor_credit', 'void_bill', 'void_bill_payment', 'void_invoice_payment', 'void_credit_memo', 'void_credit_memo_payment', 'void_debit_memo_payment', 'void_invoice', 'elimination', 'revaluation', 'asset_reclassification'] | None
    journal_id: str
    memo: str | None
    currency: str | None
    created_automatically: bool
    date: str | dt.date | None
    ref_number: str | None
    reversal_of: int | str | None
    entities: Iterable[int]


class PatchedIntercompanyJournalEntryParam(TypedDict, total=False):
    reversal_date: str | dt.date | None
    order: str
    journals_to_delete: Iterable[int]
    exchange_rates: Any
    source: str | None
    source_file: int | str | None
    close_task_id: str
    chat_uuid: str
    type: Literal['bill', 'bill_payment', 'bill_prepayment', 'check', 'credit_card', 'credit_memo', 'credit_memo_payment', 'debit_memo', 'debit_memo_payment', 'deposit', 'expense', 'invoice', 'intercompany_journal', 'invoice_payment', 'journal_entry', 'lease', 'payment', 'receive_payment', 'refund', 'revenue_recognition', 'sales_receipt', 'transfer', 'vendor_credit', 'void_bill', 'void_bill_payment', 'void_invoice_payment', 'void_credit_memo', 'void_credit_memo_payment', 'void_debit_memo_payment', 'void_invoice', 'elimination', 'revaluation', 'asset_reclassification']
    journal_id: str
    memo: str | None
    currency: str
    created_automatically: bool
    date: str | dt.date
    ref_number: str | None
    reversal_of: int | str | None
    entities: Iterable[int]


class IntercompanyJournalEntryBalanceParams(TypedDict, total=False):
    date: str | dt.date
    transactions: Required[Iterable[Mapping[str, Any]]]
    exchange_rates: Iterable[Mapping[str, Any]]


class IntercompanyJournalEntryListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
