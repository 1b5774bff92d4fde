"""Schema checks that answer like Django REST Framework, with no Connexion in them.

* ``DRFRequestValidator``: read-only properties ignored in request bodies, type and ``required``
  alike (drf-spectacular lists read-only fields as required and DRF ignores them on input, so
  Campfire's own examples pass), ``nullable`` honoured; errors rendered DRF's way, field-keyed and
  nested (``{"lines": [{}, {"amount": ["A valid number is required."]}]}``);
* ``drf_message``, ``filter_message``: DRF's and Django forms' words for one error.

``json_parse.py`` parses bodies (strict JSON, the documented limits); ``error_tree.py`` builds DRF's
error bodies; ``schema_checker.py`` checks a component schema the same way (free-form bodies, imports).
``http/connexion_validators.py`` plugs these into Connexion; the compiled request path uses the
jsonschema-rs twins in ``json_schema.py``.
"""

from __future__ import annotations

import datetime
import decimal
import re
import typing as t
from collections.abc import Iterator

from jsonschema import Draft4Validator, ValidationError
from jsonschema.validators import extend

from ..limits import (
    MAX_ITEM_ERRORS,
    MAX_ITEMS,
    MAX_YEAR,
    MIN_YEAR,
)
from .error_tree import Item, insert_error
from .json_schema import cached_request_validator


def _date_message(instance: t.Any) -> str:
    try:
        datetime.date.fromisoformat(instance)
    except (TypeError, ValueError):
        return "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."
    return f"Ensure the date falls between the years {MIN_YEAR} and {MAX_YEAR}."


#: DRF's words for a value its field cannot read, by the format the spec gives the field: ``EmailField``,
#: ``DateTimeField``, ``TimeField``, ``UUIDField``, ``URLField``, ``IPAddressField`` (``date``: ``_date_message``).
_FORMAT_MESSAGES = {
    "email": "Enter a valid email address.",
    "idn-email": "Enter a valid email address.",
    "date-time": "Datetime has wrong format. Use one of these formats instead: "
    "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
    "time": "Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]].",
    "uuid": "Must be a valid UUID.",
    "uri": "Enter a valid URL.",
    "uri-reference": "Enter a valid URL.",
    "ipv4": "Enter a valid IPv4 address.",
    "ipv6": "Enter a valid IPv6 address.",
}
#: DRF's ``CharField`` refuses text holding a NUL character (``ProhibitNullCharactersValidator``).
NULL_CHARACTERS = "Null characters are not allowed."

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
        if fast.is_valid(item) and not holds_nul(item):
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


#: Formats whose own check refuses text with a NUL in it, in its own words (DRF's ``DateField``, ``DateTimeField``,
#: ``TimeField`` and ``UUIDField`` are no ``CharField``).
_NOT_TEXT_FORMATS = frozenset({"date", "date-time", "time", "uuid"})


def holds_nul(value: t.Any) -> bool:
    """Whether any text in ``value`` (at any depth) holds a NUL character, which the compiled twins of the
    schemas do not refuse: an item they pass is checked again by DRF's validator when it holds one."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(holds_nul(k) or holds_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(holds_nul(v) for v in value)
    return False


def _type(validator: t.Any, value: t.Any, instance: t.Any, schema: dict[str, t.Any]) -> Iterator[ValidationError]:
    """``type`` with ``nullable`` honoured; a text field's value holding a NUL character is refused as DRF's
    ``CharField`` refuses it (``ProhibitNullCharactersValidator``), a choice and a date, time or UUID aside
    (their own checks answer those)."""
    errors = list(_nullable_type(validator, value, instance, schema))
    yield from errors
    if (
        not errors
        and value == "string"
        and isinstance(instance, str)
        and "\x00" in instance
        and "enum" not in schema
        and schema.get("format") not in _NOT_TEXT_FORMATS
    ):
        yield ValidationError(NULL_CHARACTERS, validator="nullCharacters", validator_value=value)


#: A schema whose ``oneOf`` (or ``anyOf``, or ``not``) the handler checks itself, in the service's own words and
#: place (a journal entry line's "a debit or a credit, not both", under ``debit_amount``; an invoice line's price,
#: under ``amount``; a contract update's ``prepaid_commits``): its mark says ``"answered_by": "handler"``.
HANDLER_RULE = "handler"


def _unless_handler(keyword: str) -> t.Callable[..., Iterator[ValidationError]]:
    """Draft 4's ``keyword`` (``oneOf``, ``anyOf``, ``not``), skipped where the schema's mark says the handler
    answers it (``HANDLER_RULE``: a journal entry line's side, an invoice line's "Give amount, rate, or a product
    ...", a contract update naming ``prepaid_commits``)."""
    check = Draft4Validator.VALIDATORS[keyword]

    def validate(
        validator: t.Any, value: t.Any, instance: t.Any, schema: dict[str, t.Any]
    ) -> Iterator[ValidationError]:
        mark = schema.get("x-campfire-devkit")
        if isinstance(mark, dict) and mark.get("answered_by") == HANDLER_RULE:
            return
        yield from check(validator, value, instance, schema)

    return validate


def _write_only(validator: t.Any, value: t.Any, instance: t.Any, schema: dict[str, t.Any]) -> Iterator[ValidationError]:
    yield ValidationError("Property is write-only")


_nullable_type = _nullable("type")

DRFRequestValidator = extend(  # type: ignore[no-untyped-call]
    Draft4Validator,
    {
        "type": _type,
        "enum": _nullable("enum"),
        "properties": _properties,
        "required": _required,
        "allOf": _all_of,
        "items": _items,
        "maxItems": _max_items,
        "oneOf": _unless_handler("oneOf"),
        "anyOf": _unless_handler("anyOf"),
        "not": _unless_handler("not"),
    },
)
#: Query and path parameters: plain Draft 4, but a choice the handler answers in its own words (a statement's
#: ``group_by``, marked ``answered_by: handler``) is left to it.
ParameterSchemaValidator = extend(  # type: ignore[no-untyped-call]
    Draft4Validator, {"oneOf": _unless_handler("oneOf"), "anyOf": _unless_handler("anyOf")}
)
#: Response bodies: ``nullable`` honoured, write-only properties refused.
ResponseValidator = extend(  # type: ignore[no-untyped-call]
    Draft4Validator, {"type": _nullable("type"), "enum": _nullable("enum"), "writeOnly": _write_only}
)


#: Django forms' words for a filter that is no date (django-filter's ``DateFilter``, ``IsoDateTimeFilter``).
_FILTER_FORMATS = {"date": "Enter a valid date.", "date-time": "Enter a valid date/time."}


#: A sort parameter's pattern as ``spec/vendoring/requests.py`` states it: ``^(-?(name|id|...)(,-?(...))*)?$``.
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
    if kind == "format" and value in _FORMAT_MESSAGES:
        return _FORMAT_MESSAGES[str(value)]
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
        numeric = _numeric_text_message(error.instance, value)
        if numeric is not None:
            return numeric
        best = min(error.context, key=lambda e: len(e.path))
        return drf_message(best)
    return str(error.message)


#: What DRF's ``IntegerField`` strips from integer text before ``int()`` (``re_decimal``: "5.0" is 5).
_DECIMAL_ZEROS = re.compile(r"\.0*\s*$")


def _numeric_text_message(instance: t.Any, branches: t.Any) -> str | None:
    """DRF's words for text sent to a number that may be sent as text (``anyOf``: a number, or a string with a
    pattern), which DRF reads as a number first: text that is no number is DRF's ``A valid number is
    required.``; a number beyond the field's bounds is answered as the same number sent as a number is; any
    other failure is the pattern's (``"1e1"``, which DRF would read as 10, the spec's text does not allow)."""
    if not isinstance(instance, str) or not isinstance(branches, list):
        return None
    number = next((b for b in branches if isinstance(b, dict) and b.get("type") in ("number", "integer")), None)
    text = next((b for b in branches if isinstance(b, dict) and b.get("type") == "string" and "pattern" in b), None)
    if number is None or text is None:
        return None
    sent: decimal.Decimal | int
    try:
        if number["type"] == "integer":  # DRF's IntegerField: ``int()`` of the text less a ".0" ending
            sent = int(_DECIMAL_ZEROS.sub("", instance))
        else:  # DRF's DecimalField and FloatField: a finite number, surrounding spaces ignored
            sent = decimal.Decimal(instance.strip())
            if not sent.is_finite():
                raise ValueError(instance)
    except (ValueError, ArithmeticError):
        return _TYPE_MESSAGES[str(number["type"])]
    beyond = next(iter(Draft4Validator(number).iter_errors(sent)), None)
    return drf_message(beyond) if beyond is not None else "This value does not match the required pattern."


def errors_to_fields(errors: t.Iterable[ValidationError]) -> dict[str, t.Any]:
    """Field-keyed DRF error body for a set of jsonschema errors."""
    tree: dict[str, t.Any] = {}
    for error in errors:
        if error.validator == "hiddenItems":  # the count ``_items`` gives for a long list's other errors
            where = ".".join(str(p) for p in error.absolute_path) or "non_field_errors"
            insert_error(tree, ["non_field_errors"], f"{where}: {error.message}")
            continue
        path = _where(error)
        if not path:
            path = ["non_field_errors"]
        elif isinstance(path[0], int):
            path = ["non_field_errors", *path]
        insert_error(tree, path, drf_message(error))
    return tree


def _is_object(schema: t.Any) -> bool:
    """Whether ``schema`` describes an object with fields (a serializer in DRF), directly or in a branch."""
    if not isinstance(schema, dict):
        return False
    if "properties" in schema or schema.get("type") == "object":
        return True
    return any(_is_object(b) for key in ("anyOf", "oneOf", "allOf") for b in schema.get(key) or [])


def _where(error: ValidationError) -> list[t.Any]:
    """Where DRF puts ``error`` in its body (``error_tree.py``): an item of a list of objects, or a nested
    object, given no object, under its ``non_field_errors``; a null item of a list of objects as that item's
    messages (``Item``); a list's own error (no list, empty, too long) as the field's messages, as the
    handlers answer them; any other at its path."""
    path = list(error.absolute_path)
    schema = error.schema
    if not isinstance(schema, dict) or not path:
        return path
    if isinstance(path[-1], int) and _is_object(schema):
        return [*path, "non_field_errors"] if error.instance is not None else [*path[:-1], Item(path[-1])]
    if error.validator == "type" and error.instance is not None and "properties" in schema:
        return [*path, "non_field_errors"]
    return path


__all__ = ["DRFRequestValidator", "ResponseValidator", "drf_message", "errors_to_fields", "filter_message"]
