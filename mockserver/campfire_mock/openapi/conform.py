"""A stored object rendered in the shape of a (resolved) response schema, for the generic resources.

Every declared property is present, in the schema's order, minus write-only ones: the stored value
where it fits the property's type, else what the twin knows of a property of that name (``Context.known``:
the workspace's ``customer``), else, for a property the object has no value for, a schema-true default:
``null`` where the schema allows it, the first enum value, the minimum of a range, today for a date, the
workspace's time for a timestamp (Campfire's ``+0000`` form), a stable UUID, ``[]``, ``{}`` with the nested
object's own properties. It makes what a validator of the schema accepts; the response check still runs after it.

A value the object holds is never replaced by a default, since a default would invent another value: a number
outside the range its property declares (a customer's sum past its 15 digits: ``OutOfRange``), or a value of
a type, choice or format the property cannot carry (``WrongType``: a text where an integer is declared, a
choice the enum lacks) is a twin bug, answered as a 500 naming the field (and a write that made it is
undone). Only an exact conversion DRF's field would make is applied: ``"12"`` for an integer, ``12.5`` as a
two-place decimal's ``"12.50"``, a number or date as text, ``"true"``/``1`` for a boolean.
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


class Unrenderable(ServerError):
    """500: a value the object holds that its schema cannot carry. The answer names it (by its path) rather
    than show a default in its place (a made-up value); the write that stored it is undone."""

    def __init__(self, path: list[str], value: t.Any, schema: dict[str, t.Any]) -> None:
        self.path, self.value, self.schema = path, value, schema
        super().__init__(f"{'.'.join(path) or 'the answer'} is {self.shown()}, {self.why()}")
        self.detail = f"A server error occurred: {self.cause}."  # the answer names the value too

    def shown(self) -> str:
        """The value as the message shows it (cut to 80 characters)."""
        text = repr(self.value)
        return text if len(text) <= 80 else f"{text[:77]}..."

    def why(self) -> str:
        """What the schema declares that the value is not."""
        raise NotImplementedError

    def at(self, name: str) -> Unrenderable:
        """The same error, one property (or list index) further out."""
        return type(self)([name, *self.path], self.value, self.schema)


class OutOfRange(Unrenderable):
    """500: a figure the twin computed lies outside the range its schema declares (a 0 for a real sum would
    be an invented value)."""

    def shown(self) -> str:
        return str(self.value)

    def why(self) -> str:
        return f"outside its declared range [{self.schema.get('minimum')}, {self.schema.get('maximum')}]"


class WrongType(Unrenderable):
    """500: a stored value of a type, choice or format its schema cannot carry, which no exact conversion
    makes fit (a default in its place would be an invented value)."""

    def why(self) -> str:
        schema = self.schema
        if schema.get("enum") is not None:
            return f"not one of its declared values {schema['enum']}"
        kind = schema.get("type") or ("object" if "properties" in schema else "value")
        said = [f"{k} {schema[k]!r}" for k in ("format", "pattern", "minLength", "maxLength") if k in schema]
        article = "an" if kind[0] in "aeiou" else "a"
        return f"not {article} {kind}{' of ' + ', '.join(said) if said else ''} as its schema declares"


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


def _allows_null(schema: dict[str, t.Any], branches: list[dict[str, t.Any]]) -> bool:
    """Whether the schema or one of its branches allows null (``nullable``, or upstream's ``NullEnum``)."""
    if schema.get("nullable"):
        return True
    return any(_merged(b).get("nullable") or _merged(b).get("enum") == [None] for b in branches)


def conform(schema: dict[str, t.Any], value: t.Any, ctx: Context, depth: int = 0) -> t.Any:
    """``value`` in the shape of ``schema`` (``MISSING`` for no value)."""
    schema = _merged(schema)
    branches = _branches(schema)
    if branches:
        if (value is None or value is MISSING) and _allows_null(schema, branches):
            return None
        extra = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
        fitting = [b for b in branches if value is not MISSING and _fits(_merged(b), value)]
        if not fitting:
            fitting = [next((b for b in branches if _merged(b).get("type") != "null"), branches[0])]
        first: Unrenderable | None = None
        for branch in fitting:  # the first branch that carries the value as it is (or exactly converted)
            try:
                return conform({**extra, **branch}, value, ctx, depth)
            except Unrenderable as exc:
                first = first or exc
        assert first is not None
        raise first
    if value is None or value is MISSING:
        if schema.get("nullable") or (value is None and not schema.get("type") and "enum" not in schema):
            return None
        return default(schema, ctx, depth)
    enum = schema.get("enum")
    if enum is not None:
        if value in enum:
            return value
        raise WrongType([], value, schema)
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        if not isinstance(value, dict):
            raise WrongType([], value, schema)
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
        except Unrenderable:  # (rare: the property is found again only then, to name it)
            for name, sub in props.items():
                if sub.get("writeOnly"):
                    continue
                try:
                    conform(sub, value.get(name, known.get(name, MISSING)), ctx, depth + 1)
                except Unrenderable as exc:
                    raise exc.at(name) from None
            raise
    if kind == "array":
        if not isinstance(value, list):
            raise WrongType([], value, schema)
        if depth >= MAX_DEPTH:
            return default(schema, ctx, depth)
        items = schema.get("items", {})
        try:
            return [conform(items, v, ctx, depth + 1) for v in value]
        except Unrenderable:
            for index, v in enumerate(value):
                try:
                    conform(items, v, ctx, depth + 1)
                except Unrenderable as exc:
                    raise exc.at(str(index)) from None
            raise
    if kind == "string":
        text = _string(schema, value)
        if text is None:
            raise WrongType([], value, schema)
        return text
    if kind == "integer" or kind == "number":
        number = _integer(value) if kind == "integer" else _number(value)
        if number is None:
            raise WrongType([], value, schema)
        if not _in_range(schema, number):  # a figure the twin knows: named, never replaced by a default
            raise OutOfRange([], number, schema)
        return number
    if kind == "boolean":
        truth = _boolean(value)
        if truth is None:
            raise WrongType([], value, schema)
        return truth
    return jsonable(value)


def _string(schema: dict[str, t.Any], value: t.Any) -> str | None:
    """``value`` as the text the schema declares: itself, a number's or date's text, or a number (or its
    text) as a decimal field's fixed-point text (``12.5`` as ``"12.50"``, as DRF's ``DecimalField`` renders
    it) when that is exact; ``None`` when none fits."""
    text = value if isinstance(value, str) else _text(value)
    if text is None:
        return None
    if _string_ok(schema, text):
        return text
    places = _places(schema.get("pattern"))
    if places is None:
        return None
    try:
        exact = Decimal(text)
        if not exact.is_finite() or exact != exact.quantize(Decimal(1).scaleb(-places)):
            return None
    except ArithmeticError:  # no number, or past the context's precision
        return None
    fixed = f"{exact:.{places}f}"
    return fixed if _string_ok(schema, fixed) else None


#: How a decimal field's pattern ends (``spec/vendoring/observed.py``): an escaped dot, then ``d{2}$``.
_PLACES = re.compile(r"\\\.\\d\{(\d+)\}\$$")


def _places(pattern: str | None) -> int | None:
    """The fixed number of decimal places a decimal text pattern requires (``d{2}$`` after an escaped dot: 2)."""
    found = _PLACES.search(pattern or "")
    return int(found.group(1)) if found else None


def _boolean(value: t.Any) -> bool | None:
    """A boolean, or the text or number DRF's ``BooleanField`` reads as one exactly (``"true"``, ``1``)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    if isinstance(value, int) and value in (0, 1):
        return value == 1
    return None


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
        if _allows_null(schema, branches):
            return None  # a branch allows null (``NullEnum``): null, not the first choice
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


__all__ = ["MISSING", "Context", "OutOfRange", "Unrenderable", "WrongType", "conform", "default"]
