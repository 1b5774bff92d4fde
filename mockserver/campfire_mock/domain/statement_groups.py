"""Breakdowns of a statement (``group_by``): one set of columns per department, entity, vendor, tag or
currency.

Each breakdown value is a mask over the statement's lines (``Sums``); lines without a value are
*Unassigned*. Tags need a tag group (``group``, Campfire's parameter): a line belongs to the tag of that
group it carries (the first, if it carries several), else to *Unassigned*. ``currency`` groups by the
currency each document was written in (amounts stay in the statement's currency). A group is labelled by
its name; two with the same name are told apart by their id (``Sales (12)``).
"""

from __future__ import annotations

import typing as t

from ..errors import ValidationFailed
from .books import Columns
from .generic import is_deleted
from .workspace import Workspace

if t.TYPE_CHECKING:  # numpy loads on the first statement, not at start-up (the views import this module)
    import numpy as np


class Sums(t.Protocol):
    """What a breakdown reads of a statement's sums (``statements.Sums``): its columns and the mask of the
    lines it keeps."""

    cols: Columns
    mask: np.ndarray


#: What a statement may be broken down by (``group_by``).
GROUPINGS = ("department", "entity", "vendor", "tag", "currency")
TAG_KIND, TAG_GROUP_KIND = "/coa/api/tag", "/coa/api/tag-group"
UNASSIGNED = "Unassigned"


def check_grouping(ws: Workspace, group_by: str | None, group: t.Any, allowed: t.Sequence[str]) -> int | None:
    """The tag group a ``tag`` breakdown needs, after checking ``group_by`` is one of ``allowed`` (400s
    naming ``group_by`` or ``group`` otherwise); ``None`` for the other breakdowns."""
    if group_by is None:
        return None
    if group_by not in allowed:
        choices = sorted(allowed)
        listed = f"{', '.join(choices[:-1])} or {choices[-1]}" if len(choices) > 1 else choices[0]
        raise ValidationFailed.field("group_by", f'"{group_by}" is not a valid choice: {listed}.')
    if group_by != "tag":
        return None
    if group in (None, ""):
        raise ValidationFailed.field("group", "This field is required when group_by is tag.")
    key = int(group) if str(group).isdigit() else None
    groups: dict[int, dict[str, t.Any]] = dict(ws.generic.get(TAG_GROUP_KIND) or {})
    if key is None or key not in groups or is_deleted(groups[key]):
        raise ValidationFailed.field("group", f'Invalid pk "{group}" - object does not exist.')
    return key


def _tag_column(ws: Workspace, sums: Sums, group: int) -> np.ndarray:
    """Per line of ``sums``: the id of its tag in ``group``, else -1 (from the columns: no entry is made)."""
    import numpy as np

    members = {int(k) for k, row in dict.items(ws.generic.get(TAG_KIND) or {}) if row.get("group") == group}
    values = np.full(len(sums.cols.day), -1, dtype=np.int64)
    if not members:
        return values
    for row, tags in enumerate(sums.cols.tags.tolist()):
        if tags:
            tag = next((x for x in tags if x in members), None)
            if tag is not None:
                values[row] = tag
    return values


def _currency_column(sums: Sums) -> tuple[np.ndarray, list[str]]:
    """Per line of ``sums``: the index of its entry's currency in the returned list, else -1."""
    import numpy as np

    codes: dict[str, int] = {"": -1}
    found = [codes.setdefault(code or "", len(codes) - 1) for code in sums.cols.currency.tolist()]
    del codes[""]
    return np.asarray(found, dtype=np.int64), list(codes)


def _name(ws: Workspace, group_by: str, key: int) -> str:
    if key < 0:
        return UNASSIGNED
    tags: dict[int, dict[str, t.Any]] = ws.generic.get(TAG_KIND) or {}
    row = (dict.get(tags, key) or {}) if group_by == "tag" else ws.refs[group_by].look(key, {})
    return str(row.get("name") or key)


def breakdown(
    ws: Workspace, sums: Sums, group_by: str | None, group: int | None = None
) -> list[tuple[str, np.ndarray]]:
    """(label, mask) per value of the breakdown among the statement's lines, by label; none without one."""
    if group_by is None:
        return []
    import numpy as np

    codes: list[str] = []
    if group_by == "currency":
        values, codes = _currency_column(sums)
    elif group_by == "tag":
        values = _tag_column(ws, sums, group or 0)
    else:
        values = getattr(sums.cols, group_by)
    found: list[tuple[str, np.ndarray]] = []
    seen: set[str] = set()
    for key in np.unique(values[sums.mask]).tolist():
        name = (codes[key] if key >= 0 else UNASSIGNED) if codes or group_by == "currency" else _name(ws, group_by, key)
        if name in seen:
            name = f"{name} ({key})"
        seen.add(name)
        found.append((name, values == key))
    return sorted(found, key=lambda pair: (pair[0] == UNASSIGNED, pair[0]))


__all__ = ["GROUPINGS", "UNASSIGNED", "breakdown", "check_grouping"]
