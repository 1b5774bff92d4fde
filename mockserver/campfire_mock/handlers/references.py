"""Clients (vendors), entities, products, contracts and credit memos."""

from __future__ import annotations

import typing as t

from ..domain.reference_query import common_filter, filter_credit_memos, vendor_filter, vendor_order
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from ..handlers.pagination import envelope, offset_page
from ..handlers.serialization import REFERENCE_SCHEMAS
from .base import Caller, Handler

Body = dict[str, t.Any]
#: What the vendor list's ``vendor_type`` filter offers (the spec's enum).
VENDOR_TYPES = ("customer", "vendor")


class ReferenceHandlers(Handler):
    def _list(
        self,
        ws: Workspace,
        caller: Caller,
        kind: str,
        params: dict[str, t.Any],
        match: t.Callable[[Body], bool] | None = None,
        order: t.Callable[[list[Body]], list[Body]] | None = None,
    ) -> tuple[Body, int]:
        objs = [o for o in sorted(ws.refs[kind].values(), key=lambda o: o["id"]) if match is None or match(o)]
        if order is not None:
            objs = order(objs)
        return self._page(ws, caller, kind, objs, params)

    def _page(
        self, ws: Workspace, caller: Caller, kind: str, objs: list[Body], params: dict[str, t.Any]
    ) -> tuple[Body, int]:
        page, meta = offset_page(objs, limit=params.get("limit"), offset=params.get("offset"), url=self.url(caller))
        return envelope([self.serializer.stored(ws, kind, o) for o in page], meta), 200

    def _create(self, ws: Workspace, kind: str, body: Body) -> tuple[Body, int]:
        body = self.serializer.shapes.strip_read_only(REFERENCE_SCHEMAS[kind], body)
        return self.serializer.stored(ws, kind, self.services.references.create(ws, kind, body)), 201

    def list_vendors(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        types = self.repeated(caller, "vendor_type", cast=str).get("vendor_type", [])
        for vendor_type in types:
            if vendor_type not in VENDOR_TYPES:
                raise ValidationFailed.field(
                    "vendor_type", f"Select a valid choice. {vendor_type} is not one of the available choices."
                )
        return self._list(ws, caller, "vendor", p, vendor_filter(p, types), vendor_order(p))

    def create_vendor(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        return self._create(ws, "vendor", body)

    def list_entities(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[list[Body], int]:
        include_inactive = p.get("include_inactive", True)
        objs = sorted(ws.refs["entity"].values(), key=lambda o: o["id"])
        return [self.serializer.stored(ws, "entity", o) for o in objs if include_inactive or o.get("active", True)], 200

    def create_entity(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        return self._create(ws, "entity", body)

    def list_products(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        return self._list(ws, caller, "product", p, common_filter(p))

    def create_product(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        return self._create(ws, "product", body)

    def list_contracts(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        return self._list(ws, caller, "contract", p, common_filter(p))

    def create_contract(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        return self._create(ws, "contract", body)

    def list_credit_memos(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        return self._page(ws, caller, "credit_memo", filter_credit_memos(ws, p), p)

    def create_credit_memo(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        return self._create(ws, "credit_memo", body)

    def retrieve_credit_memo(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> tuple[Body, int]:
        return self.serializer.stored(ws, "credit_memo", self.services.references.credit_memo(ws, id_)), 200
