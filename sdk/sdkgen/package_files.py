"""The package-level files (``resources/__init__.py``, ``_client_resources.py``, ``_operations.py``) and
``docs/sdk-api.md``; ``Generator`` is every part together."""

from __future__ import annotations

from .naming import ABOUT, ALIASES, CLASS_ALIASES, HAND_WRITTEN, HEADER, OLD_NAMES, Resource, guarded_import, isort_key
from .resource_files import ResourceFiles


class Generator(ResourceFiles):
    """Every file ``sdk/generate.py`` writes: the parts together, and the package-level files."""

    def api_reference(self) -> str:
        """``docs/sdk-api.md``: every resource, its methods (call, HTTP operation, result) and its types."""
        self.reference.update(HAND_WRITTEN)
        out = [
            "<!-- Generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`. -->",
            "",
            "# SDK reference",
            "",
            "Every resource of `campfire_sdk.Campfire` and its methods, generated from the spec. `AsyncCampfire`",
            "has the same, awaited (a list method gives an `AsyncPaginator`: `await` it for the first page, or",
            "`async for` over every item). Each method also takes `timeout=` and `max_retries=`; path ids come",
            "first, positionally (after a `/`, positional-only: a body field of the same name is separate); the",
            "rest is keyword-only. `client.<resource>.with_raw_response.<method>(...)` gives an",
            "`APIResponse[<result>]` instead (status, headers, `request_id`, `parse()`). Types import from",
            "`campfire_sdk.types`; pages from `campfire_sdk`.",
        ]
        for attr in sorted(self.tree):
            node = self.tree[attr]
            out += ["", f"## {attr.replace('_', ' ').capitalize()}", ""]
            about = ABOUT.get(attr)
            if about:
                out += [f"`client.{attr}`: {about}.", ""]
            names = sorted((n for n, module in self.module_of.items() if module == attr), key=isort_key)
            if names:
                out += ["Types: " + ", ".join(f"`{n}`" for n in names), ""]
            out.append("Methods:")
            out.append("")
            for each in (node, *self._descendants(node)):
                where = ".".join(each.owner)
                for m in each.methods:
                    args, returns = self.reference[m.op_id]
                    call = f"client.{where}.{m.name}({args}) -> {returns}"
                    out.append(f"- `{call}`: `{m.http.upper()} {m.path}`")
        shared = sorted((n for n, module in self.module_of.items() if module == "_shared"), key=isort_key)
        out += ["", "## Shared types", "", "Used by several resources: " + ", ".join(f"`{n}`" for n in shared) + "."]
        aliases = ", ".join(f"`{alias}` (`{attr}`)" for alias, attr in sorted(ALIASES.items()))
        old = ", ".join(f"`{dotted}` (`{new}`)" for dotted, new in sorted(OLD_NAMES.items()))
        out += ["", "## Older names", "", f"These keep working: {aliases}; {old}."]
        return "\n".join(out) + "\n"

    def package_init(self) -> str:
        pairs = sorted(
            (cls, attr)
            for attr, node in self.tree.items()
            for each in (node, *self._descendants(node))
            for cls in (each.cls, f"Async{each.cls}")
        )
        out = [
            HEADER,
            '"""Resource classes, one module per API resource, each class with an async twin.',
            "",
            "Nothing is imported until a class is asked for, so ``import campfire_sdk`` stays light.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "import importlib",
            "import typing as t",
            "",
            "if t.TYPE_CHECKING:",
        ]
        by_class = dict(pairs)
        lines = [(attr, cls, cls) for cls, attr in pairs]
        lines += [(by_class[cls], cls, alias) for alias, cls in CLASS_ALIASES.items()]
        for attr, cls, alias in sorted(lines, key=lambda line: (line[0], isort_key(line[1]), line[2])):
            out += guarded_import(f".{attr}", f"{cls} as {alias}")
        pairs = sorted([*pairs, *((alias, by_class[cls]) for alias, cls in CLASS_ALIASES.items())])
        out += ["", "#: class name -> (module, name in it)", "_MODULES = {"]
        out += [f'    "{cls}": ("{attr}", "{CLASS_ALIASES.get(cls, cls)}"),' for cls, attr in pairs]
        out += [
            "}",
            "",
            "__all__ = [",
            *[f'    "{cls}",' for cls, _attr in pairs],
            "]",
            "",
            "",
            "def __getattr__(name: str) -> t.Any:",
            "    if name not in _MODULES:",
            '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
            "    module, attr = _MODULES[name]",
            '    return getattr(importlib.import_module(f".{module}", __name__), attr)',
            "",
            "",
            "def __dir__() -> list[str]:",
            "    return sorted([*globals(), *_MODULES])",
        ]
        return "\n".join(out) + "\n"

    def _descendants(self, node: Resource) -> list[Resource]:
        out: list[Resource] = []
        for child in node.children.values():
            out += [child, *self._descendants(child)]
        return out

    def client_resources(self) -> str:
        attrs = sorted(self.tree)
        out = [
            HEADER,
            '"""The client attributes, one per resource; each imports its module on first access."""',
            "",
            "from __future__ import annotations",
            "",
            "import typing as t",
            "from functools import cached_property",
            "",
            "if t.TYPE_CHECKING:",
            "    from ._base_client import AsyncAPIClient, SyncAPIClient",
        ]
        for attr in attrs:
            cls = self.tree[attr].cls
            out.append(f"    from .resources.{attr} import {', '.join(sorted([cls, f'Async{cls}'], key=isort_key))}")
        out += ["", '__all__ = ["AsyncResources", "SyncResources"]']
        for asynchronous in (False, True):
            prefix = "Async" if asynchronous else ""
            client = "AsyncAPIClient" if asynchronous else "SyncAPIClient"
            out += ["", "", f"class {prefix or 'Sync'}Resources:"]
            out.append(f'    """The resources of {"AsyncCampfire" if asynchronous else "Campfire"}."""')
            entries = [(a, a) for a in attrs] + sorted(ALIASES.items())
            for name, attr in sorted(entries):
                cls = prefix + self.tree[attr].cls
                alias = f" (the same as ``.{attr}``)" if name != attr else ""
                out += [
                    "",
                    "    @cached_property",
                    f"    def {name}(self) -> {cls}:",
                    f'        """``client.{name}``{alias}: {ABOUT.get(attr, attr.replace("_", " "))}."""',
                    f"        from .resources.{attr} import {cls}",
                    "",
                    f'        return {cls}(t.cast("{client}", self))',
                ]
        return "\n".join(out) + "\n"

    def operations(self) -> str:
        out = [
            HEADER,
            '"""Every operation of the spec: operationId -> (HTTP method, path, the SDK method calling it)."""',
            "",
            "OPERATIONS: dict[str, tuple[str, str, str]] = {",
        ]
        for m in sorted(self.methods, key=lambda m: m.op_id):
            out.append(f'    "{m.op_id}": ("{m.http.upper()}", "{m.path}", "{".".join((*m.owner, m.name))}"),')
        out.append("}")
        return "\n".join(out) + "\n"


__all__ = ["Generator"]
