"""DRF's field-keyed error bodies, built one message at a time (``{"lines": [{}, {"amount": [...]}]}``)."""

from __future__ import annotations

import typing as t

from ..errors import clip_path


def field_path(path: list[t.Any]) -> list[t.Any]:
    """Where an error at ``path`` of a body goes: under its field, or ``non_field_errors``."""
    return path if path and not isinstance(path[0], int) else ["non_field_errors", *path]


def error_tree(path: list[t.Any], message: str) -> dict[str, t.Any]:
    """An error body holding only ``message`` at ``path``."""
    tree: dict[str, t.Any] = {}
    insert_error(tree, path, message)
    return tree


def insert_error(tree: dict[str, t.Any], path: list[t.Any], message: str) -> None:
    """Put ``message`` at ``path`` (clipped to the error schema's depth) in a DRF-shaped error tree
    (lists padded with ``{}``)."""
    path = clip_path(path)
    node: t.Any = tree
    for i, key in enumerate(path):
        last = i == len(path) - 1
        nxt = path[i + 1] if not last else None
        if isinstance(node, list):
            while len(node) <= key:
                node.append({})
            if last:
                node[key] = [message] if not isinstance(node[key], list) else node[key] + [message]
                return
            node = node[key]
            continue
        if last:
            existing = node.get(key)
            if isinstance(existing, list) and all(isinstance(m, str) for m in existing):
                if message not in existing:
                    existing.append(message)
            elif existing is None:
                node[key] = [message]
            return
        if key not in node or (isinstance(node[key], list) and all(isinstance(m, str) for m in node[key])):
            node[key] = [] if isinstance(nxt, int) else {}
        node = node[key]


__all__ = ["error_tree", "field_path", "insert_error"]
