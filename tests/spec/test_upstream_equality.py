"""The vendored spec equals Campfire's upstream schema except for marked additions.

Upstream is Campfire's published schema (July 2026), kept in ``spec/upstream/`` so this runs in any clone.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import typing as t
from pathlib import Path

import pytest

from campfire_mock.openapi.documents import load_spec, packaged_spec

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = ROOT / "spec" / "upstream" / "campfire-openapi-upstream.json"
METHODS = ("get", "put", "post", "delete", "patch")


def _vendor_module() -> t.Any:
    # vendor.py imports its package ``vendoring`` from its own folder, as it does when run as a script.
    if str(ROOT / "spec") not in sys.path:
        sys.path.insert(0, str(ROOT / "spec"))
    spec = importlib.util.spec_from_file_location("vendor", ROOT / "spec" / "vendor.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def without_prose(node: t.Any, in_properties: bool = False) -> t.Any:
    """Drop ``description``/``summary`` keywords (not properties of those names) and examples."""
    if isinstance(node, list):
        return [without_prose(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if in_properties:
            out[key] = without_prose(value)
        elif key in ("description", "summary", "examples", "example"):
            continue
        else:
            out[key] = without_prose(value, in_properties=(key == "properties"))
    return out


@pytest.fixture(scope="module")
def upstream() -> dict[str, t.Any]:
    return json.loads(UPSTREAM.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def vendored() -> dict[str, t.Any]:
    # spec/campfire.openapi.yaml, read from its packaged JSON twin (equal: test_spec_files.py): ms, not seconds
    return load_spec(packaged_spec())


@pytest.fixture(scope="module")
def reverted(vendored: dict[str, t.Any]) -> dict[str, t.Any]:
    return t.cast(dict[str, t.Any], _vendor_module().revert_additions(vendored))


def test_vendoring_is_reproducible(upstream: dict[str, t.Any]) -> None:
    """Running spec/vendor.py on the upstream file gives the committed spec, byte for byte."""
    vendor = _vendor_module()
    assert vendor.dump(vendor.build(upstream)) == (ROOT / "spec" / "campfire.openapi.yaml").read_text(encoding="utf-8")


def test_operations_equal_upstream(upstream: dict[str, t.Any], reverted: dict[str, t.Any]) -> None:
    """Paths, methods, operationIds, parameters, bodies, responses and security equal upstream."""
    for path, item in reverted["paths"].items():
        assert path in upstream["paths"], path
        for method, op in item.items():
            if method not in METHODS:
                continue
            up = upstream["paths"][path][method]
            assert without_prose(op) == without_prose(up), f"{method.upper()} {path}"


def test_every_operation_is_vendored(upstream: dict[str, t.Any], reverted: dict[str, t.Any]) -> None:
    """No upstream path or operation is left out, and none is added unmarked."""
    assert set(reverted["paths"]) == set(upstream["paths"])
    for path, item in upstream["paths"].items():
        assert set(m for m in item if m in METHODS) == set(m for m in reverted["paths"][path] if m in METHODS), path


def test_every_schema_is_vendored(upstream: dict[str, t.Any], vendored: dict[str, t.Any]) -> None:
    """Every upstream component schema that an operation reaches is vendored."""
    vendor = _vendor_module()
    reached = set(vendor.referenced_schemas(upstream["paths"], upstream["components"]["schemas"]))
    assert reached <= set(vendored["components"]["schemas"])


def test_schemas_equal_upstream(upstream: dict[str, t.Any], reverted: dict[str, t.Any]) -> None:
    """Every component schema we keep has upstream's properties, types, enums and ranges."""
    up_schemas = upstream["components"]["schemas"]
    for name, schema in reverted["components"]["schemas"].items():
        assert name in up_schemas, name
        assert without_prose(schema) == without_prose(up_schemas[name]), name
    assert reverted["components"]["securitySchemes"] == upstream["components"]["securitySchemes"]


def test_additions_are_marked_and_documented(vendored: dict[str, t.Any]) -> None:
    """Every addition carries a reason, and each reason is listed in spec/README.md."""
    readme = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
    reasons = {reason for _, reason in _vendor_module().additions(vendored)}
    assert reasons
    for reason in reasons:
        assert re.split(r"[;,(]", reason)[0].strip() in readme, reason


def _prose(node: t.Any, where: str = "") -> t.Iterator[tuple[str, str]]:
    """Every ``description``/``summary`` text of a node with where it sits (our markers skipped)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-campfire-devkit":
                continue
            if key in ("description", "summary") and isinstance(value, str):
                yield f"{where}/{key}", value
            yield from _prose(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _prose(value, f"{where}/{i}")


def test_upstream_prose_is_kept(upstream: dict[str, t.Any], reverted: dict[str, t.Any]) -> None:
    """Campfire's own words (where its rules are stated) are vendored where upstream puts them (an empty
    response description becomes "OK" and the like)."""
    kept = dict(_prose(reverted["paths"], "paths")) | dict(_prose(reverted["components"]["schemas"], "schemas"))
    up = dict(_prose(upstream["paths"], "paths"))
    up |= {
        k: v
        for k, v in _prose(upstream["components"]["schemas"], "schemas")
        if k.split("/")[1] in reverted["components"]["schemas"]
    }
    missing = {where: text[:60] for where, text in up.items() if text and kept.get(where) != text}
    assert not missing
    assert any("balance" in text.lower() for text in up.values())
