"""Responses checked against the operation's declared responses, inside the write that made them."""

from __future__ import annotations

import typing as t

import orjson

from ..errors import ServerError
from ..wire import dumps
from .documents import dereferencer
from .drf import ResponseValidator
from .json_schema import FORMAT_CHECKER, SchemaCache, fast_validator
from .router import OperationIndex

_FRAGMENT = {orjson.Fragment}


def unchecked_part(body: t.Any) -> t.Any:
    """What of a body is left to check: pre-rendered fragments (``Serializer.invoice_json``) were checked
    against their schema when rendered, so a page of them is checked as an envelope with no results."""
    if isinstance(body, dict):
        results = body.get("results")
        if isinstance(results, list) and results and set(map(type, results)) == _FRAGMENT:
            return {**body, "results": []}
    return body


class ResponseChecker:
    """Checks a handler's result against its operation's declared responses, before the write
    that produced it is kept: a response the spec forbids is a 500 and undoes the write."""

    def __init__(self, spec: dict[str, t.Any]) -> None:
        self._resolver = dereferencer(spec)
        #: The compiled validator of each response schema checked (this app's: they go with it).
        self._fast = SchemaCache(fast_validator)
        #: operationId -> the operation's declared responses, resolved on the first check of it.
        self._raw: dict[str, dict[str, t.Any]] = {}
        self.responses: dict[str, dict[str, dict[str, t.Any]]] = {}
        #: The (operationId, status, content type) a pre-rendered fragment was found to pass with (the status
        #: and media type declared): a fragment carries its own check, so the next one passes at one look-up.
        self._fragments: set[tuple[str, int, str]] = set()
        for item in spec["paths"].values():
            for method, op in item.items():
                if method != "parameters" and isinstance(op, dict):
                    self._raw[op["operationId"]] = op.get("responses", {})

    def declared(self, operation_id: str) -> dict[str, dict[str, t.Any]]:
        """Status -> media type -> media object of an operation, resolved once."""
        found = self.responses.get(operation_id)
        if found is None:
            found = self.responses[operation_id] = {
                str(status): self._resolver.walk(response.get("content", {}))
                for status, response in self._raw[operation_id].items()
            }
        return found

    def check(self, operation_id: str, status: int, content_type: str, body: t.Any) -> None:
        """A ``ServerError`` if ``status``, its media type or ``body`` break the operation's declared responses."""
        fragment = type(body) is orjson.Fragment
        if fragment and (operation_id, status, content_type) in self._fragments:
            return
        body = unchecked_part(body)
        declared = self.declared(operation_id)
        content = declared.get(str(status), declared.get("default"))
        if content is None:
            raise ServerError(f"{operation_id} answered {status}, which the spec does not declare")
        media = content_type.split(";")[0]
        if not content:
            return
        if media not in content:
            raise ServerError(f"{operation_id} answered {status} as {media}, which the spec does not declare")
        if fragment:  # checked against its schema when rendered
            self._fragments.add((operation_id, status, content_type))
            return
        schema = content[media].get("schema")
        if media != "application/json" or schema is None:
            return
        fast = self._fast(schema)
        if fast is not None and fast.is_valid(body):
            return
        error = next(iter(ResponseValidator(schema, format_checker=FORMAT_CHECKER).iter_errors(body)), None)
        if error is not None:
            where = "/".join(map(str, error.absolute_path))
            raise ServerError(f"{operation_id} {status} response breaks the spec at {where!r}: {error}")

    def error_body(self, operation_id: str, status: int, body: dict[str, t.Any]) -> dict[str, t.Any]:
        """An error body in the shape the operation declares for ``status``: as given where it conforms (or
        nothing is declared), else its message under the one string field the declared schema requires
        (a few upstream operations answer ``{"error": "..."}`` where DRF says ``{"detail": "..."}``). Item
        errors keyed by position (``{"lines": {0: [...]}}``) come back keyed by strings, as JSON has them."""
        body = orjson.loads(dumps(body, option=orjson.OPT_NON_STR_KEYS))
        try:
            self.check(operation_id, status, "application/json", body)
        except ServerError:
            schema = (self.declared(operation_id).get(str(status), {}).get("application/json") or {}).get("schema")
            properties = (schema or {}).get("properties") or {}
            required = (schema or {}).get("required", properties)
            fields = [name for name in required if properties.get(name, {}).get("type") == "string"]
            if len(fields) == 1:
                return {fields[0]: _first_message(body)}
        return body


def _first_message(body: t.Any) -> str:
    """An error body's ``detail``, else its first message wherever it is nested, else DRF's ``Invalid input.``."""
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return str(body["detail"])
    stack = [body]
    while stack:
        node = stack.pop(0)
        if isinstance(node, str):
            return node
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return "Invalid input."


class ErrorShapes:
    """The shape of an error answered before an operation runs (a path id that cannot exist, an
    unreadable form, Connexion's 404 for a non-numeric id): the one the operation the path reaches
    declares for that status (``ResponseChecker.error_body``), DRF's where no operation is reached."""

    def __init__(self, index: OperationIndex, checker: ResponseChecker) -> None:
        self.index = index
        self.checker = checker

    def body(self, method: str, path: str, status: int, body: t.Any) -> t.Any:
        found = self.index.match(method, path)
        if found is None or not isinstance(body, dict):
            return body
        return self.checker.error_body(found[0], status, body)


__all__ = ["ErrorShapes", "ResponseChecker", "unchecked_part"]
