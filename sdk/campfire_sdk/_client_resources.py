# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""The client attributes, one per resource; each imports its module on first access."""

from __future__ import annotations

import typing as t
from functools import cached_property

if t.TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from .resources.contracts import AsyncContracts, Contracts
    from .resources.credit_memos import AsyncCreditMemos, CreditMemos
    from .resources.entities import AsyncEntities, Entities
    from .resources.invoice_payments import AsyncInvoicePayments, InvoicePayments
    from .resources.invoice_reports import AsyncInvoiceReports, InvoiceReports
    from .resources.invoices import AsyncInvoices, Invoices
    from .resources.products import AsyncProducts, Products
    from .resources.transactions import AsyncTransactions, Transactions
    from .resources.vendors import AsyncVendors, Vendors

__all__ = ["AsyncResources", "SyncResources"]


class SyncResources:
    """The resources of Campfire."""

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
    def credit_memos(self) -> CreditMemos:
        """``client.credit_memos``: credit memos."""
        from .resources.credit_memos import CreditMemos

        return CreditMemos(t.cast("SyncAPIClient", self))

    @cached_property
    def entities(self) -> Entities:
        """``client.entities``: entities."""
        from .resources.entities import Entities

        return Entities(t.cast("SyncAPIClient", self))

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
    def products(self) -> Products:
        """``client.products``: products."""
        from .resources.products import Products

        return Products(t.cast("SyncAPIClient", self))

    @cached_property
    def transactions(self) -> Transactions:
        """``client.transactions``: transactions."""
        from .resources.transactions import Transactions

        return Transactions(t.cast("SyncAPIClient", self))

    @cached_property
    def vendors(self) -> Vendors:
        """``client.vendors``: vendors, customers and employees (``client.clients`` too)."""
        from .resources.vendors import Vendors

        return Vendors(t.cast("SyncAPIClient", self))


class AsyncResources:
    """The resources of AsyncCampfire."""

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
    def credit_memos(self) -> AsyncCreditMemos:
        """``client.credit_memos``: credit memos."""
        from .resources.credit_memos import AsyncCreditMemos

        return AsyncCreditMemos(t.cast("AsyncAPIClient", self))

    @cached_property
    def entities(self) -> AsyncEntities:
        """``client.entities``: entities."""
        from .resources.entities import AsyncEntities

        return AsyncEntities(t.cast("AsyncAPIClient", self))

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
    def products(self) -> AsyncProducts:
        """``client.products``: products."""
        from .resources.products import AsyncProducts

        return AsyncProducts(t.cast("AsyncAPIClient", self))

    @cached_property
    def transactions(self) -> AsyncTransactions:
        """``client.transactions``: transactions."""
        from .resources.transactions import AsyncTransactions

        return AsyncTransactions(t.cast("AsyncAPIClient", self))

    @cached_property
    def vendors(self) -> AsyncVendors:
        """``client.vendors``: vendors, customers and employees (``client.clients`` too)."""
        from .resources.vendors import AsyncVendors

        return AsyncVendors(t.cast("AsyncAPIClient", self))
