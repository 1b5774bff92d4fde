# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of no operation (schemas of the spec no method names)."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel
from ._shared import ChartTransaction, File, FixedAssetAutomationMatch, JournalEntry, VendorContact
from .accounts import ChartAccount
from .bank_accounts import BankAccount
from .bank_transactions import BankTransaction
from .bill_payments import BillPaymentSync
from .budgets import Budget
from .contracts import (
    Contract,
    ContractMilestone,
    ContractPrepaidCommit,
    ContractPrepaidCommitConsumption,
    ContractUsage,
    PrepaidUsageEvent,
    TierPriceOverride,
)
from .cost_allocations import CostAllocation
from .credit_memos import AccountingCreditMemo
from .custom_fields import CustomField
from .customers import ContractCustomer
from .debit_memos import AccountingDebitMemo
from .departments import Department
from .fixed_asset_automations import FixedAssetAutomationRule
from .fixed_asset_classes import FixedAssetClass
from .fixed_assets import FixedAsset
from .intercompany_journal_entries import IntercompanyJournalEntry
from .invoice_payments import InvoicePaymentSync
from .invoice_reports import InvoiceReportResultRow
from .invoices import AccountingInvoiceList
from .product_bundles import ProductBundle
from .products import Product
from .reconciliations import ReconciliationReportV2List, ReconciliationReportV2SourceTransactionList
from .revenue_transactions import RevenueTransaction
from .tag_groups import TransactionTagGroup
from .tags import TransactionTag
from .transaction_matches import TransactionMatch
from .user_currencies import CustomerCurrency
from .vendors import Vendor, VendorSummary

__all__ = [
    "DeletedObject",
    "ErrorDetail",
    "ErrorResponse",
    "InvoiceReportResponse",
    "PaginatedAccountingBillList",
    "PaginatedAccountingCreditMemoList",
    "PaginatedAccountingDebitMemoList",
    "PaginatedAccountingInvoiceListList",
    "PaginatedBankAccountList",
    "PaginatedBankTransactionList",
    "PaginatedBillPaymentSyncList",
    "PaginatedBudgetList",
    "PaginatedChartAccountList",
    "PaginatedChartTransactionList",
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
]


class ErrorResponse(BaseModel):
    error: str


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


class PaginatedChartTransactionList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[ChartTransaction]


class DeletedObject(BaseModel):
    id: int
    is_deleted: bool
    deleted_at: str | None = None
    last_modified_at: str


class PaginatedAccountingBillList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class ErrorDetail(BaseModel):
    detail: str
