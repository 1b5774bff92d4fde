"""Turn a workspace's invoices into report rows (the engine never sees the store)."""

from __future__ import annotations

import typing as t
from datetime import datetime
from itertools import chain

import numpy as np

from ..reports.fields import DATE_FIELDS
from ..reports.rows import ReportTable, TableBuilder, assemble
from .models import Invoice, Line
from .workspace import Workspace


def shares(inv: Invoice, value: float) -> list[float]:
    """``value`` spread over the invoice's lines in proportion to each line's amount + tax (evenly when those
    add up to zero); each share rounded to cents, the last line taking what rounding left."""
    weights = [float(line.amount + line.tax - line.discount_amount) for line in inv.lines]
    gross = sum(weights)
    out: list[float] = []
    left = value
    for i, weight in enumerate(weights):
        if i == len(weights) - 1:
            out.append(round(left, 2))
            break
        share = round(value * (weight / gross if gross else 1.0 / len(weights)), 2)
        left -= share
        out.append(share)
    return out


def allocated_lines(inv: Invoice) -> t.Iterator[tuple[Line, float, float]]:
    """Each line with its share of the invoice's amount paid and amount due (``shares``), so the
    shares add up to the invoice figures exactly."""
    paid, due = shares(inv, float(inv.amount_paid)), shares(inv, float(inv.amount_due))
    yield from zip(inv.lines, paid, due, strict=True)


def has_discount(inv: Invoice) -> bool:
    """Whether a discount applies to the invoice: its own, one of its lines', or an early-payment one."""
    return bool(
        inv.discount
        or inv.payment_term_applied_discount
        or any(line.discount or line.discount_amount for line in inv.lines)
    )


class IncrementalTable:
    """The workspace's report table, rebuilt from per-invoice pieces.

    Each invoice's contribution (its dimension codes and dates, and one tuple per line)
    is kept with a fingerprint of what it depends on; a rebuild recomputes only the
    invoices whose fingerprint changed and lets numpy assemble the columns. Dimension
    codes come from one registry that only grows, so kept pieces stay valid.
    """

    def __init__(self) -> None:
        self.codes = TableBuilder()
        self.pieces: dict[int, tuple[tuple[t.Any, ...], tuple[int, ...], list[tuple[float, ...]]]] = {}

    @staticmethod
    def fingerprint(inv: Invoice) -> tuple[t.Any, ...]:
        return (
            id(inv),
            inv.last_modified_at,
            inv.amount_paid,
            inv.total_amount,
            inv.voided_date,
            inv.status_flag,
            inv.sent_date,
            inv.paid_date,
            inv.payment_term_applied_discount,
            inv.terms,
            inv.client,
            inv.contract,
            inv.invoice_number,
            inv.discount,
            inv.extra.get("department"),
            len(inv.lines),
        )

    def piece(self, ws: Workspace, inv: Invoice) -> tuple[tuple[int, ...], list[tuple[float, ...]]]:
        """One invoice's head and its lines, as ``reports.rows.assemble`` reads them."""
        client = ws.refs["vendor"].get(inv.client) if inv.client is not None else None
        contract = ws.refs["contract"].get(inv.contract) if inv.contract is not None else None
        status = inv.payment_status.value
        keys = {
            "client_id": (inv.client, client["name"] if client else None),
            "entity_id": (inv.entity, (ws.refs["entity"].get(inv.entity) or {}).get("name")),
            "contract_id": (inv.contract, (contract or {}).get("deal_name")),
            "invoice_id": (inv.id, inv.invoice_number),
            "currency": (inv.currency, inv.currency),
            "payment_status": (status, status),
            "terms": (inv.terms, inv.terms),
            "discount_applied": (has_discount(inv), has_discount(inv)),
        }
        days = {d: getattr(inv, d) for d in DATE_FIELDS}
        instants = {"paid_at": paid_at(ws, inv), "updated_at": inv.last_modified_at, "created_at": inv.created_at}
        head = self.codes.head(keys, days, instants)
        lines: list[tuple[float, ...]] = []
        line_values = self.codes.line_values
        default_department = inv.default_department
        discounts = shares(inv, float(inv.discount))
        for (line, share_paid, share_due), discount in zip(allocated_lines(inv), discounts, strict=True):
            product = ws.refs["product"].get(line.product) if line.product is not None else None
            department = line.department if line.department is not None else default_department
            dept = ws.refs["department"].get(department) if department is not None else None
            lines.append(
                line_values(
                    (line.product, product.get("product_name") if product else None),
                    (department, dept["name"] if dept else None),
                    float(line.amount),
                    share_paid,
                    share_due,
                    float(line.tax),
                    float(line.quantity),
                    discount + float(line.discount_amount),
                )
            )
        return head, lines

    def build(self, ws: Workspace) -> ReportTable:
        pieces = {}
        for inv in ws.invoices.values():
            mark = self.fingerprint(inv)
            kept = self.pieces.get(inv.id)
            if kept is None or kept[0] != mark:
                head, lines = self.piece(ws, inv)
                kept = (mark, head, lines)
            pieces[inv.id] = kept
        self.pieces = pieces
        ordered = list(pieces.values())
        counts = np.asarray([len(p[2]) for p in ordered], dtype=np.int64)
        line_invoice = np.repeat(np.arange(len(ordered), dtype=np.int64), counts)
        return assemble(
            np.asarray([p[1] for p in ordered], dtype=np.int64),
            line_invoice,
            line_invoice,
            len(ordered),
            np.asarray(list(chain.from_iterable(p[2] for p in ordered)), dtype=np.float64),
            self.codes.keys,
            self.codes.labels,
        )


def paid_at(ws: Workspace, inv: Invoice) -> datetime | None:
    """When a paid invoice became paid: the recording time of its last active payment
    (its paid date at midnight UTC when it has none); ``None`` while it is not paid."""
    if inv.paid_date is None:
        return None
    recorded = [ws.payments[p].created_at for p in inv.payment_ids if p in ws.payments and ws.payments[p].active]
    return max(recorded) if recorded else datetime(inv.paid_date.year, inv.paid_date.month, inv.paid_date.day)


def workspace_table(ws: Workspace) -> ReportTable:
    """The workspace's report table, brought up to date only after the workspace changed."""
    cached = ws.derived.get("report_table")
    if cached is not None and cached[0] == ws.version:
        return t.cast(ReportTable, cached[1])
    incremental = ws.derived.get("report_pieces")
    if incremental is None:
        incremental = ws.derived["report_pieces"] = IncrementalTable()
    table = incremental.build(ws)
    ws.derived["report_table"] = (ws.version, table)
    return table
