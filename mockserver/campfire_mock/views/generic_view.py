"""The shared parts of every view (``GenericView``, DRF's ``GenericAPIView``): the plan, the resource, request
reading and response rendering, and the hooks a resource with rules overrides. ``mixins.py`` adds the
actions, ``generic.py`` composes them into ``ResourceView``."""

from __future__ import annotations

import dataclasses
import functools
import typing as t
from urllib.parse import parse_qsl

from ..domain import relations
from ..domain.generic import PARENT, GenericStore, Resource
from ..domain.lineage import makes_cycle
from ..domain.values import object_key
from ..domain.workspace import Workspace
from ..errors import Conflict, JournalEntryPosted, ObjectNotFound, ValidationFailed
from ..openapi.conform import MISSING, Context, conform
from ..openapi.relations import Relations, action_relations, spec_relations, target_of
from ..openapi.resources import Plan, plan
from ..openapi.shapes import read_relations
from .base import NoContent, Services, repeated, request_url
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
        numbered=tuple(
            (n, frozenset(s["items"]["properties"]) & {"created_at", "last_modified_at"})
            for n, s in props.items()
            if not s.get("readOnly")
            and s.get("type") == "array"
            and "id" in (s.get("items") or {}).get("properties", {})
        ),
    )


class GenericView:
    """Shared parts: the plan, the resource, request reading and response rendering, and the hooks a
    resource with rules overrides."""

    #: The collection paths whose list/create/retrieve/update/destroy this class serves; the first is
    #: also where its ``@action`` paths start. The base serves every collection no subclass names.
    collections: t.ClassVar[tuple[str, ...]] = ()

    repeated = staticmethod(repeated)
    url = staticmethod(request_url)

    def __init__(self, plan: Plan, services: Services) -> None:
        self.plan = plan
        self.services = services
        self.store = GenericStore()

    @functools.cached_property
    def resource(self) -> Resource | None:
        found = resource_of(self.plan)
        if found is None:
            return None
        links = self.links
        return dataclasses.replace(found, soft=found.kind in links.soft, permanent=found.kind in links.permanent)

    @functools.cached_property
    def links(self) -> Relations:
        """Which fields of every stored kind name other objects (read from the spec once)."""
        resolver = self.plan.resolver
        return spec_relations(resolver, lambda: plan(resolver.spec).values())

    @functools.cached_property
    def relations(self) -> frozenset[str]:
        """Request fields that take an id as an integer or a numeric string."""
        request_props: dict[str, t.Any] = (self.plan.request or {}).get("properties", {})
        return frozenset(
            n for n, s in request_props.items() if any(b.get("type") == "integer" for b in s.get("anyOf", ()))
        )

    #: Read-only fields of a written line that the write reads on purpose: an item's ``id`` (an item sent back
    #: keeps its id) and ``tags`` (tags written as objects name their tags).
    nested_read_back: t.ClassVar[frozenset[str]] = frozenset({"id", "tags"})

    @functools.cached_property
    def nested_read_only(self) -> dict[str, frozenset[str]]:
        """Per list-of-objects field of the request: its items' read-only fields that the write never reads,
        which DRF ignores in a nested write (a bundle line's ``product_name``), so they are never stored."""
        out: dict[str, frozenset[str]] = {}
        keep = self.nested_read_back
        for name, sub in (self.plan.request or {}).get("properties", {}).items():
            items = sub.get("items") if isinstance(sub, dict) else None
            props = items.get("properties") if isinstance(items, dict) else None
            read_only = frozenset(
                k for k, s in (props or {}).items() if k not in keep and isinstance(s, dict) and s.get("readOnly")
            )
            if read_only:
                out[name] = read_only
        return out

    # ------------------------------------------------------------ hooks

    @functools.cached_property
    def scoped(self) -> bool:
        """Whether ``visible`` is overridden (lists of every other kind skip the check)."""
        return type(self).visible is not GenericView.visible

    def visible(self, row: Body) -> bool:
        """Whether this collection shows a stored object of its kind (all of them, unless overridden)."""
        return True

    def posted(self, ws: Workspace) -> list[Body]:
        """Objects of this kind derived from others, listed and retrieved beside the stored ones and
        refused to writes (none, unless overridden)."""
        return []

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        """Fields computed from other objects, added to ``row`` as ``schema_name`` renders it."""
        return {}

    def perform_create(self, ws: Workspace, row: Body) -> None:
        """What a create adds to the stored object (after the generic store made it)."""

    def perform_update(self, ws: Workspace, row: Body) -> None:
        """What an update adds to the stored object (after the generic store merged it)."""

    def check_destroy(self, ws: Workspace, key: t.Any) -> None:
        """A refusal (``DomainError``) if the object ``key`` names may not be deleted."""

    def check_references(self, ws: Workspace, values: Body) -> None:
        """A 400 naming each relation in a create's or update's ``values`` that names no live object, as
        DRF's ``PrimaryKeyRelatedField`` answers."""
        errors = self.invalid_references(ws, values)
        if errors:
            raise ValidationFailed(errors)

    def invalid_references(self, ws: Workspace, values: Body) -> dict[str, t.Any]:
        """The field errors of each relation in a create's or update's ``values`` naming no live object."""
        kind = self.plan.kind
        if kind is None:
            return {}
        return relations.invalid_references(ws, self.links.fields.get(kind, {}), self.links.written(kind), values)

    def reference_errors(self, ws: Workspace, kwargs: dict[str, t.Any]) -> dict[str, t.Any]:
        """The relations' field errors of this operation's body, for a body whose other fields failed their
        checks (``Operation.run`` merges them into one 400, as DRF's ``Serializer.to_internal_value`` runs
        every field, ``PrimaryKeyRelatedField`` included, before it reports): a create's or update's relations,
        an action's. The body holds only the fields that passed."""
        action = self.plan.action
        if action in ("create", "update", "partial_update"):
            return self.invalid_references(ws, {**self.values(kwargs), **self.parent_values(kwargs)})
        body = kwargs.get("body")
        if action == "action" and isinstance(body, dict) and self.action_links:
            return relations.invalid_references(ws, self.action_links, {}, body)
        return {}

    def check_parent(self, ws: Workspace, key: t.Any, values: Body) -> None:
        """A 400 under ``parent`` when an update would make the object its own parent or put it below one of
        its descendants (departments, tags, accounts, entities, clients and vendors nest so): the hierarchy
        stays a tree, as the lineages read from it need."""
        kind, found = self.plan.kind, object_key(key)
        parent = object_key(values.get("parent"))
        if kind is None or found is None or parent is None or self.links.fields.get(kind, {}).get("parent") != kind:
            return
        if makes_cycle(ws, kind, found, parent):
            label = self.resource.label if self.resource is not None else "object"
            own = parent == found
            message = (
                f"This {label} may not be its own parent."
                if own
                else (f"This {label} may not be made a child of one of its descendants ({label} {parent} is below it).")
            )
            raise ValidationFailed.field("parent", message)

    @functools.cached_property
    def action_links(self) -> dict[str, str]:
        """The fields of this action's body that name an object (``openapi.relations.action_relations``)."""
        return action_relations(self.plan, self.links.kinds)

    def check_action_references(self, ws: Workspace, kwargs: dict[str, t.Any]) -> None:
        """A 400 naming each relation in an action's body that names no live object (DRF's ``Invalid pk``), so
        that an action never answers as if it used an object that does not exist."""
        body = kwargs.get("body")
        if not isinstance(body, dict) or not self.action_links:
            return
        errors = relations.invalid_references(ws, self.action_links, {}, body)
        if errors:
            raise ValidationFailed(errors)

    def keep_references(self, ws: Workspace, key: t.Any, query: dict[str, t.Any]) -> None:
        """Before a delete: move what refers to the object to the one a ``new_<name>`` parameter names
        (as upstream documents for departments, tags, vendors and bank accounts), then refuse (409,
        naming them) if anything live still refers to it."""
        kind, found = self.plan.kind, object_key(key)
        if kind is None or found is None:
            return
        links = self.links.referring(kind)
        for name, value in query.items():
            if not name.startswith("new_") or value is None:
                continue
            new = object_key(value)
            if new is None or new == found or not relations.exists(ws, kind, new):
                shown = value if new is None else new
                message = "The object being deleted cannot take its own references." if new == found else None
                raise ValidationFailed.field(name, message or relations.INVALID_PK.format(shown))
            relations.reassign(ws, links, kind, found, new)
        using = relations.referrers(ws, links, kind, found)
        if using:
            label = self.resource.label if self.resource is not None else kind
            raise Conflict(relations.refusal(label, found, using))

    # ------------------------------------------------------------ objects

    def obj(self, ws: Workspace, kwargs: dict[str, t.Any], *, write: bool) -> Body:
        """The object the path names (404 if there is none, or this collection does not show it;
        409 for a write to a posted one)."""
        assert self.resource is not None
        key = object_key(self.object_id(kwargs))
        if key is not None and key not in ws.table(self.resource.kind):
            posted = next((r for r in self.posted(ws) if r["id"] == key), None)
            if posted is not None:
                if self.plan.method != "GET":
                    raise JournalEntryPosted(key, posted.get("source"), posted.get("source_id"))
                return posted
        row = self.store.get(ws, self.resource, self.object_id(kwargs), self.parent(kwargs), write=write)
        if self.scoped and not self.visible(row):
            raise ObjectNotFound(self.resource.label, self.object_id(kwargs))
        return row

    # ------------------------------------------------------------ request

    def parent(self, kwargs: dict[str, t.Any]) -> dict[str, t.Any]:
        return {name: kwargs.get(self.plan.path_args[name]) for name, _ in self.plan.parents}

    def parent_values(self, kwargs: dict[str, t.Any]) -> Body:
        """The parents' own fields as the path sets them (``contract`` from ``contract_id``), which win
        over the body's."""
        fields = self.resource.fields if self.resource is not None else frozenset()
        out = {relations.parent_field(name): object_key(v) for name, v in self.parent(kwargs).items()}
        return {k: v for k, v in out.items() if k in fields}

    def path_value(self, kwargs: dict[str, t.Any], name: str) -> t.Any:
        """The value of the path parameter ``name``."""
        return kwargs.get(self.plan.path_args[name])

    def object_id(self, kwargs: dict[str, t.Any]) -> t.Any:
        assert self.plan.id_param is not None
        return kwargs.get(self.plan.path_args[self.plan.id_param])

    def query(self, kwargs: dict[str, t.Any]) -> dict[str, t.Any]:
        """The query parameters given, by their own names."""
        return {name: kwargs[arg] for arg, name in self.plan.query.items() if arg in kwargs}

    #: Filters a list's description documents that upstream declares no parameter for (read from the query
    #: string as sent, the last value of each): a bill draft list's ``status`` and ``source``.
    documented_filters: t.ClassVar[tuple[str, ...]] = ()

    def documented(self, caller: t.Any) -> dict[str, t.Any]:
        """The ``documented_filters`` the request sends."""
        if not self.documented_filters:
            return {}
        raw = bytes(caller.scope.get("query_string", b"")).decode("latin-1")
        return {k: v for k, v in parse_qsl(raw, keep_blank_values=True) if k in self.documented_filters}

    def values(self, kwargs: dict[str, t.Any]) -> Body:
        """The request body's writable fields, relation ids read as DRF reads them."""
        body = kwargs.get("body")
        if not isinstance(body, dict):
            return {}
        nested = self.nested_read_only
        for name in nested.keys() & body.keys() if nested else ():
            if isinstance(body[name], list):
                drop = nested[name]
                kept = [{k: v for k, v in i.items() if k not in drop} if isinstance(i, dict) else i for i in body[name]]
                body = {**body, name: kept}
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
        for param, key in (row.get(PARENT) or {}).items():  # a child shows its parent's id: the path's
            field = relations.parent_field(param)
            if field and key is not None:
                values[field] = key
        values.update(self.related(ws, values, schema))
        if name is not None:
            extra = self.derived(ws, row, name)
            values.update(extra)
            if extra:  # a relation the hook supplied (a prepaid commit's contract's entity) tells its names too
                told = self.related(ws, values, schema, only=self._supplied(row, extra))
                values.update({k: v for k, v in told.items() if values.get(k) in (None, "")})
        return self.conformed(ws, values, schema)

    def _supplied(self, row: Body, extra: Body) -> frozenset[str]:
        """The relations among ``extra`` (what ``derived`` answered) that the stored ``row`` did not hold."""
        fields = self.links.fields.get(self.plan.kind or "", {})
        return frozenset(k for k, v in extra.items() if k in fields and v is not None and row.get(k) != v)

    def related(
        self, ws: Workspace, values: Body, schema: dict[str, t.Any], only: frozenset[str] | None = None
    ) -> Body:
        """What the object's relations tell of the fields it lacks: ``entity_name`` is the name of the
        entity its ``entity`` names, ``account_number`` that account's number, ``currency`` its entity's
        (DRF's ``source="entity.name"`` fields); null stays null where nothing is named. ``only``: just the
        fields of these relations (``entity`` -> ``entity_*``), not the written lines'."""
        kinds, own = self.links.kinds, self.plan.kind or ""

        def target(field: str) -> str | None:
            return target_of(field, kinds, own)

        props = schema.get("properties", {})
        if only is not None:
            if not only:
                return {}
            told = [p for p in props if any(p.startswith(f"{field}_") for field in only)]
            rest = {k: v for k, v in values.items() if k not in told}
            return relations.related_values(ws, rest, told, target, self.links.answered)
        found = relations.related_values(ws, values, props, target, self.links.answered)
        for name, prop in props.items():  # a written line's names too (a cost allocation line's account_name)
            items, shape = values.get(name), (prop.get("items") or {}) if isinstance(prop, dict) else {}
            if isinstance(items, list) and isinstance(shape.get("properties"), dict):
                found[name] = [
                    {**item, **relations.related_values(ws, item, shape["properties"], target, self.links.answered)}
                    if isinstance(item, dict)
                    else item
                    for item in items
                ]
        return found

    def conformed(self, ws: Workspace, values: Body, schema: dict[str, t.Any]) -> t.Any:
        """``values`` in ``schema``'s shape, schema-true defaults for what they lack."""
        ctx = Context(ws.clock.now(), f"{ws.customer}:{self.plan.kind}:{values.get('id')}", {"customer": ws.customer})
        return conform(schema, values, ctx)

    def answer(self, ws: Workspace, row: Body | None) -> Result:
        """The declared success answer: the object, a schema-true body, or no content."""
        plan = self.plan
        if plan.response is None:
            return NoContent, plan.status
        if row is not None and plan.response_name is not None and plan.response_name == plan.item_name:
            return self.render(ws, row, plan.response, plan.response_name), plan.status
        ctx = Context(ws.clock.now(), f"{ws.customer}:{plan.operation_id}", {"customer": ws.customer})
        return conform(plan.response, row if row is not None else MISSING, ctx), plan.status


__all__ = ["Body", "GenericView", "Result", "resource_of"]
