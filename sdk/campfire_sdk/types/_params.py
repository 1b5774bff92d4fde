# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Request parameters of the Campfire API: bodies (``...Param``) and query strings (``...Params``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "AccountingCreditMemoLineParam",
    "AccountingCreditMemoParam",
    "AccountingInvoiceLineParam",
    "AccountingInvoiceParam",
    "BulkApplyInvoicePaymentFiltersParam",
    "BulkApplyInvoicePaymentParam",
    "BulkCreateInvoicesParam",
    "BulkInvoiceParam",
    "BulkInvoiceSearchParam",
    "CalculatePaymentInputParam",
    "ChartEntityParam",
    "ClientListParams",
    "ContractListParams",
    "ContractParam",
    "CreditMemoListParams",
    "CreditMemoPaymentInputParam",
    "EmptyTransactionInputParam",
    "EntityListParams",
    "GetDefaultPaymentInputParam",
    "InvoiceListParams",
    "InvoicePaymentListParams",
    "InvoiceReportParams",
    "MarkPaidCreditMemoParam",
    "MarkPaidDebitMemoParam",
    "MarkPaidEmptyTransactionParam",
    "MarkPaidParam",
    "MarkPaidTransactionParam",
    "NestedContractPrepaidCommitParam",
    "PatchedAccountingInvoiceParam",
    "ProductListParams",
    "ProductParam",
    "TransactionPaymentInputParam",
    "VendorContactParam",
    "VendorParam",
    "VoidInvoiceRequestParam",
    "VoidPaymentParam",
]


class AccountingCreditMemoParam(TypedDict, total=False):
    lines: Required[Iterable[AccountingCreditMemoLineParam]]
    credit_memo_number: str
    migrated_journal_id: int | None
    chat_uuid: str
    credit_memo_type: Literal['credit_memo', 'overpayment']
    ref_number: str | None
    credit_memo_date: Required[str | dt.date]
    applied_date: str | dt.date | None
    message_on_credit_memo: str | None
    application_status: Literal['open', 'partially_used', 'used', 'voided', ''] | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
    last_sent_at: str | dt.datetime | None
    anrok_transaction_id: str | None
    integration_id: str | None
    integration_context: Any | None
    vat_number: str | None
    total_amount: float
    amount_used: float
    chat_id: int | None
    entity: Required[int | str]
    client: int | str | None
    credit_account: int | str | None
    journal_entry: int | None
    contract: int | str | None
    voided_journal_entry: int | None
    anrok_connection: int | str | None
    avalara_connection: int | str | None
    sphere_connection: int | str | None


class AccountingCreditMemoLineParam(TypedDict, total=False):
    credit_memo: int
    description: str | None
    amount: float
    tax: float
    tax_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    product: int | str | None
    account: Required[int | str]
    tax_rate: int | str | None
    department: int | str | None


class AccountingInvoiceParam(TypedDict, total=False):
    lines: Required[Iterable[AccountingInvoiceLineParam]]
    invoice_number: str
    revenue_transactions: Iterable[int]
    item_date: str | dt.date | None
    migrated_journal_id: int | None
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
    exchange_rate: float | None
    exchange_rate_book: float | None
    integration_id: str | None
    integration_context: Any | None
    vat_number: str | None
    discount: float | None
    payment_term_applied_discount: float | None
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


class AccountingInvoiceLineParam(TypedDict, total=False):
    invoice: int
    service_date: str | dt.date | None
    description: str | None
    quantity: float
    rate: float
    currency: str
    amount: float
    tax: float
    tax_description: str | None
    entity_use_code: str | None
    discount: float
    discount_percentage: float
    discount_amount: float
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    product: int | str | None
    product_bundle: int | str | None
    withholding_tax_rate: int | str | None
    department: int | str | None


class BulkApplyInvoicePaymentParam(TypedDict, total=False):
    transaction_id: Required[int]
    invoice_ids: Iterable[int] | None
    filters: BulkApplyInvoicePaymentFiltersParam | None


class BulkApplyInvoicePaymentFiltersParam(TypedDict, total=False):
    entity: int | None
    client: int | None
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


class ChartEntityParam(TypedDict, total=False):
    parent: int | None
    elimination_entity: int | None
    primary_entity: int | None
    is_elimination_entity: bool
    name: str | None
    description: str | None
    currency: str
    address_1: str | None
    address_2: str | None
    city: str | None
    state: str | None
    zip_code: str | None
    country: str | None
    disable_service_date: bool
    logo_url: str | None
    active: bool
    fiscal_year_month: int
    fiscal_year_day: int
    enable_mid_month_convention: bool | None
    mid_month_threshold: int | None
    use_whole_month_accounting_for_prepaids: bool | None
    allow_payments_in_closed_periods: bool
    auto_apply_catchup_for_closed_periods: bool
    lineage_array: Iterable[str] | None
    tax_identification_number: str | None
    representative_name: str | None
    business_type: str | None
    business_category: str | None
    withholding_scheme: int | None
    withholding_certificate: int | None


class ContractParam(TypedDict, total=False):
    tags: str
    currency: str
    entity_currency: str
    prepaid_commits: Iterable[NestedContractPrepaidCommitParam]
    contract_end_date: str | dt.date | None
    is_evergreen: bool
    auto_send_invoices: bool
    skip_evergreen_invoice_generation: bool
    auto_apply_customer_stripe_config_to_invoices: bool
    usage_tiers: str
    billing_frequency: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom']
    deal_name: str | None
    deal_id: str | None
    consultant: str | None
    closed_date: str | dt.date | None
    total_contract_value: float | None
    contract_start_date: str | dt.date | None
    exchange_rate: float | None
    exchange_rate_book: float | None
    crm_link: str | None
    contract_link: str | None
    status: Literal['ACTIVE', 'PENDING', 'COMPLETED', 'DELETED']
    source: Literal['SALESFORCE', 'HUBSPOT', 'STRIPE', 'MANUAL']
    source_deal_data: Any | None
    auto_renew: bool
    auto_renew_duration: int | None
    auto_renew_invoice: bool
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    minimum_monthly_commitment_amount: float | None
    minimum_monthly_commitment_quantity: float | None
    purchase_order_number: str | None
    entity: int | str | None
    client: int | str | None
    department: int | str | None
    journal_entries: Iterable[int]


class CreditMemoPaymentInputParam(TypedDict, total=False):
    credit_memo_id: Required[int]
    amount: Required[float]
    posted_at: Required[str | dt.date]


class EmptyTransactionInputParam(TypedDict, total=False):
    amount: Required[float]
    payment_date: Required[str | dt.date]
    withholding_amount: float | None


class GetDefaultPaymentInputParam(TypedDict, total=False):
    posted_at: Required[str | dt.date]
    transaction_amount: float | None


class MarkPaidParam(TypedDict, total=False):
    transaction_match_id: int | None
    transactions: Iterable[MarkPaidTransactionParam] | None
    credit_memos: Iterable[MarkPaidCreditMemoParam] | None
    debit_memos: Iterable[MarkPaidDebitMemoParam] | None
    empty_transactions: Iterable[MarkPaidEmptyTransactionParam] | None


class MarkPaidCreditMemoParam(TypedDict, total=False):
    credit_memo_id: Required[int]
    amount: Required[float]
    posted_at: Required[str | dt.date]


class MarkPaidDebitMemoParam(TypedDict, total=False):
    debit_memo_id: Required[int]
    amount: Required[float]
    posted_at: Required[str | dt.date]


class MarkPaidEmptyTransactionParam(TypedDict, total=False):
    account_id: Required[int | str]
    account_name: Required[str]
    amount: Required[float]
    payment_date: Required[str | dt.date]
    department_id: int | str | None
    tag_ids: Iterable[int]
    memo: str | None
    external_id: str | None
    currency: str | None
    amount_in_invoice_currency: float | None
    amount_in_bill_currency: float | None
    withholding_amount: float | None
    withholding_tax_rate_id: int | str | None


class MarkPaidTransactionParam(TypedDict, total=False):
    transaction_match_id: int | str | None
    transaction_id: int | str | None
    transaction_ids: Iterable[int] | None
    account_id: int | str | None
    amount: Required[float]
    amount_payable: float | None
    credit_account_id: int | str | None
    writeoff_account_id: int | str | None
    withholding_amount: float | None
    withholding_tax_rate_id: int | str | None


class NestedContractPrepaidCommitParam(TypedDict, total=False):
    entity: int | None
    product: int | None
    name: Required[str]
    description: str
    currency: str | None
    exchange_rate: float | None
    exchange_rate_book: float | None
    total_value: Required[float]
    discount_percentage: float
    rate: float | None
    start_date: Required[str | dt.date]
    expiration_date: str | dt.date | None
    priority: int
    subledger: int | None
    overage_invoice_cadence: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom']
    auto_send_overage_invoices: bool
    overage_invoice_start_month: str | dt.date | None
    department: int | None
    tags: Iterable[int]


class PatchedAccountingInvoiceParam(TypedDict, total=False):
    lines: Iterable[AccountingInvoiceLineParam]
    invoice_number: str
    revenue_transactions: Iterable[int]
    item_date: str | dt.date | None
    migrated_journal_id: int | None
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
    exchange_rate: float | None
    exchange_rate_book: float | None
    integration_id: str | None
    integration_context: Any | None
    vat_number: str | None
    discount: float | None
    payment_term_applied_discount: float | None
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


class ProductParam(TypedDict, total=False):
    product_id: str | None
    product_name: str | None
    product_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    currency: str | None
    price: float | None
    cost: float | None
    exclude_from_mrr: bool
    is_taxable: bool
    is_renewable: bool
    recognize_revenue: bool
    is_immediate_recognition: bool
    stripe_product_id: str | None
    avalara_item_id: int | None
    avalara_item_data: Any | None
    avalara_tax_code: str | None
    anrok_item_id: str | None
    sphere_item_id: str | None
    apply_dept_tag_to_invoice_journals: bool | None
    department: int | str | None
    invoice_account: int | str | None
    revenue_account: int | str | None
    ar_account: int | str | None
    bad_debt_account: int | None
    invoice_unbilled_account: int | None


class TransactionPaymentInputParam(TypedDict, total=False):
    transaction_id: Required[int]
    amount: Required[float]
    posted_at: Required[str | dt.date]
    withholding_amount: float | None


class VendorParam(TypedDict, total=False):
    contacts: Iterable[VendorContactParam]
    vendor_type: Literal['vendor', 'customer', 'employee', ''] | None
    name: Required[str | None]
    dba: str | None
    company_name: str | None
    website: str | None
    first_name: str | None
    last_name: str | None
    email: str | None
    phone_number: str | None
    mobile_number: str | None
    address_street_1: str | None
    address_street_2: str | None
    city: str | None
    state: str | None
    zip_code: str | None
    country: str | None
    billing_address_street_1: str | None
    billing_address_street_2: str | None
    billing_city: str | None
    billing_state: str | None
    billing_zip_code: str | None
    billing_country: str | None
    shipping_addressee: str | None
    billing_addressee: str | None
    notes: str | None
    business_id_ssn: str | None
    is_1099: bool
    vat_number: str | None
    business_type: str | None
    business_category: str | None
    entity_use_code: str | None
    withholding_tax_id: str | None
    stripe_customer_id: str | None
    use_stripe_auto_bill: bool | None
    bill_vendor_id: str | None
    external_id: str | None
    source: Literal['BILL', 'BREX', 'HUBSPOT', 'MANUAL', 'PAYROLL', 'SALESFORCE', ''] | None
    invoice_message: str | None
    abbreviation: str | None
    status: Literal['ACTIVE', 'INACTIVE']
    anrok_customer_id: str | None
    terms: Literal['custom', 'net_5', 'net_7', 'net_10', 'net_15', 'net_20', 'net_30', 'net_40', 'net_45', 'net_60', 'net_90', 'net_105', 'net_120', 'due_on_receipt', ''] | None
    invoice_labels: Any | None
    invoice_language: str | None
    lineage_array: Iterable[str] | None
    parent: int | str | None
    stripe_connection: int | str | None
    default_expense_category: int | None
    vendor_custom_field_1: int | None
    payment_term: int | str | None


class VendorContactParam(TypedDict, total=False):
    name: str | None
    first_name: str | None
    last_name: str | None
    email: str | None
    phone_number: str | None
    mobile_number: str | None


class VoidInvoiceRequestParam(TypedDict, total=False):
    void_date: str | dt.date


class VoidPaymentParam(TypedDict, total=False):
    void_date: str | dt.date | None


class ContractListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class CreditMemoListParams(TypedDict, total=False):
    client: list[int]
    contract: list[int]
    end_date: str
    entity: list[int]
    limit: int
    offset: int
    q: str
    sort: Literal['-amount_used', '-client_name', '-credit_memo_date', '-credit_memo_number', '-total_amount', 'amount_used', 'client_name', 'credit_memo_date', 'credit_memo_number', 'total_amount']
    start_date: str
    status: Literal['open', 'partially_used', 'used', 'voided']


class EntityListParams(TypedDict, total=False):
    exclude_adjusting: bool
    include_inactive: bool


class InvoicePaymentListParams(TypedDict, total=False):
    cursor: str
    external_id: str
    invoice_id: int
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int
    skip_count: bool
    voided: bool


class InvoiceReportParams(TypedDict, total=False):
    aggregation_fields: str
    client_id: str
    contract_id: str
    currency: str
    department_id: str
    end_date: str
    entity_id: str
    group_fields: str
    group_keys: str
    include_totals: bool
    limit: int
    mode: str
    offset: int
    payment_status: str
    pivot_fields: str
    product_id: str
    shouldPivot: bool
    start_date: str
    sort: str
    terms: str
    invoice_id: str
    due_start_date: str
    due_end_date: str
    paid_start_date: str
    paid_end_date: str
    invoice__client_id: str
    invoice__entity_id: str
    invoice__contract_id: str
    invoice__currency: str
    invoice__payment_status: str
    invoice__terms: str
    invoice__invoice_date__gte: str
    invoice__invoice_date__lte: str
    invoice__due_date__gte: str
    invoice__due_date__lte: str
    invoice__paid_date__gte: str
    invoice__paid_date__lte: str


class InvoiceListParams(TypedDict, total=False):
    client: int
    contract: int
    currency: str
    download: bool
    end_date: str
    entity: int
    invoice_number: str
    limit: int
    line_tag_group_id: int
    line_tag_id: int
    offset: int
    paid_date_from: str
    paid_date_to: str
    parent_client: int
    q: str
    ref_number: str
    sentStatus: Literal['not_sent', 'sent']
    sort: str
    start_date: str
    status: Literal['1_30', '31_60', '61_90', '91_120', 'current', 'over_120', 'paid', 'partially_paid', 'past_due', 'sent', 'uncollectible', 'unpaid', 'voided']


class ProductListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class ClientListParams(TypedDict, total=False):
    external_id: str
    include_deleted: bool
    include_inactive: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int
    q: str
    sort: str
    vendor_type: Literal['customer', 'vendor']
