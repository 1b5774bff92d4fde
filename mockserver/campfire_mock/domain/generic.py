"""The generic resources: Django REST Framework's model-viewset behaviour over the workspace's
journaled tables, for every resource without hand-written rules.

A ``Resource`` is one collection (its kind, the fields its schema declares, which of them are the
server's). ``GenericStore`` lists, creates, retrieves, updates and destroys its objects as DRF's
``ModelViewSet`` does: ids from the resource's own sequence, ``uuid`` fields filled once,
``created_at``/``last_modified_at`` on the workspace clock, ``customer`` the workspace's; updates
merge the writable fields they are given (read-only ones are ignored, as DRF does); destroying an
object whose schema has ``is_deleted``/``deleted_at`` marks it deleted (lists then leave it out unless
``include_deleted``), any other is removed. Nested resources (``/rr/api/v1/contracts/{contract_id}/usage``)
keep their parents' ids and answer 404 for an object under another parent or a parent that is gone.

Objects are stored as plain dicts with the fields as sent; rendering them in their response shape
is the views' part (``views/generic.py`` with ``openapi/conform.py``).
"""

from __future__ import annotations

import typing as t
import uuid
from dataclasses import dataclass

from ..errors import ObjectNotFound
from .values import object_key
from .workspace import Workspace

Row = dict[str, t.Any]
#: Where a stored object keeps its parents' ids (path parameter -> id).
PARENT = "_parent"


@dataclass(frozen=True)
class Resource:
    """One collection of a generic resource."""

    kind: str
    #: Every property of the object schema.
    fields: frozenset[str]
    #: Properties the client may set.
    writable: frozenset[str]
    #: Properties of type string (what ``q`` searches).
    text_fields: tuple[str, ...]
    #: UUID properties the server fills.
    uuid_fields: tuple[str, ...] = ()
    #: Path parameters naming the parents, each with the parent's kind.
    parents: tuple[tuple[str, str], ...] = ()
    #: Whether a delete keeps the object, marked deleted (its list takes ``include_deleted``).
    soft: bool = False
    #: Whether a delete removes it for good (upstream: "Permanently deletes"), whatever its fields.
    permanent: bool = False
    #: Writable lists of objects with ids of their own (``lines``), each with the timestamp fields its items
    #: have: the server numbers the items and stamps them.
    numbered: tuple[tuple[str, frozenset[str]], ...] = ()

    @property
    def soft_delete(self) -> bool:
        return not self.permanent and (self.soft or "is_deleted" in self.fields or "deleted_at" in self.fields)

    @property
    def label(self) -> str:
        return self.kind.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ") or self.kind


def is_deleted(row: Row) -> bool:
    return bool(row.get("is_deleted")) or bool(row.get("deleted_at"))


def _gone(row: Row) -> bool:
    """Soft-deleted as ``destroy`` marks it: ``is_deleted`` where the object has that field, else ``deleted_at``."""
    return row.get("is_deleted") is True if "is_deleted" in row else bool(row.get("deleted_at"))


def stored_row(ws: Workspace, kind: str, key: t.Any, *, write: bool) -> Row | None:
    """The object a path id names in ``kind``'s table (journaled when ``write``: the caller is about to
    change it), or ``None``."""
    found = object_key(key)
    if found is None:
        return None
    table = ws.table(kind)
    return t.cast("Row | None", table.get(found) if write else table.look(found))


def live_row(ws: Workspace, kind: str, key: t.Any, *, write: bool) -> Row | None:
    """``stored_row``, but ``None`` for a deleted object too."""
    row = stored_row(ws, kind, key, write=write)
    return None if row is None or is_deleted(row) else row


class GenericStore:
    """Create, read, update and destroy objects of generic resources (callers hold the store lock)."""

    def check_parents(self, ws: Workspace, res: Resource, parent: t.Mapping[str, t.Any]) -> None:
        """404 unless every parent named by the path exists, each under the parents the path names before it
        (a prepaid commit of another contract is not found under this one, as a nested router's queryset
        filtered by the outer id finds nothing)."""
        for name, kind in res.parents:
            key = object_key(parent.get(name))
            row = ws.table(kind).look(key, {}) if key is not None else {}
            if key is None or key not in ws.table(kind) or is_deleted(row):
                raise ObjectNotFound(kind.rsplit("/", 1)[-1], parent.get(name))
            own = row.get(PARENT) or {}
            if any(outer in own and object_key(own[outer]) != object_key(parent.get(outer)) for outer in parent):
                raise ObjectNotFound(kind.rsplit("/", 1)[-1], parent.get(name))

    def rows(self, ws: Workspace, res: Resource, parent: t.Mapping[str, t.Any], *, deleted: bool = False) -> list[Row]:
        """The collection's live objects under ``parent`` (only the deleted ones when ``deleted``, as
        Campfire's ``include_deleted=true`` lists them), in id order (for reading only)."""
        self.check_parents(ws, res, parent)
        table = ws.table(res.kind)
        wanted = _parent_ids(res, parent)
        return [
            row
            for _, row in sorted(dict.items(table))
            if is_deleted(row) == deleted and _parent_ids(res, row.get(PARENT) or {}) == wanted
        ]

    def get(self, ws: Workspace, res: Resource, key: t.Any, parent: t.Mapping[str, t.Any], *, write: bool) -> Row:
        """One object (journaled when ``write``: the caller is about to change it), or a 404 (also for a
        soft-deleted one, as Campfire's querysets leave them out: it is neither readable nor writable by id)."""
        self.check_parents(ws, res, parent)
        row = stored_row(ws, res.kind, key, write=write)
        if row is None or _gone(row) or _parent_ids(res, row.get(PARENT) or {}) != _parent_ids(res, parent):
            raise ObjectNotFound(res.label, key)
        return row

    def create(self, ws: Workspace, res: Resource, values: Row, parent: t.Mapping[str, t.Any]) -> Row:
        self.check_parents(ws, res, parent)
        key = ws.next_id(res.kind)
        now = ws.now_text()
        row: Row = {k: v for k, v in values.items() if k in res.writable}
        row["id"] = key
        for name in res.uuid_fields:
            row.setdefault(name, str(uuid.uuid5(uuid.NAMESPACE_URL, f"campfire-mock:{ws.customer}:{res.kind}:{key}")))
        for name in ("created_at", "last_modified_at", "updated_at"):
            if name in res.fields:
                row[name] = now
        if "customer" in res.fields:
            row["customer"] = ws.customer
        if "is_deleted" in res.fields:
            row["is_deleted"] = False
        if res.parents:
            row[PARENT] = _parent_ids(res, parent)
            for name, _ in res.parents:  # the parent's own field, where the schema has one: the path's
                field = parent_field(name)
                if field in res.fields:
                    row[field] = object_key(parent[name])
        number_items(ws, res, row, {})
        ws.table(res.kind)[key] = row
        return row

    def update(self, ws: Workspace, res: Resource, key: t.Any, values: Row, parent: t.Mapping[str, t.Any]) -> Row:
        """Merge the writable fields given (PUT and PATCH alike: DRF's PUT leaves unsent optional fields); a save
        stamps ``last_modified_at`` as Django's ``auto_now`` does, whatever it changed."""
        row = self.get(ws, res, key, parent, write=True)
        before = {name: row.get(name) for name, _ in res.numbered}
        row.update({k: v for k, v in values.items() if k in res.writable})
        number_items(ws, res, row, before)
        for name, _ in res.parents:  # an object stays under the parent its path names
            field = parent_field(name)
            if field in res.fields:
                row[field] = object_key(parent[name])
        for name in ("last_modified_at", "updated_at"):
            if name in res.fields:
                row[name] = ws.now_text()
        return row

    def destroy(self, ws: Workspace, res: Resource, key: t.Any, parent: t.Mapping[str, t.Any]) -> None:
        row = self.get(ws, res, key, parent, write=True)
        if res.soft_delete:  # kept, marked (both marks are stored; the answer shows those its schema has)
            row["is_deleted"] = True
            row["deleted_at"] = ws.now_text()
            if "active" in res.fields:  # a deleted record is no longer active (a department, a bank account)
                row["active"] = False
            if "last_modified_at" in res.fields:
                row["last_modified_at"] = ws.now_text()
        else:
            del ws.table(res.kind)[row["id"]]

    def singleton(self, ws: Workspace, res: Resource, *, write: bool) -> Row:
        """The one object of a settings resource (``/coa/api/chart-account-settings``), made on first write."""
        table = ws.table(res.kind)
        if 1 in table:
            return t.cast(Row, table.get(1) if write else table.look(1))
        row: Row = {"id": 1}
        if write:
            table[1] = row
        return row


#: Fields of a listed item only the server sets (DRF ignores them in a request).
ITEM_SERVER_FIELDS = frozenset({"created_at", "last_modified_at", "customer"})


def number_items(ws: Workspace, res: Resource, row: Row, before: t.Mapping[str, t.Any]) -> None:
    """The items of ``row``'s numbered lists as the server keeps them (as a client's contacts are): an item
    naming the id of an item the object already had keeps it and its ``created_at``; any other gets a new id
    from the list's own sequence (never ``id: 0``); ``last_modified_at`` is the workspace's time."""
    now = ws.now_text()
    for name, stamps in res.numbered:
        items = row.get(name)
        if not isinstance(items, list):
            continue
        old = {i.get("id"): i for i in before.get(name) or [] if isinstance(i, dict)}
        kept: list[t.Any] = []
        for item in items:
            if isinstance(item, dict):
                key = item.get("id")
                known = old.get(key) if isinstance(key, int) and not isinstance(key, bool) else None
                item = {k: v for k, v in item.items() if k not in ITEM_SERVER_FIELDS}
                item["id"] = key if known is not None else _next_item_id(ws, res.kind, name)
                if "created_at" in stamps:
                    item["created_at"] = (known or {}).get("created_at") or now
                if "last_modified_at" in stamps:
                    item["last_modified_at"] = now
            kept.append(item)
        row[name] = kept


def _next_item_id(ws: Workspace, kind: str, name: str) -> int:
    """A new id for an item of ``kind``'s list ``name``: its own sequence, started above every id the
    table's items already carry (seeded or imported ones)."""
    sequence = f"{kind}#{name}"
    if sequence not in ws.sequences:
        lists: list[list[t.Any]] = [r[name] for r in dict.values(ws.table(kind)) if isinstance(r.get(name), list)]
        ids = [i.get("id") for items in lists for i in items if isinstance(i, dict)]
        ws.bump_sequence(sequence, max((k for k in ids if isinstance(k, int)), default=0))
    return ws.next_id(sequence)


def parent_field(name: str) -> str:
    """The object field a nested resource's path parameter fills (``contract_id`` -> ``contract``; none for
    a bare ``id``, which is the object's own field)."""
    return "" if name in ("id", "pk") else name.removesuffix("_id").removesuffix("_pk")


def _parent_ids(res: Resource, parent: t.Mapping[str, t.Any]) -> dict[str, int | None]:
    return {name: object_key(parent.get(name)) for name, _ in res.parents}


__all__ = ["PARENT", "GenericStore", "Resource", "is_deleted", "object_key", "parent_field"]
