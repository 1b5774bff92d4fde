"""Clients and vendors (one table, told apart by ``vendor_type``): their contacts, finding them by
external id or name in bulk, and when one may be deleted."""

from __future__ import annotations

import typing as t

from ..errors import ClientHasInvoices, ClientNotFound, VendorHasBills
from .bills import vendor_has_bills
from .generic import is_deleted, live_row
from .receivables import has_invoices
from .values import object_key
from .workspace import Workspace

Row = dict[str, t.Any]


def client(ws: Workspace, key: t.Any, *, write: bool) -> Row:
    """The live client or vendor a path id names (``ClientNotFound`` if none)."""
    row = live_row(ws, "vendor", key, write=write)
    if row is None:
        raise ClientNotFound(key)
    return row


def contacts(ws: Workspace, key: t.Any) -> list[Row]:
    """The live contacts of the client ``key`` names."""
    found = client(ws, key, write=False)
    return [c for c in found.get("contacts") or [] if isinstance(c, dict) and not is_deleted(c)]


#: A contact's fields only the server sets (DRF ignores them in a request).
CONTACT_SERVER_FIELDS = ("last_modified_at", "is_deleted", "deleted_at")


def number_contacts(ws: Workspace, row: Row) -> None:
    """The contacts an update of the client brings, as ``add_contact`` keeps them: one naming an id the
    workspace issued keeps it, any other gets a new one (never ``id: 0``); the server's fields are the
    server's (the workspace's time, live), whatever the request says of them (never 1970)."""
    given = row.get("contacts")
    if not isinstance(given, list):
        return
    now = ws.now_text()
    issued = ws.sequences.get("vendor_contact", 1)
    kept: list[t.Any] = []
    for contact in given:
        if isinstance(contact, dict):
            key = contact.get("id")
            known = isinstance(key, int) and not isinstance(key, bool) and 0 < key < issued
            contact = {k: v for k, v in contact.items() if k not in CONTACT_SERVER_FIELDS}
            contact["id"] = key if known else ws.next_id("vendor_contact")
            contact.update(last_modified_at=now, is_deleted=False, deleted_at=None)
        kept.append(contact)
    row["contacts"] = kept


def add_contact(ws: Workspace, key: t.Any, values: Row) -> Row:
    """A new contact of the client, kept in its ``contacts`` (so the client shows it too)."""
    found = client(ws, key, write=True)
    now = ws.now_text()
    contact = {**values, "id": ws.next_id("vendor_contact"), "last_modified_at": now}
    contact.update(is_deleted=False, deleted_at=None)
    found["contacts"] = [*(found.get("contacts") or []), contact]
    found["last_modified_at"] = now
    return contact


def bulk_search(ws: Workspace, wanted: t.Iterable[Row], *, upsert: bool) -> list[Row]:
    """The clients and vendors named in ``wanted`` (by external id, else by name, case-insensitively),
    each once; with ``upsert``, the ones not found are created."""
    found: list[Row] = []
    table = ws.refs["vendor"]
    live = [row for _, row in sorted(dict.items(table)) if not is_deleted(row)]
    for item in wanted:
        external_id = item.get("external_id")
        name = str(item.get("name") or "").strip().lower()
        match = next(
            (r for r in live if external_id and r.get("external_id") == external_id),
            next((r for r in live if str(r.get("name") or "").strip().lower() == name), None),
        )
        if match is None and upsert:
            now = ws.now_text()
            match = {
                "id": ws.next_id("vendor"),
                "name": item.get("name"),
                "external_id": external_id,
                "vendor_type": item.get("vendor_type") or "customer",
                "email": item.get("email"),
                "status": "ACTIVE",
                "created_at": now,
                "last_modified_at": now,
            }
            table[match["id"]] = match
            live.append(match)
        if match is not None and match not in found:
            found.append(match)
    return found


def check_deletable(ws: Workspace, key: t.Any) -> None:
    """``ClientHasInvoices`` if the client ``key`` names has invoices, ``VendorHasBills`` if it has bills."""
    found = object_key(key)
    if found is not None and has_invoices(ws, found):
        raise ClientHasInvoices(found)
    if found is not None and vendor_has_bills(ws, found):
        raise VendorHasBills(found)


__all__ = ["add_contact", "bulk_search", "check_deletable", "client", "contacts"]
