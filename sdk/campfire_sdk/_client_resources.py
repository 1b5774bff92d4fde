# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""The client attributes, one per resource; each imports its module on first access."""

from __future__ import annotations

import typing as t
from functools import cached_property

if t.TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from .resources.accounts import Accounts, AsyncAccounts
    from .resources.bank_accounts import AsyncBankAccounts, BankAccounts
    from .resources.bank_feeds import AsyncBankFeeds, BankFeeds
    from .resources.bank_transactions import AsyncBankTransactions, BankTransactions
    from .resources.bill_drafts import AsyncBillDrafts, BillDrafts
    from .resources.bill_payments import AsyncBillPayments, BillPayments
    from .resources.bills import AsyncBills, Bills
    from .resources.budgets import AsyncBudgets, Budgets
    from .resources.chart_account_settings import AsyncChartAccountSettings, ChartAccountSettings
    from .resources.contracts import AsyncContracts, Contracts
    from .resources.cost_allocations import AsyncCostAllocations, CostAllocations
    from .resources.credit_memos import AsyncCreditMemos, CreditMemos
    from .resources.custom_fields import AsyncCustomFields, CustomFields
    from .resources.customers import AsyncCustomers, Customers
    from .resources.debit_memos import AsyncDebitMemos, DebitMemos
    from .resources.departments import AsyncDepartments, Departments
    from .resources.entities import AsyncEntities, Entities
    from .resources.files import AsyncFiles, Files
    from .resources.financial_statements import AsyncFinancialStatements, FinancialStatements
    from .resources.fixed_asset_automation_matches import AsyncFixedAssetAutomationMatches, FixedAssetAutomationMatches
    from .resources.fixed_asset_automations import AsyncFixedAssetAutomations, FixedAssetAutomations
    from .resources.fixed_asset_classes import AsyncFixedAssetClasses, FixedAssetClasses
    from .resources.fixed_assets import AsyncFixedAssets, FixedAssets
    from .resources.general_ledger import AsyncGeneralLedger, GeneralLedger
    from .resources.intercompany_journal_entries import AsyncIntercompanyJournalEntries, IntercompanyJournalEntries
    from .resources.invoice_payments import AsyncInvoicePayments, InvoicePayments
    from .resources.invoice_reports import AsyncInvoiceReports, InvoiceReports
    from .resources.invoices import AsyncInvoices, Invoices
    from .resources.journal_entries import AsyncJournalEntries, JournalEntries
    from .resources.product_bundles import AsyncProductBundles, ProductBundles
    from .resources.products import AsyncProducts, Products
    from .resources.reconciliations import AsyncReconciliations, Reconciliations
    from .resources.revenue_transactions import AsyncRevenueTransactions, RevenueTransactions
    from .resources.subscriptions import AsyncSubscriptions, Subscriptions
    from .resources.tag_groups import AsyncTagGroups, TagGroups
    from .resources.tags import AsyncTags, Tags
    from .resources.transaction_matches import AsyncTransactionMatches, TransactionMatches
    from .resources.transactions import AsyncTransactions, Transactions
    from .resources.user_currencies import AsyncUserCurrencies, UserCurrencies
    from .resources.vendor_custom_fields import AsyncVendorCustomFields, VendorCustomFields
    from .resources.vendors import AsyncVendors, Vendors
    from .resources.webhooks import AsyncWebhooks, Webhooks

__all__ = ["AsyncResources", "SyncResources"]


class SyncResources:
    """The resources of Campfire."""

    @cached_property
    def accounts(self) -> Accounts:
        """``client.accounts``: accounts."""
        from .resources.accounts import Accounts

        return Accounts(t.cast("SyncAPIClient", self))

    @cached_property
    def bank_accounts(self) -> BankAccounts:
        """``client.bank_accounts``: bank accounts."""
        from .resources.bank_accounts import BankAccounts

        return BankAccounts(t.cast("SyncAPIClient", self))

    @cached_property
    def bank_feeds(self) -> BankFeeds:
        """``client.bank_feeds``: bank feeds."""
        from .resources.bank_feeds import BankFeeds

        return BankFeeds(t.cast("SyncAPIClient", self))

    @cached_property
    def bank_transactions(self) -> BankTransactions:
        """``client.bank_transactions``: bank transactions."""
        from .resources.bank_transactions import BankTransactions

        return BankTransactions(t.cast("SyncAPIClient", self))

    @cached_property
    def bill_drafts(self) -> BillDrafts:
        """``client.bill_drafts``: bill drafts."""
        from .resources.bill_drafts import BillDrafts

        return BillDrafts(t.cast("SyncAPIClient", self))

    @cached_property
    def bill_payments(self) -> BillPayments:
        """``client.bill_payments``: bill payments."""
        from .resources.bill_payments import BillPayments

        return BillPayments(t.cast("SyncAPIClient", self))

    @cached_property
    def bills(self) -> Bills:
        """``client.bills``: bills."""
        from .resources.bills import Bills

        return Bills(t.cast("SyncAPIClient", self))

    @cached_property
    def budgets(self) -> Budgets:
        """``client.budgets``: budgets."""
        from .resources.budgets import Budgets

        return Budgets(t.cast("SyncAPIClient", self))

    @cached_property
    def chart_account_settings(self) -> ChartAccountSettings:
        """``client.chart_account_settings``: chart account settings."""
        from .resources.chart_account_settings import ChartAccountSettings

        return ChartAccountSettings(t.cast("SyncAPIClient", self))

    @cached_property
    def clients(self) -> Vendors:
        """``client.clients`` (the same as ``.vendors``): vendors, customers and employees (``client.clients`` too)."""
        from .resources.vendors import Vendors

        return Vendors(t.cast("SyncAPIClient", self))

    @cached_property
    def contracts(self) -> Contracts:
        """``client.contracts``: contracts."""
        from .resources.contracts import Contracts

        return Contracts(t.cast("SyncAPIClient", self))

    @cached_property
    def cost_allocations(self) -> CostAllocations:
        """``client.cost_allocations``: cost allocations."""
        from .resources.cost_allocations import CostAllocations

        return CostAllocations(t.cast("SyncAPIClient", self))

    @cached_property
    def credit_memos(self) -> CreditMemos:
        """``client.credit_memos``: credit memos."""
        from .resources.credit_memos import CreditMemos

        return CreditMemos(t.cast("SyncAPIClient", self))

    @cached_property
    def custom_fields(self) -> CustomFields:
        """``client.custom_fields``: custom fields."""
        from .resources.custom_fields import CustomFields

        return CustomFields(t.cast("SyncAPIClient", self))

    @cached_property
    def customers(self) -> Customers:
        """``client.customers``: customers."""
        from .resources.customers import Customers

        return Customers(t.cast("SyncAPIClient", self))

    @cached_property
    def debit_memos(self) -> DebitMemos:
        """``client.debit_memos``: debit memos."""
        from .resources.debit_memos import DebitMemos

        return DebitMemos(t.cast("SyncAPIClient", self))

    @cached_property
    def departments(self) -> Departments:
        """``client.departments``: departments."""
        from .resources.departments import Departments

        return Departments(t.cast("SyncAPIClient", self))

    @cached_property
    def entities(self) -> Entities:
        """``client.entities``: entities."""
        from .resources.entities import Entities

        return Entities(t.cast("SyncAPIClient", self))

    @cached_property
    def files(self) -> Files:
        """``client.files``: files."""
        from .resources.files import Files

        return Files(t.cast("SyncAPIClient", self))

    @cached_property
    def financial_statements(self) -> FinancialStatements:
        """``client.financial_statements``: balance sheet, income statement, cash flow, trial balance."""
        from .resources.financial_statements import FinancialStatements

        return FinancialStatements(t.cast("SyncAPIClient", self))

    @cached_property
    def fixed_asset_automation_matches(self) -> FixedAssetAutomationMatches:
        """``client.fixed_asset_automation_matches``: fixed asset automation matches."""
        from .resources.fixed_asset_automation_matches import FixedAssetAutomationMatches

        return FixedAssetAutomationMatches(t.cast("SyncAPIClient", self))

    @cached_property
    def fixed_asset_automations(self) -> FixedAssetAutomations:
        """``client.fixed_asset_automations``: fixed asset automations."""
        from .resources.fixed_asset_automations import FixedAssetAutomations

        return FixedAssetAutomations(t.cast("SyncAPIClient", self))

    @cached_property
    def fixed_asset_classes(self) -> FixedAssetClasses:
        """``client.fixed_asset_classes``: fixed asset classes."""
        from .resources.fixed_asset_classes import FixedAssetClasses

        return FixedAssetClasses(t.cast("SyncAPIClient", self))

    @cached_property
    def fixed_assets(self) -> FixedAssets:
        """``client.fixed_assets``: fixed assets."""
        from .resources.fixed_assets import FixedAssets

        return FixedAssets(t.cast("SyncAPIClient", self))

    @cached_property
    def general_ledger(self) -> GeneralLedger:
        """``client.general_ledger``: general ledger."""
        from .resources.general_ledger import GeneralLedger

        return GeneralLedger(t.cast("SyncAPIClient", self))

    @cached_property
    def intercompany_journal_entries(self) -> IntercompanyJournalEntries:
        """``client.intercompany_journal_entries``: intercompany journal entries."""
        from .resources.intercompany_journal_entries import IntercompanyJournalEntries

        return IntercompanyJournalEntries(t.cast("SyncAPIClient", self))

    @cached_property
    def invoice_payments(self) -> InvoicePayments:
        """``client.invoice_payments``: the payment sync list, offset or cursor paged."""
        from .resources.invoice_payments import InvoicePayments

        return InvoicePayments(t.cast("SyncAPIClient", self))

    @cached_property
    def invoice_reports(self) -> InvoiceReports:
        """``client.invoice_reports``: run saved reports (``data``) and ad-hoc ones (``preview``)."""
        from .resources.invoice_reports import InvoiceReports

        return InvoiceReports(t.cast("SyncAPIClient", self))

    @cached_property
    def invoices(self) -> Invoices:
        """``client.invoices``: invoice CRUD, state changes, payments, bulk operations, statements."""
        from .resources.invoices import Invoices

        return Invoices(t.cast("SyncAPIClient", self))

    @cached_property
    def journal_entries(self) -> JournalEntries:
        """``client.journal_entries``: journal entries."""
        from .resources.journal_entries import JournalEntries

        return JournalEntries(t.cast("SyncAPIClient", self))

    @cached_property
    def product_bundles(self) -> ProductBundles:
        """``client.product_bundles``: product bundles."""
        from .resources.product_bundles import ProductBundles

        return ProductBundles(t.cast("SyncAPIClient", self))

    @cached_property
    def products(self) -> Products:
        """``client.products``: products."""
        from .resources.products import Products

        return Products(t.cast("SyncAPIClient", self))

    @cached_property
    def reconciliations(self) -> Reconciliations:
        """``client.reconciliations``: reconciliations."""
        from .resources.reconciliations import Reconciliations

        return Reconciliations(t.cast("SyncAPIClient", self))

    @cached_property
    def revenue_transactions(self) -> RevenueTransactions:
        """``client.revenue_transactions``: revenue transactions."""
        from .resources.revenue_transactions import RevenueTransactions

        return RevenueTransactions(t.cast("SyncAPIClient", self))

    @cached_property
    def subscriptions(self) -> Subscriptions:
        """``client.subscriptions``: subscriptions."""
        from .resources.subscriptions import Subscriptions

        return Subscriptions(t.cast("SyncAPIClient", self))

    @cached_property
    def tag_groups(self) -> TagGroups:
        """``client.tag_groups``: tag groups."""
        from .resources.tag_groups import TagGroups

        return TagGroups(t.cast("SyncAPIClient", self))

    @cached_property
    def tags(self) -> Tags:
        """``client.tags``: tags."""
        from .resources.tags import Tags

        return Tags(t.cast("SyncAPIClient", self))

    @cached_property
    def transaction_matches(self) -> TransactionMatches:
        """``client.transaction_matches``: transaction matches."""
        from .resources.transaction_matches import TransactionMatches

        return TransactionMatches(t.cast("SyncAPIClient", self))

    @cached_property
    def transactions(self) -> Transactions:
        """``client.transactions``: transactions."""
        from .resources.transactions import Transactions

        return Transactions(t.cast("SyncAPIClient", self))

    @cached_property
    def user_currencies(self) -> UserCurrencies:
        """``client.user_currencies``: user currencies."""
        from .resources.user_currencies import UserCurrencies

        return UserCurrencies(t.cast("SyncAPIClient", self))

    @cached_property
    def vendor_custom_fields(self) -> VendorCustomFields:
        """``client.vendor_custom_fields``: vendor custom fields."""
        from .resources.vendor_custom_fields import VendorCustomFields

        return VendorCustomFields(t.cast("SyncAPIClient", self))

    @cached_property
    def vendors(self) -> Vendors:
        """``client.vendors``: vendors, customers and employees (``client.clients`` too)."""
        from .resources.vendors import Vendors

        return Vendors(t.cast("SyncAPIClient", self))

    @cached_property
    def webhooks(self) -> Webhooks:
        """``client.webhooks``: webhooks."""
        from .resources.webhooks import Webhooks

        return Webhooks(t.cast("SyncAPIClient", self))


class AsyncResources:
    """The resources of AsyncCampfire."""

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """``client.accounts``: accounts."""
        from .resources.accounts import AsyncAccounts

        return AsyncAccounts(t.cast("AsyncAPIClient", self))

    @cached_property
    def bank_accounts(self) -> AsyncBankAccounts:
        """``client.bank_accounts``: bank accounts."""
        from .resources.bank_accounts import AsyncBankAccounts

        return AsyncBankAccounts(t.cast("AsyncAPIClient", self))

    @cached_property
    def bank_feeds(self) -> AsyncBankFeeds:
        """``client.bank_feeds``: bank feeds."""
        from .resources.bank_feeds import AsyncBankFeeds

        return AsyncBankFeeds(t.cast("AsyncAPIClient", self))

    @cached_property
    def bank_transactions(self) -> AsyncBankTransactions:
        """``client.bank_transactions``: bank transactions."""
        from .resources.bank_transactions import AsyncBankTransactions

        return AsyncBankTransactions(t.cast("AsyncAPIClient", self))

    @cached_property
    def bill_drafts(self) -> AsyncBillDrafts:
        """``client.bill_drafts``: bill drafts."""
        from .resources.bill_drafts import AsyncBillDrafts

        return AsyncBillDrafts(t.cast("AsyncAPIClient", self))

    @cached_property
    def bill_payments(self) -> AsyncBillPayments:
        """``client.bill_payments``: bill payments."""
        from .resources.bill_payments import AsyncBillPayments

        return AsyncBillPayments(t.cast("AsyncAPIClient", self))

    @cached_property
    def bills(self) -> AsyncBills:
        """``client.bills``: bills."""
        from .resources.bills import AsyncBills

        return AsyncBills(t.cast("AsyncAPIClient", self))

    @cached_property
    def budgets(self) -> AsyncBudgets:
        """``client.budgets``: budgets."""
        from .resources.budgets import AsyncBudgets

        return AsyncBudgets(t.cast("AsyncAPIClient", self))

    @cached_property
    def chart_account_settings(self) -> AsyncChartAccountSettings:
        """``client.chart_account_settings``: chart account settings."""
        from .resources.chart_account_settings import AsyncChartAccountSettings

        return AsyncChartAccountSettings(t.cast("AsyncAPIClient", self))

    @cached_property
    def clients(self) -> AsyncVendors:
        """``client.clients`` (the same as ``.vendors``): vendors, customers and employees (``client.clients`` too)."""
        from .resources.vendors import AsyncVendors

        return AsyncVendors(t.cast("AsyncAPIClient", self))

    @cached_property
    def contracts(self) -> AsyncContracts:
        """``client.contracts``: contracts."""
        from .resources.contracts import AsyncContracts

        return AsyncContracts(t.cast("AsyncAPIClient", self))

    @cached_property
    def cost_allocations(self) -> AsyncCostAllocations:
        """``client.cost_allocations``: cost allocations."""
        from .resources.cost_allocations import AsyncCostAllocations

        return AsyncCostAllocations(t.cast("AsyncAPIClient", self))

    @cached_property
    def credit_memos(self) -> AsyncCreditMemos:
        """``client.credit_memos``: credit memos."""
        from .resources.credit_memos import AsyncCreditMemos

        return AsyncCreditMemos(t.cast("AsyncAPIClient", self))

    @cached_property
    def custom_fields(self) -> AsyncCustomFields:
        """``client.custom_fields``: custom fields."""
        from .resources.custom_fields import AsyncCustomFields

        return AsyncCustomFields(t.cast("AsyncAPIClient", self))

    @cached_property
    def customers(self) -> AsyncCustomers:
        """``client.customers``: customers."""
        from .resources.customers import AsyncCustomers

        return AsyncCustomers(t.cast("AsyncAPIClient", self))

    @cached_property
    def debit_memos(self) -> AsyncDebitMemos:
        """``client.debit_memos``: debit memos."""
        from .resources.debit_memos import AsyncDebitMemos

        return AsyncDebitMemos(t.cast("AsyncAPIClient", self))

    @cached_property
    def departments(self) -> AsyncDepartments:
        """``client.departments``: departments."""
        from .resources.departments import AsyncDepartments

        return AsyncDepartments(t.cast("AsyncAPIClient", self))

    @cached_property
    def entities(self) -> AsyncEntities:
        """``client.entities``: entities."""
        from .resources.entities import AsyncEntities

        return AsyncEntities(t.cast("AsyncAPIClient", self))

    @cached_property
    def files(self) -> AsyncFiles:
        """``client.files``: files."""
        from .resources.files import AsyncFiles

        return AsyncFiles(t.cast("AsyncAPIClient", self))

    @cached_property
    def financial_statements(self) -> AsyncFinancialStatements:
        """``client.financial_statements``: balance sheet, income statement, cash flow, trial balance."""
        from .resources.financial_statements import AsyncFinancialStatements

        return AsyncFinancialStatements(t.cast("AsyncAPIClient", self))

    @cached_property
    def fixed_asset_automation_matches(self) -> AsyncFixedAssetAutomationMatches:
        """``client.fixed_asset_automation_matches``: fixed asset automation matches."""
        from .resources.fixed_asset_automation_matches import AsyncFixedAssetAutomationMatches

        return AsyncFixedAssetAutomationMatches(t.cast("AsyncAPIClient", self))

    @cached_property
    def fixed_asset_automations(self) -> AsyncFixedAssetAutomations:
        """``client.fixed_asset_automations``: fixed asset automations."""
        from .resources.fixed_asset_automations import AsyncFixedAssetAutomations

        return AsyncFixedAssetAutomations(t.cast("AsyncAPIClient", self))

    @cached_property
    def fixed_asset_classes(self) -> AsyncFixedAssetClasses:
        """``client.fixed_asset_classes``: fixed asset classes."""
        from .resources.fixed_asset_classes import AsyncFixedAssetClasses

        return AsyncFixedAssetClasses(t.cast("AsyncAPIClient", self))

    @cached_property
    def fixed_assets(self) -> AsyncFixedAssets:
        """``client.fixed_assets``: fixed assets."""
        from .resources.fixed_assets import AsyncFixedAssets

        return AsyncFixedAssets(t.cast("AsyncAPIClient", self))

    @cached_property
    def general_ledger(self) -> AsyncGeneralLedger:
        """``client.general_ledger``: general ledger."""
        from .resources.general_ledger import AsyncGeneralLedger

        return AsyncGeneralLedger(t.cast("AsyncAPIClient", self))

    @cached_property
    def intercompany_journal_entries(self) -> AsyncIntercompanyJournalEntries:
        """``client.intercompany_journal_entries``: intercompany journal entries."""
        from .resources.intercompany_journal_entries import AsyncIntercompanyJournalEntries

        return AsyncIntercompanyJournalEntries(t.cast("AsyncAPIClient", self))

    @cached_property
    def invoice_payments(self) -> AsyncInvoicePayments:
        """``client.invoice_payments``: the payment sync list, offset or cursor paged."""
        from .resources.invoice_payments import AsyncInvoicePayments

        return AsyncInvoicePayments(t.cast("AsyncAPIClient", self))

    @cached_property
    def invoice_reports(self) -> AsyncInvoiceReports:
        """``client.invoice_reports``: run saved reports (``data``) and ad-hoc ones (``preview``)."""
        from .resources.invoice_reports import AsyncInvoiceReports

        return AsyncInvoiceReports(t.cast("AsyncAPIClient", self))

    @cached_property
    def invoices(self) -> AsyncInvoices:
        """``client.invoices``: invoice CRUD, state changes, payments, bulk operations, statements."""
        from .resources.invoices import AsyncInvoices

        return AsyncInvoices(t.cast("AsyncAPIClient", self))

    @cached_property
    def journal_entries(self) -> AsyncJournalEntries:
        """``client.journal_entries``: journal entries."""
        from .resources.journal_entries import AsyncJournalEntries

        return AsyncJournalEntries(t.cast("AsyncAPIClient", self))

    @cached_property
    def product_bundles(self) -> AsyncProductBundles:
        """``client.product_bundles``: product bundles."""
        from .resources.product_bundles import AsyncProductBundles

        return AsyncProductBundles(t.cast("AsyncAPIClient", self))

    @cached_property
    def products(self) -> AsyncProducts:
        """``client.products``: products."""
        from .resources.products import AsyncProducts

        return AsyncProducts(t.cast("AsyncAPIClient", self))

    @cached_property
    def reconciliations(self) -> AsyncReconciliations:
        """``client.reconciliations``: reconciliations."""
        from .resources.reconciliations import AsyncReconciliations

        return AsyncReconciliations(t.cast("AsyncAPIClient", self))

    @cached_property
    def revenue_transactions(self) -> AsyncRevenueTransactions:
        """``client.revenue_transactions``: revenue transactions."""
        from .resources.revenue_transactions import AsyncRevenueTransactions

        return AsyncRevenueTransactions(t.cast("AsyncAPIClient", self))

    @cached_property
    def subscriptions(self) -> AsyncSubscriptions:
        """``client.subscriptions``: subscriptions."""
        from .resources.subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(t.cast("AsyncAPIClient", self))

    @cached_property
    def tag_groups(self) -> AsyncTagGroups:
        """``client.tag_groups``: tag groups."""
        from .resources.tag_groups import AsyncTagGroups

        return AsyncTagGroups(t.cast("AsyncAPIClient", self))

    @cached_property
    def tags(self) -> AsyncTags:
        """``client.tags``: tags."""
        from .resources.tags import AsyncTags

        return AsyncTags(t.cast("AsyncAPIClient", self))

    @cached_property
    def transaction_matches(self) -> AsyncTransactionMatches:
        """``client.transaction_matches``: transaction matches."""
        from .resources.transaction_matches import AsyncTransactionMatches

        return AsyncTransactionMatches(t.cast("AsyncAPIClient", self))

    @cached_property
    def transactions(self) -> AsyncTransactions:
        """``client.transactions``: transactions."""
        from .resources.transactions import AsyncTransactions

        return AsyncTransactions(t.cast("AsyncAPIClient", self))

    @cached_property
    def user_currencies(self) -> AsyncUserCurrencies:
        """``client.user_currencies``: user currencies."""
        from .resources.user_currencies import AsyncUserCurrencies

        return AsyncUserCurrencies(t.cast("AsyncAPIClient", self))

    @cached_property
    def vendor_custom_fields(self) -> AsyncVendorCustomFields:
        """``client.vendor_custom_fields``: vendor custom fields."""
        from .resources.vendor_custom_fields import AsyncVendorCustomFields

        return AsyncVendorCustomFields(t.cast("AsyncAPIClient", self))

    @cached_property
    def vendors(self) -> AsyncVendors:
        """``client.vendors``: vendors, customers and employees (``client.clients`` too)."""
        from .resources.vendors import AsyncVendors

        return AsyncVendors(t.cast("AsyncAPIClient", self))

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """``client.webhooks``: webhooks."""
        from .resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(t.cast("AsyncAPIClient", self))
