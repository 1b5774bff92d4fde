"""Transaction matches (``/coa/api/transaction-matches``): the count and the review actions upstream
declares without a body.

* ``GET /coa/api/transaction-matches-count``: ``{"count": n}``, the matches the list shows (of one
  ``status``, when given).
* ``POST /coa/api/transaction-matches/{id}/reject``: the match's ``status`` becomes ``rejected``;
  ``POST``/``PUT .../status`` with ``{"action": "accept" | "reject"}`` (the description's "'action'
  parameter") makes it ``accepted`` or ``rejected``. Either sets ``reviewed_at`` to the clock's now and
  answers the match as it now stands (upstream declares no body; the spec's marked one is its retrieve's).
  Accepting does not apply the matched object to the bank transaction (the twin records the review only:
  docs/actions.md).

A match answers ``model``, the model its ``content_type`` names in the twin's numbering
(``domain/content_types.py``); ``app_label`` and ``matched_object`` stay null (the twin knows neither).
"""

from __future__ import annotations

import typing as t

from ..domain.attachments import check_match
from ..domain.content_types import content_model
from ..domain.generic import is_deleted
from ..domain.workspace import Workspace
from .base import Caller
from .generic import ResourceView, action, operation

Body = dict[str, t.Any]
Result = tuple[t.Any, int]
KIND = "/coa/api/transaction-matches"
STATUS_OF = {"accept": "accepted", "reject": "rejected"}


class TransactionMatchView(ResourceView):
    collections = (KIND,)

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        """``model``: the model the match's content type names (``domain/content_types.py``), else null."""
        return {"model": content_model(row.get("content_type"))}

    def perform_update(self, ws: Workspace, row: Body) -> None:
        """A 400 for a ``content_type`` the twin does not number or an ``object_id`` naming no live object of
        it (``domain/attachments.py``); the write is undone."""
        check_match(ws, row)

    @operation("get_transaction_matches_count")
    def count(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        status = self.query(p).get("status")
        rows = [r for r in dict.values(ws.generic.get(KIND) or {}) if not is_deleted(r)]
        return {"count": sum(1 for r in rows if status is None or r.get("status") == status)}, 200

    def _review(self, ws: Workspace, kwargs: dict[str, t.Any], status: str) -> Result:
        row = self.obj(ws, kwargs, write=True)
        row.update(status=status, reviewed_at=ws.now_text())
        return self.answer(ws, row)

    @action("POST", url_path="{id}/reject")
    def reject(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        return self._review(ws, kwargs, "rejected")

    @action("POST", "PUT", url_path="{id}/status")
    def set_status(self, ws: Workspace, caller: Caller, body: Body | None = None, **kwargs: t.Any) -> Result:
        return self._review(ws, kwargs, STATUS_OF[str((body or {})["action"])])


__all__ = ["TransactionMatchView"]
