"""The storage budget of a workspace: the bytes of its objects as the state file stores them (compact
JSON), kept up to date write by write from what each write touched.

A write that would take a workspace beyond ``--max-workspace-bytes`` is refused with a 413 and undone,
so one key cannot fill the server's memory (or disk) for every other key. Sizes are measured from the
write's journal: each object the write touched is encoded before and after, so the cost of the check is
the cost of the write's own objects, never of the whole workspace (a replacement, such as an import or a
reset, is measured whole, once).
"""

from __future__ import annotations

import typing as t

from .domain.tables import MISSING as _MISSING
from .domain.workspace import Workspace, encode_json
from .errors import TooLarge, ValidationFailed
from .limits import MAX_TEXT_CHARS


def object_bytes(kind: str, obj: t.Any) -> int:
    """Bytes of one stored object (0 for none)."""
    return 0 if obj is _MISSING or obj is None else len(encode_json(kind, obj))


def workspace_bytes(ws: Workspace) -> int:
    """Bytes of every object of a workspace."""
    return sum(object_bytes(kind, obj) for kind, table in ws.tables().items() for obj in dict.values(table))


def write_bytes(ws: Workspace, before: int, encoded: dict[int, bytes] | None = None) -> int:
    """The workspace's bytes once the open write on it is kept, from ``before`` (its bytes as the write began).
    ``encoded``, if given, receives each new or changed object's row by ``id()`` of the object, for the state
    file to save as it is (``state_file.rows_of``) instead of encoding it again."""
    journal = ws.journal
    if journal is None:
        return before
    if journal.replaced is not None:
        return workspace_bytes(ws)
    size = before
    for table, seen in journal.before.values():
        kind = table.kind
        for key, old in seen.items():
            new = dict.get(table, key, _MISSING)
            if new is not old:
                if new is not _MISSING and new is not None:
                    row = encode_json(kind, new)
                    size += len(row)
                    if encoded is not None:
                        encoded[id(new)] = row
                size -= object_bytes(kind, old)
    return size


def check_strings(body: t.Any, size: int | None = None) -> None:
    """400 naming each top-level field whose text (at any depth) is longer than ``MAX_TEXT_CHARS``: the bound
    of text the schema gives no ``maxLength``, checked before anything is stored. ``size``, the bytes of the
    JSON text ``body`` was read from (if known), spares the walk: a text of at most ``MAX_TEXT_CHARS`` bytes
    holds no longer string (a character takes at least one byte)."""
    if size is not None and size <= MAX_TEXT_CHARS:
        return
    if isinstance(body, dict):
        errors = {str(name): [_TOO_LONG] for name, value in body.items() if _too_long(value, 0)}
    else:
        errors = {"non_field_errors": [_TOO_LONG]} if _too_long(body, 0) else {}
    if errors:
        raise ValidationFailed(errors)


_TOO_LONG = f"Ensure this field has no more than {MAX_TEXT_CHARS} characters."


def _too_long(value: t.Any, depth: int) -> bool:
    if isinstance(value, str):
        return len(value) > MAX_TEXT_CHARS
    if depth > 32:
        return False
    if isinstance(value, dict):
        return any(_too_long(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return any(_too_long(v, depth + 1) for v in value)
    return False


def check_budget(size: int, budget: int) -> None:
    """413 (the write undone) for a workspace that would hold more than ``budget`` bytes."""
    if size > budget:
        raise TooLarge(
            f"This write would grow the workspace to {size} bytes, beyond its storage budget of {budget} bytes "
            "(--max-workspace-bytes); delete objects, or reset the workspace."
        )


__all__ = ["check_budget", "check_strings", "object_bytes", "workspace_bytes", "write_bytes"]
