"""The object an operation names, looked up before its body is judged, as DRF does.

DRF's detail views and actions call ``get_object()`` before the serializer reads the body
(``UpdateModelMixin.update``, an ``@action(detail=True)``), so a request naming a missing object is a 404
whatever its body. The Connexion path validates bodies before any handler runs; for a path that names
objects it leaves the 400 in the request (``errors.DEFERRED_ERRORS``), and ``Operation.run`` calls the
lookup made here first: the retrieve of the same kind (with the same parents), whose 404 is the one every
view of that kind answers. Only the 404 counts; anything else the retrieve says is left to the body's 400.
"""

from __future__ import annotations

import typing as t

from ..domain.workspace import Workspace
from ..errors import DomainError
from ..openapi.resources import Plan
from .base import Caller

#: A lookup: raises the 404 of the object ``kwargs`` name, or returns.
Lookup = t.Callable[[Workspace, Caller, dict[str, t.Any]], None]


def object_lookups(plans: dict[str, Plan], methods: dict[str, t.Callable[..., t.Any]]) -> dict[str, Lookup]:
    """A lookup for every update, partial update and action on one object whose kind has a retrieve (same
    parents), by operationId; ``methods`` are the bound handlers, by operationId."""
    retrieves: dict[tuple[str, tuple[str, ...]], Plan] = {}
    for operation_id, p in plans.items():
        if p.action == "retrieve" and p.kind is not None and p.id_param is not None and operation_id in methods:
            retrieves.setdefault((p.kind, tuple(name for name, _ in p.parents)), p)
    found: dict[str, Lookup] = {}
    for operation_id, p in plans.items():
        if p.action not in ("update", "partial_update", "action") or p.kind is None or p.id_param is None:
            continue
        retrieve = retrieves.get((p.kind, tuple(name for name, _ in p.parents)))
        if retrieve is not None and operation_id in methods:
            found[operation_id] = _lookup(methods[retrieve.operation_id], p, retrieve)
    return found


def _lookup(retrieve: t.Callable[..., t.Any], p: Plan, found: Plan) -> Lookup:
    """The retrieve of ``found`` called with the ids ``p``'s path gives; only its 404 counts."""
    assert p.id_param is not None and found.id_param is not None
    own, theirs = p.path_args[p.id_param], found.path_args[found.id_param]
    parents = [found.path_args[name] for name, _ in found.parents]

    def look(ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> None:
        try:
            retrieve(ws, caller, **{theirs: kwargs.get(own)}, **{a: kwargs.get(a) for a in parents})
        except DomainError as exc:
            if exc.status == 404:
                raise

    return look


__all__ = ["Lookup", "object_lookups"]
