"""Spec path templates as patterns, and which operation a method and path reach."""

from __future__ import annotations

import builtins
import keyword
import re
import typing as t

import inflection

from .documents import Spec, operations


def path_pattern(path: str) -> re.Pattern[str]:
    """A regex matching concrete paths of a spec path template (``/invoice/{id}/``); each template
    parameter is a group, in the order ``path_parameters`` names them."""
    return re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "([^/]+)", re.escape(path)) + "$")


def path_parameters(path: str) -> tuple[str, ...]:
    """The parameter names of a spec path template, in order."""
    return tuple(re.findall(r"\{([^/]+?)\}", path))


class OperationIndex:
    """Which operation a concrete method and path reach, and which methods a path offers."""

    def __init__(self, spec: Spec) -> None:
        # Literal paths before templated ones, as the router tries them (``bulk-create/`` before ``{id}/``).
        paths = sorted(spec["paths"], key=lambda path: path.count("{"))
        self.paths = [(path_pattern(path), {m: op for p, m, op in operations(spec) if p == path}) for path in paths]

    def _match(self, path: str) -> dict[str, dict[str, t.Any]]:
        return next((ops for pattern, ops in self.paths if pattern.match(path)), {})

    def find(self, method: str, path: str) -> str | None:
        op = self._match(path).get(method)
        return None if op is None else str(op["operationId"])

    def allowed(self, path: str) -> str:
        """The ``Allow`` header of a 405 on ``path``."""
        return ", ".join(sorted(self._match(path)))


def pythonic(name: str) -> str:
    """A parameter's name as Connexion passes it (``pythonic_params``): snake_case, ``_`` after a builtin."""
    snake = inflection.underscore(name)
    if snake in builtins.__dict__ or keyword.iskeyword(snake):
        snake = f"{snake}_"
    return re.sub("^[^a-zA-Z_]+", "", re.sub("[^0-9a-zA-Z_]", "", re.sub(r"\[(?!])", "_", snake)))
