"""DRF's field-keyed error bodies, built one message at a time.

Django REST Framework (3.x up to 3.17, ``rest_framework/serializers.py`` and ``fields.py``) shapes a nested
field's errors by what the field is:

* a list of objects (``ListSerializer``, ``many=True``): a list with one entry per item, ``{}`` for a good
  one (``{"lines": [{}, {"rate": ["A valid number is required."]}]}``); an item that is no object is
  ``{"non_field_errors": [...]}`` in its place, a null item the item's own messages;
* a list of primitives (``ListField``): an object keyed by the failing items' indices
  (``{"invoice_ids": {"1": ["A valid integer is required."]}}``);
* a nested object (a nested serializer): an object of its fields' errors (``{"address": {"city": [...]}}``).

A path is a list of keys. An ``int`` followed by more keys is an item of a list of objects; an ``int`` that
ends a path is an item of a list of primitives (its messages keyed by its index), unless it is an ``Item``:
a list of objects' item that carries messages of its own (a null item).
"""

from __future__ import annotations

import typing as t

from ..errors import clip_path


class Item(int):
    """The index of an item of a list of objects (DRF's ``ListSerializer``) whose messages are its own."""


def field_path(path: list[t.Any]) -> list[t.Any]:
    """Where an error at ``path`` of a body goes: under its field, or ``non_field_errors``."""
    return path if path and not isinstance(path[0], int) else ["non_field_errors", *path]


def error_tree(path: list[t.Any], message: str) -> dict[str, t.Any]:
    """An error body holding only ``message`` at ``path``."""
    tree: dict[str, t.Any] = {}
    insert_error(tree, path, message)
    return tree


def _listed(key: t.Any, last: bool) -> bool:
    """Whether ``key`` is a position in a list of objects' errors (not a field, nor a primitive's index)."""
    return isinstance(key, int) and (isinstance(key, Item) or not last)


def _add(messages: list[t.Any], message: str) -> None:
    if message not in messages:
        messages.append(message)


def insert_error(tree: dict[str, t.Any], path: list[t.Any], message: str) -> None:
    """Put ``message`` at ``path`` (clipped to the error schema's depth) in a DRF-shaped error tree: lists
    of objects padded with ``{}``, a list of primitives' items keyed by index (see the module's docstring)."""
    path = clip_path(path)
    node: t.Any = tree
    for i, key in enumerate(path):
        last = i == len(path) - 1
        if isinstance(node, list):  # a list of objects' errors: ``key`` is an item's position
            while len(node) <= key:
                node.append({})
            if last:  # the item's own messages (a null item)
                if isinstance(node[key], list):
                    _add(node[key], message)
                elif node[key]:  # it has field errors too: DRF's non_field_errors
                    _add(node[key].setdefault("non_field_errors", []), message)
                else:
                    node[key] = [message]
                return
            if not isinstance(node[key], dict):
                node[key] = {}
            node = node[key]
            continue
        name = str(key)  # a field's name, or a list of primitives' index as DRF's JSON keys it
        existing = node.get(name)
        if last:
            if existing is None:
                node[name] = [message]
            elif isinstance(existing, dict):  # the field has errors inside: DRF's non_field_errors
                _add(existing.setdefault("non_field_errors", []), message)
            elif all(isinstance(m, str) for m in existing):
                _add(existing, message)
            return
        wanted = list if _listed(path[i + 1], i + 1 == len(path) - 1) else dict
        if not isinstance(existing, wanted) or (wanted is list and any(isinstance(m, str) for m in existing)):
            existing = node[name] = wanted()
        node = existing


def _item_errors(node: t.Any) -> bool:
    """Whether ``node`` is a list of objects' errors (one entry per item), not a field's own messages."""
    return isinstance(node, list) and any(not isinstance(m, str) for m in node)


def merge_errors(tree: dict[str, t.Any], more: dict[str, t.Any]) -> dict[str, t.Any]:
    """``tree`` with the errors of another stage of the same body's field checks added (DRF reports every
    field's errors at once): fields only ``more`` names added, lists of objects' items and nested objects
    merged field by field; where both hold messages for the same field, ``tree``'s stand (its stage ran first)."""
    out = dict(tree)
    for name, found in more.items():
        have = out.get(name)
        if have is None:
            out[name] = found
        elif isinstance(have, dict) and isinstance(found, dict):
            out[name] = merge_errors(have, found)
        elif _item_errors(have) and _item_errors(found):
            merged = [*have, *({} for _ in range(len(found) - len(have)))]
            for index, item in enumerate(found):
                if isinstance(item, dict) and isinstance(merged[index], dict):
                    merged[index] = merge_errors(merged[index], item)
            out[name] = merged
    return out


def passed(body: t.Any, tree: dict[str, t.Any]) -> dict[str, t.Any] | None:
    """What of ``body`` passed the checks whose errors ``tree`` holds: the fields it names dropped (inside
    lists of objects and nested objects, only the failing fields of each item), a failing item left as ``{}``
    so the others keep their positions; ``None`` for a body that is no object."""
    if not isinstance(body, dict):
        return None
    out: dict[str, t.Any] = {}
    for name, value in body.items():
        found = tree.get(name)
        if found is None:
            out[name] = value
        elif isinstance(value, dict) and isinstance(found, dict) and "non_field_errors" not in found:
            out[name] = passed(value, found)
        elif isinstance(value, list) and _item_errors(found):
            items = []
            for index, item in enumerate(value):
                error = found[index] if index < len(found) else {}
                if not error:
                    items.append(item)
                elif isinstance(item, dict) and isinstance(error, dict) and "non_field_errors" not in error:
                    items.append(passed(item, error))
                else:
                    items.append({})
            out[name] = items
    return out


__all__ = ["Item", "error_tree", "field_path", "insert_error", "merge_errors", "passed"]
