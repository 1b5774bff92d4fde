"""Which view class serves an operation, and which of its methods: read from the spec plan once, at start-up.

A view class names the collection paths it serves (``collections``); the first one is where its
``@action`` paths start. For each operation, in this order:

1. a method marked ``@operation(operation_id)`` answers that operation;
2. a method marked ``@action(method, url_path=...)`` answers the method on that path;
3. the class whose ``collections`` hold the plan's collection answers with the method the plan's action
   names (``list``, ``create``, ``retrieve``, ``update``, ``partial_update``, ``destroy``, ``action``,
   ``read``), its own or the base's;
4. otherwise the base view (``ResourceView``) does.

Two classes claiming the same operation, path or collection is a start-up error, as a missing method is.
"""

from __future__ import annotations

import typing as t

from ..openapi.resources import Plan
from .base import Services
from .generic import ResourceView, Route


def _template(path: str) -> tuple[str, ...]:
    """A path's segments, every parameter the same (``/a/{id}/b/`` and ``/a/{pk}/b`` are one path)."""
    return tuple("{}" if s.startswith("{") else s for s in path.strip("/").split("/") if s)


class Registry:
    """Every view class, indexed by what it claims."""

    def __init__(self, views: t.Iterable[type[ResourceView]]) -> None:
        self.by_operation: dict[str, tuple[type[ResourceView], str]] = {}
        self.by_route: dict[tuple[str, tuple[str, ...]], tuple[type[ResourceView], str]] = {}
        self.by_collection: dict[str, type[ResourceView]] = {}
        for cls in views:
            for collection in cls.collections:
                self._claim(self.by_collection, collection.rstrip("/"), cls)
            for name in dir(cls):
                func = getattr(cls, name)
                operation_id = getattr(func, "operation_id", None)
                if operation_id is not None:
                    self._claim(self.by_operation, operation_id, (cls, name))
                route: Route | None = getattr(func, "route", None)
                if route is not None:
                    if not cls.collections:
                        raise ValueError(f"{cls.__name__}.{name} has an @action but its class names no collection")
                    path = _template(f"{cls.collections[0]}/{route.url_path}")
                    for method in route.methods:
                        self._claim(self.by_route, (method, path), (cls, name))

    @staticmethod
    def _claim(index: dict[t.Any, t.Any], key: t.Any, value: t.Any) -> None:
        if key in index and index[key] != value:
            raise ValueError(f"{key!r} is claimed by both {index[key]!r} and {value!r}")
        index[key] = value

    def resolve(self, plan: Plan) -> tuple[type[ResourceView], str]:
        """The class serving ``plan``'s operation and the name of its method."""
        found = self.by_operation.get(plan.operation_id) or self.by_route.get((plan.method, _template(plan.path)))
        if found is not None:
            return found
        return self.by_collection.get(plan.collection or "", ResourceView), plan.action

    def bind(self, plan: Plan, services: Services) -> t.Callable[..., t.Any]:
        """``plan``'s view method, on a view of ``plan`` (a missing method is a start-up error)."""
        cls, name = self.resolve(plan)
        view = cls(plan, services)
        method = getattr(view, name, None)
        if not callable(method):
            raise ValueError(f"{cls.__name__} has no method {name!r} for operationId {plan.operation_id!r}")
        return t.cast(t.Callable[..., t.Any], method)


__all__ = ["Registry"]
