"""Resource classes, one per API resource, each with a sync and an async twin."""

from .invoice_payments import AsyncInvoicePayments, InvoicePayments
from .invoice_reports import AsyncInvoiceReports, InvoiceReports
from .invoices import AsyncInvoices, Invoices
from .references import (
    AsyncClients,
    AsyncContracts,
    AsyncCreditMemos,
    AsyncEntities,
    AsyncProducts,
    AsyncTransactions,
    Clients,
    Contracts,
    CreditMemos,
    Entities,
    Products,
    Transactions,
)

__all__ = [
    "AsyncClients",
    "AsyncContracts",
    "AsyncCreditMemos",
    "AsyncEntities",
    "AsyncInvoicePayments",
    "AsyncInvoiceReports",
    "AsyncInvoices",
    "AsyncProducts",
    "AsyncTransactions",
    "Clients",
    "Contracts",
    "CreditMemos",
    "Entities",
    "InvoicePayments",
    "InvoiceReports",
    "Invoices",
    "Products",
    "Transactions",
]
