# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.bank_accounts``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "BankAccount",
    "BankAccountDeleteParams",
    "BankAccountListParams",
    "BankAccountParam",
    "PaginatedBankAccountList",
    "PatchedBankAccountParam",
]


class BankAccount(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    entity_name: str | None = None
    department_name: str | None = None
    chart_of_accounts_account_name: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    account_cashflow_classification: str | None = None
    type_name: str | None = None
    subtype_name: str | None = None
    cashflow_classification_name: str | None = None
    account_id: str | None = None
    currency: str | None = None
    external_account_id: str | None = None
    name: str | None = None
    nickname: str | None = None
    status: str | None = None
    type: str | None = None
    available_balance: float | None = None
    current_balance: float | None = None
    institution_id: str | None = None
    source: str | None = None
    aba_routing_number: str | None = None
    swift_bic: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    customer: int
    entity: int
    chart_of_accounts_account: int | None = None
    department: int | None = None
    tags: list[int]


class PaginatedBankAccountList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class BankAccountParam(TypedDict, total=False):
    currency: str | None
    external_account_id: str | None
    name: str | None
    nickname: str | None
    status: str | None
    type: Literal['CHECKING', 'SAVING', 'CREDIT_CARD', 'DEBIT_CARD', 'INVESTMENT', 'LOAN', ''] | None
    available_balance: float | Decimal | str | None
    current_balance: float | Decimal | str | None
    institution_id: str | None
    source: str | None
    aba_routing_number: str | None
    swift_bic: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    entity: Required[int | str]
    chart_of_accounts_account: int | str | None
    department: int | str | None


class PatchedBankAccountParam(TypedDict, total=False):
    currency: str
    external_account_id: str | None
    name: str | None
    nickname: str | None
    status: str | None
    type: Literal['CHECKING', 'SAVING', 'CREDIT_CARD', 'DEBIT_CARD', 'INVESTMENT', 'LOAN', ''] | None
    available_balance: float | Decimal | str | None
    current_balance: float | Decimal | str | None
    institution_id: str | None
    source: str | None
    aba_routing_number: str | None
    swift_bic: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    entity: int | str
    chart_of_accounts_account: int | str | None
    department: int | str | None


class BankAccountListParams(TypedDict, total=False):
    chart_of_accounts_account: int
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int


class BankAccountDeleteParams(TypedDict, total=False):
    new_account: int
