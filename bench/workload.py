"""Generated workspaces for the benchmarks (set-up, not measured)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from campfire_mock.domain.models import Invoice, Line, Payment, PaymentType, money
from campfire_mock.domain.payments import recompute
from campfire_mock.domain.workspace import Workspace


def fill_workspace(ws: Workspace, n_invoices: int, lines_per_invoice: int, seed: int = 7) -> None:
    """Put generated invoices straight into a workspace (no HTTP: this is set-up, not measured)."""
    rng = random.Random(seed)
    now = ws.clock.now()
    for c in range(1, 501):
        ws.refs["vendor"][c] = {"id": c, "name": f"Client {c:03d}", "vendor_type": "customer", "status": "ACTIVE"}
    for p in range(1, 51):
        ws.refs["product"][p] = {"id": p, "product_name": f"Product {p:02d}", "price": 10 * p}
    ws.refs["entity"][1] = {"id": 1, "name": "Bench Entity", "currency": "USD"}
    start = date(2024, 1, 1)
    for i in range(1, n_invoices + 1):
        day = start + timedelta(days=rng.randrange(730))
        lines = []
        for j in range(lines_per_invoice):
            qty = Decimal(rng.randint(1, 10))
            rate = Decimal(rng.randint(100, 100_000)) / 100
            lines.append(
                Line(
                    id=i * 10 + j,
                    product=rng.randint(1, 50),
                    quantity=qty,
                    rate=rate,
                    amount=money(qty * rate),
                    tax=Decimal(0),
                    currency="USD",
                    created_at=now,
                    last_modified_at=now,
                )
            )
        inv = Invoice(
            id=i,
            invoice_number=f"INV-{i:07d}",
            invoice_date=day,
            due_date=day + timedelta(days=30),
            entity=1,
            currency="USD",
            lines=lines,
            created_at=now,
            last_modified_at=now,
            journal_entry=i,
            client=rng.randint(1, 500),
        )
        inv.recompute_total()
        ws.invoices[i] = inv
        roll = rng.random()
        if roll < 0.5:
            amount = inv.total_amount if roll < 0.3 else money(inv.total_amount / 2)
            pid = len(ws.payments) + 1
            ws.payments[pid] = Payment(
                id=pid,
                invoice_id=i,
                amount=amount,
                currency="USD",
                payment_date=day + timedelta(days=10),
                payment_type=PaymentType.MANUAL_TRANSACTION,
                source="MANUAL",
                created_at=now,
                last_modified_at=now,
                journal_entry=pid,
            )
            inv.payment_ids.append(pid)
            recompute(ws, inv)
    ws.refs["account"][1] = {"id": 1, "name": "Bank"}
    for kind, table in (("invoice", ws.invoices), ("payment", ws.payments)):
        ws.bump_sequence(kind, max(table, default=0))
    ws.bump_sequence("line", n_invoices * 10 + lines_per_invoice)
    ws.bump_sequence("journal_entry", max(n_invoices, len(ws.payments)))
    ws.version += 1
