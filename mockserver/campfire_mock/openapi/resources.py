"""Every operation of the spec read as Django REST Framework would route it.

Campfire's schema is drf-spectacular's, so its paths follow DRF's router: a collection path
(``/ca/api/account``) lists on GET and creates on POST; its item path (``/ca/api/account/{id}``)
retrieves, updates, partially updates and destroys; any other segment after an item is an action
(``/coa/api/v1/credit-memo/{credit_memo_id}/void/``) and any other path is a read or an action of its
own (``/ca/api/get_balance_sheet``, ``/coa/api/vendor/bulk-search``). ``plan`` reads that once per
operation: which stored kind it touches, which path parameters name the object and its parents, and
the request and response schemas. The views (``views/generic.py``, ``views/registry.py``) serve from it.

A *kind* is the collection's path template without its trailing slash (``/ca/api/account``), except
the kinds the mock already kept before it served the whole API (``wire.STORED_KINDS``).
"""

from __future__ import annotations

import functools
import typing as t
from dataclasses import dataclass, field

from ..wire import STORED_KINDS
from .documents import Dereferencer, Spec, dereferencer, operations
from .router import argument_name

#: The DRF action of each method on an item path.
ITEM_ACTIONS = {"GET": "retrieve", "PUT": "update", "PATCH": "partial_update", "DELETE": "destroy"}
#: Query parameters that page, order or search rather than name a field.
CONTROL_PARAMS = frozenset({"limit", "offset", "cursor", "page", "page_size", "ordering", "sort", "q", "search"})
#: The minimal record a list answers for a deleted object (``include_deleted=true``).
DELETED_RECORD = "#/components/schemas/DeletedRecord"


@dataclass(frozen=True)
class Plan:
    """How the views serve one operation."""

    operation_id: str
    method: str
    path: str
    #: ``list``, ``create``, ``retrieve``, ``update``, ``partial_update``, ``destroy``, ``action`` or ``read``.
    action: str
    #: The stored kind the operation touches (``None`` for a read of its own, such as a report).
    kind: str | None
    #: The collection path of that kind as this operation reaches it (``/rr/api/v1/customers``).
    collection: str | None
    #: The path parameter naming the object (item operations and actions on an item).
    id_param: str | None
    #: Path parameters naming parent objects, with the parents' kinds (nested resources).
    parents: tuple[tuple[str, str], ...]
    #: The first declared success status, and its JSON schema (as written), if any.
    status: int
    raw_response: dict[str, t.Any] | None
    #: The ``$ref`` name of the response schema (``ChartAccount``), if it is one.
    response_name: str | None
    #: The JSON request body schema (as written), if any.
    raw_request: dict[str, t.Any] | None
    #: The name of the schema of one stored object of ``kind`` (from its item or list operations).
    item_name: str | None
    #: Resolves the schemas above on first use (start-up resolves none of them).
    resolver: Dereferencer
    #: Query parameters: Connexion's argument name -> the parameter's own name.
    query: dict[str, str] = field(default_factory=dict)
    #: Path parameters: the parameter's own name -> Connexion's argument name.
    path_args: dict[str, str] = field(default_factory=dict)
    #: A list whose items may be ``DeletedRecord``s: its ``include_deleted=true`` lists only deleted
    #: records, each as its minimal record (upstream's description of the parameter).
    lists_deleted: bool = False

    @functools.cached_property
    def response(self) -> dict[str, t.Any] | None:
        """The success response's JSON schema, resolved."""
        return _resolve(self.raw_response, self.resolver)

    @functools.cached_property
    def request(self) -> dict[str, t.Any] | None:
        """The JSON request body schema, resolved."""
        return _resolve(self.raw_request, self.resolver)

    @functools.cached_property
    def item(self) -> dict[str, t.Any] | None:
        """The schema of one stored object of ``kind``, resolved."""
        return self.resolver.schema(self.item_name) if self.item_name else None

    @property
    def lists_envelope(self) -> bool:
        """The list answers DRF's ``{count, next, previous, results}`` (else a plain array)."""
        return bool(self.response) and "results" in (self.response or {}).get("properties", {})


def _strip(path: str) -> str:
    return path.rstrip("/") or "/"


def _segments(path: str) -> list[str]:
    return [s for s in _strip(path).split("/") if s]


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _success(op: dict[str, t.Any]) -> tuple[int, dict[str, t.Any] | None, str | None]:
    for status, response in sorted(op.get("responses", {}).items()):
        if str(status).startswith("2"):
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            name = schema["$ref"].rsplit("/", 1)[-1] if isinstance(schema, dict) and "$ref" in schema else None
            return int(status), schema, name
    return 200, None, None


def _list_item(schema: dict[str, t.Any] | None, names: dict[str, t.Any]) -> tuple[dict[str, t.Any] | None, str | None]:
    """The item schema of a list response (envelope ``results`` or a plain array), with its name."""
    if not schema:
        return None, None
    raw = schema
    if "$ref" in raw:
        raw = names.get(raw["$ref"].rsplit("/", 1)[-1], {})
    if "results" in raw.get("properties", {}):
        raw = raw["properties"]["results"]
    if raw.get("type") != "array":
        return None, None
    items = live_item(raw.get("items", {}))
    return items, items["$ref"].rsplit("/", 1)[-1] if "$ref" in items else None


def live_item(items: dict[str, t.Any]) -> dict[str, t.Any]:
    """A list's item schema for a live object: of ``anyOf [<object>, DeletedRecord]`` the object's branch."""
    if "anyOf" in items:
        return next((b for b in items["anyOf"] if b.get("$ref") != DELETED_RECORD), items)
    return items


def _lists_deleted(schema: dict[str, t.Any] | None, names: dict[str, t.Any]) -> bool:
    """Whether a list response's items may be deleted records (``anyOf: [<Item>, DeletedRecord]``)."""
    raw = schema or {}
    if "$ref" in raw:
        raw = names.get(raw["$ref"].rsplit("/", 1)[-1], {})
    raw = raw.get("properties", {}).get("results", raw)
    return any(b.get("$ref") == DELETED_RECORD for b in raw.get("items", {}).get("anyOf", ()))


def kind_of(collection: str) -> str:
    """The stored kind of a collection path (``STORED_KINDS`` or the template itself)."""
    return STORED_KINDS.get(_strip(collection), _strip(collection))


def plan(spec: Spec, pythonic: t.Callable[[str], str] = argument_name) -> dict[str, Plan]:
    """A ``Plan`` for every operation of ``spec`` (``pythonic`` names parameters as Connexion does)."""
    resolver = dereferencer(spec)
    schemas = spec["components"]["schemas"]
    ops = list(operations(spec))
    # Collections: every path whose child is a parameter, and every path a GET lists.
    collections: dict[str, str | None] = {}  # collection path -> item schema name
    for path, method, op in ops:
        segs = _segments(path)
        if segs and _is_param(segs[-1]) and method == "GET":
            collections.setdefault("/" + "/".join(segs[:-1]), _success(op)[2])
    for path, method, op in ops:
        if method == "GET":
            _, name = _list_item(_success(op)[1], schemas)
            segs = _segments(path)
            if name and not (segs and _is_param(segs[-1])):
                listed = "/" + "/".join(segs)
                if collections.get(listed) is None:
                    collections[listed] = name
    for path, method, op in ops:  # collections with only a create (and no list of their own)
        segs = _segments(path)
        status, _, name = _success(op)
        # ... whose answer is an object with an id: a 201 reporting what an action made is not one
        keyed = name is not None and "id" in schemas.get(name, {}).get("properties", {})
        if method == "POST" and status == 201 and keyed and not (segs and _is_param(segs[-1])):
            collections.setdefault("/" + "/".join(segs), name)

    plans: dict[str, Plan] = {}
    for path, method, op in ops:
        segs = _segments(path)
        params = [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]
        query = {pythonic(p["name"]): p["name"] for p in params if p.get("in") == "query"}
        path_args = {p["name"]: pythonic(p["name"]) for p in params if p.get("in") == "path"}
        status, response, response_name = _success(op)
        request = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        # Path parameters, each with the collection it indexes.
        indexed: list[tuple[str, str]] = []
        for i, seg in enumerate(segs):
            if _is_param(seg):
                indexed.append((seg[1:-1], "/" + "/".join(segs[:i])))
        collection_path = "/" + "/".join(segs)
        id_param: str | None
        collection: str | None
        if segs and _is_param(segs[-1]):
            action, id_param, collection = ITEM_ACTIONS.get(method, "action"), indexed[-1][0], indexed[-1][1]
            parents = indexed[:-1]
            if collection not in collections:
                action, id_param, collection = "action", None, None
        elif collection_path in collections and method in ("GET", "POST"):
            action = "list" if method == "GET" else "create"
            if method == "GET" and _list_item(response, schemas)[0] is None:
                action = "read"
            if method == "POST" and response_name != collections[collection_path] and status != 201:
                action = "action"
            id_param, collection, parents = None, collection_path, indexed
        elif indexed:
            action, id_param, collection = "action", indexed[-1][0], indexed[-1][1]
            parents = indexed[:-1]
            if collection not in collections:  # the parameter names nothing the API lists
                id_param, collection = None, None
        else:
            action = "read" if method == "GET" else "action"
            id_param, collection, parents = None, None, []
            if method in ("PUT", "PATCH"):  # a singleton of settings: one stored object
                action, collection = ("update" if method == "PUT" else "partial_update"), collection_path
            elif method == "GET" and any(
                m in ("PUT", "PATCH") for p, m, _ in ops if p == path
            ):  # its GET reads the stored singleton
                action, collection = "retrieve", collection_path
        item_name = collections.get(collection) if collection else None
        if item_name is None and collection is not None and action in ITEM_ACTIONS.values():
            item_name = response_name
        if item_name is not None and item_name not in schemas:
            item_name = None
        plans[op["operationId"]] = Plan(
            operation_id=op["operationId"],
            method=method,
            path=path,
            action=action,
            kind=kind_of(collection) if collection else None,
            collection=_strip(collection) if collection else None,
            id_param=id_param,
            parents=tuple((name, kind_of(c)) for name, c in parents if c in collections),
            status=status,
            raw_response=response,
            response_name=response_name,
            raw_request=request,
            resolver=resolver,
            item_name=item_name,
            query=query,
            path_args=path_args,
            lists_deleted=method == "GET" and _lists_deleted(response, schemas),
        )
    return plans


def _resolve(schema: dict[str, t.Any] | None, resolver: t.Any) -> dict[str, t.Any] | None:
    return None if schema is None else t.cast(dict[str, t.Any], resolver.walk(schema))


__all__ = ["CONTROL_PARAMS", "Plan", "kind_of", "live_item", "plan"]
