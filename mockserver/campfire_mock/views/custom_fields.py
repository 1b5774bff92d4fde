"""Custom fields (``/ca/api/v1/custom-fields``): ``POST .../reorder`` with ``{"field_order": [ids]}`` sets
each named field's ``display_order`` to its place in the list (from 0, as ``enumerate`` counts); fields not
named keep theirs. An id that names no live field is a 400 (DRF's ``Invalid pk``) and changes nothing.
Answers 200 with no body, as upstream declares."""

from __future__ import annotations

import typing as t

from ..domain.generic import live_row
from ..domain.values import object_key
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from .base import Caller, NoContent
from .generic import ResourceView, action

Body = dict[str, t.Any]
KIND = "/ca/api/v1/custom-fields"
INVALID_PK = 'Invalid pk "{}" - object does not exist.'


class CustomFieldView(ResourceView):
    collections = (KIND,)

    @action("POST", url_path="reorder")
    def reorder(self, ws: Workspace, caller: Caller, body: Body | None = None, **_: t.Any) -> tuple[t.Any, int]:
        ids = list((body or {}).get("field_order") or [])
        missing = [i for i in ids if object_key(i) is None or live_row(ws, KIND, object_key(i), write=False) is None]
        if missing:
            raise ValidationFailed.field("field_order", INVALID_PK.format(missing[0]))
        now = ws.now_text()
        for place, key in enumerate(ids):
            row = live_row(ws, KIND, object_key(key), write=True)
            assert row is not None
            row.update(display_order=place, last_modified_at=now)
        return NoContent, self.plan.status


__all__ = ["CustomFieldView"]
