"""OpenAPI 3.0 schemas compiled for jsonschema-rs, and the format checks every validator shares.

``request_validator`` accepts exactly what ``drf.DRFRequestValidator`` accepts (read-only properties
unchecked, ``nullable`` honoured, formats by the same ``FORMAT_CHECKER``); ``fast_validator`` checks
responses (write-only properties must be absent).
"""

from __future__ import annotations

import json
import typing as t

import jsonschema_rs
from jsonschema import FormatChecker

from ..limits import MAX_ITEMS, MAX_YEAR, MIN_YEAR
from ..wire import iso_day

#: Every format jsonschema knows (Draft 4's own checker leaves ``date`` unchecked), with dates
#: held to the years reports can bucket.
FORMAT_CHECKER = FormatChecker()


@FORMAT_CHECKER.checks("date", raises=ValueError)
def _is_date(instance: object) -> bool:
    if not isinstance(instance, str):
        return True
    return MIN_YEAR <= iso_day(instance).year <= MAX_YEAR if len(instance) == 10 else False


#: OpenAPI-only keywords, and the ``components`` Connexion attaches for ``$ref`` lookups.
DROPPED_KEYWORDS = frozenset(
    {"nullable", "readOnly", "writeOnly", "example", "discriminator", "xml", "components", "definitions"}
)


def to_json_schema(node: t.Any, *, request: bool = False, seen: frozenset[int] = frozenset()) -> t.Any:
    """An OpenAPI 3.0 schema as plain JSON Schema (draft 4), for jsonschema-rs.

    ``nullable`` becomes a ``null`` type (or a ``null`` branch); ``x-`` extensions and OpenAPI-only
    keywords are dropped. A request's lists hold at most ``MAX_ITEMS`` items where the schema sets no
    ``maxItems``. For a response, write-only properties must be absent; for a ``request``,
    read-only properties are not checked at all (type or ``required``), as ``DRFRequestValidator`` does.
    """
    if isinstance(node, list):
        return [to_json_schema(n, request=request, seen=seen) for n in node]
    if not isinstance(node, dict):
        return node
    if id(node) in seen or "$ref" in node:
        raise ValueError("recursive or unresolved schema")
    seen = seen | {id(node)}
    skipped = "readOnly" if request else "writeOnly"
    out: dict[str, t.Any] = {}
    for key, value in node.items():
        if key.startswith("x-") or key in DROPPED_KEYWORDS:
            continue
        if key == "properties":
            out[key] = {
                name: to_json_schema(sub, request=request, seen=seen)
                for name, sub in value.items()
                if not (request and sub.get("readOnly"))
            }
            if not request:
                out[key].update({name: {"not": {}} for name, sub in value.items() if sub.get("writeOnly")})
        elif key in ("items", "additionalProperties", "not") or key in ("anyOf", "oneOf", "allOf"):
            out[key] = to_json_schema(value, request=request, seen=seen)
        else:
            out[key] = value
    if request and "items" in node and "maxItems" not in node:
        out["maxItems"] = MAX_ITEMS  # as ``DRFRequestValidator`` caps a list before its items
    if "required" in out:
        unchecked = {n for n, sub in node.get("properties", {}).items() if sub.get(skipped)}
        out["required"] = [n for n in out["required"] if n not in unchecked]
        if not out["required"]:
            del out["required"]
    if node.get("nullable"):
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def request_validator(schema: dict[str, t.Any]) -> t.Any:
    """A compiled jsonschema-rs validator that accepts exactly what ``DRFRequestValidator`` accepts
    (formats checked by the same ``FORMAT_CHECKER``), or ``None`` if the schema cannot be compiled."""
    names = _format_names(schema)
    formats = {name: _conforms(name) for name in names}
    try:
        return jsonschema_rs.Draft4Validator(
            to_json_schema(schema, request=True), validate_formats=True, formats=formats
        )
    except (ValueError, jsonschema_rs.ValidationError):
        return None


class SchemaCache:
    """What ``build`` makes of a schema object (a compiled validator), made once per object and kept as long
    as the cache is: an app's checker owns its cache, so its validators go with the app. Keyed by the
    object's id, the object kept beside it so the id is not reused while the entry lives."""

    def __init__(self, build: t.Callable[[dict[str, t.Any]], t.Any]) -> None:
        self._build = build
        self._entries: dict[int, tuple[dict[str, t.Any], t.Any]] = {}

    def __call__(self, schema: dict[str, t.Any]) -> t.Any:
        entry = self._entries.get(id(schema))
        if entry is None or entry[0] is not schema:
            entry = self._entries[id(schema)] = (schema, self._build(schema))
        return entry[1]

    def __len__(self) -> int:
        return len(self._entries)


#: ``request_validator`` by the schema's text: equal schemas (each app's copy of one spec's) share one entry,
#: and no app's objects are kept; emptied when full.
_BY_TEXT: dict[str, t.Any] = {}
_BY_TEXT_HELD = 128


def cached_request_validator(schema: dict[str, t.Any]) -> t.Any:
    """``request_validator(schema)``, made once per distinct schema (the item schemas of long request lists:
    ``drf``'s ``items``, whose validators Connexion makes per request, so no app object can own this cache)."""
    try:
        key = json.dumps(schema, sort_keys=True, default=repr)
    except (ValueError, RecursionError):  # a recursive schema has no text: compiled each time
        return request_validator(schema)
    found = _BY_TEXT.get(key)
    if found is None:
        if len(_BY_TEXT) >= _BY_TEXT_HELD:
            _BY_TEXT.clear()
        found = _BY_TEXT[key] = request_validator(schema)
    return found


def _conforms(name: str) -> t.Callable[[t.Any], bool]:
    """``FORMAT_CHECKER.conforms(instance, name)`` as one call of the format's check (no lookup, no
    ``FormatError`` made and caught per value): a value the check refuses, or raises on, does not conform."""
    found = FORMAT_CHECKER.checkers.get(name)
    if found is None:
        return lambda instance: True  # a format the checker does not know: every value conforms
    check, raises = found

    def conforms(instance: t.Any) -> bool:
        try:
            return bool(check(instance))
        except raises:
            return False

    return conforms


def _format_names(node: t.Any) -> set[str]:
    if isinstance(node, list):
        return set().union(*map(_format_names, node)) if node else set()
    if not isinstance(node, dict):
        return set()
    found = {node["format"]} if isinstance(node.get("format"), str) else set()
    return found.union(*(_format_names(v) for k, v in node.items() if k != "format" and isinstance(v, dict | list)))


def fast_validator(schema: dict[str, t.Any]) -> t.Any:
    """A compiled jsonschema-rs validator for ``schema`` (cache it with ``SchemaCache``), or ``None``."""
    try:
        return jsonschema_rs.Draft4Validator(to_json_schema(schema), validate_formats=True)
    except (ValueError, jsonschema_rs.ValidationError):
        return None


__all__ = [
    "DROPPED_KEYWORDS",
    "FORMAT_CHECKER",
    "SchemaCache",
    "cached_request_validator",
    "fast_validator",
    "request_validator",
    "to_json_schema",
]
