"""The handler of every operation without a hand-written one, built from its ``Plan``.

Composed as Django REST Framework composes ``ModelViewSet`` from ``rest_framework/mixins.py``: one
small mixin per action (list, create, retrieve, update, partial update, destroy), plus actions on an
object (``/void/``, ``/send/``: the input is validated by the spec and the object answered as it
stands) and reads of their own (reports: a schema-true empty answer). Filters
(``domain/filters.py``) and paging (``pagination.py``) are separate pieces, as in DRF.

A generic handler is called as ``handler(ws, caller, **kwargs)``: the workspace the operation table
opened its transaction on, the caller, and Connexion's keyword arguments.
"""

from __future__ import annotations

import functools
import typing as t

from starlette.datastructures import URL

from ..domain import filters
from ..domain.generic import PARENT, GenericStore, Resource, object_key
from ..domain.workspace import Workspace
from ..errors import JournalEntryPosted, ObjectNotFound
from ..openapi.conform import MISSING, Context, conform
from ..openapi.resources import Plan
from ..openapi.shapes import read_relations
from .base import Caller, NoContent, Services
from .pagination import check_limit, envelope, offset_page
from .rules import ACTIONS, DERIVED, GUARDS, SCOPES, SOURCES, WRITES
from .serialization import REFERENCE_SCHEMAS

Body = dict[str, t.Any]
Result = tuple[t.Any, int]


def resource_of(plan: Plan) -> Resource | None:
    """The collection a plan's operation works on, from its object schema."""
    if plan.kind is None:
        return None
    props: dict[str, t.Any] = (plan.item or {}).get("properties", {})
    return Resource(
        kind=plan.kind,
        fields=frozenset(props),
        writable=frozenset(n for n, s in props.items() if not s.get("readOnly") and n != "id"),
        text_fields=tuple(n for n, s in props.items() if s.get("type") == "string" and not s.get("format")),
        uuid_fields=tuple(
            n for n, s in props.items() if s.get("format") == "uuid" and (s.get("readOnly") or n == "uuid")
        ),
        parents=plan.parents,
    )


class GenericView:
    """Shared parts: the plan, the resource, request reading and response rendering."""

    def __init__(self, plan: Plan, services: Services) -> None:
        self.plan = plan
        self.services = services
        self.store = GenericStore()

    @functools.cached_property
    def resource(self) -> Resource | None:
        return resource_of(self.plan)

    @functools.cached_property
    def relations(self) -> frozenset[str]:
        """Request fields that take an id as an integer or a numeric string."""
        request_props: dict[str, t.Any] = (self.plan.request or {}).get("properties", {})
        return frozenset(
            n for n, s in request_props.items() if any(b.get("type") == "integer" for b in s.get("anyOf", ()))
        )

    def __call__(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        rule = ACTIONS.get(self.plan.operation_id)
        if rule is not None:
            return rule(self, ws, caller, kwargs)
        guard = GUARDS.get(self.plan.operation_id)
        if guard is not None:
            guard(ws, self.object_id(kwargs) if self.plan.id_param else None)
        return t.cast(Result, getattr(self, self.plan.action)(ws, caller, kwargs))

    @functools.cached_property
    def scope(self) -> t.Callable[[Body], bool] | None:
        """Which stored objects this collection shows (``rules.SCOPES``), if not all of its kind."""
        return SCOPES.get(self.plan.collection or "")

    def derived(self, ws: Workspace) -> list[Body]:
        """The objects of this kind derived from others (``rules.SOURCES``), if any."""
        source = SOURCES.get(self.plan.kind or "")
        return source(ws) if source is not None else []

    def obj(self, ws: Workspace, kwargs: dict[str, t.Any], *, write: bool) -> Body:
        """The object the path names (404 if there is none, or it is outside this collection's scope;
        409 for a write to a derived one)."""
        assert self.resource is not None
        key = object_key(self.object_id(kwargs))
        if key is not None and key not in ws.table(self.resource.kind):
            posted = next((r for r in self.derived(ws) if r["id"] == key), None)
            if posted is not None:
                if self.plan.method != "GET":
                    raise JournalEntryPosted(key)
                return posted
        row = self.store.get(ws, self.resource, self.object_id(kwargs), self.parent(kwargs), write=write)
        if self.scope is not None and not self.scope(row):
            raise ObjectNotFound(self.resource.label, self.object_id(kwargs))
        return row

    # ------------------------------------------------------------ request

    def parent(self, kwargs: dict[str, t.Any]) -> dict[str, t.Any]:
        return {name: kwargs.get(self.plan.path_args[name]) for name, _ in self.plan.parents}

    def path_value(self, kwargs: dict[str, t.Any], name: str) -> t.Any:
        """The value of the path parameter ``name``."""
        return kwargs.get(self.plan.path_args[name])

    def object_id(self, kwargs: dict[str, t.Any]) -> t.Any:
        assert self.plan.id_param is not None
        return kwargs.get(self.plan.path_args[self.plan.id_param])

    def query(self, kwargs: dict[str, t.Any]) -> dict[str, t.Any]:
        """The query parameters given, by their own names."""
        return {name: kwargs[arg] for arg, name in self.plan.query.items() if arg in kwargs}

    def values(self, kwargs: dict[str, t.Any]) -> Body:
        """The request body's writable fields, relation ids read as DRF reads them."""
        body = kwargs.get("body")
        if not isinstance(body, dict):
            return {}
        return read_relations(body, self.relations)

    # ------------------------------------------------------------ response

    def render(self, ws: Workspace, row: Body, schema: dict[str, t.Any] | None, name: str | None) -> t.Any:
        """A stored object in ``schema``'s shape (the hand-written serializer's for the kinds it knows)."""
        kind = self.plan.kind
        if kind is not None and name is not None and REFERENCE_SCHEMAS.get(kind) == name and "id" in row:
            return self.services.serializer.stored(ws, kind, row)
        if schema is None:
            return None
        values = {"customer": ws.customer, **row}
        for param, key in (row.get(PARENT) or {}).items():  # a child shows its parent's id
            values.setdefault(param.removesuffix("_id").removesuffix("_pk"), key)
        derive = DERIVED.get(name or "")
        if derive is not None:
            values.update(derive(ws, row))
        return self.conformed(ws, values, schema)

    def conformed(self, ws: Workspace, values: Body, schema: dict[str, t.Any]) -> t.Any:
        """``values`` in ``schema``'s shape, schema-true defaults for what they lack."""
        ctx = Context(ws.clock.now(), f"{ws.customer}:{self.plan.kind}:{values.get('id')}")
        return conform(schema, values, ctx)

    def answer(self, ws: Workspace, row: Body | None) -> Result:
        """The declared success answer: the object, a schema-true body, or no content."""
        plan = self.plan
        if plan.response is None:
            return NoContent, plan.status
        if row is not None and plan.response_name is not None and plan.response_name == plan.item_name:
            return self.render(ws, row, plan.response, plan.response_name), plan.status
        ctx = Context(ws.clock.now(), f"{ws.customer}:{plan.operation_id}")
        return conform(plan.response, row if row is not None else MISSING, ctx), plan.status


class ListMixin(GenericView):
    def list(self, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
        res = self.resource
        assert res is not None
        query = self.query(kwargs)
        rows = self.store.rows(ws, res, self.parent(kwargs), include_deleted=bool(query.get("include_deleted")))
        if self.scope is not None:
            rows = [r for r in rows if self.scope(r)]
        posted = self.derived(ws)
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
            return envelope([self.render(ws, r, item, plan.item_name) for r in page], meta), plan.status
        item = response.get("items", {})
        rows = filters.plain_page(rows, caller.scope.get("query_string", b""))
        return [self.render(ws, r, item, plan.item_name) for r in rows], plan.status


class CreateMixin(GenericView):
    def create(self, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
        assert self.resource is not None
        row = self.store.create(ws, self.resource, self.values(kwargs), self.parent(kwargs))
        rule = WRITES.get(self.resource.kind)
        if rule is not None:
            rule(ws, row, True)
        return self.answer(ws, row)


class RetrieveMixin(GenericView):
    def retrieve(self, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
        assert self.resource is not None
        if self.plan.id_param is None:
            return self.answer(ws, self.store.singleton(ws, self.resource, write=False))
        return self.answer(ws, self.obj(ws, kwargs, write=False))


class UpdateMixin(GenericView):
    def update(self, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
        res = self.resource
        assert res is not None
        if self.plan.id_param is None:
            row = self.store.singleton(ws, res, write=True)
            row.update({k: v for k, v in self.values(kwargs).items() if k in res.writable})
            return self.answer(ws, row)
        self.obj(ws, kwargs, write=False)
        row = self.store.update(ws, res, self.object_id(kwargs), self.values(kwargs), self.parent(kwargs))
        rule = WRITES.get(res.kind)
        if rule is not None:
            rule(ws, row, False)
        return self.answer(ws, row)

    def partial_update(self, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
        return self.update(ws, caller, kwargs)


class DestroyMixin(GenericView):
    def destroy(self, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
        assert self.resource is not None
        self.obj(ws, kwargs, write=False)
        self.store.destroy(ws, self.resource, self.object_id(kwargs), self.parent(kwargs))
        return NoContent, self.plan.status


class ActionMixin(GenericView):
    def action(self, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
        """An action with no rule of its own: the object it names (404 if none), answered as it stands."""
        row = None
        if self.resource is not None and self.plan.id_param is not None:
            row = self.obj(ws, kwargs, write=False)
        elif self.resource is not None:
            self.store.check_parents(ws, self.resource, self.parent(kwargs))
        return self.answer(ws, row)

    def read(self, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
        """A read of its own (a report, a preview): a schema-true answer with nothing in it."""
        if self.resource is not None:
            self.store.check_parents(ws, self.resource, self.parent(kwargs))
        return self.answer(ws, None)


class GenericViewSet(ListMixin, CreateMixin, RetrieveMixin, UpdateMixin, DestroyMixin, ActionMixin):
    """Every generic action together (DRF's ``ModelViewSet``)."""


__all__ = ["GenericViewSet", "object_key", "resource_of"]
