# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Resource classes, one module per API resource, each class with an async twin.

Nothing is imported until a class is asked for, so ``import campfire_sdk`` stays light.
"""

from __future__ import annotations

import importlib
import typing as t

if t.TYPE_CHECKING:
    from .contracts import AsyncContracts as AsyncContracts
    from .contracts import Contracts as Contracts
    from .credit_memos import AsyncCreditMemos as AsyncCreditMemos
    from .credit_memos import CreditMemos as CreditMemos
    from .entities import AsyncEntities as AsyncEntities
    from .entities import Entities as Entities
    from .invoice_payments import AsyncInvoicePayments as AsyncInvoicePayments
    from .invoice_payments import InvoicePayments as InvoicePayments
    from .invoice_reports import AsyncInvoiceReports as AsyncInvoiceReports
    from .invoice_reports import InvoiceReports as InvoiceReports
    from .invoices import AsyncInvoices as AsyncInvoices
    from .invoices import Invoices as Invoices
    from .products import AsyncProducts as AsyncProducts
    from .products import Products as Products
    from .transactions import AsyncTransactions as AsyncTransactions
    from .transactions import Transactions as Transactions
    from .vendors import AsyncVendors as AsyncClients
    from .vendors import AsyncVendors as AsyncVendors
    from .vendors import Vendors as Clients
    from .vendors import Vendors as Vendors

#: class name -> (module, name in it)
_MODULES = {
    "AsyncClients": ("vendors", "AsyncVendors"),
    "AsyncContracts": ("contracts", "AsyncContracts"),
    "AsyncCreditMemos": ("credit_memos", "AsyncCreditMemos"),
    "AsyncEntities": ("entities", "AsyncEntities"),
    "AsyncInvoicePayments": ("invoice_payments", "AsyncInvoicePayments"),
    "AsyncInvoiceReports": ("invoice_reports", "AsyncInvoiceReports"),
    "AsyncInvoices": ("invoices", "AsyncInvoices"),
    "AsyncProducts": ("products", "AsyncProducts"),
    "AsyncTransactions": ("transactions", "AsyncTransactions"),
    "AsyncVendors": ("vendors", "AsyncVendors"),
    "Clients": ("vendors", "Vendors"),
    "Contracts": ("contracts", "Contracts"),
    "CreditMemos": ("credit_memos", "CreditMemos"),
    "Entities": ("entities", "Entities"),
    "InvoicePayments": ("invoice_payments", "InvoicePayments"),
    "InvoiceReports": ("invoice_reports", "InvoiceReports"),
    "Invoices": ("invoices", "Invoices"),
    "Products": ("products", "Products"),
    "Transactions": ("transactions", "Transactions"),
    "Vendors": ("vendors", "Vendors"),
}

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
    "AsyncVendors",
    "Clients",
    "Contracts",
    "CreditMemos",
    "Entities",
    "InvoicePayments",
    "InvoiceReports",
    "Invoices",
    "Products",
    "Transactions",
    "Vendors",
]


def __getattr__(name: str) -> t.Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attr = _MODULES[name]
    return getattr(importlib.import_module(f".{module}", __name__), attr)


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
