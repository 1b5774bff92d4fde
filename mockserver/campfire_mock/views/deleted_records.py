"""What a list answers for a deleted object: upstream's "minimal data".

Twenty-four of Campfire's lists describe their ``include_deleted`` in the same words: "When set to 'true',
returns ONLY deleted records instead of active records. Deleted records contain minimal data: 'id',
'is_deleted=true', 'deleted_at' timestamp, and 'last_modified_at'." The spec marks their items
``anyOf: [<Item>, DeletedRecord]`` (``Plan.lists_deleted``); each such list renders its deleted rows here.

Nothing is invented: ``deleted_at`` is the time the row was deleted, or null if the row does not say
(an imported or seeded deletion without one); ``last_modified_at`` is the row's own, else the deletion
time (a delete is the row's last change), else null. A stamp that is not a timestamp is null too.
"""

from __future__ import annotations

import typing as t

from ..domain.workspace import Workspace
from ..openapi.conform import Context, conform
from ..openapi.documents import Dereferencer

Body = dict[str, t.Any]
#: The schema of the minimal record (``spec/vendoring/deleted.py``'s ``add_deleted_records``).
SCHEMA = "DeletedRecord"


def deleted_record(ws: Workspace, resolver: Dereferencer, row: t.Mapping[str, t.Any], deleted_at: t.Any = None) -> Body:
    """``row``, deleted, as a list answers it with ``include_deleted=true``: id, ``is_deleted``, stamps
    (``deleted_at`` given where the row is a part of a deleted object: a GL line of a deleted entry)."""
    when = deleted_at or row.get("deleted_at") or None
    values = {"id": row.get("id"), "is_deleted": True, "deleted_at": when}
    values["last_modified_at"] = row.get("last_modified_at") or when
    ctx = Context(ws.clock.now(), f"{ws.customer}:deleted:{values['id']}")
    return t.cast(Body, conform(resolver.schema(SCHEMA), values, ctx))


__all__ = ["SCHEMA", "deleted_record"]
