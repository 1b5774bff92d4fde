# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.bank_transactions``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "BankTransaction",
    "BankTransactionListParams",
    "BankTransactionParam",
    "PaginatedBankTransactionList",
    "PatchedBankTransactionParam",
]


class BankTransaction(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    account_name: str | None = None
    entity_name: str | None = None
    date_month: str | None = None
    date_year: str | None = None
    journal: int | None = None
    journal_order: str | None = None
    intercompany_journal: int | None = None
    reconciliation_report: int | None = None
    reconciliation_report_ending_date: dt.date | None = None
    last_modified_at: Timestamp
    transaction_id: str | None = None
    external_transaction_id: str | None = None
    currency: str | None = None
    amount: float | None = None
    amount_native: float | None = None
    posted_at: Timestamp | None = None
    status: str | None = None
    note: str | None = None
    bank_description: str | None = None
    external_memo: str | None = None
    merchant_id: str | None = None
    merchant_name: str | None = None
    merchant_nickname: str | None = None
    kind: str | None = None
    excluded: bool | None = None
    assigned: bool | None = None
    metadata: Any | None = None
    created_at: Timestamp
    customer: int
    account: int


class PaginatedBankTransactionList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class BankTransactionParam(TypedDict, total=False):
    transaction_id: str
    external_transaction_id: str | None
    currency: str | None
    amount: float | Decimal | str | None
    amount_native: float | Decimal | str | None
    posted_at: str | dt.datetime | None
    status: str | None
    note: str | None
    bank_description: str | None
    external_memo: str | None
    merchant_id: str | None
    merchant_name: str | None
    merchant_nickname: str | None
    kind: str | None
    excluded: bool
    assigned: bool
    metadata: Any | None
    account: Required[int | str]


class PatchedBankTransactionParam(TypedDict, total=False):
    transaction_id: str
    external_transaction_id: str | None
    currency: str
    amount: float | Decimal | str | None
    amount_native: float | Decimal | str | None
    posted_at: str | dt.datetime | None
    status: str | None
    note: str | None
    bank_description: str | None
    external_memo: str | None
    merchant_id: str | None
    merchant_name: str | None
    merchant_nickname: str | None
    kind: str | None
    excluded: bool
    assigned: bool
    metadata: Any | None
    account: int | str


class BankTransactionListParams(TypedDict, total=False):
    exclude_drafts: bool
    include_deleted: bool
    limit: int
    offset: int
