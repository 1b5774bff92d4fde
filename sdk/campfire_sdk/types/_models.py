# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Response models of the Campfire API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .._models import BaseModel, Timestamp

__all__ = [
    "AccountingBill",
    "AccountingBillLine",
    "AccountingBillPayment",
    "AccountingCreditMemo",
    "AccountingCreditMemoLine",
    "AccountingCreditMemoPayment",
    "AccountingDebitMemo",
    "AccountingDebitMemoLine",
    "AccountingDebitMemoPayment",
    "AccountingInvoice",
    "AccountingInvoiceJournalEntry",
    "AccountingInvoiceLine",
    "AccountingInvoiceList",
    "AccountingInvoicePayment",
    "AmortizationSchedule",
    "AsyncTask",
    "BankAccount",
    "BankFeed",
    "BankTransaction",
    "BillDraftCreate",
    "BillDraftRead",
    "BillDraftWrite",
    "BillPaymentSync",
    "Budget",
    "BudgetAccount",
    "BulkApplyInvoicePayment",
    "BulkApplyInvoicePaymentFilters",
    "BulkBill",
    "BulkBillSearch",
    "BulkContract",
    "BulkContractSearch",
    "BulkCreateInvoices",
    "BulkCreditMemo",
    "BulkCreditMemoSearch",
    "BulkDebitMemo",
    "BulkDebitMemoSearch",
    "BulkDepartment",
    "BulkDepartmentSearch",
    "BulkInvoice",
    "BulkInvoiceSearch",
    "BulkMatchTransactionRequest",
    "BulkTag",
    "BulkTagSearch",
    "BulkVendor",
    "BulkVendorSearch",
    "CalculatePaymentInput",
    "CalculatePaymentOutput",
    "ChartAccount",
    "ChartAccountSettings",
    "ChartEntity",
    "ChartEntityMinimal",
    "ChartTransaction",
    "ConfirmTransactionSelectionRequest",
    "Contract",
    "ContractBundle",
    "ContractBundleLine",
    "ContractCustomer",
    "ContractDuplicateResponse",
    "ContractMilestone",
    "ContractPrepaidCommit",
    "ContractPrepaidCommitConsumption",
    "ContractProductBundle",
    "ContractProductBundleLine",
    "ContractProductBundleLineRead",
    "ContractProductBundleLineUpdate",
    "ContractProductBundleRead",
    "ContractProductBundleUpdate",
    "ContractSubscription",
    "ContractSubscriptionLine",
    "ContractUsage",
    "CostAllocation",
    "CostAllocationLine",
    "CreditMemoPaymentInput",
    "CustomField",
    "CustomerCurrency",
    "Department",
    "EmptyTransactionInput",
    "ErrorDetail",
    "ErrorResponse",
    "File",
    "FixedAsset",
    "FixedAssetAutomationMatch",
    "FixedAssetAutomationRule",
    "FixedAssetClass",
    "FixedAssetDepreciation",
    "FixedAssetDisposal",
    "FixedAssetTransfer",
    "GenerageSubscriptionSchedule",
    "GetDefaultPaymentInput",
    "GetDefaultPaymentOutput",
    "IntercompanyJournalEntry",
    "InvoicePaymentSync",
    "InvoiceReportResponse",
    "InvoiceReportResultRow",
    "JournalEntry",
    "MarkCreditMemoUsed",
    "MarkDebitMemoUsed",
    "MarkInvoicePaidAutoCreatedCreditMemo",
    "MarkInvoicePaidResponse",
    "MarkPaid",
    "MarkPaidCreditMemo",
    "MarkPaidDebitMemo",
    "MarkPaidEmptyTransaction",
    "MarkPaidTransaction",
    "MatchTransactionRequest",
    "NestedContractPrepaidCommit",
    "PaginatedAccountingCreditMemoList",
    "PaginatedAccountingDebitMemoList",
    "PaginatedAccountingInvoiceListList",
    "PaginatedBankAccountList",
    "PaginatedBankTransactionList",
    "PaginatedBillPaymentSyncList",
    "PaginatedBudgetList",
    "PaginatedChartAccountList",
    "PaginatedContractCustomerList",
    "PaginatedContractList",
    "PaginatedContractMilestoneList",
    "PaginatedContractPrepaidCommitConsumptionList",
    "PaginatedContractPrepaidCommitList",
    "PaginatedContractUsageList",
    "PaginatedCostAllocationList",
    "PaginatedCustomFieldList",
    "PaginatedCustomerCurrencyList",
    "PaginatedDepartmentList",
    "PaginatedFileList",
    "PaginatedFixedAssetAutomationMatchList",
    "PaginatedFixedAssetAutomationRuleList",
    "PaginatedFixedAssetClassList",
    "PaginatedFixedAssetList",
    "PaginatedIntercompanyJournalEntryList",
    "PaginatedInvoicePaymentSyncList",
    "PaginatedJournalEntryList",
    "PaginatedPrepaidUsageEventList",
    "PaginatedProductBundleList",
    "PaginatedProductList",
    "PaginatedReconciliationReportV2ListList",
    "PaginatedReconciliationReportV2SourceTransactionListList",
    "PaginatedRevenueTransactionList",
    "PaginatedTierPriceOverrideList",
    "PaginatedTransactionMatchList",
    "PaginatedTransactionTagGroupList",
    "PaginatedTransactionTagList",
    "PaginatedVendorContactList",
    "PaginatedVendorList",
    "PaginatedVendorSummaryList",
    "PatchedAccountingBill",
    "PatchedAccountingCreditMemo",
    "PatchedAccountingDebitMemo",
    "PatchedAccountingInvoice",
    "PatchedBankAccount",
    "PatchedBankTransaction",
    "PatchedBillDraftWrite",
    "PatchedBudget",
    "PatchedBudgetAccount",
    "PatchedChartAccount",
    "PatchedChartAccountSettings",
    "PatchedChartEntity",
    "PatchedChartTransaction",
    "PatchedContract",
    "PatchedContractBundle",
    "PatchedContractCustomer",
    "PatchedContractMilestone",
    "PatchedContractPrepaidCommit",
    "PatchedContractProductBundleUpdate",
    "PatchedContractSubscription",
    "PatchedContractUsage",
    "PatchedCostAllocation",
    "PatchedCustomField",
    "PatchedCustomerCurrency",
    "PatchedDepartment",
    "PatchedFile",
    "PatchedFixedAsset",
    "PatchedFixedAssetAutomationMatch",
    "PatchedFixedAssetAutomationRule",
    "PatchedFixedAssetClass",
    "PatchedIntercompanyJournalEntry",
    "PatchedJournalEntry",
    "PatchedProduct",
    "PatchedProductBundle",
    "PatchedReconciliationReportV2",
    "PatchedRevenueTransaction",
    "PatchedTransactionMatch",
    "PatchedTransactionTag",
    "PatchedTransactionTagGroup",
    "PatchedVendor",
    "PatchedVendorCustomField1",
    "PatchedWebhook",
    "PrepaidUsageEvent",
    "Product",
    "ProductBundle",
    "ProductBundleLine",
    "ProductUsageGroupSummary",
    "ProductUsageTierSummary",
    "ReconciliationReportV2",
    "ReconciliationReportV2List",
    "ReconciliationReportV2SourceReconciliationTransaction",
    "ReconciliationReportV2SourceTransactionList",
    "ReconciliationReportV2StatementTransaction",
    "RecordConsumptionInput",
    "RevenueTransaction",
    "TerminateContract",
    "TerminateContractResponse",
    "TierPriceOverride",
    "TransactionMatch",
    "TransactionPaymentInput",
    "TransactionTag",
    "TransactionTagGroup",
    "TrialBalanceAccount",
    "TrialBalanceAccountBalance",
    "TrialBalanceData",
    "TrialBalanceResponse",
    "Vendor",
    "VendorContact",
    "VendorCustomField1",
    "VendorSummary",
    "VoidBillRequest",
    "VoidCreditMemoRequest",
    "VoidDebitMemoRequest",
    "VoidInvoiceRequest",
    "VoidPayment",
    "Webhook",
    "WebhookEvent",
    "WebhookTopic",
]


class AccountingBill(BaseModel):
    id: int
    lines: list[AccountingBillLine]
    payments: list[AccountingBillPayment]
    payment_journal_entries: list[int]
    status: str
    past_due_days: int | None = None
    entity_name: str
    entity_currency: str
    vendor_name: str
    ap_account_name: str | None = None
    attachments: list[File]
    total_amount: float
    amount_due: float
    amount_paid: float
    item_date: dt.date | None = None
    voided_date: dt.date
    voided_journal_entry_order: str
    amortizations: str
    last_modified_at: Timestamp
    ramp_use_sandbox: str
    navan_region: str | None = None
    zip_metadata: str
    is_deleted: bool
    deleted_at: Timestamp | None = None
    payment_term_name: str
    withholding_info: dict[str, Any] | None = None
    search_vector: str | None = None
    search_text: str | None = None
    mailing_address: str | None = None
    terms: str | None = None
    bill_number: str
    bill_date: dt.date
    due_date: dt.date
    paid_date: dt.date | None = None
    message_on_bill: str | None = None
    ita_allocation_number: str | None = None
    ita_bill_type: str | None = None
    source_id: str | None = None
    source: str | None = None
    source_bill_data: Any | None = None
    external_ramp_id: str | None = None
    payment_status: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    created_at: Timestamp
    tax_behavior: str | None = None
    bill_type: str | None = None
    chat_id: int | None = None
    customer: int
    entity: Any
    vendor: Any | None = None
    payment_term: Any | None = None
    journal_entry: Any | None = None
    source_file: Any | None = None
    tax_rate: Any | None = None
    ap_account: Any | None = None
    voided_journal_entry: Any | None = None


class AccountingBillLine(BaseModel):
    id: int
    account_number: str
    account_name: str | None = None
    department_name: str
    department_code: str
    bill_customer_name: str
    tags: list[dict[str, Any]]
    amortization_schedule: list[AmortizationSchedule]
    tax_rate_name: str
    tax_rate_value: float
    description: str | None = None
    amount: float | None = None
    tax: float | None = None
    tax_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    source: str | None = None
    source_id: str | None = None
    currency: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    account: Any
    tax_rate: Any | None = None
    bill_customer: Any | None = None
    department: Any | None = None


class AccountingBillPayment(BaseModel):
    id: int
    payment_transaction_bank_description: str
    payment_journal_entry_order: str
    voided_journal_entry_order: str
    withheld_amount: float | None = None
    currency: str | None = None
    amount: float | None = None
    payment_date: dt.date | None = None
    source: str | None = None
    source_id: str | None = None
    created_at: Timestamp
    voided_date: dt.date | None = None
    last_modified_at: Timestamp
    customer: int
    bill: Any
    payment_journal_entry: Any
    payment_transaction: Any | None = None
    voided_journal_entry: Any | None = None


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
    journal_entry: Any | None = None
    contract: Any | None = None
    voided_journal_entry: Any | None = None
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
    credit_memo: Any
    payment_journal_entry: Any
    payment_transaction: Any | None = None
    voided_journal_entry: Any | None = None


class AccountingDebitMemo(BaseModel):
    id: int
    lines: list[AccountingDebitMemoLine]
    payments: list[AccountingDebitMemoPayment]
    amount_remaining: float
    entity_name: str
    entity_currency: str
    vendor_name: str
    debit_account_number: str
    debit_account_name: str | None = None
    attachments: list[File]
    debit_memo_number: str | None = None
    voided_date: dt.date
    voided_journal_entry_order: str
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
    entity: Any
    vendor: Any | None = None
    debit_account: Any | None = None
    journal_entry: Any | None = None
    voided_journal_entry: Any | None = None


class AccountingDebitMemoLine(BaseModel):
    id: int
    account_number: str
    account_name: str | None = None
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
    account: Any
    tax_rate: Any | None = None
    department: Any | None = None


class AccountingDebitMemoPayment(BaseModel):
    id: int
    payment_journal_entry_order: str
    voided_journal_entry_order: str | None = None
    bill: str
    currency: str | None = None
    amount: float | None = None
    payment_date: dt.date | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    voided_date: dt.date | None = None
    customer: int
    debit_memo: Any
    payment_journal_entry: Any
    payment_transaction: Any | None = None
    voided_journal_entry: Any | None = None


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
    entity: Any
    client: Any | None = None
    payment_term: Any | None = None
    bad_debt_journal_entry: Any | None = None
    journal_entry: Any | None = None
    ar_account: Any | None = None
    voided_journal_entry: Any | None = None
    entity_transfer_journal_entry: Any | None = None
    contract: Any | None = None
    avalara_connection: Any | None = None
    sphere_connection: Any | None = None
    anrok_connection: Any | None = None
    tax_rate: Any | None = None
    stripe_connection: Any | None = None
    source_file: Any | None = None


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
    invoice: Any
    payment_journal_entry: Any | None = None
    payment_transaction: Any | None = None
    fx_gain_loss_realized_transaction: Any | None = None
    payment_term_discount_transaction: Any | None = None
    voided_journal_entry: Any | None = None
    payment_transactions: list[int] | None = None


class AmortizationSchedule(BaseModel):
    id: Any | None = None
    journal_entry_order: str
    date: dt.date
    amount: float
    posted: bool | None = None
    customer: int
    transaction: Any | None = None
    bill_line: Any | None = None
    journal_entry: Any | None = None


class AsyncTask(BaseModel):
    id: int
    created_by_name: str
    name: str
    created_at: Timestamp
    status: str | None = None
    error_message: str | None = None
    error_type: str | None = None
    retries: int | None = None
    completed_at: Timestamp | None = None
    started_at: Timestamp | None = None
    celery_task_id: str | None = None
    root_task_id: str | None = None
    parent_task_id: str | None = None
    trace_id: str | None = None
    span_id: str | None = None
    task_args: Any | None = None
    task_kwargs: Any | None = None
    result: Any | None = None
    content: Any | None = None
    customer: int | None = None
    created_by: int | None = None


class BankAccount(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    entity_name: str
    department_name: str
    chart_of_accounts_account_name: str
    account_type: str
    account_subtype: str
    account_cashflow_classification: str
    type_name: str
    subtype_name: str
    cashflow_classification_name: str
    account_id: str
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
    entity: Any
    chart_of_accounts_account: Any | None = None
    department: Any | None = None
    tags: list[int]


class BankFeed(BaseModel):
    balance: float
    available_balance: float
    balance_as_of_date: dt.date
    transactions: list[dict[str, Any]]


class BankTransaction(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    account_name: str
    entity_name: str | None = None
    date_month: str | None = None
    date_year: str | None = None
    journal: int | None = None
    journal_order: str | None = None
    intercompany_journal: int | None = None
    reconciliation_report: int
    reconciliation_report_ending_date: dt.date
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
    account: Any


class BillDraftCreate(BaseModel):
    source: str
    source_file: Any | None = None
    entity: Any | None = None


class BillDraftRead(BaseModel):
    id: int
    customer: int
    entity: Any | None = None
    source: str
    source_file: Any | None = None
    sender_email: str | None = None
    recipient_alias: str | None = None
    email_subject: str | None = None
    status: str
    parse_error: str | None = None
    extracted_vendor_name: str | None = None
    extracted_bill_number: str | None = None
    extracted_bill_date: dt.date | None = None
    extracted_due_date: dt.date | None = None
    extracted_currency: str | None = None
    extracted_total_amount: float | None = None
    extracted_line_items: Any | None = None
    field_confidence: Any | None = None
    resolved_vendor: Any | None = None
    dedup_hash: str | None = None
    promoted_bill: int | None = None
    discard_reason: str | None = None
    created_at: Timestamp
    created_by: int | None = None
    last_modified_at: Timestamp


class BillDraftWrite(BaseModel):
    entity: Any | None = None
    extracted_vendor_name: str | None = None
    extracted_bill_number: str | None = None
    extracted_bill_date: dt.date | None = None
    extracted_due_date: dt.date | None = None
    extracted_currency: str | None = None
    extracted_total_amount: float | None = None
    extracted_line_items: Any | None = None
    resolved_vendor: Any | None = None


class BillPaymentSync(BaseModel):
    id: int
    bill_id: int
    bill_number: str
    amount: float
    currency: str
    payment_date: dt.date | None = None
    source: str | None = None
    source_id: str | None = None
    voided_date: dt.date | None = None
    created_at: Timestamp
    last_modified_at: Timestamp


class Budget(BaseModel):
    id: int
    entity_name: str
    prior_start_date: str
    prior_end_date: str
    department_name: str
    tags: list[dict[str, Any]]
    is_deleted: bool
    deleted_at: Timestamp | None = None
    name: str
    description: str | None = None
    cadence: str | None = None
    start_date: dt.date
    end_date: dt.date | None = None
    periods: int | None = None
    breakdown_type: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    currency: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    entity: Any | None = None
    department: Any | None = None


class BudgetAccount(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    account_name: str
    account_lineage: str
    department_name: str
    period: int | None = None
    amount: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    budget: int
    account: int
    department: int | None = None


class BulkApplyInvoicePayment(BaseModel):
    transaction_id: Any
    invoice_ids: list[int] | None = None
    filters: BulkApplyInvoicePaymentFilters | None = None


class BulkApplyInvoicePaymentFilters(BaseModel):
    entity: Any | None = None
    client: Any | None = None
    status: str | None = None
    max_date: dt.date | None = None
    search_query: str | None = None


class BulkBill(BaseModel):
    bill_number: str


class BulkBillSearch(BaseModel):
    bills: list[BulkBill]


class BulkContract(BaseModel):
    deal_name: str | None = None


class BulkContractSearch(BaseModel):
    contracts: list[BulkContract]


class BulkCreateInvoices(BaseModel):
    invoices: list[dict[str, Any]]


class BulkCreditMemo(BaseModel):
    credit_memo_number: str


class BulkCreditMemoSearch(BaseModel):
    credit_memos: list[BulkCreditMemo]


class BulkDebitMemo(BaseModel):
    debit_memo_number: str


class BulkDebitMemoSearch(BaseModel):
    debit_memos: list[BulkDebitMemo]


class BulkDepartment(BaseModel):
    name: str
    parent_id: Any | None = None


class BulkDepartmentSearch(BaseModel):
    departments: list[BulkDepartment]
    upsert: bool | None = None


class BulkInvoice(BaseModel):
    invoice_number: str


class BulkInvoiceSearch(BaseModel):
    invoices: list[BulkInvoice]


class BulkMatchTransactionRequest(BaseModel):
    pairs: list[MatchTransactionRequest]


class BulkTag(BaseModel):
    name: str


class BulkTagSearch(BaseModel):
    tags: list[BulkTag]
    upsert: bool | None = None


class BulkVendor(BaseModel):
    name: str
    external_id: str | None = None
    vendor_type: str | None = None
    email: str | None = None


class BulkVendorSearch(BaseModel):
    vendors: list[BulkVendor]
    upsert: bool | None = None


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


class ChartAccount(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    reconciliation_ending_date: dt.date
    reconciliation_ending_balance: float
    balance_ytd: float
    name_and_number: str
    parent_name_and_number: str | None = None
    sort_key: str
    has_associated_data: bool
    last_modified_at: Timestamp
    account_id: str
    number: str | None = None
    currency: str | None = None
    name: str | None = None
    nickname: str | None = None
    description: str | None = None
    status: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    account_cashflow_classification: str | None = None
    include_in_eliminations: bool | None = None
    include_in_revaluations: bool | None = None
    protected: bool | None = None
    skip_subledger_validation: bool | None = None
    external_id: str | None = None
    created_at: Timestamp
    last_recompute_balance_at: Timestamp | None = None
    lock_recompute_balance_key: str | None = None
    current_balance: float | None = None
    current_balance_book: float | None = None
    lineage_array: list[str] | None = None
    customer: int
    parent: Any | None = None
    parent_bank_account: Any | None = None
    default_department: Any | None = None
    default_tags: list[int] | None = None


class ChartAccountSettings(BaseModel):
    id: int
    uncategorized_name_and_number: str
    accounts_payable_name_and_number: str
    accounts_receivable_name_and_number: str
    deferred_revenue_name_and_number: str
    accrued_revenue_name_and_number: str
    unrealized_gain_loss_name_and_number: str
    realized_gain_loss_name_and_number: str
    rounding_account_name_and_number: str
    unapplied_credits_name_and_number: str
    unapplied_debits_name_and_number: str
    unbilled_revenue_name_and_number: str
    default_clearing_name_and_number: str
    discount_account_name_and_number: str
    accrued_discount_account_name_and_number: str
    unbilled_discount_account_name_and_number: str
    refund_account_name_and_number: str
    processing_fees_name_and_number: str
    platform_fees_name_and_number: str
    deferred_processing_fees_name_and_number: str
    tax_account_name_and_number: str
    payout_account_name_and_number: str
    cta_account_name_and_number: str
    oci_translation_account_name_and_number: str
    fixed_asset_disposal_name_and_number: str
    bad_debt_account_name_and_number: str
    dispute_expense_account_name_and_number: str
    dispute_reinstatement_account_name_and_number: str
    recognize_discounts_as_contra_revenue: bool | None = None
    enable_mid_month_convention: bool | None = None
    mid_month_threshold: int | None = None
    use_whole_month_accounting_for_prepaids: bool | None = None
    split_invoice_payments_by_line: bool | None = None
    split_eliminations_by_department: bool | None = None
    customer: int
    uncategorized: Any | None = None
    accounts_payable: Any | None = None
    accounts_receivable: Any | None = None
    deferred_revenue: Any | None = None
    accrued_revenue: Any | None = None
    unrealized_gain_loss: Any | None = None
    realized_gain_loss: Any | None = None
    rounding_account: Any | None = None
    unapplied_credits: Any | None = None
    unapplied_debits: Any | None = None
    unbilled_revenue: Any | None = None
    default_clearing: Any | None = None
    discount_account: Any | None = None
    accrued_discount_account: Any | None = None
    unbilled_discount_account: Any | None = None
    refund_account: Any | None = None
    processing_fees: Any | None = None
    platform_fees: Any | None = None
    deferred_processing_fees: Any | None = None
    tax_account: Any | None = None
    payout_account: Any | None = None
    cta_account: Any | None = None
    oci_translation_account: Any | None = None
    fixed_asset_disposal: Any | None = None
    bad_debt_account: Any | None = None
    dispute_expense_account: Any | None = None
    dispute_reinstatement_account: Any | None = None


class ChartEntity(BaseModel):
    id: int
    customer: int
    parent: Any | None = None
    parent_name: str
    elimination_entity: Any | None = None
    primary_entity: Any | None = None
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
    withholding_scheme: Any | None = None
    withholding_scheme_name: str
    withholding_certificate: Any | None = None
    withholding_certificate_number: str


class ChartEntityMinimal(BaseModel):
    id: int
    name: str | None = None
    currency: str


class ChartTransaction(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    entity_name: str
    entity_currency: str
    account_name: str | None = None
    account_number: str
    vendor_name: str
    vendor_id: str
    department_name: str
    department_code: str
    parent_department_name: str
    parent_department: int
    tags: list[dict[str, Any]]
    journal: int
    journal_order: str
    journal_memo: str
    journal_type: str
    intercompany_journal: int
    created_automatically: bool
    journal_attachments: list[File]
    journal_type_name: str | None = None
    invoice: str | None = None
    bill: str | None = None
    date_month: str | None = None
    date_year: str | None = None
    balance_after_transaction: float
    bank_account: str
    bank_account_name: str
    account: Any | None = None
    last_modified_by_name: str
    account_type: str
    account_subtype: str
    parent_account_name: str
    files: str
    invoice_id: int | None = None
    invoice_number: str | None = None
    bill_id: int | None = None
    bill_number: str | None = None
    file_names: str
    has_matches: bool
    has_ai: bool
    has_rules: bool
    has_merges: bool
    has_fixed_asset_rule_matches: bool
    primary_action_type: str
    suggested_account: int | None = None
    suggested_account_name: str | None = None
    suggested_account_number: str | None = None
    amount: float
    amount_native: float
    amount_book: float
    amortization_schedule: list[AmortizationSchedule]
    linked_amortizations: list[dict[str, Any]]
    created_fixed_assets: list[dict[str, Any]]
    reconciliation_report: str
    opposing_account_name: str
    opposing_account_number: str
    transaction_id: str
    debit_amount: float | None = None
    credit_amount: float | None = None
    debit_amount_book: float | None = None
    credit_amount_book: float | None = None
    debit_amount_native: float | None = None
    credit_amount_native: float | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    posted_at: dt.date | None = None
    merchant_name: str | None = None
    bank_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    note: str | None = None
    receipt_url: str | None = None
    balance_before_transaction: float | None = None
    created_at: Timestamp
    external_id: str | None = None
    needs_review: bool | None = None
    last_modified_at: Timestamp
    draft_matches: Any | None = None
    last_lam_prediction_attempt: Timestamp | None = None
    customer: int
    entity: Any
    source_entity: int | None = None
    parent_bank_transaction: Any | None = None
    vendor: Any | None = None
    department: Any | None = None
    last_modified_by: Any | None = None


class ConfirmTransactionSelectionRequest(BaseModel):
    selected: list[int]
    selected_statements: list[int] | None = None


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


class ContractBundle(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    end_date: dt.date | None = None
    rebalance_journal_entries_indefinitely: bool | None = None
    lines: list[ContractBundleLine]
    bundle_name: str
    bundle_description: str | None = None
    start_date: dt.date
    use_daily_accounting: bool | None = None
    proration_method: str | None = None
    use_catchup: bool | None = None
    catchup_date: dt.date | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    contract: Any


class ContractBundleLine(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    product_name: str
    amount: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    product: Any | None = None


class ContractCustomer(BaseModel):
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
    active_contracts: int
    completed_contracts: int
    pending_contracts: int
    total_contracts: int
    total_revenue: float
    total_deferred_revenue: float
    total_mrr: float
    total_billed: float
    total_unbilled: float
    total_paid: float
    total_outstanding: float
    total_credit_memos: float
    credit_memo_applied: float
    credit_memo_available: float
    currency: str
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
    customer: Any
    parent: Any | None = None
    stripe_connection: Any | None = None
    default_expense_category: Any | None = None
    vendor_custom_field_1: Any | None = None
    payment_term: Any | None = None


class ContractDuplicateResponse(BaseModel):
    id: Any


class ContractMilestone(BaseModel):
    id: int
    customer: int
    contract: Any
    product: Any | None = None
    product_bundle: str
    contract_product_bundle: ContractProductBundleRead
    product_name: str
    product_bundle_name: str
    milestone_name: str
    milestone_date: dt.date
    amount: float
    quantity: float | None = None
    rate: float | None = None
    description: str | None = None
    department: Any | None = None
    department_name: str
    tags: list[dict[str, Any]]
    revenue_transaction_id: int
    created_at: Timestamp
    last_modified_at: str
    is_deleted: bool
    deleted_at: Timestamp | None = None


class ContractPrepaidCommit(BaseModel):
    id: int
    contract: int
    entity: Any | None = None
    entity_name: str | None = None
    product: Any | None = None
    product_name: str | None = None
    name: str
    description: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    total_value: float
    remaining_value: float
    discount_percentage: float | None = None
    rate: float | None = None
    start_date: dt.date
    expiration_date: dt.date | None = None
    status: str
    priority: int | None = None
    is_invoiced: bool
    invoice: int | None = None
    subledger: Any | None = None
    overage_invoice_cadence: str | None = None
    auto_send_overage_invoices: bool | None = None
    overage_invoice_start_month: dt.date | None = None
    department: Any | None = None
    department_name: str | None = None
    tags: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class ContractPrepaidCommitConsumption(BaseModel):
    id: int
    prepaid_commit: int
    entity: int | None = None
    period_start: dt.date
    period_end: dt.date
    description: str | None = None
    currency: str
    gross_usage_amount: float
    discount_amount: float
    net_consumption_amount: float
    overage_amount: float
    total_events: int | None = None
    balance_before: float
    balance_after: float
    revenue_transaction: int | None = None
    overage_revenue_transaction: int | None = None
    adjustments: list[dict[str, Any]]
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class ContractProductBundle(BaseModel):
    id: int
    source_bundle: int | None = None
    source_bundle_name: str | None = None
    total_amount: float
    currency: str
    license_term_start_date: dt.date | None = None
    lines: list[ContractProductBundleLine]
    created_at: Timestamp
    last_modified_at: Timestamp


class ContractProductBundleLine(BaseModel):
    id: int
    product: int
    product_name: str
    product_id_str: str
    amount: float
    percentage: str
    original_percentage: float | None = None
    component_type: str | None = None


class ContractProductBundleLineRead(BaseModel):
    id: int
    product: Any
    product_name: str
    amount: float
    percentage: str
    original_percentage: float | None = None


class ContractProductBundleLineUpdate(BaseModel):
    product: Any
    amount: float


class ContractProductBundleRead(BaseModel):
    id: int
    source_bundle: Any | None = None
    source_bundle_name: str | None = None
    total_amount: float
    currency: str | None = None
    lines: list[ContractProductBundleLineRead]


class ContractProductBundleUpdate(BaseModel):
    lines: list[ContractProductBundleLineUpdate]


class ContractSubscription(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    lines: str
    product_name: str
    product_is_renewable: bool | None = None
    product_bundle: str
    product_bundle_name: str
    contract_product_bundle: ContractProductBundleRead
    total_value: float
    last_modified_at: Timestamp
    rate: float | None = None
    quantity: float | None = None
    renewal_behavior: str | None = None
    period_amount: float | None = None
    is_contract_amendment: bool | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    mrr: float | None = None
    discount: float | None = None
    notes: str | None = None
    use_daily_accounting: bool | None = None
    proration_method: str | None = None
    use_catchup: bool | None = None
    catchup_date: dt.date | None = None
    catchup_manually_overridden: bool | None = None
    invoice_calculation: str | None = None
    created_at: Timestamp
    source: str | None = None
    external_id: str | None = None
    rates_are_net: bool | None = None
    customer: int
    contract: Any
    product: Any | None = None
    modified_subscription: Any | None = None


class ContractSubscriptionLine(BaseModel):
    id: Any | None = None
    start_date: dt.date
    end_date: dt.date
    original_value: float | None = None
    total_value: float
    original_mrr: float | None = None
    mrr: float | None = None
    original_quantity: float | None = None
    quantity: float | None = None
    original_rate: float | None = None
    rate: float | None = None
    use_daily_accounting: bool | None = None
    is_contract_amendment: bool | None = None


class ContractUsage(BaseModel):
    id: int
    contract: Any
    product: Any | None = None
    product_bundle: str
    contract_product_bundle: ContractProductBundleRead
    product_name: str
    product_bundle_name: str
    usage_group: Any | None = None
    usage_group_name: str
    department: Any | None = None
    tags: str | None = None
    description: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    lines: str
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class CostAllocation(BaseModel):
    id: int
    lines: list[CostAllocationLine]
    line_count: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    name: str
    number: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    account: Any | None = None


class CostAllocationLine(BaseModel):
    id: int
    account_name: str | None = None
    department_name: str
    tags: list[dict[str, Any]]
    percentage: float | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    account: Any
    department: Any | None = None


class CreditMemoPaymentInput(BaseModel):
    credit_memo_id: Any
    amount: float
    posted_at: dt.date


class CustomField(BaseModel):
    id: int
    app: str
    model: str
    name: str
    label: str
    field_type: str
    options: Any | None = None
    is_required: bool | None = None
    display_order: int | None = None
    is_active: bool | None = None
    include_on_invoice: bool | None = None
    created_at: Timestamp
    updated_at: Timestamp
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None


class CustomerCurrency(BaseModel):
    id: int
    name: str
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None
    currency: str | None = None
    created_at: Timestamp
    customer: int


class Department(BaseModel):
    id: int
    parent_name: str
    tags: list[dict[str, Any]]
    last_modified_at: Timestamp
    active: bool | None = None
    code: str
    name: str | None = None
    display_name: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    created_at: Timestamp
    customer: int
    parent: Any | None = None


class EmptyTransactionInput(BaseModel):
    amount: float
    payment_date: dt.date
    withholding_amount: float | None = None


class ErrorResponse(BaseModel):
    error: str


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


class FixedAsset(BaseModel):
    id: int
    entity_name: str
    entity_currency: str
    useful_life: str
    asset_class_useful_life: int
    asset_class_name: str
    asset_account: str
    asset_account_name: str
    depreciation_expense_account: str
    depreciation_expense_account_name: str
    accumulated_depreciation_account: str
    accumulated_depreciation_account_name: str
    purchase_journal_entry_order: str
    purchase_transaction_id: str
    vendor_name: str
    department_name: str
    tags: list[dict[str, Any]]
    attachments: list[File]
    depreciations: list[FixedAssetDepreciation] | None = None
    depreciation_start_date: dt.date | None = None
    depreciation_end_date: dt.date | None = None
    disposals: list[FixedAssetDisposal] | None = None
    transfers: list[FixedAssetTransfer] | None = None
    net_book_value: str
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None
    name: str
    description: str | None = None
    currency: str | None = None
    initial_value: float | None = None
    salvage_value: float | None = None
    purchase_date: dt.date
    created_at: Timestamp
    status: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    is_non_depreciable: bool | None = None
    pause_date: dt.date | None = None
    pause_reason: str | None = None
    last_resume_date: dt.date | None = None
    chat_id: int | None = None
    customer: int
    entity: Any | None = None
    asset_class: Any | None = None
    purchase_journal_entry: Any | None = None
    purchase_transaction: Any | None = None
    vendor: Any | None = None
    department: Any | None = None
    purchase_transactions: list[int] | None = None


class FixedAssetAutomationMatch(BaseModel):
    id: int
    rule: Any
    rule_name: str
    rule_account_name: str
    rule_threshold: float
    rule_needs_review: bool
    transaction: int
    transaction_description: str
    transaction_date: dt.date
    transaction_amount: str
    proposed_name: str
    proposed_asset_class: Any
    proposed_initial_value: float
    proposed_salvage_value: float | None = None
    proposed_purchase_date: dt.date
    proposed_depreciation_start_date: dt.date
    proposed_entity: Any | None = None
    proposed_department: Any | None = None
    proposed_vendor: Any | None = None
    created_asset: int | None = None
    created_at: Timestamp


class FixedAssetAutomationRule(BaseModel):
    id: int
    name: str
    entity: Any
    entity_name: str
    currency: str
    account: Any
    account_name: str
    account_number: str
    amount_threshold: float
    asset_class: Any
    asset_class_name: str
    needs_review: bool | None = None
    forward_looking: bool | None = None
    created_at: Timestamp
    last_modified_at: Timestamp


class FixedAssetClass(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    asset_account_name: str
    accumulated_depreciation_account_name: str
    depreciation_expense_account_name: str
    name: str
    useful_life: int | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    asset_account: Any | None = None
    accumulated_depreciation_account: Any | None = None
    depreciation_expense_account: Any | None = None


class FixedAssetDepreciation(BaseModel):
    id: Any | None = None
    journal_entry_order: str
    posted: bool | None = None
    post_date: dt.date
    amount: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    journal_entry: Any | None = None


class FixedAssetDisposal(BaseModel):
    id: int
    journal_entry_order: str
    disposal_percentage: float
    disposal_date: dt.date
    proceeds_amount: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    fixed_asset: Any
    journal_entry: Any | None = None


class FixedAssetTransfer(BaseModel):
    id: int
    source_asset_class_name: str
    new_asset_class_name: str
    reclassification_journal_entry_order: str
    catchup_depreciation_journal_entry_order: str
    created_asset_name: str
    effective_date: dt.date
    is_partial: bool | None = None
    transfer_amount: float | None = None
    transfer_accumulated_depreciation: float | None = None
    transfer_percentage: float | None = None
    new_useful_life_months: int | None = None
    new_salvage_value: float | None = None
    new_depreciation_start_date: dt.date | None = None
    new_depreciation_end_date: dt.date | None = None
    memo: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    fixed_asset: Any
    source_asset_class: Any
    new_asset_class: Any
    reclassification_journal_entry: Any | None = None
    catchup_depreciation_journal_entry: Any | None = None
    created_asset: Any | None = None


class GenerageSubscriptionSchedule(BaseModel):
    start_date: dt.date
    end_date: dt.date | None = None
    total_value: float
    mrr: float | None = None
    use_daily_accounting: bool | None = None
    proration_method: str | None = None
    use_catchup: bool | None = None
    catchup_date: dt.date | None = None
    modified_subscription: Any | None = None
    does_modify_contract_end_date: bool | None = None
    apply_prospectively: bool | None = None


class GetDefaultPaymentInput(BaseModel):
    posted_at: dt.date
    transaction_amount: float | None = None


class GetDefaultPaymentOutput(BaseModel):
    default_payment_amount: float
    payment_term_discount_note: str | None = None


class IntercompanyJournalEntry(BaseModel):
    id: int
    transactions: list[ChartTransaction]
    attachments: list[File]
    reversal_of_order: str
    reversals: list[dict[str, Any]]
    order: str | None = None
    source: str | None = None
    source_file: Any | None = None
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
    reversal_of: Any | None = None
    entities: list[int] | None = None


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
    count: Any
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
    group_id: Any
    id: Any


class JournalEntry(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    transactions: list[ChartTransaction]
    attachments: list[File]
    invoice: int | None = None
    reversal_of_order: str
    reversals: list[dict[str, Any]]
    entity_name: str
    entity_currency: str
    created_by: int | None = None
    created_by_name: str | None = None
    created_by_source: str | None = None
    order: str | None = None
    close_task_id: str | None = None
    credit_memos: list[dict[str, Any]]
    debit_memos: list[dict[str, Any]]
    ramp_use_sandbox: str
    navan_region: str | None = None
    search_vector: str | None = None
    search_text: str | None = None
    type: str | None = None
    journal_id: str | None = None
    memo: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    use_average_rate: bool | None = None
    created_automatically: bool | None = None
    date: dt.date | None = None
    ref_number: str | None = None
    created_at: Timestamp
    source: str | None = None
    source_id: str | None = None
    last_modified_at: Timestamp
    customer: int
    recurrent_journal_entry: Any | None = None
    entity: Any | None = None
    reversal_of: Any | None = None
    intercompany_journal: Any | None = None
    source_file: Any | None = None
    chat: Any | None = None
    last_draft: int | None = None


class MarkCreditMemoUsed(BaseModel):
    transaction_id: Any
    account_id: Any
    amount: float
    payment_date: dt.date
    memo: str | None = None


class MarkDebitMemoUsed(BaseModel):
    transaction_id: Any
    account_id: Any
    amount: float
    payment_date: dt.date
    memo: str | None = None


class MarkInvoicePaidAutoCreatedCreditMemo(BaseModel):
    id: Any
    credit_memo_number: str


class MarkInvoicePaidResponse(BaseModel):
    journal_entry_ids: list[int]
    payment_ids: list[int]
    auto_created_credit_memos: list[MarkInvoicePaidAutoCreatedCreditMemo] | None = None


class MarkPaid(BaseModel):
    transaction_match_id: Any | None = None
    transactions: list[MarkPaidTransaction] | None = None
    credit_memos: list[MarkPaidCreditMemo] | None = None
    debit_memos: list[MarkPaidDebitMemo] | None = None
    empty_transactions: list[MarkPaidEmptyTransaction] | None = None


class MarkPaidCreditMemo(BaseModel):
    credit_memo_id: Any
    amount: float
    posted_at: dt.date


class MarkPaidDebitMemo(BaseModel):
    debit_memo_id: Any
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


class MatchTransactionRequest(BaseModel):
    transaction_id: Any
    statement_transaction_id: Any


class NestedContractPrepaidCommit(BaseModel):
    entity: Any | None = None
    product: Any | None = None
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
    subledger: Any | None = None
    overage_invoice_cadence: str | None = None
    auto_send_overage_invoices: bool | None = None
    overage_invoice_start_month: dt.date | None = None
    department: Any | None = None
    tags: list[int] | None = None


class PaginatedAccountingCreditMemoList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[AccountingCreditMemo]


class PaginatedAccountingDebitMemoList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[AccountingDebitMemo]


class PaginatedAccountingInvoiceListList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[AccountingInvoiceList]


class PaginatedBankAccountList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[BankAccount]


class PaginatedBankTransactionList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[BankTransaction]


class PaginatedBillPaymentSyncList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[BillPaymentSync]


class PaginatedBudgetList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Budget]


class PaginatedChartAccountList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ChartAccount]


class PaginatedContractCustomerList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ContractCustomer]


class PaginatedContractList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Contract]


class PaginatedContractMilestoneList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ContractMilestone]


class PaginatedContractPrepaidCommitConsumptionList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ContractPrepaidCommitConsumption]


class PaginatedContractPrepaidCommitList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ContractPrepaidCommit]


class PaginatedContractUsageList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ContractUsage]


class PaginatedCostAllocationList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[CostAllocation]


class PaginatedCustomFieldList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[CustomField]


class PaginatedCustomerCurrencyList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[CustomerCurrency]


class PaginatedDepartmentList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Department]


class PaginatedFileList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[File]


class PaginatedFixedAssetAutomationMatchList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[FixedAssetAutomationMatch]


class PaginatedFixedAssetAutomationRuleList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[FixedAssetAutomationRule]


class PaginatedFixedAssetClassList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[FixedAssetClass]


class PaginatedFixedAssetList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[FixedAsset]


class PaginatedIntercompanyJournalEntryList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[IntercompanyJournalEntry]


class PaginatedInvoicePaymentSyncList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[InvoicePaymentSync]


class PaginatedJournalEntryList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[JournalEntry]


class PaginatedPrepaidUsageEventList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[PrepaidUsageEvent]


class PaginatedProductBundleList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ProductBundle]


class PaginatedProductList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Product]


class PaginatedReconciliationReportV2ListList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ReconciliationReportV2List]


class PaginatedReconciliationReportV2SourceTransactionListList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ReconciliationReportV2SourceTransactionList]


class PaginatedRevenueTransactionList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[RevenueTransaction]


class PaginatedTierPriceOverrideList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[TierPriceOverride]


class PaginatedTransactionMatchList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[TransactionMatch]


class PaginatedTransactionTagGroupList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[TransactionTagGroup]


class PaginatedTransactionTagList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[TransactionTag]


class PaginatedVendorContactList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[VendorContact]


class PaginatedVendorList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Vendor]


class PaginatedVendorSummaryList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[VendorSummary]


class PatchedAccountingBill(BaseModel):
    id: int | None = None
    lines: list[AccountingBillLine] | None = None
    payments: list[AccountingBillPayment] | None = None
    payment_journal_entries: list[int] | None = None
    status: str | None = None
    past_due_days: int | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    vendor_name: str | None = None
    ap_account_name: str | None = None
    attachments: list[File] | None = None
    total_amount: float | None = None
    amount_due: float | None = None
    amount_paid: float | None = None
    item_date: dt.date | None = None
    voided_date: dt.date | None = None
    voided_journal_entry_order: str | None = None
    amortizations: str | None = None
    last_modified_at: Timestamp | None = None
    ramp_use_sandbox: str | None = None
    navan_region: str | None = None
    zip_metadata: str | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    payment_term_name: str | None = None
    withholding_info: dict[str, Any] | None = None
    search_vector: str | None = None
    search_text: str | None = None
    mailing_address: str | None = None
    terms: str | None = None
    bill_number: str | None = None
    bill_date: dt.date | None = None
    due_date: dt.date | None = None
    paid_date: dt.date | None = None
    message_on_bill: str | None = None
    ita_allocation_number: str | None = None
    ita_bill_type: str | None = None
    source_id: str | None = None
    source: str | None = None
    source_bill_data: Any | None = None
    external_ramp_id: str | None = None
    payment_status: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    created_at: Timestamp | None = None
    tax_behavior: str | None = None
    bill_type: str | None = None
    chat_id: int | None = None
    customer: int | None = None
    entity: Any | None = None
    vendor: Any | None = None
    payment_term: Any | None = None
    journal_entry: Any | None = None
    source_file: Any | None = None
    tax_rate: Any | None = None
    ap_account: Any | None = None
    voided_journal_entry: Any | None = None


class PatchedAccountingCreditMemo(BaseModel):
    id: int | None = None
    lines: list[AccountingCreditMemoLine] | None = None
    payments: list[AccountingCreditMemoPayment] | None = None
    amount_remaining: float | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    client_name: str | None = None
    client_email: str | None = None
    contract_name: str | None = None
    credit_account_number: str | None = None
    credit_account_name: str | None = None
    attachments: list[File] | None = None
    credit_memo_number: str | None = None
    voided_date: dt.date | None = None
    voided_journal_entry_order: str | None = None
    last_modified_at: Timestamp | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    search_vector: str | None = None
    search_text: str | None = None
    credit_memo_type: str | None = None
    ref_number: str | None = None
    credit_memo_date: dt.date | None = None
    applied_date: dt.date | None = None
    message_on_credit_memo: str | None = None
    application_status: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    created_at: Timestamp | None = None
    last_sent_at: Timestamp | None = None
    anrok_transaction_id: str | None = None
    integration_id: str | None = None
    integration_context: Any | None = None
    vat_number: str | None = None
    total_amount: float | None = None
    amount_used: float | None = None
    chat_id: int | None = None
    customer: int | None = None
    entity: Any | None = None
    client: Any | None = None
    credit_account: Any | None = None
    journal_entry: Any | None = None
    contract: Any | None = None
    voided_journal_entry: Any | None = None
    anrok_connection: Any | None = None
    avalara_connection: Any | None = None
    sphere_connection: Any | None = None


class PatchedAccountingDebitMemo(BaseModel):
    id: int | None = None
    lines: list[AccountingDebitMemoLine] | None = None
    payments: list[AccountingDebitMemoPayment] | None = None
    amount_remaining: float | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    vendor_name: str | None = None
    debit_account_number: str | None = None
    debit_account_name: str | None = None
    attachments: list[File] | None = None
    debit_memo_number: str | None = None
    voided_date: dt.date | None = None
    voided_journal_entry_order: str | None = None
    last_modified_at: Timestamp | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    search_vector: str | None = None
    search_text: str | None = None
    ref_number: str | None = None
    debit_memo_date: dt.date | None = None
    applied_date: dt.date | None = None
    message_on_debit_memo: str | None = None
    source_id: str | None = None
    source: str | None = None
    application_status: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    created_at: Timestamp | None = None
    total_amount: float | None = None
    amount_used: float | None = None
    chat_id: int | None = None
    tax_behavior: str | None = None
    customer: int | None = None
    entity: Any | None = None
    vendor: Any | None = None
    debit_account: Any | None = None
    journal_entry: Any | None = None
    voided_journal_entry: Any | None = None


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


class PatchedBankAccount(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
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
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    customer: int | None = None
    entity: Any | None = None
    chart_of_accounts_account: Any | None = None
    department: Any | None = None
    tags: list[int] | None = None


class PatchedBankTransaction(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
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
    last_modified_at: Timestamp | None = None
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
    created_at: Timestamp | None = None
    customer: int | None = None
    account: Any | None = None


class PatchedBillDraftWrite(BaseModel):
    entity: Any | None = None
    extracted_vendor_name: str | None = None
    extracted_bill_number: str | None = None
    extracted_bill_date: dt.date | None = None
    extracted_due_date: dt.date | None = None
    extracted_currency: str | None = None
    extracted_total_amount: float | None = None
    extracted_line_items: Any | None = None
    resolved_vendor: Any | None = None


class PatchedBudget(BaseModel):
    id: int | None = None
    entity_name: str | None = None
    prior_start_date: str | None = None
    prior_end_date: str | None = None
    department_name: str | None = None
    tags: list[dict[str, Any]] | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    name: str | None = None
    description: str | None = None
    cadence: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    periods: int | None = None
    breakdown_type: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    currency: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None
    entity: Any | None = None
    department: Any | None = None


class PatchedBudgetAccount(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    account_name: str | None = None
    account_lineage: str | None = None
    department_name: str | None = None
    period: int | None = None
    amount: float | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None
    budget: int | None = None
    account: int | None = None
    department: int | None = None


class PatchedChartAccount(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    reconciliation_ending_date: dt.date | None = None
    reconciliation_ending_balance: float | None = None
    balance_ytd: float | None = None
    name_and_number: str | None = None
    parent_name_and_number: str | None = None
    sort_key: str | None = None
    has_associated_data: bool | None = None
    last_modified_at: Timestamp | None = None
    account_id: str | None = None
    number: str | None = None
    currency: str | None = None
    name: str | None = None
    nickname: str | None = None
    description: str | None = None
    status: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    account_cashflow_classification: str | None = None
    include_in_eliminations: bool | None = None
    include_in_revaluations: bool | None = None
    protected: bool | None = None
    skip_subledger_validation: bool | None = None
    external_id: str | None = None
    created_at: Timestamp | None = None
    last_recompute_balance_at: Timestamp | None = None
    lock_recompute_balance_key: str | None = None
    current_balance: float | None = None
    current_balance_book: float | None = None
    lineage_array: list[str] | None = None
    customer: int | None = None
    parent: Any | None = None
    parent_bank_account: Any | None = None
    default_department: Any | None = None
    default_tags: list[int] | None = None


class PatchedChartAccountSettings(BaseModel):
    id: int | None = None
    uncategorized_name_and_number: str | None = None
    accounts_payable_name_and_number: str | None = None
    accounts_receivable_name_and_number: str | None = None
    deferred_revenue_name_and_number: str | None = None
    accrued_revenue_name_and_number: str | None = None
    unrealized_gain_loss_name_and_number: str | None = None
    realized_gain_loss_name_and_number: str | None = None
    rounding_account_name_and_number: str | None = None
    unapplied_credits_name_and_number: str | None = None
    unapplied_debits_name_and_number: str | None = None
    unbilled_revenue_name_and_number: str | None = None
    default_clearing_name_and_number: str | None = None
    discount_account_name_and_number: str | None = None
    accrued_discount_account_name_and_number: str | None = None
    unbilled_discount_account_name_and_number: str | None = None
    refund_account_name_and_number: str | None = None
    processing_fees_name_and_number: str | None = None
    platform_fees_name_and_number: str | None = None
    deferred_processing_fees_name_and_number: str | None = None
    tax_account_name_and_number: str | None = None
    payout_account_name_and_number: str | None = None
    cta_account_name_and_number: str | None = None
    oci_translation_account_name_and_number: str | None = None
    fixed_asset_disposal_name_and_number: str | None = None
    bad_debt_account_name_and_number: str | None = None
    dispute_expense_account_name_and_number: str | None = None
    dispute_reinstatement_account_name_and_number: str | None = None
    recognize_discounts_as_contra_revenue: bool | None = None
    enable_mid_month_convention: bool | None = None
    mid_month_threshold: int | None = None
    use_whole_month_accounting_for_prepaids: bool | None = None
    split_invoice_payments_by_line: bool | None = None
    split_eliminations_by_department: bool | None = None
    customer: int | None = None
    uncategorized: Any | None = None
    accounts_payable: Any | None = None
    accounts_receivable: Any | None = None
    deferred_revenue: Any | None = None
    accrued_revenue: Any | None = None
    unrealized_gain_loss: Any | None = None
    realized_gain_loss: Any | None = None
    rounding_account: Any | None = None
    unapplied_credits: Any | None = None
    unapplied_debits: Any | None = None
    unbilled_revenue: Any | None = None
    default_clearing: Any | None = None
    discount_account: Any | None = None
    accrued_discount_account: Any | None = None
    unbilled_discount_account: Any | None = None
    refund_account: Any | None = None
    processing_fees: Any | None = None
    platform_fees: Any | None = None
    deferred_processing_fees: Any | None = None
    tax_account: Any | None = None
    payout_account: Any | None = None
    cta_account: Any | None = None
    oci_translation_account: Any | None = None
    fixed_asset_disposal: Any | None = None
    bad_debt_account: Any | None = None
    dispute_expense_account: Any | None = None
    dispute_reinstatement_account: Any | None = None


class PatchedChartEntity(BaseModel):
    id: int | None = None
    customer: int | None = None
    parent: Any | None = None
    parent_name: str | None = None
    elimination_entity: Any | None = None
    primary_entity: Any | None = None
    primary_entity_name: str | None = None
    is_adjusting: bool | None = None
    is_elimination_entity: bool | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
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
    withholding_scheme: Any | None = None
    withholding_scheme_name: str | None = None
    withholding_certificate: Any | None = None
    withholding_certificate_number: str | None = None


class PatchedChartTransaction(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    account_name: str | None = None
    account_number: str | None = None
    vendor_name: str | None = None
    vendor_id: str | None = None
    department_name: str | None = None
    department_code: str | None = None
    parent_department_name: str | None = None
    parent_department: int | None = None
    tags: list[dict[str, Any]] | None = None
    journal: int | None = None
    journal_order: str | None = None
    journal_memo: str | None = None
    journal_type: str | None = None
    intercompany_journal: int | None = None
    created_automatically: bool | None = None
    journal_attachments: list[File] | None = None
    journal_type_name: str | None = None
    invoice: str | None = None
    bill: str | None = None
    date_month: str | None = None
    date_year: str | None = None
    balance_after_transaction: float | None = None
    bank_account: str | None = None
    bank_account_name: str | None = None
    account: Any | None = None
    last_modified_by_name: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    parent_account_name: str | None = None
    files: str | None = None
    invoice_id: int | None = None
    invoice_number: str | None = None
    bill_id: int | None = None
    bill_number: str | None = None
    file_names: str | None = None
    has_matches: bool | None = None
    has_ai: bool | None = None
    has_rules: bool | None = None
    has_merges: bool | None = None
    has_fixed_asset_rule_matches: bool | None = None
    primary_action_type: str | None = None
    suggested_account: int | None = None
    suggested_account_name: str | None = None
    suggested_account_number: str | None = None
    amount: float | None = None
    amount_native: float | None = None
    amount_book: float | None = None
    amortization_schedule: list[AmortizationSchedule] | None = None
    linked_amortizations: list[dict[str, Any]] | None = None
    created_fixed_assets: list[dict[str, Any]] | None = None
    reconciliation_report: str | None = None
    opposing_account_name: str | None = None
    opposing_account_number: str | None = None
    transaction_id: str | None = None
    debit_amount: float | None = None
    credit_amount: float | None = None
    debit_amount_book: float | None = None
    credit_amount_book: float | None = None
    debit_amount_native: float | None = None
    credit_amount_native: float | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    posted_at: dt.date | None = None
    merchant_name: str | None = None
    bank_description: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    note: str | None = None
    receipt_url: str | None = None
    balance_before_transaction: float | None = None
    created_at: Timestamp | None = None
    external_id: str | None = None
    needs_review: bool | None = None
    last_modified_at: Timestamp | None = None
    draft_matches: Any | None = None
    last_lam_prediction_attempt: Timestamp | None = None
    customer: int | None = None
    entity: Any | None = None
    source_entity: int | None = None
    parent_bank_transaction: Any | None = None
    vendor: Any | None = None
    department: Any | None = None
    last_modified_by: Any | None = None


class PatchedContract(BaseModel):
    id: int | None = None
    entity_name: str | None = None
    client_name: str | None = None
    client_terms: str | None = None
    department_name: str | None = None
    parent_department_name: str | None = None
    parent_department: int | None = None
    tags: str | None = None
    total_revenue: float | None = None
    total_mrr: float | None = None
    total_deferred_revenue: float | None = None
    currency: str | None = None
    entity_currency: str | None = None
    attachments: list[File] | None = None
    contract_end_date: dt.date | None = None
    is_evergreen: bool | None = None
    auto_send_invoices: bool | None = None
    skip_evergreen_invoice_generation: bool | None = None
    auto_apply_customer_stripe_config_to_invoices: bool | None = None
    last_modified_at: Timestamp | None = None
    is_deleted: str | None = None
    deleted_at: str | None = None
    usage_tiers: str | None = None
    has_invoices: bool | None = None
    has_journal_entries: bool | None = None
    has_credit_memos: bool | None = None
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
    created_at: Timestamp | None = None
    auto_renew: bool | None = None
    auto_renew_duration: int | None = None
    auto_renew_invoice: bool | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    minimum_monthly_commitment_amount: float | None = None
    minimum_monthly_commitment_quantity: float | None = None
    purchase_order_number: str | None = None
    customer: int | None = None
    entity: Any | None = None
    client: Any | None = None
    department: Any | None = None
    journal_entries: list[int] | None = None


class PatchedContractBundle(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    end_date: dt.date | None = None
    rebalance_journal_entries_indefinitely: bool | None = None
    lines: list[ContractBundleLine] | None = None
    bundle_name: str | None = None
    bundle_description: str | None = None
    start_date: dt.date | None = None
    use_daily_accounting: bool | None = None
    proration_method: str | None = None
    use_catchup: bool | None = None
    catchup_date: dt.date | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None
    contract: Any | None = None


class PatchedContractCustomer(BaseModel):
    id: int | None = None
    contacts: list[VendorContact] | None = None
    parent_name: str | None = None
    stripe_connection_name: str | None = None
    stripe_connection_entity: int | None = None
    stripe_connection_portal_url: str | None = None
    stripe_connection_portal_enabled: bool | None = None
    stripe_connection_invoicing_enabled: bool | None = None
    vendor_custom_field_1_name: str | None = None
    payment_term_name_display: str | None = None
    last_modified_at: Timestamp | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    active_contracts: int | None = None
    completed_contracts: int | None = None
    pending_contracts: int | None = None
    total_contracts: int | None = None
    total_revenue: float | None = None
    total_deferred_revenue: float | None = None
    total_mrr: float | None = None
    total_billed: float | None = None
    total_unbilled: float | None = None
    total_paid: float | None = None
    total_outstanding: float | None = None
    total_credit_memos: float | None = None
    credit_memo_applied: float | None = None
    credit_memo_available: float | None = None
    currency: str | None = None
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
    created_at: Timestamp | None = None
    status: str | None = None
    anrok_customer_id: str | None = None
    terms: str | None = None
    invoice_labels: Any | None = None
    invoice_language: str | None = None
    lineage_array: list[str] | None = None
    customer: Any | None = None
    parent: Any | None = None
    stripe_connection: Any | None = None
    default_expense_category: Any | None = None
    vendor_custom_field_1: Any | None = None
    payment_term: Any | None = None


class PatchedContractMilestone(BaseModel):
    id: int | None = None
    customer: int | None = None
    contract: Any | None = None
    product: Any | None = None
    product_bundle: str | None = None
    contract_product_bundle: ContractProductBundleRead | None = None
    product_name: str | None = None
    product_bundle_name: str | None = None
    milestone_name: str | None = None
    milestone_date: dt.date | None = None
    amount: float | None = None
    quantity: float | None = None
    rate: float | None = None
    description: str | None = None
    department: Any | None = None
    department_name: str | None = None
    tags: list[dict[str, Any]] | None = None
    revenue_transaction_id: int | None = None
    created_at: Timestamp | None = None
    last_modified_at: str | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None


class PatchedContractPrepaidCommit(BaseModel):
    id: int | None = None
    contract: int | None = None
    entity: Any | None = None
    entity_name: str | None = None
    product: Any | None = None
    product_name: str | None = None
    name: str | None = None
    description: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    total_value: float | None = None
    remaining_value: float | None = None
    discount_percentage: float | None = None
    rate: float | None = None
    start_date: dt.date | None = None
    expiration_date: dt.date | None = None
    status: str | None = None
    priority: int | None = None
    is_invoiced: bool | None = None
    invoice: int | None = None
    subledger: Any | None = None
    overage_invoice_cadence: str | None = None
    auto_send_overage_invoices: bool | None = None
    overage_invoice_start_month: dt.date | None = None
    department: Any | None = None
    department_name: str | None = None
    tags: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class PatchedContractProductBundleUpdate(BaseModel):
    lines: list[ContractProductBundleLineUpdate] | None = None


class PatchedContractSubscription(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    lines: str | None = None
    product_name: str | None = None
    product_is_renewable: bool | None = None
    product_bundle: str | None = None
    product_bundle_name: str | None = None
    contract_product_bundle: ContractProductBundleRead | None = None
    total_value: float | None = None
    last_modified_at: Timestamp | None = None
    rate: float | None = None
    quantity: float | None = None
    renewal_behavior: str | None = None
    period_amount: float | None = None
    is_contract_amendment: bool | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    mrr: float | None = None
    discount: float | None = None
    notes: str | None = None
    use_daily_accounting: bool | None = None
    proration_method: str | None = None
    use_catchup: bool | None = None
    catchup_date: dt.date | None = None
    catchup_manually_overridden: bool | None = None
    invoice_calculation: str | None = None
    created_at: Timestamp | None = None
    source: str | None = None
    external_id: str | None = None
    rates_are_net: bool | None = None
    customer: int | None = None
    contract: Any | None = None
    product: Any | None = None
    modified_subscription: Any | None = None


class PatchedContractUsage(BaseModel):
    id: int | None = None
    contract: Any | None = None
    product: Any | None = None
    product_bundle: str | None = None
    contract_product_bundle: ContractProductBundleRead | None = None
    product_name: str | None = None
    product_bundle_name: str | None = None
    usage_group: Any | None = None
    usage_group_name: str | None = None
    department: Any | None = None
    tags: str | None = None
    description: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    lines: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class PatchedCostAllocation(BaseModel):
    id: int | None = None
    lines: list[CostAllocationLine] | None = None
    line_count: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    name: str | None = None
    number: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None
    account: Any | None = None


class PatchedCustomField(BaseModel):
    id: int | None = None
    app: str | None = None
    model: str | None = None
    name: str | None = None
    label: str | None = None
    field_type: str | None = None
    options: Any | None = None
    is_required: bool | None = None
    display_order: int | None = None
    is_active: bool | None = None
    include_on_invoice: bool | None = None
    created_at: Timestamp | None = None
    updated_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None


class PatchedCustomerCurrency(BaseModel):
    id: int | None = None
    name: str | None = None
    last_modified_at: Timestamp | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    currency: str | None = None
    created_at: Timestamp | None = None
    customer: int | None = None


class PatchedDepartment(BaseModel):
    id: int | None = None
    parent_name: str | None = None
    tags: list[dict[str, Any]] | None = None
    last_modified_at: Timestamp | None = None
    active: bool | None = None
    code: str | None = None
    name: str | None = None
    display_name: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    created_at: Timestamp | None = None
    customer: int | None = None
    parent: Any | None = None


class PatchedFile(BaseModel):
    id: int | None = None
    customer: int | None = None
    created_at: Timestamp | None = None
    created_by: int | None = None
    created_by_name: str | None = None
    created_by_email: str | None = None
    last_modified_at: Timestamp | None = None
    name: str | None = None
    url: str | None = None
    s3_content_type: str | None = None
    s3_content_length: int | None = None
    s3_path: str | None = None
    object_id: int | None = None
    app: str | None = None
    model: str | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None


class PatchedFixedAsset(BaseModel):
    id: int | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    useful_life: str | None = None
    asset_class_useful_life: int | None = None
    asset_class_name: str | None = None
    asset_account: str | None = None
    asset_account_name: str | None = None
    depreciation_expense_account: str | None = None
    depreciation_expense_account_name: str | None = None
    accumulated_depreciation_account: str | None = None
    accumulated_depreciation_account_name: str | None = None
    purchase_journal_entry_order: str | None = None
    purchase_transaction_id: str | None = None
    vendor_name: str | None = None
    department_name: str | None = None
    tags: list[dict[str, Any]] | None = None
    attachments: list[File] | None = None
    depreciations: list[FixedAssetDepreciation] | None = None
    depreciation_start_date: dt.date | None = None
    depreciation_end_date: dt.date | None = None
    disposals: list[FixedAssetDisposal] | None = None
    transfers: list[FixedAssetTransfer] | None = None
    net_book_value: str | None = None
    last_modified_at: Timestamp | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    name: str | None = None
    description: str | None = None
    currency: str | None = None
    initial_value: float | None = None
    salvage_value: float | None = None
    purchase_date: dt.date | None = None
    created_at: Timestamp | None = None
    status: str | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    is_non_depreciable: bool | None = None
    pause_date: dt.date | None = None
    pause_reason: str | None = None
    last_resume_date: dt.date | None = None
    chat_id: int | None = None
    customer: int | None = None
    entity: Any | None = None
    asset_class: Any | None = None
    purchase_journal_entry: Any | None = None
    purchase_transaction: Any | None = None
    vendor: Any | None = None
    department: Any | None = None
    purchase_transactions: list[int] | None = None


class PatchedFixedAssetAutomationMatch(BaseModel):
    id: int | None = None
    rule: Any | None = None
    rule_name: str | None = None
    rule_account_name: str | None = None
    rule_threshold: float | None = None
    rule_needs_review: bool | None = None
    transaction: int | None = None
    transaction_description: str | None = None
    transaction_date: dt.date | None = None
    transaction_amount: str | None = None
    proposed_name: str | None = None
    proposed_asset_class: Any | None = None
    proposed_initial_value: float | None = None
    proposed_salvage_value: float | None = None
    proposed_purchase_date: dt.date | None = None
    proposed_depreciation_start_date: dt.date | None = None
    proposed_entity: Any | None = None
    proposed_department: Any | None = None
    proposed_vendor: Any | None = None
    created_asset: int | None = None
    created_at: Timestamp | None = None


class PatchedFixedAssetAutomationRule(BaseModel):
    id: int | None = None
    name: str | None = None
    entity: Any | None = None
    entity_name: str | None = None
    currency: str | None = None
    account: Any | None = None
    account_name: str | None = None
    account_number: str | None = None
    amount_threshold: float | None = None
    asset_class: Any | None = None
    asset_class_name: str | None = None
    needs_review: bool | None = None
    forward_looking: bool | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None


class PatchedFixedAssetClass(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    asset_account_name: str | None = None
    accumulated_depreciation_account_name: str | None = None
    depreciation_expense_account_name: str | None = None
    name: str | None = None
    useful_life: int | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None
    asset_account: Any | None = None
    accumulated_depreciation_account: Any | None = None
    depreciation_expense_account: Any | None = None


class PatchedIntercompanyJournalEntry(BaseModel):
    id: int | None = None
    transactions: list[ChartTransaction] | None = None
    attachments: list[File] | None = None
    reversal_of_order: str | None = None
    reversals: list[dict[str, Any]] | None = None
    order: str | None = None
    source: str | None = None
    source_file: Any | None = None
    close_task_id: str | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    type: str | None = None
    journal_id: str | None = None
    memo: str | None = None
    currency: str | None = None
    created_automatically: bool | None = None
    date: dt.date | None = None
    ref_number: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None
    reversal_of: Any | None = None
    entities: list[int] | None = None


class PatchedJournalEntry(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    transactions: list[ChartTransaction] | None = None
    attachments: list[File] | None = None
    invoice: int | None = None
    reversal_of_order: str | None = None
    reversals: list[dict[str, Any]] | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    created_by: int | None = None
    created_by_name: str | None = None
    created_by_source: str | None = None
    order: str | None = None
    close_task_id: str | None = None
    credit_memos: list[dict[str, Any]] | None = None
    debit_memos: list[dict[str, Any]] | None = None
    ramp_use_sandbox: str | None = None
    navan_region: str | None = None
    search_vector: str | None = None
    search_text: str | None = None
    type: str | None = None
    journal_id: str | None = None
    memo: str | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    use_average_rate: bool | None = None
    created_automatically: bool | None = None
    date: dt.date | None = None
    ref_number: str | None = None
    created_at: Timestamp | None = None
    source: str | None = None
    source_id: str | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None
    recurrent_journal_entry: Any | None = None
    entity: Any | None = None
    reversal_of: Any | None = None
    intercompany_journal: Any | None = None
    source_file: Any | None = None
    chat: Any | None = None
    last_draft: int | None = None


class PatchedProduct(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    department_name: str | None = None
    invoice_account_name: str | None = None
    revenue_account_name: str | None = None
    ar_account_name: str | None = None
    bad_debt_account_name: str | None = None
    invoice_unbilled_account_name: str | None = None
    tax_account_name: str | None = None
    tags: list[dict[str, Any]] | None = None
    last_modified_at: Timestamp | None = None
    product_uuid: str | None = None
    display_name: str | None = None
    usage_group_count: int | None = None
    usage_groups: list[ProductUsageGroupSummary] | None = None
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
    created_at: Timestamp | None = None
    stripe_product_id: str | None = None
    avalara_item_id: int | None = None
    avalara_item_data: Any | None = None
    avalara_tax_code: str | None = None
    anrok_item_id: str | None = None
    sphere_item_id: str | None = None
    apply_dept_tag_to_invoice_journals: bool | None = None
    customer: int | None = None
    department: Any | None = None
    invoice_account: Any | None = None
    revenue_account: Any | None = None
    ar_account: Any | None = None
    bad_debt_account: Any | None = None
    invoice_unbilled_account: Any | None = None


class PatchedProductBundle(BaseModel):
    id: int | None = None
    bundle_name: str | None = None
    bundle_description: str | None = None
    stripe_product_id: str | None = None
    anrok_item_id: str | None = None
    lines: list[ProductBundleLine] | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None


class PatchedReconciliationReportV2(BaseModel):
    id: int | None = None
    entity_name: str | None = None
    account_name: str | None = None
    account_number: str | None = None
    account_type: str | None = None
    account_subtype: str | None = None
    reconciled_by_name: str | None = None
    reconciled_by_email: str | None = None
    approved_by_name: str | None = None
    approved_by_email: str | None = None
    async_task: AsyncTask | None = None
    attachments: list[File] | None = None
    csv_statements: str | None = None
    cleared_total_debits: str | None = None
    cleared_total_credits: str | None = None
    cleared_activity: str | None = None
    cleared_item_count: str | None = None
    matched_total_debits: str | None = None
    matched_total_credits: str | None = None
    matched_activity: str | None = None
    matched_item_count: str | None = None
    unreconciled_total_debits: str | None = None
    unreconciled_total_credits: str | None = None
    unreconciled_activity: str | None = None
    unreconciled_gl_item_count: str | None = None
    unreconciled_statement_line_count: str | None = None
    unreconciled_statement_activity: str | None = None
    reconciliation_difference: str | None = None
    open_total_debits: str | None = None
    open_total_credits: str | None = None
    open_activity: str | None = None
    open_gl_item_count: str | None = None
    open_statement_line_count: str | None = None
    open_statement_activity: str | None = None
    statement_activity: str | None = None
    open_difference: str | None = None
    currency: str | None = None
    statement_starting_date: dt.date | None = None
    statement_ending_date: dt.date | None = None
    starting_balance: float | None = None
    ending_balance: float | None = None
    total_credit_amount: float | None = None
    total_debit_amount: float | None = None
    adjustments: float | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    reconciled_on: dt.date | None = None
    approved_on: Timestamp | None = None
    status: str | None = None
    unmatched_statement_transactions: Any | None = None
    statement_recognition_cost_usd: float | None = None
    statement_recognition_input_tokens: int | None = None
    statement_recognition_output_tokens: int | None = None
    statement_recognition_token_total: int | None = None
    statement_recognition_model_name: str | None = None
    customer: int | None = None
    entity: Any | None = None
    account: Any | None = None
    matching_task: Any | None = None
    reconciled_by: Any | None = None
    approved_by: int | None = None


class PatchedRevenueTransaction(BaseModel):
    id: int | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    entity_name: str | None = None
    entity_currency: str | None = None
    client_name: str | None = None
    contract_name: str | None = None
    contract_status: str | None = None
    product_name: str | None = None
    product_bundle_name: str | None = None
    product_is_taxable: bool | None = None
    contract_identifier: str | None = None
    client_identifier: str | None = None
    product_identifier: str | None = None
    gross_amount: str | None = None
    invoice_number: str | None = None
    invoice_date: str | None = None
    invoice_payment_status: str | None = None
    invoice_voided_date: dt.date | None = None
    credit_memo_number: str | None = None
    credit_memo_date: dt.date | None = None
    credit_memo_voided_date: dt.date | None = None
    credit_memo_application_status: str | None = None
    revenue_type: str | None = None
    journal_entry_order: str | None = None
    contract_subscription_notes: str | None = None
    subscription_discount: float | None = None
    department_name: str | None = None
    parent_department_name: str | None = None
    parent_department: int | None = None
    tags: str | None = None
    usage_tier_name: str | None = None
    last_modified_at: Timestamp | None = None
    anrok_item_id: str | None = None
    sphere_item_id: str | None = None
    source: str | None = None
    description: str | None = None
    external_id: str | None = None
    client_external_id: str | None = None
    contract_external_id: str | None = None
    contract_subscription_external_id: str | None = None
    product_external_id: str | None = None
    accounting_period: dt.date | None = None
    transaction_date: dt.date | None = None
    transaction_end_date: dt.date | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    recognized: float | None = None
    amount: float | None = None
    quantity: float | None = None
    rate: float | None = None
    discount: float | None = None
    refunds: float | None = None
    processing_fees: float | None = None
    platform_fees: float | None = None
    transfers: float | None = None
    tax: float | None = None
    balance_adjustment: float | None = None
    mrr: float | None = None
    renewall: bool | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    is_migration_invoiced: bool | None = None
    created_at: Timestamp | None = None
    customer: int | None = None
    entity: Any | None = None
    client: Any | None = None
    contract: Any | None = None
    contract_subscription: Any | None = None
    non_contract_subscription: Any | None = None
    contract_usage: Any | None = None
    contract_milestone: Any | None = None
    non_contract_usage: Any | None = None
    prepaid_commit: Any | None = None
    product: Any | None = None
    product_bundle: Any | None = None
    contract_product_bundle: Any | None = None
    contract_bundle: Any | None = None
    journal_entry: Any | None = None
    invoice: Any | None = None
    credit_memo: Any | None = None
    department: Any | None = None
    usage_tier: Any | None = None


class PatchedTransactionMatch(BaseModel):
    id: int | None = None
    matched_object: str | None = None
    app_label: str | None = None
    model: str | None = None
    drafts: str | None = None
    object_id: int | None = None
    created_at: Timestamp | None = None
    reviewed_at: Timestamp | None = None
    status: str | None = None
    confidence_score: float | None = None
    reason: str | None = None
    snapshot: Any | None = None
    customer: Any | None = None
    transaction: Any | None = None
    content_type: Any | None = None
    reviewed_by: Any | None = None


class PatchedTransactionTag(BaseModel):
    id: int | None = None
    group_name: str | None = None
    parent_name: str | None = None
    parent: Any | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None
    is_active: bool | None = None
    name: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None
    group: Any | None = None


class PatchedTransactionTagGroup(BaseModel):
    id: int | None = None
    slug: str | None = None
    name: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None


class PatchedVendor(BaseModel):
    id: int | None = None
    contacts: list[VendorContact] | None = None
    parent_name: str | None = None
    stripe_connection_name: str | None = None
    stripe_connection_entity: int | None = None
    stripe_connection_portal_url: str | None = None
    stripe_connection_portal_enabled: bool | None = None
    stripe_connection_invoicing_enabled: bool | None = None
    vendor_custom_field_1_name: str | None = None
    payment_term_name_display: str | None = None
    last_modified_at: Timestamp | None = None
    is_deleted: bool | None = None
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
    created_at: Timestamp | None = None
    status: str | None = None
    anrok_customer_id: str | None = None
    terms: str | None = None
    invoice_labels: Any | None = None
    invoice_language: str | None = None
    lineage_array: list[str] | None = None
    customer: int | None = None
    parent: Any | None = None
    stripe_connection: Any | None = None
    default_expense_category: Any | None = None
    vendor_custom_field_1: Any | None = None
    payment_term: Any | None = None


class PatchedVendorCustomField1(BaseModel):
    id: int | None = None
    value: str | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None


class PatchedWebhook(BaseModel):
    id: int | None = None
    uuid: str | None = None
    url: str | None = None
    token: str | None = None
    topics: list[WebhookTopic] | None = None
    active: bool | None = None
    created_at: Timestamp | None = None
    last_modified_at: Timestamp | None = None
    customer: int | None = None


class PrepaidUsageEvent(BaseModel):
    id: int
    prepaid_commit: int
    consumption: int | None = None
    external_id: str | None = None
    event_date: dt.date | None = None
    period_month: dt.date
    total_revenue_dollars: float | None = None
    total_events: int | None = None
    data: Any | None = None
    adjustment_date: dt.date | None = None
    is_adjustment: bool | None = None
    original_period_month: dt.date | None = None
    created_at: Timestamp | None = None


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
    bad_debt_account: Any | None = None
    invoice_unbilled_account: Any | None = None


class ProductBundle(BaseModel):
    id: int
    bundle_name: str
    bundle_description: str | None = None
    stripe_product_id: str | None = None
    anrok_item_id: str | None = None
    lines: list[ProductBundleLine]
    created_at: Timestamp
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None


class ProductBundleLine(BaseModel):
    id: int
    product: Any
    product_name: str
    product_id_str: str
    percentage_allocation: float
    component_type: str | None = None


class ProductUsageGroupSummary(BaseModel):
    id: int
    name: str | None = None
    pricing_model: str | None = None
    unit_of_measure: str | None = None
    tier_count: int
    tiers: list[ProductUsageTierSummary]


class ProductUsageTierSummary(BaseModel):
    id: Any
    name: str
    pricing_type: str
    from_quantity: float
    to_quantity: float | None = None
    price: float | None = None
    percentage: float | None = None


class ReconciliationReportV2(BaseModel):
    id: int
    entity_name: str
    account_name: str
    account_number: str
    account_type: str
    account_subtype: str
    reconciled_by_name: str
    reconciled_by_email: str
    approved_by_name: str
    approved_by_email: str
    async_task: AsyncTask
    attachments: list[File]
    csv_statements: str
    cleared_total_debits: str
    cleared_total_credits: str
    cleared_activity: str
    cleared_item_count: str
    matched_total_debits: str
    matched_total_credits: str
    matched_activity: str
    matched_item_count: str
    unreconciled_total_debits: str
    unreconciled_total_credits: str
    unreconciled_activity: str
    unreconciled_gl_item_count: str
    unreconciled_statement_line_count: str
    unreconciled_statement_activity: str
    reconciliation_difference: str
    open_total_debits: str
    open_total_credits: str
    open_activity: str
    open_gl_item_count: str
    open_statement_line_count: str
    open_statement_activity: str
    statement_activity: str
    open_difference: str
    currency: str | None = None
    statement_starting_date: dt.date | None = None
    statement_ending_date: dt.date | None = None
    starting_balance: float | None = None
    ending_balance: float | None = None
    total_credit_amount: float | None = None
    total_debit_amount: float | None = None
    adjustments: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    reconciled_on: dt.date | None = None
    approved_on: Timestamp | None = None
    status: str | None = None
    unmatched_statement_transactions: Any | None = None
    statement_recognition_cost_usd: float | None = None
    statement_recognition_input_tokens: int | None = None
    statement_recognition_output_tokens: int | None = None
    statement_recognition_token_total: int | None = None
    statement_recognition_model_name: str | None = None
    customer: int
    entity: Any | None = None
    account: Any
    matching_task: Any | None = None
    reconciled_by: Any | None = None
    approved_by: int | None = None


class ReconciliationReportV2List(BaseModel):
    id: int
    customer: int
    entity: Any | None = None
    entity_name: str
    account: Any
    account_name: str
    account_number: str
    account_type: str
    account_subtype: str
    currency: str | None = None
    statement_starting_date: dt.date | None = None
    statement_ending_date: dt.date | None = None
    starting_balance: float | None = None
    ending_balance: float | None = None
    total_credit_amount: float | None = None
    total_debit_amount: float | None = None
    adjustments: float | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    async_task: AsyncTask
    matching_task: Any | None = None
    reconciled_by: Any | None = None
    reconciled_by_name: str
    reconciled_by_email: str
    reconciled_on: dt.date | None = None
    approved_by: int | None = None
    approved_by_name: str
    approved_by_email: str
    approved_on: Timestamp | None = None
    status: str | None = None
    unmatched_statement_transactions: Any | None = None
    statement_recognition_cost_usd: float | None = None
    statement_recognition_input_tokens: int | None = None
    statement_recognition_output_tokens: int | None = None
    statement_recognition_token_total: int | None = None
    statement_recognition_model_name: str | None = None


class ReconciliationReportV2SourceReconciliationTransaction(BaseModel):
    id: int
    status: str | None = None
    suggestion_id: int | None = None
    suggestion: ReconciliationReportV2StatementTransaction


class ReconciliationReportV2SourceTransactionList(BaseModel):
    id: int
    currency: str
    posted_at: dt.date | None = None
    debit_amount_in_currency: str
    credit_amount_in_currency: str
    bank_description: str | None = None
    reconciliation_transaction: list[ReconciliationReportV2SourceReconciliationTransaction]
    is_cleared: str
    is_matched: str
    journal_id: int
    journal_order: str


class ReconciliationReportV2StatementTransaction(BaseModel):
    id: int
    page_number: int
    reconciliation_transaction_id: str
    source_transaction_id: str
    is_matched: str
    date: dt.date
    deposit: float | None = None
    withdrawal: float | None = None
    description: str | None = None
    is_cleared: bool | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    reconciliation_report: int
    page: int


class RecordConsumptionInput(BaseModel):
    period_month: dt.date
    gross_usage_amount: float
    total_events: int | None = None
    description: str | None = None


class RevenueTransaction(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: Timestamp | None = None
    entity_name: str
    entity_currency: str
    client_name: str
    contract_name: str
    contract_status: str
    product_name: str
    product_bundle_name: str
    product_is_taxable: bool
    contract_identifier: str
    client_identifier: str
    product_identifier: str
    gross_amount: str
    invoice_number: str
    invoice_date: str
    invoice_payment_status: str
    invoice_voided_date: dt.date
    credit_memo_number: str
    credit_memo_date: dt.date
    credit_memo_voided_date: dt.date
    credit_memo_application_status: str
    revenue_type: str
    journal_entry_order: str
    contract_subscription_notes: str
    subscription_discount: float | None = None
    department_name: str
    parent_department_name: str
    parent_department: int
    tags: str | None = None
    usage_tier_name: str
    last_modified_at: Timestamp
    anrok_item_id: str
    sphere_item_id: str
    source: str | None = None
    description: str | None = None
    external_id: str | None = None
    client_external_id: str | None = None
    contract_external_id: str | None = None
    contract_subscription_external_id: str | None = None
    product_external_id: str | None = None
    accounting_period: dt.date | None = None
    transaction_date: dt.date | None = None
    transaction_end_date: dt.date | None = None
    currency: str | None = None
    exchange_rate: float | None = None
    exchange_rate_book: float | None = None
    recognized: float | None = None
    amount: float | None = None
    quantity: float | None = None
    rate: float | None = None
    discount: float | None = None
    refunds: float | None = None
    processing_fees: float | None = None
    platform_fees: float | None = None
    transfers: float | None = None
    tax: float | None = None
    balance_adjustment: float | None = None
    mrr: float | None = None
    renewall: bool | None = None
    tag_ids: list[int] | None = None
    tag_group_ids: list[int] | None = None
    is_migration_invoiced: bool | None = None
    created_at: Timestamp | None = None
    customer: int
    entity: Any | None = None
    client: Any | None = None
    contract: Any | None = None
    contract_subscription: Any | None = None
    non_contract_subscription: Any | None = None
    contract_usage: Any | None = None
    contract_milestone: Any | None = None
    non_contract_usage: Any | None = None
    prepaid_commit: Any | None = None
    product: Any | None = None
    product_bundle: Any | None = None
    contract_product_bundle: Any | None = None
    contract_bundle: Any | None = None
    journal_entry: Any | None = None
    invoice: Any | None = None
    credit_memo: Any | None = None
    department: Any | None = None
    usage_tier: Any | None = None


class TerminateContract(BaseModel):
    termination_date: dt.date
    void_invoice_ids: list[int] | None = None
    void_date: dt.date | None = None


class TerminateContractResponse(BaseModel):
    contract_terminated: bool
    contract_draft_id: Any | None = None
    voided_invoice_ids: list[int] | None = None
    drafted_invoice_ids: list[int] | None = None


class TierPriceOverride(BaseModel):
    id: int
    tier: Any
    tier_name: str
    contract: Any
    deal_name: str
    usage_group_id: int
    usage_group_name: str
    price: float | None = None
    percentage: float | None = None
    source: str | None = None
    integration_name: str | None = None
    external_reference: str | None = None
    notes: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp


class TransactionMatch(BaseModel):
    id: int
    matched_object: str
    app_label: str
    model: str
    drafts: str
    object_id: int
    created_at: Timestamp
    reviewed_at: Timestamp | None = None
    status: str | None = None
    confidence_score: float | None = None
    reason: str | None = None
    snapshot: Any | None = None
    customer: Any
    transaction: Any | None = None
    content_type: Any
    reviewed_by: Any | None = None


class TransactionPaymentInput(BaseModel):
    transaction_id: Any
    amount: float
    posted_at: dt.date
    withholding_amount: float | None = None


class TransactionTag(BaseModel):
    id: int
    group_name: str
    parent_name: str | None = None
    parent: Any | None = None
    is_deleted: bool
    deleted_at: Timestamp | None = None
    is_active: bool | None = None
    name: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int
    group: Any | None = None


class TransactionTagGroup(BaseModel):
    id: int
    slug: str
    name: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int


class TrialBalanceAccount(BaseModel):
    id: str
    name: str
    number: str
    account_type: str | None = None
    balances: TrialBalanceAccountBalance | None = None
    departments: dict[str, Any] | None = None
    department: str | None = None
    entities: dict[str, Any] | None = None
    parent: str | None = None


class TrialBalanceAccountBalance(BaseModel):
    debits: float
    credits: float


class TrialBalanceData(BaseModel):
    accounts: list[TrialBalanceAccount]


class TrialBalanceResponse(BaseModel):
    trial_balance: TrialBalanceData
    start_date: dt.date
    end_date: dt.date
    income_statement_start: dt.date
    breakdown: dict[str, Any] | None = None


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
    default_expense_category: Any | None = None
    vendor_custom_field_1: Any | None = None
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


class VendorCustomField1(BaseModel):
    id: int
    value: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int


class VendorSummary(BaseModel):
    id: int
    name: str | None = None
    dba: str | None = None
    total_spend: float | None = None
    total_bill_spend: float | None = None
    total_card_spend: float | None = None
    total_paid: float | None = None
    total_unpaid: float | None = None
    total_credits: float | None = None
    credit_used: float | None = None
    credit_available: float | None = None
    total_spend_book: float | None = None
    total_bill_spend_book: float | None = None
    total_card_spend_book: float | None = None
    total_paid_book: float | None = None
    total_unpaid_book: float | None = None
    total_credits_book: float | None = None
    credit_used_book: float | None = None
    credit_available_book: float | None = None


class VoidBillRequest(BaseModel):
    void_date: dt.date


class VoidCreditMemoRequest(BaseModel):
    void_date: dt.date


class VoidDebitMemoRequest(BaseModel):
    void_date: dt.date


class VoidInvoiceRequest(BaseModel):
    void_date: dt.date | None = None


class VoidPayment(BaseModel):
    void_date: dt.date | None = None


class Webhook(BaseModel):
    id: int
    uuid: str
    url: str
    token: str
    topics: list[WebhookTopic] | None = None
    active: bool
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int


class WebhookEvent(BaseModel):
    id: int
    object: Any
    status: str
    created_at: Timestamp
    url: str
    topic: str
    http: Any
    webhook: int | None = None


class WebhookTopic(BaseModel):
    id: int
    name: str


class ErrorDetail(BaseModel):
    detail: str
