# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Resource classes, one module per API resource, each class with an async twin.

Nothing is imported until a class is asked for, so ``import campfire_sdk`` stays light.
"""

from __future__ import annotations

import importlib
import typing as t

if t.TYPE_CHECKING:
    from .accounts import AccountBalanceSheetAccounts as AccountBalanceSheetAccounts
    from .accounts import AccountIncomeStatementAccounts as AccountIncomeStatementAccounts
    from .accounts import Accounts as Accounts
    from .accounts import AsyncAccountBalanceSheetAccounts as AsyncAccountBalanceSheetAccounts
    from .accounts import AsyncAccountIncomeStatementAccounts as AsyncAccountIncomeStatementAccounts
    from .accounts import AsyncAccounts as AsyncAccounts
    from .bank_accounts import AsyncBankAccounts as AsyncBankAccounts
    from .bank_accounts import BankAccounts as BankAccounts
    from .bank_feeds import AsyncBankFeeds as AsyncBankFeeds
    from .bank_feeds import BankFeeds as BankFeeds
    from .bank_transactions import AsyncBankTransactions as AsyncBankTransactions
    from .bank_transactions import BankTransactions as BankTransactions
    from .bill_drafts import AsyncBillDrafts as AsyncBillDrafts
    from .bill_drafts import BillDrafts as BillDrafts
    from .bill_payments import AsyncBillPayments as AsyncBillPayments
    from .bill_payments import BillPayments as BillPayments
    from .bills import AsyncBills as AsyncBills
    from .bills import Bills as Bills
    from .budgets import AsyncBudgetAccounts as AsyncBudgetAccounts
    from .budgets import AsyncBudgets as AsyncBudgets
    from .budgets import BudgetAccounts as BudgetAccounts
    from .budgets import Budgets as Budgets
    from .chart_account_settings import AsyncChartAccountSettings as AsyncChartAccountSettings
    from .chart_account_settings import ChartAccountSettings as ChartAccountSettings
    from .contracts import AsyncContractBundles as AsyncContractBundles
    from .contracts import AsyncContractMilestoneAllocations as AsyncContractMilestoneAllocations
    from .contracts import AsyncContractMilestones as AsyncContractMilestones
    from .contracts import AsyncContractPrepaidCommitConsumption as AsyncContractPrepaidCommitConsumption
    from .contracts import AsyncContractPrepaidCommits as AsyncContractPrepaidCommits
    from .contracts import AsyncContractPrepaidCommitUsageEvents as AsyncContractPrepaidCommitUsageEvents
    from .contracts import AsyncContracts as AsyncContracts
    from .contracts import AsyncContractSubscriptionAllocations as AsyncContractSubscriptionAllocations
    from .contracts import AsyncContractSubscriptions as AsyncContractSubscriptions
    from .contracts import AsyncContractTierPriceOverrides as AsyncContractTierPriceOverrides
    from .contracts import AsyncContractUsage as AsyncContractUsage
    from .contracts import AsyncContractUsageAllocations as AsyncContractUsageAllocations
    from .contracts import ContractBundles as ContractBundles
    from .contracts import ContractMilestoneAllocations as ContractMilestoneAllocations
    from .contracts import ContractMilestones as ContractMilestones
    from .contracts import ContractPrepaidCommitConsumption as ContractPrepaidCommitConsumption
    from .contracts import ContractPrepaidCommits as ContractPrepaidCommits
    from .contracts import ContractPrepaidCommitUsageEvents as ContractPrepaidCommitUsageEvents
    from .contracts import Contracts as Contracts
    from .contracts import ContractSubscriptionAllocations as ContractSubscriptionAllocations
    from .contracts import ContractSubscriptions as ContractSubscriptions
    from .contracts import ContractTierPriceOverrides as ContractTierPriceOverrides
    from .contracts import ContractUsage as ContractUsage
    from .contracts import ContractUsageAllocations as ContractUsageAllocations
    from .cost_allocations import AsyncCostAllocations as AsyncCostAllocations
    from .cost_allocations import CostAllocations as CostAllocations
    from .credit_memos import AsyncCreditMemos as AsyncCreditMemos
    from .credit_memos import CreditMemos as CreditMemos
    from .custom_fields import AsyncCustomFields as AsyncCustomFields
    from .custom_fields import CustomFields as CustomFields
    from .customers import AsyncCustomers as AsyncCustomers
    from .customers import Customers as Customers
    from .debit_memos import AsyncDebitMemos as AsyncDebitMemos
    from .debit_memos import DebitMemos as DebitMemos
    from .departments import AsyncDepartments as AsyncDepartments
    from .departments import Departments as Departments
    from .entities import AsyncEntities as AsyncEntities
    from .entities import Entities as Entities
    from .files import AsyncFiles as AsyncFiles
    from .files import Files as Files
    from .financial_statements import AsyncFinancialStatements as AsyncFinancialStatements
    from .financial_statements import FinancialStatements as FinancialStatements
    from .fixed_asset_automation_matches import AsyncFixedAssetAutomationMatches as AsyncFixedAssetAutomationMatches
    from .fixed_asset_automation_matches import FixedAssetAutomationMatches as FixedAssetAutomationMatches
    from .fixed_asset_automations import AsyncFixedAssetAutomations as AsyncFixedAssetAutomations
    from .fixed_asset_automations import FixedAssetAutomations as FixedAssetAutomations
    from .fixed_asset_classes import AsyncFixedAssetClasses as AsyncFixedAssetClasses
    from .fixed_asset_classes import FixedAssetClasses as FixedAssetClasses
    from .fixed_assets import AsyncFixedAssets as AsyncFixedAssets
    from .fixed_assets import FixedAssets as FixedAssets
    from .general_ledger import AsyncGeneralLedger as AsyncGeneralLedger
    from .general_ledger import GeneralLedger as GeneralLedger
    from .intercompany_journal_entries import AsyncIntercompanyJournalEntries as AsyncIntercompanyJournalEntries
    from .intercompany_journal_entries import IntercompanyJournalEntries as IntercompanyJournalEntries
    from .invoice_payments import AsyncInvoicePayments as AsyncInvoicePayments
    from .invoice_payments import InvoicePayments as InvoicePayments
    from .invoice_reports import AsyncInvoiceReports as AsyncInvoiceReports
    from .invoice_reports import InvoiceReports as InvoiceReports
    from .invoices import AsyncInvoices as AsyncInvoices
    from .invoices import Invoices as Invoices
    from .journal_entries import AsyncJournalEntries as AsyncJournalEntries
    from .journal_entries import JournalEntries as JournalEntries
    from .product_bundles import AsyncProductBundles as AsyncProductBundles
    from .product_bundles import ProductBundles as ProductBundles
    from .products import AsyncProducts as AsyncProducts
    from .products import Products as Products
    from .reconciliations import AsyncReconciliations as AsyncReconciliations
    from .reconciliations import Reconciliations as Reconciliations
    from .revenue_transactions import AsyncRevenueTransactions as AsyncRevenueTransactions
    from .revenue_transactions import RevenueTransactions as RevenueTransactions
    from .subscriptions import AsyncSubscriptions as AsyncSubscriptions
    from .subscriptions import Subscriptions as Subscriptions
    from .tag_groups import AsyncTagGroups as AsyncTagGroups
    from .tag_groups import TagGroups as TagGroups
    from .tags import AsyncTags as AsyncTags
    from .tags import Tags as Tags
    from .transaction_matches import AsyncTransactionMatches as AsyncTransactionMatches
    from .transaction_matches import TransactionMatches as TransactionMatches
    from .transactions import AsyncTransactions as AsyncTransactions
    from .transactions import Transactions as Transactions
    from .user_currencies import AsyncUserCurrencies as AsyncUserCurrencies
    from .user_currencies import UserCurrencies as UserCurrencies
    from .vendor_custom_fields import AsyncVendorCustomFields as AsyncVendorCustomFields
    from .vendor_custom_fields import VendorCustomFields as VendorCustomFields
    from .vendors import AsyncVendorContacts as AsyncVendorContacts
    from .vendors import AsyncVendors as AsyncClients
    from .vendors import AsyncVendors as AsyncVendors
    from .vendors import VendorContacts as VendorContacts
    from .vendors import Vendors as Clients
    from .vendors import Vendors as Vendors
    from .webhooks import AsyncWebhooks as AsyncWebhooks
    from .webhooks import Webhooks as Webhooks

#: class name -> (module, name in it)
_MODULES = {
    "AccountBalanceSheetAccounts": ("accounts", "AccountBalanceSheetAccounts"),
    "AccountIncomeStatementAccounts": ("accounts", "AccountIncomeStatementAccounts"),
    "Accounts": ("accounts", "Accounts"),
    "AsyncAccountBalanceSheetAccounts": ("accounts", "AsyncAccountBalanceSheetAccounts"),
    "AsyncAccountIncomeStatementAccounts": ("accounts", "AsyncAccountIncomeStatementAccounts"),
    "AsyncAccounts": ("accounts", "AsyncAccounts"),
    "AsyncBankAccounts": ("bank_accounts", "AsyncBankAccounts"),
    "AsyncBankFeeds": ("bank_feeds", "AsyncBankFeeds"),
    "AsyncBankTransactions": ("bank_transactions", "AsyncBankTransactions"),
    "AsyncBillDrafts": ("bill_drafts", "AsyncBillDrafts"),
    "AsyncBillPayments": ("bill_payments", "AsyncBillPayments"),
    "AsyncBills": ("bills", "AsyncBills"),
    "AsyncBudgetAccounts": ("budgets", "AsyncBudgetAccounts"),
    "AsyncBudgets": ("budgets", "AsyncBudgets"),
    "AsyncChartAccountSettings": ("chart_account_settings", "AsyncChartAccountSettings"),
    "AsyncClients": ("vendors", "AsyncVendors"),
    "AsyncContractBundles": ("contracts", "AsyncContractBundles"),
    "AsyncContractMilestoneAllocations": ("contracts", "AsyncContractMilestoneAllocations"),
    "AsyncContractMilestones": ("contracts", "AsyncContractMilestones"),
    "AsyncContractPrepaidCommitConsumption": ("contracts", "AsyncContractPrepaidCommitConsumption"),
    "AsyncContractPrepaidCommitUsageEvents": ("contracts", "AsyncContractPrepaidCommitUsageEvents"),
    "AsyncContractPrepaidCommits": ("contracts", "AsyncContractPrepaidCommits"),
    "AsyncContractSubscriptionAllocations": ("contracts", "AsyncContractSubscriptionAllocations"),
    "AsyncContractSubscriptions": ("contracts", "AsyncContractSubscriptions"),
    "AsyncContractTierPriceOverrides": ("contracts", "AsyncContractTierPriceOverrides"),
    "AsyncContractUsage": ("contracts", "AsyncContractUsage"),
    "AsyncContractUsageAllocations": ("contracts", "AsyncContractUsageAllocations"),
    "AsyncContracts": ("contracts", "AsyncContracts"),
    "AsyncCostAllocations": ("cost_allocations", "AsyncCostAllocations"),
    "AsyncCreditMemos": ("credit_memos", "AsyncCreditMemos"),
    "AsyncCustomFields": ("custom_fields", "AsyncCustomFields"),
    "AsyncCustomers": ("customers", "AsyncCustomers"),
    "AsyncDebitMemos": ("debit_memos", "AsyncDebitMemos"),
    "AsyncDepartments": ("departments", "AsyncDepartments"),
    "AsyncEntities": ("entities", "AsyncEntities"),
    "AsyncFiles": ("files", "AsyncFiles"),
    "AsyncFinancialStatements": ("financial_statements", "AsyncFinancialStatements"),
    "AsyncFixedAssetAutomationMatches": ("fixed_asset_automation_matches", "AsyncFixedAssetAutomationMatches"),
    "AsyncFixedAssetAutomations": ("fixed_asset_automations", "AsyncFixedAssetAutomations"),
    "AsyncFixedAssetClasses": ("fixed_asset_classes", "AsyncFixedAssetClasses"),
    "AsyncFixedAssets": ("fixed_assets", "AsyncFixedAssets"),
    "AsyncGeneralLedger": ("general_ledger", "AsyncGeneralLedger"),
    "AsyncIntercompanyJournalEntries": ("intercompany_journal_entries", "AsyncIntercompanyJournalEntries"),
    "AsyncInvoicePayments": ("invoice_payments", "AsyncInvoicePayments"),
    "AsyncInvoiceReports": ("invoice_reports", "AsyncInvoiceReports"),
    "AsyncInvoices": ("invoices", "AsyncInvoices"),
    "AsyncJournalEntries": ("journal_entries", "AsyncJournalEntries"),
    "AsyncProductBundles": ("product_bundles", "AsyncProductBundles"),
    "AsyncProducts": ("products", "AsyncProducts"),
    "AsyncReconciliations": ("reconciliations", "AsyncReconciliations"),
    "AsyncRevenueTransactions": ("revenue_transactions", "AsyncRevenueTransactions"),
    "AsyncSubscriptions": ("subscriptions", "AsyncSubscriptions"),
    "AsyncTagGroups": ("tag_groups", "AsyncTagGroups"),
    "AsyncTags": ("tags", "AsyncTags"),
    "AsyncTransactionMatches": ("transaction_matches", "AsyncTransactionMatches"),
    "AsyncTransactions": ("transactions", "AsyncTransactions"),
    "AsyncUserCurrencies": ("user_currencies", "AsyncUserCurrencies"),
    "AsyncVendorContacts": ("vendors", "AsyncVendorContacts"),
    "AsyncVendorCustomFields": ("vendor_custom_fields", "AsyncVendorCustomFields"),
    "AsyncVendors": ("vendors", "AsyncVendors"),
    "AsyncWebhooks": ("webhooks", "AsyncWebhooks"),
    "BankAccounts": ("bank_accounts", "BankAccounts"),
    "BankFeeds": ("bank_feeds", "BankFeeds"),
    "BankTransactions": ("bank_transactions", "BankTransactions"),
    "BillDrafts": ("bill_drafts", "BillDrafts"),
    "BillPayments": ("bill_payments", "BillPayments"),
    "Bills": ("bills", "Bills"),
    "BudgetAccounts": ("budgets", "BudgetAccounts"),
    "Budgets": ("budgets", "Budgets"),
    "ChartAccountSettings": ("chart_account_settings", "ChartAccountSettings"),
    "Clients": ("vendors", "Vendors"),
    "ContractBundles": ("contracts", "ContractBundles"),
    "ContractMilestoneAllocations": ("contracts", "ContractMilestoneAllocations"),
    "ContractMilestones": ("contracts", "ContractMilestones"),
    "ContractPrepaidCommitConsumption": ("contracts", "ContractPrepaidCommitConsumption"),
    "ContractPrepaidCommitUsageEvents": ("contracts", "ContractPrepaidCommitUsageEvents"),
    "ContractPrepaidCommits": ("contracts", "ContractPrepaidCommits"),
    "ContractSubscriptionAllocations": ("contracts", "ContractSubscriptionAllocations"),
    "ContractSubscriptions": ("contracts", "ContractSubscriptions"),
    "ContractTierPriceOverrides": ("contracts", "ContractTierPriceOverrides"),
    "ContractUsage": ("contracts", "ContractUsage"),
    "ContractUsageAllocations": ("contracts", "ContractUsageAllocations"),
    "Contracts": ("contracts", "Contracts"),
    "CostAllocations": ("cost_allocations", "CostAllocations"),
    "CreditMemos": ("credit_memos", "CreditMemos"),
    "CustomFields": ("custom_fields", "CustomFields"),
    "Customers": ("customers", "Customers"),
    "DebitMemos": ("debit_memos", "DebitMemos"),
    "Departments": ("departments", "Departments"),
    "Entities": ("entities", "Entities"),
    "Files": ("files", "Files"),
    "FinancialStatements": ("financial_statements", "FinancialStatements"),
    "FixedAssetAutomationMatches": ("fixed_asset_automation_matches", "FixedAssetAutomationMatches"),
    "FixedAssetAutomations": ("fixed_asset_automations", "FixedAssetAutomations"),
    "FixedAssetClasses": ("fixed_asset_classes", "FixedAssetClasses"),
    "FixedAssets": ("fixed_assets", "FixedAssets"),
    "GeneralLedger": ("general_ledger", "GeneralLedger"),
    "IntercompanyJournalEntries": ("intercompany_journal_entries", "IntercompanyJournalEntries"),
    "InvoicePayments": ("invoice_payments", "InvoicePayments"),
    "InvoiceReports": ("invoice_reports", "InvoiceReports"),
    "Invoices": ("invoices", "Invoices"),
    "JournalEntries": ("journal_entries", "JournalEntries"),
    "ProductBundles": ("product_bundles", "ProductBundles"),
    "Products": ("products", "Products"),
    "Reconciliations": ("reconciliations", "Reconciliations"),
    "RevenueTransactions": ("revenue_transactions", "RevenueTransactions"),
    "Subscriptions": ("subscriptions", "Subscriptions"),
    "TagGroups": ("tag_groups", "TagGroups"),
    "Tags": ("tags", "Tags"),
    "TransactionMatches": ("transaction_matches", "TransactionMatches"),
    "Transactions": ("transactions", "Transactions"),
    "UserCurrencies": ("user_currencies", "UserCurrencies"),
    "VendorContacts": ("vendors", "VendorContacts"),
    "VendorCustomFields": ("vendor_custom_fields", "VendorCustomFields"),
    "Vendors": ("vendors", "Vendors"),
    "Webhooks": ("webhooks", "Webhooks"),
}

__all__ = [
    "AccountBalanceSheetAccounts",
    "AccountIncomeStatementAccounts",
    "Accounts",
    "AsyncAccountBalanceSheetAccounts",
    "AsyncAccountIncomeStatementAccounts",
    "AsyncAccounts",
    "AsyncBankAccounts",
    "AsyncBankFeeds",
    "AsyncBankTransactions",
    "AsyncBillDrafts",
    "AsyncBillPayments",
    "AsyncBills",
    "AsyncBudgetAccounts",
    "AsyncBudgets",
    "AsyncChartAccountSettings",
    "AsyncClients",
    "AsyncContractBundles",
    "AsyncContractMilestoneAllocations",
    "AsyncContractMilestones",
    "AsyncContractPrepaidCommitConsumption",
    "AsyncContractPrepaidCommitUsageEvents",
    "AsyncContractPrepaidCommits",
    "AsyncContractSubscriptionAllocations",
    "AsyncContractSubscriptions",
    "AsyncContractTierPriceOverrides",
    "AsyncContractUsage",
    "AsyncContractUsageAllocations",
    "AsyncContracts",
    "AsyncCostAllocations",
    "AsyncCreditMemos",
    "AsyncCustomFields",
    "AsyncCustomers",
    "AsyncDebitMemos",
    "AsyncDepartments",
    "AsyncEntities",
    "AsyncFiles",
    "AsyncFinancialStatements",
    "AsyncFixedAssetAutomationMatches",
    "AsyncFixedAssetAutomations",
    "AsyncFixedAssetClasses",
    "AsyncFixedAssets",
    "AsyncGeneralLedger",
    "AsyncIntercompanyJournalEntries",
    "AsyncInvoicePayments",
    "AsyncInvoiceReports",
    "AsyncInvoices",
    "AsyncJournalEntries",
    "AsyncProductBundles",
    "AsyncProducts",
    "AsyncReconciliations",
    "AsyncRevenueTransactions",
    "AsyncSubscriptions",
    "AsyncTagGroups",
    "AsyncTags",
    "AsyncTransactionMatches",
    "AsyncTransactions",
    "AsyncUserCurrencies",
    "AsyncVendorContacts",
    "AsyncVendorCustomFields",
    "AsyncVendors",
    "AsyncWebhooks",
    "BankAccounts",
    "BankFeeds",
    "BankTransactions",
    "BillDrafts",
    "BillPayments",
    "Bills",
    "BudgetAccounts",
    "Budgets",
    "ChartAccountSettings",
    "Clients",
    "ContractBundles",
    "ContractMilestoneAllocations",
    "ContractMilestones",
    "ContractPrepaidCommitConsumption",
    "ContractPrepaidCommitUsageEvents",
    "ContractPrepaidCommits",
    "ContractSubscriptionAllocations",
    "ContractSubscriptions",
    "ContractTierPriceOverrides",
    "ContractUsage",
    "ContractUsageAllocations",
    "Contracts",
    "CostAllocations",
    "CreditMemos",
    "CustomFields",
    "Customers",
    "DebitMemos",
    "Departments",
    "Entities",
    "Files",
    "FinancialStatements",
    "FixedAssetAutomationMatches",
    "FixedAssetAutomations",
    "FixedAssetClasses",
    "FixedAssets",
    "GeneralLedger",
    "IntercompanyJournalEntries",
    "InvoicePayments",
    "InvoiceReports",
    "Invoices",
    "JournalEntries",
    "ProductBundles",
    "Products",
    "Reconciliations",
    "RevenueTransactions",
    "Subscriptions",
    "TagGroups",
    "Tags",
    "TransactionMatches",
    "Transactions",
    "UserCurrencies",
    "VendorContacts",
    "VendorCustomFields",
    "Vendors",
    "Webhooks",
]


def __getattr__(name: str) -> t.Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attr = _MODULES[name]
    return getattr(importlib.import_module(f".{module}", __name__), attr)


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
