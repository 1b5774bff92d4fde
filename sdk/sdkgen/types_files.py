"""The ``types/`` modules: every model and params class, placed in the module of the resource that uses it
(``_shared.py`` for several), and ``types/__init__.py``."""

from __future__ import annotations

import keyword
import re
import typing as t

from .naming import HEADER, PARAM_ALIASES, guarded_import, import_line, isort_key, schema_refs
from .tree import ResourceTree


class TypesFiles(ResourceTree):
    """The ``types/`` modules."""

    # ----------------------------------------------------------------- files

    def definitions(self) -> dict[str, tuple[str, list[str]]]:
        """Every model and params class: name -> (``model`` or ``param``, its lines), in file order."""
        out: dict[str, tuple[str, list[str]]] = {}
        for name, schema in self.schemas.items():
            if "properties" not in schema:
                continue
            required = set(schema.get("required", []))
            lines = ["", "", f"class {name}(BaseModel):"]
            fields = [(p, s) for p, s in schema["properties"].items() if not s.get("writeOnly")]
            if not fields:
                lines.append("    pass")
            for prop, sub in fields:
                if not prop.isidentifier() or keyword.iskeyword(prop):
                    raise ValueError(f"{name}.{prop}: not a Python identifier")
                ann = self.annotation(sub, request=False)
                if prop in required and not self.nullable(sub):
                    lines.append(f"    {prop}: {ann}")
                else:
                    lines.append(f"    {prop}: {ann} | None = None")
            out[name] = ("model", lines)
        for name in sorted(self.body_param_schemas):
            out[self.param_name(name)] = ("param", self._typed_dict(self.param_name(name), self.schemas[name]))
        for name, schema in self.inline_bodies.items():
            out[name] = ("param", self._typed_dict(name, schema))
        for name, (_op_id, params) in self.query_types.items():
            lines = ["", "", f"class {name}(TypedDict, total=False):"]
            for param in params:
                ann = self.annotation(param.get("schema", {}), request=True)
                if param.get("explode", True) and param.get("schema", {}).get("type") == "array":
                    ann = ann.replace("Iterable[", "list[", 1)
                key = param["name"]
                if not key.isidentifier() or keyword.iskeyword(key):
                    raise ValueError(f"{name}.{key}: not a Python identifier")
                lines.append(f"    {key}: Required[{ann}]" if param.get("required") else f"    {key}: {ann}")
            out[name] = ("param", lines)
        for alias, target in PARAM_ALIASES.items():
            if target in out:
                out[alias] = ("param", ["", "", f"#: The older name of ``{target}``.", f"{alias} = {target}"])
        return out

    def place_types(self) -> None:
        """Which types module holds each class: the resource's own if only it uses the class, else ``_shared``."""
        defs = self.definitions()
        deps = {
            name: {w for w in re.findall(r"[A-Za-z_]\w*", "\n".join(lines[3:])) if w in defs and w != name}
            for name, (_kind, lines) in defs.items()
        }
        for name, (kind, _lines) in defs.items():  # a model names what its fields may hold, typed or not
            if kind == "model":
                deps[name] |= {r for r in schema_refs(self.schemas[name]) if r in defs and r != name}
        for alias, target in PARAM_ALIASES.items():
            if alias in defs:
                deps[alias] = {target}
        users: dict[str, set[str]] = {name: set() for name in defs}
        for attr, names in self.uses.items():
            todo = [n for n in names if n in defs]
            while todo:
                name = todo.pop()
                if attr not in users[name]:
                    users[name].add(attr)
                    todo += deps[name]
        for alias, target in PARAM_ALIASES.items():
            if alias in users:
                users[alias] = users[target]
        # A class no operation names (a PATCH body's model, say: never returned) is not generated.
        self.module_of = {name: next(iter(u)) if len(u) == 1 else "_shared" for name, u in users.items() if u}
        for alias, target in PARAM_ALIASES.items():
            if alias in self.module_of:
                self.module_of[alias] = self.module_of[target]
        todo = [n for n, m in self.module_of.items() if m == "_shared"]
        while todo:  # what a shared class names is shared too
            for dep in deps[todo.pop()]:
                if self.module_of[dep] != "_shared":
                    self.module_of[dep] = "_shared"
                    todo.append(dep)

    def types_modules(self) -> dict[str, str]:
        """``types/<module>.py`` -> text, for every module ``place_types`` chose."""
        defs = self.definitions()
        by_module: dict[str, list[str]] = {}
        for name in defs:
            if name in self.module_of:
                by_module.setdefault(self.module_of[name], []).append(name)
        files = {}
        for module, names in sorted(by_module.items()):
            body = [line for name in names for line in defs[name][1]]
            code = "\n".join(body)
            where = "several resources" if module == "_shared" else f"``client.{module}``"
            head = [
                HEADER,
                f'"""Models (responses) and parameter dicts (requests) of {where}."""',
                "",
                "from __future__ import annotations",
                "",
            ]
            stdlib = []
            if "dt." in code:
                stdlib.append("import datetime as dt")
            abc = [n for n in ("Iterable", "Mapping") if f"{n}[" in code]
            if abc:
                stdlib.append(f"from collections.abc import {', '.join(abc)}")
            if re.search(r"\bDecimal\b", code):
                stdlib.append("from decimal import Decimal")
            typing_names = [n for n in ("Any", "Literal", "Required", "TypedDict") if re.search(rf"\b{n}\b", code)]
            if typing_names:
                stdlib.append(f"from typing import {', '.join(typing_names)}")
            head += [*stdlib, ""] if stdlib else []
            base = [n for n in ("BaseModel", "Timestamp") if re.search(rf"\b{n}\b", code)]
            if base:
                head += import_line(".._models", base)
            named = {w for w in re.findall(r"[A-Za-z_]\w*", code) if w in self.module_of and w not in names}
            for other in sorted({self.module_of[w] for w in named}, key=str.lower):
                head += import_line(
                    f".{other}", sorted((w for w in named if self.module_of[w] == other), key=isort_key)
                )
            while head[-1] == "":  # one blank line before ``__all__``, whatever was imported
                head.pop()
            head += ["", "__all__ = [", *[f'    "{n}",' for n in sorted(names)], "]"]
            files[f"types/{module}.py"] = "\n".join(head + body).rstrip() + "\n"
        return files

    def types_init(self) -> str:
        names = sorted(self.module_of)
        out = [
            HEADER,
            '"""Typed models (responses) and parameter dicts (requests), one module per resource.',
            "",
            "Nothing is imported until a name is asked for: ``from campfire_sdk.types import Vendor`` loads",
            "the vendors' module (and the few shared classes) only.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "import importlib",
            "import typing as t",
            "",
            "if t.TYPE_CHECKING:",
        ]
        for name in sorted(names, key=lambda n: (self.module_of[n], isort_key(n))):
            out += guarded_import(f".{self.module_of[name]}", f"{name} as {name}")
        out += ["", "#: class name -> module", "_MODULES = {"]
        out += [f'    "{n}": "{self.module_of[n]}",' for n in names]
        out += ["}", "", "__all__ = [", *[f'    "{n}",' for n in names], "]"]
        out += [
            "",
            "",
            "def __getattr__(name: str) -> t.Any:",
            "    if name not in _MODULES:",
            '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
            '    return getattr(importlib.import_module(f".{_MODULES[name]}", __name__), name)',
            "",
            "",
            "def __dir__() -> list[str]:",
            "    return sorted([*globals(), *_MODULES])",
        ]
        return "\n".join(out) + "\n"

    def _typed_dict(self, name: str, schema: dict[str, t.Any]) -> list[str]:
        required = set(schema.get("required", []))
        out = ["", "", f"class {name}(TypedDict, total=False):"]
        written = [(p, s) for p, s in schema.get("properties", {}).items() if not s.get("readOnly")]
        if not written:
            out.append("    pass")
        for prop, sub in written:
            ann = self.annotation(sub, request=True)
            if self.nullable(sub):
                ann += " | None"
            out.append(f"    {prop}: Required[{ann}]" if prop in required else f"    {prop}: {ann}")
        return out


__all__ = ["TypesFiles"]
