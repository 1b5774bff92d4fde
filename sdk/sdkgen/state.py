"""What the generator knows as it goes: the spec, the resource tree, the types each resource uses, the
reference of each method. The parts (``annotations.py`` ... ``package_files.py``) read and fill it."""

from __future__ import annotations

import typing as t

from .naming import METHODS, Method, Resource


class GeneratorState:
    """The generator's state, set from the spec (``ResourceTree`` fills the tree)."""

    def __init__(self, spec: dict[str, t.Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, t.Any] = spec["components"]["schemas"]
        self.ops: list[tuple[str, str, dict[str, t.Any]]] = [
            (path, m, op) for path, item in spec["paths"].items() for m, op in item.items() if m in METHODS
        ]
        self.params_names: list[str] = []
        self.body_param_schemas: set[str] = set()
        self.inline_bodies: dict[str, dict[str, t.Any]] = {}
        self.query_types: dict[str, tuple[str, list[dict[str, t.Any]]]] = {}
        self.tree: dict[str, Resource] = {}
        self.clashes: set[str] = set()
        #: resource attribute -> the model and params classes its methods name (hand-written ones too).
        self.uses: dict[str, set[str]] = {}
        #: class name -> the types module holding it (``place_types``).
        self.module_of: dict[str, str] = {}
        self.methods: list[Method] = []
        #: operationId -> (arguments, result) of its sync method, for ``docs/sdk-api.md``.
        self.reference: dict[str, tuple[str, str]] = {}


__all__ = ["GeneratorState"]
