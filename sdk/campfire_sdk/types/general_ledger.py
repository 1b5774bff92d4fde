# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.general_ledger``."""

from __future__ import annotations

import datetime as dt
from typing import Literal, TypedDict

from .._models import BaseModel
from ._shared import ChartTransaction

__all__ = [
    "GeneralLedger",
    "GeneralLedgerAccount",
    "GeneralLedgerRetrieveParams",
]


class GeneralLedgerAccount(BaseModel):
    account_id: int | None = None
    account_name: str | None = None
    account_number: str | None = None
    account_type: str | None = None
    opening_balance: float | None = None
    debits: float | None = None
    credits: float | None = None
    closing_balance: float | None = None
    transactions: list[ChartTransaction] | None = None


class GeneralLedger(BaseModel):
    currency: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    accounts: list[GeneralLedgerAccount]


class GeneralLedgerRetrieveParams(TypedDict, total=False):
    account: int
    account_id: int
    account_rollup: bool
    account_subtype: str
    account_type: str
    accounts: int
    aggregation_fields: str
    all_time: bool
    bank: int
    bank_description: str
    bank_id: int
    categorized: str
    credit_amount_equal: float
    credit_amount_gte: float
    credit_amount_lte: float
    credit_amount_null: bool
    currency: str
    debit_amount_equal: float
    debit_amount_gte: float
    debit_amount_lte: float
    debit_amount_null: bool
    department: int
    department_id: int
    department_or_unassigned: bool
    display_opening_balance: bool
    download: bool
    end_date: str | dt.date
    entity: int
    entity_id: int
    entity_rollup: bool
    exclude_entity: int
    exclude_entity_id: int
    exclude_id: int
    exclude_journal: int
    exclude_reconciliation_report: int
    exclude_uncategorized_accounts: bool
    expense_or_ap: bool
    group: int
    group_fields: str
    group_id: int
    group_keys: str
    has_linked_fixed_asset: str
    has_parent_bank_transaction: str
    include_deleted: bool
    include_matches: bool
    is_not_reconciled: bool
    is_reconciled: bool
    journal_type: str
    journal_type__nin: str
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    match_type: Literal['all', 'any']
    needs_review: bool
    no_department: bool
    no_tag: bool
    no_vendor: bool
    offset: int
    opposing_account: int
    opposing_account_subtype: str
    ordering: str
    payee: int
    payee_id: int
    pivot_fields: str
    q: str
    reconciliation_report: int
    revenue_or_receivables: bool
    shouldPivot: bool
    sort: str
    start_date: str | dt.date
    tag: int
    tag_groups: int
    tag_id: int
    vendor: int
    vendor_id: int
    journal_id: int
