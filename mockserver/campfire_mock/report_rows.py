"""Turn a workspace's invoices into report rows (the engine never sees the store)."""

from __future__ import annotations

import typing as t

from .domain.models import Invoice, Line
from .reports.rows import ReportRow, ReportTable, TableBuilder
from .store import Workspace


def allocated_lines(inv: Invoice) -> t.Iterator[tuple[Line, float, float]]:
    """Each line with its share of the invoice's amount paid and amount due.

    Shares follow each line's part of the total (amount + tax); the last line takes
    what rounding left, so the shares add up to the invoice figures exactly.
    """
    total, paid, due = float(inv.total_amount), float(inv.amount_paid), float(inv.amount_due)
    left_paid, left_due = paid, due
    last = len(inv.lines) - 1
    for i, line in enumerate(inv.lines):
        if i == last:
            yield line, left_paid, left_due
            return
        share = float(line.amount + line.tax) / total if total else 1.0 / len(inv.lines)
        share_paid, share_due = round(paid * share, 2), round(due * share, 2)
        left_paid -= share_paid
        left_due -= share_due
        yield line, share_paid, share_due


def invoice_rows(ws: Workspace, inv: Invoice) -> list[ReportRow]:
    """One ``ReportRow`` per line (the engine's row form, for tests and benchmarks)."""
    client = ws.refs["vendor"].get(inv.client) if inv.client is not None else None
    entity = ws.refs["entity"].get(inv.entity)
    contract = ws.refs["contract"].get(inv.contract) if inv.contract is not None else None
    rows = []
    for line, share_paid, share_due in allocated_lines(inv):
        product = ws.refs["product"].get(line.product) if line.product is not None else None
        dept = ws.refs["department"].get(line.department) if line.department is not None else None
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
                payment_status=inv.payment_status.value,
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
    vendors, entities, contracts = ws.refs["vendor"], ws.refs["entity"], ws.refs["contract"]
    products, departments = ws.refs["product"], ws.refs["department"]
    for inv in ws.invoices.values():
        client = vendors.get(inv.client) if inv.client is not None else None
        contract = contracts.get(inv.contract) if inv.contract is not None else None
        status = inv.payment_status.value
        builder.invoice(
            {
                "client_id": (inv.client, client["name"] if client else None),
                "entity_id": (inv.entity, (entities.get(inv.entity) or {}).get("name")),
                "contract_id": (inv.contract, (contract or {}).get("deal_name")),
                "invoice_id": (inv.id, inv.invoice_number),
                "currency": (inv.currency, inv.currency),
                "payment_status": (status, status),
                "terms": (inv.terms, inv.terms),
            },
            inv.invoice_date,
            inv.due_date,
            inv.paid_date,
        )
        for line, share_paid, share_due in allocated_lines(inv):
            product = products.get(line.product) if line.product is not None else None
            dept = departments.get(line.department) if line.department is not None else None
            builder.line(
                (line.product, product["product_name"] if product else None),
                (line.department, dept["name"] if dept else None),
                float(line.amount),
                share_paid,
                share_due,
                float(line.tax),
                float(line.quantity),
            )
    table = builder.build()
    ws.derived["report_table"] = (ws.version, table)
    return table
