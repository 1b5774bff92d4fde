"""Clients and vendors (one table, told apart by ``vendor_type``): their contacts, finding them by
external id or name in bulk, when one may be deleted, and moving what names one to another (``DELETE
/coa/api/vendor/{id}?new_vendor=``)."""

from __future__ import annotations

import typing as t

from ..errors import ClientNotFound, Conflict, ValidationFailed
from . import relations
from .amortization import bill_changed
from .documents import BILL_DRAFTS, BILLS, DEBIT_MEMOS
from .generic import is_deleted, live_row
from .values import object_key, rel_id
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
                "vendor_type": item.get("vendor_type") or "vendor",
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


#: Payables' fields naming a vendor (top-level, and inside their lists of lines), by table and label:
#: the bills (their ``vendor``, each line's ``bill_customer``), the debit memos, the bill drafts (the vendor
#: they resolved to, each extracted line's ``bill_customer``). Bill payments name no vendor: theirs is
#: their bill's.
PAYABLES: tuple[tuple[str, str, str, str | None, str | None], ...] = (
    (BILLS, "bill", "vendor", "lines", "bill_customer"),
    (DEBIT_MEMOS, "debit memo", "vendor", None, None),
    (BILL_DRAFTS, "bill draft", "resolved_vendor", "extracted_line_items", "bill_customer"),
)
#: A bank transaction's fields naming a client or a vendor (bank transactions are stored apart from the
#: generic ``/coa/api/transaction`` table the spec's relations read).
TRANSACTION_FIELDS = ("vendor", "client")
Link = tuple[str, str | None, str]


def _ref(value: t.Any) -> int | None:
    """A stored relation id as DRF reads it; ``None`` for a value that names nothing (a stored draft line
    may hold anything its schema let through)."""
    try:
        return rel_id(value)
    except (TypeError, ValueError):
        return None


def _names(row: Row, field: str, lines: str | None, line_field: str | None, key: int) -> bool:
    if _ref(row.get(field)) == key:
        return True
    items = row.get(lines) if lines is not None else None
    return isinstance(items, list) and any(isinstance(i, dict) and _ref(i.get(line_field)) == key for i in items)


def _payables_naming(ws: Workspace, key: int) -> t.Iterator[tuple[str, str, int]]:
    """(table, label, id) of each live payable document naming the vendor ``key`` (or naming it on a line)."""
    for table, label, field, lines, line_field in PAYABLES:
        for ref, row in sorted(dict.items(ws.table(table))):
            if not is_deleted(row) and _names(row, field, lines, line_field, key):
                yield table, label, ref


def _transactions_naming(ws: Workspace, key: int) -> list[int]:
    rows = sorted(dict.items(ws.refs["transaction"]))
    return [
        ref for ref, row in rows if not is_deleted(row) and any(_ref(row.get(f)) == key for f in TRANSACTION_FIELDS)
    ]


def referrers(ws: Workspace, links: t.Iterable[Link], key: int) -> list[tuple[str, int]]:
    """The live objects (label, id) that name the client or vendor ``key``: the payables (bills and their
    lines, debit memos, bill drafts), then every relation the spec declares (``links``: invoices, credit
    memos, contracts, journal-entry lines, ...), then the bank transactions."""
    found = [(label, ref) for _, label, ref in _payables_naming(ws, key)]
    found += relations.referrers(ws, links, "vendor", key)
    found += [("transaction", ref) for ref in _transactions_naming(ws, key)]
    return list(dict.fromkeys(found))


def check_deletable(ws: Workspace, key: t.Any, links: t.Iterable[Link], label: str = "vendor") -> None:
    """A 409 naming what refers to the client or vendor ``key`` names, if anything does; ``label`` is what
    the path calls it (``customer`` under ``/rr/api/v1/customers``)."""
    found = object_key(key)
    using = referrers(ws, links, found) if found is not None else []
    if found is not None and using:
        raise Conflict(relations.refusal(label, found, using))


def replacement(ws: Workspace, old: int, value: t.Any) -> int:
    """The vendor a delete's ``new_vendor`` names: a live client or vendor other than ``old`` (400 under
    ``new_vendor`` otherwise, as the delete of any other object with a replacement answers)."""
    new = object_key(value)
    if new == old:
        raise ValidationFailed.field("new_vendor", "The object being deleted cannot take its own references.")
    if new is None or not relations.exists(ws, "vendor", new):
        raise ValidationFailed.field("new_vendor", relations.INVALID_PK.format(value if new is None else new))
    return new


def _moved(row: Row, field: str, lines: str | None, line_field: str | None, old: int, new: int) -> None:
    if _ref(row.get(field)) == old:
        row[field] = new
    items = row.get(lines) if lines is not None else None
    if isinstance(items, list) and line_field is not None:
        row[t.cast(str, lines)] = [
            {**i, line_field: new} if isinstance(i, dict) and _ref(i.get(line_field)) == old else i for i in items
        ]


def move_payables(ws: Workspace, old: int, new: int) -> int:
    """Every payable and bank transaction naming the vendor ``old`` names ``new`` instead, modified now:
    bills (and their lines), debit memos, bill drafts, bank transactions. The ledger posts them again on its
    next read, so their entries' lines (and their bill payments' and amortization schedules') carry the new
    vendor; how many objects changed."""
    changed = 0
    for table, _, ref in list(_payables_naming(ws, old)):
        spec = next(p for p in PAYABLES if p[0] == table)
        row = ws.table(table)[ref]
        _moved(row, spec[2], spec[3], spec[4], old, new)
        relations.touched(ws, row)
        if table == BILLS:
            bill_changed(ws, row)  # its amortization schedules post again, under the new vendor
        changed += 1
    for ref in _transactions_naming(ws, old):
        row = ws.refs["transaction"][ref]
        row.update({f: new for f in TRANSACTION_FIELDS if _ref(row.get(f)) == old})
        relations.touched(ws, row)
        changed += 1
    return changed


__all__ = [
    "add_contact",
    "bulk_search",
    "check_deletable",
    "client",
    "contacts",
    "move_payables",
    "referrers",
    "replacement",
]
