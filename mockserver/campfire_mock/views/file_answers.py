"""What a file answers of itself, and an object's ``attachments`` (the files uploaded for it), each in the
``File`` shape: apart from the files' views, so every document's answer builder can list them."""

from __future__ import annotations

import typing as t

from ..domain import attachments, files
from ..domain.values import object_key
from ..domain.workspace import Workspace
from ..openapi.shapes import Shapes

Body = dict[str, t.Any]
#: The control-API path serving a file's content.
CONTENT_PATH = "/__campfire_mock__/files/{id}/content"


def attached(ws: Workspace, shapes: Shapes, kind: str, key: t.Any) -> list[Body]:
    """The files uploaded for ``key`` of ``kind``, as the object's ``attachments`` answers them: each as the
    file's own answer (``File``, with the ``url`` its content is served at)."""
    found = key if type(key) is int else object_key(key)
    rows = attachments.files_of(ws, kind, found) if found is not None else None
    if not rows:
        return []
    return [
        shapes.render(
            "File",
            {
                **{k: v for k, v in row.items() if k not in (files.CONTENT, files.SECRET)},
                "customer": ws.customer,
                **({"url": CONTENT_PATH.format(id=row["id"])} if files.CONTENT in row else {}),
            },
        )
        for row in rows
    ]


__all__ = ["CONTENT_PATH", "attached"]
