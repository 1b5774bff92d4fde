"""Intercompany journal entries (``/coa/api/intercompany-journal-entry``), served by their own rules
(``domain/intercompany.py``): each entity's lines balance on their own, and the entry is kept as one
manual journal entry per entity, whose GL lines are its ``transactions``."""

from __future__ import annotations

import functools
import typing as t
import uuid

from ..domain import attachments
from ..domain.generic import is_deleted
from ..domain.intercompany import KIND, IntercompanyService
from ..domain.intercompany_balance import balance as balance_entry
from ..domain.posting import manual_entries
from ..domain.workspace import Workspace
from ..openapi.documents import dereferencer
from .base import Caller, NoContent
from .deleted_records import deleted_record
from .generic import ResourceView, action
from .ledger_render import render_lines
from .pagination import check_limit, envelope, offset_page

Body = dict[str, t.Any]
Result = tuple[t.Any, int]
#: ``sort`` values the list takes (a leading ``-`` for descending); newest first otherwise.
SORTS = ("date", "id", "created_at", "last_modified_at")


class IntercompanyJournalEntryView(ResourceView):
    collections = ("/coa/api/intercompany-journal-entry",)

    @functools.cached_property
    def service(self) -> IntercompanyService:
        return IntercompanyService()

    @functools.cached_property
    def _schema(self) -> Body:
        return dereferencer(self.services.serializer.shapes.spec).schema("IntercompanyJournalEntry")

    def _render(self, ws: Workspace, row: Body) -> Body:
        shapes = self.services.serializer.shapes
        transactions: list[Body] = []
        reversals: list[Body] = []
        for part in self.service.parts(ws, row):
            posted = manual_entries(ws, part)
            if not posted:
                continue
            transactions += render_lines(shapes, ws, posted[0])
            reversals += [{"id": r.id, "order": f"{r.id:07d}", "date": r.date.isoformat()} for r in posted[1:]]
        values = {
            **{k: v for k, v in row.items() if not k.startswith("_")},
            "customer": ws.customer,
            "order": f"{int(row['id']):07d}",
            "reversal_of_order": None,  # an intercompany entry reverses nothing
            "reversals": reversals,
            "attachments": [],
            "entities": row.get("entities") or [],
            # a uuid in Campfire's schema: the one written, else one derived from the entry's id
            "journal_id": row.get("journal_id") or str(uuid.uuid5(uuid.NAMESPACE_URL, f"campfire-mock:ic:{row['id']}")),
        }
        out = t.cast(Body, self.conformed(ws, values, self._schema))  # schema-true, as the generic view answered
        out["transactions"] = transactions
        return out

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """A DRF page of entries, newest first unless ``sort`` says otherwise; ``include_deleted=true`` lists
        only the deleted ones, each as its minimal record."""
        deleted = bool(p.get("include_deleted"))
        rows = [r for _, r in sorted(dict.items(self.service.table(ws))) if is_deleted(r) == deleted]
        sort = str(p.get("sort") or "-date")
        name = sort.lstrip("-")
        if name in SORTS:
            rows.sort(key=lambda r: (str(r.get(name) or "") if name != "id" else f"{int(r['id']):012d}", r["id"]))
            if sort.startswith("-"):
                rows.reverse()
        page, meta = offset_page(rows, limit=check_limit(p.get("limit")), offset=p.get("offset"), url=self.url(caller))
        resolver = self.plan.resolver
        return envelope([deleted_record(ws, resolver, r) if deleted else self._render(ws, r) for r in page], meta), 200

    def create(self, ws: Workspace, caller: Caller, body: Body | None = None, **_: t.Any) -> Result:
        return self._render(ws, self.service.create(ws, body or {})), 201

    def retrieve(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> Result:  # type: ignore[override]
        return self._render(ws, self.service.get(ws, id_)), 200

    def update(  # type: ignore[override]
        self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        return self._render(ws, self.service.update(ws, id_, body or {}, partial=False)), 200

    def partial_update(  # type: ignore[override]
        self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        return self._render(ws, self.service.update(ws, id_, body or {}, partial=True)), 200

    def destroy(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> Result:  # type: ignore[override]
        self.service.destroy(ws, id_)
        attachments.detach(ws, KIND, id_)  # its files go with it
        return NoContent, 204

    @action("POST", url_path="balance")
    def balance(self, ws: Workspace, caller: Caller, body: Body | None = None, **_: t.Any) -> Result:
        """The entry as sent, balanced (``domain/intercompany_balance.py``); nothing is stored."""
        return balance_entry(ws, body or {}), 200


__all__ = ["IntercompanyJournalEntryView"]
