# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.journal_entries``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel
from ._shared import JournalEntry

__all__ = [
    "ChartTransactionLineParam",
    "JournalEntryListParams",
    "JournalEntryParam",
    "PaginatedJournalEntryList",
    "PatchedJournalEntryParam",
]


class PaginatedJournalEntryList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[JournalEntry]


class ChartTransactionLineParam(TypedDict, total=False):
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
    entity: int | str | None
    source_entity: int | None
    parent_bank_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    last_modified_by: int | str | None


class JournalEntryParam(TypedDict, total=False):
    transactions: Required[Iterable[ChartTransactionLineParam]]
    reversal_date: str | dt.date | None
    order: str | None
    revenue_transactions: Iterable[int | str]
    bulk_upload: bool
    chat_uuid: str | None
    close_task_id: str | None
    update_reversal: bool
    journals_to_delete: Iterable[int]
    type: Literal['bill', 'bill_payment', 'bill_prepayment', 'check', 'credit_card', 'credit_memo', 'credit_memo_payment', 'debit_memo', 'debit_memo_payment', 'deposit', 'expense', 'invoice', 'intercompany_journal', 'invoice_payment', 'journal_entry', 'lease', 'payment', 'receive_payment', 'refund', 'revenue_recognition', 'sales_receipt', 'transfer', 'vendor_credit', 'void_bill', 'void_bill_payment', 'void_invoice_payment', 'void_credit_memo', 'void_credit_memo_payment', 'void_debit_memo_payment', 'void_invoice', 'elimination', 'revaluation', 'asset_reclassification'] | None
    journal_id: str
    memo: str | None
    currency: str | None
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    use_average_rate: bool | None
    created_automatically: bool
    date: str | dt.date | None
    ref_number: str | None
    source: str | None
    source_id: str | None
    recurrent_journal_entry: int | str | None
    entity: int | str | None
    reversal_of: int | str | None
    intercompany_journal: int | str | None
    source_file: int | str | None
    chat: int | str | None


class PatchedJournalEntryParam(TypedDict, total=False):
    reversal_date: str | dt.date | None
    order: str
    revenue_transactions: Iterable[int | str]
    bulk_upload: bool
    chat_uuid: str | None
    close_task_id: str
    update_reversal: bool
    journals_to_delete: Iterable[int]
    type: Literal['bill', 'bill_payment', 'bill_prepayment', 'check', 'credit_card', 'credit_memo', 'credit_memo_payment', 'debit_memo', 'debit_memo_payment', 'deposit', 'expense', 'invoice', 'intercompany_journal', 'invoice_payment', 'journal_entry', 'lease', 'payment', 'receive_payment', 'refund', 'revenue_recognition', 'sales_receipt', 'transfer', 'vendor_credit', 'void_bill', 'void_bill_payment', 'void_invoice_payment', 'void_credit_memo', 'void_credit_memo_payment', 'void_debit_memo_payment', 'void_invoice', 'elimination', 'revaluation', 'asset_reclassification']
    journal_id: str
    memo: str | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    use_average_rate: bool | None
    created_automatically: bool
    date: str | dt.date
    ref_number: str | None
    source: str | None
    source_id: str | None
    recurrent_journal_entry: int | str | None
    entity: int | str | None
    reversal_of: int | str | None
    intercompany_journal: int | str | None
    source_file: int | str | None
    chat: int | str | None


class JournalEntryListParams(TypedDict, total=False):
    account: str
    all_time: bool
    end_date: str | dt.date | Literal['']
    limit: int
    offset: int
    source: str
    start_date: str | dt.date | Literal['']
