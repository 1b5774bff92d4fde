"""The one reader of the vendored specs: loading, merging, path patterns, ``$ref``
resolution and the response shapes every rendered object follows.

Every response object carries exactly the properties its schema declares, in the
schema's order, minus write-only ones: the value the mock has, or a type-appropriate
empty value (``null`` only where the schema allows it). Numbers that are whole are
emitted as integers (``55``, not ``55.0``), as Campfire's examples show; timestamps
in Campfire's ``+0000`` form.
"""

from __future__ import annotations

import functools
import json
import re
import typing as t
from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path

import yaml

from .domain.clock import format_timestamp

Spec = dict[str, t.Any]
Shape = tuple[tuple[str, t.Any], ...]
EPOCH = "1970-01-01T00:00:00+0000"
_TIMESTAMP = object()


def packaged_spec(name: str = "campfire.openapi.yaml") -> Path:
    return Path(str(resources.files("campfire_mock").joinpath("spec", name)))


#: libyaml's safe loader where PyYAML was built with it (8x faster on the 8,000-line spec).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_spec(path: Path) -> Spec:
    """A spec file as data; a packaged spec from its JSON twin (``spec/package.py`` writes it)."""
    twin = path.with_suffix(".json")
    if path.parent == packaged_spec().parent and twin.is_file():
        return t.cast(Spec, json.loads(twin.read_text(encoding="utf-8")))
    return t.cast(Spec, yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER))


def merged_spec(api: Spec, admin: Spec) -> Spec:
    """One document with both specs' paths, so both share one router and one /ui."""
    admin_paths: dict[str, t.Any] = {}
    for path, item in admin["paths"].items():
        admin_paths[path] = {
            m: (
                {**op, "security": op.get("security", admin.get("security", []))}
                if isinstance(op, dict) and m != "parameters"
                else op
            )
            for m, op in item.items()
        }
    merged = {**api, "paths": {**api["paths"], **admin_paths}}
    schemas = dict(api["components"]["schemas"])
    for name, schema in admin["components"]["schemas"].items():
        if (
            name in schemas
            and schemas[name] != schema
            # The shared error schemas differ only by our x-campfire-devkit markers.
            and not name.startswith(("ErrorDetail", "ValidationError"))
        ):
            raise ValueError(f"schema {name} differs between the two specs")
        schemas.setdefault(name, schema)
    merged["components"] = {
        **api["components"],
        "schemas": schemas,
        "responses": admin["components"].get("responses", {}),
    }
    merged["tags"] = [*api.get("tags", []), *admin.get("tags", [])]
    return merged


_DEREFERENCED: dict[int, tuple[Spec, Spec]] = {}


def deref(spec: Spec) -> Spec:
    """A copy of ``spec`` with every local ``$ref`` replaced by the object it points to (what Connexion's
    ``resolve_refs`` gives, without importing Connexion). A recursive schema becomes a cycle. Made once
    per document (the callers only read it)."""
    cached = _DEREFERENCED.get(id(spec))
    if cached is not None and cached[0] is spec:
        return cached[1]
    result = _deref(spec)
    if len(_DEREFERENCED) >= 8:  # the last few documents (one app's two); tests build many apps
        del _DEREFERENCED[next(iter(_DEREFERENCED))]
    _DEREFERENCED[id(spec)] = (spec, result)
    return result


def _deref(spec: Spec) -> Spec:
    done: dict[str, t.Any] = {}

    def target(ref: str) -> t.Any:
        node: t.Any = spec
        for part in ref.removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def walk(node: t.Any) -> t.Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                if ref not in done:
                    done[ref] = placeholder = {}
                    resolved = walk(target(ref))
                    if isinstance(resolved, dict):
                        placeholder.update(resolved)
                    else:
                        done[ref] = resolved
                return done[ref]
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value) for value in node]
        return node

    return t.cast(Spec, walk(spec))


def path_pattern(path: str) -> re.Pattern[str]:
    """A regex matching concrete paths of a spec path template (``/invoice/{id}/``); each template
    parameter is a group, in the order ``path_parameters`` names them."""
    return re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "([^/]+)", re.escape(path)) + "$")


def path_parameters(path: str) -> tuple[str, ...]:
    """The parameter names of a spec path template, in order."""
    return tuple(re.findall(r"\{([^/]+?)\}", path))


def operations(spec: Spec) -> t.Iterator[tuple[str, str, dict[str, t.Any]]]:
    """Every ``(path, METHOD, operation)`` of a spec."""
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method != "parameters" and isinstance(op, dict):
                yield path, method.upper(), op


class OperationIndex:
    """Which operation a concrete method and path reach, and which methods a path offers."""

    def __init__(self, spec: Spec) -> None:
        # Literal paths before templated ones, as the router tries them (``bulk-create/`` before ``{id}/``).
        paths = sorted(spec["paths"], key=lambda path: path.count("{"))
        self.paths = [(path_pattern(path), {m: op for p, m, op in operations(spec) if p == path}) for path in paths]

    def _match(self, path: str) -> dict[str, dict[str, t.Any]]:
        return next((ops for pattern, ops in self.paths if pattern.match(path)), {})

    def find(self, method: str, path: str) -> str | None:
        op = self._match(path).get(method)
        return None if op is None else str(op["operationId"])

    def allowed(self, path: str) -> str:
        """The ``Allow`` header of a 405 on ``path``."""
        return ", ".join(sorted(self._match(path)))


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


def number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


_PLAIN = frozenset({str, int, float, bool, type(None)})


def jsonable(value: t.Any) -> t.Any:
    """Decimals, dates, timestamps and nested containers as JSON-ready values."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, datetime):
        return format_timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def _empty(schema: dict[str, t.Any], schemas: dict[str, t.Any]) -> t.Any:
    """What a response shows for a property the mock has no value for."""
    if schema.get("nullable"):
        return None
    schema = resolve(schema, schemas)
    if schema.get("nullable"):
        return None
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
        for name in schemas:
            props = schemas[name].get("properties")
            if props:
                self._shapes[name] = tuple(
                    (prop, _empty(sub, schemas)) for prop, sub in props.items() if not sub.get("writeOnly")
                )

    def render(self, schema: str, values: t.Mapping[str, t.Any]) -> dict[str, t.Any]:
        """A dict with exactly the schema's response properties."""
        out: dict[str, t.Any] = {}
        for prop, empty in self._shapes[schema]:
            value = values.get(prop)
            if value is None:
                value = empty if empty is not _TIMESTAMP else values.get("created_at") or EPOCH
            out[prop] = jsonable(value)
        return out

    @functools.cache  # noqa: B019 - one Shapes per app, a few dozen schemas
    def writable(self, schema: str) -> frozenset[str]:
        props = self.schemas[schema]["properties"]
        return frozenset(p for p, sub in props.items() if not sub.get("readOnly"))

    @functools.cache  # noqa: B019
    def _relations(self, schema: str) -> frozenset[str]:
        """Properties that take an id as an integer or a numeric string."""
        props = self.schemas[schema]["properties"]
        return frozenset(
            p for p, sub in props.items() if any(branch.get("type") == "integer" for branch in sub.get("anyOf", ()))
        )

    def strip_read_only(self, schema: str, body: dict[str, t.Any]) -> dict[str, t.Any]:
        """Drop read-only and unknown fields from a request body, nested lists included, as DRF does."""
        keep = self.writable(schema)
        relations = self._relations(schema)
        out = {k: _relation(v) if k in relations else v for k, v in body.items() if k in keep}
        for field, item_schema in self.nested.get(schema, {}).items():
            if isinstance(out.get(field), list):
                out[field] = [
                    self.strip_read_only(item_schema, item) if isinstance(item, dict) else item for item in out[field]
                ]
        return out
