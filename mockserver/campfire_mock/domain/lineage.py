"""Lineages: the ids of an object's parents, root first, then its own (a customer's ``lineage``, a chart
account's ``lineage_array``, a budget account's ``account_lineage``)."""

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


__all__ = ["lineage"]
