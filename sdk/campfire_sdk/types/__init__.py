# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Typed models (responses) and parameter dicts (requests), one module per resource.

Nothing is imported until a name is asked for: ``from campfire_sdk.types import Vendor`` loads
the vendors' module (and the few shared classes) only.
"""

from __future__ import annotations

import importlib
import typing as t

if t.TYPE_CHECKING:
    from ._shared import AmortizationSchedule as AmortizationSchedule
    from ._shared import ChartAccount as ChartAccount
    from ._shared import ChartTransaction as ChartTransaction
    from ._shared import ChartTransactionLine as ChartTransactionLine
    from ._shared import DeletedObject as DeletedObject
    from ._shared import DeletedRecord as DeletedRecord
    from ._shared import ErrorDetail as ErrorDetail
    from ._shared import File as File
    from ._shared import FixedAssetAutomationMatch as FixedAssetAutomationMatch
    from ._shared import FixedAssetClass as FixedAssetClass
    from ._shared import InvoiceReportResponse as InvoiceReportResponse
    from ._shared import InvoiceReportResultRow as InvoiceReportResultRow
    from ._shared import JournalEntry as JournalEntry
    from ._shared import MarkPaidCreditMemoParam as MarkPaidCreditMemoParam
    from ._shared import MarkPaidDebitMemoParam as MarkPaidDebitMemoParam
    from ._shared import MarkPaidEmptyTransactionParam as MarkPaidEmptyTransactionParam
    from ._shared import MarkPaidTransactionParam as MarkPaidTransactionParam
    from ._shared import VendorContact as VendorContact
    from ._shared import VendorContactParam as VendorContactParam
    from ._shared import VoidPaymentParam as VoidPaymentParam
    from .accounts import AccountBalanceSheetAccountListParams as AccountBalanceSheetAccountListParams
    from .accounts import AccountIncomeStatementAccountListParams as AccountIncomeStatementAccountListParams
    from .accounts import AccountListParams as AccountListParams
    from .accounts import ChartAccountParam as ChartAccountParam
    from .accounts import PaginatedChartAccountList as PaginatedChartAccountList
    from .accounts import PatchedChartAccountParam as PatchedChartAccountParam
    from .bank_accounts import BankAccount as BankAccount
    from .bank_accounts import BankAccountDeleteParams as BankAccountDeleteParams
    from .bank_accounts import BankAccountListParams as BankAccountListParams
    from .bank_accounts import BankAccountParam as BankAccountParam
    from .bank_accounts import PaginatedBankAccountList as PaginatedBankAccountList
    from .bank_accounts import PatchedBankAccountParam as PatchedBankAccountParam
    from .bank_feeds import BankFeedParam as BankFeedParam
    from .bank_transactions import BankTransaction as BankTransaction
    from .bank_transactions import BankTransactionListParams as BankTransactionListParams
    from .bank_transactions import BankTransactionParam as BankTransactionParam
    from .bank_transactions import PaginatedBankTransactionList as PaginatedBankTransactionList
    from .bank_transactions import PatchedBankTransactionParam as PatchedBankTransactionParam
    from .bill_drafts import BillDraftCreate as BillDraftCreate
    from .bill_drafts import BillDraftCreateParam as BillDraftCreateParam
    from .bill_drafts import BillDraftDiscardParams as BillDraftDiscardParams
    from .bill_drafts import BillDraftRead as BillDraftRead
    from .bill_drafts import BillDraftWrite as BillDraftWrite
    from .bill_drafts import BillDraftWriteParam as BillDraftWriteParam
    from .bill_drafts import PatchedBillDraftWriteParam as PatchedBillDraftWriteParam
    from .bill_payments import BillPaymentListParams as BillPaymentListParams
    from .bill_payments import BillPaymentSync as BillPaymentSync
    from .bill_payments import PaginatedBillPaymentSyncList as PaginatedBillPaymentSyncList
    from .bills import AccountingBill as AccountingBill
    from .bills import AccountingBillLine as AccountingBillLine
    from .bills import AccountingBillLineParam as AccountingBillLineParam
    from .bills import AccountingBillParam as AccountingBillParam
    from .bills import AccountingBillPayment as AccountingBillPayment
    from .bills import BillGenerateAmortizationScheduleParams as BillGenerateAmortizationScheduleParams
    from .bills import BillListParams as BillListParams
    from .bills import BillSaveAmortizationScheduleParams as BillSaveAmortizationScheduleParams
    from .bills import BulkBillParam as BulkBillParam
    from .bills import BulkBillSearchParam as BulkBillSearchParam
    from .bills import MarkBillPaidParam as MarkBillPaidParam
    from .bills import PaginatedAccountingBillList as PaginatedAccountingBillList
    from .bills import PatchedAccountingBillParam as PatchedAccountingBillParam
    from .bills import VoidBillRequestParam as VoidBillRequestParam
    from .budgets import Budget as Budget
    from .budgets import BudgetAccount as BudgetAccount
    from .budgets import BudgetAccountListParams as BudgetAccountListParams
    from .budgets import BudgetAccountParam as BudgetAccountParam
    from .budgets import BudgetListParams as BudgetListParams
    from .budgets import BudgetParam as BudgetParam
    from .budgets import PaginatedBudgetList as PaginatedBudgetList
    from .budgets import PatchedBudgetAccountParam as PatchedBudgetAccountParam
    from .budgets import PatchedBudgetParam as PatchedBudgetParam
    from .chart_account_settings import ChartAccountSettings as ChartAccountSettings
    from .chart_account_settings import ChartAccountSettingsParam as ChartAccountSettingsParam
    from .chart_account_settings import PatchedChartAccountSettingsParam as PatchedChartAccountSettingsParam
    from .contracts import BulkContractParam as BulkContractParam
    from .contracts import BulkContractSearchParam as BulkContractSearchParam
    from .contracts import Contract as Contract
    from .contracts import ContractBundle as ContractBundle
    from .contracts import ContractBundleLine as ContractBundleLine
    from .contracts import ContractBundleLineParam as ContractBundleLineParam
    from .contracts import ContractBundleListParams as ContractBundleListParams
    from .contracts import ContractBundleParam as ContractBundleParam
    from .contracts import ContractDuplicateResponse as ContractDuplicateResponse
    from .contracts import ContractListParams as ContractListParams
    from .contracts import ContractMilestone as ContractMilestone
    from .contracts import ContractMilestoneListParams as ContractMilestoneListParams
    from .contracts import ContractMilestoneParam as ContractMilestoneParam
    from .contracts import ContractParam as ContractParam
    from .contracts import ContractPrepaidCommit as ContractPrepaidCommit
    from .contracts import ContractPrepaidCommitConsumption as ContractPrepaidCommitConsumption
    from .contracts import ContractPrepaidCommitConsumptionListParams as ContractPrepaidCommitConsumptionListParams
    from .contracts import ContractPrepaidCommitListParams as ContractPrepaidCommitListParams
    from .contracts import ContractPrepaidCommitParam as ContractPrepaidCommitParam
    from .contracts import (
        ContractPrepaidCommitUsageEventDistinctValuesParams as ContractPrepaidCommitUsageEventDistinctValuesParams,
    )
    from .contracts import ContractPrepaidCommitUsageEventListParams as ContractPrepaidCommitUsageEventListParams
    from .contracts import ContractProductBundle as ContractProductBundle
    from .contracts import ContractProductBundleLine as ContractProductBundleLine
    from .contracts import ContractProductBundleLineRead as ContractProductBundleLineRead
    from .contracts import ContractProductBundleLineUpdateParam as ContractProductBundleLineUpdateParam
    from .contracts import ContractProductBundleRead as ContractProductBundleRead
    from .contracts import ContractProductBundleUpdateParam as ContractProductBundleUpdateParam
    from .contracts import ContractSubscription as ContractSubscription
    from .contracts import ContractSubscriptionListParams as ContractSubscriptionListParams
    from .contracts import ContractSubscriptionParam as ContractSubscriptionParam
    from .contracts import ContractTierPriceOverrideListParams as ContractTierPriceOverrideListParams
    from .contracts import ContractUpdateParam as ContractUpdateParam
    from .contracts import ContractUsage as ContractUsage
    from .contracts import ContractUsageListParams as ContractUsageListParams
    from .contracts import ContractUsageParam as ContractUsageParam
    from .contracts import MinimumCommitPreview as MinimumCommitPreview
    from .contracts import NestedContractPrepaidCommit as NestedContractPrepaidCommit
    from .contracts import NestedContractPrepaidCommitParam as NestedContractPrepaidCommitParam
    from .contracts import PaginatedContractList as PaginatedContractList
    from .contracts import PaginatedContractMilestoneList as PaginatedContractMilestoneList
    from .contracts import (
        PaginatedContractPrepaidCommitConsumptionList as PaginatedContractPrepaidCommitConsumptionList,
    )
    from .contracts import PaginatedContractPrepaidCommitList as PaginatedContractPrepaidCommitList
    from .contracts import PaginatedContractUsageList as PaginatedContractUsageList
    from .contracts import PaginatedPrepaidUsageEventList as PaginatedPrepaidUsageEventList
    from .contracts import PaginatedTierPriceOverrideList as PaginatedTierPriceOverrideList
    from .contracts import PatchedContractBundleParam as PatchedContractBundleParam
    from .contracts import PatchedContractMilestoneParam as PatchedContractMilestoneParam
    from .contracts import PatchedContractParam as PatchedContractParam
    from .contracts import PatchedContractPrepaidCommitParam as PatchedContractPrepaidCommitParam
    from .contracts import PatchedContractProductBundleUpdateParam as PatchedContractProductBundleUpdateParam
    from .contracts import PatchedContractSubscriptionParam as PatchedContractSubscriptionParam
    from .contracts import PatchedContractUpdateParam as PatchedContractUpdateParam
    from .contracts import PatchedContractUsageParam as PatchedContractUsageParam
    from .contracts import PrepaidCommitFigures as PrepaidCommitFigures
    from .contracts import PrepaidCommitSummary as PrepaidCommitSummary
    from .contracts import PrepaidUsageEvent as PrepaidUsageEvent
    from .contracts import RecordConsumptionInput as RecordConsumptionInput
    from .contracts import RecordConsumptionInputParam as RecordConsumptionInputParam
    from .contracts import TerminateContractParam as TerminateContractParam
    from .contracts import TerminateContractResponse as TerminateContractResponse
    from .contracts import TierPriceOverride as TierPriceOverride
    from .contracts import TierPriceOverrideParam as TierPriceOverrideParam
    from .contracts import UsageEventDistinctValues as UsageEventDistinctValues
    from .cost_allocations import CostAllocation as CostAllocation
    from .cost_allocations import CostAllocationLine as CostAllocationLine
    from .cost_allocations import CostAllocationLineParam as CostAllocationLineParam
    from .cost_allocations import CostAllocationListParams as CostAllocationListParams
    from .cost_allocations import CostAllocationParam as CostAllocationParam
    from .cost_allocations import PaginatedCostAllocationList as PaginatedCostAllocationList
    from .cost_allocations import PatchedCostAllocationParam as PatchedCostAllocationParam
    from .credit_memos import AccountingCreditMemo as AccountingCreditMemo
    from .credit_memos import AccountingCreditMemoLine as AccountingCreditMemoLine
    from .credit_memos import AccountingCreditMemoLineParam as AccountingCreditMemoLineParam
    from .credit_memos import AccountingCreditMemoParam as AccountingCreditMemoParam
    from .credit_memos import AccountingCreditMemoPayment as AccountingCreditMemoPayment
    from .credit_memos import BulkCreditMemoParam as BulkCreditMemoParam
    from .credit_memos import BulkCreditMemoSearchParam as BulkCreditMemoSearchParam
    from .credit_memos import CreditMemoListParams as CreditMemoListParams
    from .credit_memos import MarkCreditMemoUsedParam as MarkCreditMemoUsedParam
    from .credit_memos import PaginatedAccountingCreditMemoList as PaginatedAccountingCreditMemoList
    from .credit_memos import PatchedAccountingCreditMemoParam as PatchedAccountingCreditMemoParam
    from .credit_memos import VoidCreditMemoRequestParam as VoidCreditMemoRequestParam
    from .custom_fields import CustomField as CustomField
    from .custom_fields import CustomFieldListParams as CustomFieldListParams
    from .custom_fields import CustomFieldParam as CustomFieldParam
    from .custom_fields import CustomFieldReorderParams as CustomFieldReorderParams
    from .custom_fields import PaginatedCustomFieldList as PaginatedCustomFieldList
    from .custom_fields import PatchedCustomFieldParam as PatchedCustomFieldParam
    from .customers import ContractCustomer as ContractCustomer
    from .customers import ContractCustomerParam as ContractCustomerParam
    from .customers import CustomerListParams as CustomerListParams
    from .customers import PaginatedContractCustomerList as PaginatedContractCustomerList
    from .customers import PatchedContractCustomerParam as PatchedContractCustomerParam
    from .debit_memos import AccountingDebitMemo as AccountingDebitMemo
    from .debit_memos import AccountingDebitMemoLine as AccountingDebitMemoLine
    from .debit_memos import AccountingDebitMemoLineParam as AccountingDebitMemoLineParam
    from .debit_memos import AccountingDebitMemoParam as AccountingDebitMemoParam
    from .debit_memos import AccountingDebitMemoPayment as AccountingDebitMemoPayment
    from .debit_memos import BulkDebitMemoParam as BulkDebitMemoParam
    from .debit_memos import BulkDebitMemoSearchParam as BulkDebitMemoSearchParam
    from .debit_memos import DebitMemoListParams as DebitMemoListParams
    from .debit_memos import MarkDebitMemoUsedParam as MarkDebitMemoUsedParam
    from .debit_memos import PaginatedAccountingDebitMemoList as PaginatedAccountingDebitMemoList
    from .debit_memos import PatchedAccountingDebitMemoParam as PatchedAccountingDebitMemoParam
    from .debit_memos import VoidDebitMemoRequestParam as VoidDebitMemoRequestParam
    from .departments import BulkDepartmentParam as BulkDepartmentParam
    from .departments import BulkDepartmentSearchParam as BulkDepartmentSearchParam
    from .departments import Department as Department
    from .departments import DepartmentDeleteParams as DepartmentDeleteParams
    from .departments import DepartmentListParams as DepartmentListParams
    from .departments import DepartmentParam as DepartmentParam
    from .departments import PaginatedDepartmentList as PaginatedDepartmentList
    from .departments import PatchedDepartmentParam as PatchedDepartmentParam
    from .entities import ChartEntity as ChartEntity
    from .entities import ChartEntityMinimal as ChartEntityMinimal
    from .entities import ChartEntityParam as ChartEntityParam
    from .entities import EntityListParams as EntityListParams
    from .entities import PatchedChartEntityParam as PatchedChartEntityParam
    from .files import FileDownloadUrl as FileDownloadUrl
    from .files import FileListParams as FileListParams
    from .files import FileParam as FileParam
    from .files import FileTempDownloadUrlParams as FileTempDownloadUrlParams
    from .files import FileUploadParams as FileUploadParams
    from .files import FileUploadQueryParams as FileUploadQueryParams
    from .files import PaginatedFileList as PaginatedFileList
    from .files import PatchedFileParam as PatchedFileParam
    from .financial_statements import BalanceSheetCell as BalanceSheetCell
    from .financial_statements import BalanceSheetResponse as BalanceSheetResponse
    from .financial_statements import BalanceSheetRow as BalanceSheetRow
    from .financial_statements import BalanceSheetTotals as BalanceSheetTotals
    from .financial_statements import CashBasisTransaction as CashBasisTransaction
    from .financial_statements import CashBasisTransactions as CashBasisTransactions
    from .financial_statements import CashFlowV2 as CashFlowV2
    from .financial_statements import CashFlowV2Disclosure as CashFlowV2Disclosure
    from .financial_statements import CashFlowV2Line as CashFlowV2Line
    from .financial_statements import CashFlowV2Operating as CashFlowV2Operating
    from .financial_statements import CashFlowV2Section as CashFlowV2Section
    from .financial_statements import ComparativeBalanceSheetResponse as ComparativeBalanceSheetResponse
    from .financial_statements import ComparativeIncomeStatementResponse as ComparativeIncomeStatementResponse
    from .financial_statements import ComparativeStatementRow as ComparativeStatementRow
    from .financial_statements import FinancialStatementBalanceSheetParams as FinancialStatementBalanceSheetParams
    from .financial_statements import (
        FinancialStatementCashBasisOperatingStatementParams as FinancialStatementCashBasisOperatingStatementParams,
    )
    from .financial_statements import FinancialStatementCashBasisParams as FinancialStatementCashBasisParams
    from .financial_statements import (
        FinancialStatementCashFlowActivityParams as FinancialStatementCashFlowActivityParams,
    )
    from .financial_statements import FinancialStatementCashFlowParams as FinancialStatementCashFlowParams
    from .financial_statements import FinancialStatementCashFlowV2Params as FinancialStatementCashFlowV2Params
    from .financial_statements import (
        FinancialStatementCashOperatingStatementTransactionsParams as FinancialStatementCashOperatingStatementTransactionsParams,
    )
    from .financial_statements import (
        FinancialStatementComparativeBalanceSheetParams as FinancialStatementComparativeBalanceSheetParams,
    )
    from .financial_statements import (
        FinancialStatementComparativeIncomeStatementParams as FinancialStatementComparativeIncomeStatementParams,
    )
    from .financial_statements import FinancialStatementIncomeStatementParams as FinancialStatementIncomeStatementParams
    from .financial_statements import FinancialStatementTrialBalanceParams as FinancialStatementTrialBalanceParams
    from .financial_statements import IncomeStatementResponse as IncomeStatementResponse
    from .financial_statements import IncomeStatementRow as IncomeStatementRow
    from .financial_statements import StatementPeriod as StatementPeriod
    from .financial_statements import TrialBalanceAccount as TrialBalanceAccount
    from .financial_statements import TrialBalanceAccountBalance as TrialBalanceAccountBalance
    from .financial_statements import TrialBalanceData as TrialBalanceData
    from .financial_statements import TrialBalanceResponse as TrialBalanceResponse
    from .fixed_asset_automation_matches import FixedAssetAutomationMatchParam as FixedAssetAutomationMatchParam
    from .fixed_asset_automation_matches import (
        PatchedFixedAssetAutomationMatchParam as PatchedFixedAssetAutomationMatchParam,
    )
    from .fixed_asset_automations import (
        FixedAssetAutomationListAssetClassesParams as FixedAssetAutomationListAssetClassesParams,
    )
    from .fixed_asset_automations import FixedAssetAutomationListMatchesParams as FixedAssetAutomationListMatchesParams
    from .fixed_asset_automations import FixedAssetAutomationListParams as FixedAssetAutomationListParams
    from .fixed_asset_automations import FixedAssetAutomationRule as FixedAssetAutomationRule
    from .fixed_asset_automations import FixedAssetAutomationRuleParam as FixedAssetAutomationRuleParam
    from .fixed_asset_automations import (
        PaginatedFixedAssetAutomationMatchList as PaginatedFixedAssetAutomationMatchList,
    )
    from .fixed_asset_automations import PaginatedFixedAssetAutomationRuleList as PaginatedFixedAssetAutomationRuleList
    from .fixed_asset_automations import PatchedFixedAssetAutomationRuleParam as PatchedFixedAssetAutomationRuleParam
    from .fixed_asset_classes import FixedAssetClassListParams as FixedAssetClassListParams
    from .fixed_asset_classes import FixedAssetClassParam as FixedAssetClassParam
    from .fixed_asset_classes import PaginatedFixedAssetClassList as PaginatedFixedAssetClassList
    from .fixed_asset_classes import PatchedFixedAssetClassParam as PatchedFixedAssetClassParam
    from .fixed_assets import FixedAsset as FixedAsset
    from .fixed_assets import FixedAssetDepreciation as FixedAssetDepreciation
    from .fixed_assets import FixedAssetDepreciationParam as FixedAssetDepreciationParam
    from .fixed_assets import FixedAssetDisposal as FixedAssetDisposal
    from .fixed_assets import FixedAssetListParams as FixedAssetListParams
    from .fixed_assets import (
        FixedAssetListReconciliationUnmatchedGlParams as FixedAssetListReconciliationUnmatchedGlParams,
    )
    from .fixed_assets import FixedAssetParam as FixedAssetParam
    from .fixed_assets import FixedAssetTransfer as FixedAssetTransfer
    from .fixed_assets import PaginatedChartTransactionList as PaginatedChartTransactionList
    from .fixed_assets import PaginatedFixedAssetList as PaginatedFixedAssetList
    from .fixed_assets import PatchedFixedAssetParam as PatchedFixedAssetParam
    from .general_ledger import GeneralLedger as GeneralLedger
    from .general_ledger import GeneralLedgerAccount as GeneralLedgerAccount
    from .general_ledger import GeneralLedgerRetrieveParams as GeneralLedgerRetrieveParams
    from .intercompany_journal_entries import IntercompanyBalance as IntercompanyBalance
    from .intercompany_journal_entries import IntercompanyBalanceLine as IntercompanyBalanceLine
    from .intercompany_journal_entries import IntercompanyBalanceRate as IntercompanyBalanceRate
    from .intercompany_journal_entries import (
        IntercompanyChartTransactionLineRequestParam as IntercompanyChartTransactionLineRequestParam,
    )
    from .intercompany_journal_entries import IntercompanyJournalEntry as IntercompanyJournalEntry
    from .intercompany_journal_entries import (
        IntercompanyJournalEntryBalanceParams as IntercompanyJournalEntryBalanceParams,
    )
    from .intercompany_journal_entries import IntercompanyJournalEntryListParams as IntercompanyJournalEntryListParams
    from .intercompany_journal_entries import IntercompanyJournalEntryParam as IntercompanyJournalEntryParam
    from .intercompany_journal_entries import (
        PaginatedIntercompanyJournalEntryList as PaginatedIntercompanyJournalEntryList,
    )
    from .intercompany_journal_entries import (
        PatchedIntercompanyJournalEntryParam as PatchedIntercompanyJournalEntryParam,
    )
    from .invoice_payments import InvoicePaymentListParams as InvoicePaymentListParams
    from .invoice_payments import InvoicePaymentSync as InvoicePaymentSync
    from .invoice_payments import PaginatedInvoicePaymentSyncList as PaginatedInvoicePaymentSyncList
    from .invoice_reports import InvoiceReportDataParams as InvoiceReportDataParams
    from .invoice_reports import InvoiceReportParams as InvoiceReportParams
    from .invoice_reports import InvoiceReportPreviewParams as InvoiceReportPreviewParams
    from .invoices import AccountingInvoice as AccountingInvoice
    from .invoices import AccountingInvoiceJournalEntry as AccountingInvoiceJournalEntry
    from .invoices import AccountingInvoiceLine as AccountingInvoiceLine
    from .invoices import AccountingInvoiceLineParam as AccountingInvoiceLineParam
    from .invoices import AccountingInvoiceList as AccountingInvoiceList
    from .invoices import AccountingInvoiceParam as AccountingInvoiceParam
    from .invoices import AccountingInvoicePayment as AccountingInvoicePayment
    from .invoices import BulkApplyInvoicePaymentFiltersParam as BulkApplyInvoicePaymentFiltersParam
    from .invoices import BulkApplyInvoicePaymentParam as BulkApplyInvoicePaymentParam
    from .invoices import BulkCreateInvoicesParam as BulkCreateInvoicesParam
    from .invoices import BulkInvoiceParam as BulkInvoiceParam
    from .invoices import BulkInvoiceSearchParam as BulkInvoiceSearchParam
    from .invoices import CalculatePaymentInputParam as CalculatePaymentInputParam
    from .invoices import CalculatePaymentOutput as CalculatePaymentOutput
    from .invoices import CreditMemoPaymentInputParam as CreditMemoPaymentInputParam
    from .invoices import EmptyTransactionInputParam as EmptyTransactionInputParam
    from .invoices import GetDefaultPaymentInputParam as GetDefaultPaymentInputParam
    from .invoices import GetDefaultPaymentOutput as GetDefaultPaymentOutput
    from .invoices import InvoiceListParams as InvoiceListParams
    from .invoices import MarkInvoicePaidAutoCreatedCreditMemo as MarkInvoicePaidAutoCreatedCreditMemo
    from .invoices import MarkInvoicePaidParam as MarkInvoicePaidParam
    from .invoices import MarkInvoicePaidResponse as MarkInvoicePaidResponse
    from .invoices import MarkPaidParam as MarkPaidParam
    from .invoices import PaginatedAccountingInvoiceListList as PaginatedAccountingInvoiceListList
    from .invoices import PatchedAccountingInvoiceParam as PatchedAccountingInvoiceParam
    from .invoices import TransactionPaymentInputParam as TransactionPaymentInputParam
    from .invoices import VoidInvoiceRequestParam as VoidInvoiceRequestParam
    from .journal_entries import ChartTransactionLineParam as ChartTransactionLineParam
    from .journal_entries import JournalEntryListParams as JournalEntryListParams
    from .journal_entries import JournalEntryParam as JournalEntryParam
    from .journal_entries import PaginatedJournalEntryList as PaginatedJournalEntryList
    from .journal_entries import PatchedJournalEntryParam as PatchedJournalEntryParam
    from .product_bundles import PaginatedProductBundleList as PaginatedProductBundleList
    from .product_bundles import PatchedProductBundleParam as PatchedProductBundleParam
    from .product_bundles import ProductBundle as ProductBundle
    from .product_bundles import ProductBundleLine as ProductBundleLine
    from .product_bundles import ProductBundleLineParam as ProductBundleLineParam
    from .product_bundles import ProductBundleListParams as ProductBundleListParams
    from .product_bundles import ProductBundleParam as ProductBundleParam
    from .products import PaginatedProductList as PaginatedProductList
    from .products import PatchedProductParam as PatchedProductParam
    from .products import Product as Product
    from .products import ProductListParams as ProductListParams
    from .products import ProductParam as ProductParam
    from .products import ProductUsageGroupSummary as ProductUsageGroupSummary
    from .products import ProductUsageTierSummary as ProductUsageTierSummary
    from .reconciliations import AsyncTask as AsyncTask
    from .reconciliations import BulkMatchTransactionRequestParam as BulkMatchTransactionRequestParam
    from .reconciliations import ConfirmTransactionSelectionRequestParam as ConfirmTransactionSelectionRequestParam
    from .reconciliations import ErrorResponse as ErrorResponse
    from .reconciliations import MatchTransactionRequestParam as MatchTransactionRequestParam
    from .reconciliations import PaginatedReconciliationReportV2ListList as PaginatedReconciliationReportV2ListList
    from .reconciliations import (
        PaginatedReconciliationReportV2SourceTransactionListList as PaginatedReconciliationReportV2SourceTransactionListList,
    )
    from .reconciliations import PatchedReconciliationReportV2Param as PatchedReconciliationReportV2Param
    from .reconciliations import ReconciliationListParams as ReconciliationListParams
    from .reconciliations import (
        ReconciliationListSourceTransactionsParams as ReconciliationListSourceTransactionsParams,
    )
    from .reconciliations import ReconciliationReportV2 as ReconciliationReportV2
    from .reconciliations import ReconciliationReportV2List as ReconciliationReportV2List
    from .reconciliations import ReconciliationReportV2Param as ReconciliationReportV2Param
    from .reconciliations import (
        ReconciliationReportV2SourceReconciliationTransaction as ReconciliationReportV2SourceReconciliationTransaction,
    )
    from .reconciliations import (
        ReconciliationReportV2SourceTransactionList as ReconciliationReportV2SourceTransactionList,
    )
    from .reconciliations import (
        ReconciliationReportV2StatementTransaction as ReconciliationReportV2StatementTransaction,
    )
    from .revenue_transactions import PaginatedRevenueTransactionList as PaginatedRevenueTransactionList
    from .revenue_transactions import PatchedRevenueTransactionParam as PatchedRevenueTransactionParam
    from .revenue_transactions import RevenueTransaction as RevenueTransaction
    from .revenue_transactions import RevenueTransactionListParams as RevenueTransactionListParams
    from .revenue_transactions import RevenueTransactionParam as RevenueTransactionParam
    from .subscriptions import ContractSubscriptionLine as ContractSubscriptionLine
    from .subscriptions import GenerageSubscriptionScheduleParam as GenerageSubscriptionScheduleParam
    from .tag_groups import PaginatedTransactionTagGroupList as PaginatedTransactionTagGroupList
    from .tag_groups import PatchedTransactionTagGroupParam as PatchedTransactionTagGroupParam
    from .tag_groups import TagGroupListParams as TagGroupListParams
    from .tag_groups import TransactionTagGroup as TransactionTagGroup
    from .tag_groups import TransactionTagGroupParam as TransactionTagGroupParam
    from .tags import BulkTagParam as BulkTagParam
    from .tags import BulkTagSearchParam as BulkTagSearchParam
    from .tags import PaginatedTransactionTagList as PaginatedTransactionTagList
    from .tags import PatchedTransactionTagParam as PatchedTransactionTagParam
    from .tags import TagDeleteParams as TagDeleteParams
    from .tags import TagListParams as TagListParams
    from .tags import TransactionTag as TransactionTag
    from .tags import TransactionTagParam as TransactionTagParam
    from .transaction_matches import PaginatedTransactionMatchList as PaginatedTransactionMatchList
    from .transaction_matches import PatchedTransactionMatchParam as PatchedTransactionMatchParam
    from .transaction_matches import TransactionMatch as TransactionMatch
    from .transaction_matches import TransactionMatchCount as TransactionMatchCount
    from .transaction_matches import TransactionMatchCountParams as TransactionMatchCountParams
    from .transaction_matches import TransactionMatchListParams as TransactionMatchListParams
    from .transaction_matches import TransactionMatchParam as TransactionMatchParam
    from .transaction_matches import TransactionMatchSetStatusParams as TransactionMatchSetStatusParams
    from .transaction_matches import TransactionMatchUpdateStatusParams as TransactionMatchUpdateStatusParams
    from .transactions import AppliedBillPayment as AppliedBillPayment
    from .transactions import AppliedInvoicePayment as AppliedInvoicePayment
    from .transactions import ChartTransactionParam as ChartTransactionParam
    from .transactions import ChartTransactionTotals as ChartTransactionTotals
    from .transactions import PaginatedChartTransactionListWithDeleted as PaginatedChartTransactionListWithDeleted
    from .transactions import PatchedChartTransactionParam as PatchedChartTransactionParam
    from .transactions import TransactionBillPaymentsApplied as TransactionBillPaymentsApplied
    from .transactions import TransactionListParams as TransactionListParams
    from .transactions import TransactionMergeParams as TransactionMergeParams
    from .transactions import TransactionPaymentsApplied as TransactionPaymentsApplied
    from .transactions import TransactionPreviewMergeParams as TransactionPreviewMergeParams
    from .transactions import TransactionReportParams as TransactionReportParams
    from .transactions import TransactionTotalsParams as TransactionTotalsParams
    from .user_currencies import CustomerCurrency as CustomerCurrency
    from .user_currencies import CustomerCurrencyParam as CustomerCurrencyParam
    from .user_currencies import ExchangeRate as ExchangeRate
    from .user_currencies import PaginatedCustomerCurrencyList as PaginatedCustomerCurrencyList
    from .user_currencies import PatchedCustomerCurrencyParam as PatchedCustomerCurrencyParam
    from .user_currencies import UserCurrencyListParams as UserCurrencyListParams
    from .user_currencies import UserCurrencyListWithRateParams as UserCurrencyListWithRateParams
    from .user_currencies import UserCurrencyRateParams as UserCurrencyRateParams
    from .vendor_custom_fields import PatchedVendorCustomField1Param as PatchedVendorCustomField1Param
    from .vendor_custom_fields import VendorCustomField1 as VendorCustomField1
    from .vendor_custom_fields import VendorCustomField1Param as VendorCustomField1Param
    from .vendors import BulkVendorParam as BulkVendorParam
    from .vendors import BulkVendorSearchParam as BulkVendorSearchParam
    from .vendors import ClientListParams as ClientListParams
    from .vendors import PaginatedVendorContactList as PaginatedVendorContactList
    from .vendors import PaginatedVendorList as PaginatedVendorList
    from .vendors import PaginatedVendorSummaryList as PaginatedVendorSummaryList
    from .vendors import PatchedVendorParam as PatchedVendorParam
    from .vendors import Vendor as Vendor
    from .vendors import VendorContactListParams as VendorContactListParams
    from .vendors import VendorDeleteParams as VendorDeleteParams
    from .vendors import VendorListParams as VendorListParams
    from .vendors import VendorListSummariesParams as VendorListSummariesParams
    from .vendors import VendorParam as VendorParam
    from .vendors import VendorSummary as VendorSummary
    from .webhooks import PatchedWebhookParam as PatchedWebhookParam
    from .webhooks import Webhook as Webhook
    from .webhooks import WebhookEvent as WebhookEvent
    from .webhooks import WebhookParam as WebhookParam
    from .webhooks import WebhookTopic as WebhookTopic
    from .webhooks import WebhookTopicParam as WebhookTopicParam

#: class name -> module
_MODULES = {
    "AccountBalanceSheetAccountListParams": "accounts",
    "AccountIncomeStatementAccountListParams": "accounts",
    "AccountListParams": "accounts",
    "AccountingBill": "bills",
    "AccountingBillLine": "bills",
    "AccountingBillLineParam": "bills",
    "AccountingBillParam": "bills",
    "AccountingBillPayment": "bills",
    "AccountingCreditMemo": "credit_memos",
    "AccountingCreditMemoLine": "credit_memos",
    "AccountingCreditMemoLineParam": "credit_memos",
    "AccountingCreditMemoParam": "credit_memos",
    "AccountingCreditMemoPayment": "credit_memos",
    "AccountingDebitMemo": "debit_memos",
    "AccountingDebitMemoLine": "debit_memos",
    "AccountingDebitMemoLineParam": "debit_memos",
    "AccountingDebitMemoParam": "debit_memos",
    "AccountingDebitMemoPayment": "debit_memos",
    "AccountingInvoice": "invoices",
    "AccountingInvoiceJournalEntry": "invoices",
    "AccountingInvoiceLine": "invoices",
    "AccountingInvoiceLineParam": "invoices",
    "AccountingInvoiceList": "invoices",
    "AccountingInvoiceParam": "invoices",
    "AccountingInvoicePayment": "invoices",
    "AmortizationSchedule": "_shared",
    "AppliedBillPayment": "transactions",
    "AppliedInvoicePayment": "transactions",
    "AsyncTask": "reconciliations",
    "BalanceSheetCell": "financial_statements",
    "BalanceSheetResponse": "financial_statements",
    "BalanceSheetRow": "financial_statements",
    "BalanceSheetTotals": "financial_statements",
    "BankAccount": "bank_accounts",
    "BankAccountDeleteParams": "bank_accounts",
    "BankAccountListParams": "bank_accounts",
    "BankAccountParam": "bank_accounts",
    "BankFeedParam": "bank_feeds",
    "BankTransaction": "bank_transactions",
    "BankTransactionListParams": "bank_transactions",
    "BankTransactionParam": "bank_transactions",
    "BillDraftCreate": "bill_drafts",
    "BillDraftCreateParam": "bill_drafts",
    "BillDraftDiscardParams": "bill_drafts",
    "BillDraftRead": "bill_drafts",
    "BillDraftWrite": "bill_drafts",
    "BillDraftWriteParam": "bill_drafts",
    "BillGenerateAmortizationScheduleParams": "bills",
    "BillListParams": "bills",
    "BillPaymentListParams": "bill_payments",
    "BillPaymentSync": "bill_payments",
    "BillSaveAmortizationScheduleParams": "bills",
    "Budget": "budgets",
    "BudgetAccount": "budgets",
    "BudgetAccountListParams": "budgets",
    "BudgetAccountParam": "budgets",
    "BudgetListParams": "budgets",
    "BudgetParam": "budgets",
    "BulkApplyInvoicePaymentFiltersParam": "invoices",
    "BulkApplyInvoicePaymentParam": "invoices",
    "BulkBillParam": "bills",
    "BulkBillSearchParam": "bills",
    "BulkContractParam": "contracts",
    "BulkContractSearchParam": "contracts",
    "BulkCreateInvoicesParam": "invoices",
    "BulkCreditMemoParam": "credit_memos",
    "BulkCreditMemoSearchParam": "credit_memos",
    "BulkDebitMemoParam": "debit_memos",
    "BulkDebitMemoSearchParam": "debit_memos",
    "BulkDepartmentParam": "departments",
    "BulkDepartmentSearchParam": "departments",
    "BulkInvoiceParam": "invoices",
    "BulkInvoiceSearchParam": "invoices",
    "BulkMatchTransactionRequestParam": "reconciliations",
    "BulkTagParam": "tags",
    "BulkTagSearchParam": "tags",
    "BulkVendorParam": "vendors",
    "BulkVendorSearchParam": "vendors",
    "CalculatePaymentInputParam": "invoices",
    "CalculatePaymentOutput": "invoices",
    "CashBasisTransaction": "financial_statements",
    "CashBasisTransactions": "financial_statements",
    "CashFlowV2": "financial_statements",
    "CashFlowV2Disclosure": "financial_statements",
    "CashFlowV2Line": "financial_statements",
    "CashFlowV2Operating": "financial_statements",
    "CashFlowV2Section": "financial_statements",
    "ChartAccount": "_shared",
    "ChartAccountParam": "accounts",
    "ChartAccountSettings": "chart_account_settings",
    "ChartAccountSettingsParam": "chart_account_settings",
    "ChartEntity": "entities",
    "ChartEntityMinimal": "entities",
    "ChartEntityParam": "entities",
    "ChartTransaction": "_shared",
    "ChartTransactionLine": "_shared",
    "ChartTransactionLineParam": "journal_entries",
    "ChartTransactionParam": "transactions",
    "ChartTransactionTotals": "transactions",
    "ClientListParams": "vendors",
    "ComparativeBalanceSheetResponse": "financial_statements",
    "ComparativeIncomeStatementResponse": "financial_statements",
    "ComparativeStatementRow": "financial_statements",
    "ConfirmTransactionSelectionRequestParam": "reconciliations",
    "Contract": "contracts",
    "ContractBundle": "contracts",
    "ContractBundleLine": "contracts",
    "ContractBundleLineParam": "contracts",
    "ContractBundleListParams": "contracts",
    "ContractBundleParam": "contracts",
    "ContractCustomer": "customers",
    "ContractCustomerParam": "customers",
    "ContractDuplicateResponse": "contracts",
    "ContractListParams": "contracts",
    "ContractMilestone": "contracts",
    "ContractMilestoneListParams": "contracts",
    "ContractMilestoneParam": "contracts",
    "ContractParam": "contracts",
    "ContractPrepaidCommit": "contracts",
    "ContractPrepaidCommitConsumption": "contracts",
    "ContractPrepaidCommitConsumptionListParams": "contracts",
    "ContractPrepaidCommitListParams": "contracts",
    "ContractPrepaidCommitParam": "contracts",
    "ContractPrepaidCommitUsageEventDistinctValuesParams": "contracts",
    "ContractPrepaidCommitUsageEventListParams": "contracts",
    "ContractProductBundle": "contracts",
    "ContractProductBundleLine": "contracts",
    "ContractProductBundleLineRead": "contracts",
    "ContractProductBundleLineUpdateParam": "contracts",
    "ContractProductBundleRead": "contracts",
    "ContractProductBundleUpdateParam": "contracts",
    "ContractSubscription": "contracts",
    "ContractSubscriptionLine": "subscriptions",
    "ContractSubscriptionListParams": "contracts",
    "ContractSubscriptionParam": "contracts",
    "ContractTierPriceOverrideListParams": "contracts",
    "ContractUpdateParam": "contracts",
    "ContractUsage": "contracts",
    "ContractUsageListParams": "contracts",
    "ContractUsageParam": "contracts",
    "CostAllocation": "cost_allocations",
    "CostAllocationLine": "cost_allocations",
    "CostAllocationLineParam": "cost_allocations",
    "CostAllocationListParams": "cost_allocations",
    "CostAllocationParam": "cost_allocations",
    "CreditMemoListParams": "credit_memos",
    "CreditMemoPaymentInputParam": "invoices",
    "CustomField": "custom_fields",
    "CustomFieldListParams": "custom_fields",
    "CustomFieldParam": "custom_fields",
    "CustomFieldReorderParams": "custom_fields",
    "CustomerCurrency": "user_currencies",
    "CustomerCurrencyParam": "user_currencies",
    "CustomerListParams": "customers",
    "DebitMemoListParams": "debit_memos",
    "DeletedObject": "_shared",
    "DeletedRecord": "_shared",
    "Department": "departments",
    "DepartmentDeleteParams": "departments",
    "DepartmentListParams": "departments",
    "DepartmentParam": "departments",
    "EmptyTransactionInputParam": "invoices",
    "EntityListParams": "entities",
    "ErrorDetail": "_shared",
    "ErrorResponse": "reconciliations",
    "ExchangeRate": "user_currencies",
    "File": "_shared",
    "FileDownloadUrl": "files",
    "FileListParams": "files",
    "FileParam": "files",
    "FileTempDownloadUrlParams": "files",
    "FileUploadParams": "files",
    "FileUploadQueryParams": "files",
    "FinancialStatementBalanceSheetParams": "financial_statements",
    "FinancialStatementCashBasisOperatingStatementParams": "financial_statements",
    "FinancialStatementCashBasisParams": "financial_statements",
    "FinancialStatementCashFlowActivityParams": "financial_statements",
    "FinancialStatementCashFlowParams": "financial_statements",
    "FinancialStatementCashFlowV2Params": "financial_statements",
    "FinancialStatementCashOperatingStatementTransactionsParams": "financial_statements",
    "FinancialStatementComparativeBalanceSheetParams": "financial_statements",
    "FinancialStatementComparativeIncomeStatementParams": "financial_statements",
    "FinancialStatementIncomeStatementParams": "financial_statements",
    "FinancialStatementTrialBalanceParams": "financial_statements",
    "FixedAsset": "fixed_assets",
    "FixedAssetAutomationListAssetClassesParams": "fixed_asset_automations",
    "FixedAssetAutomationListMatchesParams": "fixed_asset_automations",
    "FixedAssetAutomationListParams": "fixed_asset_automations",
    "FixedAssetAutomationMatch": "_shared",
    "FixedAssetAutomationMatchParam": "fixed_asset_automation_matches",
    "FixedAssetAutomationRule": "fixed_asset_automations",
    "FixedAssetAutomationRuleParam": "fixed_asset_automations",
    "FixedAssetClass": "_shared",
    "FixedAssetClassListParams": "fixed_asset_classes",
    "FixedAssetClassParam": "fixed_asset_classes",
    "FixedAssetDepreciation": "fixed_assets",
    "FixedAssetDepreciationParam": "fixed_assets",
    "FixedAssetDisposal": "fixed_assets",
    "FixedAssetListParams": "fixed_assets",
    "FixedAssetListReconciliationUnmatchedGlParams": "fixed_assets",
    "FixedAssetParam": "fixed_assets",
    "FixedAssetTransfer": "fixed_assets",
    "GenerageSubscriptionScheduleParam": "subscriptions",
    "GeneralLedger": "general_ledger",
    "GeneralLedgerAccount": "general_ledger",
    "GeneralLedgerRetrieveParams": "general_ledger",
    "GetDefaultPaymentInputParam": "invoices",
    "GetDefaultPaymentOutput": "invoices",
    "IncomeStatementResponse": "financial_statements",
    "IncomeStatementRow": "financial_statements",
    "IntercompanyBalance": "intercompany_journal_entries",
    "IntercompanyBalanceLine": "intercompany_journal_entries",
    "IntercompanyBalanceRate": "intercompany_journal_entries",
    "IntercompanyChartTransactionLineRequestParam": "intercompany_journal_entries",
    "IntercompanyJournalEntry": "intercompany_journal_entries",
    "IntercompanyJournalEntryBalanceParams": "intercompany_journal_entries",
    "IntercompanyJournalEntryListParams": "intercompany_journal_entries",
    "IntercompanyJournalEntryParam": "intercompany_journal_entries",
    "InvoiceListParams": "invoices",
    "InvoicePaymentListParams": "invoice_payments",
    "InvoicePaymentSync": "invoice_payments",
    "InvoiceReportDataParams": "invoice_reports",
    "InvoiceReportParams": "invoice_reports",
    "InvoiceReportPreviewParams": "invoice_reports",
    "InvoiceReportResponse": "_shared",
    "InvoiceReportResultRow": "_shared",
    "JournalEntry": "_shared",
    "JournalEntryListParams": "journal_entries",
    "JournalEntryParam": "journal_entries",
    "MarkBillPaidParam": "bills",
    "MarkCreditMemoUsedParam": "credit_memos",
    "MarkDebitMemoUsedParam": "debit_memos",
    "MarkInvoicePaidAutoCreatedCreditMemo": "invoices",
    "MarkInvoicePaidParam": "invoices",
    "MarkInvoicePaidResponse": "invoices",
    "MarkPaidCreditMemoParam": "_shared",
    "MarkPaidDebitMemoParam": "_shared",
    "MarkPaidEmptyTransactionParam": "_shared",
    "MarkPaidParam": "invoices",
    "MarkPaidTransactionParam": "_shared",
    "MatchTransactionRequestParam": "reconciliations",
    "MinimumCommitPreview": "contracts",
    "NestedContractPrepaidCommit": "contracts",
    "NestedContractPrepaidCommitParam": "contracts",
    "PaginatedAccountingBillList": "bills",
    "PaginatedAccountingCreditMemoList": "credit_memos",
    "PaginatedAccountingDebitMemoList": "debit_memos",
    "PaginatedAccountingInvoiceListList": "invoices",
    "PaginatedBankAccountList": "bank_accounts",
    "PaginatedBankTransactionList": "bank_transactions",
    "PaginatedBillPaymentSyncList": "bill_payments",
    "PaginatedBudgetList": "budgets",
    "PaginatedChartAccountList": "accounts",
    "PaginatedChartTransactionList": "fixed_assets",
    "PaginatedChartTransactionListWithDeleted": "transactions",
    "PaginatedContractCustomerList": "customers",
    "PaginatedContractList": "contracts",
    "PaginatedContractMilestoneList": "contracts",
    "PaginatedContractPrepaidCommitConsumptionList": "contracts",
    "PaginatedContractPrepaidCommitList": "contracts",
    "PaginatedContractUsageList": "contracts",
    "PaginatedCostAllocationList": "cost_allocations",
    "PaginatedCustomFieldList": "custom_fields",
    "PaginatedCustomerCurrencyList": "user_currencies",
    "PaginatedDepartmentList": "departments",
    "PaginatedFileList": "files",
    "PaginatedFixedAssetAutomationMatchList": "fixed_asset_automations",
    "PaginatedFixedAssetAutomationRuleList": "fixed_asset_automations",
    "PaginatedFixedAssetClassList": "fixed_asset_classes",
    "PaginatedFixedAssetList": "fixed_assets",
    "PaginatedIntercompanyJournalEntryList": "intercompany_journal_entries",
    "PaginatedInvoicePaymentSyncList": "invoice_payments",
    "PaginatedJournalEntryList": "journal_entries",
    "PaginatedPrepaidUsageEventList": "contracts",
    "PaginatedProductBundleList": "product_bundles",
    "PaginatedProductList": "products",
    "PaginatedReconciliationReportV2ListList": "reconciliations",
    "PaginatedReconciliationReportV2SourceTransactionListList": "reconciliations",
    "PaginatedRevenueTransactionList": "revenue_transactions",
    "PaginatedTierPriceOverrideList": "contracts",
    "PaginatedTransactionMatchList": "transaction_matches",
    "PaginatedTransactionTagGroupList": "tag_groups",
    "PaginatedTransactionTagList": "tags",
    "PaginatedVendorContactList": "vendors",
    "PaginatedVendorList": "vendors",
    "PaginatedVendorSummaryList": "vendors",
    "PatchedAccountingBillParam": "bills",
    "PatchedAccountingCreditMemoParam": "credit_memos",
    "PatchedAccountingDebitMemoParam": "debit_memos",
    "PatchedAccountingInvoiceParam": "invoices",
    "PatchedBankAccountParam": "bank_accounts",
    "PatchedBankTransactionParam": "bank_transactions",
    "PatchedBillDraftWriteParam": "bill_drafts",
    "PatchedBudgetAccountParam": "budgets",
    "PatchedBudgetParam": "budgets",
    "PatchedChartAccountParam": "accounts",
    "PatchedChartAccountSettingsParam": "chart_account_settings",
    "PatchedChartEntityParam": "entities",
    "PatchedChartTransactionParam": "transactions",
    "PatchedContractBundleParam": "contracts",
    "PatchedContractCustomerParam": "customers",
    "PatchedContractMilestoneParam": "contracts",
    "PatchedContractParam": "contracts",
    "PatchedContractPrepaidCommitParam": "contracts",
    "PatchedContractProductBundleUpdateParam": "contracts",
    "PatchedContractSubscriptionParam": "contracts",
    "PatchedContractUpdateParam": "contracts",
    "PatchedContractUsageParam": "contracts",
    "PatchedCostAllocationParam": "cost_allocations",
    "PatchedCustomFieldParam": "custom_fields",
    "PatchedCustomerCurrencyParam": "user_currencies",
    "PatchedDepartmentParam": "departments",
    "PatchedFileParam": "files",
    "PatchedFixedAssetAutomationMatchParam": "fixed_asset_automation_matches",
    "PatchedFixedAssetAutomationRuleParam": "fixed_asset_automations",
    "PatchedFixedAssetClassParam": "fixed_asset_classes",
    "PatchedFixedAssetParam": "fixed_assets",
    "PatchedIntercompanyJournalEntryParam": "intercompany_journal_entries",
    "PatchedJournalEntryParam": "journal_entries",
    "PatchedProductBundleParam": "product_bundles",
    "PatchedProductParam": "products",
    "PatchedReconciliationReportV2Param": "reconciliations",
    "PatchedRevenueTransactionParam": "revenue_transactions",
    "PatchedTransactionMatchParam": "transaction_matches",
    "PatchedTransactionTagGroupParam": "tag_groups",
    "PatchedTransactionTagParam": "tags",
    "PatchedVendorCustomField1Param": "vendor_custom_fields",
    "PatchedVendorParam": "vendors",
    "PatchedWebhookParam": "webhooks",
    "PrepaidCommitFigures": "contracts",
    "PrepaidCommitSummary": "contracts",
    "PrepaidUsageEvent": "contracts",
    "Product": "products",
    "ProductBundle": "product_bundles",
    "ProductBundleLine": "product_bundles",
    "ProductBundleLineParam": "product_bundles",
    "ProductBundleListParams": "product_bundles",
    "ProductBundleParam": "product_bundles",
    "ProductListParams": "products",
    "ProductParam": "products",
    "ProductUsageGroupSummary": "products",
    "ProductUsageTierSummary": "products",
    "ReconciliationListParams": "reconciliations",
    "ReconciliationListSourceTransactionsParams": "reconciliations",
    "ReconciliationReportV2": "reconciliations",
    "ReconciliationReportV2List": "reconciliations",
    "ReconciliationReportV2Param": "reconciliations",
    "ReconciliationReportV2SourceReconciliationTransaction": "reconciliations",
    "ReconciliationReportV2SourceTransactionList": "reconciliations",
    "ReconciliationReportV2StatementTransaction": "reconciliations",
    "RecordConsumptionInput": "contracts",
    "RecordConsumptionInputParam": "contracts",
    "RevenueTransaction": "revenue_transactions",
    "RevenueTransactionListParams": "revenue_transactions",
    "RevenueTransactionParam": "revenue_transactions",
    "StatementPeriod": "financial_statements",
    "TagDeleteParams": "tags",
    "TagGroupListParams": "tag_groups",
    "TagListParams": "tags",
    "TerminateContractParam": "contracts",
    "TerminateContractResponse": "contracts",
    "TierPriceOverride": "contracts",
    "TierPriceOverrideParam": "contracts",
    "TransactionBillPaymentsApplied": "transactions",
    "TransactionListParams": "transactions",
    "TransactionMatch": "transaction_matches",
    "TransactionMatchCount": "transaction_matches",
    "TransactionMatchCountParams": "transaction_matches",
    "TransactionMatchListParams": "transaction_matches",
    "TransactionMatchParam": "transaction_matches",
    "TransactionMatchSetStatusParams": "transaction_matches",
    "TransactionMatchUpdateStatusParams": "transaction_matches",
    "TransactionMergeParams": "transactions",
    "TransactionPaymentInputParam": "invoices",
    "TransactionPaymentsApplied": "transactions",
    "TransactionPreviewMergeParams": "transactions",
    "TransactionReportParams": "transactions",
    "TransactionTag": "tags",
    "TransactionTagGroup": "tag_groups",
    "TransactionTagGroupParam": "tag_groups",
    "TransactionTagParam": "tags",
    "TransactionTotalsParams": "transactions",
    "TrialBalanceAccount": "financial_statements",
    "TrialBalanceAccountBalance": "financial_statements",
    "TrialBalanceData": "financial_statements",
    "TrialBalanceResponse": "financial_statements",
    "UsageEventDistinctValues": "contracts",
    "UserCurrencyListParams": "user_currencies",
    "UserCurrencyListWithRateParams": "user_currencies",
    "UserCurrencyRateParams": "user_currencies",
    "Vendor": "vendors",
    "VendorContact": "_shared",
    "VendorContactListParams": "vendors",
    "VendorContactParam": "_shared",
    "VendorCustomField1": "vendor_custom_fields",
    "VendorCustomField1Param": "vendor_custom_fields",
    "VendorDeleteParams": "vendors",
    "VendorListParams": "vendors",
    "VendorListSummariesParams": "vendors",
    "VendorParam": "vendors",
    "VendorSummary": "vendors",
    "VoidBillRequestParam": "bills",
    "VoidCreditMemoRequestParam": "credit_memos",
    "VoidDebitMemoRequestParam": "debit_memos",
    "VoidInvoiceRequestParam": "invoices",
    "VoidPaymentParam": "_shared",
    "Webhook": "webhooks",
    "WebhookEvent": "webhooks",
    "WebhookParam": "webhooks",
    "WebhookTopic": "webhooks",
    "WebhookTopicParam": "webhooks",
}

__all__ = [
    "AccountBalanceSheetAccountListParams",
    "AccountIncomeStatementAccountListParams",
    "AccountListParams",
    "AccountingBill",
    "AccountingBillLine",
    "AccountingBillLineParam",
    "AccountingBillParam",
    "AccountingBillPayment",
    "AccountingCreditMemo",
    "AccountingCreditMemoLine",
    "AccountingCreditMemoLineParam",
    "AccountingCreditMemoParam",
    "AccountingCreditMemoPayment",
    "AccountingDebitMemo",
    "AccountingDebitMemoLine",
    "AccountingDebitMemoLineParam",
    "AccountingDebitMemoParam",
    "AccountingDebitMemoPayment",
    "AccountingInvoice",
    "AccountingInvoiceJournalEntry",
    "AccountingInvoiceLine",
    "AccountingInvoiceLineParam",
    "AccountingInvoiceList",
    "AccountingInvoiceParam",
    "AccountingInvoicePayment",
    "AmortizationSchedule",
    "AppliedBillPayment",
    "AppliedInvoicePayment",
    "AsyncTask",
    "BalanceSheetCell",
    "BalanceSheetResponse",
    "BalanceSheetRow",
    "BalanceSheetTotals",
    "BankAccount",
    "BankAccountDeleteParams",
    "BankAccountListParams",
    "BankAccountParam",
    "BankFeedParam",
    "BankTransaction",
    "BankTransactionListParams",
    "BankTransactionParam",
    "BillDraftCreate",
    "BillDraftCreateParam",
    "BillDraftDiscardParams",
    "BillDraftRead",
    "BillDraftWrite",
    "BillDraftWriteParam",
    "BillGenerateAmortizationScheduleParams",
    "BillListParams",
    "BillPaymentListParams",
    "BillPaymentSync",
    "BillSaveAmortizationScheduleParams",
    "Budget",
    "BudgetAccount",
    "BudgetAccountListParams",
    "BudgetAccountParam",
    "BudgetListParams",
    "BudgetParam",
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
    "CalculatePaymentOutput",
    "CashBasisTransaction",
    "CashBasisTransactions",
    "CashFlowV2",
    "CashFlowV2Disclosure",
    "CashFlowV2Line",
    "CashFlowV2Operating",
    "CashFlowV2Section",
    "ChartAccount",
    "ChartAccountParam",
    "ChartAccountSettings",
    "ChartAccountSettingsParam",
    "ChartEntity",
    "ChartEntityMinimal",
    "ChartEntityParam",
    "ChartTransaction",
    "ChartTransactionLine",
    "ChartTransactionLineParam",
    "ChartTransactionParam",
    "ChartTransactionTotals",
    "ClientListParams",
    "ComparativeBalanceSheetResponse",
    "ComparativeIncomeStatementResponse",
    "ComparativeStatementRow",
    "ConfirmTransactionSelectionRequestParam",
    "Contract",
    "ContractBundle",
    "ContractBundleLine",
    "ContractBundleLineParam",
    "ContractBundleListParams",
    "ContractBundleParam",
    "ContractCustomer",
    "ContractCustomerParam",
    "ContractDuplicateResponse",
    "ContractListParams",
    "ContractMilestone",
    "ContractMilestoneListParams",
    "ContractMilestoneParam",
    "ContractParam",
    "ContractPrepaidCommit",
    "ContractPrepaidCommitConsumption",
    "ContractPrepaidCommitConsumptionListParams",
    "ContractPrepaidCommitListParams",
    "ContractPrepaidCommitParam",
    "ContractPrepaidCommitUsageEventDistinctValuesParams",
    "ContractPrepaidCommitUsageEventListParams",
    "ContractProductBundle",
    "ContractProductBundleLine",
    "ContractProductBundleLineRead",
    "ContractProductBundleLineUpdateParam",
    "ContractProductBundleRead",
    "ContractProductBundleUpdateParam",
    "ContractSubscription",
    "ContractSubscriptionLine",
    "ContractSubscriptionListParams",
    "ContractSubscriptionParam",
    "ContractTierPriceOverrideListParams",
    "ContractUpdateParam",
    "ContractUsage",
    "ContractUsageListParams",
    "ContractUsageParam",
    "CostAllocation",
    "CostAllocationLine",
    "CostAllocationLineParam",
    "CostAllocationListParams",
    "CostAllocationParam",
    "CreditMemoListParams",
    "CreditMemoPaymentInputParam",
    "CustomField",
    "CustomFieldListParams",
    "CustomFieldParam",
    "CustomFieldReorderParams",
    "CustomerCurrency",
    "CustomerCurrencyParam",
    "CustomerListParams",
    "DebitMemoListParams",
    "DeletedObject",
    "DeletedRecord",
    "Department",
    "DepartmentDeleteParams",
    "DepartmentListParams",
    "DepartmentParam",
    "EmptyTransactionInputParam",
    "EntityListParams",
    "ErrorDetail",
    "ErrorResponse",
    "ExchangeRate",
    "File",
    "FileDownloadUrl",
    "FileListParams",
    "FileParam",
    "FileTempDownloadUrlParams",
    "FileUploadParams",
    "FileUploadQueryParams",
    "FinancialStatementBalanceSheetParams",
    "FinancialStatementCashBasisOperatingStatementParams",
    "FinancialStatementCashBasisParams",
    "FinancialStatementCashFlowActivityParams",
    "FinancialStatementCashFlowParams",
    "FinancialStatementCashFlowV2Params",
    "FinancialStatementCashOperatingStatementTransactionsParams",
    "FinancialStatementComparativeBalanceSheetParams",
    "FinancialStatementComparativeIncomeStatementParams",
    "FinancialStatementIncomeStatementParams",
    "FinancialStatementTrialBalanceParams",
    "FixedAsset",
    "FixedAssetAutomationListAssetClassesParams",
    "FixedAssetAutomationListMatchesParams",
    "FixedAssetAutomationListParams",
    "FixedAssetAutomationMatch",
    "FixedAssetAutomationMatchParam",
    "FixedAssetAutomationRule",
    "FixedAssetAutomationRuleParam",
    "FixedAssetClass",
    "FixedAssetClassListParams",
    "FixedAssetClassParam",
    "FixedAssetDepreciation",
    "FixedAssetDepreciationParam",
    "FixedAssetDisposal",
    "FixedAssetListParams",
    "FixedAssetListReconciliationUnmatchedGlParams",
    "FixedAssetParam",
    "FixedAssetTransfer",
    "GenerageSubscriptionScheduleParam",
    "GeneralLedger",
    "GeneralLedgerAccount",
    "GeneralLedgerRetrieveParams",
    "GetDefaultPaymentInputParam",
    "GetDefaultPaymentOutput",
    "IncomeStatementResponse",
    "IncomeStatementRow",
    "IntercompanyBalance",
    "IntercompanyBalanceLine",
    "IntercompanyBalanceRate",
    "IntercompanyChartTransactionLineRequestParam",
    "IntercompanyJournalEntry",
    "IntercompanyJournalEntryBalanceParams",
    "IntercompanyJournalEntryListParams",
    "IntercompanyJournalEntryParam",
    "InvoiceListParams",
    "InvoicePaymentListParams",
    "InvoicePaymentSync",
    "InvoiceReportDataParams",
    "InvoiceReportParams",
    "InvoiceReportPreviewParams",
    "InvoiceReportResponse",
    "InvoiceReportResultRow",
    "JournalEntry",
    "JournalEntryListParams",
    "JournalEntryParam",
    "MarkBillPaidParam",
    "MarkCreditMemoUsedParam",
    "MarkDebitMemoUsedParam",
    "MarkInvoicePaidAutoCreatedCreditMemo",
    "MarkInvoicePaidParam",
    "MarkInvoicePaidResponse",
    "MarkPaidCreditMemoParam",
    "MarkPaidDebitMemoParam",
    "MarkPaidEmptyTransactionParam",
    "MarkPaidParam",
    "MarkPaidTransactionParam",
    "MatchTransactionRequestParam",
    "MinimumCommitPreview",
    "NestedContractPrepaidCommit",
    "NestedContractPrepaidCommitParam",
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
    "PaginatedChartTransactionListWithDeleted",
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
    "PatchedContractUpdateParam",
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
    "PrepaidCommitFigures",
    "PrepaidCommitSummary",
    "PrepaidUsageEvent",
    "Product",
    "ProductBundle",
    "ProductBundleLine",
    "ProductBundleLineParam",
    "ProductBundleListParams",
    "ProductBundleParam",
    "ProductListParams",
    "ProductParam",
    "ProductUsageGroupSummary",
    "ProductUsageTierSummary",
    "ReconciliationListParams",
    "ReconciliationListSourceTransactionsParams",
    "ReconciliationReportV2",
    "ReconciliationReportV2List",
    "ReconciliationReportV2Param",
    "ReconciliationReportV2SourceReconciliationTransaction",
    "ReconciliationReportV2SourceTransactionList",
    "ReconciliationReportV2StatementTransaction",
    "RecordConsumptionInput",
    "RecordConsumptionInputParam",
    "RevenueTransaction",
    "RevenueTransactionListParams",
    "RevenueTransactionParam",
    "StatementPeriod",
    "TagDeleteParams",
    "TagGroupListParams",
    "TagListParams",
    "TerminateContractParam",
    "TerminateContractResponse",
    "TierPriceOverride",
    "TierPriceOverrideParam",
    "TransactionBillPaymentsApplied",
    "TransactionListParams",
    "TransactionMatch",
    "TransactionMatchCount",
    "TransactionMatchCountParams",
    "TransactionMatchListParams",
    "TransactionMatchParam",
    "TransactionMatchSetStatusParams",
    "TransactionMatchUpdateStatusParams",
    "TransactionMergeParams",
    "TransactionPaymentInputParam",
    "TransactionPaymentsApplied",
    "TransactionPreviewMergeParams",
    "TransactionReportParams",
    "TransactionTag",
    "TransactionTagGroup",
    "TransactionTagGroupParam",
    "TransactionTagParam",
    "TransactionTotalsParams",
    "TrialBalanceAccount",
    "TrialBalanceAccountBalance",
    "TrialBalanceData",
    "TrialBalanceResponse",
    "UsageEventDistinctValues",
    "UserCurrencyListParams",
    "UserCurrencyListWithRateParams",
    "UserCurrencyRateParams",
    "Vendor",
    "VendorContact",
    "VendorContactListParams",
    "VendorContactParam",
    "VendorCustomField1",
    "VendorCustomField1Param",
    "VendorDeleteParams",
    "VendorListParams",
    "VendorListSummariesParams",
    "VendorParam",
    "VendorSummary",
    "VoidBillRequestParam",
    "VoidCreditMemoRequestParam",
    "VoidDebitMemoRequestParam",
    "VoidInvoiceRequestParam",
    "VoidPaymentParam",
    "Webhook",
    "WebhookEvent",
    "WebhookParam",
    "WebhookTopic",
    "WebhookTopicParam",
]


def __getattr__(name: str) -> t.Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_MODULES[name]}", __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
