"""Bank feeds and reconciliation reports: the rules upstream's descriptions state (``domain/bank_feed.py``,
``domain/reconciliations.py``), and a report's figures from the workspace (``reconciliation_figures.py``)."""

from __future__ import annotations

import typing as t

from ..domain import bank_feed, reconciliations
from ..domain import reconciliation_figures as figures
from ..domain.reconciliations import span
from ..domain.values import object_key
from ..domain.workspace import Workspace
from ..errors import ObjectNotFound, ValidationFailed
from .base import Caller, NoContent
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
    """Reconciliation reports of one account and entity never overlap; a report's figures come from the
    GL lines and bank transactions of its account and range, cleared by ``transactions/confirm`` and matched
    by ``bulk-match-transactions``."""

    collections = (reconciliations.KIND,)

    def perform_create(self, ws: Workspace, row: Body) -> None:
        reconciliations.check_overlap(ws, row)

    def perform_update(self, ws: Workspace, row: Body) -> None:
        reconciliations.check_overlap(ws, row)

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        return figures.figures(ws, row) if schema_name == "ReconciliationReportV2" else {}

    def _scope(self, ws: Workspace, row: Body) -> tuple[set[int], set[int]]:
        """The ids of the report's GL items and statement lines (a 400 if it has no range yet)."""
        found = span(row)
        if found is None:
            raise ValidationFailed.field("non_field_errors", "The report has no statement date range yet.")
        gl = figures.gl_items(ws, row, *found)
        statement = figures.statement_lines(ws, row, *found)
        return {k for k, _ in gl}, {k for k, _ in statement}

    @operation("coa_api_v2_reconciliation_transactions_confirm_create")
    def confirm(self, ws: Workspace, caller: Caller, body: Body, **kwargs: t.Any) -> tuple[t.Any, int]:
        """The selection replaces what the report had cleared: the ``selected`` GL lines and
        ``selected_statements`` statement lines that are the report's are reconciled, the deselected ones no
        longer are. Other ids are passed over, as a Django ``filter(id__in=...)`` passes them over (Campfire's
        own example selects ids 1001 to 1005 of no particular report)."""
        row = self.obj(ws, kwargs, write=True)
        gl, statement = self._scope(ws, row) if span(row) is not None else (set(), set())
        for field, name, allowed in (
            (figures.CLEARED, "selected", gl),
            (figures.CLEARED_STATEMENTS, "selected_statements", statement),
        ):
            row[field] = list(dict.fromkeys(int(k) for k in body.get(name) or () if int(k) in allowed))
        row["last_modified_at"] = ws.now_text()
        return NoContent, 204

    @operation("coa_api_v2_reconciliation_bulk_match_transactions_create")
    def bulk_match(self, ws: Workspace, caller: Caller, body: Body, **kwargs: t.Any) -> tuple[t.Any, int]:
        """Each pair matches a GL line of the report to one of its statement lines, all or none: a line
        already matched, or named twice, is a 400 and nothing is matched."""
        row = self.obj(ws, kwargs, write=True)
        gl, statement = self._scope(ws, row)
        pairs = [(int(p["transaction_id"]), int(p["statement_transaction_id"])) for p in body["pairs"]]
        taken = [(int(a), int(b)) for a, b in row.get(figures.MATCHED) or ()]
        used_gl, used_statement = {a for a, _ in taken}, {b for _, b in taken}
        for a, b in pairs:
            if a not in gl or b not in statement:
                raise ValidationFailed.field("pairs", f"Transaction {a} or {b} is not a transaction of this report.")
            if a in used_gl or b in used_statement:
                raise ValidationFailed.field("pairs", f"Transaction {a} or {b} is already matched.")
            used_gl.add(a)
            used_statement.add(b)
        row[figures.MATCHED] = [list(p) for p in taken + pairs]
        row["last_modified_at"] = ws.now_text()
        return NoContent, 201


__all__ = ["BankFeedView", "ReconciliationView"]
