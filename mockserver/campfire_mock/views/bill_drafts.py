"""Bill drafts (``/coa/api/v1/bill-draft``: promote, abandon, discard over ``domain/bill_drafts.py``; the
rest is the base view's) and amortization schedules of bill lines
(``/coa/api/v1/bill/amortization/generate-schedule``: generate and save, over ``domain/amortization.py``)."""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain import amortization
from ..domain.bill_drafts import BillDraftService
from ..domain.bills import BillService
from ..domain.documents import dec
from ..domain.workspace import Workspace
from .base import Caller, NoContent
from .bill_payments import PayablesView
from .generic import action
from .payables_render import render_schedule

Body = dict[str, t.Any]
Result = tuple[t.Any, int]


class BillDraftView(PayablesView):
    """Bill drafts: the generic resource, with promote, abandon and discard."""

    collections = ("/coa/api/v1/bill-draft",)
    #: "GET list (customer-scoped, ``status`` / ``source`` filterable)", upstream's description says, though it
    #: declares neither parameter.
    documented_filters = ("status", "source")
    drafts = BillDraftService(BillService())

    def perform_create(self, ws: Workspace, row: Body) -> None:
        """A UI upload starts ``parsing`` (stored, so the list's ``status`` filter finds it); the twin reads no
        file, so it stays there until a PATCH fills its ``extracted_*`` fields."""
        row.setdefault("status", "parsing")

    def _draft(self, ws: Workspace, draft: Body) -> Body:
        return self.shapes.render("BillDraftRead", {**draft, "customer": ws.customer})

    @action("POST", url_path="{id}/promote")
    def promote(self, ws: Workspace, caller: Caller, id_: t.Any, **_: t.Any) -> Result:
        """Create the bill the draft describes; answers the draft, promoted, naming its bill."""
        return self._draft(ws, self.drafts.promote(ws, id_)), 200

    @action("POST", url_path="{id}/abandon")
    def abandon(self, ws: Workspace, caller: Caller, id_: t.Any, **_: t.Any) -> Result:
        self.drafts.abandon(ws, id_)
        return NoContent, 200

    @action("POST", url_path="{id}/discard")
    def discard(self, ws: Workspace, caller: Caller, id_: t.Any, body: Body | None = None, **_: t.Any) -> Result:
        return self._draft(ws, self.drafts.discard(ws, id_, (body or {}).get("discard_reason"))), 200


class BillAmortizationView(PayablesView):
    """A straight-line schedule of a bill line: generated (GET, nothing kept) and saved (PUT)."""

    collections = ("/coa/api/v1/bill/amortization/generate-schedule",)

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """A straight-line schedule of ``amount`` over ``months`` from ``start_date`` (nothing is kept)."""
        start = p["start_date"]
        start = start if isinstance(start, date) else date.fromisoformat(str(start))
        parts = amortization.generate(dec(p["amount"]), start, int(p["months"]))
        return render_schedule(ws, self.shapes, parts), 200

    def update(self, ws: Workspace, caller: Caller, body: Body | None = None, **_: t.Any) -> Result:
        """Keep a schedule on a bill line (its parts must add up to the line's amount); it posts its
        recognition entries on their dates."""
        body = body or {}
        return render_schedule(ws, self.shapes, amortization.save(ws, int(body["bill_line"]), body["schedule"])), 200


__all__ = ["BillAmortizationView", "BillDraftView"]
