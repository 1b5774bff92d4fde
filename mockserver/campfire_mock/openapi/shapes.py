"""The response shapes every rendered object follows, read once from the spec.

Every response object carries exactly the properties its schema declares, in the
schema's order, minus write-only ones: the value the mock has, or a type-appropriate
empty value (``null`` only where the schema allows it). Numbers that are whole are
emitted as integers (``55``, not ``55.0``), as Campfire's examples show; timestamps
in Campfire's ``+0000`` form (``wire.py``).
"""

from __future__ import annotations

import functools
import typing as t

from ..errors import ValidationFailed
from ..limits import MAX_INT
from ..wire import CONVERT as _CONVERT
from ..wire import EPOCH, jsonable
from ..wire import PLAIN as _PLAIN
from .documents import Spec

Shape = tuple[tuple[str, t.Any], ...]
#: One object of a request body cleaned: what is kept of it, and the errors of its relation ids.
_Strip = t.Callable[[dict[str, t.Any]], tuple[dict[str, t.Any], dict[str, t.Any]]]
_TIMESTAMP = object()
#: Values a response shows as they are (``wire.jsonable`` returns them unchanged).


_UNSET: t.Any = object()


class _Plan(t.NamedTuple):
    """How ``Shapes.render`` fills one schema: a template in the schema's order holding each property's
    empty value (``_UNSET`` for one made per answer), the properties, and those made per answer."""

    template: dict[str, t.Any]
    props: frozenset[str]
    #: ``(property, make)``: ``make()`` gives its empty value afresh (``None``: the answer's timestamp).
    unset: tuple[tuple[str, t.Callable[[], t.Any] | None], ...]

    @classmethod
    def of(cls, shape: Shape) -> _Plan:
        per_answer = tuple((prop, _maker(empty)) for prop, empty in shape if type(empty) not in _PLAIN)
        made = {prop for prop, _ in per_answer}
        template = {prop: _UNSET if prop in made else empty for prop, empty in shape}
        return cls(template, frozenset(template), per_answer)


def _maker(empty: t.Any) -> t.Callable[[], t.Any] | None:
    """What makes a property's empty value afresh for each answer (``None`` for a timestamp)."""
    if empty is _TIMESTAMP:
        return None
    if type(empty) in (list, dict) and not empty:
        return type(empty)  # ``list()``, ``dict()``: a new empty container, none shared
    return functools.partial(jsonable, empty)


def resolve(schema: dict[str, t.Any], schemas: dict[str, t.Any]) -> dict[str, t.Any]:
    """Follow local ``$ref``s and single-branch ``allOf``/``oneOf`` to a concrete schema."""
    for _ in range(10):
        if "$ref" in schema:
            schema = {**schemas[schema["$ref"].rsplit("/", 1)[-1]], **{k: v for k, v in schema.items() if k != "$ref"}}
        elif "allOf" in schema and len(schema["allOf"]) == 1:
            schema = {**schema["allOf"][0], **{k: v for k, v in schema.items() if k != "allOf"}}
        elif "oneOf" in schema and "type" not in schema:
            schema = {**schema["oneOf"][0], **{k: v for k, v in schema.items() if k != "oneOf"}}
        else:
            break
    return schema


def _empty(schema: dict[str, t.Any], schemas: dict[str, t.Any]) -> t.Any:
    """What a response shows for a property the mock has no value for."""
    if schema.get("nullable"):
        return None
    schema = resolve(schema, schemas)
    if schema.get("nullable"):
        return None
    if schema.get("default") is not None and type(schema["default"]) in _PLAIN:
        return schema["default"]  # upstream's model default, for a field the object never set
    if schema.get("enum"):
        return schema["enum"][0]
    if "pattern" in schema and "T" in schema["pattern"]:
        return _TIMESTAMP
    kind = schema.get("type")
    if kind is None and "anyOf" in schema:
        kind = schema["anyOf"][0].get("type")
    return {"array": [], "boolean": False, "string": "", "number": 0, "integer": 0, "object": {}}.get(kind or "")


def _relation(value: t.Any) -> t.Any:
    """DRF's reading of a relation id: "" is null, "54" is 54."""
    if value == "":
        return None
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value


def read_relations(body: dict[str, t.Any], relations: t.Collection[str]) -> dict[str, t.Any]:
    """``body`` with its relation ids read as DRF reads them (``"54"`` is 54, ``""`` is null); a numeric
    string beyond ``MAX_INT`` is a 400 naming the field (no stored id can be that large)."""
    out, errors = _read_relations(body, relations)
    if errors:
        raise ValidationFailed(errors)
    return out


_TOO_LARGE = f"Ensure this value is less than or equal to {MAX_INT} in size."


def _read_relations(body: dict[str, t.Any], relations: t.Collection[str]) -> tuple[dict[str, t.Any], dict[str, t.Any]]:
    out = {k: _relation(v) if k in relations else v for k, v in body.items()}
    return out, {k: [_TOO_LARGE] for k in relations if isinstance(out.get(k), int) and out[k] > MAX_INT}


class Shapes:
    """Property lists of the response schemas, read once from the spec."""

    def __init__(self, spec: Spec) -> None:
        schemas = spec["components"]["schemas"]
        self.spec = spec
        self.schemas = schemas
        self._shapes: dict[str, Shape] = {}
        #: schema -> {list property: item schema} for lists of objects (``lines``, ``contacts``).
        self.nested: dict[str, dict[str, str]] = {}
        for name, schema in schemas.items():
            for prop, sub in schema.get("properties", {}).items():
                ref = sub.get("items", {}).get("$ref", "") if sub.get("type") == "array" else ""
                target = ref.rsplit("/", 1)[-1]
                if target and "properties" in schemas.get(target, {}):
                    self.nested.setdefault(name, {})[prop] = target
        self._plans: dict[str, _Plan] = {}
        #: schema -> its compiled ``strip_read_only`` (``cleaner``), and what cleans one object of it.
        self._cleaners: dict[str, t.Callable[[dict[str, t.Any]], dict[str, t.Any]]] = {}
        self._strips: dict[str, _Strip] = {}
        #: Per-instance caches (a ``functools.cache`` on a method would keep every app's ``Shapes`` alive).
        self._writable: dict[str, frozenset[str]] = {}
        self._relation_props: dict[str, frozenset[str]] = {}
        for name in schemas:
            props = schemas[name].get("properties")
            if props:
                self._shapes[name] = tuple(
                    (prop, _empty(sub, schemas)) for prop, sub in props.items() if not sub.get("writeOnly")
                )
                self._plans[name] = _Plan.of(self._shapes[name])

    def shape(self, schema: str) -> Shape:
        """The schema's response properties in order, each with its empty value."""
        return self._shapes[schema]

    def render(self, schema: str, values: t.Mapping[str, t.Any]) -> dict[str, t.Any]:
        """A dict with exactly the schema's response properties, JSON-ready (``wire.jsonable``): the value
        ``values`` has (not ``None``), else the property's empty value."""
        template, props, unset = self._plans[schema]
        out = template.copy()  # the schema's order, every plain empty in place
        for prop, value in values.items():  # only the properties given are looked at, each once
            if value is not None and prop in props:
                kind = type(value)
                if kind in _PLAIN:
                    out[prop] = value
                else:
                    convert = _CONVERT.get(kind)
                    out[prop] = convert(value) if convert is not None else jsonable(value)
        for prop, make in unset:
            if out[prop] is _UNSET:  # an empty container made afresh (none is shared), or a timestamp
                out[prop] = make() if make is not None else jsonable(values.get("created_at") or EPOCH)
        return out

    def writable(self, schema: str) -> frozenset[str]:
        """The schema's properties a client may write (not read-only), read once per schema."""
        found = self._writable.get(schema)
        if found is None:
            props = self.schemas[schema]["properties"]
            found = self._writable[schema] = frozenset(p for p, sub in props.items() if not sub.get("readOnly"))
        return found

    def _relations(self, schema: str) -> frozenset[str]:
        """Properties that take an id as an integer or a numeric string, read once per schema."""
        found = self._relation_props.get(schema)
        if found is None:
            props = self.schemas[schema]["properties"]
            found = self._relation_props[schema] = frozenset(
                p for p, sub in props.items() if any(branch.get("type") == "integer" for branch in sub.get("anyOf", ()))
            )
        return found

    def strip_read_only(self, schema: str, body: dict[str, t.Any]) -> dict[str, t.Any]:
        """Drop read-only and unknown fields from a request body, nested lists included, as DRF does.
        A relation id given as a numeric string beyond ``MAX_INT`` is a 400 naming the field."""
        return self.cleaner(schema)(body)

    def cleaner(self, schema: str) -> t.Callable[[dict[str, t.Any]], dict[str, t.Any]]:
        """``strip_read_only`` for ``schema``, compiled once: its key sets and its nested lists' cleaners
        made ahead, so a body is cleaned in one pass over the fields it gives."""
        found = self._cleaners.get(schema)
        if found is None:
            strip = self._compiled(schema)

            def found(body: dict[str, t.Any]) -> dict[str, t.Any]:
                out, errors = strip(body)
                if errors:
                    raise ValidationFailed(errors)
                return out

            self._cleaners[schema] = found
        return found

    def _compiled(self, schema: str) -> _Strip:
        """What cleans one object of ``schema``: its fields and errors (nested lists by their item's)."""
        found = self._strips.get(schema)
        if found is not None:
            return found
        keep, relations = self.writable(schema), self._relations(schema)
        #: (list field, what cleans its items): filled once this schema's own cleaner is known (a line
        #: schema may name itself).
        nested: list[tuple[str, _Strip]] = []

        def strip(body: dict[str, t.Any]) -> tuple[dict[str, t.Any], dict[str, t.Any]]:
            out: dict[str, t.Any] = {}
            errors: dict[str, t.Any] = {}
            for k, v in body.items():  # only the fields given are looked at
                if k in keep:
                    if k in relations:
                        v = _relation(v)
                        if isinstance(v, int) and v > MAX_INT:
                            errors[k] = [_TOO_LARGE]
                    out[k] = v
            for field, item_strip in nested:
                items = out.get(field)
                if isinstance(items, list):  # one pass: the items cleaned, and each one's errors
                    cleaned: list[t.Any] = []
                    item_errors: list[dict[str, t.Any]] = []
                    wrong = False
                    for item in items:
                        error: dict[str, t.Any] = {}
                        if isinstance(item, dict):
                            item, error = item_strip(item)
                            wrong = wrong or bool(error)
                        cleaned.append(item)
                        item_errors.append(error)
                    out[field] = cleaned
                    if wrong:
                        errors[field] = item_errors
            return out, errors

        self._strips[schema] = strip
        nested.extend((field, self._compiled(item)) for field, item in self.nested.get(schema, {}).items())
        return strip
