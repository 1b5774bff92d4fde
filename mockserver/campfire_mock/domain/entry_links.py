"""A manual journal entry line's relations besides its account, vendor, department and tags, and its entry's
file (``journal_entries.py`` checks the rest): each names a live object (DRF's ``Invalid pk`` otherwise) and is
kept with the line; a line's ``entity`` is its entry's (a manual entry is in one entity).
"""

from __future__ import annotations

import typing as t

from .relations import INVALID_PK, exists
from .values import incorrect, rel_id
from .workspace import Workspace

Row = dict[str, t.Any]
#: A line's relations kept as written, besides account, vendor, department and tags: field -> the kind it
#: names (read from upstream's ``ChartTransaction``, where each is writable).
LINE_LINKS = {"source_entity": "entity", "parent_bank_transaction": "transaction"}
#: A line's lists of ids kept as written: field -> the kind each names.
LINE_LISTS = {"tag_group_ids": "/coa/api/tag-group"}
#: The line fields a client writes back (a PATCH that changes no line re-sends them).
LINE_FIELDS = ("vendor", "department", "tags", *LINE_LINKS, *LINE_LISTS)
#: Uploaded files, which an entry's ``source_file`` names.
FILES = "/ca/api/file"


def line_links(ws: Workspace, line: Row, errors: Row) -> Row:
    """A line's other relations as stored (``LINE_LINKS``, ``LINE_LISTS``), each checked: an id naming no
    live object is DRF's ``Invalid pk``; a value that is no id, ``Incorrect type``."""
    out: Row = {}
    for name, kind in LINE_LINKS.items():
        key = ref_or_raw(line.get(name))
        if key is not None and (not isinstance(key, int) or not exists(ws, kind, key)):
            errors[name] = [INVALID_PK.format(key)] if isinstance(key, int) else [incorrect(key)]
        out[name] = key if isinstance(key, int) else None
    for name, kind in LINE_LISTS.items():
        value = line.get(name)
        items = value if isinstance(value, list) else []
        keys = [_pk(v) for v in items]
        if value is not None and not isinstance(value, list):
            errors[name] = [f'Expected a list of items but got type "{type(value).__name__}".']
        elif any(k is None for k in keys):
            errors[name] = [incorrect(items[keys.index(None)])]
        else:
            unknown = [k for k in keys if k is not None and not exists(ws, kind, k)]
            if unknown:
                errors[name] = [INVALID_PK.format(unknown[0])]
        out[name] = list(dict.fromkeys(k for k in keys if k is not None))
    return out


def ref_or_raw(value: t.Any) -> t.Any:
    """A relation id as DRF reads it (an int, a numeric string; ``None`` for none), else the value as
    sent (for DRF's ``Incorrect type`` message)."""
    try:
        return rel_id(value)
    except (TypeError, ValueError):
        return value


def _pk(value: t.Any) -> int | None:
    """The id one element of a list of ids names (an int or a numeric string), else ``None``."""
    if isinstance(value, bool):
        return None
    try:
        key = rel_id(value)
    except (TypeError, ValueError):
        return None
    return key if isinstance(key, int) else None


def line_entities(ws: Workspace, written: list[t.Any], entity: t.Any, errors: Row) -> t.Any:
    """The entry's entity given its lines' ``entity`` fields: each must name a live entity and be the
    entry's (a manual entry is in one entity); an entry naming none takes its lines' one. Errors go under
    ``transactions``, at each line's position."""
    found: list[Row] = []
    named: list[int] = []
    for line in written:
        err: Row = {}
        key = ref_or_raw(line.get("entity")) if isinstance(line, dict) else None
        if key is not None and (not isinstance(key, int) or not exists(ws, "entity", key)):
            err["entity"] = [INVALID_PK.format(key) if isinstance(key, int) else incorrect(key)]
        elif isinstance(key, int):
            named.append(key)
        found.append(err)
    mine = entity if entity is not None else (named[0] if named else None)
    for n, line in enumerate(written):
        key = ref_or_raw(line.get("entity")) if isinstance(line, dict) else None
        if isinstance(key, int) and key in named and key != mine:
            found[n]["entity"] = [
                f"A line's entity is its entry's ({mine}): a manual journal entry is in one entity (an entry"
                " across entities is an intercompany journal entry)."
            ]
    if any(found):
        errors["transactions"] = found
    return mine


__all__ = ["FILES", "LINE_FIELDS", "LINE_LINKS", "LINE_LISTS", "line_entities", "line_links", "ref_or_raw"]
