"""Give the demo seed one object of every resource the vendored spec lists, where it has none.

Usage::

    python spec/demo_seed.py            # rewrites mockserver/campfire_mock/seed/demo.json in place

Deterministic and idempotent: objects already in the seed (the invoices, clients, accounts, bank
transactions and the hand-written AR objects) are left alone; a resource without one gets id 1 with
its required writable fields at the schema's example or first allowed value, and a name or
description saying what it is. Nested resources get their object under their parent's seeded one
(``_parent``). Run it after re-vendoring the spec, then edit the new objects by hand where a docs
example names other values.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import typing as t
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "mockserver"))

from campfire_mock.openapi.conform import Context, default  # noqa: E402
from campfire_mock.openapi.documents import dereferencer, load_spec  # noqa: E402
from campfire_mock.openapi.resources import plan  # noqa: E402
from campfire_mock.openapi.router import argument_name as pythonic  # noqa: E402

SEED = ROOT / "mockserver" / "campfire_mock" / "seed" / "demo.json"
CTX = Context(dt.datetime(2026, 3, 1, tzinfo=dt.UTC), "demo")
#: Fields that make a generated object readable.
LABELS = ("name", "display_name", "title", "description", "memo", "label")


def value(schema: dict[str, t.Any]) -> t.Any:
    if "example" in schema:
        return schema["example"]
    if schema.get("type") == "object" or "properties" in schema:
        return {
            k: value(v)
            for k, v in schema.get("properties", {}).items()
            if k in schema.get("required", []) and not v.get("readOnly")
        }
    if schema.get("type") == "array":
        return []
    return default({k: v for k, v in schema.items() if k != "nullable"}, CTX)


def main() -> int:
    spec = load_spec(ROOT / "spec" / "campfire.openapi.yaml")
    resolver = dereferencer(spec)
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    objects: dict[str, list[dict[str, t.Any]]] = seed["objects"]
    plans = [p for p in plan(spec, pythonic).values() if p.kind and p.item_name and p.kind.startswith("/")]
    kinds: dict[str, t.Any] = {}
    for p in sorted(plans, key=lambda p: (p.kind or "").count("{")):
        kinds.setdefault(t.cast(str, p.kind), p)
    added = 0
    for kind, p in kinds.items():
        if objects.get(kind):
            continue
        schema = resolver.schema(p.item_name)
        props = schema.get("properties", {})
        obj: dict[str, t.Any] = {"id": 1}
        for name in schema.get("required", []):
            sub = props.get(name, {})
            if not sub.get("readOnly") and name != "id":
                obj[name] = value(sub)
        label = kind.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ")
        for name in LABELS:
            if name in props and not props[name].get("readOnly") and not obj.get(name):
                obj[name] = f"Demo {label}"
                break
        if p.parents:
            parent: dict[str, int] = {}
            for param, parent_kind in p.parents:
                found = [o for o in objects.get(parent_kind, []) if _under(o, parent)]
                parent[param] = int(found[0]["id"]) if found else 1
            obj["_parent"] = parent
        objects[kind] = [obj]
        added += 1
    SEED.write_text(json.dumps(seed, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"added {added} objects to {SEED}")
    return 0


def _under(obj: dict[str, t.Any], parent: dict[str, int]) -> bool:
    mine = obj.get("_parent") or {}
    return all(mine.get(k) == v for k, v in parent.items() if k in mine)


if __name__ == "__main__":
    sys.exit(main())
