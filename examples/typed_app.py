"""A small typed app using campfire_sdk: bill a client, chase what is overdue, and reach the rest of the API
(ledger, revenue recognition, webhooks) through the generated resources.

Run against the mock:  CAMPFIRE_API_KEY=demo CAMPFIRE_BASE_URL=http://127.0.0.1:8765 python examples/typed_app.py
``mypy --strict examples/typed_app.py`` passes: every call and field below is type-checked.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from campfire_sdk import AsyncCampfire, Campfire, ConflictError
from campfire_sdk.types import (
    AccountingInvoice,
    AccountingInvoiceLineParam,
    ContractBundle,
    JournalEntry,
    Vendor,
    Webhook,
)


def bill(client: Campfire, client_id: int, hours: int, rate: Decimal) -> AccountingInvoice:
    today = date.today()
    line: AccountingInvoiceLineParam = {
        "product": 3,
        "quantity": hours,
        "rate": float(rate),
        "description": "Consulting",
    }
    return client.invoices.create(
        invoice_date=today,
        due_date=today + timedelta(days=30),
        entity=54,
        client=client_id,
        terms="net_30",
        lines=[line],
    )


def overdue_total(client: Campfire) -> float:
    return sum(invoice.amount_due for invoice in client.invoices.list(status="past_due"))


def recent_journal_entries(client: Campfire, limit: int = 5) -> list[JournalEntry]:
    """Generated list methods page like the invoice list: ``results`` is this page, iteration walks on."""
    return client.journal_entries.list(limit=limit).results


def subscribe(client: Campfire, url: str) -> Webhook:
    return client.webhooks.create(url=url, active=True, topics=[{"name": "invoice.created"}])


def bundles_of(client: Campfire, contract_id: int) -> list[str]:
    """A nested collection is an attribute of its parent; path ids are positional."""
    bundles = client.contracts.bundles.list(contract_id)  # ContractBundle | DeletedRecord: narrow to read fields
    return [bundle.bundle_name for bundle in bundles if isinstance(bundle, ContractBundle)]


async def vendor_names(client: AsyncCampfire) -> list[str]:
    """The async twin: ``async for`` walks every page of a list without awaiting it first."""
    return [vendor.name async for vendor in client.vendors.list(limit=50) if isinstance(vendor, Vendor) and vendor.name]


def main() -> None:
    with Campfire() as client:
        invoice = bill(client, 42, hours=12, rate=Decimal("150"))
        print(f"{invoice.invoice_number}: {invoice.total_amount} {invoice.currency} due {invoice.due_date}")
        try:
            client.invoices.reopen(invoice.id)
        except ConflictError as error:
            print(f"as expected: {error.detail}")
        print(f"overdue across all clients: {overdue_total(client):.2f}")
        for entry in recent_journal_entries(client):
            print(f"journal entry {entry.id}: {entry.entity_name}")
        hook = subscribe(client, "https://example.com/campfire-hook")
        print(f"webhook {hook.id} -> {hook.url}")
        client.webhooks.delete(hook.id)


if __name__ == "__main__":
    main()
