"""The stored shape an imported generic object must have, beyond being a JSON object with an id.

A snapshot's invoices and payments are validated whole by their models; a generic resource's object is
kept as the JSON it is, so a crafted one could break every later request on it (a tag id ``"5"``, a
``_parent`` that is a string, webhook ``topics`` as plain strings). ``problems`` lists what is wrong
with one object, by field, for the import's 400.
"""

from __future__ import annotations

import typing as t

from ..limits import MAX_INT
from .topics import TOPICS

#: Where a nested object keeps the ids of the objects it is under (``domain.generic.PARENT``).
PARENT = "_parent"
#: Webhooks, whose rows the delivery code reads field by field (``views.webhooks.WEBHOOK_KIND``).
WEBHOOK_KIND = "/integrations/api/v1/webhook"

Problem = tuple[tuple[str | int, ...], str]


def _is_id(value: t.Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_INT


def problems(kind: str, obj: t.Any) -> list[Problem]:
    """What makes ``obj`` unfit to be stored as an object of ``kind`` (a generic resource's path), by field."""
    if not kind.startswith("/") or not isinstance(obj, dict):
        return []
    found: list[Problem] = []
    if not _is_id(obj.get("id")):
        found.append((("id",), f"An id is an integer between 1 and {MAX_INT}."))
    parent = obj.get(PARENT)
    if parent is not None and (not isinstance(parent, dict) or not all(_is_id(v) for v in parent.values())):
        found.append(((PARENT,), "The ids of the objects this one is under, as an object of integer ids."))
    if kind == WEBHOOK_KIND:
        found.extend(_webhook(obj))
    return found


def _webhook(obj: dict[str, t.Any]) -> list[Problem]:
    found: list[Problem] = []
    topics = obj.get("topics")
    if topics is not None and (
        not isinstance(topics, list) or not all(isinstance(x, dict) and x.get("name") in TOPICS for x in topics)
    ):
        found.append((("topics",), 'Topics are a list of {"name": topic} of the known topics.'))
    for name, kind in (("url", str), ("token", str), ("active", bool)):
        if name in obj and obj[name] is not None and not isinstance(obj[name], kind):
            found.append(((name,), f"Expected a {kind.__name__}."))
    return found


__all__ = ["problems"]
