# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Response models of the Campfire API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .._models import BaseModel, Timestamp

__all__ = [
    "AccountingCreditMemo",
    "AccountingCreditMemoLine",
    "AccountingCreditMemoPayment",
    "AccountingInvoice",
    "AccountingInvoiceJournalEntry",
    "AccountingInvoiceLine",
    "AccountingInvoiceList",
    "AccountingInvoicePayment",
    "BulkApplyInvoicePayment",
    "BulkApplyInvoicePaymentFilters",
    "BulkCreateInvoices",
    "BulkInvoice",
    "BulkInvoiceSearch",
    "CalculatePaymentInput",
    "CalculatePaymentOutput",
    "ChartEntity",
    "Contract",
    "CreditMemoPaymentInput",
    "EmptyTransactionInput",
    "ErrorDetail",
    "File",
    "GetDefaultPaymentInput",
    "GetDefaultPaymentOutput",
    "InvoicePaymentSync",
    "InvoiceReportResponse",
    "InvoiceReportResultRow",
    "MarkInvoicePaidAutoCreatedCreditMemo",
    "MarkInvoicePaidResponse",
    "MarkPaid",
    "MarkPaidCreditMemo",
    "MarkPaidDebitMemo",
    "MarkPaidEmptyTransaction",
    "MarkPaidTransaction",
    "NestedContractPrepaidCommit",
    "PaginatedAccountingCreditMemoList",
    "PaginatedAccountingInvoiceListList",
    "PaginatedContractList",
    "PaginatedInvoicePaymentSyncList",
    "PaginatedProductList",
    "PaginatedVendorList",
    "PatchedAccountingInvoice",
    "Product",
    "ProductUsageGroupSummary",
    "ProductUsageTierSummary",
    "TransactionPaymentInput",
    "Vendor",
    "VendorContact",
    "VoidInvoiceRequest",
    "VoidPayment",
]


class AccountingCreditMemo(BaseModel):
    id: int
    lines: list[AccountingCreditMemoLine]
    payments: list[AccountingCreditMemoPayment]
    amount_remaining: float
    entity_name: str
    entity_currency: str
    client_name: str
    client_email: str
    contract_name: str
    credit_account_number: str
    credit_account_name: str | None = None
    attachments: list[File]
    credit_memo_number: str | None = None
    voided_date: dt.date | None = None
    voided_journal_entry_order: str
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
    entity: Any
    client: Any | None = None
    credit_account: Any | None = None
    journal_entry: int | None = None
    contract: Any | None = None
    voided_journal_entry: int | None = None
    anrok_connection: Any | None = None
    avalara_connection: Any | None = None
    sphere_connection: Any | None = None


class AccountingCreditMemoLine(BaseModel):
    id: int
    account_number: str
    account_name: str | None = None
    product_name: str
    anrok_item_id: str
    department_name: str
    tags: list[dict[str, Any]]
    tax_rate_name: str
    tax_rate_value: float
    description: str | None = None
    amount: float | None = None
    tax: float | None = None
    tax_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    product: Any | None = None
    account: Any
    tax_rate: Any | None = None
    department: Any | None = None


class AccountingCreditMemoPayment(BaseModel):
    id: int
    payment_journal_entry_order: str
    voided_journal_entry_order: str | None = None
    invoice: str
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


class AccountingInvoice(BaseModel):
    id: int
    lines: list[AccountingInvoiceLine]
    emails: list[dict[str, Any]]
    payments: list[AccountingInvoicePayment]
    related_journal_entries: list[AccountingInvoiceJournalEntry]
    payment_journal_entries: list[int]
    journal_entry_intercompany: str
    client_name: str
    client_email: str | None = None
    anrok_customer_id: str
    client_invoice_message: str | None = None
    client_use_stripe_auto_bill: bool
    public_invoice_payment_url: str | None = None
    status: str
    past_due_days: int | None = None
    entity_name: str
    entity_currency: str
    entity_invoice_message: str | None = None
    total_amount: float
    amount_paid: float
    amount_due: float
    withholding_info: dict[str, Any] | None = None
    contract_name: str
    attachments: list[File]
    invoice_number: str | None = None
    stripe_connection_name: str
    stripe_connection_entity: int
    stripe_connection_billing_portal_enabled: bool
    avalara_connection_name: str
    avalara_connection_company: str
    tax_rate_name: str
    tax_rate_value: float
    payment_term_name: str
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
    entity: Any
    client: Any | None = None
    payment_term: Any | None = None
    bad_debt_journal_entry: int | None = None
    journal_entry: int | None = None
    ar_account: int | None = None
    voided_journal_entry: int | None = None
    entity_transfer_journal_entry: int | None = None
    contract: Any | None = None
    avalara_connection: Any | None = None
    sphere_connection: Any | None = None
    anrok_connection: Any | None = None
    tax_rate: Any | None = None
    stripe_connection: Any | None = None
    source_file: Any | None = None


class AccountingInvoiceJournalEntry(BaseModel):
    id: int
    journal_entry: int
    journal_entry_order: str
    journal_entry_date: dt.date
    journal_entry_memo: str
    type: str
    created_at: Timestamp


class AccountingInvoiceLine(BaseModel):
    id: int
    product_name: str
    product_bundle_name: str
    stripe_product_id: str
    product_is_taxable: bool
    anrok_item_id: str
    sphere_item_id: str
    service_date: dt.date | None = None
    tags: list[dict[str, Any]]
    department_name: str
    department_code: str
    withholding_tax_rate_name: str
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
    product: Any | None = None
    product_bundle: Any | None = None
    withholding_tax_rate: Any | None = None
    department: Any | None = None


class AccountingInvoiceList(BaseModel):
    id: int
    lines: list[AccountingInvoiceLine]
    journal_entry_intercompany: str
    client_name: str
    client_email: str | None = None
    anrok_customer_id: str
    client_invoice_message: str | None = None
    client_use_stripe_auto_bill: bool
    contract_custom_fields: list[dict[str, Any]]
    status: str
    past_due_days: int | None = None
    entity_name: str
    entity_currency: str
    entity_invoice_message: str | None = None
    total_amount: float
    amount_paid: float
    amount_due: float
    contract_name: str
    invoice_number: str | None = None
    stripe_connection_name: str
    stripe_connection_entity: int
    stripe_connection_billing_portal_enabled: bool
    avalara_connection_name: str
    avalara_connection_company: str
    tax_rate_name: str
    tax_rate_value: float
    payment_term_name: str
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


class AccountingInvoicePayment(BaseModel):
    id: int
    credit_memo: str
    payment_transaction_bank_description: str
    payment_journal_entry_order: str
    payment_intercompany_journal: str
    voided_journal_entry_order: str
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


class BulkApplyInvoicePayment(BaseModel):
    transaction_id: int
    invoice_ids: list[int] | None = None
    filters: BulkApplyInvoicePaymentFilters | None = None


class BulkApplyInvoicePaymentFilters(BaseModel):
    entity: int | None = None
    client: int | None = None
    status: str | None = None
    max_date: dt.date | None = None
    search_query: str | None = None


class BulkCreateInvoices(BaseModel):
    invoices: list[dict[str, Any]]


class BulkInvoice(BaseModel):
    invoice_number: str


class BulkInvoiceSearch(BaseModel):
    invoices: list[BulkInvoice]


class CalculatePaymentInput(BaseModel):
    transactions: list[TransactionPaymentInput] | None = None
    credit_memos: list[CreditMemoPaymentInput] | None = None
    empty_transactions: list[EmptyTransactionInput] | None = None


class CalculatePaymentOutput(BaseModel):
    total_due: float
    applied_payments: float
    applied_credits: float
    applied_withholding: float
    term_discounts: float
    remaining_due: float


class ChartEntity(BaseModel):
    id: int
    customer: int
    parent: int | None = None
    parent_name: str
    elimination_entity: int | None = None
    primary_entity: int | None = None
    primary_entity_name: str
    is_adjusting: bool
    is_elimination_entity: bool | None = None
    is_deleted: bool
    deleted_at: Timestamp | None = None
    last_modified_at: Timestamp
    name: str | None = None
    description: str | None = None
    currency: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    state: str | None = None
    zip_code: str | None = None
    country: str | None = None
    disable_service_date: bool | None = None
    logo_url: str | None = None
    active: bool | None = None
    fiscal_year_month: int | None = None
    fiscal_year_day: int | None = None
    created_at: Timestamp | None = None
    enable_mid_month_convention: bool | None = None
    mid_month_threshold: int | None = None
    use_whole_month_accounting_for_prepaids: bool | None = None
    allow_payments_in_closed_periods: bool | None = None
    auto_apply_catchup_for_closed_periods: bool | None = None
    lineage_array: list[str] | None = None
    tax_identification_number: str | None = None
    representative_name: str | None = None
    business_type: str | None = None
    business_category: str | None = None
    invoice_name: str | None = None
    invoice_email: str | None = None
    invoice_message: str | None = None
    invoice_email_subject: str | None = None
    invoice_email_body: str | None = None
    invoice_prefix: str | None = None
    invoice_address: str | None = None
    invoice_cc_emails: str | None = None
    invoice_display_settings: dict[str, Any] | None = None
    invoice_email_attachments: dict[str, Any] | None = None
    withholding_scheme: int | None = None
    withholding_scheme_name: str
    withholding_certificate: int | None = None
    withholding_certificate_number: str


class Contract(BaseModel):
    id: int
    entity_name: str
    client_name: str
    client_terms: str
    department_name: str
    parent_department_name: str
    parent_department: int
    tags: str | None = None
    total_revenue: float
    total_mrr: float
    total_deferred_revenue: float
    currency: str | None = None
    entity_currency: str | None = None
    attachments: list[File]
    contract_end_date: dt.date | None = None
    is_evergreen: bool | None = None
    auto_send_invoices: bool | None = None
    skip_evergreen_invoice_generation: bool | None = None
    auto_apply_customer_stripe_config_to_invoices: bool | None = None
    last_modified_at: Timestamp
    is_deleted: str
    deleted_at: str
    usage_tiers: str | None = None
    has_invoices: bool
    has_journal_entries: bool
    has_credit_memos: bool
    effective_end_date: dt.date | None = None
    working_end_date: dt.date | None = None
    evergreen_locked_date: dt.date | None = None
    search_vector: str | None = None
    search_text: str | None = None
    billing_frequency: str | None = None
    deal_name: str | None = None
    deal_id: str | None = None
    consultant: str | None = None
    closed_date: dt.date | None = None
    total_contract_value: float | None = None
    contract_start_date: dt.date | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    crm_link: str | None = None
    contract_link: str | None = None
    status: str | None = None
    source: str | None = None
    source_deal_data: Any | None = None
    created_at: Timestamp
    auto_renew: bool | None = None
    auto_renew_duration: int | None = None
    auto_renew_invoice: bool | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    minimum_monthly_commitment_amount: float | None = None
    minimum_monthly_commitment_quantity: float | None = None
    purchase_order_number: str | None = None
    customer: int
    entity: Any | None = None
    client: Any | None = None
    department: Any | None = None
    journal_entries: list[int] | None = None


class CreditMemoPaymentInput(BaseModel):
    credit_memo_id: int
    amount: float
    posted_at: dt.date


class EmptyTransactionInput(BaseModel):
    amount: float
    payment_date: dt.date
    withholding_amount: float | None = None


class File(BaseModel):
    id: int
    customer: int
    created_at: Timestamp
    created_by: int | None = None
    created_by_name: str
    created_by_email: str
    last_modified_at: Timestamp
    name: str
    url: str
    s3_content_type: str | None = None
    s3_content_length: int | None = None
    s3_path: str
    object_id: int | None = None
    app: str
    model: str
    is_deleted: bool
    deleted_at: Timestamp | None = None


class GetDefaultPaymentInput(BaseModel):
    posted_at: dt.date
    transaction_amount: float | None = None


class GetDefaultPaymentOutput(BaseModel):
    default_payment_amount: float
    payment_term_discount_note: str | None = None


class InvoicePaymentSync(BaseModel):
    id: int
    invoice_id: int
    invoice_number: str
    amount: float
    currency: str
    payment_date: dt.date | None = None
    payment_type: str | None = None
    source: str | None = None
    external_id: str | None = None
    voided_date: dt.date | None = None
    created_at: Timestamp
    last_modified_at: Timestamp


class InvoiceReportResponse(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[InvoiceReportResultRow]
    engine_used: str
    pivot_result_fields: list[str] | None = None
    totals_row: dict[str, Any] | None = None
    pivot_value_mappings: dict[str, Any] | None = None
    columns: list[dict[str, Any]] | None = None
    totals_by_currency: list[dict[str, Any]] | None = None


class InvoiceReportResultRow(BaseModel):
    filter_params: dict[str, Any]
    group_id: int
    id: int


class MarkInvoicePaidAutoCreatedCreditMemo(BaseModel):
    id: int
    credit_memo_number: str


class MarkInvoicePaidResponse(BaseModel):
    journal_entry_ids: list[int]
    payment_ids: list[int]
    auto_created_credit_memos: list[MarkInvoicePaidAutoCreatedCreditMemo] | None = None


class MarkPaid(BaseModel):
    transaction_match_id: int | None = None
    transactions: list[MarkPaidTransaction] | None = None
    credit_memos: list[MarkPaidCreditMemo] | None = None
    debit_memos: list[MarkPaidDebitMemo] | None = None
    empty_transactions: list[MarkPaidEmptyTransaction] | None = None


class MarkPaidCreditMemo(BaseModel):
    credit_memo_id: int
    amount: float
    posted_at: dt.date


class MarkPaidDebitMemo(BaseModel):
    debit_memo_id: int
    amount: float
    posted_at: dt.date


class MarkPaidEmptyTransaction(BaseModel):
    account_id: Any
    account_name: str
    amount: float
    payment_date: dt.date
    department_id: Any | None = None
    tag_ids: list[int] | None = None
    memo: str | None = None
    external_id: str | None = None
    currency: str | None = None
    amount_in_invoice_currency: float | None = None
    amount_in_bill_currency: float | None = None
    withholding_amount: float | None = None
    withholding_tax_rate_id: Any | None = None


class MarkPaidTransaction(BaseModel):
    transaction_match_id: Any | None = None
    transaction_id: Any | None = None
    transaction_ids: list[int] | None = None
    account_id: Any | None = None
    amount: float
    amount_payable: float | None = None
    credit_account_id: Any | None = None
    writeoff_account_id: Any | None = None
    withholding_amount: float | None = None
    withholding_tax_rate_id: Any | None = None


class NestedContractPrepaidCommit(BaseModel):
    entity: int | None = None
    product: int | None = None
    name: str
    description: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    total_value: float
    discount_percentage: float | None = None
    rate: float | None = None
    start_date: dt.date
    expiration_date: dt.date | None = None
    priority: int | None = None
    subledger: int | None = None
    overage_invoice_cadence: str | None = None
    auto_send_overage_invoices: bool | None = None
    overage_invoice_start_month: dt.date | None = None
    department: int | None = None
    tags: list[int] | None = None


class PaginatedAccountingCreditMemoList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[AccountingCreditMemo]


class PaginatedAccountingInvoiceListList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[AccountingInvoiceList]


class PaginatedContractList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Contract]


class PaginatedInvoicePaymentSyncList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[InvoicePaymentSync]


class PaginatedProductList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Product]


class PaginatedVendorList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Vendor]


class PatchedAccountingInvoice(BaseModel):
    id: int | None = None
    lines: list[AccountingInvoiceLine] | None = None
    emails: list[dict[str, Any]] | None = None
    payments: list[AccountingInvoicePayment] | None = None
    related_journal_entries: list[AccountingInvoiceJournalEntry] | None = None
    payment_journal_entries: list[int] | None = None
    journal_entry_intercompany: str | None = None
    client_name: str | None = None
    client_email: str | None = None
    anrok_customer_id: str | None = None
    client_invoice_message: str | None = None
    client_use_stripe_auto_bill: bool | None = None
    public_invoice_payment_url: str | None = None
    status: str | None = None
    past_due_days: int | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    entity_invoice_message: str | None = None
    total_amount: float | None = None
    amount_paid: float | None = None
    amount_due: float | None = None
    withholding_info: dict[str, Any] | None = None
    contract_name: str | None = None
    attachments: list[File] | None = None
    invoice_number: str | None = None
    stripe_connection_name: str | None = None
    stripe_connection_entity: int | None = None
    stripe_connection_billing_portal_enabled: bool | None = None
    avalara_connection_name: str | None = None
    avalara_connection_company: str | None = None
    tax_rate_name: str | None = None
    tax_rate_value: float | None = None
    payment_term_name: str | None = None
    item_date: dt.date | None = None
    voided_journal_entry_order: int | None = None
    contract_custom_fields: list[dict[str, Any]] | None = None
    last_modified_at: Timestamp | None = None
    is_deleted: bool | None = None
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
    invoice_date: dt.date | None = None
    due_date: dt.date | None = None
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
    created_at: Timestamp | None = None
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
    customer: int | None = None
    entity: Any | None = None
    client: Any | None = None
    payment_term: Any | None = None
    bad_debt_journal_entry: int | None = None
    journal_entry: int | None = None
    ar_account: int | None = None
    voided_journal_entry: int | None = None
    entity_transfer_journal_entry: int | None = None
    contract: Any | None = None
    avalara_connection: Any | None = None
    sphere_connection: Any | None = None
    anrok_connection: Any | None = None
    tax_rate: Any | None = None
    stripe_connection: Any | None = None
    source_file: Any | None = None


class Product(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    department_name: str
    invoice_account_name: str | None = None
    revenue_account_name: str | None = None
    ar_account_name: str | None = None
    bad_debt_account_name: str | None = None
    invoice_unbilled_account_name: str | None = None
    tax_account_name: str
    tags: list[dict[str, Any]]
    last_modified_at: Timestamp
    product_uuid: str
    display_name: str
    usage_group_count: int
    usage_groups: list[ProductUsageGroupSummary]
    product_id: str | None = None
    product_name: str | None = None
    product_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    currency: str | None = None
    price: float | None = None
    cost: float | None = None
    exclude_from_mrr: bool | None = None
    is_taxable: bool | None = None
    is_renewable: bool | None = None
    recognize_revenue: bool | None = None
    is_immediate_recognition: bool | None = None
    created_at: Timestamp
    stripe_product_id: str | None = None
    avalara_item_id: int | None = None
    avalara_item_data: Any | None = None
    avalara_tax_code: str | None = None
    anrok_item_id: str | None = None
    sphere_item_id: str | None = None
    apply_dept_tag_to_invoice_journals: bool | None = None
    customer: int
    department: Any | None = None
    invoice_account: Any | None = None
    revenue_account: Any | None = None
    ar_account: Any | None = None
    bad_debt_account: int | None = None
    invoice_unbilled_account: int | None = None


class ProductUsageGroupSummary(BaseModel):
    id: int
    name: str | None = None
    pricing_model: str | None = None
    unit_of_measure: str | None = None
    tier_count: int
    tiers: list[ProductUsageTierSummary]


class ProductUsageTierSummary(BaseModel):
    id: int
    name: str
    pricing_type: str
    from_quantity: float
    to_quantity: float | None = None
    price: float | None = None
    percentage: float | None = None


class TransactionPaymentInput(BaseModel):
    transaction_id: int
    amount: float
    posted_at: dt.date
    withholding_amount: float | None = None


class Vendor(BaseModel):
    id: int
    contacts: list[VendorContact] | None = None
    parent_name: str
    stripe_connection_name: str | None = None
    stripe_connection_entity: int | None = None
    stripe_connection_portal_url: str | None = None
    stripe_connection_portal_enabled: bool | None = None
    stripe_connection_invoicing_enabled: bool | None = None
    vendor_custom_field_1_name: str
    payment_term_name_display: str
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None
    search_vector: str | None = None
    search_text: str | None = None
    vendor_type: str | None = None
    name: str | None = None
    dba: str | None = None
    company_name: str | None = None
    website: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    mobile_number: str | None = None
    address_street_1: str | None = None
    address_street_2: str | None = None
    city: str | None = None
    state: str | None = None
    zip_code: str | None = None
    country: str | None = None
    billing_address_street_1: str | None = None
    billing_address_street_2: str | None = None
    billing_city: str | None = None
    billing_state: str | None = None
    billing_zip_code: str | None = None
    billing_country: str | None = None
    shipping_addressee: str | None = None
    billing_addressee: str | None = None
    notes: str | None = None
    business_id_ssn: str | None = None
    is_1099: bool | None = None
    vat_number: str | None = None
    business_type: str | None = None
    business_category: str | None = None
    entity_use_code: str | None = None
    withholding_tax_id: str | None = None
    stripe_customer_id: str | None = None
    use_stripe_auto_bill: bool | None = None
    bill_vendor_id: str | None = None
    external_id: str | None = None
    source: str | None = None
    invoice_message: str | None = None
    abbreviation: str | None = None
    created_at: Timestamp
    status: str | None = None
    anrok_customer_id: str | None = None
    terms: str | None = None
    invoice_labels: Any | None = None
    invoice_language: str | None = None
    lineage_array: list[str] | None = None
    customer: int
    parent: Any | None = None
    stripe_connection: Any | None = None
    default_expense_category: int | None = None
    vendor_custom_field_1: int | None = None
    payment_term: Any | None = None


class VendorContact(BaseModel):
    id: int
    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    mobile_number: str | None = None
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None


class VoidInvoiceRequest(BaseModel):
    void_date: dt.date | None = None


class VoidPayment(BaseModel):
    void_date: dt.date | None = None


class ErrorDetail(BaseModel):
    detail: str
