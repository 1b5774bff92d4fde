"""A request body whose schema requires a field the client writes is itself required, as drf-spectacular marks
it for a serializer with a required field: without it, a generated client may send no body at all."""

from __future__ import annotations

from typing import Any

from vendoring.common import HTTP_METHODS, _changed

REQUIRED_BODY_REASON = (
    "drf-spectacular marks a request body required when its serializer has a required field; upstream's"
    " body is optional where the request component requires a written field (an entry's `transactions`) or"
    " one of several (a pay action's lists), so a body left out is the service's 400 for the field"
)


def _needs_body(schema: dict[str, Any]) -> bool:
    """Whether ``schema`` requires a field that is not read-only, or (``anyOf``) one of several."""
    props = schema.get("properties", {})
    if any(not props.get(name, {}).get("readOnly") for name in schema.get("required", [])):
        return True
    choices = schema.get("anyOf", [])
    return bool(choices) and all(branch.get("required") for branch in choices)


def required_bodies(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Each write's ``requestBody`` is ``required: true`` where its JSON schema needs a written field."""
    for item in paths.values():
        for method, op in item.items():
            body = op.get("requestBody") if method in HTTP_METHODS else None
            if not body or body.get("required"):
                continue
            ref = body.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
            schema = schemas.get(ref.rsplit("/", 1)[-1]) if ref else None
            if schema is not None and _needs_body(schema):
                op["requestBody"] = _changed(body, {**body, "required": True}, REQUIRED_BODY_REASON)
