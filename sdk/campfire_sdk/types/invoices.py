# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.invoices``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import (
    File,
    MarkPaidCreditMemoParam,
    MarkPaidDebitMemoParam,
    MarkPaidEmptyTransactionParam,
    MarkPaidTransactionParam,
)

__all__ = [
    "AccountingInvoice",
    "AccountingInvoiceJournalEntry",
    "AccountingInvoiceLine",
    "AccountingInvoiceLineParam",
    "AccountingInvoiceList",
    "AccountingInvoiceParam",
    "AccountingInvoicePayment",
    "BulkApplyInvoicePaymentFiltersParam",
    "BulkApplyInvoicePaymentParam",
    "BulkCreateInvoicesParam",
    "BulkInvoiceParam",
    "BulkInvoiceSearchParam",
    "CalculatePaymentInputParam",
    "CalculatePaymentOutput",
    "CreditMemoPaymentInputParam",
    "EmptyTransactionInputParam",
    "GetDefaultPaymentInputParam",
    "GetDefaultPaymentOutput",
    "InvoiceListParams",
    "MarkInvoicePaidAutoCreatedCreditMemo",
    "MarkInvoicePaidParam",
    "MarkInvoicePaidResponse",
    "MarkPaidParam",
    "PaginatedAccountingInvoiceListList",
    "PatchedAccountingInvoiceParam",
    "TransactionPaymentInputParam",
    "VoidInvoiceRequestParam",
]


class AccountingInvoice(BaseModel):
    id: int
    lines: list[AccountingInvoiceLine]
    emails: list[dict[str, Any]]
    payments: list[AccountingInvoicePayment]
    related_journal_entries: list[AccountingInvoiceJournalEntry]
    payment_journal_entries: list[int]
    journal_entry_intercompany: str | None = None
    client_name: str | None = None
    client_email: str | None = None
    anrok_customer_id: str | None = None
    client_invoice_message: str | None = None
    client_use_stripe_auto_bill: bool
    public_invoice_payment_url: str | None = None
    status: str | None = None
    past_due_days: int | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    entity_invoice_message: str | None = None
    total_amount: float
    amount_paid: float
    amount_due: float
    withholding_info: dict[str, Any] | None = None
    contract_name: str | None = None
    attachments: list[File]
    invoice_number: str | None = None
    stripe_connection_name: str | None = None
    stripe_connection_entity: int | None = None
    stripe_connection_billing_portal_enabled: bool
    avalara_connection_name: str | None = None
    avalara_connection_company: str | None = None
    tax_rate_name: str | None = None
    tax_rate_value: float | None = None
    payment_term_name: str | None = None
    revenue_transactions: list[int] | None = None
    item_date: dt.date | None = None
    voided_journal_entry_order: int | None = None
    contract_custom_fields: list[dict[str, Any]]
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None
    search_vector: str | None = None
    search_text: str | None = None
    auto_send_invoice: bool | None = None
    auto_send_invoice_at: dt.date | None = None
    auto_sent_at: Timestamp | None = None
    reminder_sent_dates: Any | None = None
    pre_due_reminder_sent_dates: Any | None = None
    billing_address: str | None = None
    billing_addressee: str | None = None
    shipping_address: str | None = None
    shipping_addressee: str | None = None
    terms: str | None = None
    ref_number: str | None = None
    purchase_order_number: str | None = None
    invoice_date: dt.date
    due_date: dt.date
    shipping_date: dt.date | None = None
    paid_date: dt.date | None = None
    uncollectible_date: dt.date | None = None
    sent_date: dt.date | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    location_of_sale: str | None = None
    message_on_invoice: str | None = None
    ita_allocation_number: str | None = None
    payment_status: str | None = None
    anrok_transaction_id: str | None = None
    warning_message: str | None = None
    created_at: Timestamp
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    last_sent_at: Timestamp | None = None
    integration_id: str | None = None
    integration_context: Any | None = None
    vat_number: str | None = None
    discount: float | None = None
    payment_term_applied_discount: float | None = None
    use_stripe_auto_bill: bool | None = None
    stripe_payment_link_id: str | None = None
    stripe_payment_intent_id: str | None = None
    stripe_invoice_id: str | None = None
    stripe_pdf_url: str | None = None
    stripe_payment_link: str | None = None
    source: str | None = None
    source_id: str | None = None
    is_migrated: bool | None = None
    voided_date: dt.date | None = None
    invoice_labels: Any | None = None
    invoice_language: str | None = None
    chat_id: int | None = None
    customer: int
    entity: int
    client: int | None = None
    payment_term: int | None = None
    bad_debt_journal_entry: int | None = None
    journal_entry: int | None = None
    ar_account: int | None = None
    voided_journal_entry: int | None = None
    entity_transfer_journal_entry: int | None = None
    contract: int | None = None
    avalara_connection: int | None = None
    sphere_connection: int | None = None
    anrok_connection: int | None = None
    tax_rate: int | None = None
    stripe_connection: int | None = None
    source_file: int | None = None
    total_amount_book: str | None = None
    amount_paid_book: str | None = None
    amount_due_book: str | None = None
    total_amount_consolidation: str | None = None
    amount_paid_consolidation: str | None = None
    amount_due_consolidation: str | None = None


class AccountingInvoiceJournalEntry(BaseModel):
    id: int
    journal_entry: int | None = None
    journal_entry_order: str | None = None
    journal_entry_date: dt.date | None = None
    journal_entry_memo: str | None = None
    type: str
    created_at: Timestamp


class AccountingInvoiceLine(BaseModel):
    id: int
    product_name: str | None = None
    product_bundle_name: str | None = None
    stripe_product_id: str | None = None
    product_is_taxable: bool
    anrok_item_id: str | None = None
    sphere_item_id: str | None = None
    service_date: dt.date | None = None
    tags: list[dict[str, Any]]
    department_name: str | None = None
    department_code: str | None = None
    withholding_tax_rate_name: str | None = None
    withholding_tax_rate_value: float | None = None
    description: str | None = None
    quantity: float | None = None
    rate: float | None = None
    currency: str | None = None
    amount: float | None = None
    tax: float | None = None
    tax_description: str | None = None
    entity_use_code: str | None = None
    discount: float | None = None
    discount_percentage: float | None = None
    discount_amount: float | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    product: int | None = None
    product_bundle: int | None = None
    withholding_tax_rate: int | None = None
    department: int | None = None


class AccountingInvoiceList(BaseModel):
    id: int
    lines: list[AccountingInvoiceLine]
    journal_entry_intercompany: str | None = None
    client_name: str | None = None
    client_email: str | None = None
    anrok_customer_id: str | None = None
    client_invoice_message: str | None = None
    client_use_stripe_auto_bill: bool
    contract_custom_fields: list[dict[str, Any]]
    status: str | None = None
    past_due_days: int | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    entity_invoice_message: str | None = None
    total_amount: float
    amount_paid: float
    amount_due: float
    contract_name: str | None = None
    invoice_number: str | None = None
    stripe_connection_name: str | None = None
    stripe_connection_entity: int | None = None
    stripe_connection_billing_portal_enabled: bool
    avalara_connection_name: str | None = None
    avalara_connection_company: str | None = None
    tax_rate_name: str | None = None
    tax_rate_value: float | None = None
    payment_term_name: str | None = None
    revenue_transactions: list[int] | None = None
    item_date: dt.date | None = None
    voided_journal_entry_order: int | None = None
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None
    search_vector: str | None = None
    search_text: str | None = None
    auto_send_invoice: bool | None = None
    auto_send_invoice_at: dt.date | None = None
    auto_sent_at: Timestamp | None = None
    reminder_sent_dates: Any | None = None
    pre_due_reminder_sent_dates: Any | None = None
    billing_address: str | None = None
    billing_addressee: str | None = None
    shipping_address: str | None = None
    shipping_addressee: str | None = None
    terms: str | None = None
    ref_number: str | None = None
    purchase_order_number: str | None = None
    invoice_date: dt.date
    due_date: dt.date
    shipping_date: dt.date | None = None
    paid_date: dt.date | None = None
    uncollectible_date: dt.date | None = None
    sent_date: dt.date | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    location_of_sale: str | None = None
    message_on_invoice: str | None = None
    ita_allocation_number: str | None = None
    payment_status: str | None = None
    anrok_transaction_id: str | None = None
    warning_message: str | None = None
    created_at: Timestamp
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    last_sent_at: Timestamp | None = None
    integration_id: str | None = None
    integration_context: Any | None = None
    vat_number: str | None = None
    discount: float | None = None
    payment_term_applied_discount: float | None = None
    use_stripe_auto_bill: bool | None = None
    stripe_payment_link_id: str | None = None
    stripe_payment_intent_id: str | None = None
    stripe_invoice_id: str | None = None
    stripe_pdf_url: str | None = None
    stripe_payment_link: str | None = None
    source: str | None = None
    source_id: str | None = None
    is_migrated: bool | None = None
    voided_date: dt.date | None = None
    invoice_labels: Any | None = None
    invoice_language: str | None = None
    chat_id: int | None = None
    customer: int
    entity: int
    client: int | None = None
    payment_term: int | None = None
    bad_debt_journal_entry: int | None = None
    journal_entry: int | None = None
    ar_account: int | None = None
    voided_journal_entry: int | None = None
    entity_transfer_journal_entry: int | None = None
    contract: int | None = None
    avalara_connection: int | None = None
    sphere_connection: int | None = None
    anrok_connection: int | None = None
    tax_rate: int | None = None
    stripe_connection: int | None = None
    source_file: int | None = None
    total_amount_book: str | None = None
    amount_paid_book: str | None = None
    amount_due_book: str | None = None
    total_amount_consolidation: str | None = None
    amount_paid_consolidation: str | None = None
    amount_due_consolidation: str | None = None


class AccountingInvoicePayment(BaseModel):
    id: int
    credit_memo: str | None = None
    payment_transaction_bank_description: str | None = None
    payment_journal_entry_order: str | None = None
    payment_intercompany_journal: str | None = None
    voided_journal_entry_order: str | None = None
    withheld_amount: float | None = None
    currency: str | None = None
    amount: float | None = None
    payment_date: dt.date | None = None
    created_at: Timestamp
    voided_date: dt.date | None = None
    source: str | None = None
    payment_type: str | None = None
    external_id: str | None = None
    last_modified_at: Timestamp
    customer: int
    invoice: int
    payment_journal_entry: int | None = None
    payment_transaction: int | None = None
    fx_gain_loss_realized_transaction: int | None = None
    payment_term_discount_transaction: int | None = None
    voided_journal_entry: int | None = None
    payment_transactions: list[int] | None = None


class CalculatePaymentOutput(BaseModel):
    total_due: float
    applied_payments: float
    applied_credits: float
    applied_withholding: float
    term_discounts: float
    remaining_due: float


class GetDefaultPaymentOutput(BaseModel):
    default_payment_amount: float
    payment_term_discount_note: str | None = None


class MarkInvoicePaidAutoCreatedCreditMemo(BaseModel):
    id: int
    credit_memo_number: str


class MarkInvoicePaidResponse(BaseModel):
    journal_entry_ids: list[int]
    payment_ids: list[int]
    auto_created_credit_memos: list[MarkInvoicePaidAutoCreatedCreditMemo] | None = None


class PaginatedAccountingInvoiceListList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[AccountingInvoiceList]


class AccountingInvoiceLineParam(TypedDict, total=False):
    invoice: int | str
    service_date: str | dt.date | None
    description: str | None
    quantity: float | Decimal | str
    rate: float | Decimal | str
    currency: str
    amount: float | Decimal | str
    tax: float | Decimal | str
    tax_description: str | None
    entity_use_code: str | None
    discount: float | Decimal | str
    discount_percentage: float | Decimal | str
    discount_amount: float | Decimal | str
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    product: int | str | None
    product_bundle: int | str | None
    withholding_tax_rate: int | str | None
    department: int | str | None


class AccountingInvoiceParam(TypedDict, total=False):
    lines: Required[Iterable[AccountingInvoiceLineParam]]
    invoice_number: str
    revenue_transactions: Iterable[int | str]
    item_date: str | dt.date | None
    migrated_journal_id: int | str | None
    department: int | str | None
    department_name: str | None
    tags: Iterable[int]
    chat_uuid: str
    auto_send_invoice: bool | None
    auto_send_invoice_at: str | dt.date | None
    reminder_sent_dates: Any
    pre_due_reminder_sent_dates: Any
    billing_address: str | None
    billing_addressee: str | None
    shipping_address: str | None
    shipping_addressee: str | None
    terms: Literal['custom', 'net_5', 'net_7', 'net_10', 'net_15', 'net_20', 'net_30', 'net_40', 'net_45', 'net_60', 'net_90', 'net_105', 'net_120', 'due_on_receipt', ''] | None
    ref_number: str | None
    purchase_order_number: str | None
    invoice_date: Required[str | dt.date]
    due_date: Required[str | dt.date]
    shipping_date: str | dt.date | None
    paid_date: str | dt.date | None
    uncollectible_date: str | dt.date | None
    period_start: str | dt.date | None
    period_end: str | dt.date | None
    location_of_sale: str | None
    message_on_invoice: str | None
    ita_allocation_number: str | None
    payment_status: Literal['draft', 'open', 'sent', 'partial', 'paid', 'uncollectible', 'voided', ''] | None
    anrok_transaction_id: str | None
    warning_message: str | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    integration_id: str | None
    integration_context: Any | None
    vat_number: str | None
    discount: float | Decimal | str | None
    payment_term_applied_discount: float | Decimal | str | None
    use_stripe_auto_bill: bool | None
    stripe_payment_link_id: str | None
    stripe_payment_intent_id: str | None
    stripe_invoice_id: str | None
    stripe_pdf_url: str | None
    stripe_payment_link: str | None
    source: str | None
    source_id: str | None
    is_migrated: bool
    voided_date: str | dt.date | None
    invoice_labels: Any | None
    invoice_language: str | None
    chat_id: int | None
    entity: Required[int | str]
    client: int | str | None
    payment_term: int | str | None
    contract: int | str | None
    avalara_connection: int | str | None
    sphere_connection: int | str | None
    anrok_connection: int | str | None
    tax_rate: int | str | None
    stripe_connection: int | str | None
    source_file: int | str | None


class BulkApplyInvoicePaymentParam(TypedDict, total=False):
    transaction_id: Required[int | str]
    invoice_ids: Iterable[int] | None
    filters: BulkApplyInvoicePaymentFiltersParam | None


class BulkApplyInvoicePaymentFiltersParam(TypedDict, total=False):
    entity: int | str | None
    client: int | str | None
    status: str | None
    max_date: str | dt.date | None
    search_query: str | None


class BulkCreateInvoicesParam(TypedDict, total=False):
    invoices: Required[Iterable[Mapping[str, Any]]]


class BulkInvoiceParam(TypedDict, total=False):
    invoice_number: Required[str]


class BulkInvoiceSearchParam(TypedDict, total=False):
    invoices: Required[Iterable[BulkInvoiceParam]]


class CalculatePaymentInputParam(TypedDict, total=False):
    transactions: Iterable[TransactionPaymentInputParam]
    credit_memos: Iterable[CreditMemoPaymentInputParam]
    empty_transactions: Iterable[EmptyTransactionInputParam]


class CreditMemoPaymentInputParam(TypedDict, total=False):
    credit_memo_id: Required[int | str]
    amount: Required[float | Decimal | str]
    posted_at: Required[str | dt.date]


class EmptyTransactionInputParam(TypedDict, total=False):
    amount: Required[float | Decimal | str]
    payment_date: Required[str | dt.date]
    withholding_amount: float | Decimal | str | None


class GetDefaultPaymentInputParam(TypedDict, total=False):
    posted_at: Required[str | dt.date]
    transaction_amount: float | Decimal | str | None


class MarkInvoicePaidParam(TypedDict, total=False):
    transaction_match_id: int | str | None
    transactions: Iterable[MarkPaidTransactionParam] | None
    credit_memos: Iterable[MarkPaidCreditMemoParam] | None
    debit_memos: Iterable[MarkPaidDebitMemoParam] | None
    empty_transactions: Iterable[MarkPaidEmptyTransactionParam] | None


class PatchedAccountingInvoiceParam(TypedDict, total=False):
    lines: Iterable[AccountingInvoiceLineParam]
    invoice_number: str
    revenue_transactions: Iterable[int | str]
    item_date: str | dt.date | None
    migrated_journal_id: int | str | None
    department: int | str | None
    department_name: str | None
    tags: Iterable[int]
    chat_uuid: str
    auto_send_invoice: bool | None
    auto_send_invoice_at: str | dt.date | None
    reminder_sent_dates: Any
    pre_due_reminder_sent_dates: Any
    billing_address: str | None
    billing_addressee: str | None
    shipping_address: str | None
    shipping_addressee: str | None
    terms: Literal['custom', 'net_5', 'net_7', 'net_10', 'net_15', 'net_20', 'net_30', 'net_40', 'net_45', 'net_60', 'net_90', 'net_105', 'net_120', 'due_on_receipt', ''] | None
    ref_number: str | None
    purchase_order_number: str | None
    invoice_date: str | dt.date
    due_date: str | dt.date
    shipping_date: str | dt.date | None
    paid_date: str | dt.date | None
    uncollectible_date: str | dt.date | None
    period_start: str | dt.date | None
    period_end: str | dt.date | None
    location_of_sale: str | None
    message_on_invoice: str | None
    ita_allocation_number: str | None
    payment_status: Literal['draft', 'open', 'sent', 'partial', 'paid', 'uncollectible', 'voided', ''] | None
    anrok_transaction_id: str | None
    warning_message: str | None
    currency: str
    exchange_rate: float | Decimal | str | None
    exchange_rate_book: float | Decimal | str | None
    integration_id: str | None
    integration_context: Any | None
    vat_number: str | None
    discount: float | Decimal | str | None
    payment_term_applied_discount: float | Decimal | str | None
    use_stripe_auto_bill: bool | None
    stripe_payment_link_id: str | None
    stripe_payment_intent_id: str | None
    stripe_invoice_id: str | None
    stripe_pdf_url: str | None
    stripe_payment_link: str | None
    source: str | None
    source_id: str | None
    is_migrated: bool
    voided_date: str | dt.date | None
    invoice_labels: Any | None
    invoice_language: str | None
    chat_id: int | None
    entity: int | str
    client: int | str | None
    payment_term: int | str | None
    contract: int | str | None
    avalara_connection: int | str | None
    sphere_connection: int | str | None
    anrok_connection: int | str | None
    tax_rate: int | str | None
    stripe_connection: int | str | None
    source_file: int | str | None


class TransactionPaymentInputParam(TypedDict, total=False):
    transaction_id: Required[int | str]
    amount: Required[float | Decimal | str]
    posted_at: Required[str | dt.date]
    withholding_amount: float | Decimal | str | None


class VoidInvoiceRequestParam(TypedDict, total=False):
    void_date: str | dt.date


class InvoiceListParams(TypedDict, total=False):
    client: int
    contract: int
    currency: str
    download: bool
    end_date: str | dt.date | Literal['']
    entity: int
    invoice_number: str
    limit: int
    line_tag_group_id: int
    line_tag_id: int
    offset: int
    paid_date_from: str | dt.date | Literal['']
    paid_date_to: str | dt.date | Literal['']
    parent_client: int
    q: str
    ref_number: str
    sentStatus: Literal['not_sent', 'sent']
    sort: str
    start_date: str | dt.date | Literal['']
    status: Literal['1_30', '31_60', '61_90', '91_120', 'current', 'over_120', 'paid', 'partially_paid', 'past_due', 'sent', 'uncollectible', 'unpaid', 'voided']


#: The older name of ``MarkInvoicePaidParam``.
MarkPaidParam = MarkInvoicePaidParam
