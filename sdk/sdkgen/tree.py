"""How the spec's paths become resources and methods: the resource tree (``TOP``, ``RENAME``), each
operation's method name and path parameters."""

from __future__ import annotations

import typing as t

from .naming import METHODS, RENAME, SERVICE, TOP, Method, Resource, is_param, plural, singular, snake
from .shapes import Shapes


class ResourceTree(Shapes):
    """The resource tree of the spec's paths, planned when the generator is made."""

    def __init__(self, spec: dict[str, t.Any]) -> None:
        super().__init__(spec)
        self._plan()

    # ----------------------------------------------------------------- planning

    def _split(self, path: str) -> tuple[str, list[str]]:
        match = SERVICE.match(path)
        if not match:
            raise ValueError(f"{path}: not under /<service>/api/")
        segments = [s for s in path[match.end() :].split("/") if s]
        return match.group(1), segments

    def _plan(self) -> None:
        shapes: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for path, _m, _op in self.ops:
            service, segments = self._split(path)
            key = (service, segments[0])
            shapes.setdefault(key, []).append(tuple("{}" if is_param(s) else s for s in segments[1:]))
        for path, http, op in self.ops:
            service, segments = self._split(path)
            top = TOP.get((service, segments[0])) or plural(snake(segments[0]))
            rel = segments[1:]
            norm = tuple("{}" if is_param(s) else s for s in rel)
            siblings = shapes[(service, segments[0])]
            owner = [top]
            action: list[str] = []
            for i, seg in enumerate(rel):
                if is_param(seg) or action:
                    if not is_param(seg):
                        action.append(seg)
                    continue
                below = [s for s in siblings if s[: i + 1] == norm[: i + 1]]
                if any(len(s) > i + 1 and s[i + 1] == "{}" for s in below) or len(below) >= 2:
                    owner.append(snake(seg))  # a nested collection, or a noun with several operations
                else:
                    action.append(seg)
            name = self._verb_name(http, op, rel, action, path)
            method = Method(op_id=op["operationId"], http=http, path=path, op=op, owner=tuple(owner), name=name)
            if method.op_id in RENAME:
                *where, method.name = RENAME[method.op_id].split(".")
                method.owner = tuple(where)
            method.path_params = self._path_params(path)
            self.methods.append(method)
        for method in self.methods:
            node = self.tree.setdefault(method.owner[0], Resource(method.owner[0], (method.owner[0],)))
            for depth in range(1, len(method.owner)):
                sub = method.owner[depth]
                node = node.children.setdefault(sub, Resource(sub, method.owner[: depth + 1]))
            if any(m.name == method.name for m in node.methods):
                other = next(m for m in node.methods if m.name == method.name)
                raise ValueError(f"{'.'.join(method.owner)}.{method.name}: {method.op_id} and {other.op_id}")
            node.methods.append(method)

    def _verb_name(self, http: str, op: dict[str, t.Any], rel: list[str], action: list[str], path: str) -> str:
        if not action:
            on_item = bool(rel) and is_param(rel[-1])
            if http == "get":
                paged = {p["name"] for p in op.get("parameters", [])} & {"limit", "offset", "cursor", "page"}
                listed = self._returns(op)[0] in ("page", "list") or (paged and self._returns(op)[0] == "any")
                return "list" if listed and not on_item else "retrieve"
            return {"post": "create", "put": "update", "patch": "partial_update", "delete": "delete"}[http]
        word = "_".join(snake(a) for a in action)
        if http == "get":
            return f"list_{word}" if self._returns(op)[0] in ("page", "list") else word
        if http == "post":
            return word
        others = [m for m in self.spec["paths"][path] if m in METHODS and m != http]
        if http == "put":
            return f"update_{word}" if others else word
        if http == "patch":
            return f"partial_update_{word}"
        return f"delete_{word}"

    def _path_params(self, path: str) -> list[tuple[str, str]]:
        _service, segments = self._split(path)
        out: list[tuple[str, str]] = []
        for i, seg in enumerate(segments):
            if not is_param(seg):
                continue
            name = seg[1:-1]
            if name == "id":
                name = singular(snake(segments[i - 1])) + "_id"
            out.append((seg[1:-1], snake(name)))
        return out


__all__ = ["ResourceTree"]
