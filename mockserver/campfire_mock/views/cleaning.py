"""Request bodies cleaned before the handler runs, as DRF's serializers ignore what a client may not write.

A view method marked ``@cleans_body(schema)`` receives its JSON body with read-only and unknown fields
dropped (nested lines included) and relation ids read as DRF reads them (``"54"`` is 54, ``""`` null;
one beyond ``MAX_INT`` is a 400 naming the field): ``openapi.shapes.Shapes.cleaner``, compiled once per
schema. ``build_operations`` gives each marked operation its cleaner (``body_cleaner``), and
``Operation.run`` applies it just before the handler, inside its transaction, on either request path,
so a handler never reads a field it must ignore. ``reads`` is a rule that reads something of the raw
body first (bills read their lines' ``tags`` objects as ``tag_ids``).
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass

from ..openapi.shapes import Shapes

Body = dict[str, t.Any]
Handler = t.TypeVar("Handler", bound=t.Callable[..., t.Any])


@dataclass(frozen=True)
class Cleaning:
    """The schema a handler's body is cleaned by (or what names it, given the view), and a rule read first."""

    schema: str | t.Callable[[t.Any], str]
    reads: t.Callable[[Body], Body] | None = None


def cleans_body(
    schema: str | t.Callable[[t.Any], str], reads: t.Callable[[Body], Body] | None = None
) -> t.Callable[[Handler], Handler]:
    """Mark a view method whose JSON body is cleaned by ``schema`` before it runs (``reads`` first)."""

    def mark(func: Handler) -> Handler:
        func.cleans = Cleaning(schema, reads)  # type: ignore[attr-defined]
        return func

    return mark


def body_cleaner(handler: t.Callable[..., t.Any], shapes: Shapes) -> t.Callable[[Body], Body] | None:
    """What cleans ``handler``'s body, if it is marked ``@cleans_body`` (a method overriding a marked one
    is not, unless marked itself)."""
    cleaning = getattr(handler, "cleans", None)
    if not isinstance(cleaning, Cleaning):
        return None
    named = cleaning.schema
    schema = named if isinstance(named, str) else named(getattr(handler, "__self__", None))
    clean = shapes.cleaner(schema)
    reads = cleaning.reads
    if reads is None:
        return clean
    return lambda body: clean(reads(body))


__all__ = ["Cleaning", "body_cleaner", "cleans_body"]
