"""A schema as a Python annotation: model and enum names, numeric text, nullable fields, parameter names."""

from __future__ import annotations

import typing as t

from .naming import MARK
from .state import GeneratorState


class Annotations(GeneratorState):
    """Schemas as Python annotations."""

    # ----------------------------------------------------------------- types

    def ref_name(self, schema: dict[str, t.Any]) -> str:
        return str(schema["$ref"].rsplit("/", 1)[-1])

    def enum_values(self, schema: dict[str, t.Any]) -> list[t.Any] | None:
        """Enum values of a schema, following refs, allOf and the Blank/Null oneOf idiom."""
        if "$ref" in schema:
            return self.enum_values(self.schemas[self.ref_name(schema)])
        if "enum" in schema:
            return [v for v in schema["enum"] if v is not None]
        for key in ("allOf", "oneOf"):
            if key in schema:
                values: list[t.Any] = []
                for sub in schema[key]:
                    found = self.enum_values(sub)
                    if found is None:
                        return None
                    values += found
                return values
        return None

    def annotation(self, schema: dict[str, t.Any], *, request: bool) -> str:
        """Python type for a schema (without the ``| None`` for nullability)."""
        if "$ref" in schema:
            name = self.ref_name(schema)
            target = self.schemas[name]
            if "properties" not in target:
                return self.annotation(target, request=request)
            if request:
                self._want_param(name)
                return self.param_name(name)
            return name
        enum = self.enum_values(schema)
        if enum is not None:
            if request and enum:
                return "Literal[" + ", ".join(repr(v) for v in enum) + "]"
            if enum and all(isinstance(v, bool) for v in enum):
                return "bool"
            return "str" if all(isinstance(v, str) for v in enum) else "Any"
        if "anyOf" in schema or ("oneOf" in schema and len(schema["oneOf"]) > 1):
            branches = schema.get("anyOf") or schema["oneOf"]
            # A ``NullEnum`` branch is the idiom for null, which the field's optionality already says.
            branches = [b for b in branches if not b.get("$ref", "").endswith("/NullEnum")] or branches
            if len(branches) == 1:
                return self.annotation(branches[0], request=request)
            number = self.numeric_text(branches)
            if number is not None and not request:
                return number  # the server sends a number (and accepts a numeric string too)
            if number is not None:
                return "float | Decimal | str" if number == "float" else "int | str"
            types = [self.annotation(s, request=request) for s in branches]
            if not request:
                return types[0] if len(set(types)) == 1 else "Any"
            return " | ".join(dict.fromkeys(types))
        for key in ("allOf", "oneOf"):
            if key in schema and len(schema[key]) == 1:
                return self.annotation(schema[key][0], request=request)
        kind = schema.get("type")
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date":
                return "str | dt.date" if request else "dt.date"
            if fmt == "date-time" or (
                MARK in schema and "pattern" in schema and "date-time" in str(schema[MARK].get("upstream", {}))
            ):
                return "str | dt.datetime" if request else "Timestamp"
            if fmt == "binary":
                return "bytes"
            return "str"
        if kind == "array":
            item = self.annotation(schema.get("items", {}), request=request)
            return f"Iterable[{item}]" if request else f"list[{item}]"
        if kind == "object":
            return "Mapping[str, Any]" if request else "dict[str, Any]"
        return "Any"

    @staticmethod
    def numeric_text(branches: list[dict[str, t.Any]]) -> str | None:
        """``int``/``float`` for a number-or-numeric-string union (DRF reads both), else None.

        Responses carry the number (Campfire sends JSON numbers), so a model's field is ``int`` or
        ``float``: money is ``float`` on every model, as the spec's ``format: double`` says."""
        kinds = {b.get("type") for b in branches}
        texts = [b for b in branches if b.get("type") == "string"]
        # The text is a numeric pattern, or bare text the service reads as a number (a pk item, whose
        # other text DRF refuses with its own message).
        if (
            len(branches) != 2
            or len(texts) != 1
            or not ("pattern" in texts[0] or set(texts[0]) <= {"type", "writeOnly"})
        ):
            return None
        if kinds == {"integer", "string"}:
            return "int"
        if kinds == {"number", "string"}:
            return "float"
        return None

    def nullable(self, schema: dict[str, t.Any]) -> bool:
        if schema.get("nullable"):
            return True
        return any(
            s.get("$ref", "").endswith("/NullEnum") or s.get("nullable")
            for s in schema.get("oneOf", []) + schema.get("anyOf", [])
        )

    def param_name(self, name: str) -> str:
        """The ``TypedDict`` of a request body schema: ``<Name>Param``; a request's own component split from a
        shared one (``JournalEntryRequest`` beside ``JournalEntry``, as drf-spectacular names them) keeps the
        shared one's name, ``JournalEntryParam``, so the SDK's names do not change with the split."""
        base = name.removesuffix("Request")
        return f"{base}Param" if base != name and base in self.schemas else f"{name}Param"

    def _want_param(self, name: str) -> None:
        if name in self.body_param_schemas:
            return
        taken = {self.param_name(n): n for n in self.body_param_schemas}.get(self.param_name(name))
        if taken is not None:
            raise ValueError(f"{name} and {taken} would both be {self.param_name(name)}")
        self.body_param_schemas.add(name)
        for sub in self.schemas[name]["properties"].values():
            if not sub.get("readOnly"):
                self.annotation(sub, request=True)


__all__ = ["Annotations"]
