"""One small mixin per generic action over ``GenericView``, as ``rest_framework/mixins.py``: list, create,
retrieve, update and partial update, destroy, an action on an object, and a read of its own."""

from __future__ import annotations

import typing as t

from starlette.datastructures import URL

from ..domain import attachments, filters
from ..domain.generic import is_deleted
from ..domain.values import object_key
from ..domain.workspace import Workspace
from ..openapi.resources import live_item
from .base import Caller, NoContent
from .deleted_records import deleted_record
from .generic_view import Body, GenericView, Result
from .pagination import check_limit, envelope, offset_page


class ListMixin(GenericView):
    def list(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        res = self.resource
        assert res is not None
        query = {**self.documented(caller), **self.query(kwargs)}
        deleted = bool(query.get("include_deleted"))
        rows = self.store.rows(ws, res, self.parent(kwargs), deleted=deleted)
        if self.scoped:
            rows = [r for r in rows if self.visible(r)]
        posted = [] if deleted else self.posted(ws)  # derived objects are never deleted ones
        if posted:
            stored = {r["id"] for r in rows}
            rows = sorted([*rows, *(r for r in posted if r["id"] not in stored)], key=lambda r: r["id"])
        rows = filters.field_filter(rows, query, res.fields)
        rows = filters.search_filter(rows, query.get("q") or query.get("search"), res.text_fields)
        rows = filters.query_ordering(rows, query, res.fields)
        plan = self.plan
        response = plan.response or {}
        if plan.lists_envelope:
            item = response["properties"]["results"].get("items", {})
            page, meta = offset_page(
                rows,
                limit=check_limit(query.get("limit")),
                offset=query.get("offset"),
                url=str(URL(scope=caller.scope)),
            )
            return envelope([self.listed(ws, r, item) for r in page], meta), plan.status
        item = response.get("items", {})
        rows = filters.plain_page(rows, caller.scope.get("query_string", b""))
        return [self.listed(ws, r, item) for r in rows], plan.status

    def listed(self, ws: Workspace, row: Body, item: dict[str, t.Any]) -> t.Any:
        """One row of the list: a deleted one as its minimal record where the list's items may be those."""
        if self.plan.lists_deleted and is_deleted(row):
            return deleted_record(ws, self.plan.resolver, row)
        return self.render(ws, row, live_item(item), self.plan.item_name)


class CreateMixin(GenericView):
    def create(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        assert self.resource is not None
        values = self.values(kwargs)
        # the path's parents first: a missing one is a 404, as its list and items answer, not a field's 400
        self.store.check_parents(ws, self.resource, self.parent(kwargs))
        self.check_references(ws, {**values, **self.parent_values(kwargs)})
        row = self.store.create(ws, self.resource, values, self.parent(kwargs))
        self.perform_create(ws, row)
        if self.plan.response_name != self.plan.item_name:  # an answer of its own echoes what was sent
            return self.answer(ws, {**values, **row})
        return self.answer(ws, row)


class RetrieveMixin(GenericView):
    def retrieve(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        assert self.resource is not None
        if self.plan.id_param is None:
            return self.answer(ws, self.store.singleton(ws, self.resource, write=False))
        return self.answer(ws, self.obj(ws, kwargs, write=False))


class UpdateMixin(GenericView):
    def update(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        res = self.resource
        assert res is not None
        if self.plan.id_param is None:
            row = self.store.singleton(ws, res, write=True)
            row.update({k: v for k, v in self.values(kwargs).items() if k in res.writable})
            return self.answer(ws, row)
        if self.plan.raw_request is None:  # upstream declares no body: nothing to save (docs/actions.md)
            return self.answer(ws, self.obj(ws, kwargs, write=False))
        self.obj(ws, kwargs, write=False)
        values = self.values(kwargs)
        self.check_references(ws, {**values, **self.parent_values(kwargs)})
        self.check_parent(ws, self.object_id(kwargs), values)
        row = self.store.update(ws, res, self.object_id(kwargs), values, self.parent(kwargs))
        self.perform_update(ws, row)
        return self.answer(ws, row)

    def partial_update(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        return self.update(ws, caller, **kwargs)


class DestroyMixin(GenericView):
    def destroy(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        assert self.resource is not None
        self.check_destroy(ws, self.object_id(kwargs))
        self.obj(ws, kwargs, write=False)
        self.keep_references(ws, self.object_id(kwargs), self.query(kwargs))
        self.store.destroy(ws, self.resource, self.object_id(kwargs), self.parent(kwargs))
        key = object_key(self.object_id(kwargs))
        if key is not None:  # its files and transaction matches go with it
            attachments.detach(ws, self.resource.kind, key)
        return NoContent, self.plan.status


class ActionMixin(GenericView):
    def action(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """An action with no rule of its own: the object it names (404 if none), answered as it stands; an object
        its body names that does not exist is a 400, as DRF's ``PrimaryKeyRelatedField`` answers."""
        row = None
        if self.resource is not None and self.plan.id_param is not None:
            row = self.obj(ws, kwargs, write=False)
        elif self.resource is not None:
            self.store.check_parents(ws, self.resource, self.parent(kwargs))
        self.check_action_references(ws, kwargs)
        return self.answer(ws, row)

    def read(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """A read of its own (a report, a preview): a schema-true answer with nothing in it."""
        if self.resource is not None:
            self.store.check_parents(ws, self.resource, self.parent(kwargs))
        return self.answer(ws, None)


__all__ = ["ActionMixin", "CreateMixin", "DestroyMixin", "ListMixin", "RetrieveMixin", "UpdateMixin"]
