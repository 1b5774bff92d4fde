"""Department and tag bulk search (``POST /coa/api/department/bulk-search``, ``/coa/api/tag/bulk-search``):
"search by exact name match in a single request; supports upsert to create missing ones".

Each name asked for answers every live object carrying exactly that name (case and spaces count), in the
order asked, each object once; with ``upsert`` a name that matches none creates one object of that name
(a department with the ``parent_id`` given as its parent), as ``POST`` on the collection would, and
answers it; a ``parent_id`` naming no live department is a 400 at its item's position, before anything
is created. Without ``upsert`` a missing name is left out (and ``parent_id`` is not read). The class
claims only these two operations (``@operation``), so the collections keep whichever view serves them.
"""

from __future__ import annotations

import dataclasses
import typing as t

from ..domain.documents import TAGS
from ..domain.generic import is_deleted
from ..domain.values import rel_id
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from .base import Caller
from .generic import ResourceView, operation, resource_of

Body = dict[str, t.Any]


class BulkSearchView(ResourceView):
    """Bulk search by exact name, with upsert."""

    def _search(
        self,
        ws: Workspace,
        kind: str,
        item_name: str,
        items: list[Body],
        upsert: t.Any,
        extra: t.Callable[[Body], Body],
    ) -> list[Body]:
        collection = dataclasses.replace(self.plan, kind=kind, item_name=item_name)
        res = resource_of(collection)
        assert res is not None
        by_name: dict[str, list[Body]] = {}
        for _, row in sorted(dict.items(ws.table(res.kind))):
            if not is_deleted(row) and isinstance(row.get("name"), str):
                by_name.setdefault(row["name"], []).append(row)
        found: list[Body] = []
        seen: set[int] = set()
        for item in items:
            name = item["name"]
            rows = by_name.get(name)
            if not rows and upsert is True:
                row = self.store.create(ws, res, {"name": name, **extra(item)}, {})
                rows = by_name[name] = [row]
            for row in rows or ():
                if row["id"] not in seen:
                    seen.add(row["id"])
                    found.append(row)
        schema = (self.plan.response or {}).get("items", {})
        return [self.render(ws, row, schema, item_name) for row in found]

    @operation("coa_api_department_bulk_search_create")
    def bulk_search_departments(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[t.Any, int]:
        departments = ws.table("department")
        items, upsert = body["departments"], body.get("upsert")

        def missing(item: Body) -> Body:
            """The item's errors: a ``parent_id`` naming no live department (only an upsert reads it)."""
            parent_id = rel_id(item.get("parent_id"))
            if upsert is not True or parent_id is None:
                return {}
            if parent_id in departments and not is_deleted(departments.look(parent_id)):
                return {}
            return {"parent_id": [f'Invalid pk "{parent_id}" - object does not exist.']}

        # Every item is checked before any is created; errors sit at the item's position, as DRF's list
        # serializer puts them ({"departments": [{}, {"parent_id": [...]}]}).
        errors = [missing(item) for item in items]
        if any(errors):
            raise ValidationFailed({"departments": errors})

        def parent(item: Body) -> Body:
            parent_id = rel_id(item.get("parent_id"))
            return {} if parent_id is None else {"parent": parent_id}

        return self._search(ws, "department", "Department", items, upsert, parent), 200

    @operation("coa_api_tag_bulk_search_create")
    def bulk_search_tags(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[t.Any, int]:
        return self._search(ws, TAGS, "TransactionTag", body["tags"], body.get("upsert"), lambda item: {}), 200


__all__ = ["BulkSearchView"]
