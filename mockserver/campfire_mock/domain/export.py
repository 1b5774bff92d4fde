"""A workspace's snapshot, exported off its lock: a copy-on-write view, encoded a row at a time.

``SnapshotView(ws)`` is taken under the workspace's lock and costs a few milliseconds whatever the
workspace's size: the scalars, and a shallow copy of each table (which objects it holds, not the objects).
The objects are encoded afterwards, off every lock, while writes go on: a write records each object's
value in its journal before it changes it, and the journal tells the view (``Workspace.watchers``), which
keeps that value encoded. Each row is encoded from the live object only if no write had touched it by the
time its encoding ended; otherwise from the value kept. So the export is the workspace exactly as it was
when the view was taken, the same bytes ``GET /snapshot`` answered when it ran under the lock.
"""

from __future__ import annotations

import typing as t

import orjson

from ..wire import dumps
from .snapshot import SNAPSHOT_FORMAT, encode
from .tables import MISSING, Table, is_generic_kind
from .workspace import Workspace

#: About how many bytes each chunk of the export holds.
CHUNK_BYTES = 1 << 20


def encode_row(kind: str, obj: t.Any) -> bytes:
    """One object as the snapshot spells it (what ``orjson`` makes of ``Workspace.snapshot()``)."""
    return dumps(encode(kind, obj), option=orjson.OPT_NON_STR_KEYS)


class SnapshotView:
    """The snapshot of ``ws`` as it is now; take it under the workspace's lock, then ``chunks()`` off it."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self.meta = ws.meta()
        #: (kind, the table, which objects it held), for the kinds the snapshot lists.
        self._tables = [
            (kind, table, dict.copy(table)) for kind, table in ws.tables().items() if table or not is_generic_kind(kind)
        ]
        #: The value a write found, encoded, by table and id: what the export gives for that object.
        self._kept: dict[int, dict[int, bytes]] = {id(table): {} for _, table, _ in self._tables}
        self._held = {id(table): held for _, table, held in self._tables}
        ws.watchers.append(self)

    def keep(self, table: Table[t.Any], key: int, value: t.Any) -> None:
        """A write is about to change ``table[key]``, now ``value`` (``Journal.record``)."""
        kept = self._kept.get(id(table))
        if kept is None or key in kept or value is MISSING or key not in self._held[id(table)]:
            return
        kept[key] = encode_row(table.kind, value)

    def close(self) -> None:
        """Stop watching the workspace's writes."""
        if self in self._ws.watchers:
            self._ws.watchers.remove(self)

    def chunks(self) -> t.Generator[bytes, None, None]:
        """The snapshot as JSON, about ``CHUNK_BYTES`` at a time; the view closes when it ends."""
        try:
            yield orjson.dumps({"format": SNAPSHOT_FORMAT, **self.meta})[:-1] + b',"objects":{'
            parts: list[bytes] = []
            size = 0
            for n, (kind, table, held) in enumerate(self._tables):
                parts.append(b"," * bool(n) + orjson.dumps(kind) + b":[")
                kept = self._kept[id(table)]
                for i, key in enumerate(sorted(held)):
                    row = kept.get(key)
                    if row is None:
                        row = encode_row(kind, held[key])
                        # A write that touched it meanwhile kept its value first: that is the one to give.
                        row = kept.get(key, row)
                    parts.append(b"," + row if i else row)
                    size += len(row)
                    if size >= CHUNK_BYTES:
                        yield b"".join(parts)
                        parts, size = [], 0
                parts.append(b"]")
            parts.append(b"}}")
            yield b"".join(parts)
        finally:
            self.close()


__all__ = ["CHUNK_BYTES", "SnapshotView", "encode_row"]
