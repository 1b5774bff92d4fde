# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Request parameters of the Campfire API: bodies (``...Param``) and query strings (``...Params``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "AccountBalanceSheetListParams",
    "AccountIncomeStatementListParams",
    "AccountingBillLineParam",
    "AccountingBillParam",
    "AccountingCreditMemoLineParam",
    "AccountingCreditMemoParam",
    "AccountingDebitMemoLineParam",
    "AccountingDebitMemoParam",
    "AccountingInvoiceLineParam",
    "AccountingInvoiceParam",
    "AccountsListParams",
    "BankAccountParam",
    "BankAccountsDeleteParams",
    "BankAccountsListParams",
    "BankFeedParam",
    "BankTransactionParam",
    "BankTransactionsListParams",
    "BillDraftCreateParam",
    "BillDraftWriteParam",
    "BillPaymentsListParams",
    "BillsListParams",
    "BudgetAccountParam",
    "BudgetAccountsListParams",
    "BudgetParam",
    "BudgetsListParams",
    "BulkApplyInvoicePaymentFiltersParam",
    "BulkApplyInvoicePaymentParam",
    "BulkBillParam",
    "BulkBillSearchParam",
    "BulkContractParam",
    "BulkContractSearchParam",
    "BulkCreateInvoicesParam",
    "BulkCreditMemoParam",
    "BulkCreditMemoSearchParam",
    "BulkDebitMemoParam",
    "BulkDebitMemoSearchParam",
    "BulkDepartmentParam",
    "BulkDepartmentSearchParam",
    "BulkInvoiceParam",
    "BulkInvoiceSearchParam",
    "BulkMatchTransactionRequestParam",
    "BulkTagParam",
    "BulkTagSearchParam",
    "BulkVendorParam",
    "BulkVendorSearchParam",
    "CalculatePaymentInputParam",
    "ChartAccountParam",
    "ChartAccountSettingsParam",
    "ChartEntityParam",
    "ChartTransactionParam",
    "ClientListParams",
    "ConfirmTransactionSelectionRequestParam",
    "ContractBundleLineParam",
    "ContractBundleParam",
    "ContractBundlesListParams",
    "ContractCustomerParam",
    "ContractListParams",
    "ContractMilestoneParam",
    "ContractMilestonesListParams",
    "ContractParam",
    "ContractPrepaidCommitConsumptionListParams",
    "ContractPrepaidCommitParam",
    "ContractPrepaidCommitUsageEventsListParams",
    "ContractPrepaidCommitsListParams",
    "ContractProductBundleLineUpdateParam",
    "ContractProductBundleUpdateParam",
    "ContractSubscriptionParam",
    "ContractSubscriptionsListParams",
    "ContractTierPriceOverridesListParams",
    "ContractUsageListParams",
    "ContractUsageParam",
    "CostAllocationLineParam",
    "CostAllocationParam",
    "CostAllocationsListParams",
    "CreditMemoListParams",
    "CreditMemoPaymentInputParam",
    "CustomFieldParam",
    "CustomFieldsListParams",
    "CustomFieldsReorderParams",
    "CustomerCurrencyParam",
    "CustomersListParams",
    "DebitMemosListParams",
    "DepartmentParam",
    "DepartmentsDeleteParams",
    "DepartmentsListParams",
    "EmptyTransactionInputParam",
    "EntityListParams",
    "FileParam",
    "FilesListParams",
    "FinancialStatementsBalanceSheetParams",
    "FinancialStatementsCashBasisOperatingStatementParams",
    "FinancialStatementsCashBasisParams",
    "FinancialStatementsCashFlowActivityParams",
    "FinancialStatementsCashFlowParams",
    "FinancialStatementsCashFlowV2Params",
    "FinancialStatementsCashOperatingStatementTransactionsParams",
    "FinancialStatementsComparativeBalanceSheetParams",
    "FinancialStatementsComparativeIncomeStatementParams",
    "FinancialStatementsIncomeStatementParams",
    "FinancialStatementsTrialBalanceParams",
    "FixedAssetAutomationMatchParam",
    "FixedAssetAutomationRuleParam",
    "FixedAssetAutomationsListMatchesParams",
    "FixedAssetAutomationsListParams",
    "FixedAssetClassParam",
    "FixedAssetClassesListParams",
    "FixedAssetDepreciationParam",
    "FixedAssetParam",
    "FixedAssetsListParams",
    "GenerageSubscriptionScheduleParam",
    "GetDefaultPaymentInputParam",
    "IntercompanyJournalEntriesBalanceParams",
    "IntercompanyJournalEntriesListParams",
    "IntercompanyJournalEntryParam",
    "InvoiceListParams",
    "InvoicePaymentListParams",
    "InvoiceReportParams",
    "JournalEntriesListParams",
    "JournalEntryParam",
    "MarkCreditMemoUsedParam",
    "MarkDebitMemoUsedParam",
    "MarkPaidCreditMemoParam",
    "MarkPaidDebitMemoParam",
    "MarkPaidEmptyTransactionParam",
    "MarkPaidParam",
    "MarkPaidTransactionParam",
    "MatchTransactionRequestParam",
    "NestedContractPrepaidCommitParam",
    "PatchedAccountingBillParam",
    "PatchedAccountingCreditMemoParam",
    "PatchedAccountingDebitMemoParam",
    "PatchedAccountingInvoiceParam",
    "PatchedBankAccountParam",
    "PatchedBankTransactionParam",
    "PatchedBillDraftWriteParam",
    "PatchedBudgetAccountParam",
    "PatchedBudgetParam",
    "PatchedChartAccountParam",
    "PatchedChartAccountSettingsParam",
    "PatchedChartEntityParam",
    "PatchedChartTransactionParam",
    "PatchedContractBundleParam",
    "PatchedContractCustomerParam",
    "PatchedContractMilestoneParam",
    "PatchedContractParam",
    "PatchedContractPrepaidCommitParam",
    "PatchedContractProductBundleUpdateParam",
    "PatchedContractSubscriptionParam",
    "PatchedContractUsageParam",
    "PatchedCostAllocationParam",
    "PatchedCustomFieldParam",
    "PatchedCustomerCurrencyParam",
    "PatchedDepartmentParam",
    "PatchedFileParam",
    "PatchedFixedAssetAutomationMatchParam",
    "PatchedFixedAssetAutomationRuleParam",
    "PatchedFixedAssetClassParam",
    "PatchedFixedAssetParam",
    "PatchedIntercompanyJournalEntryParam",
    "PatchedJournalEntryParam",
    "PatchedProductBundleParam",
    "PatchedProductParam",
    "PatchedReconciliationReportV2Param",
    "PatchedRevenueTransactionParam",
    "PatchedTransactionMatchParam",
    "PatchedTransactionTagGroupParam",
    "PatchedTransactionTagParam",
    "PatchedVendorCustomField1Param",
    "PatchedVendorParam",
    "PatchedWebhookParam",
    "ProductBundleLineParam",
    "ProductBundleParam",
    "ProductBundlesListParams",
    "ProductListParams",
    "ProductParam",
    "ReconciliationReportV2Param",
    "ReconciliationsListParams",
    "ReconciliationsListSourceTransactionsParams",
    "RecordConsumptionInputParam",
    "RevenueTransactionParam",
    "RevenueTransactionsListParams",
    "TagGroupsListParams",
    "TagsDeleteParams",
    "TagsListParams",
    "TerminateContractParam",
    "TierPriceOverrideParam",
    "TransactionMatchParam",
    "TransactionMatchesListParams",
    "TransactionPaymentInputParam",
    "TransactionTagGroupParam",
    "TransactionTagParam",
    "TransactionsListParams",
    "TransactionsMergeParams",
    "UserCurrenciesListParams",
    "VendorContactParam",
    "VendorContactsListParams",
    "VendorCustomField1Param",
    "VendorParam",
    "VendorsDeleteParams",
    "VendorsListSummariesParams",
    "VoidBillRequestParam",
    "VoidCreditMemoRequestParam",
    "VoidDebitMemoRequestParam",
    "VoidInvoiceRequestParam",
    "VoidPaymentParam",
    "WebhookParam",
    "WebhookTopicParam",
]


class AccountingBillParam(TypedDict, total=False):
    lines: Required[Iterable[AccountingBillLineParam]]
    item_date: str | dt.date | None
    migrated_journal_id: int | str | None
    chat_uuid: str
    mailing_address: str | None
    terms: Literal['custom', 'net_5', 'net_7', 'net_10', 'net_15', 'net_20', 'net_30', 'net_40', 'net_45', 'net_60', 'net_90', 'net_105', 'net_120', 'due_on_receipt', ''] | None
    bill_number: Required[str]
    bill_date: Required[str | dt.date]
    due_date: Required[str | dt.date]
    paid_date: str | dt.date | None
    message_on_bill: str | None
    ita_allocation_number: str | None
    ita_bill_type: Literal['other', 'equipment', ''] | None
    source_id: str | None
    source: str | None
    source_bill_data: Any | None
    external_ramp_id: str | None
    payment_status: Literal['partial', 'open', 'paid', 'payment_not_found', 'payment_pending', 'voided', ''] | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
    tax_behavior: Literal['inclusive', 'exclusive', ''] | None
    bill_type: Literal['BILL', 'PAYROLL', 'REIMBURSEMENT']
    chat_id: int | None
    entity: Required[int | str]
    vendor: Required[int | str | None]
    payment_term: int | str | None
    journal_entry: int | str | None
    source_file: int | str | None
    tax_rate: int | str | None
    ap_account: int | str | None
    voided_journal_entry: int | str | None


class AccountingBillLineParam(TypedDict, total=False):
    bill: int | str
    description: str | None
    amount: float
    tax: float
    tax_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    source: str | None
    source_id: str | None
    currency: str
    account: Required[int | str]
    tax_rate: int | str | None
    bill_customer: int | str | None
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
    journal_entry: int | str | None
    contract: int | str | None
    voided_journal_entry: int | str | None
    anrok_connection: int | str | None
    avalara_connection: int | str | None
    sphere_connection: int | str | None


class AccountingCreditMemoLineParam(TypedDict, total=False):
    credit_memo: int | str
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
    exchange_rate: float | None
    exchange_rate_book: float | None
    total_amount: float
    amount_used: float
    chat_id: int | None
    tax_behavior: Literal['inclusive', 'exclusive', ''] | None
    entity: Required[int | str]
    vendor: int | str | None
    debit_account: int | str | None
    journal_entry: int | str | None
    voided_journal_entry: int | str | None


class AccountingDebitMemoLineParam(TypedDict, total=False):
    debit_memo: int | str
    description: str | None
    amount: float
    tax: float
    tax_description: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    account: Required[int | str]
    tax_rate: int | str | None
    department: int | str | None


class AccountingInvoiceParam(TypedDict, total=False):
    lines: Required[Iterable[AccountingInvoiceLineParam]]
    invoice_number: str
    revenue_transactions: Iterable[int]
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
    invoice: int | str
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


class BankAccountParam(TypedDict, total=False):
    currency: str
    external_account_id: str | None
    name: str | None
    nickname: str | None
    status: str | None
    type: Literal['CHECKING', 'SAVING', 'CREDIT_CARD', 'DEBIT_CARD', 'INVESTMENT', 'LOAN', ''] | None
    available_balance: float | None
    current_balance: float | None
    institution_id: str | None
    source: str | None
    aba_routing_number: str | None
    swift_bic: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    entity: Required[int | str]
    chart_of_accounts_account: int | str | None
    department: int | str | None


class BankFeedParam(TypedDict, total=False):
    balance: Required[float]
    available_balance: Required[float]
    balance_as_of_date: Required[str | dt.date]
    transactions: Required[Iterable[Mapping[str, Any]]]


class BankTransactionParam(TypedDict, total=False):
    transaction_id: str
    external_transaction_id: str | None
    currency: str
    amount: float | None
    amount_native: float | None
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


class BillDraftCreateParam(TypedDict, total=False):
    source: Required[Literal['ui_upload']]
    source_file: int | str | None
    entity: int | str | None


class BillDraftWriteParam(TypedDict, total=False):
    entity: int | str | None
    extracted_vendor_name: str | None
    extracted_bill_number: str | None
    extracted_bill_date: str | dt.date | None
    extracted_due_date: str | dt.date | None
    extracted_currency: str | None
    extracted_total_amount: float | None
    extracted_line_items: Any
    resolved_vendor: int | str | None


class BudgetParam(TypedDict, total=False):
    name: Required[str]
    description: str | None
    cadence: str | None
    start_date: Required[str | dt.date]
    end_date: str | dt.date | None
    periods: int
    breakdown_type: Literal['standard', 'department_row']
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    currency: str
    entity: int | str | None
    department: int | str | None


class BudgetAccountParam(TypedDict, total=False):
    period: int
    amount: float


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


class BulkBillParam(TypedDict, total=False):
    bill_number: Required[str]


class BulkBillSearchParam(TypedDict, total=False):
    bills: Required[Iterable[BulkBillParam]]


class BulkContractParam(TypedDict, total=False):
    deal_name: str | None


class BulkContractSearchParam(TypedDict, total=False):
    contracts: Required[Iterable[BulkContractParam]]


class BulkCreateInvoicesParam(TypedDict, total=False):
    invoices: Required[Iterable[Mapping[str, Any]]]


class BulkCreditMemoParam(TypedDict, total=False):
    credit_memo_number: Required[str]


class BulkCreditMemoSearchParam(TypedDict, total=False):
    credit_memos: Required[Iterable[BulkCreditMemoParam]]


class BulkDebitMemoParam(TypedDict, total=False):
    debit_memo_number: Required[str]


class BulkDebitMemoSearchParam(TypedDict, total=False):
    debit_memos: Required[Iterable[BulkDebitMemoParam]]


class BulkDepartmentParam(TypedDict, total=False):
    name: Required[str]
    parent_id: int | str | None


class BulkDepartmentSearchParam(TypedDict, total=False):
    departments: Required[Iterable[BulkDepartmentParam]]
    upsert: bool


class BulkInvoiceParam(TypedDict, total=False):
    invoice_number: Required[str]


class BulkInvoiceSearchParam(TypedDict, total=False):
    invoices: Required[Iterable[BulkInvoiceParam]]


class BulkMatchTransactionRequestParam(TypedDict, total=False):
    pairs: Required[Iterable[MatchTransactionRequestParam]]


class BulkTagParam(TypedDict, total=False):
    name: Required[str]


class BulkTagSearchParam(TypedDict, total=False):
    tags: Required[Iterable[BulkTagParam]]
    upsert: bool


class BulkVendorParam(TypedDict, total=False):
    name: Required[str]
    external_id: str | None
    vendor_type: Literal['vendor', 'customer', 'employee'] | None
    email: str | None


class BulkVendorSearchParam(TypedDict, total=False):
    vendors: Required[Iterable[BulkVendorParam]]
    upsert: bool


class CalculatePaymentInputParam(TypedDict, total=False):
    transactions: Iterable[TransactionPaymentInputParam]
    credit_memos: Iterable[CreditMemoPaymentInputParam]
    empty_transactions: Iterable[EmptyTransactionInputParam]


class ChartAccountParam(TypedDict, total=False):
    number: Required[str | None]
    currency: str
    name: str | None
    nickname: str | None
    description: str | None
    status: Literal['ACTIVE', 'INACTIVE']
    account_type: Literal['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'COGS', 'OPERATING_EXPENSES', 'OTHER_INCOME', 'OTHER_EXPENSE', 'UNCATEGORIZED', 'COST_ALLOCATION']
    account_subtype: Literal['BANK', 'ACCOUNTS_RECEIVABLE', 'OTHER_CURRENT_ASSET', 'FIXED_ASSET', 'OTHER_ASSET', 'ACCOUNTS_PAYABLE', 'UNAPPLIED_CREDITS', 'CREDIT_CARD', 'ACCRUED_REVENUE', 'DEFERRED_REVENUE', 'OTHER_CURRENT_LIABILITY', 'LONG_TERM_LIABILITY', 'UNBILLED_RECEIVABLE', 'EQUITY', 'RETAINED_EARNINGS', 'INCOME', 'COST_OF_GOODS_SOLD', 'EXPENSE', 'DEFERRED_EXPENSE', 'OTHER_INCOME', 'OTHER_EXPENSE', 'REALIZED_GAIN_LOSS', 'UNREALIZED_GAIN_LOSS', 'PREPAID', 'COST_ALLOCATION', 'UNCATEGORIZED']
    account_cashflow_classification: Literal['NONE', 'OPERATING', 'INVESTING', 'FINANCING']
    include_in_eliminations: bool
    include_in_revaluations: bool
    protected: bool
    skip_subledger_validation: bool
    last_recompute_balance_at: str | dt.datetime | None
    lock_recompute_balance_key: str | None
    current_balance: float
    current_balance_book: float
    lineage_array: Iterable[str] | None
    parent: int | str | None
    parent_bank_account: int | str | None
    default_department: int | str | None
    default_tags: Iterable[int]


class ChartAccountSettingsParam(TypedDict, total=False):
    recognize_discounts_as_contra_revenue: bool
    enable_mid_month_convention: bool
    mid_month_threshold: int
    use_whole_month_accounting_for_prepaids: bool
    split_invoice_payments_by_line: bool | None
    split_eliminations_by_department: bool
    uncategorized: int | str | None
    accounts_payable: int | str | None
    accounts_receivable: int | str | None
    deferred_revenue: int | str | None
    accrued_revenue: int | str | None
    unrealized_gain_loss: int | str | None
    realized_gain_loss: int | str | None
    rounding_account: int | str | None
    unapplied_credits: int | str | None
    unapplied_debits: int | str | None
    unbilled_revenue: int | str | None
    default_clearing: int | str | None
    discount_account: int | str | None
    accrued_discount_account: int | str | None
    unbilled_discount_account: int | str | None
    refund_account: int | str | None
    processing_fees: int | str | None
    platform_fees: int | str | None
    deferred_processing_fees: int | str | None
    tax_account: int | str | None
    payout_account: int | str | None
    cta_account: int | str | None
    oci_translation_account: int | str | None
    fixed_asset_disposal: int | str | None
    bad_debt_account: int | str | None
    dispute_expense_account: int | str | None
    dispute_reinstatement_account: int | str | None


class ChartEntityParam(TypedDict, total=False):
    parent: int | str | None
    elimination_entity: int | str | None
    primary_entity: int | str | None
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
    withholding_scheme: int | str | None
    withholding_certificate: int | str | None


class ChartTransactionParam(TypedDict, total=False):
    account: int | str | None
    tax_rate: int | str | None
    apply_both_sides: bool
    transaction_match_id: int | str | None
    debit_amount: float | None
    credit_amount: float | None
    debit_amount_book: float | None
    credit_amount_book: float | None
    debit_amount_native: float | None
    credit_amount_native: float | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
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
    entity: Required[int | str]
    source_entity: int | None
    parent_bank_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    last_modified_by: int | str | None


class ConfirmTransactionSelectionRequestParam(TypedDict, total=False):
    selected: Required[Iterable[int]]
    selected_statements: Iterable[int]


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


class ContractBundleParam(TypedDict, total=False):
    end_date: str | dt.date | None
    rebalance_journal_entries_indefinitely: bool
    lines: Required[Iterable[ContractBundleLineParam]]
    bundle_name: Required[str]
    bundle_description: str | None
    start_date: Required[str | dt.date]
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily']
    use_catchup: bool
    catchup_date: str | dt.date | None
    contract: Required[int | str]


class ContractBundleLineParam(TypedDict, total=False):
    contract_bundle: int | str
    amount: float | None
    product: int | str | None


class ContractCustomerParam(TypedDict, total=False):
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
    customer: Required[int | str]
    parent: int | str | None
    stripe_connection: Required[int | str | None]
    default_expense_category: int | str | None
    vendor_custom_field_1: int | str | None
    payment_term: int | str | None


class ContractMilestoneParam(TypedDict, total=False):
    contract: Required[int | str]
    product: int | str | None
    milestone_name: Required[str]
    milestone_date: Required[str | dt.date]
    amount: Required[float]
    quantity: float
    rate: float
    description: str | None
    department: int | str | None


class ContractPrepaidCommitParam(TypedDict, total=False):
    entity: int | str | None
    product: int | str | None
    name: Required[str]
    description: str | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
    total_value: Required[float]
    discount_percentage: float
    rate: float | None
    start_date: Required[str | dt.date]
    expiration_date: str | dt.date | None
    priority: int
    subledger: int | str | None
    overage_invoice_cadence: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom']
    auto_send_overage_invoices: bool
    overage_invoice_start_month: str | dt.date | None
    department: int | str | None
    tags: str | None


class ContractProductBundleLineUpdateParam(TypedDict, total=False):
    product: Required[int | str]
    amount: Required[float]


class ContractProductBundleUpdateParam(TypedDict, total=False):
    lines: Required[Iterable[ContractProductBundleLineUpdateParam]]


class ContractSubscriptionParam(TypedDict, total=False):
    rate: float | None
    quantity: float | None
    renewal_behavior: Literal['FOLLOW_CONTRACT', 'FIXED_END']
    period_amount: float | None
    invoiced_amount_migration: float | None
    is_contract_amendment: bool
    start_date: str | dt.date | None
    end_date: str | dt.date | None
    mrr: float | None
    discount: float | None
    notes: str | None
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily']
    use_catchup: bool
    catchup_date: str | dt.date | None
    catchup_manually_overridden: bool
    invoice_calculation: Literal['FIXED_RATE', 'FIXED_QUANTITY']
    source: Literal['SALESFORCE', 'HUBSPOT', 'STRIPE', 'MANUAL']
    external_id: str | None
    rates_are_net: bool
    contract: Required[int | str]
    product: int | str | None
    modified_subscription: int | str | None


class ContractUsageParam(TypedDict, total=False):
    contract: Required[int | str]
    product: int | str | None
    usage_group: int | str | None
    department: int | str | None
    tags: str
    description: str | None
    start_date: str | dt.date | None
    end_date: str | dt.date | None


class CostAllocationParam(TypedDict, total=False):
    lines: Required[Iterable[CostAllocationLineParam]]
    name: Required[str]
    number: str | None
    account: int | str | None


class CostAllocationLineParam(TypedDict, total=False):
    allocation: int | str
    percentage: float
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    account: Required[int | str]
    department: int | str | None


class CreditMemoPaymentInputParam(TypedDict, total=False):
    credit_memo_id: Required[int | str]
    amount: Required[float]
    posted_at: Required[str | dt.date]


class CustomFieldParam(TypedDict, total=False):
    name: Required[str]
    label: Required[str]
    field_type: Required[Literal['text', 'single_select', 'date', 'number', 'boolean']]
    options: Any
    is_required: bool
    display_order: int
    is_active: bool
    include_on_invoice: bool


class CustomerCurrencyParam(TypedDict, total=False):
    currency: str


class DepartmentParam(TypedDict, total=False):
    active: bool
    code: Required[str]
    name: Required[str | None]
    display_name: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    parent: int | str | None


class EmptyTransactionInputParam(TypedDict, total=False):
    amount: Required[float]
    payment_date: Required[str | dt.date]
    withholding_amount: float | None


class FileParam(TypedDict, total=False):
    name: Required[str]
    s3_content_type: str | None
    s3_content_length: int | None
    s3_path: Required[str]
    object_id: int | None


class FixedAssetParam(TypedDict, total=False):
    depreciations: Iterable[FixedAssetDepreciationParam] | None
    depreciation_start_date: str | dt.date | None
    depreciation_end_date: str | dt.date | None
    depreciated_until: str | dt.date | None
    chat_uuid: str
    name: Required[str]
    description: str | None
    currency: str
    initial_value: float
    salvage_value: float
    purchase_date: Required[str | dt.date]
    status: Literal['ACTIVE', 'PAUSED', 'DEPRECIATED', 'DISPOSED']
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    exchange_rate: float | None
    exchange_rate_book: float | None
    is_non_depreciable: bool | None
    chat_id: int | None
    entity: int | str | None
    asset_class: int | str | None
    purchase_journal_entry: int | str | None
    purchase_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    purchase_transactions: Iterable[int]


class FixedAssetAutomationMatchParam(TypedDict, total=False):
    rule: Required[int | str]
    proposed_name: Required[str]
    proposed_asset_class: Required[int | str]
    proposed_initial_value: Required[float]
    proposed_salvage_value: float
    proposed_purchase_date: Required[str | dt.date]
    proposed_depreciation_start_date: Required[str | dt.date]
    proposed_entity: int | str | None
    proposed_department: int | str | None
    proposed_vendor: int | str | None


class FixedAssetAutomationRuleParam(TypedDict, total=False):
    name: Required[str]
    entity: Required[int | str]
    account: Required[int | str]
    amount_threshold: Required[float]
    asset_class: Required[int | str]
    needs_review: bool
    forward_looking: bool


class FixedAssetClassParam(TypedDict, total=False):
    name: Required[str]
    useful_life: int | None
    asset_account: int | str | None
    accumulated_depreciation_account: int | str | None
    depreciation_expense_account: int | str | None


class FixedAssetDepreciationParam(TypedDict, total=False):
    id: int | str
    fixed_asset: int | str
    depreciated_until: str | dt.date | None
    posted: bool
    post_date: Required[str | dt.date]
    amount: float
    journal_entry: int | str | None


class GenerageSubscriptionScheduleParam(TypedDict, total=False):
    start_date: Required[str | dt.date]
    end_date: str | dt.date | None
    total_value: Required[float]
    mrr: float
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily'] | None
    use_catchup: bool
    catchup_date: str | dt.date | None
    modified_subscription: int | str | None
    does_modify_contract_end_date: bool
    apply_prospectively: bool


class GetDefaultPaymentInputParam(TypedDict, total=False):
    posted_at: Required[str | dt.date]
    transaction_amount: float | None


class IntercompanyJournalEntryParam(TypedDict, total=False):
    reversal_date: str | dt.date | None
    order: str
    journals_to_delete: Iterable[int]
    exchange_rates: Any
    source: str | None
    source_file: int | str | None
    close_task_id: str
    chat_uuid: str
    type: Literal['bill', 'bill_payment', 'bill_prepayment', 'check', 'credit_card', 'credit_memo', 'credit_memo_payment', 'debit_memo', 'debit_memo_payment', 'deposit', 'expense', 'invoice', 'intercompany_journal', 'invoice_payment', 'journal_entry', 'lease', 'payment', 'receive_payment', 'refund', 'revenue_recognition', 'sales_receipt', 'transfer', 'vendor_credit', 'void_bill', 'void_bill_payment', 'void_invoice_payment', 'void_credit_memo', 'void_credit_memo_payment', 'void_debit_memo_payment', 'void_invoice', 'elimination', 'revaluation', 'asset_reclassification']
    journal_id: str
    memo: str | None
    currency: str
    created_automatically: bool
    date: str | dt.date
    ref_number: str | None
    reversal_of: int | str | None
    entities: Iterable[int]


class JournalEntryParam(TypedDict, total=False):
    reversal_date: str | dt.date | None
    order: str
    revenue_transactions: Iterable[int]
    bulk_upload: bool
    chat_uuid: str | None
    close_task_id: str
    update_reversal: bool
    journals_to_delete: Iterable[int]
    type: Literal['bill', 'bill_payment', 'bill_prepayment', 'check', 'credit_card', 'credit_memo', 'credit_memo_payment', 'debit_memo', 'debit_memo_payment', 'deposit', 'expense', 'invoice', 'intercompany_journal', 'invoice_payment', 'journal_entry', 'lease', 'payment', 'receive_payment', 'refund', 'revenue_recognition', 'sales_receipt', 'transfer', 'vendor_credit', 'void_bill', 'void_bill_payment', 'void_invoice_payment', 'void_credit_memo', 'void_credit_memo_payment', 'void_debit_memo_payment', 'void_invoice', 'elimination', 'revaluation', 'asset_reclassification']
    journal_id: str
    memo: str | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
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


class MarkCreditMemoUsedParam(TypedDict, total=False):
    transaction_id: Required[int | str]
    account_id: Required[int | str]
    amount: Required[float]
    payment_date: Required[str | dt.date]
    memo: str | None


class MarkDebitMemoUsedParam(TypedDict, total=False):
    transaction_id: Required[int | str]
    account_id: Required[int | str]
    amount: Required[float]
    payment_date: Required[str | dt.date]
    memo: str | None


class MarkPaidParam(TypedDict, total=False):
    transaction_match_id: int | str | None
    transactions: Iterable[MarkPaidTransactionParam] | None
    credit_memos: Iterable[MarkPaidCreditMemoParam] | None
    debit_memos: Iterable[MarkPaidDebitMemoParam] | None
    empty_transactions: Iterable[MarkPaidEmptyTransactionParam] | None


class MarkPaidCreditMemoParam(TypedDict, total=False):
    credit_memo_id: Required[int | str]
    amount: Required[float]
    posted_at: Required[str | dt.date]


class MarkPaidDebitMemoParam(TypedDict, total=False):
    debit_memo_id: Required[int | str]
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


class MatchTransactionRequestParam(TypedDict, total=False):
    transaction_id: Required[int | str]
    statement_transaction_id: Required[int | str]


class NestedContractPrepaidCommitParam(TypedDict, total=False):
    entity: int | str | None
    product: int | str | None
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
    subledger: int | str | None
    overage_invoice_cadence: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom']
    auto_send_overage_invoices: bool
    overage_invoice_start_month: str | dt.date | None
    department: int | str | None
    tags: Iterable[int]


class PatchedAccountingBillParam(TypedDict, total=False):
    lines: Iterable[AccountingBillLineParam]
    item_date: str | dt.date | None
    migrated_journal_id: int | str | None
    chat_uuid: str
    mailing_address: str | None
    terms: Literal['custom', 'net_5', 'net_7', 'net_10', 'net_15', 'net_20', 'net_30', 'net_40', 'net_45', 'net_60', 'net_90', 'net_105', 'net_120', 'due_on_receipt', ''] | None
    bill_number: str
    bill_date: str | dt.date
    due_date: str | dt.date
    paid_date: str | dt.date | None
    message_on_bill: str | None
    ita_allocation_number: str | None
    ita_bill_type: Literal['other', 'equipment', ''] | None
    source_id: str | None
    source: str | None
    source_bill_data: Any | None
    external_ramp_id: str | None
    payment_status: Literal['partial', 'open', 'paid', 'payment_not_found', 'payment_pending', 'voided', ''] | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
    tax_behavior: Literal['inclusive', 'exclusive', ''] | None
    bill_type: Literal['BILL', 'PAYROLL', 'REIMBURSEMENT']
    chat_id: int | None
    entity: int | str
    vendor: int | str | None
    payment_term: int | str | None
    journal_entry: int | str | None
    source_file: int | str | None
    tax_rate: int | str | None
    ap_account: int | str | None
    voided_journal_entry: int | str | None


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
    entity: int | str
    client: int | str | None
    credit_account: int | str | None
    journal_entry: int | str | None
    contract: int | str | None
    voided_journal_entry: int | str | None
    anrok_connection: int | str | None
    avalara_connection: int | str | None
    sphere_connection: int | str | None


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
    exchange_rate: float | None
    exchange_rate_book: float | None
    total_amount: float
    amount_used: float
    chat_id: int | None
    tax_behavior: Literal['inclusive', 'exclusive', ''] | None
    entity: int | str
    vendor: int | str | None
    debit_account: int | str | None
    journal_entry: int | str | None
    voided_journal_entry: int | str | None


class PatchedAccountingInvoiceParam(TypedDict, total=False):
    lines: Iterable[AccountingInvoiceLineParam]
    invoice_number: str
    revenue_transactions: Iterable[int]
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


class PatchedBankAccountParam(TypedDict, total=False):
    currency: str
    external_account_id: str | None
    name: str | None
    nickname: str | None
    status: str | None
    type: Literal['CHECKING', 'SAVING', 'CREDIT_CARD', 'DEBIT_CARD', 'INVESTMENT', 'LOAN', ''] | None
    available_balance: float | None
    current_balance: float | None
    institution_id: str | None
    source: str | None
    aba_routing_number: str | None
    swift_bic: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    entity: int | str
    chart_of_accounts_account: int | str | None
    department: int | str | None


class PatchedBankTransactionParam(TypedDict, total=False):
    transaction_id: str
    external_transaction_id: str | None
    currency: str
    amount: float | None
    amount_native: float | None
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


class PatchedBillDraftWriteParam(TypedDict, total=False):
    entity: int | str | None
    extracted_vendor_name: str | None
    extracted_bill_number: str | None
    extracted_bill_date: str | dt.date | None
    extracted_due_date: str | dt.date | None
    extracted_currency: str | None
    extracted_total_amount: float | None
    extracted_line_items: Any
    resolved_vendor: int | str | None


class PatchedBudgetParam(TypedDict, total=False):
    name: str
    description: str | None
    cadence: str | None
    start_date: str | dt.date
    end_date: str | dt.date | None
    periods: int
    breakdown_type: Literal['standard', 'department_row']
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    currency: str
    entity: int | str | None
    department: int | str | None


class PatchedBudgetAccountParam(TypedDict, total=False):
    period: int
    amount: float


class PatchedChartAccountParam(TypedDict, total=False):
    number: str | None
    currency: str
    name: str | None
    nickname: str | None
    description: str | None
    status: Literal['ACTIVE', 'INACTIVE']
    account_type: Literal['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'COGS', 'OPERATING_EXPENSES', 'OTHER_INCOME', 'OTHER_EXPENSE', 'UNCATEGORIZED', 'COST_ALLOCATION']
    account_subtype: Literal['BANK', 'ACCOUNTS_RECEIVABLE', 'OTHER_CURRENT_ASSET', 'FIXED_ASSET', 'OTHER_ASSET', 'ACCOUNTS_PAYABLE', 'UNAPPLIED_CREDITS', 'CREDIT_CARD', 'ACCRUED_REVENUE', 'DEFERRED_REVENUE', 'OTHER_CURRENT_LIABILITY', 'LONG_TERM_LIABILITY', 'UNBILLED_RECEIVABLE', 'EQUITY', 'RETAINED_EARNINGS', 'INCOME', 'COST_OF_GOODS_SOLD', 'EXPENSE', 'DEFERRED_EXPENSE', 'OTHER_INCOME', 'OTHER_EXPENSE', 'REALIZED_GAIN_LOSS', 'UNREALIZED_GAIN_LOSS', 'PREPAID', 'COST_ALLOCATION', 'UNCATEGORIZED']
    account_cashflow_classification: Literal['NONE', 'OPERATING', 'INVESTING', 'FINANCING']
    include_in_eliminations: bool
    include_in_revaluations: bool
    protected: bool
    skip_subledger_validation: bool
    last_recompute_balance_at: str | dt.datetime | None
    lock_recompute_balance_key: str | None
    current_balance: float
    current_balance_book: float
    lineage_array: Iterable[str] | None
    parent: int | str | None
    parent_bank_account: int | str | None
    default_department: int | str | None
    default_tags: Iterable[int]


class PatchedChartAccountSettingsParam(TypedDict, total=False):
    recognize_discounts_as_contra_revenue: bool
    enable_mid_month_convention: bool
    mid_month_threshold: int
    use_whole_month_accounting_for_prepaids: bool
    split_invoice_payments_by_line: bool | None
    split_eliminations_by_department: bool
    uncategorized: int | str | None
    accounts_payable: int | str | None
    accounts_receivable: int | str | None
    deferred_revenue: int | str | None
    accrued_revenue: int | str | None
    unrealized_gain_loss: int | str | None
    realized_gain_loss: int | str | None
    rounding_account: int | str | None
    unapplied_credits: int | str | None
    unapplied_debits: int | str | None
    unbilled_revenue: int | str | None
    default_clearing: int | str | None
    discount_account: int | str | None
    accrued_discount_account: int | str | None
    unbilled_discount_account: int | str | None
    refund_account: int | str | None
    processing_fees: int | str | None
    platform_fees: int | str | None
    deferred_processing_fees: int | str | None
    tax_account: int | str | None
    payout_account: int | str | None
    cta_account: int | str | None
    oci_translation_account: int | str | None
    fixed_asset_disposal: int | str | None
    bad_debt_account: int | str | None
    dispute_expense_account: int | str | None
    dispute_reinstatement_account: int | str | None


class PatchedChartEntityParam(TypedDict, total=False):
    parent: int | str | None
    elimination_entity: int | str | None
    primary_entity: int | str | None
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
    withholding_scheme: int | str | None
    withholding_certificate: int | str | None


class PatchedChartTransactionParam(TypedDict, total=False):
    account: int | str | None
    tax_rate: int | str | None
    apply_both_sides: bool
    transaction_match_id: int | str | None
    debit_amount: float | None
    credit_amount: float | None
    debit_amount_book: float | None
    credit_amount_book: float | None
    debit_amount_native: float | None
    credit_amount_native: float | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
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
    entity: int | str
    source_entity: int | None
    parent_bank_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    last_modified_by: int | str | None


class PatchedContractParam(TypedDict, total=False):
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


class PatchedContractBundleParam(TypedDict, total=False):
    end_date: str | dt.date | None
    rebalance_journal_entries_indefinitely: bool
    lines: Iterable[ContractBundleLineParam]
    bundle_name: str
    bundle_description: str | None
    start_date: str | dt.date
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily']
    use_catchup: bool
    catchup_date: str | dt.date | None
    contract: int | str


class PatchedContractCustomerParam(TypedDict, total=False):
    contacts: Iterable[VendorContactParam]
    vendor_type: Literal['vendor', 'customer', 'employee', ''] | None
    name: str | None
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
    customer: int | str
    parent: int | str | None
    stripe_connection: int | str | None
    default_expense_category: int | str | None
    vendor_custom_field_1: int | str | None
    payment_term: int | str | None


class PatchedContractMilestoneParam(TypedDict, total=False):
    contract: int | str
    product: int | str | None
    milestone_name: str
    milestone_date: str | dt.date
    amount: float
    quantity: float
    rate: float
    description: str | None
    department: int | str | None


class PatchedContractPrepaidCommitParam(TypedDict, total=False):
    entity: int | str | None
    product: int | str | None
    name: str
    description: str | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
    total_value: float
    discount_percentage: float
    rate: float | None
    start_date: str | dt.date
    expiration_date: str | dt.date | None
    priority: int
    subledger: int | str | None
    overage_invoice_cadence: Literal['monthly', 'quarterly', 'biannual', 'annual', 'one_time', 'custom']
    auto_send_overage_invoices: bool
    overage_invoice_start_month: str | dt.date | None
    department: int | str | None
    tags: str | None


class PatchedContractProductBundleUpdateParam(TypedDict, total=False):
    lines: Iterable[ContractProductBundleLineUpdateParam]


class PatchedContractSubscriptionParam(TypedDict, total=False):
    rate: float | None
    quantity: float | None
    renewal_behavior: Literal['FOLLOW_CONTRACT', 'FIXED_END']
    period_amount: float | None
    invoiced_amount_migration: float | None
    is_contract_amendment: bool
    start_date: str | dt.date | None
    end_date: str | dt.date | None
    mrr: float | None
    discount: float | None
    notes: str | None
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily']
    use_catchup: bool
    catchup_date: str | dt.date | None
    catchup_manually_overridden: bool
    invoice_calculation: Literal['FIXED_RATE', 'FIXED_QUANTITY']
    source: Literal['SALESFORCE', 'HUBSPOT', 'STRIPE', 'MANUAL']
    external_id: str | None
    rates_are_net: bool
    contract: int | str
    product: int | str | None
    modified_subscription: int | str | None


class PatchedContractUsageParam(TypedDict, total=False):
    contract: int | str
    product: int | str | None
    usage_group: int | str | None
    department: int | str | None
    tags: str
    description: str | None
    start_date: str | dt.date | None
    end_date: str | dt.date | None


class PatchedCostAllocationParam(TypedDict, total=False):
    lines: Iterable[CostAllocationLineParam]
    name: str
    number: str | None
    account: int | str | None


class PatchedCustomFieldParam(TypedDict, total=False):
    name: str
    label: str
    field_type: Literal['text', 'single_select', 'date', 'number', 'boolean']
    options: Any
    is_required: bool
    display_order: int
    is_active: bool
    include_on_invoice: bool


class PatchedCustomerCurrencyParam(TypedDict, total=False):
    currency: str


class PatchedDepartmentParam(TypedDict, total=False):
    active: bool
    code: str
    name: str | None
    display_name: str | None
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    parent: int | str | None


class PatchedFileParam(TypedDict, total=False):
    name: str
    s3_content_type: str | None
    s3_content_length: int | None
    s3_path: str
    object_id: int | None


class PatchedFixedAssetParam(TypedDict, total=False):
    depreciations: Iterable[FixedAssetDepreciationParam] | None
    depreciation_start_date: str | dt.date | None
    depreciation_end_date: str | dt.date | None
    depreciated_until: str | dt.date | None
    chat_uuid: str
    name: str
    description: str | None
    currency: str
    initial_value: float
    salvage_value: float
    purchase_date: str | dt.date
    status: Literal['ACTIVE', 'PAUSED', 'DEPRECIATED', 'DISPOSED']
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    exchange_rate: float | None
    exchange_rate_book: float | None
    is_non_depreciable: bool | None
    chat_id: int | None
    entity: int | str | None
    asset_class: int | str | None
    purchase_journal_entry: int | str | None
    purchase_transaction: int | str | None
    vendor: int | str | None
    department: int | str | None
    purchase_transactions: Iterable[int]


class PatchedFixedAssetAutomationMatchParam(TypedDict, total=False):
    rule: int | str
    proposed_name: str
    proposed_asset_class: int | str
    proposed_initial_value: float
    proposed_salvage_value: float
    proposed_purchase_date: str | dt.date
    proposed_depreciation_start_date: str | dt.date
    proposed_entity: int | str | None
    proposed_department: int | str | None
    proposed_vendor: int | str | None


class PatchedFixedAssetAutomationRuleParam(TypedDict, total=False):
    name: str
    entity: int | str
    account: int | str
    amount_threshold: float
    asset_class: int | str
    needs_review: bool
    forward_looking: bool


class PatchedFixedAssetClassParam(TypedDict, total=False):
    name: str
    useful_life: int | None
    asset_account: int | str | None
    accumulated_depreciation_account: int | str | None
    depreciation_expense_account: int | str | None


class PatchedIntercompanyJournalEntryParam(TypedDict, total=False):
    reversal_date: str | dt.date | None
    order: str
    journals_to_delete: Iterable[int]
    exchange_rates: Any
    source: str | None
    source_file: int | str | None
    close_task_id: str
    chat_uuid: str
    type: Literal['bill', 'bill_payment', 'bill_prepayment', 'check', 'credit_card', 'credit_memo', 'credit_memo_payment', 'debit_memo', 'debit_memo_payment', 'deposit', 'expense', 'invoice', 'intercompany_journal', 'invoice_payment', 'journal_entry', 'lease', 'payment', 'receive_payment', 'refund', 'revenue_recognition', 'sales_receipt', 'transfer', 'vendor_credit', 'void_bill', 'void_bill_payment', 'void_invoice_payment', 'void_credit_memo', 'void_credit_memo_payment', 'void_debit_memo_payment', 'void_invoice', 'elimination', 'revaluation', 'asset_reclassification']
    journal_id: str
    memo: str | None
    currency: str
    created_automatically: bool
    date: str | dt.date
    ref_number: str | None
    reversal_of: int | str | None
    entities: Iterable[int]


class PatchedJournalEntryParam(TypedDict, total=False):
    reversal_date: str | dt.date | None
    order: str
    revenue_transactions: Iterable[int]
    bulk_upload: bool
    chat_uuid: str | None
    close_task_id: str
    update_reversal: bool
    journals_to_delete: Iterable[int]
    type: Literal['bill', 'bill_payment', 'bill_prepayment', 'check', 'credit_card', 'credit_memo', 'credit_memo_payment', 'debit_memo', 'debit_memo_payment', 'deposit', 'expense', 'invoice', 'intercompany_journal', 'invoice_payment', 'journal_entry', 'lease', 'payment', 'receive_payment', 'refund', 'revenue_recognition', 'sales_receipt', 'transfer', 'vendor_credit', 'void_bill', 'void_bill_payment', 'void_invoice_payment', 'void_credit_memo', 'void_credit_memo_payment', 'void_debit_memo_payment', 'void_invoice', 'elimination', 'revaluation', 'asset_reclassification']
    journal_id: str
    memo: str | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
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


class PatchedProductParam(TypedDict, total=False):
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
    bad_debt_account: int | str | None
    invoice_unbilled_account: int | str | None


class PatchedProductBundleParam(TypedDict, total=False):
    bundle_name: str
    bundle_description: str | None
    stripe_product_id: str | None
    lines: Iterable[ProductBundleLineParam]


class PatchedReconciliationReportV2Param(TypedDict, total=False):
    currency: str
    statement_starting_date: str | dt.date | None
    statement_ending_date: str | dt.date | None
    starting_balance: float
    ending_balance: float
    total_credit_amount: float | None
    total_debit_amount: float | None
    adjustments: float | None
    reconciled_on: str | dt.date | None
    status: Literal['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'DELETED']
    unmatched_statement_transactions: Any | None
    statement_recognition_cost_usd: float | None
    statement_recognition_input_tokens: int | None
    statement_recognition_output_tokens: int | None
    statement_recognition_token_total: int | None
    statement_recognition_model_name: str | None
    entity: int | str | None
    account: int | str
    matching_task: int | str | None
    reconciled_by: int | str | None


class PatchedRevenueTransactionParam(TypedDict, total=False):
    tags: str
    source: str | None
    description: str | None
    external_id: str | None
    client_external_id: str | None
    contract_external_id: str | None
    contract_subscription_external_id: str | None
    product_external_id: str | None
    accounting_period: str | dt.date | None
    transaction_date: str | dt.date | None
    transaction_end_date: str | dt.date | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
    recognized: float | None
    amount: float | None
    quantity: float | None
    rate: float | None
    discount: float | None
    refunds: float | None
    processing_fees: float | None
    platform_fees: float | None
    transfers: float | None
    tax: float | None
    balance_adjustment: float | None
    mrr: float | None
    renewall: bool
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    is_migration_invoiced: bool
    entity: int | str | None
    client: int | str | None
    contract: int | str | None
    contract_subscription: int | str | None
    non_contract_subscription: int | str | None
    contract_usage: int | str | None
    contract_milestone: int | str | None
    non_contract_usage: int | str | None
    prepaid_commit: int | str | None
    product: int | str | None
    product_bundle: int | str | None
    contract_product_bundle: int | str | None
    contract_bundle: int | str | None
    journal_entry: int | str | None
    invoice: int | str | None
    credit_memo: int | str | None
    department: int | str | None
    usage_tier: int | str | None


class PatchedTransactionMatchParam(TypedDict, total=False):
    object_id: int
    reviewed_at: str | dt.datetime | None
    status: Literal['pending', 'draft', 'accepted', 'rejected']
    confidence_score: float | None
    reason: str | None
    snapshot: Any | None
    customer: int | str
    transaction: int | str | None
    content_type: int | str
    reviewed_by: int | str | None


class PatchedTransactionTagParam(TypedDict, total=False):
    parent: int | str | None
    is_active: bool
    name: str | None
    group: int | str | None


class PatchedTransactionTagGroupParam(TypedDict, total=False):
    name: str | None


class PatchedVendorParam(TypedDict, total=False):
    contacts: Iterable[VendorContactParam]
    vendor_type: Literal['vendor', 'customer', 'employee', ''] | None
    name: str | None
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
    default_expense_category: int | str | None
    vendor_custom_field_1: int | str | None
    payment_term: int | str | None


class PatchedVendorCustomField1Param(TypedDict, total=False):
    value: str | None


class PatchedWebhookParam(TypedDict, total=False):
    url: str
    topics: Iterable[WebhookTopicParam]
    active: bool


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
    bad_debt_account: int | str | None
    invoice_unbilled_account: int | str | None


class ProductBundleParam(TypedDict, total=False):
    bundle_name: Required[str]
    bundle_description: str | None
    stripe_product_id: str | None
    lines: Required[Iterable[ProductBundleLineParam]]


class ProductBundleLineParam(TypedDict, total=False):
    product: Required[int | str]
    percentage_allocation: Required[float]
    component_type: Literal['SUBSCRIPTION', 'MILESTONE', 'USAGE', ''] | None


class ReconciliationReportV2Param(TypedDict, total=False):
    currency: str
    statement_starting_date: str | dt.date | None
    statement_ending_date: str | dt.date | None
    starting_balance: float
    ending_balance: float
    total_credit_amount: float | None
    total_debit_amount: float | None
    adjustments: float | None
    reconciled_on: str | dt.date | None
    status: Literal['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'DELETED']
    unmatched_statement_transactions: Any | None
    statement_recognition_cost_usd: float | None
    statement_recognition_input_tokens: int | None
    statement_recognition_output_tokens: int | None
    statement_recognition_token_total: int | None
    statement_recognition_model_name: str | None
    entity: int | str | None
    account: Required[int | str]
    matching_task: int | str | None
    reconciled_by: int | str | None


class RecordConsumptionInputParam(TypedDict, total=False):
    period_month: Required[str | dt.date]
    gross_usage_amount: Required[float]
    total_events: int
    description: str


class RevenueTransactionParam(TypedDict, total=False):
    tags: str
    source: str | None
    description: str | None
    external_id: str | None
    client_external_id: str | None
    contract_external_id: str | None
    contract_subscription_external_id: str | None
    product_external_id: str | None
    accounting_period: str | dt.date | None
    transaction_date: str | dt.date | None
    transaction_end_date: str | dt.date | None
    currency: str
    exchange_rate: float | None
    exchange_rate_book: float | None
    recognized: float | None
    amount: float | None
    quantity: float | None
    rate: float | None
    discount: float | None
    refunds: float | None
    processing_fees: float | None
    platform_fees: float | None
    transfers: float | None
    tax: float | None
    balance_adjustment: float | None
    mrr: float | None
    renewall: bool
    tag_ids: Iterable[int]
    tag_group_ids: Iterable[int]
    is_migration_invoiced: bool
    entity: int | str | None
    client: int | str | None
    contract: int | str | None
    contract_subscription: int | str | None
    non_contract_subscription: int | str | None
    contract_usage: int | str | None
    contract_milestone: int | str | None
    non_contract_usage: int | str | None
    prepaid_commit: int | str | None
    product: int | str | None
    product_bundle: int | str | None
    contract_product_bundle: int | str | None
    contract_bundle: int | str | None
    journal_entry: int | str | None
    invoice: int | str | None
    credit_memo: int | str | None
    department: int | str | None
    usage_tier: int | str | None


class TerminateContractParam(TypedDict, total=False):
    termination_date: Required[str | dt.date]
    void_invoice_ids: Iterable[int]
    void_date: str | dt.date


class TierPriceOverrideParam(TypedDict, total=False):
    tier: Required[int | str]
    contract: Required[int | str]
    price: float | None
    percentage: float | None
    source: Literal['manual', 'integration']
    integration_name: str | None
    external_reference: str | None
    notes: str | None


class TransactionMatchParam(TypedDict, total=False):
    object_id: Required[int]
    reviewed_at: str | dt.datetime | None
    status: Literal['pending', 'draft', 'accepted', 'rejected']
    confidence_score: float | None
    reason: str | None
    snapshot: Any | None
    customer: Required[int | str]
    transaction: Required[int | str | None]
    content_type: Required[int | str]
    reviewed_by: int | str | None


class TransactionPaymentInputParam(TypedDict, total=False):
    transaction_id: Required[int | str]
    amount: Required[float]
    posted_at: Required[str | dt.date]
    withholding_amount: float | None


class TransactionTagParam(TypedDict, total=False):
    parent: int | str | None
    is_active: bool
    name: Required[str | None]
    group: int | str | None


class TransactionTagGroupParam(TypedDict, total=False):
    name: Required[str | None]


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
    default_expense_category: int | str | None
    vendor_custom_field_1: int | str | None
    payment_term: int | str | None


class VendorContactParam(TypedDict, total=False):
    name: str | None
    first_name: str | None
    last_name: str | None
    email: str | None
    phone_number: str | None
    mobile_number: str | None


class VendorCustomField1Param(TypedDict, total=False):
    value: str | None


class VoidBillRequestParam(TypedDict, total=False):
    void_date: Required[str | dt.date]


class VoidCreditMemoRequestParam(TypedDict, total=False):
    void_date: Required[str | dt.date]


class VoidDebitMemoRequestParam(TypedDict, total=False):
    void_date: Required[str | dt.date]


class VoidInvoiceRequestParam(TypedDict, total=False):
    void_date: str | dt.date


class VoidPaymentParam(TypedDict, total=False):
    void_date: str | dt.date | None


class WebhookParam(TypedDict, total=False):
    url: Required[str]
    topics: Iterable[WebhookTopicParam]
    active: Required[bool]


class WebhookTopicParam(TypedDict, total=False):
    name: Required[str]


class CustomFieldsReorderParams(TypedDict, total=False):
    field_order: Iterable[int]


class IntercompanyJournalEntriesBalanceParams(TypedDict, total=False):
    date: str | dt.date
    transactions: Required[Iterable[Mapping[str, Any]]]
    exchange_rates: Iterable[Mapping[str, Any]]


class TransactionsMergeParams(TypedDict, total=False):
    transaction_ids: Required[Iterable[int]]
    transaction_match_id: int


class AccountBalanceSheetListParams(TypedDict, total=False):
    account: int
    account_subtype: str
    account_type: str
    include_cost_allocation: bool
    include_inactive: bool
    limit: int
    offset: int
    q: str


class AccountIncomeStatementListParams(TypedDict, total=False):
    limit: int
    offset: int


class AccountsListParams(TypedDict, total=False):
    limit: int
    offset: int


class BankAccountsListParams(TypedDict, total=False):
    chart_of_accounts_account: int
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class BankAccountsDeleteParams(TypedDict, total=False):
    new_account: int


class BankTransactionsListParams(TypedDict, total=False):
    exclude_drafts: bool
    include_deleted: bool
    limit: int
    offset: int


class BillPaymentsListParams(TypedDict, total=False):
    cursor: str
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int
    skip_count: bool
    voided: bool


class BillsListParams(TypedDict, total=False):
    currency: str
    download: bool
    end_date: str
    entity: int
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int
    q: str
    sort: str
    start_date: str
    status: Literal['1_30', '31_60', '61_90', '91_120', 'current', 'open', 'over_120', 'paid', 'partially_paid', 'past_due', 'payment_not_found', 'payment_pending', 'unpaid', 'voided']
    vendor: int


class BudgetAccountsListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str


class BudgetsListParams(TypedDict, total=False):
    entity: int
    entity_name: str
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int
    q: str
    sort: str


class ContractBundlesListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str


class ContractMilestonesListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class ContractPrepaidCommitConsumptionListParams(TypedDict, total=False):
    limit: int
    offset: int


class ContractPrepaidCommitUsageEventsListParams(TypedDict, total=False):
    limit: int
    offset: int


class ContractPrepaidCommitsListParams(TypedDict, total=False):
    limit: int
    offset: int


class ContractSubscriptionsListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str


class ContractTierPriceOverridesListParams(TypedDict, total=False):
    limit: int
    offset: int


class ContractUsageListParams(TypedDict, total=False):
    limit: int
    offset: int


class ContractListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class CostAllocationsListParams(TypedDict, total=False):
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


class CustomFieldsListParams(TypedDict, total=False):
    app: str
    include_deleted: bool
    is_active: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    model: str
    offset: int


class CustomersListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class DebitMemosListParams(TypedDict, total=False):
    limit: int
    offset: int


class DepartmentsListParams(TypedDict, total=False):
    include_deleted: bool
    include_inactive: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int
    q: str
    sort: str


class DepartmentsDeleteParams(TypedDict, total=False):
    new_department: int


class EntityListParams(TypedDict, total=False):
    exclude_adjusting: bool
    include_inactive: bool


class FilesListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class FinancialStatementsComparativeBalanceSheetParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    entity: int
    entity_rollup: bool
    group_by: str


class FinancialStatementsCashBasisParams(TypedDict, total=False):
    all_time: bool
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    export: Literal['xlsx']
    group: int
    group_by: str
    rollup_totals: bool
    start_date: str | dt.date
    use_book_values: bool


class FinancialStatementsCashBasisOperatingStatementParams(TypedDict, total=False):
    all_time: bool
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    export: Literal['xlsx']
    group: int
    group_by: str
    rollup_totals: bool
    start_date: str | dt.date


class FinancialStatementsCashOperatingStatementTransactionsParams(TypedDict, total=False):
    end_date: str | dt.date
    start_date: str | dt.date


class FinancialStatementsBalanceSheetParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    group_by: str
    start_date: str | dt.date


class FinancialStatementsCashFlowParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    group_by: str
    start_date: str | dt.date


class FinancialStatementsCashFlowActivityParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    start_date: str | dt.date


class FinancialStatementsCashFlowV2Params(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    start_date: str | dt.date


class FinancialStatementsIncomeStatementParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    group_by: str
    start_date: str | dt.date


class FinancialStatementsTrialBalanceParams(TypedDict, total=False):
    department: int
    end_date: str | dt.date
    entity: int
    entity_rollup: bool
    group_by: str
    income_statement_basis: Literal['fiscal_ytd', 'period']
    start_date: str | dt.date


class FinancialStatementsComparativeIncomeStatementParams(TypedDict, total=False):
    cadence: Literal['daily', 'monthly', 'quarterly', 'weekly', 'yearly']
    entity: int
    entity_rollup: bool
    group_by: str


class FixedAssetAutomationsListParams(TypedDict, total=False):
    limit: int
    offset: int
    ordering: str
    search: str


class FixedAssetAutomationsListMatchesParams(TypedDict, total=False):
    limit: int
    offset: int
    ordering: str


class FixedAssetClassesListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class FixedAssetsListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class IntercompanyJournalEntriesListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


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


class JournalEntriesListParams(TypedDict, total=False):
    account: str
    all_time: bool
    end_date: str
    limit: int
    offset: int
    source: str
    start_date: str


class ProductBundlesListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class ProductListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class ReconciliationsListParams(TypedDict, total=False):
    account: int
    end_date: str
    entity: int
    limit: int
    offset: int
    q: str
    sort: str
    start_date: str


class ReconciliationsListSourceTransactionsParams(TypedDict, total=False):
    bank: int
    currency: str
    department: int
    end_date: str
    group: int
    limit: int
    matched: str
    offset: int
    q: str
    reconciled_only: str
    sort: str
    start_date: str
    tag: int
    unreconciled: str
    vendor: int


class RevenueTransactionsListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class TagGroupsListParams(TypedDict, total=False):
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int
    q: str
    sort: str


class TagsListParams(TypedDict, total=False):
    exclude_tags: str
    group: int
    include_deleted: bool
    include_inactive: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    no_group: bool
    offset: int
    parent: int
    q: str
    sort: str


class TagsDeleteParams(TypedDict, total=False):
    new_tag: int


class TransactionMatchesListParams(TypedDict, total=False):
    limit: int
    offset: int


class TransactionsListParams(TypedDict, total=False):
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
    last_modified_at__gte: str
    last_modified_at__lte: str
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


class UserCurrenciesListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int


class VendorContactsListParams(TypedDict, total=False):
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


class VendorsDeleteParams(TypedDict, total=False):
    new_vendor: int


class VendorsListSummariesParams(TypedDict, total=False):
    limit: int
    offset: int
