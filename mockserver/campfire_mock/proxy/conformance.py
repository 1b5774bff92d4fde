"""Does one exchange follow the vendored spec? The mock's own checks, applied to traffic it did not make.

Routing is ``OperationIndex`` (a path is also tried with its trailing slash toggled, as DRF's router
answers both); request bodies are checked by ``DRFRequestValidator`` (read-only fields ignored, as
DRF does), parameters by the same validator after the cast Connexion makes, and responses by the
mock's ``ResponseChecker``. Nothing here knows about sockets: each check returns ``Violation``s.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from urllib.parse import parse_qsl

import orjson
from jsonschema import ValidationError

from ..errors import DomainError, ServerError, ValidationFailed
from ..openapi.documents import deref, operations
from ..openapi.drf import DRFRequestValidator, drf_message
from ..openapi.json_parse import parse_json
from ..openapi.json_schema import FORMAT_CHECKER
from ..openapi.responses import ResponseChecker
from ..openapi.router import OperationIndex, path_parameters, path_pattern

#: Most violations reported for one request or one response (the first ones found).
MAX_VIOLATIONS = 20
_CASTS: dict[str, t.Callable[[str], t.Any]] = {"integer": int, "number": float}
_BOOLEANS = {"true": True, "false": False}


@dataclass(frozen=True)
class Violation:
    """One way an exchange breaks the spec: which operation, where (request/response and the part), what."""

    operation: str
    where: str
    what: str

    def line(self, method: str, path: str) -> str:
        """The log line: ``violation <operation> <METHOD> <path> <where>: <what>`` (never a header value)."""
        return f"violation {self.operation} {method} {path} {self.where}: {self.what}"


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    template: str
    parameters: tuple[dict[str, t.Any], ...]
    body: dict[str, t.Any] | None
    secured: bool


def _cast(schema: dict[str, t.Any], raw: str) -> t.Any:
    """A parameter's text as the type its schema names (unchanged if it is not one: the check says so)."""
    kind = schema.get("type")
    if kind == "boolean":
        return _BOOLEANS.get(raw.lower(), raw)
    cast = _CASTS.get(str(kind))
    if cast is None:
        return raw
    try:
        return cast(raw)
    except ValueError:
        return raw


class Conformance:
    """The request and response checks of every operation of one spec."""

    #: Where an exchange matched no operation of the spec.
    UNKNOWN = "(no operation)"

    def __init__(self, spec: dict[str, t.Any]) -> None:
        resolved = deref(spec)
        self.index = OperationIndex(spec)
        self.responses = ResponseChecker(spec)
        default_security = bool(resolved.get("security"))
        self._operations: dict[str, _Operation] = {}
        for path, _, op in operations(resolved):
            item = resolved["paths"][path]
            merged = {(p["in"], p["name"]): p for p in [*item.get("parameters", []), *op.get("parameters", [])]}
            self._operations[op["operationId"]] = _Operation(
                operation_id=op["operationId"],
                template=path,
                parameters=tuple(merged.values()),
                body=op.get("requestBody"),
                secured=bool(op.get("security", [{}] if default_security else [])),
            )
        self._validators: dict[int, t.Any] = {}

    def operation(self, method: str, path: str) -> str | None:
        """The operationId ``method path`` reaches, or ``None``."""
        found = self.index.find(method, path)
        if found is None:
            found = self.index.find(method, path[:-1] if path.endswith("/") else f"{path}/")
        return found

    def path_values(self, operation_id: str, path: str) -> dict[str, str]:
        """The template parameters of a concrete path (``{"id": "5"}``)."""
        template = self._operations[operation_id].template
        pattern = path_pattern(template)
        match = pattern.match(path) or pattern.match(path[:-1] if path.endswith("/") else f"{path}/")
        return dict(zip(path_parameters(template), match.groups(), strict=True)) if match else {}

    def _validator(self, schema: dict[str, t.Any]) -> t.Any:
        validator = self._validators.get(id(schema))
        if validator is None:
            validator = self._validators[id(schema)] = DRFRequestValidator(schema, format_checker=FORMAT_CHECKER)
        return validator

    def request(
        self,
        operation_id: str,
        path: str,
        query_string: str,
        headers: t.Mapping[str, str],
        body: t.Any,
        content_type: str,
    ) -> list[Violation]:
        """What in a request breaks its operation's parameters, security or body. ``body`` is the
        request's JSON (already decoded, forms included), ``None`` for no body, or raw ``bytes``
        for a body that is not JSON."""
        op = self._operations[operation_id]
        found: list[Violation] = []

        def add(where: str, what: str) -> None:
            found.append(Violation(operation_id, f"request {where}", what))

        if op.secured and not headers.get("authorization"):
            add("header Authorization", "missing (the operation needs a 'Token <key>' header)")
        given: dict[str, list[str]] = {}
        for name, value in parse_qsl(query_string, keep_blank_values=True):
            given.setdefault(name, []).append(value)
        path_values = self.path_values(operation_id, path)
        for param in op.parameters:
            where, name = param["in"], param["name"]
            if where == "path":
                values = [path_values[name]] if name in path_values else []
            elif where == "query":
                values = given.get(name, [])
            elif where == "header":
                values = [headers[name.lower()]] if name.lower() in headers else []
            else:
                continue
            if not values:
                if param.get("required"):
                    add(f"{where} parameter {name}", "This field is required.")
                continue
            schema = param.get("schema", {})
            if schema.get("type") == "array":
                instance: t.Any = [_cast(schema.get("items", {}), v) for v in values]
            else:
                instance = _cast(schema, values[-1])
            error = next(iter(self._validator(schema).iter_errors(instance)), None)
            if error is not None:
                add(f"{where} parameter {name}", drf_message(error))
        found.extend(self._body(op, body, content_type))
        return found[:MAX_VIOLATIONS]

    def _body(self, op: _Operation, body: t.Any, content_type: str) -> list[Violation]:
        declared = op.body
        media = content_type.split(";", 1)[0].strip().lower()
        if declared is None:
            if body is not None:
                return [Violation(op.operation_id, "request body", "the operation takes no body")]
            return []
        if body is None:
            if declared.get("required"):
                return [Violation(op.operation_id, "request body", "No data provided")]
            return []
        content = declared.get("content", {})
        if media not in content:
            return [
                Violation(
                    op.operation_id,
                    "request content type",
                    f"{media or '(none)'} is not declared (the spec declares {', '.join(sorted(content))})",
                )
            ]
        if isinstance(body, bytes):
            return []  # a declared media type the checks do not read (multipart files)
        schema = (content.get(media) or content.get("application/json") or {}).get("schema")
        if schema is None:
            return []
        return [
            Violation(op.operation_id, f"request body at {_where(error)}", drf_message(error))
            for error in self._validator(schema).iter_errors(body)
        ][:MAX_VIOLATIONS]

    def response(self, operation_id: str, status: int, content_type: str, body: bytes | None) -> list[Violation]:
        """What in a response breaks the responses the operation declares (``body`` ``None``: not read)."""
        media = content_type.split(";", 1)[0].strip().lower()
        parsed: t.Any = None
        if media.endswith("json") and body:
            try:
                parsed = orjson.loads(body)
            except orjson.JSONDecodeError as exc:
                return [Violation(operation_id, f"response {status} body", f"not JSON ({exc})")]
        try:
            self.responses.check(operation_id, status, media or "application/json", parsed)
        except ServerError as exc:
            what = exc.cause.removeprefix(f"{operation_id} ").splitlines()[0]
            return [Violation(operation_id, f"response {status}", what)]
        return []


def decode_json_body(raw: bytes) -> t.Any:
    """A request body as the mock reads it (strict JSON), or the error reading it raises (``ParseError``...)."""
    return parse_json(raw.decode("utf-8"))


def unreadable(operation_id: str, exc: DomainError | UnicodeDecodeError) -> Violation:
    """The violation of a request body that cannot be read (not JSON, not UTF-8, a malformed form)."""
    if isinstance(exc, ValidationFailed):
        what = "; ".join(str(m) for m in exc.body().get("non_field_errors", [exc.detail]))
    elif isinstance(exc, DomainError):
        what = exc.detail
    else:
        what = f"JSON parse error - {exc}"
    return Violation(operation_id, "request body", what)


def _where(error: ValidationError) -> str:
    return "/".join(map(str, error.absolute_path)) or "(root)"


__all__ = ["Conformance", "Violation"]
