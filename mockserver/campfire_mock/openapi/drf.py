"""Schema checks that answer like Django REST Framework, with no Connexion in them.

* strict JSON parsing with the documented limits (``parse_json``);
* ``DRFRequestValidator``: read-only properties ignored in request bodies, type and ``required``
  alike (drf-spectacular lists read-only fields as required and DRF ignores them on input, so
  Campfire's own examples pass), ``nullable`` honoured; errors rendered DRF's way, field-keyed and
  nested (``{"lines": [{}, {"amount": ["A valid number is required."]}]}``);
* ``SchemaChecker``: a component schema checked the same way (free-form bodies, imports).

``http/connexion_validators.py`` plugs these into Connexion; the compiled request path uses the
jsonschema-rs twins in ``json_schema.py``.
"""

from __future__ import annotations

import datetime
import json
import math
import re
import typing as t
from collections.abc import Iterator

import orjson
from jsonschema import Draft4Validator, ValidationError
from jsonschema.validators import extend

from .. import json_bounds
from ..errors import ParseError, TooLarge, ValidationFailed, clip_path
from ..limits import (
    MAX_INT,
    MAX_ITEM_ERRORS,
    MAX_ITEMS,
    MAX_JSON_DEPTH,
    MAX_JSON_VALUES,
    MAX_YEAR,
    MIN_YEAR,
)
from .documents import dereferencer
from .json_schema import FORMAT_CHECKER, cached_request_validator, fast_validator

#: The lowest 64-bit integer, which upstream's int64 fields (``tag_ids``) allow.
MIN_INT = -(2**63)


def _date_message(instance: t.Any) -> str:
    try:
        datetime.date.fromisoformat(instance)
    except (TypeError, ValueError):
        return "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."
    return f"Ensure the date falls between the years {MIN_YEAR} and {MAX_YEAR}."


def _reject_constant(name: str) -> t.NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"number {text[:40]} is out of range")
    return value


#: Why a string with a lone surrogate (``"\\ud800"``) is refused: it has no UTF-8 form, so no answer could hold it.
LONE_SURROGATE = "Not a valid string: it holds a lone surrogate (no Unicode character)."


def _has_lone_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


#: ``json.loads(text, parse_constant=..., parse_float=...)``, its decoder made once rather than per call.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _values_over_limit(text: str, most: int = MAX_JSON_VALUES) -> bool:
    """Whether ``text`` holds more than ``most`` values (commas and colons outside strings), told at C speed
    before anything is parsed."""
    if text.count(",") + text.count(":") <= most or len(text) <= 2 * most:
        return False  # a value and its separator take two characters: this text cannot hold more
    bare = _STRING.sub("", text)
    return bare.count(",") + bare.count(":") > most


#: Characters of JSON text beyond which parsing hands the interpreter back between objects.
_LARGE_TEXT = 1 << 20


def _handing_back(obj: dict[str, t.Any]) -> dict[str, t.Any]:
    """Called by the C parser after each object: a Python call, where another thread may take its turn (a
    90 MB import parsed in a worker thread would otherwise hold the interpreter for over a second)."""
    return obj


#: The decoder of large bodies: the same, handing the interpreter back after each object.
_LARGE_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float, object_hook=_handing_back)


#: A run of digits as long as the smallest integer beyond 64 bits: orjson reads such an integer as a float, so a
#: body holding one (or any long run of digits) is parsed by ``json`` instead. Found as ``0`` * 19 in the body
#: with every ASCII digit made ``0`` and every other byte a space: a fifth of the time of ``re``'s ``\d{19}``.
_LONG_DIGITS = b"0" * 19
_DIGITS_AS_ZEROS = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))


def _long_digits(raw: bytes) -> bool:
    """Whether ``raw`` holds a run of 19 ASCII digits (what ``re``'s ``rb"\\d{19}"`` finds)."""
    return _LONG_DIGITS in raw.translate(_DIGITS_AS_ZEROS)


def parse_json_bytes(raw: bytes) -> t.Any:
    """``parse_json(raw.decode("utf-8"))`` (a ``UnicodeDecodeError`` for a body that is not UTF-8), read by
    orjson where it gives the same value: orjson refuses everything ``parse_json`` refuses that it sees itself
    (NaN, an infinite number, a lone surrogate, a BOM, invalid UTF-8), so any body it refuses, any body that
    may hold an integer beyond 64 bits, a large body and one that may break a bound are read by ``parse_json``,
    which gives the same error message as before."""
    bounds = json_bounds.current()
    if (
        len(raw) <= _LARGE_TEXT
        and (len(raw) <= 2 * bounds.values or raw.count(b",") + raw.count(b":") <= bounds.values)
        and not _long_digits(raw)
    ):
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
        else:
            if _plainly_within(raw, bounds.items) or _within_bounds(value, 0, bounds.items):
                return value
    return parse_json(raw.decode("utf-8"))


def _plainly_within(raw: bytes, items: int) -> bool:
    """Whether the text orjson read (no integer beyond 64 bits, no lone surrogate: ``parse_json_bytes``)
    plainly breaks no bound of ``_within_bounds``, told from its bytes: an array of more than ``items``
    items needs ``items`` commas, and a container at the depth bound as many brackets."""
    return raw.count(b",") < items and raw.count(b"[") + raw.count(b"{") < MAX_JSON_DEPTH - 1


def parse_json(text: str) -> t.Any:
    """Strict JSON (no NaN or Infinity), nested at most ``MAX_JSON_DEPTH`` deep, integers of any size (as
    DRF's parser reads them: ``check_int64`` bounds them where a body is kept whole), arrays of at most
    ``MAX_JSON_ITEMS`` items, strings (and keys) with no lone surrogate, and at most ``MAX_JSON_VALUES``
    values in all (a 413, found before parsing)."""
    bounds = json_bounds.current()  # wider for a snapshot import
    if _values_over_limit(text, bounds.values):
        raise TooLarge(f"A JSON body may hold at most {bounds.values} values.")
    try:
        if text.startswith("\ufeff"):  # as ``json.loads`` says it
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        value = (_LARGE_DECODER if len(text) > _LARGE_TEXT else _DECODER).decode(text)
    except RecursionError:
        raise ParseError(f"JSON nesting is deeper than {MAX_JSON_DEPTH} levels.") from None
    except ValueError as exc:
        raise ParseError(f"JSON parse error - {exc}") from None
    if _within_bounds(value, 0, bounds.items):
        return value  # nothing to report: the walk below only finds and names what breaks a bound
    fields: dict[str, t.Any] = {}
    stack: list[tuple[t.Any, list[t.Any]]] = [(value, [])]
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_JSON_DEPTH:
            raise ParseError(f"JSON nesting is deeper than {MAX_JSON_DEPTH} levels.")
        where = _field_path(path)
        if isinstance(node, dict):
            for key in node:
                if _has_lone_surrogate(key):
                    _insert(fields, _field_path([*path, ascii(key)[1:-1]]), LONE_SURROGATE)
            stack.extend((v, [*path, k]) for k, v in node.items())
        elif isinstance(node, list):
            if len(node) > bounds.items:  # before a single item is looked at
                raise ValidationFailed(_tree(where, f"Ensure this field has no more than {bounds.items} elements."))
            stack.extend((v, [*path, i]) for i, v in enumerate(node))
        elif isinstance(node, str) and _has_lone_surrogate(node):
            _insert(fields, where, LONE_SURROGATE)
    if fields:
        raise ValidationFailed(fields)
    return value


def fits_int64(node: t.Any) -> bool:
    """Whether every integer in ``node`` fits in 64 bits, told without building any path."""
    kind = type(node)
    if kind is int:
        return bool(MIN_INT <= node <= MAX_INT)
    if kind is dict:
        return all(fits_int64(child) for child in node.values())
    if kind is list:
        return all(fits_int64(child) for child in node)
    return True


def check_int64(value: t.Any) -> None:
    """A 400 naming each integer of ``value`` beyond 64 bits. API bodies may carry them where DRF would
    (an unknown field, which is ignored; a declared integer field refuses them by its bounds), but what the
    control API stores whole (a snapshot, a seed, a stub) must fit the integers the mock can write back."""
    if fits_int64(value):
        return
    fields: dict[str, t.Any] = {}
    stack: list[tuple[t.Any, list[t.Any]]] = [(value, [])]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            stack.extend((v, [*path, k]) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, [*path, i]) for i, v in enumerate(node))
        elif isinstance(node, int) and not isinstance(node, bool) and not MIN_INT <= node <= MAX_INT:
            message = (
                f"Ensure this value is less than or equal to {MAX_INT} in size."
                if node > 0
                else f"Ensure this value is greater than or equal to {MIN_INT}."
            )
            _insert(fields, _field_path(path), message)
    raise ValidationFailed(fields)


def _within_bounds(node: t.Any, depth: int, items: int) -> bool:
    """Whether ``node`` (at ``depth``) breaks none of ``parse_json``'s bounds, told without building any path;
    ``False`` also for a container near the depth bound, which the walk then judges."""
    if type(node) is dict:
        for key in node:
            if not key.isascii() and _has_lone_surrogate(key):
                return False
        children: t.Iterable[t.Any] = node.values()
    elif type(node) is list:
        if len(node) > items:
            return False
        children = node
    else:
        return _within_bounds([node], depth - 1, items)
    if depth >= MAX_JSON_DEPTH - 1 and node:
        return False
    for child in children:
        kind = type(child)
        if kind is str:
            if not child.isascii() and _has_lone_surrogate(child):
                return False
        elif (kind is dict or kind is list) and not _within_bounds(child, depth + 1, items):
            return False
    return True


def _field_path(path: list[t.Any]) -> list[t.Any]:
    """Where an error at ``path`` of a body goes: under its field, or ``non_field_errors``."""
    return path if path and not isinstance(path[0], int) else ["non_field_errors", *path]


def _tree(path: list[t.Any], message: str) -> dict[str, t.Any]:
    tree: dict[str, t.Any] = {}
    _insert(tree, path, message)
    return tree


_TYPE_MESSAGES = {
    "integer": "A valid integer is required.",
    "number": "A valid number is required.",
    "string": "Not a valid string.",
    "boolean": "Must be a valid boolean.",
    "array": "Expected a list of items.",
    "object": "Invalid data. Expected a dictionary.",
}


def _properties(
    validator: t.Any, properties: dict[str, t.Any], instance: t.Any, schema: dict[str, t.Any]
) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for name, subschema in properties.items():
        if name in instance and not subschema.get("readOnly"):
            yield from validator.descend(instance[name], subschema, path=name, schema_path=name)


def _items(validator: t.Any, items: t.Any, instance: t.Any, schema: dict[str, t.Any]) -> Iterator[ValidationError]:
    """Items are checked only when there are no more than the field allows (its ``maxItems``, else
    ``MAX_ITEMS``): a long list is one error, found before any item is looked at."""
    if not validator.is_type(instance, "array"):
        return
    most = schema.get("maxItems", MAX_ITEMS)
    if len(instance) > most:
        yield ValidationError(
            f"Ensure this field has no more than {most} elements.", validator="maxItems", validator_value=most
        )
        return
    fast = cached_request_validator(items) if isinstance(items, dict) and len(instance) > MAX_ITEM_ERRORS else None
    if fast is None:
        yield from Draft4Validator.VALIDATORS["items"](validator, items, instance, schema)
        return
    # A long list: the compiled twin finds the failing items, DRF's messages are built for the first few.
    shown = hidden = 0
    for index, item in enumerate(instance):
        if fast.is_valid(item):
            continue
        if shown >= MAX_ITEM_ERRORS:
            hidden += 1
            continue
        errors = list(validator.descend(item, items, path=index))
        shown += bool(errors)
        yield from errors
    if hidden:
        yield ValidationError(
            f"{hidden} more items have errors (only the first {MAX_ITEM_ERRORS} are shown).", validator="hiddenItems"
        )


def _max_items(validator: t.Any, most: int, instance: t.Any, schema: dict[str, t.Any]) -> Iterator[ValidationError]:
    if "items" not in schema:  # else ``_items`` reports it
        yield from Draft4Validator.VALIDATORS["maxItems"](validator, most, instance, schema)


def _required(
    validator: t.Any, required: list[str], instance: t.Any, schema: dict[str, t.Any]
) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    properties = schema.get("properties", {})
    for name in required:
        if name not in instance and not properties.get(name, {}).get("readOnly"):
            yield ValidationError("This field is required.", path=[name], validator="required")


def _all_of(
    validator: t.Any, all_of: list[dict[str, t.Any]], instance: t.Any, schema: dict[str, t.Any]
) -> Iterator[ValidationError]:
    """``nullable`` next to ``allOf`` (how drf-spectacular writes a nullable ``$ref``) lets null through."""
    if instance is None and schema.get("nullable"):
        return
    for index, subschema in enumerate(all_of):
        yield from validator.descend(instance, subschema, schema_path=index)


def _nullable(keyword: str) -> t.Callable[..., Iterator[ValidationError]]:
    """OpenAPI's ``nullable``: null passes ``type`` and ``enum`` where the schema allows it."""
    check = Draft4Validator.VALIDATORS[keyword]

    def nullable(
        validator: t.Any, value: t.Any, instance: t.Any, schema: dict[str, t.Any]
    ) -> Iterator[ValidationError]:
        if instance is None and (schema.get("nullable") or schema.get("x-nullable") is True):
            return
        yield from check(validator, value, instance, schema)

    return nullable


#: A schema whose ``oneOf`` (or ``anyOf``) the handler checks itself, in the service's own words and place (a
#: journal entry line's "a debit or a credit, not both", under ``debit_amount``; an invoice line's price, under
#: ``amount``): its mark says ``"answered_by": "handler"``.
HANDLER_RULE = "handler"


def _one_of(
    validator: t.Any, one_of: list[t.Any], instance: t.Any, schema: dict[str, t.Any]
) -> Iterator[ValidationError]:
    mark = schema.get("x-campfire-devkit")
    if isinstance(mark, dict) and mark.get("answered_by") == HANDLER_RULE:
        return
    yield from Draft4Validator.VALIDATORS["oneOf"](validator, one_of, instance, schema)


def _any_of(
    validator: t.Any, any_of: list[t.Any], instance: t.Any, schema: dict[str, t.Any]
) -> Iterator[ValidationError]:
    """``anyOf``, unless the handler answers it (an invoice line's "Give amount, rate, or a product ...")."""
    mark = schema.get("x-campfire-devkit")
    if isinstance(mark, dict) and mark.get("answered_by") == HANDLER_RULE:
        return
    yield from Draft4Validator.VALIDATORS["anyOf"](validator, any_of, instance, schema)


def _write_only(validator: t.Any, value: t.Any, instance: t.Any, schema: dict[str, t.Any]) -> Iterator[ValidationError]:
    yield ValidationError("Property is write-only")


DRFRequestValidator = extend(  # type: ignore[no-untyped-call]
    Draft4Validator,
    {
        "type": _nullable("type"),
        "enum": _nullable("enum"),
        "properties": _properties,
        "required": _required,
        "allOf": _all_of,
        "items": _items,
        "maxItems": _max_items,
        "oneOf": _one_of,
        "anyOf": _any_of,
    },
)
#: Response bodies: ``nullable`` honoured, write-only properties refused.
ResponseValidator = extend(  # type: ignore[no-untyped-call]
    Draft4Validator, {"type": _nullable("type"), "enum": _nullable("enum"), "writeOnly": _write_only}
)


#: Django forms' words for a filter that is no date (django-filter's ``DateFilter``, ``IsoDateTimeFilter``).
_FILTER_FORMATS = {"date": "Enter a valid date.", "date-time": "Enter a valid date/time."}


#: A sort parameter's pattern as ``spec/vendor.py`` states it: ``^(-?(name|id|...)(,-?(...))*)?$``.
_SORT_PATTERN = re.compile(r"^\^\(?-\?\(([\w|]+)\)")


def _sort_message(error: ValidationError) -> str | None:
    """The list's own words for a sort field it does not know, naming the fields it does."""
    found = _SORT_PATTERN.match(str(error.validator_value))
    if found is None or not isinstance(error.instance, str):
        return None
    known = found.group(1).split("|")
    asked = [field.strip().lstrip("-") for field in error.instance.split(",")]
    unknown = next((field for field in asked if field not in known), error.instance)
    return f"Unknown sort field {unknown!r}. Use {', '.join(known)}; - to reverse."


def filter_message(error: ValidationError) -> str:
    """The wording for one query parameter's error: a date or date-time filter the spec gives as a choice of
    forms (``anyOf``: a date-time, a date, the empty text) answers in Django forms' words, as django-filter
    does; any other (a plain ``format: date`` upstream declares among them) in ``drf_message``'s."""
    if error.validator == "pattern":
        return _sort_message(error) or drf_message(error)
    if error.validator not in ("anyOf", "oneOf") or not error.context:
        return drf_message(error)
    best = min(error.context, key=lambda e: len(e.path))
    if best.validator == "format" and best.validator_value in _FILTER_FORMATS:
        return _FILTER_FORMATS[str(best.validator_value)]
    return drf_message(error)


def drf_message(error: ValidationError) -> str:
    """DRF's wording for one jsonschema error."""
    kind = error.validator
    value: t.Any = error.validator_value
    schema: t.Any = error.schema
    if kind == "required":
        return "This field is required."
    if kind == "type":
        if error.instance is None:
            return "This field may not be null."
        wanted = value if isinstance(value, str) else value[0]
        return _TYPE_MESSAGES.get(str(wanted), error.message)
    if kind == "enum":
        return f'"{error.instance}" is not a valid choice.'
    if kind == "format" and value == "date":
        return _date_message(error.instance)
    if kind == "maxLength":
        return f"Ensure this field has no more than {value} characters."
    if kind == "minLength":
        return f"Ensure this field has at least {value} characters."
    if kind in ("minimum", "exclusiveMinimum"):
        strictly = "" if schema.get("exclusiveMinimum") else " or equal to"
        return f"Ensure this value is greater than{strictly} {schema.get('minimum')}."
    if kind in ("maximum", "exclusiveMaximum"):
        strictly = "" if schema.get("exclusiveMaximum") else " or equal to"
        return f"Ensure this value is less than{strictly} {schema.get('maximum')}."
    if kind == "minItems":  # a list that may not be empty is DRF's ``allow_empty=False``, in its words
        return "This list may not be empty." if value == 1 else f"Ensure this field has at least {value} elements."
    if kind == "maxItems":
        return f"Ensure this field has no more than {value} elements."
    if kind == "pattern":
        return "This value does not match the required pattern."
    if kind == "anyOf" and isinstance(value, list) and value and all(b.get("required") for b in value):
        names = [name for b in value for name in b["required"]]  # one of these fields, each as its branch says
        return f"Give {', '.join(names[:-1])} or {names[-1]}." if len(names) > 1 else f"Give {names[0]}."
    if kind in ("anyOf", "oneOf") and error.context:
        best = min(error.context, key=lambda e: len(e.path))
        return drf_message(best)
    return str(error.message)


def _insert(tree: dict[str, t.Any], path: list[t.Any], message: str) -> None:
    """Put ``message`` at ``path`` (clipped to the error schema's depth) in a DRF-shaped error tree
    (lists padded with ``{}``)."""
    path = clip_path(path)
    node: t.Any = tree
    for i, key in enumerate(path):
        last = i == len(path) - 1
        nxt = path[i + 1] if not last else None
        if isinstance(node, list):
            while len(node) <= key:
                node.append({})
            if last:
                node[key] = [message] if not isinstance(node[key], list) else node[key] + [message]
                return
            node = node[key]
            continue
        if last:
            existing = node.get(key)
            if isinstance(existing, list) and all(isinstance(m, str) for m in existing):
                if message not in existing:
                    existing.append(message)
            elif existing is None:
                node[key] = [message]
            return
        if key not in node or (isinstance(node[key], list) and all(isinstance(m, str) for m in node[key])):
            node[key] = [] if isinstance(nxt, int) else {}
        node = node[key]


def errors_to_fields(errors: t.Iterable[ValidationError]) -> dict[str, t.Any]:
    """Field-keyed DRF error body for a set of jsonschema errors."""
    tree: dict[str, t.Any] = {}
    for error in errors:
        if error.validator == "hiddenItems":  # the count ``_items`` gives for a long list's other errors
            where = ".".join(str(p) for p in error.absolute_path) or "non_field_errors"
            _insert(tree, ["non_field_errors"], f"{where}: {error.message}")
            continue
        path = list(error.absolute_path)
        if not path:
            path = ["non_field_errors"]
        elif isinstance(path[0], int):
            path = ["non_field_errors", *path]
        _insert(tree, path, drf_message(error))
    return tree


class SchemaChecker:
    """Validate data against a component schema of the spec, DRF-style (for bodies the spec
    leaves free-form, such as the items of a bulk create)."""

    def __init__(self, spec: dict[str, t.Any]) -> None:
        self._schemas = dereferencer(spec)
        self._validators: dict[str, t.Any] = {}
        self._relaxed: dict[tuple[str, frozenset[str]], dict[str, t.Any]] = {}

    def errors(self, schema: str, instance: t.Any) -> dict[str, t.Any]:
        validator = self._validators.get(schema)
        if validator is None:
            validator = self._validators[schema] = DRFRequestValidator(
                self._schemas.schema(schema), format_checker=FORMAT_CHECKER
            )
        return errors_to_fields(validator.iter_errors(instance))

    def item_errors(
        self, schema: str, items: list[t.Any], optional: frozenset[str] = frozenset()
    ) -> list[dict[str, t.Any]]:
        """``errors`` of each item, DRF's messages built only for the first ``MAX_ITEM_ERRORS`` failing ones
        (the compiled twin tells the others apart, each marked ``{"non_field_errors": [...]}``). Items
        lacking only ``optional`` fields pass the twin (the caller decides about those)."""
        key = (schema, optional)
        relaxed = self._relaxed.get(key)
        if relaxed is None:
            relaxed = self._relaxed[key] = dict(self._schemas.schema(schema))
            relaxed["required"] = [f for f in relaxed.get("required", []) if f not in optional]
        fast = cached_request_validator(relaxed)
        out: list[dict[str, t.Any]] = []
        shown = 0
        for item in items:
            if fast is not None and fast.is_valid(item):
                out.append({})
            elif shown < MAX_ITEM_ERRORS or fast is None:
                out.append(self.errors(schema, item))
                shown += bool(out[-1])
            else:
                out.append({"non_field_errors": ["Invalid item."]})
        return out

    def unservable(self, ws: t.Any, serializer: t.Any) -> list[str]:
        """What in a workspace would render against its response schema (for imports)."""
        problems: list[str] = []
        for schema, label, render in serializer.everything(ws):
            try:
                rendered = render()
            except (ArithmeticError, KeyError, TypeError, ValueError, AttributeError) as exc:
                problems.append(f"{label}: cannot be rendered ({type(exc).__name__}: {exc})")
                continue
            fast = fast_validator(self._schemas.schema(schema))
            if fast is not None and not fast.is_valid(rendered):
                error = next(iter(fast.iter_errors(rendered)))
                problems.append(f"{label}: {error.message}")
        return problems


__all__ = [
    "LONE_SURROGATE",
    "DRFRequestValidator",
    "ResponseValidator",
    "SchemaChecker",
    "check_int64",
    "drf_message",
    "errors_to_fields",
    "filter_message",
    "fits_int64",
    "parse_json",
    "parse_json_bytes",
]
