"""Turn a workspace's invoices into report rows (the engine never sees the store)."""

from __future__ import annotations

import typing as t

from .domain.models import Invoice
from .reports.rows import ReportRow, ReportTable, TableBuilder
from .store import Workspace


def invoice_rows(ws: Workspace, inv: Invoice) -> list[ReportRow]:
    client = ws.refs["vendor"].get(inv.client) if inv.client is not None else None
    entity = ws.refs["entity"].get(inv.entity)
    contract = ws.refs["contract"].get(inv.contract) if inv.contract is not None else None
    total = float(inv.total_amount)
    paid = float(inv.amount_paid)
    due = float(inv.amount_due)
    status = inv.payment_status.value
    rows = []
    left_paid, left_due = paid, due
    for i, line in enumerate(inv.lines):
        product = ws.refs["product"].get(line.product) if line.product is not None else None
        dept = ws.refs["department"].get(line.department) if line.department is not None else None
        line_total = float(line.amount + line.tax)
        if i == len(inv.lines) - 1:
            share_paid, share_due = left_paid, left_due
        else:
            share = line_total / total if total else 1.0 / len(inv.lines)
            share_paid, share_due = round(paid * share, 2), round(due * share, 2)
            left_paid -= share_paid
            left_due -= share_due
        rows.append(
            ReportRow(
                invoice_id=inv.id,
                invoice_number=inv.invoice_number,
                client_id=inv.client,
                client_name=client["name"] if client else None,
                entity_id=inv.entity,
                entity_name=entity["name"] if entity else None,
                contract_id=inv.contract,
                contract_name=(contract or {}).get("deal_name"),
                product_id=line.product,
                product_name=product["product_name"] if product else None,
                department_id=line.department,
                department_name=dept["name"] if dept else None,
                currency=inv.currency,
                payment_status=status,
                terms=inv.terms,
                invoice_date=inv.invoice_date,
                due_date=inv.due_date,
                paid_date=inv.paid_date,
                amount=float(line.amount),
                amount_paid=share_paid,
                amount_due=share_due,
                tax=float(line.tax),
                quantity=float(line.quantity),
            )
        )
    return rows


def workspace_rows(ws: Workspace) -> list[ReportRow]:
    return [row for inv in ws.invoices.values() for row in invoice_rows(ws, inv)]


def workspace_table(ws: Workspace) -> ReportTable:
    """The workspace's report table, rebuilt only after the workspace changed."""
    cached = ws.derived.get("report_table")
    if cached is not None and cached[0] == ws.version:
        return t.cast(ReportTable, cached[1])
    builder = TableBuilder()
    for inv in ws.invoices.values():
        for row in invoice_rows(ws, inv):
            builder.add(row)
    table = builder.build()
    ws.derived["report_table"] = (ws.version, table)
    return table
