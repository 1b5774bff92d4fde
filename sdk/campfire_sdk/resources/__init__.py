"""Resource classes, one per API resource, each with a sync and an async twin."""

from .clients import AsyncClients, Clients
from .contracts import AsyncContracts, Contracts
from .credit_memos import AsyncCreditMemos, CreditMemos
from .entities import AsyncEntities, Entities
from .invoice_payments import AsyncInvoicePayments, InvoicePayments
from .invoice_reports import AsyncInvoiceReports, InvoiceReports
from .invoices import AsyncInvoices, Invoices
from .products import AsyncProducts, Products
from .transactions import AsyncTransactions, Transactions

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
