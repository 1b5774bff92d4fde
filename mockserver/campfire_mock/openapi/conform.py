"""A stored object rendered in the shape of a (resolved) response schema, for the generic resources.

Every declared property is present, in the schema's order, minus write-only ones: the stored value
where it fits the property's type, else what the twin knows of a property of that name (``Context.known``:
the workspace's ``customer``), else a schema-true default: ``null`` where the schema allows it,
the first enum value, the minimum of a range, today for a date, the workspace's time for a
timestamp (Campfire's ``+0000`` form), a stable UUID, ``[]``, ``{}`` with the nested object's own
properties. It makes what a validator of the schema accepts; the response check still runs after it.

A number the object holds outside the range its property declares is never replaced by a default: it is a
figure the twin computed (a customer's sum past its 15 digits), and a default would invent another. The
answer is a 500 naming it (``OutOfRange``), and a write that made it is undone.
"""

from __future__ import annotations

import datetime as dt
import re
import typing as t
import uuid
from decimal import Decimal

from ..errors import ServerError
from ..wire import format_timestamp, jsonable

MISSING: t.Any = object()
#: How deep nested objects are rendered (a recursive schema stops here, with its defaults).
MAX_DEPTH = 8


class OutOfRange(ServerError):
    """500: a figure the twin computed lies outside the range its schema declares. The answer names it rather
    than show a default in its place (a 0 for a real sum would be an invented value); the write is undone."""

    def __init__(self, path: list[str], value: float, schema: dict[str, t.Any]) -> None:
        self.path, self.value, self.schema = path, value, schema
        low, high = schema.get("minimum"), schema.get("maximum")
        where = ".".join(path) or "the answer"
        super().__init__(f"{where} is {value}, outside its declared range [{low}, {high}]")
        self.detail = f"A server error occurred: {self.cause}."  # the answer names the figure too

    def at(self, name: str) -> OutOfRange:
        """The same error, one property further out."""
        return OutOfRange([name, *self.path], self.value, self.schema)


@t.final
class Context:
    """What defaults depend on: the workspace's time, a seed for stable UUIDs, and values the twin knows
    for a property of that name at any depth (``customer``: the workspace's own id)."""

    __slots__ = ("known", "now", "salt")

    def __init__(self, now: dt.datetime, salt: str = "", known: t.Mapping[str, t.Any] | None = None) -> None:
        self.now = now
        self.salt = salt
        self.known: t.Mapping[str, t.Any] = known or {}


def _branches(schema: dict[str, t.Any]) -> list[dict[str, t.Any]]:
    return list(schema.get("anyOf") or schema.get("oneOf") or [])


def _merged(schema: dict[str, t.Any]) -> dict[str, t.Any]:
    """``allOf`` folded into one schema (properties and required joined)."""
    parts = schema.get("allOf")
    if not parts:
        return schema
    out: dict[str, t.Any] = {k: v for k, v in schema.items() if k != "allOf"}
    props: dict[str, t.Any] = dict(out.get("properties", {}))
    for part in parts:
        part = _merged(part)
        for key, value in part.items():
            if key == "properties":
                props.update(value)
            elif key not in out:
                out[key] = value
    if props:
        out["properties"] = props
    return out


def _fits(schema: dict[str, t.Any], value: t.Any) -> bool:
    """Whether ``value`` is of the branch's type (enough to choose among ``anyOf`` branches)."""
    kind = schema.get("type")
    if value is None:
        return bool(schema.get("nullable"))
    if kind is None:
        return True
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    return isinstance(value, dict)


def conform(schema: dict[str, t.Any], value: t.Any, ctx: Context, depth: int = 0) -> t.Any:
    """``value`` in the shape of ``schema`` (``MISSING`` for no value)."""
    schema = _merged(schema)
    branches = _branches(schema)
    if branches:
        if value is None and schema.get("nullable"):
            return None
        chosen = next((b for b in branches if value is not MISSING and _fits(_merged(b), value)), None)
        if chosen is None:
            chosen = next((b for b in branches if _merged(b).get("type") != "null"), branches[0])
        extra = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
        return conform({**extra, **chosen}, value, ctx, depth)
    if value is None or value is MISSING:
        if schema.get("nullable") or (value is None and not schema.get("type") and "enum" not in schema):
            return None
        return default(schema, ctx, depth)
    enum = schema.get("enum")
    if enum is not None:
        return value if value in enum else default(schema, ctx, depth)
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        if not isinstance(value, dict):
            return default(schema, ctx, depth)
        props = schema.get("properties")
        if not props:
            return jsonable(value) if schema.get("additionalProperties", True) is not False else {}
        if depth >= MAX_DEPTH:
            return default(schema, ctx, depth)
        known = ctx.known
        try:
            return {
                name: conform(sub, value.get(name, known.get(name, MISSING)), ctx, depth + 1)
                for name, sub in props.items()
                if not sub.get("writeOnly")
            }
        except OutOfRange:  # (rare: the property is found again only then, to name it)
            for name, sub in props.items():
                try:
                    conform(sub, value.get(name, known.get(name, MISSING)), ctx, depth + 1)
                except OutOfRange as exc:
                    raise exc.at(name) from None
            raise
    if kind == "array":
        if not isinstance(value, list) or depth >= MAX_DEPTH:
            return default(schema, ctx, depth)
        items = schema.get("items", {})
        return [conform(items, v, ctx, depth + 1) for v in value]
    if kind == "string":
        text = value if isinstance(value, str) else _text(value)
        return text if text is not None and _string_ok(schema, text) else default(schema, ctx, depth)
    if kind == "integer" or kind == "number":
        number = _integer(value) if kind == "integer" else _number(value)
        if number is None:
            return default(schema, ctx, depth)
        if not _in_range(schema, number):  # a figure the twin knows: named, never replaced by a default
            raise OutOfRange([], number, schema)
        return number
    if kind == "boolean":
        return value if isinstance(value, bool) else default(schema, ctx, depth)
    return jsonable(value)


def _text(value: t.Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal | float):
        return str(value)
    if isinstance(value, dt.datetime):
        return format_timestamp(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return None


def _integer(value: t.Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        return int(value)
    if isinstance(value, float | Decimal) and value == int(value):
        return int(value)
    return None


def _number(value: t.Any) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        real = float(value)
    except (TypeError, ValueError):
        return None
    return int(real) if real.is_integer() and abs(real) < 2**53 else real


def _in_range(schema: dict[str, t.Any], number: float) -> bool:
    low, high = schema.get("minimum"), schema.get("maximum")
    return (low is None or number >= low) and (high is None or number <= high)


def _string_ok(schema: dict[str, t.Any], text: str) -> bool:
    if len(text) < schema.get("minLength", 0) or len(text) > schema.get("maxLength", 1 << 30):
        return False
    pattern = schema.get("pattern")
    if pattern is not None and re.search(pattern, text) is None:
        return False
    fmt = schema.get("format")
    try:
        if fmt == "date":
            dt.date.fromisoformat(text)
        elif fmt == "uuid":
            uuid.UUID(text)
        elif fmt == "email":
            return "@" in text
        elif fmt == "uri":
            return "://" in text
    except ValueError:
        return False
    return True


def default(schema: dict[str, t.Any], ctx: Context, depth: int = 0) -> t.Any:
    """The value a property shows when the mock has none."""
    schema = _merged(schema)
    if schema.get("nullable"):
        return None
    branches = _branches(schema)
    if branches:
        return default({**schema, **branches[0], "anyOf": None, "oneOf": None}, ctx, depth)
    if "default" in schema and schema["default"] is not None:
        return jsonable(schema["default"])
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), None)
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        if depth >= MAX_DEPTH:
            return {}
        return {
            name: conform(sub, ctx.known[name], ctx, depth + 1) if name in ctx.known else default(sub, ctx, depth + 1)
            for name, sub in schema.get("properties", {}).items()
            if not sub.get("writeOnly")
        }
    if kind == "array":
        return []
    if kind == "boolean":
        return False
    if kind in ("integer", "number"):
        low = schema.get("minimum")
        return max(0, low) if low is not None and (schema.get("maximum") is None or schema["maximum"] >= 0) else 0
    if kind == "string":
        return _default_string(schema, ctx)
    return None


def _default_string(schema: dict[str, t.Any], ctx: Context) -> str:
    fmt = schema.get("format")
    if fmt == "date":
        return ctx.now.date().isoformat()
    if fmt == "uuid":
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"campfire-mock:{ctx.salt}"))
    if fmt == "email":
        return "user@example.com"
    if fmt == "uri":
        return "https://example.com/"
    pattern: str | None = schema.get("pattern")
    least = int(schema.get("minLength", 0))
    candidates = ["", "0", "0.00", format_timestamp(ctx.now), "x" * max(1, least)]
    for text in candidates:
        if (pattern is None or re.search(pattern, text)) and len(text) >= least:
            return text
    return candidates[-1]


__all__ = ["MISSING", "Context", "OutOfRange", "conform", "default"]
