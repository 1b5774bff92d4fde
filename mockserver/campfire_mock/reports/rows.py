"""Report rows: one per invoice line, with invoice-level measures split across lines.

An invoice's ``amount_paid`` and ``amount_due`` are allocated to its lines in
proportion to each line's share of the invoice total (the last line takes the
rounding remainder), so grouping by a line-level dimension such as ``product_id``
still adds up to the invoice totals. ``count`` counts distinct invoices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ReportRow:
    invoice_id: int
    invoice_number: str
    client_id: int | None
    client_name: str | None
    entity_id: int
    entity_name: str | None
    contract_id: int | None
    contract_name: str | None
    product_id: int | None
    product_name: str | None
    department_id: int | None
    department_name: str | None
    currency: str
    payment_status: str
    terms: str | None
    invoice_date: date
    due_date: date
    paid_date: date | None
    amount: float
    amount_paid: float
    amount_due: float
    tax: float
    quantity: float
    total: float
