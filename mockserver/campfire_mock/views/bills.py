"""Bills and their payments (``/coa/api/v1/bill/``, ``/coa/api/v1/bill-payments``,
``/coa/api/transaction/{id}/bill_payments``): the mirror of the invoice and payment handlers.

Each method unpacks the request and calls the domain (``domain/bills.py``, ``bill_payments.py``,
``bill_query.py``); answers are rendered by ``payables_render.py``; paging is the shared helper's.
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain import amortization
from ..domain.bill_drafts import BillDraftService
from ..domain.bill_payments import BillPaymentService, sync_key
from ..domain.bill_query import filter_bills
from ..domain.bills import BillService
from ..domain.documents import dec, rel_id
from ..domain.generic import is_deleted
from ..domain.workspace import Workspace
from .base import Caller, Handler, NoContent, Services
from .pagination import check_limit, envelope, offset_page, sync_page
from .payables_render import (
    render_bill,
    render_bill_payment,
    render_bill_payment_sync,
    render_deleted,
    render_schedule,
)

Body = dict[str, t.Any]
Result = tuple[t.Any, int]
SCHEMA = "AccountingBill"


def _void_date(body: Body | None) -> date | None:
    value = (body or {}).get("void_date")
    return date.fromisoformat(value) if value else None


def read_line_tags(body: Body) -> Body:
    """The docs' Create Bill example names a line's tags as ``tags: [{"id": "8355", ...}]`` (a read-only
    field): read those ids as ``tag_ids`` when the line sends none."""
    lines = body.get("lines")
    if not isinstance(lines, list):
        return body
    read = []
    for line in lines:
        if isinstance(line, dict) and "tag_ids" not in line and isinstance(line.get("tags"), list):
            ids = [rel_id(tag.get("id")) for tag in line["tags"] if isinstance(tag, dict)]
            line = {**line, "tag_ids": [i for i in ids if i is not None]}
        read.append(line)
    return {**body, "lines": read}


class BillViews(Handler):
    """Bills: list, create, retrieve, update, delete, void, reopen, pay, payments, bulk search."""

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self.bills = BillService()
        self.payments = BillPaymentService(self.bills)
        self.drafts = BillDraftService(self.bills)
        self.shapes = services.serializer.shapes

    def _input(self, body: Body | None) -> Body:
        return self.shapes.strip_read_only(SCHEMA, read_line_tags(body or {}))

    def _answer(self, ws: Workspace, bill: Body) -> Body:
        return render_bill(ws, self.shapes, bill)

    # ------------------------------------------------------------ the resource

    def list_bills(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """A DRF page of bills; ``include_deleted=true`` lists only the deleted ones, minimally."""
        repeated = self.repeated(caller, "vendor", "entity")
        found = filter_bills(ws, p, repeated.get("vendor", []), repeated.get("entity", []))
        page, meta = offset_page(found, limit=check_limit(p.get("limit")), offset=p.get("offset"), url=self.url(caller))
        rows = [render_deleted(self.shapes, b) if is_deleted(b) else self._answer(ws, b) for b in page]
        return envelope(rows, meta), 200

    def create_bill(self, ws: Workspace, caller: Caller, body: Body | None = None, **_: t.Any) -> Result:
        return self._answer(ws, self.bills.create(ws, self._input(body))), 201

    def retrieve_bill(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> Result:
        return self._answer(ws, self.bills.get(ws, id_)), 200

    def update_bill(self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any) -> Result:
        return self._answer(ws, self.bills.update(ws, id_, self._input(body), partial=False)), 200

    def partial_update_bill(
        self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        return self._answer(ws, self.bills.update(ws, id_, self._input(body), partial=True)), 200

    def destroy_bill(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> Result:
        self.bills.delete(ws, id_)
        return NoContent, 204

    def void_bill(self, ws: Workspace, caller: Caller, bill_id: int, body: Body | None = None, **_: t.Any) -> Result:
        return self._answer(ws, self.bills.void(ws, bill_id, _void_date(body))), 200

    def reopen_bill(self, ws: Workspace, caller: Caller, bill_id: int, **_: t.Any) -> Result:
        return self._answer(ws, self.bills.reopen(ws, bill_id)), 200

    def bulk_search_bills(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> Result:
        """The bills carrying each number asked for, and the numbers no bill carries."""
        found = self.bills.bulk_search(ws, [str(item["bill_number"]) for item in body["bills"]])
        results = [self._answer(ws, self.bills.get(ws, i)) for ids in found.values() for i in ids]
        return {"count": len(results), "results": results, "not_found": [n for n, ids in found.items() if not ids]}, 200

    def default_department_tags(self, ws: Workspace, caller: Caller, bill_id: int, **_: t.Any) -> Result:
        """The department and tags a manual payment of the bill defaults to: those its lines share."""
        bill = self.bills.get(ws, bill_id)
        lines = bill.get("lines") or []
        departments = {ln.get("department") for ln in lines}
        department = next(iter(departments)) if len(departments) == 1 else None
        row = ws.refs["department"].look(department or -1)
        shared = set.intersection(*(set(ln.get("tag_ids") or []) for ln in lines)) if lines else set()
        tags = [ws.table("/coa/api/tag").look(tag) for tag in sorted(shared)]
        return {
            "department": {"id": row["id"], "name": str(row.get("name") or "")} if row else None,
            "tags": [
                {"id": tag["id"], "name": str(tag.get("name") or ""), "group": tag.get("group")} for tag in tags if tag
            ],
        }, 200

    # ------------------------------------------------------------ payments

    def pay_bill(self, ws: Workspace, caller: Caller, bill_id: int, body: Body | None = None, **_: t.Any) -> Result:
        return self._answer(ws, self.payments.pay(ws, bill_id, body or {})), 200

    def void_bill_payment(
        self, ws: Workspace, caller: Caller, bill_id: int, payment_id: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        payment = self.payments.void(ws, bill_id, payment_id, _void_date(body))
        return render_bill_payment(ws, self.shapes, payment), 200

    def delete_bill_payment(self, ws: Workspace, caller: Caller, bill_id: int, payment_id: int, **_: t.Any) -> Result:
        self.payments.delete(ws, bill_id, payment_id)
        return NoContent, 204

    def list_bill_payments(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """Offset pages by default; cursor pages in ``(last_modified_at, id)`` order once ``cursor`` is sent."""
        external = self.repeated(caller, "external_id", cast=str).get("external_id", [])
        found = self.payments.sync_list(
            ws,
            external_id=external[-1] if external else None,
            voided=p.get("voided"),
            modified_gte=p.get("last_modified_at__gte"),
            modified_lte=p.get("last_modified_at__lte"),
        )
        page, meta = sync_page(found, p, url=self.url(caller), key=sync_key)
        return envelope([render_bill_payment_sync(ws, self.shapes, pay) for pay in page], meta), 200

    def create_transaction_bill_payments(
        self, ws: Workspace, caller: Caller, transaction_id: int, **_: t.Any
    ) -> Result:
        """Pay the transaction's vendor's open bills with it, oldest due date first."""
        self.payments.apply_to_vendor(ws, transaction_id)
        return NoContent, 201

    # ------------------------------------------------------------ amortization

    def _schedule(self, ws: Workspace, parts: list[Body]) -> list[Body]:
        return render_schedule(ws, self.shapes, parts)

    def generate_amortization_schedule(
        self, ws: Workspace, caller: Caller, amount: t.Any, start_date: t.Any, months: int, **_: t.Any
    ) -> Result:
        """A straight-line schedule of ``amount`` over ``months`` from ``start_date`` (nothing is kept)."""
        start = start_date if isinstance(start_date, date) else date.fromisoformat(str(start_date))
        return self._schedule(ws, amortization.generate(dec(amount), start, int(months))), 200

    def save_amortization_schedule(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> Result:
        """Keep a schedule on a bill line (its parts must add up to the line's amount)."""
        return self._schedule(ws, amortization.save(ws, int(body["bill_line"]), body["schedule"])), 200

    # ------------------------------------------------------------ drafts

    def _draft(self, ws: Workspace, draft: Body) -> Body:
        return self.shapes.render("BillDraftRead", {**draft, "customer": ws.customer})

    def promote_bill_draft(self, ws: Workspace, caller: Caller, id_: t.Any, **_: t.Any) -> Result:
        """Create the bill the draft describes; answers the draft, promoted, naming its bill."""
        return self._draft(ws, self.drafts.promote(ws, id_)), 200

    def abandon_bill_draft(self, ws: Workspace, caller: Caller, id_: t.Any, **_: t.Any) -> Result:
        self.drafts.abandon(ws, id_)
        return NoContent, 200

    def discard_bill_draft(
        self, ws: Workspace, caller: Caller, id_: t.Any, body: Body | None = None, **_: t.Any
    ) -> Result:
        return self._draft(ws, self.drafts.discard(ws, id_, (body or {}).get("discard_reason"))), 200


__all__ = ["BillViews", "read_line_tags"]
