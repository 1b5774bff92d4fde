"""A component schema of the spec checked DRF-style, for bodies the spec leaves free-form (the items of a
bulk create) and for what an import would answer."""

from __future__ import annotations

import typing as t

from ..limits import MAX_ITEM_ERRORS
from .documents import dereferencer
from .drf import DRFRequestValidator, errors_to_fields, holds_nul
from .json_schema import FORMAT_CHECKER, SchemaCache, fast_validator, request_validator


class SchemaChecker:
    """Validate data against a component schema of the spec, DRF-style (for bodies the spec
    leaves free-form, such as the items of a bulk create)."""

    def __init__(self, spec: dict[str, t.Any]) -> None:
        self._schemas = dereferencer(spec)
        self._validators: dict[str, t.Any] = {}
        #: (schema, optional fields) -> its schema with those not required, and that schema compiled.
        self._relaxed: dict[tuple[str, frozenset[str]], tuple[dict[str, t.Any], t.Any]] = {}
        self._fast = SchemaCache(fast_validator)

    def errors(self, schema: str, instance: t.Any) -> dict[str, t.Any]:
        validator = self._validators.get(schema)
        if validator is None:
            validator = self._validators[schema] = DRFRequestValidator(
                self._schemas.schema(schema), format_checker=FORMAT_CHECKER
            )
        return errors_to_fields(validator.iter_errors(instance))

    def item_errors(
        self, schema: str, items: list[t.Any], optional: frozenset[str] = frozenset()
    ) -> list[dict[str, t.Any]]:
        """``errors`` of each item, DRF's messages built only for the first ``MAX_ITEM_ERRORS`` failing ones
        (the compiled twin tells the others apart, each marked ``{"non_field_errors": [...]}``). Items
        lacking only ``optional`` fields pass the twin (the caller decides about those)."""
        key = (schema, optional)
        found = self._relaxed.get(key)
        if found is None:
            relaxed = dict(self._schemas.schema(schema))
            relaxed["required"] = [f for f in relaxed.get("required", []) if f not in optional]
            found = self._relaxed[key] = (relaxed, request_validator(relaxed))
        fast = found[1]
        out: list[dict[str, t.Any]] = []
        shown = 0
        for item in items:
            if fast is not None and fast.is_valid(item) and not holds_nul(item):
                out.append({})
            elif shown < MAX_ITEM_ERRORS or fast is None:
                out.append(self.errors(schema, item))
                shown += bool(out[-1])
            else:
                out.append({"non_field_errors": ["Invalid item."]})
        return out

    def unservable(self, ws: t.Any, serializer: t.Any) -> list[str]:
        """What in a workspace would render against its response schema (for imports)."""
        problems: list[str] = []
        for schema, label, render in serializer.everything(ws):
            try:
                rendered = render()
            except (ArithmeticError, KeyError, TypeError, ValueError, AttributeError) as exc:
                problems.append(f"{label}: cannot be rendered ({type(exc).__name__}: {exc})")
                continue
            fast = self._fast(self._schemas.schema(schema))
            if fast is not None and not fast.is_valid(rendered):
                error = next(iter(fast.iter_errors(rendered)))
                problems.append(f"{label}: {error.message}")
        return problems


__all__ = ["SchemaChecker"]
