"""Each method's request and response shapes: its body and query parameter types, its result type."""

from __future__ import annotations

import re
import typing as t

from .annotations import Annotations
from .naming import ANSWERED_ACTION, DELETED_RECORD, HAND_WRITTEN, MARK, Method, Resource, camel, singular


class Shapes(Annotations):
    """Each method's body, query and result types."""

    # ----------------------------------------------------------------- request and response shapes

    def body(self, method: Method) -> tuple[str, str] | None:
        """``("params", TypedDict)`` for an object body, ``("body", annotation)`` otherwise, or None."""
        content = method.op.get("requestBody", {}).get("content", {})
        if not content:
            return None
        schema = content.get("application/json") or next(iter(content.values()))
        schema = schema.get("schema", {})
        if "$ref" in schema and "properties" in self.schemas[self.ref_name(schema)]:
            return "params", self.annotation(schema, request=True)
        if schema.get("type") == "object" and "properties" in schema:
            name = self.params_name(method)
            self.inline_bodies[name] = schema
            for sub in schema["properties"].values():
                self.annotation(sub, request=True)
            return "params", name
        return "body", self.annotation(schema, request=True)

    def query(self, method: Method) -> str | None:
        params = [p for p in method.op.get("parameters", []) if p["in"] == "query"]
        if not params:
            return None
        name = self.params_name(method)
        if name in self.inline_bodies:  # a body and a query: the body has the plain name
            name = name.removesuffix("Params") + "QueryParams"
        if name not in self.query_types:
            self.query_types[name] = (method.op_id, params)
        return name

    @staticmethod
    def params_name(method: Method) -> str:
        """The one rule for a method's parameter dict: the resource path in the singular, the method, ``Params``
        (``client.debit_memos.list`` -> ``DebitMemoListParams``, ``client.contracts.bundles.list`` ->
        ``ContractBundleListParams``)."""
        return "".join(camel(singular(part)) for part in method.owner) + camel(method.name) + "Params"

    def _hand_written_types(self, classes: list[Resource]) -> set[str]:
        """Classes named by the operations ``_conveniences`` implements (they live with their resource)."""
        out: set[str] = set()
        for node in classes:
            for m in node.methods:
                if m.op_id in HAND_WRITTEN:
                    body, query = self.body(m), self.query(m)
                    text = " ".join([self._returns(m.op)[1], body[1] if body else "", query or ""])
                    out |= set(re.findall(r"[A-Za-z_]\w*", text))
        return out

    def _field_names(self, m: Method, body: tuple[str, str] | None, query: str | None) -> set[str]:
        """Keys of the method's ``**params`` (a path parameter must not share one)."""
        if body and body[0] == "params":
            name = body[1].removesuffix("Model")
            if name in self.inline_bodies:
                return set(self.inline_bodies[name]["properties"])
            schema = {self.param_name(n): n for n in self.body_param_schemas}[name]
            return set(self.schemas[schema]["properties"])
        if query:
            return {p["name"] for p in self.query_types[query][1]}
        return set()

    def _returns(self, op: dict[str, t.Any]) -> tuple[str, str]:
        """(kind, type): kind is ``none``, ``page``, ``list``, ``json``, ``optional`` (JSON or an empty body),
        ``bytes`` or ``text``."""
        for code, response in sorted(op["responses"].items()):
            if not code.startswith("2"):
                continue
            content = response.get("content") or {}
            if code == "204":
                return "none", "None"
            if not content:  # upstream declares no body: the JSON the service sends, if any
                return "any", "t.Any"
            if "application/json" in content:
                schema = content["application/json"].get("schema", {})
                kind, item = self._json_returns(schema)
                if kind == "json" and self.added_body(response):  # the real service may answer nothing: None
                    return "optional", item
                return kind, item
            if "application/pdf" in content or "application/octet-stream" in content:
                return "bytes", "bytes"
            return "text", "str"
        return "none", "None"

    @staticmethod
    def added_body(response: dict[str, t.Any]) -> bool:
        """Whether a success's body is an action's answer the twin added where upstream declared none
        (``spec/vendoring/read_bodies.py`` ``add_action_answers``): the real service may answer it empty."""
        mark = response.get(MARK)
        if not isinstance(mark, dict) or not isinstance(mark.get("upstream"), dict):
            return False
        return not mark["upstream"].get("content") and str(mark.get("reason", "")).startswith(ANSWERED_ACTION)

    def _json_returns(self, schema: dict[str, t.Any]) -> tuple[str, str]:
        """(kind, type) of a JSON success body's ``schema``: a page, a list or one value."""
        if "$ref" in schema:
            target = self.schemas[self.ref_name(schema)]
            props = target.get("properties", {})
            if {"results", "count"} <= set(props) and props["results"].get("type") == "array":
                either = self.or_deleted(props["results"].get("items", {}))
                if either is not None:
                    return "page", either
                item = self.annotation(props["results"].get("items", {}), request=False)
                return "page", "t.Any" if item == "Any" else item  # a union of item shapes
        if schema.get("type") == "array":
            items = schema.get("items", {})
            return "list", self.or_deleted(items) or self.annotation(items, request=False)
        return "json", self.annotation(schema, request=False)

    def or_deleted(self, items: dict[str, t.Any]) -> str | None:
        """``Item | DeletedRecord`` for a list's ``anyOf: [<Item>, DeletedRecord]`` items, else None."""
        branches = items.get("anyOf") or []
        names = [self.ref_name(b) for b in branches if "$ref" in b]
        if len(branches) == 2 and len(names) == 2 and names[1] == DELETED_RECORD:
            return f"{names[0]} | {DELETED_RECORD}"
        return None

    @staticmethod
    def runtime(item: str) -> str:
        """The item type a method hands the parser: ``Item | DeletedRecord`` as ``or_deleted``'s tagged union."""
        if item.endswith(f" | {DELETED_RECORD}"):
            return f"or_deleted({item.split(' | ')[0]}, {DELETED_RECORD})"
        return item

    def response_schemas(self, op: dict[str, t.Any]) -> set[str]:
        """The schemas an operation's answers (any status) name: its page envelope, its error body..."""
        out: set[str] = set()
        for response in op["responses"].values():
            for media in (response.get("content") or {}).values():
                schema = media.get("schema", {})
                schema = schema.get("items", schema) if schema.get("type") == "array" else schema
                if "$ref" in schema and "properties" in self.schemas[self.ref_name(schema)]:
                    out.add(self.ref_name(schema))
        return out

    def class_of(self, method: Method) -> str:
        node = self.tree[method.owner[0]]
        for sub in method.owner[1:]:
            node = node.children[sub]
        return node.cls


__all__ = ["Shapes"]
