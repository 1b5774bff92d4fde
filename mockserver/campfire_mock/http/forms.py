"""Form bodies, read as the JSON they stand for.

Campfire declares every write body as JSON, form-urlencoded and multipart, and Django REST
Framework reads all three. The mock turns a form body into JSON before routing, coercing
each field by the operation's schema (``"5"`` to 5 for an integer, ``"true"`` to true,
a JSON text for an object or list, repeated keys for an array), so that validation and
handlers see one shape. A list field takes one part per item (as DRF's ``getlist()`` reads a list of
scalars), a JSON object in each part where the item is an object; a list of objects may instead be one part
holding the JSON list.

Lists and objects may also be spelled as DRF's HTML form parsing reads them
(``rest_framework.utils.html.parse_html_list``/``parse_html_dict``): ``lines[0]=5`` is item 0 of a list,
``lines[0]amount=5`` the field ``amount`` of its item 0 (items ordered by index, gaps closed, ``[01]`` the
same as ``[1]``, the last value of a repeated key kept), ``profile.name=x`` the field ``name`` of an object,
and so on inside items. As in DRF, what follows the index is the field's name as written:
``lines[0][amount]`` names a field ``[amount]``, which no schema has. Where a field is given both plainly and
by index, the plain value wins.
"""

from __future__ import annotations

import base64
import functools
import json
import re
import typing as t
from urllib.parse import quote

from starlette.datastructures import FormData, Headers
from starlette.formparsers import FormParser, MultiPartParser

from ..errors import ParseError, TooLarge, ValidationFailed
from ..limits import MAX_FORM_FIELDS, MAX_FORM_VALUES, MAX_INT, MAX_ITEMS, MAX_JSON_DEPTH
from ..openapi.documents import operations
from ..openapi.router import OperationIndex
from ..openapi.shapes import resolve

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
_INT = re.compile(r"^-?\d+$")
#: DRF's keys for list items (``name[0]`` or ``name[0]field``) and object fields (``name.field``).
_INDEXED = re.compile(r"^([^\[\].]+)\[([0-9]+)\](.*)$", re.S)
_DOTTED = re.compile(r"^([^\[\].]+)\.(.+)$", re.S)


class FormDecoder:
    """Knows each operation's form schema, and turns a form into JSON bytes."""

    def __init__(self, spec: dict[str, t.Any], index: OperationIndex) -> None:
        self.schemas: dict[str, t.Any] = spec["components"]["schemas"]
        self.index = index
        #: Form schemas by operationId; the one path index says which operation a request reaches.
        self.forms: dict[str, dict[str, t.Any]] = {}
        #: The JSON body's schema of each operation with a form body: which fields may be null (a form
        #: schema says none may: a form cannot send null, an empty value stands for it, as DRF reads it).
        self.json: dict[str, dict[str, t.Any]] = {}
        self._read: dict[str, dict[str, t.Any]] = {}
        #: The form types each operation declares: a form of another type is no body it takes (DRF's 415).
        self.types: dict[str, frozenset[str]] = {}
        for _, _, op in operations(spec):
            content = op.get("requestBody", {}).get("content", {})
            # the multipart schema names every field (the urlencoded one leaves out those that nest)
            schema = next((content[m]["schema"] for m in reversed(FORM_TYPES) if m in content), None)
            if schema is not None:
                self.forms[op["operationId"]] = schema
                self.types[op["operationId"]] = frozenset(m for m in FORM_TYPES if m in content)
                self.json[op["operationId"]] = (content.get("application/json") or {}).get("schema") or schema

    def schema_for(self, method: str, path: str, content_type: str, empty: bool = False) -> dict[str, t.Any] | None:
        """The form schema the operation's fields are read by, each field ``nullable`` where the JSON body's
        is (so an empty value reads as null there); None where the operation declares no form body of
        ``content_type`` (the body then goes on as sent, and is refused as a type the operation does not take),
        unless the body is ``empty``: DRF reads no body as no data whatever its type."""
        operation_id = self.index.find(method, path)
        media = content_type.split(";", 1)[0].strip().lower()
        types = self.types.get(operation_id or "", frozenset())
        if operation_id is None or not types or not (empty or media in types):
            return None
        found = self._read.get(operation_id)
        if found is None:
            form = resolve(self.forms[operation_id], self.schemas)
            json_props = resolve(self.json[operation_id], self.schemas).get("properties", {})
            props = {
                k: {**resolve(v, self.schemas), "nullable": True} if json_props.get(k, {}).get("nullable") else v
                for k, v in form.get("properties", {}).items()
            }
            found = self._read[operation_id] = {**form, "properties": props}
        return found

    async def to_json(self, headers: Headers, body: bytes, schema: dict[str, t.Any]) -> bytes:
        async def stream() -> t.AsyncGenerator[bytes, None]:
            yield body
            yield b""  # the parsers finish on an empty chunk

        content_type = headers.get("content-type", "")
        multipart = content_type.startswith("multipart/")
        if (
            not multipart and body.count(b"&") + body.count(b";") >= MAX_FORM_VALUES
        ):  # counted before anything is parsed
            raise TooLarge(f"A form body may have at most {MAX_FORM_VALUES} values.")
        try:
            if multipart:
                form = await MultiPartParser(headers, stream(), max_fields=MAX_FORM_VALUES).parse()
            else:
                form = await FormParser(headers, stream()).parse()
        except Exception as exc:  # the parsers raise several unrelated types for bad input
            kind = "Multipart form" if multipart else "Form"
            raise ParseError(f"{kind} parse error - {exc}") from exc  # DRF's words
        try:
            return json.dumps(self.decode(form, schema)).encode()
        except RecursionError:
            raise ParseError(f"JSON nesting is deeper than {MAX_JSON_DEPTH} levels.") from None

    def decode(self, form: FormData, schema: dict[str, t.Any]) -> dict[str, t.Any]:
        if len(form) > MAX_FORM_FIELDS:  # distinct names; a repeated name is one list field
            raise TooLarge(f"A form body may have at most {MAX_FORM_FIELDS} fields.")
        pairs = [(k, v if isinstance(v, str) else _file_text(v)) for k, v in form.multi_items()]
        decoded, errors = self.read(pairs, schema)
        if errors:
            raise ValidationFailed(errors)
        return decoded

    def read(self, pairs: list[tuple[str, str]], schema: dict[str, t.Any]) -> tuple[dict[str, t.Any], dict[str, t.Any]]:
        """The object ``pairs`` (key, value) spell by ``schema``, and the errors of its fields: plain keys (a
        repeated one is a list), then DRF's indexed and dotted keys for the list and object fields not given
        plainly."""
        props = schema.get("properties", {})
        grouped: dict[str, list[str]] = {}
        indexed: dict[str, dict[str, list[tuple[str, str]]]] = {}
        dotted: dict[str, list[tuple[str, str]]] = {}
        for key, value in pairs:  # one pass: getlist() per key would be quadratic
            found = None if key in props else _INDEXED.match(key) or _DOTTED.match(key)
            field = resolve(props.get(found.group(1), {}), self.schemas) if found is not None else {}
            if found is not None and found.re is _INDEXED and self.kind(field) == "array":
                index = found.group(2).lstrip("0") or "0"
                indexed.setdefault(found.group(1), {}).setdefault(index, []).append((found.group(3), value))
            elif found is not None and found.re is _DOTTED and self.kind(field) == "object":
                dotted.setdefault(found.group(1), []).append((found.group(2), value))
            else:
                grouped.setdefault(key, []).append(value)
        decoded: dict[str, t.Any] = {}
        errors: dict[str, t.Any] = {}
        for key, values in grouped.items():
            try:
                decoded[key] = self.coerce(resolve(props.get(key, {}), self.schemas), values)
            except _FieldError as exc:
                errors[key] = [str(exc)]
        for key, by_index in indexed.items():
            if key not in grouped:
                listed = functools.partial(self.items, resolve(props[key], self.schemas), by_index)
                self._nested(key, listed, decoded, errors)
        for key, fields in dotted.items():
            if key not in grouped:
                named = functools.partial(self.read, _last(fields), resolve(props[key], self.schemas))
                self._nested(key, named, decoded, errors)
        return decoded, errors

    @staticmethod
    def _nested(
        key: str, read: t.Callable[[], tuple[t.Any, t.Any]], decoded: dict[str, t.Any], errors: dict[str, t.Any]
    ) -> None:
        try:
            value, problems = read()
        except _FieldError as exc:
            errors[key] = [str(exc)]
            return
        if problems:
            errors[key] = problems
        else:
            decoded[key] = value

    def items(
        self, schema: dict[str, t.Any], by_index: dict[str, list[tuple[str, str]]]
    ) -> tuple[list[t.Any], list[t.Any] | None]:
        """A list spelled by index (``[N]`` or ``[N]field`` after the list's name), in index order, and its
        items' errors (DRF's per-item shape) if any."""
        schema = self.typed(schema)  # a form twin's ``anyOf: [array, ""]`` keeps items in its array branch
        most = schema.get("maxItems", MAX_ITEMS)
        if len(by_index) > most:  # before a single item is read
            raise _FieldError(f"Ensure this field has no more than {most} elements.")
        item = resolve(schema.get("items", {}), self.schemas)
        out: list[t.Any] = []
        problems: list[t.Any] = []
        for index in sorted(by_index, key=lambda n: (len(n), n)):  # as numbers, without reading one
            entries = by_index[index]
            fields = [(rest, value) for rest, value in entries if rest]
            if not fields:  # ``name[N]``: the item itself
                out.append(self.coerce(item, [entries[-1][1]]))
                problems.append({})
                continue
            value, found = self.read(_last(fields), item)
            out.append(value)
            problems.append(found)
        return out, (problems if any(problems) else None)

    def kind(self, schema: dict[str, t.Any]) -> str | None:
        """A field's type: its own, else its first typed ``anyOf`` branch's (a form twin wraps a nullable field
        as ``anyOf: [the field, ""]``)."""
        return self.typed(schema).get("type")

    def typed(self, schema: dict[str, t.Any]) -> dict[str, t.Any]:
        """The schema that gives a field its type: itself, else its first typed ``anyOf`` branch (where a form
        twin's array keeps its ``items`` and ``maxItems``)."""
        if "type" in schema or "anyOf" not in schema:
            return schema
        for branch in schema["anyOf"]:
            found = self.typed(resolve(branch, self.schemas))
            if "type" in found:
                return found
        return schema

    def takes_object(self, schema: dict[str, t.Any]) -> bool:
        """Whether one of a field's choices (``anyOf`` branches, nested) is an object."""
        branches = [resolve(b, self.schemas) for b in [*schema.get("anyOf", []), *schema.get("oneOf", [])]]
        return schema.get("type") == "object" or any(self.takes_object(b) for b in branches)

    def free_text(self, schema: dict[str, t.Any]) -> bool:
        """Whether a field is free text (DRF's ``CharField``, which keeps an empty value as it is), not a
        choice, a date or a number, which read an empty value as null when nullable (a form twin's empty-text
        branch aside)."""
        branches = [resolve(b, self.schemas) for b in [*schema.get("anyOf", []), *schema.get("oneOf", [])]]
        branches = [b for b in branches if b.get("enum") != [""]]
        if branches:
            return all(self.free_text(b) for b in branches)
        return (
            schema.get("type") == "string"
            and "enum" not in schema
            and "format" not in schema
            and re.search(schema.get("pattern", ""), "") is not None
        )  # a pattern that refuses "" is no blank-able text

    def coerce(self, schema: dict[str, t.Any], values: list[str]) -> t.Any:
        kind = self.kind(schema)
        if kind == "array":
            if values == [""] and schema.get("nullable"):
                return None  # the form twin's empty text for a nullable list, as for any nullable field
            schema = self.typed(schema)  # a form twin's ``anyOf: [array, ""]`` keeps items in its array branch
            item = resolve(schema.get("items", {}), self.schemas)
            if len(values) == 1 and values[0][:1] == "[" and self.kind(item) in ("object", None):
                return _json_or(values[0])  # one part holding the JSON list of objects
            # otherwise each part is one item (a JSON object for an object item), as DRF's getlist() reads
            # a list of scalars: a part "[1]" of a list of integers is no integer
            most = schema.get("maxItems", MAX_ITEMS)
            if len(values) > most:  # before a single value is coerced
                raise _FieldError(f"Ensure this field has no more than {most} elements.")
            return [self.coerce(item, [v]) for v in values]
        value = values[-1]
        if value == "" and schema.get("nullable") and not self.free_text(schema):
            return None
        if value[:1] == "{" and kind != "object" and self.takes_object(schema):
            return _json_or(value)  # a part holding the object one of the field's choices is (a tag by its id)
        if kind == "integer":
            if _INT.match(value) and len(value.lstrip("-0")) > len(str(MAX_INT)):
                raise _FieldError(f"Ensure this value is less than or equal to {MAX_INT} in size.")
            return int(value) if _INT.match(value) else value
        if kind == "number":
            try:
                return float(value)
            except ValueError:
                return value
        if kind == "boolean":
            return {"true": True, "false": False, "1": True, "0": False}.get(value.lower(), value)
        if kind in ("object", None) and value[:1] in ("{", "["):
            return _json_or(value)
        return value


def _file_text(upload: t.Any) -> str:
    """An uploaded file as a ``data:`` URL text (content type, file name, base64 content), so a file field
    reaches the handler as one string; the body limit already bounds its size."""
    handle = getattr(upload, "file", None)
    content = b""
    if handle is not None:
        with handle:  # read once, then closed (a spooled temporary file)
            content = handle.read()
    kind = getattr(upload, "content_type", None) or "application/octet-stream"
    name = quote(getattr(upload, "filename", None) or "file", safe="")
    return f"data:{kind};name={name};base64,{base64.b64encode(content).decode('ascii')}"


def _last(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each key once, with its last value, as DRF's ``QueryDict.items()`` gives an indexed item's fields."""
    return list(dict(pairs).items())


class _FieldError(Exception):
    """One form field cannot be read; the message is DRF's for it."""


def _json_or(text: str) -> t.Any:
    """The JSON a field's text stands for, or the text (for validation to name) if it is not JSON."""
    try:
        return json.loads(text)
    except RecursionError:
        raise _FieldError(f"JSON nesting is deeper than {MAX_JSON_DEPTH} levels.") from None
    except ValueError:
        return text
