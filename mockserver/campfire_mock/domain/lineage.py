"""Lineages: the ids of an object's parents, root first, then its own (a customer's ``lineage``, a chart
account's ``lineage_array``, a budget account's ``account_lineage``); and whether a new parent would make
a chain loop (``makes_cycle``), which updates refuse."""

from __future__ import annotations

import typing as t

from .workspace import Workspace


def lineage(ws: Workspace, row: dict[str, t.Any], kind: str = "vendor") -> list[str]:
    """The ids (as strings) of a client's (or a ``kind`` object's) parents, root first, and its own: upstream's
    "lineage array from root to this vendor" (a parent chain that loops or runs deeper than 50 stops there)."""
    chain = [str(row.get("id"))]
    seen = {row.get("id")}
    parent = row.get("parent")
    while parent is not None and parent not in seen and len(chain) < 50:
        seen.add(parent)
        chain.append(str(parent))
        parent = ws.refs[kind].look(parent, {}).get("parent")
    return chain[::-1]


def makes_cycle(ws: Workspace, kind: str, key: int, parent: int) -> bool:
    """Whether giving the ``kind`` object ``key`` the parent ``parent`` (of the same kind) would put it
    above itself: ``parent`` is ``key`` or one of its descendants (a chain that already loops is followed
    until it repeats)."""
    seen: set[int] = set()
    node: t.Any = parent
    while isinstance(node, int) and not isinstance(node, bool) and node not in seen:
        if node == key:
            return True
        seen.add(node)
        row = ws.table(kind).look(node)
        node = row.get("parent") if isinstance(row, dict) else None
        if isinstance(node, str) and node.isdigit():  # a relation id written as text, as DRF takes it
            node = int(node)
    return False


__all__ = ["lineage", "makes_cycle"]
