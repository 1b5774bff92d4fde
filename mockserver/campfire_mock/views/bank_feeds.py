"""Bank feeds and reconciliation reports: the rules upstream's descriptions state (``domain/bank_feed.py``,
``domain/reconciliations.py``)."""

from __future__ import annotations

import typing as t

from ..domain import bank_feed, reconciliations
from ..domain.values import object_key
from ..domain.workspace import Workspace
from ..errors import ObjectNotFound
from .base import Caller
from .generic import ResourceView, operation

Body = dict[str, t.Any]


class BankFeedView(ResourceView):
    """``POST /ca/api/bank-feed/{account_id}`` creates the feed's bank transactions."""

    @operation("ca_api_bank_feed_create")
    def ingest(self, ws: Workspace, caller: Caller, body: Body, **kwargs: t.Any) -> tuple[Body, int]:
        raw = self.path_value(kwargs, "account_id")
        account = object_key(raw)
        if account is None:
            raise ObjectNotFound("account", raw)
        return bank_feed.ingest(ws, account, body), 201


class ReconciliationView(ResourceView):
    """Reconciliation reports of one account and entity never overlap."""

    collections = (reconciliations.KIND,)

    def perform_create(self, ws: Workspace, row: Body) -> None:
        reconciliations.check_overlap(ws, row)

    def perform_update(self, ws: Workspace, row: Body) -> None:
        reconciliations.check_overlap(ws, row)


__all__ = ["BankFeedView", "ReconciliationView"]
