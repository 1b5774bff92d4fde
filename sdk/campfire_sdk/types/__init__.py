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
    from ._shared import ChartTransaction as ChartTransaction
    from ._shared import File as File
    from ._shared import FixedAssetAutomationMatch as FixedAssetAutomationMatch
    from ._shared import JournalEntry as JournalEntry
    from ._shared import MarkPaid as MarkPaid
    from ._shared import MarkPaidCreditMemo as MarkPaidCreditMemo
    from ._shared import MarkPaidCreditMemoParam as MarkPaidCreditMemoParam
    from ._shared import MarkPaidDebitMemo as MarkPaidDebitMemo
    from ._shared import MarkPaidDebitMemoParam as MarkPaidDebitMemoParam
    from ._shared import MarkPaidEmptyTransaction as MarkPaidEmptyTransaction
    from ._shared import MarkPaidEmptyTransactionParam as MarkPaidEmptyTransactionParam
    from ._shared import MarkPaidParam as MarkPaidParam
    from ._shared import MarkPaidTransaction as MarkPaidTransaction
    from ._shared import MarkPaidTransactionParam as MarkPaidTransactionParam
    from ._shared import VendorContact as VendorContact
    from ._shared import VendorContactParam as VendorContactParam
    from ._shared import VoidPayment as VoidPayment
    from ._shared import VoidPaymentParam as VoidPaymentParam
    from ._unused import DeletedObject as DeletedObject
    from ._unused import ErrorDetail as ErrorDetail
    from ._unused import ErrorResponse as ErrorResponse
    from ._unused import InvoiceReportResponse as InvoiceReportResponse
    from ._unused import PaginatedAccountingBillList as PaginatedAccountingBillList
    from ._unused import PaginatedAccountingCreditMemoList as PaginatedAccountingCreditMemoList
    from ._unused import PaginatedAccountingDebitMemoList as PaginatedAccountingDebitMemoList
    from ._unused import PaginatedAccountingInvoiceListList as PaginatedAccountingInvoiceListList
    from ._unused import PaginatedBankAccountList as PaginatedBankAccountList
    from ._unused import PaginatedBankTransactionList as PaginatedBankTransactionList
    from ._unused import PaginatedBillPaymentSyncList as PaginatedBillPaymentSyncList
    from ._unused import PaginatedBudgetList as PaginatedBudgetList
    from ._unused import PaginatedChartAccountList as PaginatedChartAccountList
    from ._unused import PaginatedChartTransactionList as PaginatedChartTransactionList
    from ._unused import PaginatedContractCustomerList as PaginatedContractCustomerList
    from ._unused import PaginatedContractList as PaginatedContractList
    from ._unused import PaginatedContractMilestoneList as PaginatedContractMilestoneList
    from ._unused import PaginatedContractPrepaidCommitConsumptionList as PaginatedContractPrepaidCommitConsumptionList
    from ._unused import PaginatedContractPrepaidCommitList as PaginatedContractPrepaidCommitList
    from ._unused import PaginatedContractUsageList as PaginatedContractUsageList
    from ._unused import PaginatedCostAllocationList as PaginatedCostAllocationList
    from ._unused import PaginatedCustomerCurrencyList as PaginatedCustomerCurrencyList
    from ._unused import PaginatedCustomFieldList as PaginatedCustomFieldList
    from ._unused import PaginatedDepartmentList as PaginatedDepartmentList
    from ._unused import PaginatedFileList as PaginatedFileList
    from ._unused import PaginatedFixedAssetAutomationMatchList as PaginatedFixedAssetAutomationMatchList
    from ._unused import PaginatedFixedAssetAutomationRuleList as PaginatedFixedAssetAutomationRuleList
    from ._unused import PaginatedFixedAssetClassList as PaginatedFixedAssetClassList
    from ._unused import PaginatedFixedAssetList as PaginatedFixedAssetList
    from ._unused import PaginatedIntercompanyJournalEntryList as PaginatedIntercompanyJournalEntryList
    from ._unused import PaginatedInvoicePaymentSyncList as PaginatedInvoicePaymentSyncList
    from ._unused import PaginatedJournalEntryList as PaginatedJournalEntryList
    from ._unused import PaginatedPrepaidUsageEventList as PaginatedPrepaidUsageEventList
    from ._unused import PaginatedProductBundleList as PaginatedProductBundleList
    from ._unused import PaginatedProductList as PaginatedProductList
    from ._unused import PaginatedReconciliationReportV2ListList as PaginatedReconciliationReportV2ListList
    from ._unused import (
        PaginatedReconciliationReportV2SourceTransactionListList as PaginatedReconciliationReportV2SourceTransactionListList,
    )
    from ._unused import PaginatedRevenueTransactionList as PaginatedRevenueTransactionList
    from ._unused import PaginatedTierPriceOverrideList as PaginatedTierPriceOverrideList
    from ._unused import PaginatedTransactionMatchList as PaginatedTransactionMatchList
    from ._unused import PaginatedTransactionTagGroupList as PaginatedTransactionTagGroupList
    from ._unused import PaginatedTransactionTagList as PaginatedTransactionTagList
    from ._unused import PaginatedVendorContactList as PaginatedVendorContactList
    from ._unused import PaginatedVendorList as PaginatedVendorList
    from ._unused import PaginatedVendorSummaryList as PaginatedVendorSummaryList
    from .accounts import AccountBalanceSheetListParams as AccountBalanceSheetListParams
    from .accounts import AccountIncomeStatementListParams as AccountIncomeStatementListParams
    from .accounts import AccountsListParams as AccountsListParams
    from .accounts import ChartAccount as ChartAccount
    from .accounts import ChartAccountParam as ChartAccountParam
    from .accounts import PatchedChartAccount as PatchedChartAccount
    from .accounts import PatchedChartAccountParam as PatchedChartAccountParam
    from .bank_accounts import BankAccount as BankAccount
    from .bank_accounts import BankAccountParam as BankAccountParam
    from .bank_accounts import BankAccountsDeleteParams as BankAccountsDeleteParams
    from .bank_accounts import BankAccountsListParams as BankAccountsListParams
    from .bank_accounts import PatchedBankAccount as PatchedBankAccount
    from .bank_accounts import PatchedBankAccountParam as PatchedBankAccountParam
    from .bank_feeds import BankFeed as BankFeed
    from .bank_feeds import BankFeedParam as BankFeedParam
    from .bank_transactions import BankTransaction as BankTransaction
    from .bank_transactions import BankTransactionParam as BankTransactionParam
    from .bank_transactions import BankTransactionsListParams as BankTransactionsListParams
    from .bank_transactions import PatchedBankTransaction as PatchedBankTransaction
    from .bank_transactions import PatchedBankTransactionParam as PatchedBankTransactionParam
    from .bill_drafts import BillDraftCreate as BillDraftCreate
    from .bill_drafts import BillDraftCreateParam as BillDraftCreateParam
    from .bill_drafts import BillDraftRead as BillDraftRead
    from .bill_drafts import BillDraftsDiscardParams as BillDraftsDiscardParams
    from .bill_drafts import BillDraftWrite as BillDraftWrite
    from .bill_drafts import BillDraftWriteParam as BillDraftWriteParam
    from .bill_drafts import PatchedBillDraftWrite as PatchedBillDraftWrite
    from .bill_drafts import PatchedBillDraftWriteParam as PatchedBillDraftWriteParam
    from .bill_payments import BillPaymentsListParams as BillPaymentsListParams
    from .bill_payments import BillPaymentSync as BillPaymentSync
    from .bills import AccountingBill as AccountingBill
    from .bills import AccountingBillLine as AccountingBillLine
    from .bills import AccountingBillLineParam as AccountingBillLineParam
    from .bills import AccountingBillParam as AccountingBillParam
    from .bills import AccountingBillPayment as AccountingBillPayment
    from .bills import BillsGenerateAmortizationScheduleParams as BillsGenerateAmortizationScheduleParams
    from .bills import BillsListParams as BillsListParams
    from .bills import BillsSaveAmortizationScheduleParams as BillsSaveAmortizationScheduleParams
    from .bills import BulkBill as BulkBill
    from .bills import BulkBillParam as BulkBillParam
    from .bills import BulkBillSearch as BulkBillSearch
    from .bills import BulkBillSearchParam as BulkBillSearchParam
    from .bills import PatchedAccountingBill as PatchedAccountingBill
    from .bills import PatchedAccountingBillParam as PatchedAccountingBillParam
    from .bills import VoidBillRequest as VoidBillRequest
    from .bills import VoidBillRequestParam as VoidBillRequestParam
    from .budgets import Budget as Budget
    from .budgets import BudgetAccount as BudgetAccount
    from .budgets import BudgetAccountParam as BudgetAccountParam
    from .budgets import BudgetAccountsListParams as BudgetAccountsListParams
    from .budgets import BudgetParam as BudgetParam
    from .budgets import BudgetsListParams as BudgetsListParams
    from .budgets import PatchedBudget as PatchedBudget
    from .budgets import PatchedBudgetAccount as PatchedBudgetAccount
    from .budgets import PatchedBudgetAccountParam as PatchedBudgetAccountParam
    from .budgets import PatchedBudgetParam as PatchedBudgetParam
    from .chart_account_settings import ChartAccountSettings as ChartAccountSettings
    from .chart_account_settings import ChartAccountSettingsParam as ChartAccountSettingsParam
    from .chart_account_settings import PatchedChartAccountSettings as PatchedChartAccountSettings
    from .chart_account_settings import PatchedChartAccountSettingsParam as PatchedChartAccountSettingsParam
    from .contracts import BulkContract as BulkContract
    from .contracts import BulkContractParam as BulkContractParam
    from .contracts import BulkContractSearch as BulkContractSearch
    from .contracts import BulkContractSearchParam as BulkContractSearchParam
    from .contracts import Contract as Contract
    from .contracts import ContractBundle as ContractBundle
    from .contracts import ContractBundleLine as ContractBundleLine
    from .contracts import ContractBundleLineParam as ContractBundleLineParam
    from .contracts import ContractBundleParam as ContractBundleParam
    from .contracts import ContractBundlesListParams as ContractBundlesListParams
    from .contracts import ContractDuplicateResponse as ContractDuplicateResponse
    from .contracts import ContractListParams as ContractListParams
    from .contracts import ContractMilestone as ContractMilestone
    from .contracts import ContractMilestoneParam as ContractMilestoneParam
    from .contracts import ContractMilestonesListParams as ContractMilestonesListParams
    from .contracts import ContractParam as ContractParam
    from .contracts import ContractPrepaidCommit as ContractPrepaidCommit
    from .contracts import ContractPrepaidCommitConsumption as ContractPrepaidCommitConsumption
    from .contracts import ContractPrepaidCommitConsumptionListParams as ContractPrepaidCommitConsumptionListParams
    from .contracts import ContractPrepaidCommitParam as ContractPrepaidCommitParam
    from .contracts import ContractPrepaidCommitsListParams as ContractPrepaidCommitsListParams
    from .contracts import ContractPrepaidCommitUsageEventsListParams as ContractPrepaidCommitUsageEventsListParams
    from .contracts import ContractProductBundle as ContractProductBundle
    from .contracts import ContractProductBundleLine as ContractProductBundleLine
    from .contracts import ContractProductBundleLineRead as ContractProductBundleLineRead
    from .contracts import ContractProductBundleLineUpdate as ContractProductBundleLineUpdate
    from .contracts import ContractProductBundleLineUpdateParam as ContractProductBundleLineUpdateParam
    from .contracts import ContractProductBundleRead as ContractProductBundleRead
    from .contracts import ContractProductBundleUpdate as ContractProductBundleUpdate
    from .contracts import ContractProductBundleUpdateParam as ContractProductBundleUpdateParam
    from .contracts import ContractSubscription as ContractSubscription
    from .contracts import ContractSubscriptionParam as ContractSubscriptionParam
    from .contracts import ContractSubscriptionsListParams as ContractSubscriptionsListParams
    from .contracts import ContractTierPriceOverridesListParams as ContractTierPriceOverridesListParams
    from .contracts import ContractUsage as ContractUsage
    from .contracts import ContractUsageListParams as ContractUsageListParams
    from .contracts import ContractUsageParam as ContractUsageParam
    from .contracts import NestedContractPrepaidCommit as NestedContractPrepaidCommit
    from .contracts import NestedContractPrepaidCommitParam as NestedContractPrepaidCommitParam
    from .contracts import PatchedContract as PatchedContract
    from .contracts import PatchedContractBundle as PatchedContractBundle
    from .contracts import PatchedContractBundleParam as PatchedContractBundleParam
    from .contracts import PatchedContractMilestone as PatchedContractMilestone
    from .contracts import PatchedContractMilestoneParam as PatchedContractMilestoneParam
    from .contracts import PatchedContractParam as PatchedContractParam
    from .contracts import PatchedContractPrepaidCommit as PatchedContractPrepaidCommit
    from .contracts import PatchedContractPrepaidCommitParam as PatchedContractPrepaidCommitParam
    from .contracts import PatchedContractProductBundleUpdate as PatchedContractProductBundleUpdate
    from .contracts import PatchedContractProductBundleUpdateParam as PatchedContractProductBundleUpdateParam
    from .contracts import PatchedContractSubscription as PatchedContractSubscription
    from .contracts import PatchedContractSubscriptionParam as PatchedContractSubscriptionParam
    from .contracts import PatchedContractUsage as PatchedContractUsage
    from .contracts import PatchedContractUsageParam as PatchedContractUsageParam
    from .contracts import PrepaidUsageEvent as PrepaidUsageEvent
    from .contracts import RecordConsumptionInput as RecordConsumptionInput
    from .contracts import RecordConsumptionInputParam as RecordConsumptionInputParam
    from .contracts import TerminateContract as TerminateContract
    from .contracts import TerminateContractParam as TerminateContractParam
    from .contracts import TerminateContractResponse as TerminateContractResponse
    from .contracts import TierPriceOverride as TierPriceOverride
    from .contracts import TierPriceOverrideParam as TierPriceOverrideParam
    from .cost_allocations import CostAllocation as CostAllocation
    from .cost_allocations import CostAllocationLine as CostAllocationLine
    from .cost_allocations import CostAllocationLineParam as CostAllocationLineParam
    from .cost_allocations import CostAllocationParam as CostAllocationParam
    from .cost_allocations import CostAllocationsListParams as CostAllocationsListParams
    from .cost_allocations import PatchedCostAllocation as PatchedCostAllocation
    from .cost_allocations import PatchedCostAllocationParam as PatchedCostAllocationParam
    from .credit_memos import AccountingCreditMemo as AccountingCreditMemo
    from .credit_memos import AccountingCreditMemoLine as AccountingCreditMemoLine
    from .credit_memos import AccountingCreditMemoLineParam as AccountingCreditMemoLineParam
    from .credit_memos import AccountingCreditMemoParam as AccountingCreditMemoParam
    from .credit_memos import AccountingCreditMemoPayment as AccountingCreditMemoPayment
    from .credit_memos import BulkCreditMemo as BulkCreditMemo
    from .credit_memos import BulkCreditMemoParam as BulkCreditMemoParam
    from .credit_memos import BulkCreditMemoSearch as BulkCreditMemoSearch
    from .credit_memos import BulkCreditMemoSearchParam as BulkCreditMemoSearchParam
    from .credit_memos import CreditMemoListParams as CreditMemoListParams
    from .credit_memos import MarkCreditMemoUsed as MarkCreditMemoUsed
    from .credit_memos import MarkCreditMemoUsedParam as MarkCreditMemoUsedParam
    from .credit_memos import PatchedAccountingCreditMemo as PatchedAccountingCreditMemo
    from .credit_memos import PatchedAccountingCreditMemoParam as PatchedAccountingCreditMemoParam
    from .credit_memos import VoidCreditMemoRequest as VoidCreditMemoRequest
    from .credit_memos import VoidCreditMemoRequestParam as VoidCreditMemoRequestParam
    from .custom_fields import CustomField as CustomField
    from .custom_fields import CustomFieldParam as CustomFieldParam
    from .custom_fields import CustomFieldsListParams as CustomFieldsListParams
    from .custom_fields import CustomFieldsReorderParams as CustomFieldsReorderParams
    from .custom_fields import PatchedCustomField as PatchedCustomField
    from .custom_fields import PatchedCustomFieldParam as PatchedCustomFieldParam
    from .customers import ContractCustomer as ContractCustomer
    from .customers import ContractCustomerParam as ContractCustomerParam
    from .customers import CustomersListParams as CustomersListParams
    from .customers import PatchedContractCustomer as PatchedContractCustomer
    from .customers import PatchedContractCustomerParam as PatchedContractCustomerParam
    from .debit_memos import AccountingDebitMemo as AccountingDebitMemo
    from .debit_memos import AccountingDebitMemoLine as AccountingDebitMemoLine
    from .debit_memos import AccountingDebitMemoLineParam as AccountingDebitMemoLineParam
    from .debit_memos import AccountingDebitMemoParam as AccountingDebitMemoParam
    from .debit_memos import AccountingDebitMemoPayment as AccountingDebitMemoPayment
    from .debit_memos import BulkDebitMemo as BulkDebitMemo
    from .debit_memos import BulkDebitMemoParam as BulkDebitMemoParam
    from .debit_memos import BulkDebitMemoSearch as BulkDebitMemoSearch
    from .debit_memos import BulkDebitMemoSearchParam as BulkDebitMemoSearchParam
    from .debit_memos import DebitMemosListParams as DebitMemosListParams
    from .debit_memos import MarkDebitMemoUsed as MarkDebitMemoUsed
    from .debit_memos import MarkDebitMemoUsedParam as MarkDebitMemoUsedParam
    from .debit_memos import PatchedAccountingDebitMemo as PatchedAccountingDebitMemo
    from .debit_memos import PatchedAccountingDebitMemoParam as PatchedAccountingDebitMemoParam
    from .debit_memos import VoidDebitMemoRequest as VoidDebitMemoRequest
    from .debit_memos import VoidDebitMemoRequestParam as VoidDebitMemoRequestParam
    from .departments import BulkDepartment as BulkDepartment
    from .departments import BulkDepartmentParam as BulkDepartmentParam
    from .departments import BulkDepartmentSearch as BulkDepartmentSearch
    from .departments import BulkDepartmentSearchParam as BulkDepartmentSearchParam
    from .departments import Department as Department
    from .departments import DepartmentParam as DepartmentParam
    from .departments import DepartmentsDeleteParams as DepartmentsDeleteParams
    from .departments import DepartmentsListParams as DepartmentsListParams
    from .departments import PatchedDepartment as PatchedDepartment
    from .departments import PatchedDepartmentParam as PatchedDepartmentParam
    from .entities import ChartEntity as ChartEntity
    from .entities import ChartEntityMinimal as ChartEntityMinimal
    from .entities import ChartEntityParam as ChartEntityParam
    from .entities import EntityListParams as EntityListParams
    from .entities import PatchedChartEntity as PatchedChartEntity
    from .entities import PatchedChartEntityParam as PatchedChartEntityParam
    from .files import FileParam as FileParam
    from .files import FilesListParams as FilesListParams
    from .files import PatchedFile as PatchedFile
    from .files import PatchedFileParam as PatchedFileParam
    from .financial_statements import FinancialStatementsBalanceSheetParams as FinancialStatementsBalanceSheetParams
    from .financial_statements import (
        FinancialStatementsCashBasisOperatingStatementParams as FinancialStatementsCashBasisOperatingStatementParams,
    )
    from .financial_statements import FinancialStatementsCashBasisParams as FinancialStatementsCashBasisParams
    from .financial_statements import (
        FinancialStatementsCashFlowActivityParams as FinancialStatementsCashFlowActivityParams,
    )
    from .financial_statements import FinancialStatementsCashFlowParams as FinancialStatementsCashFlowParams
    from .financial_statements import FinancialStatementsCashFlowV2Params as FinancialStatementsCashFlowV2Params
    from .financial_statements import (
        FinancialStatementsCashOperatingStatementTransactionsParams as FinancialStatementsCashOperatingStatementTransactionsParams,
    )
    from .financial_statements import (
        FinancialStatementsComparativeBalanceSheetParams as FinancialStatementsComparativeBalanceSheetParams,
    )
    from .financial_statements import (
        FinancialStatementsComparativeIncomeStatementParams as FinancialStatementsComparativeIncomeStatementParams,
    )
    from .financial_statements import (
        FinancialStatementsIncomeStatementParams as FinancialStatementsIncomeStatementParams,
    )
    from .financial_statements import FinancialStatementsTrialBalanceParams as FinancialStatementsTrialBalanceParams
    from .financial_statements import TrialBalanceAccount as TrialBalanceAccount
    from .financial_statements import TrialBalanceAccountBalance as TrialBalanceAccountBalance
    from .financial_statements import TrialBalanceData as TrialBalanceData
    from .financial_statements import TrialBalanceResponse as TrialBalanceResponse
    from .fixed_asset_automation_matches import FixedAssetAutomationMatchParam as FixedAssetAutomationMatchParam
    from .fixed_asset_automation_matches import PatchedFixedAssetAutomationMatch as PatchedFixedAssetAutomationMatch
    from .fixed_asset_automation_matches import (
        PatchedFixedAssetAutomationMatchParam as PatchedFixedAssetAutomationMatchParam,
    )
    from .fixed_asset_automations import FixedAssetAutomationRule as FixedAssetAutomationRule
    from .fixed_asset_automations import FixedAssetAutomationRuleParam as FixedAssetAutomationRuleParam
    from .fixed_asset_automations import (
        FixedAssetAutomationsListMatchesParams as FixedAssetAutomationsListMatchesParams,
    )
    from .fixed_asset_automations import FixedAssetAutomationsListParams as FixedAssetAutomationsListParams
    from .fixed_asset_automations import PatchedFixedAssetAutomationRule as PatchedFixedAssetAutomationRule
    from .fixed_asset_automations import PatchedFixedAssetAutomationRuleParam as PatchedFixedAssetAutomationRuleParam
    from .fixed_asset_classes import FixedAssetClass as FixedAssetClass
    from .fixed_asset_classes import FixedAssetClassesListParams as FixedAssetClassesListParams
    from .fixed_asset_classes import FixedAssetClassParam as FixedAssetClassParam
    from .fixed_asset_classes import PatchedFixedAssetClass as PatchedFixedAssetClass
    from .fixed_asset_classes import PatchedFixedAssetClassParam as PatchedFixedAssetClassParam
    from .fixed_assets import FixedAsset as FixedAsset
    from .fixed_assets import FixedAssetDepreciation as FixedAssetDepreciation
    from .fixed_assets import FixedAssetDepreciationParam as FixedAssetDepreciationParam
    from .fixed_assets import FixedAssetDisposal as FixedAssetDisposal
    from .fixed_assets import FixedAssetParam as FixedAssetParam
    from .fixed_assets import FixedAssetsListParams as FixedAssetsListParams
    from .fixed_assets import FixedAssetTransfer as FixedAssetTransfer
    from .fixed_assets import PatchedFixedAsset as PatchedFixedAsset
    from .fixed_assets import PatchedFixedAssetParam as PatchedFixedAssetParam
    from .general_ledger import GeneralLedger as GeneralLedger
    from .general_ledger import GeneralLedgerAccount as GeneralLedgerAccount
    from .general_ledger import GeneralLedgerRetrieveParams as GeneralLedgerRetrieveParams
    from .intercompany_journal_entries import (
        IntercompanyJournalEntriesBalanceParams as IntercompanyJournalEntriesBalanceParams,
    )
    from .intercompany_journal_entries import (
        IntercompanyJournalEntriesListParams as IntercompanyJournalEntriesListParams,
    )
    from .intercompany_journal_entries import IntercompanyJournalEntry as IntercompanyJournalEntry
    from .intercompany_journal_entries import IntercompanyJournalEntryParam as IntercompanyJournalEntryParam
    from .intercompany_journal_entries import PatchedIntercompanyJournalEntry as PatchedIntercompanyJournalEntry
    from .intercompany_journal_entries import (
        PatchedIntercompanyJournalEntryParam as PatchedIntercompanyJournalEntryParam,
    )
    from .invoice_payments import InvoicePaymentListParams as InvoicePaymentListParams
    from .invoice_payments import InvoicePaymentSync as InvoicePaymentSync
    from .invoice_reports import InvoiceReportParams as InvoiceReportParams
    from .invoice_reports import InvoiceReportResultRow as InvoiceReportResultRow
    from .invoices import AccountingInvoice as AccountingInvoice
    from .invoices import AccountingInvoiceJournalEntry as AccountingInvoiceJournalEntry
    from .invoices import AccountingInvoiceLine as AccountingInvoiceLine
    from .invoices import AccountingInvoiceLineParam as AccountingInvoiceLineParam
    from .invoices import AccountingInvoiceList as AccountingInvoiceList
    from .invoices import AccountingInvoiceParam as AccountingInvoiceParam
    from .invoices import AccountingInvoicePayment as AccountingInvoicePayment
    from .invoices import BulkApplyInvoicePayment as BulkApplyInvoicePayment
    from .invoices import BulkApplyInvoicePaymentFilters as BulkApplyInvoicePaymentFilters
    from .invoices import BulkApplyInvoicePaymentFiltersParam as BulkApplyInvoicePaymentFiltersParam
    from .invoices import BulkApplyInvoicePaymentParam as BulkApplyInvoicePaymentParam
    from .invoices import BulkCreateInvoices as BulkCreateInvoices
    from .invoices import BulkCreateInvoicesParam as BulkCreateInvoicesParam
    from .invoices import BulkInvoice as BulkInvoice
    from .invoices import BulkInvoiceParam as BulkInvoiceParam
    from .invoices import BulkInvoiceSearch as BulkInvoiceSearch
    from .invoices import BulkInvoiceSearchParam as BulkInvoiceSearchParam
    from .invoices import CalculatePaymentInput as CalculatePaymentInput
    from .invoices import CalculatePaymentInputParam as CalculatePaymentInputParam
    from .invoices import CalculatePaymentOutput as CalculatePaymentOutput
    from .invoices import CreditMemoPaymentInput as CreditMemoPaymentInput
    from .invoices import CreditMemoPaymentInputParam as CreditMemoPaymentInputParam
    from .invoices import EmptyTransactionInput as EmptyTransactionInput
    from .invoices import EmptyTransactionInputParam as EmptyTransactionInputParam
    from .invoices import GetDefaultPaymentInput as GetDefaultPaymentInput
    from .invoices import GetDefaultPaymentInputParam as GetDefaultPaymentInputParam
    from .invoices import GetDefaultPaymentOutput as GetDefaultPaymentOutput
    from .invoices import InvoiceListParams as InvoiceListParams
    from .invoices import MarkInvoicePaidAutoCreatedCreditMemo as MarkInvoicePaidAutoCreatedCreditMemo
    from .invoices import MarkInvoicePaidResponse as MarkInvoicePaidResponse
    from .invoices import PatchedAccountingInvoice as PatchedAccountingInvoice
    from .invoices import PatchedAccountingInvoiceParam as PatchedAccountingInvoiceParam
    from .invoices import TransactionPaymentInput as TransactionPaymentInput
    from .invoices import TransactionPaymentInputParam as TransactionPaymentInputParam
    from .invoices import VoidInvoiceRequest as VoidInvoiceRequest
    from .invoices import VoidInvoiceRequestParam as VoidInvoiceRequestParam
    from .journal_entries import JournalEntriesListParams as JournalEntriesListParams
    from .journal_entries import JournalEntryParam as JournalEntryParam
    from .journal_entries import PatchedJournalEntry as PatchedJournalEntry
    from .journal_entries import PatchedJournalEntryParam as PatchedJournalEntryParam
    from .product_bundles import PatchedProductBundle as PatchedProductBundle
    from .product_bundles import PatchedProductBundleParam as PatchedProductBundleParam
    from .product_bundles import ProductBundle as ProductBundle
    from .product_bundles import ProductBundleLine as ProductBundleLine
    from .product_bundles import ProductBundleLineParam as ProductBundleLineParam
    from .product_bundles import ProductBundleParam as ProductBundleParam
    from .product_bundles import ProductBundlesListParams as ProductBundlesListParams
    from .products import PatchedProduct as PatchedProduct
    from .products import PatchedProductParam as PatchedProductParam
    from .products import Product as Product
    from .products import ProductListParams as ProductListParams
    from .products import ProductParam as ProductParam
    from .products import ProductUsageGroupSummary as ProductUsageGroupSummary
    from .products import ProductUsageTierSummary as ProductUsageTierSummary
    from .reconciliations import AsyncTask as AsyncTask
    from .reconciliations import BulkMatchTransactionRequest as BulkMatchTransactionRequest
    from .reconciliations import BulkMatchTransactionRequestParam as BulkMatchTransactionRequestParam
    from .reconciliations import ConfirmTransactionSelectionRequest as ConfirmTransactionSelectionRequest
    from .reconciliations import ConfirmTransactionSelectionRequestParam as ConfirmTransactionSelectionRequestParam
    from .reconciliations import MatchTransactionRequest as MatchTransactionRequest
    from .reconciliations import MatchTransactionRequestParam as MatchTransactionRequestParam
    from .reconciliations import PatchedReconciliationReportV2 as PatchedReconciliationReportV2
    from .reconciliations import PatchedReconciliationReportV2Param as PatchedReconciliationReportV2Param
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
    from .reconciliations import ReconciliationsListParams as ReconciliationsListParams
    from .reconciliations import (
        ReconciliationsListSourceTransactionsParams as ReconciliationsListSourceTransactionsParams,
    )
    from .revenue_transactions import PatchedRevenueTransaction as PatchedRevenueTransaction
    from .revenue_transactions import PatchedRevenueTransactionParam as PatchedRevenueTransactionParam
    from .revenue_transactions import RevenueTransaction as RevenueTransaction
    from .revenue_transactions import RevenueTransactionParam as RevenueTransactionParam
    from .revenue_transactions import RevenueTransactionsListParams as RevenueTransactionsListParams
    from .subscriptions import ContractSubscriptionLine as ContractSubscriptionLine
    from .subscriptions import GenerageSubscriptionSchedule as GenerageSubscriptionSchedule
    from .subscriptions import GenerageSubscriptionScheduleParam as GenerageSubscriptionScheduleParam
    from .tag_groups import PatchedTransactionTagGroup as PatchedTransactionTagGroup
    from .tag_groups import PatchedTransactionTagGroupParam as PatchedTransactionTagGroupParam
    from .tag_groups import TagGroupsListParams as TagGroupsListParams
    from .tag_groups import TransactionTagGroup as TransactionTagGroup
    from .tag_groups import TransactionTagGroupParam as TransactionTagGroupParam
    from .tags import BulkTag as BulkTag
    from .tags import BulkTagParam as BulkTagParam
    from .tags import BulkTagSearch as BulkTagSearch
    from .tags import BulkTagSearchParam as BulkTagSearchParam
    from .tags import PatchedTransactionTag as PatchedTransactionTag
    from .tags import PatchedTransactionTagParam as PatchedTransactionTagParam
    from .tags import TagsDeleteParams as TagsDeleteParams
    from .tags import TagsListParams as TagsListParams
    from .tags import TransactionTag as TransactionTag
    from .tags import TransactionTagParam as TransactionTagParam
    from .transaction_matches import PatchedTransactionMatch as PatchedTransactionMatch
    from .transaction_matches import PatchedTransactionMatchParam as PatchedTransactionMatchParam
    from .transaction_matches import TransactionMatch as TransactionMatch
    from .transaction_matches import TransactionMatchesListParams as TransactionMatchesListParams
    from .transaction_matches import TransactionMatchParam as TransactionMatchParam
    from .transactions import ChartTransactionParam as ChartTransactionParam
    from .transactions import ChartTransactionTotals as ChartTransactionTotals
    from .transactions import PatchedChartTransaction as PatchedChartTransaction
    from .transactions import PatchedChartTransactionParam as PatchedChartTransactionParam
    from .transactions import TransactionsListParams as TransactionsListParams
    from .transactions import TransactionsMergeParams as TransactionsMergeParams
    from .transactions import TransactionsTotalsParams as TransactionsTotalsParams
    from .user_currencies import CustomerCurrency as CustomerCurrency
    from .user_currencies import CustomerCurrencyParam as CustomerCurrencyParam
    from .user_currencies import PatchedCustomerCurrency as PatchedCustomerCurrency
    from .user_currencies import PatchedCustomerCurrencyParam as PatchedCustomerCurrencyParam
    from .user_currencies import UserCurrenciesListParams as UserCurrenciesListParams
    from .vendor_custom_fields import PatchedVendorCustomField1 as PatchedVendorCustomField1
    from .vendor_custom_fields import PatchedVendorCustomField1Param as PatchedVendorCustomField1Param
    from .vendor_custom_fields import VendorCustomField1 as VendorCustomField1
    from .vendor_custom_fields import VendorCustomField1Param as VendorCustomField1Param
    from .vendors import BulkVendor as BulkVendor
    from .vendors import BulkVendorParam as BulkVendorParam
    from .vendors import BulkVendorSearch as BulkVendorSearch
    from .vendors import BulkVendorSearchParam as BulkVendorSearchParam
    from .vendors import ClientListParams as ClientListParams
    from .vendors import PatchedVendor as PatchedVendor
    from .vendors import PatchedVendorParam as PatchedVendorParam
    from .vendors import Vendor as Vendor
    from .vendors import VendorContactsListParams as VendorContactsListParams
    from .vendors import VendorParam as VendorParam
    from .vendors import VendorsDeleteParams as VendorsDeleteParams
    from .vendors import VendorsListSummariesParams as VendorsListSummariesParams
    from .vendors import VendorSummary as VendorSummary
    from .webhooks import PatchedWebhook as PatchedWebhook
    from .webhooks import PatchedWebhookParam as PatchedWebhookParam
    from .webhooks import Webhook as Webhook
    from .webhooks import WebhookEvent as WebhookEvent
    from .webhooks import WebhookParam as WebhookParam
    from .webhooks import WebhookTopic as WebhookTopic
    from .webhooks import WebhookTopicParam as WebhookTopicParam

#: class name -> module
_MODULES = {
    "AccountBalanceSheetListParams": "accounts",
    "AccountIncomeStatementListParams": "accounts",
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
    "AccountsListParams": "accounts",
    "AmortizationSchedule": "_shared",
    "AsyncTask": "reconciliations",
    "BankAccount": "bank_accounts",
    "BankAccountParam": "bank_accounts",
    "BankAccountsDeleteParams": "bank_accounts",
    "BankAccountsListParams": "bank_accounts",
    "BankFeed": "bank_feeds",
    "BankFeedParam": "bank_feeds",
    "BankTransaction": "bank_transactions",
    "BankTransactionParam": "bank_transactions",
    "BankTransactionsListParams": "bank_transactions",
    "BillDraftCreate": "bill_drafts",
    "BillDraftCreateParam": "bill_drafts",
    "BillDraftRead": "bill_drafts",
    "BillDraftWrite": "bill_drafts",
    "BillDraftWriteParam": "bill_drafts",
    "BillDraftsDiscardParams": "bill_drafts",
    "BillPaymentSync": "bill_payments",
    "BillPaymentsListParams": "bill_payments",
    "BillsGenerateAmortizationScheduleParams": "bills",
    "BillsListParams": "bills",
    "BillsSaveAmortizationScheduleParams": "bills",
    "Budget": "budgets",
    "BudgetAccount": "budgets",
    "BudgetAccountParam": "budgets",
    "BudgetAccountsListParams": "budgets",
    "BudgetParam": "budgets",
    "BudgetsListParams": "budgets",
    "BulkApplyInvoicePayment": "invoices",
    "BulkApplyInvoicePaymentFilters": "invoices",
    "BulkApplyInvoicePaymentFiltersParam": "invoices",
    "BulkApplyInvoicePaymentParam": "invoices",
    "BulkBill": "bills",
    "BulkBillParam": "bills",
    "BulkBillSearch": "bills",
    "BulkBillSearchParam": "bills",
    "BulkContract": "contracts",
    "BulkContractParam": "contracts",
    "BulkContractSearch": "contracts",
    "BulkContractSearchParam": "contracts",
    "BulkCreateInvoices": "invoices",
    "BulkCreateInvoicesParam": "invoices",
    "BulkCreditMemo": "credit_memos",
    "BulkCreditMemoParam": "credit_memos",
    "BulkCreditMemoSearch": "credit_memos",
    "BulkCreditMemoSearchParam": "credit_memos",
    "BulkDebitMemo": "debit_memos",
    "BulkDebitMemoParam": "debit_memos",
    "BulkDebitMemoSearch": "debit_memos",
    "BulkDebitMemoSearchParam": "debit_memos",
    "BulkDepartment": "departments",
    "BulkDepartmentParam": "departments",
    "BulkDepartmentSearch": "departments",
    "BulkDepartmentSearchParam": "departments",
    "BulkInvoice": "invoices",
    "BulkInvoiceParam": "invoices",
    "BulkInvoiceSearch": "invoices",
    "BulkInvoiceSearchParam": "invoices",
    "BulkMatchTransactionRequest": "reconciliations",
    "BulkMatchTransactionRequestParam": "reconciliations",
    "BulkTag": "tags",
    "BulkTagParam": "tags",
    "BulkTagSearch": "tags",
    "BulkTagSearchParam": "tags",
    "BulkVendor": "vendors",
    "BulkVendorParam": "vendors",
    "BulkVendorSearch": "vendors",
    "BulkVendorSearchParam": "vendors",
    "CalculatePaymentInput": "invoices",
    "CalculatePaymentInputParam": "invoices",
    "CalculatePaymentOutput": "invoices",
    "ChartAccount": "accounts",
    "ChartAccountParam": "accounts",
    "ChartAccountSettings": "chart_account_settings",
    "ChartAccountSettingsParam": "chart_account_settings",
    "ChartEntity": "entities",
    "ChartEntityMinimal": "entities",
    "ChartEntityParam": "entities",
    "ChartTransaction": "_shared",
    "ChartTransactionParam": "transactions",
    "ChartTransactionTotals": "transactions",
    "ClientListParams": "vendors",
    "ConfirmTransactionSelectionRequest": "reconciliations",
    "ConfirmTransactionSelectionRequestParam": "reconciliations",
    "Contract": "contracts",
    "ContractBundle": "contracts",
    "ContractBundleLine": "contracts",
    "ContractBundleLineParam": "contracts",
    "ContractBundleParam": "contracts",
    "ContractBundlesListParams": "contracts",
    "ContractCustomer": "customers",
    "ContractCustomerParam": "customers",
    "ContractDuplicateResponse": "contracts",
    "ContractListParams": "contracts",
    "ContractMilestone": "contracts",
    "ContractMilestoneParam": "contracts",
    "ContractMilestonesListParams": "contracts",
    "ContractParam": "contracts",
    "ContractPrepaidCommit": "contracts",
    "ContractPrepaidCommitConsumption": "contracts",
    "ContractPrepaidCommitConsumptionListParams": "contracts",
    "ContractPrepaidCommitParam": "contracts",
    "ContractPrepaidCommitUsageEventsListParams": "contracts",
    "ContractPrepaidCommitsListParams": "contracts",
    "ContractProductBundle": "contracts",
    "ContractProductBundleLine": "contracts",
    "ContractProductBundleLineRead": "contracts",
    "ContractProductBundleLineUpdate": "contracts",
    "ContractProductBundleLineUpdateParam": "contracts",
    "ContractProductBundleRead": "contracts",
    "ContractProductBundleUpdate": "contracts",
    "ContractProductBundleUpdateParam": "contracts",
    "ContractSubscription": "contracts",
    "ContractSubscriptionLine": "subscriptions",
    "ContractSubscriptionParam": "contracts",
    "ContractSubscriptionsListParams": "contracts",
    "ContractTierPriceOverridesListParams": "contracts",
    "ContractUsage": "contracts",
    "ContractUsageListParams": "contracts",
    "ContractUsageParam": "contracts",
    "CostAllocation": "cost_allocations",
    "CostAllocationLine": "cost_allocations",
    "CostAllocationLineParam": "cost_allocations",
    "CostAllocationParam": "cost_allocations",
    "CostAllocationsListParams": "cost_allocations",
    "CreditMemoListParams": "credit_memos",
    "CreditMemoPaymentInput": "invoices",
    "CreditMemoPaymentInputParam": "invoices",
    "CustomField": "custom_fields",
    "CustomFieldParam": "custom_fields",
    "CustomFieldsListParams": "custom_fields",
    "CustomFieldsReorderParams": "custom_fields",
    "CustomerCurrency": "user_currencies",
    "CustomerCurrencyParam": "user_currencies",
    "CustomersListParams": "customers",
    "DebitMemosListParams": "debit_memos",
    "DeletedObject": "_unused",
    "Department": "departments",
    "DepartmentParam": "departments",
    "DepartmentsDeleteParams": "departments",
    "DepartmentsListParams": "departments",
    "EmptyTransactionInput": "invoices",
    "EmptyTransactionInputParam": "invoices",
    "EntityListParams": "entities",
    "ErrorDetail": "_unused",
    "ErrorResponse": "_unused",
    "File": "_shared",
    "FileParam": "files",
    "FilesListParams": "files",
    "FinancialStatementsBalanceSheetParams": "financial_statements",
    "FinancialStatementsCashBasisOperatingStatementParams": "financial_statements",
    "FinancialStatementsCashBasisParams": "financial_statements",
    "FinancialStatementsCashFlowActivityParams": "financial_statements",
    "FinancialStatementsCashFlowParams": "financial_statements",
    "FinancialStatementsCashFlowV2Params": "financial_statements",
    "FinancialStatementsCashOperatingStatementTransactionsParams": "financial_statements",
    "FinancialStatementsComparativeBalanceSheetParams": "financial_statements",
    "FinancialStatementsComparativeIncomeStatementParams": "financial_statements",
    "FinancialStatementsIncomeStatementParams": "financial_statements",
    "FinancialStatementsTrialBalanceParams": "financial_statements",
    "FixedAsset": "fixed_assets",
    "FixedAssetAutomationMatch": "_shared",
    "FixedAssetAutomationMatchParam": "fixed_asset_automation_matches",
    "FixedAssetAutomationRule": "fixed_asset_automations",
    "FixedAssetAutomationRuleParam": "fixed_asset_automations",
    "FixedAssetAutomationsListMatchesParams": "fixed_asset_automations",
    "FixedAssetAutomationsListParams": "fixed_asset_automations",
    "FixedAssetClass": "fixed_asset_classes",
    "FixedAssetClassParam": "fixed_asset_classes",
    "FixedAssetClassesListParams": "fixed_asset_classes",
    "FixedAssetDepreciation": "fixed_assets",
    "FixedAssetDepreciationParam": "fixed_assets",
    "FixedAssetDisposal": "fixed_assets",
    "FixedAssetParam": "fixed_assets",
    "FixedAssetTransfer": "fixed_assets",
    "FixedAssetsListParams": "fixed_assets",
    "GenerageSubscriptionSchedule": "subscriptions",
    "GenerageSubscriptionScheduleParam": "subscriptions",
    "GeneralLedger": "general_ledger",
    "GeneralLedgerAccount": "general_ledger",
    "GeneralLedgerRetrieveParams": "general_ledger",
    "GetDefaultPaymentInput": "invoices",
    "GetDefaultPaymentInputParam": "invoices",
    "GetDefaultPaymentOutput": "invoices",
    "IntercompanyJournalEntriesBalanceParams": "intercompany_journal_entries",
    "IntercompanyJournalEntriesListParams": "intercompany_journal_entries",
    "IntercompanyJournalEntry": "intercompany_journal_entries",
    "IntercompanyJournalEntryParam": "intercompany_journal_entries",
    "InvoiceListParams": "invoices",
    "InvoicePaymentListParams": "invoice_payments",
    "InvoicePaymentSync": "invoice_payments",
    "InvoiceReportParams": "invoice_reports",
    "InvoiceReportResponse": "_unused",
    "InvoiceReportResultRow": "invoice_reports",
    "JournalEntriesListParams": "journal_entries",
    "JournalEntry": "_shared",
    "JournalEntryParam": "journal_entries",
    "MarkCreditMemoUsed": "credit_memos",
    "MarkCreditMemoUsedParam": "credit_memos",
    "MarkDebitMemoUsed": "debit_memos",
    "MarkDebitMemoUsedParam": "debit_memos",
    "MarkInvoicePaidAutoCreatedCreditMemo": "invoices",
    "MarkInvoicePaidResponse": "invoices",
    "MarkPaid": "_shared",
    "MarkPaidCreditMemo": "_shared",
    "MarkPaidCreditMemoParam": "_shared",
    "MarkPaidDebitMemo": "_shared",
    "MarkPaidDebitMemoParam": "_shared",
    "MarkPaidEmptyTransaction": "_shared",
    "MarkPaidEmptyTransactionParam": "_shared",
    "MarkPaidParam": "_shared",
    "MarkPaidTransaction": "_shared",
    "MarkPaidTransactionParam": "_shared",
    "MatchTransactionRequest": "reconciliations",
    "MatchTransactionRequestParam": "reconciliations",
    "NestedContractPrepaidCommit": "contracts",
    "NestedContractPrepaidCommitParam": "contracts",
    "PaginatedAccountingBillList": "_unused",
    "PaginatedAccountingCreditMemoList": "_unused",
    "PaginatedAccountingDebitMemoList": "_unused",
    "PaginatedAccountingInvoiceListList": "_unused",
    "PaginatedBankAccountList": "_unused",
    "PaginatedBankTransactionList": "_unused",
    "PaginatedBillPaymentSyncList": "_unused",
    "PaginatedBudgetList": "_unused",
    "PaginatedChartAccountList": "_unused",
    "PaginatedChartTransactionList": "_unused",
    "PaginatedContractCustomerList": "_unused",
    "PaginatedContractList": "_unused",
    "PaginatedContractMilestoneList": "_unused",
    "PaginatedContractPrepaidCommitConsumptionList": "_unused",
    "PaginatedContractPrepaidCommitList": "_unused",
    "PaginatedContractUsageList": "_unused",
    "PaginatedCostAllocationList": "_unused",
    "PaginatedCustomFieldList": "_unused",
    "PaginatedCustomerCurrencyList": "_unused",
    "PaginatedDepartmentList": "_unused",
    "PaginatedFileList": "_unused",
    "PaginatedFixedAssetAutomationMatchList": "_unused",
    "PaginatedFixedAssetAutomationRuleList": "_unused",
    "PaginatedFixedAssetClassList": "_unused",
    "PaginatedFixedAssetList": "_unused",
    "PaginatedIntercompanyJournalEntryList": "_unused",
    "PaginatedInvoicePaymentSyncList": "_unused",
    "PaginatedJournalEntryList": "_unused",
    "PaginatedPrepaidUsageEventList": "_unused",
    "PaginatedProductBundleList": "_unused",
    "PaginatedProductList": "_unused",
    "PaginatedReconciliationReportV2ListList": "_unused",
    "PaginatedReconciliationReportV2SourceTransactionListList": "_unused",
    "PaginatedRevenueTransactionList": "_unused",
    "PaginatedTierPriceOverrideList": "_unused",
    "PaginatedTransactionMatchList": "_unused",
    "PaginatedTransactionTagGroupList": "_unused",
    "PaginatedTransactionTagList": "_unused",
    "PaginatedVendorContactList": "_unused",
    "PaginatedVendorList": "_unused",
    "PaginatedVendorSummaryList": "_unused",
    "PatchedAccountingBill": "bills",
    "PatchedAccountingBillParam": "bills",
    "PatchedAccountingCreditMemo": "credit_memos",
    "PatchedAccountingCreditMemoParam": "credit_memos",
    "PatchedAccountingDebitMemo": "debit_memos",
    "PatchedAccountingDebitMemoParam": "debit_memos",
    "PatchedAccountingInvoice": "invoices",
    "PatchedAccountingInvoiceParam": "invoices",
    "PatchedBankAccount": "bank_accounts",
    "PatchedBankAccountParam": "bank_accounts",
    "PatchedBankTransaction": "bank_transactions",
    "PatchedBankTransactionParam": "bank_transactions",
    "PatchedBillDraftWrite": "bill_drafts",
    "PatchedBillDraftWriteParam": "bill_drafts",
    "PatchedBudget": "budgets",
    "PatchedBudgetAccount": "budgets",
    "PatchedBudgetAccountParam": "budgets",
    "PatchedBudgetParam": "budgets",
    "PatchedChartAccount": "accounts",
    "PatchedChartAccountParam": "accounts",
    "PatchedChartAccountSettings": "chart_account_settings",
    "PatchedChartAccountSettingsParam": "chart_account_settings",
    "PatchedChartEntity": "entities",
    "PatchedChartEntityParam": "entities",
    "PatchedChartTransaction": "transactions",
    "PatchedChartTransactionParam": "transactions",
    "PatchedContract": "contracts",
    "PatchedContractBundle": "contracts",
    "PatchedContractBundleParam": "contracts",
    "PatchedContractCustomer": "customers",
    "PatchedContractCustomerParam": "customers",
    "PatchedContractMilestone": "contracts",
    "PatchedContractMilestoneParam": "contracts",
    "PatchedContractParam": "contracts",
    "PatchedContractPrepaidCommit": "contracts",
    "PatchedContractPrepaidCommitParam": "contracts",
    "PatchedContractProductBundleUpdate": "contracts",
    "PatchedContractProductBundleUpdateParam": "contracts",
    "PatchedContractSubscription": "contracts",
    "PatchedContractSubscriptionParam": "contracts",
    "PatchedContractUsage": "contracts",
    "PatchedContractUsageParam": "contracts",
    "PatchedCostAllocation": "cost_allocations",
    "PatchedCostAllocationParam": "cost_allocations",
    "PatchedCustomField": "custom_fields",
    "PatchedCustomFieldParam": "custom_fields",
    "PatchedCustomerCurrency": "user_currencies",
    "PatchedCustomerCurrencyParam": "user_currencies",
    "PatchedDepartment": "departments",
    "PatchedDepartmentParam": "departments",
    "PatchedFile": "files",
    "PatchedFileParam": "files",
    "PatchedFixedAsset": "fixed_assets",
    "PatchedFixedAssetAutomationMatch": "fixed_asset_automation_matches",
    "PatchedFixedAssetAutomationMatchParam": "fixed_asset_automation_matches",
    "PatchedFixedAssetAutomationRule": "fixed_asset_automations",
    "PatchedFixedAssetAutomationRuleParam": "fixed_asset_automations",
    "PatchedFixedAssetClass": "fixed_asset_classes",
    "PatchedFixedAssetClassParam": "fixed_asset_classes",
    "PatchedFixedAssetParam": "fixed_assets",
    "PatchedIntercompanyJournalEntry": "intercompany_journal_entries",
    "PatchedIntercompanyJournalEntryParam": "intercompany_journal_entries",
    "PatchedJournalEntry": "journal_entries",
    "PatchedJournalEntryParam": "journal_entries",
    "PatchedProduct": "products",
    "PatchedProductBundle": "product_bundles",
    "PatchedProductBundleParam": "product_bundles",
    "PatchedProductParam": "products",
    "PatchedReconciliationReportV2": "reconciliations",
    "PatchedReconciliationReportV2Param": "reconciliations",
    "PatchedRevenueTransaction": "revenue_transactions",
    "PatchedRevenueTransactionParam": "revenue_transactions",
    "PatchedTransactionMatch": "transaction_matches",
    "PatchedTransactionMatchParam": "transaction_matches",
    "PatchedTransactionTag": "tags",
    "PatchedTransactionTagGroup": "tag_groups",
    "PatchedTransactionTagGroupParam": "tag_groups",
    "PatchedTransactionTagParam": "tags",
    "PatchedVendor": "vendors",
    "PatchedVendorCustomField1": "vendor_custom_fields",
    "PatchedVendorCustomField1Param": "vendor_custom_fields",
    "PatchedVendorParam": "vendors",
    "PatchedWebhook": "webhooks",
    "PatchedWebhookParam": "webhooks",
    "PrepaidUsageEvent": "contracts",
    "Product": "products",
    "ProductBundle": "product_bundles",
    "ProductBundleLine": "product_bundles",
    "ProductBundleLineParam": "product_bundles",
    "ProductBundleParam": "product_bundles",
    "ProductBundlesListParams": "product_bundles",
    "ProductListParams": "products",
    "ProductParam": "products",
    "ProductUsageGroupSummary": "products",
    "ProductUsageTierSummary": "products",
    "ReconciliationReportV2": "reconciliations",
    "ReconciliationReportV2List": "reconciliations",
    "ReconciliationReportV2Param": "reconciliations",
    "ReconciliationReportV2SourceReconciliationTransaction": "reconciliations",
    "ReconciliationReportV2SourceTransactionList": "reconciliations",
    "ReconciliationReportV2StatementTransaction": "reconciliations",
    "ReconciliationsListParams": "reconciliations",
    "ReconciliationsListSourceTransactionsParams": "reconciliations",
    "RecordConsumptionInput": "contracts",
    "RecordConsumptionInputParam": "contracts",
    "RevenueTransaction": "revenue_transactions",
    "RevenueTransactionParam": "revenue_transactions",
    "RevenueTransactionsListParams": "revenue_transactions",
    "TagGroupsListParams": "tag_groups",
    "TagsDeleteParams": "tags",
    "TagsListParams": "tags",
    "TerminateContract": "contracts",
    "TerminateContractParam": "contracts",
    "TerminateContractResponse": "contracts",
    "TierPriceOverride": "contracts",
    "TierPriceOverrideParam": "contracts",
    "TransactionMatch": "transaction_matches",
    "TransactionMatchParam": "transaction_matches",
    "TransactionMatchesListParams": "transaction_matches",
    "TransactionPaymentInput": "invoices",
    "TransactionPaymentInputParam": "invoices",
    "TransactionTag": "tags",
    "TransactionTagGroup": "tag_groups",
    "TransactionTagGroupParam": "tag_groups",
    "TransactionTagParam": "tags",
    "TransactionsListParams": "transactions",
    "TransactionsMergeParams": "transactions",
    "TransactionsTotalsParams": "transactions",
    "TrialBalanceAccount": "financial_statements",
    "TrialBalanceAccountBalance": "financial_statements",
    "TrialBalanceData": "financial_statements",
    "TrialBalanceResponse": "financial_statements",
    "UserCurrenciesListParams": "user_currencies",
    "Vendor": "vendors",
    "VendorContact": "_shared",
    "VendorContactParam": "_shared",
    "VendorContactsListParams": "vendors",
    "VendorCustomField1": "vendor_custom_fields",
    "VendorCustomField1Param": "vendor_custom_fields",
    "VendorParam": "vendors",
    "VendorSummary": "vendors",
    "VendorsDeleteParams": "vendors",
    "VendorsListSummariesParams": "vendors",
    "VoidBillRequest": "bills",
    "VoidBillRequestParam": "bills",
    "VoidCreditMemoRequest": "credit_memos",
    "VoidCreditMemoRequestParam": "credit_memos",
    "VoidDebitMemoRequest": "debit_memos",
    "VoidDebitMemoRequestParam": "debit_memos",
    "VoidInvoiceRequest": "invoices",
    "VoidInvoiceRequestParam": "invoices",
    "VoidPayment": "_shared",
    "VoidPaymentParam": "_shared",
    "Webhook": "webhooks",
    "WebhookEvent": "webhooks",
    "WebhookParam": "webhooks",
    "WebhookTopic": "webhooks",
    "WebhookTopicParam": "webhooks",
}

__all__ = [
    "AccountBalanceSheetListParams",
    "AccountIncomeStatementListParams",
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
    "AccountsListParams",
    "AmortizationSchedule",
    "AsyncTask",
    "BankAccount",
    "BankAccountParam",
    "BankAccountsDeleteParams",
    "BankAccountsListParams",
    "BankFeed",
    "BankFeedParam",
    "BankTransaction",
    "BankTransactionParam",
    "BankTransactionsListParams",
    "BillDraftCreate",
    "BillDraftCreateParam",
    "BillDraftRead",
    "BillDraftWrite",
    "BillDraftWriteParam",
    "BillDraftsDiscardParams",
    "BillPaymentSync",
    "BillPaymentsListParams",
    "BillsGenerateAmortizationScheduleParams",
    "BillsListParams",
    "BillsSaveAmortizationScheduleParams",
    "Budget",
    "BudgetAccount",
    "BudgetAccountParam",
    "BudgetAccountsListParams",
    "BudgetParam",
    "BudgetsListParams",
    "BulkApplyInvoicePayment",
    "BulkApplyInvoicePaymentFilters",
    "BulkApplyInvoicePaymentFiltersParam",
    "BulkApplyInvoicePaymentParam",
    "BulkBill",
    "BulkBillParam",
    "BulkBillSearch",
    "BulkBillSearchParam",
    "BulkContract",
    "BulkContractParam",
    "BulkContractSearch",
    "BulkContractSearchParam",
    "BulkCreateInvoices",
    "BulkCreateInvoicesParam",
    "BulkCreditMemo",
    "BulkCreditMemoParam",
    "BulkCreditMemoSearch",
    "BulkCreditMemoSearchParam",
    "BulkDebitMemo",
    "BulkDebitMemoParam",
    "BulkDebitMemoSearch",
    "BulkDebitMemoSearchParam",
    "BulkDepartment",
    "BulkDepartmentParam",
    "BulkDepartmentSearch",
    "BulkDepartmentSearchParam",
    "BulkInvoice",
    "BulkInvoiceParam",
    "BulkInvoiceSearch",
    "BulkInvoiceSearchParam",
    "BulkMatchTransactionRequest",
    "BulkMatchTransactionRequestParam",
    "BulkTag",
    "BulkTagParam",
    "BulkTagSearch",
    "BulkTagSearchParam",
    "BulkVendor",
    "BulkVendorParam",
    "BulkVendorSearch",
    "BulkVendorSearchParam",
    "CalculatePaymentInput",
    "CalculatePaymentInputParam",
    "CalculatePaymentOutput",
    "ChartAccount",
    "ChartAccountParam",
    "ChartAccountSettings",
    "ChartAccountSettingsParam",
    "ChartEntity",
    "ChartEntityMinimal",
    "ChartEntityParam",
    "ChartTransaction",
    "ChartTransactionParam",
    "ChartTransactionTotals",
    "ClientListParams",
    "ConfirmTransactionSelectionRequest",
    "ConfirmTransactionSelectionRequestParam",
    "Contract",
    "ContractBundle",
    "ContractBundleLine",
    "ContractBundleLineParam",
    "ContractBundleParam",
    "ContractBundlesListParams",
    "ContractCustomer",
    "ContractCustomerParam",
    "ContractDuplicateResponse",
    "ContractListParams",
    "ContractMilestone",
    "ContractMilestoneParam",
    "ContractMilestonesListParams",
    "ContractParam",
    "ContractPrepaidCommit",
    "ContractPrepaidCommitConsumption",
    "ContractPrepaidCommitConsumptionListParams",
    "ContractPrepaidCommitParam",
    "ContractPrepaidCommitUsageEventsListParams",
    "ContractPrepaidCommitsListParams",
    "ContractProductBundle",
    "ContractProductBundleLine",
    "ContractProductBundleLineRead",
    "ContractProductBundleLineUpdate",
    "ContractProductBundleLineUpdateParam",
    "ContractProductBundleRead",
    "ContractProductBundleUpdate",
    "ContractProductBundleUpdateParam",
    "ContractSubscription",
    "ContractSubscriptionLine",
    "ContractSubscriptionParam",
    "ContractSubscriptionsListParams",
    "ContractTierPriceOverridesListParams",
    "ContractUsage",
    "ContractUsageListParams",
    "ContractUsageParam",
    "CostAllocation",
    "CostAllocationLine",
    "CostAllocationLineParam",
    "CostAllocationParam",
    "CostAllocationsListParams",
    "CreditMemoListParams",
    "CreditMemoPaymentInput",
    "CreditMemoPaymentInputParam",
    "CustomField",
    "CustomFieldParam",
    "CustomFieldsListParams",
    "CustomFieldsReorderParams",
    "CustomerCurrency",
    "CustomerCurrencyParam",
    "CustomersListParams",
    "DebitMemosListParams",
    "DeletedObject",
    "Department",
    "DepartmentParam",
    "DepartmentsDeleteParams",
    "DepartmentsListParams",
    "EmptyTransactionInput",
    "EmptyTransactionInputParam",
    "EntityListParams",
    "ErrorDetail",
    "ErrorResponse",
    "File",
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
    "FixedAsset",
    "FixedAssetAutomationMatch",
    "FixedAssetAutomationMatchParam",
    "FixedAssetAutomationRule",
    "FixedAssetAutomationRuleParam",
    "FixedAssetAutomationsListMatchesParams",
    "FixedAssetAutomationsListParams",
    "FixedAssetClass",
    "FixedAssetClassParam",
    "FixedAssetClassesListParams",
    "FixedAssetDepreciation",
    "FixedAssetDepreciationParam",
    "FixedAssetDisposal",
    "FixedAssetParam",
    "FixedAssetTransfer",
    "FixedAssetsListParams",
    "GenerageSubscriptionSchedule",
    "GenerageSubscriptionScheduleParam",
    "GeneralLedger",
    "GeneralLedgerAccount",
    "GeneralLedgerRetrieveParams",
    "GetDefaultPaymentInput",
    "GetDefaultPaymentInputParam",
    "GetDefaultPaymentOutput",
    "IntercompanyJournalEntriesBalanceParams",
    "IntercompanyJournalEntriesListParams",
    "IntercompanyJournalEntry",
    "IntercompanyJournalEntryParam",
    "InvoiceListParams",
    "InvoicePaymentListParams",
    "InvoicePaymentSync",
    "InvoiceReportParams",
    "InvoiceReportResponse",
    "InvoiceReportResultRow",
    "JournalEntriesListParams",
    "JournalEntry",
    "JournalEntryParam",
    "MarkCreditMemoUsed",
    "MarkCreditMemoUsedParam",
    "MarkDebitMemoUsed",
    "MarkDebitMemoUsedParam",
    "MarkInvoicePaidAutoCreatedCreditMemo",
    "MarkInvoicePaidResponse",
    "MarkPaid",
    "MarkPaidCreditMemo",
    "MarkPaidCreditMemoParam",
    "MarkPaidDebitMemo",
    "MarkPaidDebitMemoParam",
    "MarkPaidEmptyTransaction",
    "MarkPaidEmptyTransactionParam",
    "MarkPaidParam",
    "MarkPaidTransaction",
    "MarkPaidTransactionParam",
    "MatchTransactionRequest",
    "MatchTransactionRequestParam",
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
    "PatchedAccountingBillParam",
    "PatchedAccountingCreditMemo",
    "PatchedAccountingCreditMemoParam",
    "PatchedAccountingDebitMemo",
    "PatchedAccountingDebitMemoParam",
    "PatchedAccountingInvoice",
    "PatchedAccountingInvoiceParam",
    "PatchedBankAccount",
    "PatchedBankAccountParam",
    "PatchedBankTransaction",
    "PatchedBankTransactionParam",
    "PatchedBillDraftWrite",
    "PatchedBillDraftWriteParam",
    "PatchedBudget",
    "PatchedBudgetAccount",
    "PatchedBudgetAccountParam",
    "PatchedBudgetParam",
    "PatchedChartAccount",
    "PatchedChartAccountParam",
    "PatchedChartAccountSettings",
    "PatchedChartAccountSettingsParam",
    "PatchedChartEntity",
    "PatchedChartEntityParam",
    "PatchedChartTransaction",
    "PatchedChartTransactionParam",
    "PatchedContract",
    "PatchedContractBundle",
    "PatchedContractBundleParam",
    "PatchedContractCustomer",
    "PatchedContractCustomerParam",
    "PatchedContractMilestone",
    "PatchedContractMilestoneParam",
    "PatchedContractParam",
    "PatchedContractPrepaidCommit",
    "PatchedContractPrepaidCommitParam",
    "PatchedContractProductBundleUpdate",
    "PatchedContractProductBundleUpdateParam",
    "PatchedContractSubscription",
    "PatchedContractSubscriptionParam",
    "PatchedContractUsage",
    "PatchedContractUsageParam",
    "PatchedCostAllocation",
    "PatchedCostAllocationParam",
    "PatchedCustomField",
    "PatchedCustomFieldParam",
    "PatchedCustomerCurrency",
    "PatchedCustomerCurrencyParam",
    "PatchedDepartment",
    "PatchedDepartmentParam",
    "PatchedFile",
    "PatchedFileParam",
    "PatchedFixedAsset",
    "PatchedFixedAssetAutomationMatch",
    "PatchedFixedAssetAutomationMatchParam",
    "PatchedFixedAssetAutomationRule",
    "PatchedFixedAssetAutomationRuleParam",
    "PatchedFixedAssetClass",
    "PatchedFixedAssetClassParam",
    "PatchedFixedAssetParam",
    "PatchedIntercompanyJournalEntry",
    "PatchedIntercompanyJournalEntryParam",
    "PatchedJournalEntry",
    "PatchedJournalEntryParam",
    "PatchedProduct",
    "PatchedProductBundle",
    "PatchedProductBundleParam",
    "PatchedProductParam",
    "PatchedReconciliationReportV2",
    "PatchedReconciliationReportV2Param",
    "PatchedRevenueTransaction",
    "PatchedRevenueTransactionParam",
    "PatchedTransactionMatch",
    "PatchedTransactionMatchParam",
    "PatchedTransactionTag",
    "PatchedTransactionTagGroup",
    "PatchedTransactionTagGroupParam",
    "PatchedTransactionTagParam",
    "PatchedVendor",
    "PatchedVendorCustomField1",
    "PatchedVendorCustomField1Param",
    "PatchedVendorParam",
    "PatchedWebhook",
    "PatchedWebhookParam",
    "PrepaidUsageEvent",
    "Product",
    "ProductBundle",
    "ProductBundleLine",
    "ProductBundleLineParam",
    "ProductBundleParam",
    "ProductBundlesListParams",
    "ProductListParams",
    "ProductParam",
    "ProductUsageGroupSummary",
    "ProductUsageTierSummary",
    "ReconciliationReportV2",
    "ReconciliationReportV2List",
    "ReconciliationReportV2Param",
    "ReconciliationReportV2SourceReconciliationTransaction",
    "ReconciliationReportV2SourceTransactionList",
    "ReconciliationReportV2StatementTransaction",
    "ReconciliationsListParams",
    "ReconciliationsListSourceTransactionsParams",
    "RecordConsumptionInput",
    "RecordConsumptionInputParam",
    "RevenueTransaction",
    "RevenueTransactionParam",
    "RevenueTransactionsListParams",
    "TagGroupsListParams",
    "TagsDeleteParams",
    "TagsListParams",
    "TerminateContract",
    "TerminateContractParam",
    "TerminateContractResponse",
    "TierPriceOverride",
    "TierPriceOverrideParam",
    "TransactionMatch",
    "TransactionMatchParam",
    "TransactionMatchesListParams",
    "TransactionPaymentInput",
    "TransactionPaymentInputParam",
    "TransactionTag",
    "TransactionTagGroup",
    "TransactionTagGroupParam",
    "TransactionTagParam",
    "TransactionsListParams",
    "TransactionsMergeParams",
    "TransactionsTotalsParams",
    "TrialBalanceAccount",
    "TrialBalanceAccountBalance",
    "TrialBalanceData",
    "TrialBalanceResponse",
    "UserCurrenciesListParams",
    "Vendor",
    "VendorContact",
    "VendorContactParam",
    "VendorContactsListParams",
    "VendorCustomField1",
    "VendorCustomField1Param",
    "VendorParam",
    "VendorSummary",
    "VendorsDeleteParams",
    "VendorsListSummariesParams",
    "VoidBillRequest",
    "VoidBillRequestParam",
    "VoidCreditMemoRequest",
    "VoidCreditMemoRequestParam",
    "VoidDebitMemoRequest",
    "VoidDebitMemoRequestParam",
    "VoidInvoiceRequest",
    "VoidInvoiceRequestParam",
    "VoidPayment",
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
