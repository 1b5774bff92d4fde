"""validation.py: OpenAPI schemas as JSON Schema for the compiled response validator."""

from __future__ import annotations

from campfire_mock.openapi.json_schema import fast_validator, to_json_schema


def test_nullable_becomes_a_null_type() -> None:
    """OpenAPI ``nullable`` becomes a ``null`` type and enum member, or a ``null`` branch beside an ``allOf``."""
    assert to_json_schema({"type": "string", "nullable": True, "enum": ["a"]}) == {
        "type": ["string", "null"],
        "enum": ["a", None],
    }
    assert to_json_schema({"allOf": [{"type": "integer"}], "nullable": True}) == {
        "anyOf": [{"allOf": [{"type": "integer"}]}, {"type": "null"}]
    }


def test_write_only_properties_must_be_absent_from_responses() -> None:
    """The compiled response validator refuses a body that carries a write-only property, even a required one."""
    schema = {
        "type": "object",
        "required": ["a", "b"],
        "properties": {"a": {"type": "integer"}, "b": {"type": "string", "writeOnly": True}},
    }
    validator = fast_validator(schema)
    assert validator.is_valid({"a": 1})
    assert not validator.is_valid({"a": 1, "b": "x"})


def test_formats_are_checked() -> None:
    """The compiled validator checks formats: a ``date`` string must be a date."""
    validator = fast_validator({"type": "string", "format": "date"})
    assert validator.is_valid("2026-01-31") and not validator.is_valid("")


def test_recursive_schema_falls_back_to_the_python_validator() -> None:
    """A recursive schema gets no compiled validator, so the Python one checks it."""
    node: dict[str, object] = {"type": "array"}
    node["items"] = node
    assert fast_validator(node) is None
