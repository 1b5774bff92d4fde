"""The one reader of the vendored specs: loading, merging, ``$ref`` resolution and the operation list."""

from __future__ import annotations

import json
import threading
import typing as t
import weakref
from importlib import resources
from pathlib import Path

import yaml

Spec = dict[str, t.Any]


def packaged_spec(name: str = "campfire.openapi.yaml") -> Path:
    return Path(str(resources.files("campfire_mock").joinpath("spec", name)))


#: libyaml's safe loader where PyYAML was built with it (8x faster on the 8,000-line spec).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_spec(path: Path) -> Spec:
    """A spec file as data: JSON read as JSON, a packaged YAML spec from its JSON twin (``spec/package.py``
    writes it), any other YAML parsed."""
    if path.suffix != ".json" and path.parent == packaged_spec().parent and path.with_suffix(".json").is_file():
        path = path.with_suffix(".json")
    if path.suffix == ".json":
        return t.cast(Spec, json.loads(path.read_text(encoding="utf-8")))
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


class Dereferencer:
    """Local ``$ref``s of one document replaced by the objects they point to, on demand: each target is
    resolved once and shared, so a part of the spec costs only itself (start-up resolves nothing it
    does not need). A recursive schema becomes a cycle."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._done: dict[str, t.Any] = {}
        self._whole: Spec | None = None
        #: Held while a target is resolved (re-entered by its own recursion), so another thread never
        #: reads a target half filled in: requests resolve parts of the spec on first use.
        self._lock = threading.RLock()

    def _target(self, ref: str) -> t.Any:
        node: t.Any = self.spec
        for part in ref.removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def walk(self, node: t.Any) -> t.Any:
        """A copy of ``node`` with every local ``$ref`` resolved."""
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                done = self._done
                with self._lock:
                    if ref not in done:
                        done[ref] = placeholder = {}
                        resolved = self.walk(self._target(ref))
                        if isinstance(resolved, dict):
                            placeholder.update(resolved)
                        else:
                            done[ref] = resolved
                    return done[ref]
            return {key: self.walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [self.walk(value) for value in node]
        return node

    def schema(self, name: str) -> dict[str, t.Any]:
        """A component schema, resolved."""
        return t.cast(dict[str, t.Any], self.walk({"$ref": f"#/components/schemas/{name.replace('/', '~1')}"}))

    def whole(self) -> Spec:
        if self._whole is None:
            self._whole = t.cast(Spec, self.walk(self.spec))
        return self._whole


#: Each document's reader, for as long as something (an app's checkers, its plans) holds the reader; the
#: reader holds its document, so the id is not reused while the entry lives.
_DEREFERENCERS: weakref.WeakValueDictionary[int, Dereferencer] = weakref.WeakValueDictionary()


def dereferencer(spec: Spec) -> Dereferencer:
    """The (one, cached) ``Dereferencer`` of a document (the callers only read what it gives)."""
    found = _DEREFERENCERS.get(id(spec))
    if found is not None and found.spec is spec:
        return found
    found = _DEREFERENCERS[id(spec)] = Dereferencer(spec)
    return found


def deref(spec: Spec) -> Spec:
    """A copy of ``spec`` with every local ``$ref`` replaced by the object it points to (what Connexion's
    ``resolve_refs`` gives, without importing Connexion), made once per document."""
    return dereferencer(spec).whole()


def operations(spec: Spec) -> t.Iterator[tuple[str, str, dict[str, t.Any]]]:
    """Every ``(path, METHOD, operation)`` of a spec."""
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method != "parameters" and isinstance(op, dict):
                yield path, method.upper(), op
