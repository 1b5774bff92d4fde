"""The financial statement operations: balance sheet, income statement, trial balance, cash flow.

Each reads Campfire's parameters (``start_date`` default six months back, ``end_date`` default the end of
this month, ``cadence`` default monthly, ``entity`` repeated or a JSON array, ``entity_rollup``) and calls
``domain/statements.py``; every answer echoes the period asked for.
"""

from __future__ import annotations

import json
import typing as t
from datetime import date

from ..domain.ledger_query import month_end, months_before, parse_day
from ..domain.statements import CADENCES, GROUPS, Scope, balance_sheet, cash_flow, income_statement, trial_balance
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from ..handlers.base import Caller, Handler

Result = tuple[t.Any, int]
#: Columns a statement may have (a daily statement over decades is refused, not computed).
MAX_COLUMNS = 1_000


class StatementViews(Handler):
    """Statements computed from the ledger."""

    def _period(self, ws: Workspace, p: dict[str, t.Any]) -> tuple[date, date, str]:
        today = ws.clock.today()
        start = parse_day(p.get("start_date"), "start_date") or months_before(today, 6)
        end = parse_day(p.get("end_date"), "end_date") or month_end(today)
        if end < start:
            raise ValidationFailed.field("end_date", "The end date cannot be before the start date.")
        cadence = p.get("cadence") or "monthly"
        if cadence not in CADENCES:
            raise ValidationFailed.field("cadence", f'"{cadence}" is not a valid choice.')
        from ..domain.statements import periods

        if len(periods(start, end, cadence)) >= MAX_COLUMNS:
            raise ValidationFailed.field("cadence", f"The period has more than {MAX_COLUMNS - 1} {cadence} columns.")
        return start, end, cadence

    def _scope(self, ws: Workspace, caller: Caller, p: dict[str, t.Any]) -> Scope:
        entities: list[int] = []
        for value in self.repeated(caller, "entity", cast=str).get("entity", []):
            text = value.strip()
            try:
                parsed = json.loads(text) if text.startswith("[") else [int(text)]
                entities += [int(v) for v in parsed]
            except (ValueError, TypeError):
                raise ValidationFailed.field("entity", f'Invalid pk "{value}" - object does not exist.') from None
        unknown = [e for e in entities if e not in ws.refs["entity"]]
        if unknown:
            raise ValidationFailed.field("entity", f'Invalid pk "{unknown[0]}" - object does not exist.')
        if entities and p.get("entity_rollup"):
            entities = _with_children(ws, entities)
        departments = [int(d) for d in self.repeated(caller, "department").get("department", [])]
        return Scope(entities=entities, departments=departments)

    def get_balance_sheet(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, cadence = self._period(ws, p)
        return balance_sheet(ws, start, end, cadence, self._scope(ws, caller, p)), 200

    def get_income_statement(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, cadence = self._period(ws, p)
        group_by = p.get("group_by") or None
        if group_by is not None and group_by not in GROUPS:
            raise ValidationFailed.field(
                "group_by", f'"{group_by}" is not a valid choice: department, entity or vendor.'
            )
        return income_statement(ws, start, end, cadence, self._scope(ws, caller, p), group_by), 200

    def get_trial_balance(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, _ = self._period(ws, {**p, "cadence": "yearly"})
        basis = p.get("income_statement_basis") or "period"
        return trial_balance(ws, start, end, basis, self._scope(ws, caller, p)), 200

    def get_cash_flow(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, cadence = self._period(ws, p)
        return cash_flow(ws, start, end, cadence, self._scope(ws, caller, p)), 200


def _with_children(ws: Workspace, entities: list[int]) -> list[int]:
    """The entities and every entity below them (``parent``), for ``entity_rollup``."""
    found = set(entities)
    grew = True
    while grew:
        below = {int(k) for k, row in dict.items(ws.refs["entity"]) if row.get("parent") in found}
        grew = not below <= found
        found |= below
    return sorted(found)


__all__ = ["StatementViews"]
