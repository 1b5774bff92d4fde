"""Bills (``/coa/api/v1/bill/``): the mirror of ``invoices.py``, over ``domain/bills.py``.

``BillView`` serves the collection (list, create, retrieve, update, partial update, destroy) and its
verb paths (void, reopen, bulk search, the default department and tags of a manual payment) and the
payment actions of ``bill_payments.py``; answers are rendered by ``payables_render.py``; paging is the
shared helper's.
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain import attachments
from ..domain.bill_query import filter_bills
from ..domain.bills import BillService
from ..domain.documents import TAGS, dec, rel_id
from ..domain.generic import is_deleted
from ..domain.workspace import Workspace
from .base import Caller, NoContent
from .bill_payments import BillPaymentActions
from .cleaning import cleans_body
from .deleted_records import deleted_record
from .generic import action
from .pagination import check_limit, envelope, offset_page
from .payables_render import render_bill

Body = dict[str, t.Any]
Result = tuple[t.Any, int]
SCHEMA = "AccountingBill"


def void_date(body: Body | None) -> date | None:
    """The ``void_date`` a void sends, if any (the spec checked its format)."""
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


class BillView(BillPaymentActions):
    """Bills: list, create, retrieve, update, delete, void, reopen, bulk search; pay and payments
    (``BillPaymentActions``)."""

    collections = ("/coa/api/v1/bill",)
    bills = BillService()

    def _answer(self, ws: Workspace, bill: Body) -> Body:
        return render_bill(ws, self.shapes, bill)

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """A DRF page of bills; ``include_deleted=true`` lists only the deleted ones, minimally."""
        repeated = self.repeated(caller, "vendor", "entity")
        found = filter_bills(ws, p, repeated.get("vendor", []), repeated.get("entity", []))
        page, meta = offset_page(found, limit=check_limit(p.get("limit")), offset=p.get("offset"), url=self.url(caller))
        resolver = self.plan.resolver
        rows = [deleted_record(ws, resolver, b) if is_deleted(b) else self._answer(ws, b) for b in page]
        return envelope(rows, meta), 200

    @cleans_body(SCHEMA, reads=read_line_tags)
    def create(self, ws: Workspace, caller: Caller, body: Body | None = None, **_: t.Any) -> Result:
        return self._answer(ws, self.bills.create(ws, body or {})), 201

    def retrieve(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> Result:  # type: ignore[override]
        return self._answer(ws, self.bills.get(ws, id_)), 200

    @cleans_body(SCHEMA, reads=read_line_tags)
    def update(self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any) -> Result:  # type: ignore[override]
        return self._answer(ws, self.bills.update(ws, id_, body or {}, partial=False)), 200

    @cleans_body(SCHEMA, reads=read_line_tags)
    def partial_update(  # type: ignore[override]
        self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        return self._answer(ws, self.bills.update(ws, id_, body or {}, partial=True)), 200

    def destroy(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> Result:  # type: ignore[override]
        self.bills.delete(ws, id_)
        attachments.detach(ws, "/coa/api/v1/bill", id_)  # its files and transaction matches go with it
        return NoContent, 204

    @action("POST", url_path="{bill_id}/void")
    def void(self, ws: Workspace, caller: Caller, bill_id: int, body: Body | None = None, **_: t.Any) -> Result:
        return self._answer(ws, self.bills.void(ws, bill_id, void_date(body))), 200

    @action("POST", url_path="{bill_id}/reopen")
    def reopen(self, ws: Workspace, caller: Caller, bill_id: int, **_: t.Any) -> Result:
        return self._answer(ws, self.bills.reopen(ws, bill_id)), 200

    @action("POST", url_path="bulk-search")
    def bulk_search(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> Result:
        """The bills carrying each number asked for, and the numbers no bill carries."""
        found = self.bills.bulk_search(ws, [str(item["bill_number"]) for item in body["bills"]])
        results = [self._answer(ws, self.bills.get(ws, i)) for ids in found.values() for i in ids]
        return {"count": len(results), "results": results, "not_found": [n for n, ids in found.items() if not ids]}, 200

    @action("GET", url_path="{bill_id}/empty-transaction-default-department-tags")
    def default_department_tags(self, ws: Workspace, caller: Caller, bill_id: int, **_: t.Any) -> Result:
        """The department and tags of the bill line with the largest ``amount + tax`` (the first created,
        lowest id, among equals), as upstream's description says: a manual payment's defaults."""
        lines = self.bills.get(ws, bill_id).get("lines") or []
        line: Body = min(
            lines, key=lambda ln: (-dec(ln.get("amount") or 0) - dec(ln.get("tax") or 0), ln["id"]), default={}
        )
        row = ws.refs["department"].look(rel_id(line.get("department")) or -1)
        tags = [ws.table(TAGS).look(tag) for tag in line.get("tag_ids") or []]
        return {
            "department": {"id": row["id"], "name": str(row.get("name") or "")} if row else None,
            "tags": [
                {"id": tag["id"], "name": str(tag.get("name") or ""), "group": tag.get("group")} for tag in tags if tag
            ],
        }, 200


__all__ = ["BillView", "read_line_tags", "void_date"]
