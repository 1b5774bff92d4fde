"""The marks a view method carries: ``@action`` (a verb path under the view's collection, as DRF's
``@action``) and ``@operation`` (one operation wherever its path lies); ``views/registry.py`` reads them."""

from __future__ import annotations

import typing as t
from dataclasses import dataclass

Handler = t.Callable[..., t.Any]


@dataclass(frozen=True)
class Route:
    """Where an ``@action`` method answers: its HTTP methods and its path under the view's collection."""

    methods: frozenset[str]
    url_path: str


def action(*methods: str, url_path: str) -> t.Callable[[Handler], Handler]:
    """Mark a view method as the answer to ``methods`` on ``url_path``, a path under the view's first
    collection (``"{id}/void"`` acts on one object, ``"bulk-search"`` on the collection), as DRF's
    ``@action(detail=..., methods=..., url_path=...)`` does."""

    def mark(func: Handler) -> Handler:
        func.route = Route(frozenset(m.upper() for m in methods), url_path.strip("/"))  # type: ignore[attr-defined]
        return func

    return mark


def operation(operation_id: str) -> t.Callable[[Handler], Handler]:
    """Mark a view method as the answer to one operation, wherever its path lies (an operation under
    another resource's path, such as a bank transaction's ``invoice_payments`` under the GL's)."""

    def mark(func: Handler) -> Handler:
        func.operation_id = operation_id  # type: ignore[attr-defined]
        return func

    return mark


__all__ = ["Handler", "Route", "action", "operation"]
