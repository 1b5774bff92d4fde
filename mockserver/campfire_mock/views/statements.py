"""The financial statement operations: balance sheet, income statement, trial balance, cash flow.

Each reads Campfire's parameters (``start_date`` default six months back, ``end_date`` default the end of
this month, ``cadence`` default monthly, ``entity`` repeated or a JSON array, ``entity_rollup``) and calls
``domain/statements.py``; every answer echoes the period asked for.
"""

from __future__ import annotations

import json
import typing as t
from datetime import date

from ..domain.chart import BALANCE_SHEET_TYPES
from ..domain.generic import is_deleted
from ..domain.ledger_query import BREAKDOWNS, CADENCES, Scope, month_end, months_before, parse_day
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from ..handlers.base import Caller, Handler
from ..handlers.pagination import check_limit, envelope, offset_page
from ..handlers.rules import DERIVED
from ..openapi.conform import Context, conform
from ..openapi.documents import dereferencer
from .ledger import LedgerViews

Result = tuple[t.Any, int]
#: Columns a statement may have (a daily statement over decades is refused, not computed).
MAX_COLUMNS = 1_000


def chart_account_fields(ws: Workspace, row: dict[str, t.Any]) -> dict[str, t.Any]:
    """What the chart account's response adds to the stored row (its label, sort key and balances)."""
    return DERIVED["ChartAccount"](ws, row)


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
        from ..domain.statements import periods  # numpy loads on the first statement, not at start-up

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
        from ..domain.statements import balance_sheet

        return balance_sheet(ws, start, end, cadence, self._scope(ws, caller, p)), 200

    def get_income_statement(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, cadence = self._period(ws, p)
        group_by = p.get("group_by") or None
        if group_by is not None and group_by not in BREAKDOWNS:
            raise ValidationFailed.field(
                "group_by", f'"{group_by}" is not a valid choice: department, entity or vendor.'
            )
        from ..domain.statements import income_statement

        return income_statement(ws, start, end, cadence, self._scope(ws, caller, p), group_by), 200

    def get_trial_balance(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, _ = self._period(ws, {**p, "cadence": "yearly"})
        basis = p.get("income_statement_basis") or "period"
        from ..domain.statements import trial_balance

        return trial_balance(ws, start, end, basis, self._scope(ws, caller, p)), 200

    def get_cash_flow(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, cadence = self._period(ws, p)
        from ..domain.cash_flow import cash_flow

        return cash_flow(ws, start, end, cadence, self._scope(ws, caller, p)), 200

    def _chart(self, ws: Workspace, caller: Caller, p: dict[str, t.Any], *, balance_sheet: bool) -> Result:
        """The chart's balance-sheet (or income-statement) accounts with their ledger balances, filtered by
        ``account_type``, ``account_subtype``, ``q`` (name or number) and ``include_inactive``, paged."""
        p = LedgerViews.undeclared(caller, p)  # the income-statement list declares no parameters upstream
        q = str(p.get("q") or "").lower()
        found = []
        for _, row in sorted(dict.items(ws.refs["account"]), key=lambda kv: (str(kv[1].get("number") or ""), kv[0])):
            if is_deleted(row) or (row.get("account_type") in BALANCE_SHEET_TYPES) != balance_sheet:
                continue
            if p.get("account_type") and row.get("account_type") != p["account_type"]:
                continue
            if p.get("account_subtype") and row.get("account_subtype") != p["account_subtype"]:
                continue
            if not p.get("include_inactive") and str(row.get("status") or "ACTIVE").upper() in ("INACTIVE", "ARCHIVED"):
                continue
            if q and q not in f"{row.get('number') or ''} {row.get('name') or ''}".lower():
                continue
            found.append(row)
        page, meta = offset_page(found, limit=check_limit(p.get("limit")), offset=p.get("offset"), url=self.url(caller))
        schema = dereferencer(self.serializer.shapes.spec).schema("ChartAccount")
        ctx = Context(ws.clock.now(), f"{ws.customer}:account")
        results = [
            conform(schema, {"customer": ws.customer, **row, **chart_account_fields(ws, row)}, ctx) for row in page
        ]
        return envelope(results, meta), 200

    def list_balance_sheet_accounts(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        return self._chart(ws, caller, p, balance_sheet=True)

    def list_income_statement_accounts(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        return self._chart(ws, caller, p, balance_sheet=False)


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
