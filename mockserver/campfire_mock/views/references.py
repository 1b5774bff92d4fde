"""Entities and products (contracts: ``contracts.py``): lists with Campfire's filters, creates checked by the domain.

``ReferenceView`` holds what every hand-written reference list and create shares (the vendor and
credit memo views build on it); the rest of each resource's operations are the base view's.
"""

from __future__ import annotations

import typing as t

from ..domain.generic import is_deleted
from ..domain.reference_query import common_filter
from ..domain.workspace import Workspace
from .base import Caller
from .cleaning import cleans_body
from .deleted_records import deleted_record
from .generic import ResourceView
from .pagination import envelope, offset_page
from .serialization import REFERENCE_SCHEMAS

Body = dict[str, t.Any]
Bodies = list[Body]


class ReferenceView(ResourceView):
    """Lists and creates of the kinds the hand-written serializer renders (``REFERENCE_SCHEMAS``)."""

    #: The stored kind (``vendor``, ``entity``, ...).
    kind: t.ClassVar[str]

    def figures(self, ws: Workspace, obj: Body) -> Body:
        """Read-only figures the object's answer computes from other objects (none, unless overridden)."""
        return {}

    def shown(self, ws: Workspace, obj: Body) -> Body:
        """A stored object in its response shape, with what its relations tell (``department_name``,
        ``parent_department``) and its computed figures."""
        told = self.related(ws, obj, self.plan.item or {})
        return self.services.serializer.stored(ws, self.kind, {**obj, **told, **self.figures(ws, obj)})

    def render(self, ws: Workspace, row: Body, schema: dict[str, t.Any] | None, name: str | None) -> t.Any:
        if name is not None and REFERENCE_SCHEMAS.get(self.kind) == name and "id" in row:
            return self.shown(ws, row)
        return super().render(ws, row, schema, name)

    def _list(
        self,
        ws: Workspace,
        caller: Caller,
        params: dict[str, t.Any],
        match: t.Callable[[Body], bool] | None = None,
        order: t.Callable[[list[Body]], list[Body]] | None = None,
    ) -> tuple[Body, int]:
        objs = [o for o in sorted(ws.refs[self.kind].values(), key=lambda o: o["id"]) if match is None or match(o)]
        if order is not None:
            objs = order(objs)
        return self._page(ws, caller, objs, params)

    def _page(self, ws: Workspace, caller: Caller, objs: list[Body], params: dict[str, t.Any]) -> tuple[Body, int]:
        """A DRF page of ``objs`` (a deleted one as its minimal record, where the list's items may be those)."""
        page, meta = offset_page(objs, limit=params.get("limit"), offset=params.get("offset"), url=self.url(caller))
        minimal = self.plan.lists_deleted
        rows = [
            deleted_record(ws, self.plan.resolver, o) if minimal and is_deleted(o) else self.shown(ws, o) for o in page
        ]
        return envelope(rows, meta), 200

    @cleans_body(lambda view: REFERENCE_SCHEMAS[view.kind])
    def create(self, ws: Workspace, caller: Caller, body: Body | None = None, **_: t.Any) -> tuple[Body, int]:
        clean = body or {}
        self.check_references(ws, clean)
        return self.shown(ws, self.services.references.create(ws, self.kind, clean)), 201


class EntityView(ReferenceView):
    collections = ("/coa/api/entity",)
    kind = "entity"

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Bodies, int]:
        include_inactive = p.get("include_inactive", True)
        objs = sorted(ws.refs["entity"].values(), key=lambda o: o["id"])
        deleted = bool(p.get("include_deleted"))
        listed = [o for o in objs if is_deleted(o) == deleted and (include_inactive or o.get("active", True))]
        return [self.shown(ws, o) for o in listed], 200  # as the retrieve shows each (its parent's name too)


class ProductView(ReferenceView):
    collections = ("/rr/api/v1/product",)
    kind = "product"

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        return self._list(ws, caller, p, common_filter(p))


__all__ = ["EntityView", "ProductView", "ReferenceView"]
