"""The compiled request path: Campfire's operations served without Connexion's per-request machinery.

Built once at start-up from the same spec and the same operation table: one router from the spec's
paths, per-parameter and per-body validators compiled with jsonschema-rs (accepting exactly what the
DRF validators accept, formats included), the ``Caller`` the front identified, and handlers called with
the arguments Connexion would pass (snake_case names, typed values, query defaults). Answers are
the ``Reply`` each operation encodes inside its transaction, sent by ``respond``.

It serves only requests it can prove valid. Anything else (a missing or rejected key, an unknown or
malformed parameter, a body that is not valid JSON for the schema, an unusual content type, a path
two templates could match) goes down the Connexion path unchanged, so every error keeps exactly the
status and DRF-shaped body it has always had. ``/ui``, ``/openapi.json`` and the control API always
take the Connexion path. ``tests/mock/test_compiled.py`` checks that both paths answer alike.
"""

from __future__ import annotations

import copy
import typing as t
from dataclasses import dataclass

from starlette.types import Scope

from ..errors import DomainError
from ..limits import DEFAULT_LIMIT
from ..openapi.documents import dereferencer, operations
from ..openapi.json_schema import request_validator
from ..openapi.router import OperationIndex, argument_name
from ..operations import OPEN_OPERATIONS, Caller, Operation, Reply
from .admission import NOT_JSON, Admission, RequestBody
from .respond import crash_reply, error_reply
from .turn_writes import send_held

#: What a resource's ``quick`` route does (``Route.quick``), by its view method's name.
QUICK_ACTIONS = frozenset({"create", "retrieve", "update", "partial_update", "destroy", "list"})
#: A body larger than this may take long to check and store: what the server holds is sent first.
QUICK_BODY_BYTES = 65_536

#: How JSON writes a NUL character (a raw one is no JSON): a body holding it is for the Connexion path to check.
NUL_ESCAPE = b"\\u0000"
_TRUE_FALSE = {"true": True, "false": False}


class FallThrough(Exception):
    """This request is not provably valid: let the Connexion path answer it."""


def _boolean(text: str) -> bool:
    value = _TRUE_FALSE.get(text.lower())
    if value is None:
        raise ValueError(text)
    return value


CASTS: dict[str, t.Callable[[str], t.Any]] = {"integer": int, "number": float, "string": str, "boolean": _boolean}


@dataclass(frozen=True)
class Param:
    """One query or path parameter: how to cast it, check it and name it for the handler."""

    name: str
    argument: str
    cast: t.Callable[[str], t.Any]
    array: bool
    #: A scalar the spec lets repeat (``explode: true``): each value is checked, the handler reads them all.
    repeatable: bool
    nullable: bool
    validator: t.Any
    required: bool
    default: t.Any = None
    has_default: bool = False

    def value(self, raw: list[str]) -> t.Any:
        if len(raw) == 1 and not self.array:  # the usual case, without the generators below
            text = raw[0]
            # An empty string is a string (``cursor=`` starts cursor paging), checked by the validator as
            # Connexion checks it; an empty number or boolean is Connexion's to refuse.
            if (text == "" and self.cast is not str) or (self.nullable and text.strip() in ("null", "None")):
                raise FallThrough
            try:
                one = self.cast(text)
            except (TypeError, ValueError):
                raise FallThrough from None
            if not self.validator.is_valid(one):
                raise FallThrough
            return one
        if not self.array and len(raw) != 1 and not self.repeatable:
            raise FallThrough  # Connexion keeps the last of repeated values; let it
        # An empty string is a string (``cursor=`` starts cursor paging), checked by the validator as
        # Connexion checks it; an empty number, boolean or array item is Connexion's to refuse.
        empty = any(v == "" for v in raw) and (self.array or self.cast is not str)
        if empty or (self.nullable and any(v.strip() in ("null", "None") for v in raw)):
            raise FallThrough
        try:
            values = [self.cast(v) for v in raw]
        except (TypeError, ValueError):
            raise FallThrough from None
        if self.array:
            values = [values]
        if not all(self.validator.is_valid(value) for value in values):
            raise FallThrough
        return values[-1]  # of a repeated scalar, the last, as Connexion passes it


@dataclass(frozen=True)
class Body:
    required: bool
    validator: t.Any
    default: t.Any


@dataclass(frozen=True)
class Route:
    operation: Operation
    path_params: list[Param]
    query: dict[str, Param]
    body: Body | None
    #: Query parameters' defaults, by handler argument.
    defaults: dict[str, t.Any]
    #: The query parameters a request must give.
    required: tuple[Param, ...] = ()
    #: A resource's own create, read, update, delete or list, whose work one object or one page bounds: its
    #: answer may leave with the turn's others; before any other, what the server holds is sent
    #: (``turn_writes.send_held``).
    quick: bool = False


def _param(raw: dict[str, t.Any]) -> Param | None:
    schema = raw.get("schema", {})
    kind = schema.get("type")
    array = kind == "array"
    item_kind = schema.get("items", {}).get("type") if array else kind
    if item_kind not in CASTS or raw.get("style", "form" if raw["in"] == "query" else "simple") not in (
        "form",
        "simple",
    ):
        return None
    if array and (raw["in"] != "query" or raw.get("explode", True) is not True):
        return None
    validator = request_validator(schema)
    if validator is None:
        return None
    has_default = "default" in raw or "default" in schema
    return Param(
        name=raw["name"],
        argument=argument_name(raw["name"]),
        cast=CASTS[item_kind],
        array=array,
        repeatable=not array and raw["in"] == "query" and raw.get("explode") is True,
        nullable=bool(schema.get("nullable")),
        validator=validator,
        required=bool(raw.get("required")),
        default=raw.get("default", schema.get("default")),
        has_default=has_default,
    )


def _route(path_item: dict[str, t.Any], op: dict[str, t.Any], operation: Operation) -> Route | None:
    merged = {(p["in"], p["name"]): p for p in [*path_item.get("parameters", []), *op.get("parameters", [])]}
    path_params: list[Param] = []
    query: dict[str, Param] = {}
    for (where, _), raw in merged.items():
        if where not in ("path", "query"):
            return None  # header and cookie parameters: the Connexion path
        param = _param(raw)
        if param is None:
            return None
        if where == "path":
            path_params.append(param)
        else:
            query[param.name] = param
    body = None
    request_body = op.get("requestBody")
    if request_body is not None:
        schema = request_body.get("content", {}).get("application/json", {}).get("schema")
        validator = request_validator(schema) if schema is not None else None
        if validator is None:
            return None
        body = Body(bool(request_body.get("required")), validator, schema.get("default", {}))
    defaults = {p.argument: p.default for p in query.values() if p.has_default}
    required = tuple(p for p in query.values() if p.required)
    quick = getattr(operation.method, "__name__", None) in QUICK_ACTIONS
    return Route(operation, path_params, query, body, defaults, required, quick)


class CompiledAPI:
    """Serves the valid requests of the Campfire spec's operations; ``answer`` gives the answer, or ``None``."""

    def __init__(
        self,
        spec: dict[str, t.Any],
        built: dict[str, Operation],
        index: OperationIndex,
        *,
        strict_params: bool = False,
    ) -> None:
        self._resolver = dereferencer(spec)
        #: The one path index (``openapi.router``): method and path to operationId and path parameters.
        self.index = index
        #: An unknown query parameter: ignored (DRF), or left to the Connexion path to name in a 400.
        self.strict_params = strict_params
        #: The operations this path can serve, by operationId.
        self.routes: dict[str, Route] = {}
        #: Operations not compiled yet (each is, on its first request: start-up compiles none of them),
        #: with their path items; a compiled one moves to ``routes``, one that cannot be to ``unservable``.
        self._pending: dict[str, tuple[dict[str, t.Any], dict[str, t.Any], Operation]] = {}
        self.unservable: set[str] = set()
        for path, _, op in operations(spec):
            operation = built.get(op["operationId"])
            if operation is None or op["operationId"] in OPEN_OPERATIONS:
                continue
            self._pending[op["operationId"]] = (spec["paths"][path], op, operation)
        #: Requests this path answered, and requests it left to Connexion (for tests and benchmarks).
        self.served = 0
        self.passed = 0

    def route(self, operation_id: str) -> Route | None:
        """The compiled route of an operation (compiled on first use), or ``None`` if this path cannot serve it."""
        found = self.routes.get(operation_id)
        if found is not None or operation_id in self.unservable:
            return found
        pending = self._pending.pop(operation_id, None)
        if pending is None:
            return None
        item, op, operation = pending
        found = _route(
            self._resolver.walk({"parameters": item.get("parameters", [])}), self._resolver.walk(op), operation
        )
        if found is None:
            self.unservable.add(operation_id)
        else:
            self.routes[operation_id] = found
        return found

    def answer(self, admission: Admission, scope: Scope) -> Reply | None:
        """The request's answer if it is provably valid (the front sends it); ``None`` leaves it to the
        Connexion path. The route, the caller and the body's JSON come from the front's ``admission``:
        nothing is matched, read or parsed again."""
        operation_id = admission.operation_id
        route = None if operation_id is None else self.route(operation_id)
        if route is None:
            self.passed += 1
            return None
        try:
            caller, kwargs = self._prepare(route, scope, admission)
        except FallThrough:
            self.passed += 1
            return None
        self.served += 1
        size = len(admission.body.raw)
        limit = kwargs.get("limit")
        if not route.quick or size > QUICK_BODY_BYTES or (type(limit) is int and limit > DEFAULT_LIMIT):
            send_held()  # (what may run long does not hold up the answers already made)
        try:
            return route.operation.run(caller, kwargs, size, None, admission.idempotency_key)
        except DomainError as exc:
            return error_reply(exc, scope["method"], scope["path"])
        except Exception:
            return crash_reply(scope["method"], scope["path"])

    def _prepare(self, route: Route, scope: Scope, admission: Admission) -> tuple[Caller, dict[str, t.Any]]:
        caller = admission.caller
        if not isinstance(caller, Caller):
            raise FallThrough  # no valid key: the Connexion path answers the 401
        try:
            caller.authorize(scope["method"], route.operation.operation_id)
        except DomainError:
            raise FallThrough from None
        kwargs: dict[str, t.Any] = dict(route.defaults) if route.defaults else {}
        for param in route.path_params:
            kwargs[param.argument] = param.value([admission.path_values[param.name]])
        if admission.query:  # (the raw query as received) parsed once per request: a view reading it reads the same
            pairs = caller.query()
            given: dict[str, list[str]] = {}
            for name, value in pairs:
                given.setdefault(name, []).append(value)
            for name, values in given.items():
                declared = route.query.get(name)
                if declared is None:
                    if self.strict_params:
                        raise FallThrough  # the Connexion path names it in a 400
                    continue
                kwargs[declared.argument] = declared.value(values)
        if route.required and any(p.argument not in kwargs for p in route.required):
            raise FallThrough
        content_type = admission.content_type
        if route.body is not None:
            kwargs["body"] = self._body(route.body, admission.body, content_type)
        elif content_type or admission.body.raw:
            raise FallThrough  # a body (or a declared one) where none is expected
        return caller, kwargs

    @staticmethod
    def _body(spec: Body, body: RequestBody, content_type: str) -> t.Any:
        if not body.raw:
            if spec.required or content_type:
                raise FallThrough
            return copy.deepcopy(spec.default)
        if content_type != "application/json" and content_type.split(";", 1)[0].strip().lower() != "application/json":
            raise FallThrough
        # Text with a NUL character, which a text field refuses (``drf.NULL_CHARACTERS``), is for the checked path;
        # a body with no escape at all is told by one memchr (a 70 kB body: 1 us, the substring search 150 us).
        raw = body.raw
        if b"\\" in raw and NUL_ESCAPE in raw:
            raise FallThrough
        value = body.json()  # parsed once per request (the request log and stubs read the same)
        if value is NOT_JSON or value is None or not spec.validator.is_valid(value):
            raise FallThrough
        return value
