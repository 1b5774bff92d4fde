"""A small typed app using campfire_sdk: bill a client, chase what is overdue.

Run against the mock:  CAMPFIRE_API_KEY=demo CAMPFIRE_BASE_URL=http://127.0.0.1:8765 python examples/typed_app.py
``mypy --strict examples/typed_app.py`` passes: every call and field below is type-checked.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from campfire_sdk import Campfire, ConflictError
from campfire_sdk.types import AccountingInvoice, AccountingInvoiceLineParam


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


def main() -> None:
    with Campfire() as client:
        invoice = bill(client, 42, hours=12, rate=Decimal("150"))
        print(f"{invoice.invoice_number}: {invoice.total_amount} {invoice.currency} due {invoice.due_date}")
        try:
            client.invoices.reopen(invoice.id)
        except ConflictError as error:
            print(f"as expected: {error.detail}")
        print(f"overdue across all clients: {overdue_total(client):.2f}")


if __name__ == "__main__":
    main()
