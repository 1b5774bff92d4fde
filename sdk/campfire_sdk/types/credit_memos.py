# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.credit_memos``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import File

__all__ = [
    "AccountingCreditMemo",
    "AccountingCreditMemoLine",
    "AccountingCreditMemoLineParam",
    "AccountingCreditMemoParam",
    "AccountingCreditMemoPayment",
    "BulkCreditMemoParam",
    "BulkCreditMemoSearchParam",
    "CreditMemoListParams",
    "MarkCreditMemoUsedParam",
    "PaginatedAccountingCreditMemoList",
    "PatchedAccountingCreditMemoParam",
    "VoidCreditMemoRequestParam",
]


class AccountingCreditMemo(BaseModel):
    id: int
    lines: list[AccountingCreditMemoLine]
    payments: list[AccountingCreditMemoPayment]
    amount_remaining: float
    entity_name: str | None = None
    entity_currency: str | None = None
    client_name: str | None = None
    client_email: str | None = None
    contract_name: str | None = None
    credit_account_number: str | None = None
    credit_account_name: str | None = None
    attachments: list[File]
    credit_memo_number: str | None = None
    voided_date: dt.date | None = None
    voided_journal_entry_order: str | None = None
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None
    search_vector: str | None = None
    search_text: str | None = None
    credit_memo_type: str | None = None
    ref_number: str | None = None
    credit_memo_date: dt.date
    applied_date: dt.date | None = None
    message_on_credit_memo: str | None = None
    application_status: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    created_at: Timestamp
    last_sent_at: Timestamp | None = None
    anrok_transaction_id: str | None = None
    integration_id: str | None = None
    integration_context: Any | None = None
    vat_number: str | None = None
    total_amount: float | None = None
    amount_used: float | None = None
    chat_id: int | None = None
    customer: int
    entity: int
    client: int | None = None
    credit_account: int | None = None
    journal_entry: int | None = None
    contract: int | None = None
    voided_journal_entry: int | None = None
    anrok_connection: int | None = None
    avalara_connection: int | None = None
    sphere_connection: int | None = None
    total_amount_book: str | None = None
    amount_used_book: str | None = None
    total_amount_consolidation: str | None = None
    amount_used_consolidation: str | None = None


class AccountingCreditMemoLine(BaseModel):
    id: int
    account_number: str | None = None
    account_name: str | None = None
    product_name: str | None = None
    anrok_item_id: str | None = None
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
    product: int | None = None
    account: int
    tax_rate: int | None = None
    department: int | None = None


class AccountingCreditMemoPayment(BaseModel):
    id: int
    payment_journal_entry_order: str | None = None
    voided_journal_entry_order: str | None = None
    invoice: str | None = None
    currency: str | None = None
    amount: float | None = None
    payment_date: dt.date | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    voided_date: dt.date | None = None
    customer: int
    credit_memo: int
    payment_journal_entry: int
    payment_transaction: int | None = None
    voided_journal_entry: int | None = None


class PaginatedAccountingCreditMemoList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[AccountingCreditMemo]


class AccountingCreditMemoLineParam(TypedDict, total=False):
    credit_memo: int | str
    description: str | None
    amount: float | Decimal | str
    tax: float | Decimal | str
    tax_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    product: int | str | None
    account: Required[int | str]
    tax_rate: int | str | None
    department: int | str | None


class AccountingCreditMemoParam(TypedDict, total=False):
    lines: Required[Iterable[AccountingCreditMemoLineParam]]
    credit_memo_number: str
    migrated_journal_id: int | str | None
    chat_uuid: str
    credit_memo_type: Literal['credit_memo', 'overpayment']
    ref_number: str | None
    credit_memo_date: Required[str | dt.date]
    applied_date: str | dt.date | None
    message_on_credit_memo: str | None
    application_status: Literal['open', 'partially_used', 'used', 'voided', ''] | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    last_sent_at: str | dt.datetime | None
    anrok_transaction_id: str | None
    integration_id: str | None
    integration_context: Any | None
    vat_number: str | None
    total_amount: float | Decimal | str
    amount_used: float | Decimal | str
    chat_id: int | None
    entity: Required[int | str]
    client: int | str | None
    credit_account: int | str | None
    journal_entry: int | str | None
    contract: int | str | None
    voided_journal_entry: int | str | None
    anrok_connection: int | str | None
    avalara_connection: int | str | None
    sphere_connection: int | str | None


class BulkCreditMemoParam(TypedDict, total=False):
    credit_memo_number: Required[str]


class BulkCreditMemoSearchParam(TypedDict, total=False):
    credit_memos: Required[Iterable[BulkCreditMemoParam]]


class MarkCreditMemoUsedParam(TypedDict, total=False):
    transaction_id: Required[int | str]
    account_id: Required[int | str]
    amount: Required[float | Decimal | str]
    payment_date: Required[str | dt.date]
    memo: str | None


class PatchedAccountingCreditMemoParam(TypedDict, total=False):
    lines: Iterable[AccountingCreditMemoLineParam]
    credit_memo_number: str
    migrated_journal_id: int | str | None
    chat_uuid: str
    credit_memo_type: Literal['credit_memo', 'overpayment']
    ref_number: str | None
    credit_memo_date: str | dt.date
    applied_date: str | dt.date | None
    message_on_credit_memo: str | None
    application_status: Literal['open', 'partially_used', 'used', 'voided', ''] | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    last_sent_at: str | dt.datetime | None
    anrok_transaction_id: str | None
    integration_id: str | None
    integration_context: Any | None
    vat_number: str | None
    total_amount: float | Decimal | str
    amount_used: float | Decimal | str
    chat_id: int | None
    entity: int | str
    client: int | str | None
    credit_account: int | str | None
    journal_entry: int | str | None
    contract: int | str | None
    voided_journal_entry: int | str | None
    anrok_connection: int | str | None
    avalara_connection: int | str | None
    sphere_connection: int | str | None


class VoidCreditMemoRequestParam(TypedDict, total=False):
    void_date: Required[str | dt.date]


class CreditMemoListParams(TypedDict, total=False):
    client: list[int]
    contract: list[int]
    end_date: str | dt.date | Literal['']
    entity: list[int]
    limit: int
    offset: int
    q: str
    sort: Literal['-amount_used', '-client_name', '-credit_memo_date', '-credit_memo_number', '-total_amount', 'amount_used', 'client_name', 'credit_memo_date', 'credit_memo_number', 'total_amount']
    start_date: str | dt.date | Literal['']
    status: Literal['open', 'partially_used', 'used', 'voided']
