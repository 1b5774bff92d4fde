"""The compiled request path: Campfire's operations served without Connexion's per-request machinery.

Built once at start-up from the same spec and the same operation table: one router from the spec's
paths, per-parameter and per-body validators compiled with jsonschema-rs (accepting exactly what the
DRF validators accept, formats included), auth through the same ``Auth``, and handlers called with
the arguments Connexion would pass (snake_case names, typed values, query defaults). Responses are
rendered with orjson.

It serves only requests it can prove valid. Anything else (a missing or rejected key, an unknown or
malformed parameter, a body that is not valid JSON for the schema, an unusual content type, a path
two templates could match) goes down the Connexion path unchanged, so every error keeps exactly the
status and DRF-shaped body it has always had. ``/ui``, ``/openapi.json`` and the control API always
take the Connexion path. ``tests/mock/test_compiled.py`` checks that both paths answer alike.
"""

from __future__ import annotations

import copy
import logging
import re
import typing as t
from dataclasses import dataclass
from urllib.parse import parse_qsl

import orjson
from starlette.types import Scope, Send

from ..errors import DomainError, ServerError
from ..handlers.base import Caller, NoContent
from ..openapi.documents import deref, operations
from ..openapi.drf import parse_json
from ..openapi.json_schema import request_validator
from ..openapi.router import path_parameters, path_pattern, pythonic
from ..operations import OPEN_OPERATIONS, Operation
from .auth import Auth

logger = logging.getLogger("campfire_mock")

JSON_HEADERS = [(b"content-type", b"application/json")]
SERVER_ERROR = orjson.dumps({"detail": "A server error occurred."})
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
        if not self.array and len(raw) != 1 and not self.repeatable:
            raise FallThrough  # Connexion keeps the last of repeated values; let it
        if any(v == "" for v in raw) or (self.nullable and any(v.strip() in ("null", "None") for v in raw)):
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
        argument=pythonic(raw["name"]),
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
    return Route(operation, path_params, query, body, defaults)


class CompiledAPI:
    """Serves the valid requests of the Campfire spec's operations; ``serve`` says whether it did."""

    def __init__(
        self, spec: dict[str, t.Any], built: dict[str, Operation], auth: Auth, *, strict_params: bool = False
    ) -> None:
        resolved = deref(spec)
        self.auth = auth
        #: An unknown query parameter: ignored (DRF), or left to the Connexion path to name in a 400.
        self.strict_params = strict_params
        self.literal: dict[tuple[str, str], Route] = {}
        #: Templated routes by method and number of path segments: a path is tried only against these,
        #: with the names of the template's parameters in the order of the pattern's groups.
        self.templated: dict[tuple[str, int], list[tuple[re.Pattern[str], tuple[str, ...], Route]]] = {}
        for path, method, op in operations(resolved):
            operation = built.get(op["operationId"])
            if operation is None or op["operationId"] in OPEN_OPERATIONS:
                continue
            route = _route(resolved["paths"][path], op, operation)
            if route is None:
                continue
            if "{" in path:
                entry = (path_pattern(path), path_parameters(path), route)
                self.templated.setdefault((method, path.count("/")), []).append(entry)
            else:
                self.literal[(method, path)] = route
        self.paths = {path for _, path in self.literal}
        #: Requests this path answered, and requests it left to Connexion (for tests and benchmarks).
        self.served = 0
        self.passed = 0

    def _match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        route = self.literal.get((method, path))
        if route is not None:
            return route, {}
        if path in self.paths:
            return None  # a literal path with another method: 405 from the Connexion path
        candidates = self.templated.get((method, path.count("/")), ())
        found = [
            (r, dict(zip(names, m.groups(), strict=True)))
            for pattern, names, r in candidates
            if (m := pattern.match(path))
        ]
        return found[0] if len(found) == 1 else None

    async def serve(self, scope: Scope, body: bytes, send: Send) -> bool:
        """Answer the request if it is provably valid; ``False`` leaves it to the Connexion path."""
        matched = self._match(scope["method"], scope["path"])
        if matched is None:
            self.passed += 1
            return False
        route, path_values = matched
        try:
            caller, kwargs = self._prepare(route, scope, path_values, body)
        except FallThrough:
            self.passed += 1
            return False
        self.served += 1
        scope.setdefault("extensions", {})["connexion_routing"] = {"operation_id": route.operation.operation_id}
        try:
            result = route.operation.run(caller, kwargs)
        except DomainError as exc:
            if isinstance(exc, ServerError):
                logger.error("%s %s failed, nothing was changed: %s", scope["method"], scope["path"], exc.cause)
            await _send(send, exc.status, orjson.dumps(exc.body()), JSON_HEADERS)
            return True
        except Exception:
            logger.exception("%s %s crashed", scope["method"], scope["path"])
            await _send(send, 500, SERVER_ERROR, JSON_HEADERS)
            return True
        await _render(send, result)
        return True

    def _prepare(
        self, route: Route, scope: Scope, path_values: dict[str, str], body: bytes
    ) -> tuple[Caller, dict[str, t.Any]]:
        authorization = None
        content_type = ""
        for name, value in scope["headers"]:
            if name == b"authorization":
                authorization = value.decode("latin-1")
            elif name == b"content-type":
                content_type = value.decode("latin-1")
        try:
            info = self.auth.token_info(authorization, scope["method"], route.operation.operation_id)
        except DomainError:
            raise FallThrough from None
        kwargs: dict[str, t.Any] = dict(route.defaults)
        for param in route.path_params:
            kwargs[param.argument] = param.value([path_values[param.name]])
        query_string = scope.get("query_string", b"")
        if query_string:
            given: dict[str, list[str]] = {}
            for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
                given.setdefault(name, []).append(value)
            for name, values in given.items():
                declared = route.query.get(name)
                if declared is None:
                    if self.strict_params:
                        raise FallThrough  # the Connexion path names it in a 400
                    continue
                kwargs[declared.argument] = declared.value(values)
        if any(p.required and p.argument not in kwargs for p in route.query.values()):
            raise FallThrough
        if route.body is not None:
            kwargs["body"] = self._body(route.body, body, content_type)
        elif content_type or body:
            raise FallThrough  # a body (or a declared one) where none is expected
        return Caller(info["sub"], info["role"], scope), kwargs

    @staticmethod
    def _body(spec: Body, raw: bytes, content_type: str) -> t.Any:
        if not raw:
            if spec.required or content_type:
                raise FallThrough
            return copy.deepcopy(spec.default)
        if content_type.split(";", 1)[0].strip().lower() != "application/json":
            raise FallThrough
        try:
            value = parse_json(raw.decode("utf-8"))
        except (DomainError, UnicodeDecodeError):
            raise FallThrough from None
        if value is None or not spec.validator.is_valid(value):
            raise FallThrough
        return value


async def _send(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [*headers, (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _render(send: Send, result: t.Any) -> None:
    """Send a handler's ``body`` / ``(body, status)`` / ``(body, status, headers)`` as Connexion would."""
    body, status, headers = (*result, None)[:3] if isinstance(result, tuple) else (result, 200, None)
    raw_headers = [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in (headers or {}).items()]
    if body is NoContent or body is None:
        await _send(send, status, b"", raw_headers)
        return
    if isinstance(body, bytes):
        payload = body
    elif isinstance(body, str):
        payload = body.encode("utf-8")
    else:
        payload = orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS)
    if not any(k == b"content-type" for k, _ in raw_headers):
        raw_headers = [*JSON_HEADERS, *raw_headers]
    await _send(send, status, payload, raw_headers)
