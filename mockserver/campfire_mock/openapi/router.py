"""The one path index: which operation a method and a concrete path reach.

Built once from the merged spec and used by everyone who routes: the compiled fast path
(``match``), faults and the request log (``find``), the 405's ``Allow`` header (``allowed``)
and form decoding. ``argument_name`` is the one copy of Connexion's parameter naming.
"""

from __future__ import annotations

import builtins
import keyword
import re
from dataclasses import dataclass

import inflection

from .documents import Spec, operations

#: The methods a DRF view refuses with 405 when it does not offer them.
_DRF_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
#: An id as a path spells it: ASCII digits, no sign, no leading zero.
_CANONICAL_ID = re.compile(r"0|[1-9][0-9]*", re.ASCII)


def path_pattern(path: str) -> re.Pattern[str]:
    """A regex matching concrete paths of a spec path template (``/invoice/{id}/``); each template
    parameter is a group, in the order ``path_parameters`` names them."""
    return re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "([^/]+)", re.escape(path)) + "$")


def path_parameters(path: str) -> tuple[str, ...]:
    """The parameter names of a spec path template, in order."""
    return tuple(re.findall(r"\{([^/]+?)\}", path))


def argument_name(name: str) -> str:
    """A parameter's name as Connexion passes it to a handler (``pythonic_params``): snake_case,
    ``_`` after a builtin or keyword."""
    snake = inflection.underscore(name)
    if snake in builtins.__dict__ or keyword.iskeyword(snake):
        snake = f"{snake}_"
    return re.sub("^[^a-zA-Z_]+", "", re.sub("[^0-9a-zA-Z_]", "", re.sub(r"\[(?!])", "_", snake)))


@dataclass(frozen=True, slots=True)
class Template:
    """One templated spec path: its pattern, its parameters' names, and its operations by method."""

    path: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    methods: dict[str, str]
    #: The parameters the spec types as integers (ids): only their canonical spelling names an object.
    integers: frozenset[str] = frozenset()


class OperationIndex:
    """Which operation a concrete method and path reach, and which methods a path offers.

    Literal paths are tried before templated ones (``bulk-create/`` before ``{id}/``), as the router
    does; a templated path is tried only against templates of its method and number of segments."""

    def __init__(self, spec: Spec) -> None:
        self.literal: dict[str, dict[str, str]] = {}
        by_path: dict[str, dict[str, str]] = {}
        integers: dict[str, set[str]] = {}
        for path, method, op in operations(spec):
            by_path.setdefault(path, {})[method] = str(op["operationId"])
            for param in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]:
                if param.get("in") == "path" and (param.get("schema") or {}).get("type") == "integer":
                    integers.setdefault(path, set()).add(param["name"])
        self.templates: list[Template] = []
        #: Templates by (method, number of ``/``): the candidates ``match`` tries.
        self.by_shape: dict[tuple[str, int], list[Template]] = {}
        for path, methods in by_path.items():
            if "{" not in path:
                self.literal[path] = methods
                continue
            template = Template(
                path, path_pattern(path), path_parameters(path), methods, frozenset(integers.get(path, ()))
            )
            self.templates.append(template)
            for method in methods:
                self.by_shape.setdefault((method, path.count("/")), []).append(template)

    def match(self, method: str, path: str) -> tuple[str, dict[str, str]] | None:
        """The operationId and path parameters ``method path`` reaches, when exactly one operation
        does (``None`` for no match, a literal path with another method, or two templates)."""
        methods = self.literal.get(path)
        if methods is not None:
            operation_id = methods.get(method)
            return None if operation_id is None else (operation_id, {})
        found = None
        for template in self.by_shape.get((method, path.count("/")), ()):
            m = template.pattern.match(path)
            if m is not None:
                if found is not None:
                    return None
                found = (template.methods[method], dict(zip(template.names, m.groups(), strict=True)))
        return found

    def route(self, method: str, path: str) -> tuple[str, dict[str, str], bool] | None:
        """``match``, and whether an id of the path is spelled other than in ASCII digits without a sign or
        a leading zero (``/tag/01``, ``/tag/+1``, ``/tag/1 ``, an Arabic-Indic one), in one pass over the
        candidate templates: such a path names no object, although ``int()`` would read it."""
        methods = self.literal.get(path)
        if methods is not None:
            operation_id = methods.get(method)
            return None if operation_id is None else (operation_id, {}, False)
        found = None
        for template in self.by_shape.get((method, path.count("/")), ()):
            m = template.pattern.match(path)
            if m is not None:
                if found is not None:
                    return None
                values = dict(zip(template.names, m.groups(), strict=True))
                odd = bool(template.integers) and any(
                    not _CANONICAL_ID.fullmatch(values[name]) for name in template.integers if name in values
                )
                found = (template.methods[method], values, odd)
        return found

    def methods(self, path: str) -> dict[str, str]:
        """The operations (by method) of the first spec path ``path`` is an instance of."""
        methods = self.literal.get(path)
        if methods is not None:
            return methods
        return next((tp.methods for tp in self.templates if tp.pattern.match(path)), {})

    def find(self, method: str, path: str) -> str | None:
        """The operationId ``method path`` reaches, if any."""
        methods = self.literal.get(path)
        if methods is not None and method in methods:
            return methods[method]
        return next(
            (tp.methods[method] for tp in self.templates if method in tp.methods and tp.pattern.match(path)), None
        )

    def not_allowed(self, method: str, path: str) -> bool:
        """Whether ``method path`` is DRF's 405: the path is one of the spec's literal paths (a list route or
        an action such as ``/coa/api/v1/bill/bulk-sync-to-ramp/``) that does not offer the method. DRF's
        router tries those routes before an item's ``{id}`` route, so the method is refused there; it never
        reaches the item route and its id check. ``HEAD`` and ``OPTIONS`` are left to the app."""
        methods = self.literal.get(path)
        return methods is not None and method not in methods and method in _DRF_METHODS

    def allowed(self, path: str) -> str:
        """The ``Allow`` header of a 405 on ``path``."""
        return ", ".join(sorted(self.methods(path)))


__all__ = ["OperationIndex", "argument_name", "path_parameters", "path_pattern"]
