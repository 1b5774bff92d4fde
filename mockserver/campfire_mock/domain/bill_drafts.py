"""Bill drafts (``/coa/api/v1/bill-draft``): promote, abandon, discard.

A draft is what Campfire extracted from an emailed or uploaded bill (``extracted_*`` fields, the
``resolved_vendor``), stored by the generic resource. Decisions where the docs say little:

* **promote** creates the bill the draft describes through the bills' own rules (``BillService.create``:
  the same checks, 400s naming the draft's fields: ``entity``, ``resolved_vendor``,
  ``extracted_bill_number``, ``extracted_bill_date``, ``extracted_due_date``, ``extracted_line_items``);
  the draft stays, ``status`` ``promoted`` with ``promoted_bill`` its bill (``BillDraftRead`` has both;
  upstream's description says only that promote "routes through the promote service", nothing of the
  draft going, and a draft that went could never show those two fields).
  Line items are ``{"account", "amount", "tax", "description", "department"}``; without any, a draft with
  ``extracted_total_amount`` and ``extracted_line_items`` absent cannot be promoted (a bill line needs
  an account).
* **abandon** hard-deletes the draft (as its description says); **discard** keeps it, ``status``
  ``discarded``, with the required ``discard_reason``.
* Only an open draft (not ``promoted`` or ``discarded``) can be promoted, abandoned or discarded (409).
"""

from __future__ import annotations

import typing as t

from ..errors import BillDraftClosed, BillDraftNotFound, ValidationFailed
from .bills import BillService
from .documents import BILL_DRAFTS
from .generic import is_deleted, object_key
from .workspace import Workspace

Row = dict[str, t.Any]
#: Said beside the fields a promote lacks: the draft's own state, which its (bodiless) request cannot change.
NOT_A_BILL_YET = "The draft's extracted fields do not make a bill yet: set them (PATCH the draft), then promote it."
CLOSED = ("promoted", "discarded")
#: A bill's field -> the draft's field it comes from (errors are named after the draft's).
FIELDS = {
    "entity": "entity",
    "vendor": "resolved_vendor",
    "bill_number": "extracted_bill_number",
    "bill_date": "extracted_bill_date",
    "due_date": "extracted_due_date",
    "currency": "extracted_currency",
    "lines": "extracted_line_items",
}


class BillDraftService:
    def __init__(self, bills: BillService) -> None:
        self.bills = bills

    def get(self, ws: Workspace, draft_id: t.Any) -> Row:
        """The open draft ``draft_id`` (journaled: the caller changes it), 404 or 409 otherwise."""
        table = ws.table(BILL_DRAFTS)
        key = object_key(draft_id)
        if key is None or key not in table or is_deleted(table.look(key)):
            raise BillDraftNotFound(draft_id)
        draft = table[key]
        if draft.get("status") in CLOSED:
            raise BillDraftClosed(key, str(draft["status"]))
        return draft

    def promote(self, ws: Workspace, draft_id: t.Any) -> Row:
        draft = self.get(ws, draft_id)
        body = {bill: draft.get(field) for bill, field in FIELDS.items() if draft.get(field) not in (None, "")}
        try:
            made = self.bills.create(ws, body)
        except ValidationFailed as exc:
            fields: dict[str, t.Any] = {FIELDS.get(k, k): v for k, v in exc.fields.items()}
            fields.setdefault("non_field_errors", []).append(NOT_A_BILL_YET)
            raise ValidationFailed(fields) from None
        draft.update(status="promoted", promoted_bill=made["id"], last_modified_at=ws.now_text())
        return draft

    def abandon(self, ws: Workspace, draft_id: t.Any) -> None:
        draft = self.get(ws, draft_id)
        del ws.table(BILL_DRAFTS)[int(draft["id"])]

    def discard(self, ws: Workspace, draft_id: t.Any, reason: t.Any) -> Row:
        draft = self.get(ws, draft_id)
        if not str(reason or "").strip():
            raise ValidationFailed.field("discard_reason", "This field is required.")
        draft.update(status="discarded", discard_reason=str(reason), last_modified_at=ws.now_text())
        return draft


__all__ = ["BillDraftService"]
