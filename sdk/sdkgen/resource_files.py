"""The ``resources/<resource>.py`` modules: each resource's sync and async classes, their raw-response twins
and one method per operation."""

from __future__ import annotations

import re

from .naming import (
    ABOUT,
    BASE_METHODS,
    BASES,
    HAND_WRITTEN,
    HEADER,
    OLD_NAMES,
    SAFE_POST_SEGMENTS,
    Method,
    Resource,
    import_line,
)
from .types_files import TypesFiles


class ResourceFiles(TypesFiles):
    """The ``resources/`` modules."""

    def resource_module(self, resource: Resource) -> str:
        about = ABOUT.get(resource.attr, f"the {resource.attr.replace('_', ' ')} of the Campfire API")
        classes: list[Resource] = []

        def walk(node: Resource) -> None:
            for child in node.children.values():
                walk(child)
            classes.append(node)

        walk(resource)
        body: list[str] = []
        models: set[str] = set()
        params: set[str] = set()
        pages: set[str] = set()
        self.clashes = {node.cls for node in classes} & set(self.schemas)
        for node in classes:
            for asynchronous in (False, True):
                body += self._class(node, asynchronous, models, params, pages)
        answered = {name for node in classes for m in node.methods for name in self.response_schemas(m.op)}
        self.uses.setdefault(resource.attr, set()).update(
            models | params | answered | self._hand_written_types(classes)
        )
        code = "\n".join(body)
        bases = BASES.get(resource.attr)
        imports: list[tuple[str, list[str]]] = [
            ("..._base_client", ["check_id"]),
            ("..._conveniences", sorted(bases) if bases else []),
            ("..._models", ["list_of", "or_deleted"]),
            ("..._resource", ["AsyncAPIResource", "SyncAPIResource", "options"]),
            ("..._response", ["AsyncRawResponses", "RawResponses", "async_to_raw_response", "to_raw_response"]),
            ("..._types", ["NOT_GIVEN", "NotGiven", "Timeout"]),
            ("...pagination", sorted(pages)),
        ]
        for module in sorted({self.module_of.get(n, "_all") for n in models | params}, key=str.lower):
            names = [f"{n} as {n}Model" if n in self.clashes else n for n in models | params]
            imports.append(
                (f"...types.{module}", [n for n in names if self.module_of.get(n.split(" as ")[0], "_all") == module])
            )
        head = [HEADER, f'"""``client.{resource.attr}``: {about}."""', "", "from __future__ import annotations", ""]
        stdlib = [
            line
            for line, token in (
                ("import builtins", "builtins."),
                ("import datetime as dt", "dt."),
                ("import typing as t", "t."),
                ("from collections.abc import Iterable", "Iterable["),
                ("from collections.abc import Mapping", "Mapping["),
                ("from decimal import Decimal", "Decimal"),
                ("from functools import cached_property", "@cached_property"),
            )
            if re.search(r"(?<![\w.])" + re.escape(token), code)
        ]
        if "from collections.abc import Iterable" in stdlib and "from collections.abc import Mapping" in stdlib:
            stdlib.remove("from collections.abc import Mapping")
            stdlib[stdlib.index("from collections.abc import Iterable")] += ", Mapping"
        head += [*stdlib, ""] if stdlib else []
        if "Unpack[" in code:
            head += ["from typing_extensions import Unpack", ""]
        for module, names in imports:
            used = [n for n in names if re.search(r"(?<![\w.])" + re.escape(n.split(" as ")[-1]) + r"\b", code)]
            if used:
                head += import_line(module[1:], used)
        classes_all = sorted(
            c for node in classes for name in (node.cls, f"{node.cls}WithRawResponse") for c in (name, f"Async{name}")
        )
        head += ["", "__all__ = [" + ", ".join(f'"{n}"' for n in classes_all) + "]"]
        return "\n".join(head + body).rstrip() + "\n"

    def _class(
        self, node: Resource, asynchronous: bool, models: set[str], params: set[str], pages: set[str]
    ) -> list[str]:
        prefix = "Async" if asynchronous else ""
        bases = BASES.get(node.attr) if len(node.owner) == 1 else None
        base = (
            (bases[1] if asynchronous else bases[0])
            if bases
            else f"{prefix}APIResource"
            if asynchronous
            else "SyncAPIResource"
        )
        where = ".".join(node.owner)
        out = ["", "", f"class {prefix}{node.cls}({base}):"]
        doc = (
            f"``client.{where}``"
            + (" (async)" if asynchronous else "")
            + ": "
            + ", ".join(sorted(m.name for m in node.methods))
        )
        if node.children:
            doc += "; " + ", ".join(f"``.{c}``" for c in node.children)
        out.append(f'    """{doc}."""')
        for child in node.children.values():
            out += [
                "",
                "    @cached_property",
                f"    def {child.attr}(self) -> {prefix}{child.cls}:",
                f'        """``client.{".".join(child.owner)}``."""',
                f"        return {prefix}{child.cls}(self._client)",
            ]
        for method in node.methods:
            if method.op_id in HAND_WRITTEN:  # still give it its parameter types
                self.query(method)
                self.body(method)
                continue
            out += self._method(method, asynchronous, models, params, pages)
        out += [
            "",
            "    @cached_property",
            f"    def with_raw_response(self) -> {prefix}{node.cls}WithRawResponse:",
            '        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""',
            f"        return {prefix}{node.cls}WithRawResponse(self)",
        ]
        for dotted, new in OLD_NAMES.items():
            *owner, old = dotted.split(".")
            if tuple(owner) != node.owner:
                continue
            if new in node.children:
                child = node.children[new]
                out += [
                    "",
                    "    @property",
                    f"    def {old}(self) -> {prefix}{child.cls}:",
                    f'        """The older name of ``.{new}``."""',
                    f"        return self.{new}",
                ]
            else:
                out += ["", f"    {old} = {new}  # the older name"]
        return out + self._raw_class(node, asynchronous)

    def _raw_class(self, node: Resource, asynchronous: bool) -> list[str]:
        """``<Resource>WithRawResponse``: each method wrapped to answer a typed ``APIResponse``."""
        prefix = "Async" if asynchronous else ""
        wrap = "async_to_raw_response" if asynchronous else "to_raw_response"
        where = ".".join(node.owner)
        out = [
            "",
            "",
            f"class {prefix}{node.cls}WithRawResponse({prefix}RawResponses):",
            f'    """``client.{where}.with_raw_response``: its methods, answering ``APIResponse[...]``."""',
            "",
            f"    def __init__(self, resource: {prefix}{node.cls}) -> None:",
            "        super().__init__(resource)",
        ]
        names = [m.name for m in node.methods]
        if len(node.owner) == 1:  # a top-level resource's hand-written methods (``BASES``) too
            names += [n for n in BASE_METHODS.get(node.attr, ()) if n not in names]
        out += [f"        self.{name} = {wrap}(resource.{name})" for name in names]
        for child in node.children.values():
            out += [
                "",
                "    @cached_property",
                f"    def {child.attr}(self) -> {prefix}{child.cls}WithRawResponse:",
                f"        return {prefix}{child.cls}WithRawResponse(self._resource.{child.attr})",
            ]
        return out

    def _method(self, m: Method, asynchronous: bool, models: set[str], params: set[str], pages: set[str]) -> list[str]:
        kind, item = self._returns(m.op)
        body = self.body(m)
        query = self.query(m)
        for ann in (item, body[1] if body else ""):
            for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", ann):
                if word in self.schemas:
                    models.add(word)
                elif word.endswith("Param") or word.endswith("Params"):
                    params.add(word)
        if query:
            params.add(query)
        clash = r"\b(" + "|".join(map(re.escape, sorted(self.clashes))) + r")\b" if self.clashes else None
        if clash:  # a model named like a resource class of this module is imported as <Name>Model
            item = re.sub(clash, r"\1Model", item)
            body = (body[0], re.sub(clash, r"\1Model", body[1])) if body else None
        taken = self._field_names(m, body, query)
        path_params = m.path_params
        sig = ["        self,"]
        sig += [f"        {py}: int | str," for _spec, py in path_params]
        if any(py in taken for _spec, py in path_params):
            sig.append("        /,")  # the path id is positional-only: the body's field of that name stays free
        sig.append("        *,")
        if body and body[0] == "body":
            sig.append("        body: " + re.sub(r"(?<![.\w])Any\b", "t.Any", body[1]) + ",")
        sig += ["        timeout: Timeout | NotGiven = NOT_GIVEN,", "        max_retries: int | NotGiven = NOT_GIVEN,"]
        if body and query:  # a body and query parameters (the file upload): the query as its own argument
            sig.append(f"        query: {query},")
        if body and body[0] == "params":
            sig.append(f"        **params: Unpack[{body[1]}],")
        elif query:
            sig.append(f"        **params: Unpack[{query}],")
        prefix = "Async" if asynchronous else "Sync"
        if kind == "page":
            models.add(item) if item in self.schemas else None
            cursor = query is not None and any(p["name"] == "cursor" for p in self.query_types[query][1])
            page_types = ["OffsetPage", "CursorPage"] if cursor else ["OffsetPage"]
            for p in page_types:
                pages.add(f"{prefix}{p}")
            if asynchronous:
                pages.add("AsyncPaginator")
                returns = " | ".join(f"AsyncPaginator[Async{p}[{item}], {item}]" for p in page_types)
            else:
                returns = " | ".join(f"Sync{p}[{item}]" for p in page_types)
        elif kind == "list":
            returns = f"builtins.list[{item}]"
        elif kind == "none":
            returns = "None"
        elif kind == "any":
            returns = "t.Any"
        elif kind == "optional":
            returns = f"{item} | None"
        else:
            returns = item.replace("list[", "builtins.list[").replace("dict[", "builtins.dict[")
        returns = re.sub(r"(?<![.\w])Any\b", "t.Any", returns)
        summary = (m.op.get("summary") or m.op_id.replace("_", " ")).strip().rstrip(".")
        doc = [
            f'        """{summary}.',
            "",
            f"        ``{m.http.upper()} {m.path}`` (operationId ``{m.op_id}``)",
            '        """',
        ]
        path = m.path
        for spec_name, py in path_params:
            path = path.replace("{" + spec_name + "}", "{check_id(" + repr(py) + ", " + py + ")}")
        lines = [f'        path = f"{path}"' if path_params else f'        path = "{path}"']
        extra = []
        if body and body[0] == "params":
            extra.append("json=params")
        elif body:
            extra.append("json=body")
        if body and query:
            extra.append("params=dict(query)")
        elif query:
            extra.append("params=dict(params)")
        if kind == "bytes":
            extra.append('headers={"Accept": "application/pdf"}')
        elif kind == "text":
            extra.append('headers={"Accept": "text/csv"}')
        safe = m.http == "post" and m.path.rstrip("/").rsplit("/", 1)[-1] in SAFE_POST_SEGMENTS
        if safe:
            extra.append("idempotent=True")
        call_opts = f'options("{m.http.upper()}", path, ' + "".join(f"{e}, " for e in extra)
        call_opts += "timeout=timeout, max_retries=max_retries)"
        lines.append(f"        opts = {call_opts}")
        aw = "await " if asynchronous else ""
        if kind == "page":
            helper = "_{}_paginator" if asynchronous else "_{}_page"
            if len(page_types) == 2:
                lines += [
                    '        if "cursor" in params:',
                    f"            return self.{helper.format('cursor')}({self.runtime(item)}, opts)",
                ]
            lines.append(f"        return self.{helper.format('offset')}({self.runtime(item)}, opts)")
        elif kind == "none":
            lines.append(f"        {aw}self._send(opts)")
        elif kind == "optional":
            lines.append(f"        return {aw}self._request_or_none({item}, opts)")
        elif kind == "list" and self.runtime(item) != item:
            lines.append(f"        return {aw}self._request(list_of({self.runtime(item)}), opts)")
        else:
            cast = returns
            lines.append(f"        return {aw}self._request({cast}, opts)")
        if not asynchronous:
            self._note_reference(m, path_params, body, query, returns)
        is_async = asynchronous and kind != "page"
        head = f"    {'async ' if is_async else ''}def {m.name}("
        return ["", head, *sig, f"    ) -> {returns}:", *doc, *lines]

    def _note_reference(
        self,
        m: Method,
        path_params: list[tuple[str, str]],
        body: tuple[str, str] | None,
        query: str | None,
        returns: str,
    ) -> None:
        """Keep a method's call shape for ``docs/sdk-api.md``."""
        args = [py for _spec, py in path_params]
        if any(py in self._field_names(m, body, query) for py in args):
            args.append("/")
        if body and body[0] == "body":
            args.append(f"*, body: {body[1]}")
        elif body or query:
            args.append(f"**params: {body[1] if body else query}")
        pretty = returns.replace("builtins.", "").replace("t.Any", "Any")
        self.reference[m.op_id] = (", ".join(args), pretty)


__all__ = ["ResourceFiles"]
