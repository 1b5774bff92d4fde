"""Clients and vendors (``/coa/api/vendor``): Campfire's list filters and order, contacts, bulk search,
balances on the summaries, and deletes: refused (409, naming them) while anything names the client or
vendor, or with ``new_vendor``, after moving all of it to that one (``domain/vendors.py``)."""

from __future__ import annotations

import typing as t

from ..domain import vendors
from ..domain.contract_bounds import check_change_bounds
from ..domain.contract_figures import client_contract_figures
from ..domain.receivables import client_balances
from ..domain.reference_query import vendor_filter, vendor_order
from ..domain.values import object_key
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from .base import Caller, NoContent
from .generic import ResourceView, action
from .pagination import check_limit, envelope, offset_page
from .references import ReferenceView

Body = dict[str, t.Any]
Result = tuple[t.Any, int]
#: What the vendor list's ``vendor_type`` filter offers (the spec's enum).
VENDOR_TYPES = ("customer", "vendor")


def balances(ws: Workspace, row: Body) -> Body:
    """A client's AR balances (``domain/receivables.py``) and its contracts' revenue figures
    (``domain/contract_figures.py``), for the schemas that show them."""
    if "id" not in row:
        return {}
    return {**client_balances(ws, int(row["id"])), **client_contract_figures(ws, int(row["id"]))}


class VendorView(ReferenceView):
    collections = ("/coa/api/vendor",)
    kind = "vendor"

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        types = self.repeated(caller, "vendor_type", cast=str).get("vendor_type", [])
        for vendor_type in types:
            if vendor_type not in VENDOR_TYPES:
                raise ValidationFailed.field(
                    "vendor_type", f"Select a valid choice. {vendor_type} is not one of the available choices."
                )
        return self._list(ws, caller, p, vendor_filter(p, types), vendor_order(p))

    def destroy(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Upstream's ``new_vendor``: "the vendor's records move to" it. The payables and bank
        transactions move first (their own rules), then every other relation the spec declares (invoices,
        credit memos, contracts, journal-entry lines: the base view's ``keep_references``); the ledger
        posts them again, so the books by vendor move too. Without it, a 409 names what still refers."""
        assert self.resource is not None
        self.obj(ws, kwargs, write=False)
        key, query = object_key(self.object_id(kwargs)), self.query(kwargs)
        if key is not None and query.get("new_vendor") is not None:
            into = vendors.replacement(ws, key, query["new_vendor"])
            vendors.move_payables(ws, key, into)
            self.keep_references(ws, key, query)
            check_change_bounds(ws, "vendor", "deleted", [into], [])  # its invoices and memos add to the other's
        vendors.check_deletable(ws, key, self.links.referring("vendor"))
        self.store.destroy(ws, self.resource, self.object_id(kwargs), self.parent(kwargs))
        return NoContent, self.plan.status

    def perform_update(self, ws: Workspace, row: Body) -> None:
        vendors.number_contacts(ws, row)

    @action("GET", url_path="{id}/contacts")
    def list_contacts(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """A client's contacts (its ``contacts``), paged."""
        contacts = vendors.contacts(ws, self.path_value(kwargs, "id"))
        query = self.query(kwargs)
        page, meta = offset_page(
            contacts, limit=check_limit(query.get("limit")), offset=query.get("offset"), url=self.url(caller)
        )
        item = (self.plan.response or {})["properties"]["results"]["items"]
        return envelope([self.conformed(ws, c, item) for c in page], meta), 200

    @action("POST", url_path="{id}/contacts")
    def create_contact(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """A new contact of the client, kept in its ``contacts`` (so the client shows it too)."""
        props = (self.plan.request or {}).get("properties", {})
        values = {k: v for k, v in self.values(kwargs).items() if k in props and not props[k].get("readOnly")}
        contact = vendors.add_contact(ws, self.path_value(kwargs, "id"), values)
        return self.conformed(ws, contact, self.plan.response or {}), 201

    @action("POST", url_path="bulk-search")
    def bulk_search(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """The clients and vendors named in ``vendors``; with ``upsert``, the ones not found are created."""
        body = self.values(kwargs)
        found = vendors.bulk_search(ws, body.get("vendors") or [], upsert=bool(body.get("upsert")))
        return [self.services.serializer.stored(ws, "vendor", r) for r in found], 200


class VendorSummaryView(ResourceView):
    """``/coa/api/vendor/summary``: the clients with their AR balances."""

    collections = ("/coa/api/vendor/summary",)

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        return balances(ws, row) if schema_name == "VendorSummary" else {}


__all__ = ["VendorSummaryView", "VendorView", "balances"]
