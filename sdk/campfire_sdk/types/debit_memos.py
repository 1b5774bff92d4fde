# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.debit_memos``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import File

__all__ = [
    "AccountingDebitMemo",
    "AccountingDebitMemoLine",
    "AccountingDebitMemoLineParam",
    "AccountingDebitMemoParam",
    "AccountingDebitMemoPayment",
    "BulkDebitMemoParam",
    "BulkDebitMemoSearchParam",
    "DebitMemoListParams",
    "MarkDebitMemoUsedParam",
    "PaginatedAccountingDebitMemoList",
    "PatchedAccountingDebitMemoParam",
    "VoidDebitMemoRequestParam",
]


class AccountingDebitMemo(BaseModel):
    id: int
    lines: list[AccountingDebitMemoLine]
    payments: list[AccountingDebitMemoPayment]
    amount_remaining: float
    entity_name: str | None = None
    entity_currency: str | None = None
    vendor_name: str | None = None
    debit_account_number: str | None = None
    debit_account_name: str | None = None
    attachments: list[File]
    debit_memo_number: str | None = None
    voided_date: dt.date | None = None
    voided_journal_entry_order: str | None = None
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None
    search_vector: str | None = None
    search_text: str | None = None
    ref_number: str | None = None
    debit_memo_date: dt.date
    applied_date: dt.date | None = None
    message_on_debit_memo: str | None = None
    source_id: str | None = None
    source: str | None = None
    application_status: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    created_at: Timestamp
    total_amount: float | None = None
    amount_used: float | None = None
    chat_id: int | None = None
    tax_behavior: str | None = None
    customer: int
    entity: int
    vendor: int | None = None
    debit_account: int | None = None
    journal_entry: int | None = None
    voided_journal_entry: int | None = None
    total_amount_book: str | None = None
    amount_used_book: str | None = None
    total_amount_consolidation: str | None = None
    amount_used_consolidation: str | None = None
    vendor_email: str | None = None
    debit_memo_type: str | None = None
    last_sent_at: str | None = None
    anrok_transaction_id: str | None = None
    integration_id: str | None = None
    integration_context: Any | None = None
    vat_number: str | None = None


class AccountingDebitMemoLine(BaseModel):
    id: int
    account_number: str | None = None
    account_name: str | None = None
    department_name: str | None = None
    tags: list[dict[str, Any]]
    tax_rate_name: str | None = None
    tax_rate_value: float | None = None
    description: str | None = None
    amount: float | None = None
    tax: float | None = None
    tax_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    account: int
    tax_rate: int | None = None
    department: int | None = None


class AccountingDebitMemoPayment(BaseModel):
    id: int
    payment_journal_entry_order: str | None = None
    voided_journal_entry_order: str | None = None
    bill: str | None = None
    currency: str | None = None
    amount: float | None = None
    payment_date: dt.date | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    voided_date: dt.date | None = None
    customer: int
    debit_memo: int
    payment_journal_entry: int
    payment_transaction: int | None = None
    voided_journal_entry: int | None = None


class PaginatedAccountingDebitMemoList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[AccountingDebitMemo]


class AccountingDebitMemoLineParam(TypedDict, total=False):
    debit_memo: int | str
    description: str | None
    amount: float | Decimal | str
    tax: float | Decimal | str
    tax_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    account: Required[int | str]
    tax_rate: int | str | None
    department: int | str | None


class AccountingDebitMemoParam(TypedDict, total=False):
    lines: Required[Iterable[AccountingDebitMemoLineParam]]
    debit_memo_number: str
    migrated_journal_id: int | str | None
    chat_uuid: str
    ref_number: str | None
    debit_memo_date: Required[str | dt.date]
    applied_date: str | dt.date | None
    message_on_debit_memo: str | None
    source_id: str | None
    source: str | None
    application_status: Literal['open', 'partially_used', 'used', 'voided', ''] | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    total_amount: float | Decimal | str
    amount_used: float | Decimal | str
    chat_id: int | None
    tax_behavior: Literal['inclusive', 'exclusive', ''] | None
    entity: Required[int | str]
    vendor: int | str | None
    debit_account: int | str | None
    journal_entry: int | str | None
    voided_journal_entry: int | str | None
    last_sent_at: str | None
    anrok_transaction_id: str | None
    integration_id: str | None
    integration_context: Any | None
    vat_number: str | None


class BulkDebitMemoParam(TypedDict, total=False):
    debit_memo_number: Required[str]


class BulkDebitMemoSearchParam(TypedDict, total=False):
    debit_memos: Required[Iterable[BulkDebitMemoParam]]


class MarkDebitMemoUsedParam(TypedDict, total=False):
    transaction_id: Required[int | str]
    account_id: Required[int | str]
    amount: Required[float | Decimal | str]
    payment_date: Required[str | dt.date]
    memo: str | None


class PatchedAccountingDebitMemoParam(TypedDict, total=False):
    lines: Iterable[AccountingDebitMemoLineParam]
    debit_memo_number: str
    migrated_journal_id: int | str | None
    chat_uuid: str
    ref_number: str | None
    debit_memo_date: str | dt.date
    applied_date: str | dt.date | None
    message_on_debit_memo: str | None
    source_id: str | None
    source: str | None
    application_status: Literal['open', 'partially_used', 'used', 'voided', ''] | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    total_amount: float | Decimal | str
    amount_used: float | Decimal | str
    chat_id: int | None
    tax_behavior: Literal['inclusive', 'exclusive', ''] | None
    entity: int | str
    vendor: int | str | None
    debit_account: int | str | None
    journal_entry: int | str | None
    voided_journal_entry: int | str | None


class VoidDebitMemoRequestParam(TypedDict, total=False):
    void_date: Required[str | dt.date]


class DebitMemoListParams(TypedDict, total=False):
    limit: int
    offset: int
