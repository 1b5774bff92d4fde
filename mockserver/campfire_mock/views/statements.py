"""The financial statement operations, computed from the ledger: balance sheet, income statement, trial
balance, cash flow (v1, v2 and the cash accounts' activity), the comparative balance sheet and income
statement, the cash-basis statements, and the chart's balance-sheet and income-statement account lists.

``StatementView`` is a resource view on the generic base claiming each operation by ``@operation``
(statements are reads of their own, with no collection). Each reads Campfire's parameters
(``start_date`` default six months back, ``end_date`` default the end of this month, ``cadence`` default
monthly, ``entity`` repeated or a JSON array, ``entity_rollup``, ``group_by`` with ``group`` for tags;
parameters upstream does not declare on an operation are read from the query as sent) and calls the
domain; every answer echoes the period asked for.
"""

from __future__ import annotations

import json
import typing as t
from datetime import date

from ..domain.chart import BALANCE_SHEET_TYPES
from ..domain.generic import is_deleted
from ..domain.ledger_query import CADENCES, Scope, month_end, months_before, parse_day
from ..domain.statement_groups import GROUPINGS, check_grouping
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from ..openapi.conform import Context, conform
from ..openapi.documents import dereferencer
from .accounts import chart_account
from .base import Caller
from .generic import ResourceView, operation
from .ledger import undeclared
from .pagination import check_limit, envelope, offset_page

Result = tuple[t.Any, int]
Params = dict[str, t.Any]
#: What each statement may be broken down by, as its operation's description lists.
BALANCE_SHEET_GROUPS = ("entity", "department", "tag")
INCOME_STATEMENT_GROUPS = ("entity", "department", "vendor", "tag")
#: The cash-basis statements also take ``currency``, and three department spellings that mean ``department``.
CASH_BASIS_GROUPS = ("vendor", "department", "tag", "currency", "entity")
DEPARTMENT_ALIASES = ("department_row_children", "department_row_parents", "department_only")


def chart_account_fields(ws: Workspace, row: dict[str, t.Any]) -> dict[str, t.Any]:
    """What the chart account's response adds to the stored row (its label, sort key and balances)."""
    return chart_account(ws, row)


class StatementView(ResourceView):
    """Statements computed from the ledger."""

    def _period(
        self, ws: Workspace, p: Params, default_start: date | None = None, *, columns: bool = True
    ) -> tuple[date, date, str]:
        """(start, end, cadence) as asked; an end before the start is an empty period. ``columns``: the
        statement has a column per period, and at most ``MAX_STATEMENT_AMOUNTS`` amounts (rows x columns; the
        trial balance and the cash transactions have no columns)."""
        today = ws.clock.today()
        cadence = p.get("cadence") or "monthly"
        if cadence not in CADENCES:
            raise ValidationFailed.field("cadence", f'"{cadence}" is not a valid choice.')
        end = parse_day(p.get("end_date"), "end_date") or month_end(today)
        start = parse_day(p.get("start_date"), "start_date") or default_start or months_before(today, 6)
        if p.get("all_time"):
            start, end = self._all_time(ws, today)
        if columns:  # numpy loads on the first statement, not at start-up
            from ..domain.ledger import ledger
            from ..domain.statement_budget import check_cells, column_count

            check_cells(len(ledger(ws).columns().accounts), column_count(start, end, cadence), cadence)
        return start, end, cadence

    @staticmethod
    def _all_time(ws: Workspace, today: date) -> tuple[date, date]:
        """``all_time``: from the ledger's first entry to its last (or the end of this month, if later), by
        the entries' dates as the columns keep them (no entry is made)."""
        from ..domain.ledger import ledger

        _, days = ledger(ws).entry_order()
        if not len(days):
            return today.replace(day=1), month_end(today)
        return date.fromordinal(int(days[0])), max(date.fromordinal(int(days[-1])), month_end(today))

    def _scope(self, ws: Workspace, caller: Caller, p: Params) -> Scope:
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

    @staticmethod
    def _grouping(ws: Workspace, p: Params, allowed: t.Sequence[str]) -> tuple[str | None, int | None]:
        group_by = p.get("group_by") or None
        if group_by in DEPARTMENT_ALIASES and "currency" in allowed:
            group_by = "department"
        return group_by, check_grouping(ws, group_by, p.get("group"), allowed)

    # ------------------------------------------------------------ accrual statements

    @operation("ca_api_get_balance_sheet_retrieve")
    def get_balance_sheet(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        p = undeclared(caller, p)
        start, end, cadence = self._period(ws, p)
        group_by, group = self._grouping(ws, p, BALANCE_SHEET_GROUPS)
        from ..domain.statements import balance_sheet

        return balance_sheet(ws, start, end, cadence, self._scope(ws, caller, p), group_by, group), 200

    @operation("ca_api_get_income_statement_retrieve")
    def get_income_statement(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        p = undeclared(caller, p)
        start, end, cadence = self._period(ws, p)
        group_by, group = self._grouping(ws, p, INCOME_STATEMENT_GROUPS)
        from ..domain.statements import income_statement

        return income_statement(ws, start, end, cadence, self._scope(ws, caller, p), group_by, group), 200

    @operation("ca_api_get_trial_balance_retrieve")
    def get_trial_balance(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        p = undeclared(caller, p)
        start, end, _ = self._period(ws, {**p, "cadence": "yearly"}, columns=False)
        basis = p.get("income_statement_basis") or "period"
        group_by, group = self._grouping(ws, p, INCOME_STATEMENT_GROUPS)
        from ..domain.statements import trial_balance

        return trial_balance(ws, start, end, basis, self._scope(ws, caller, p), group_by, group), 200

    # ------------------------------------------------------------ comparative statements

    def _comparative(self, ws: Workspace, caller: Caller, p: Params, *, sheet: bool) -> Result:
        """The plain statement of the window (by default the last two periods up to the end of this month),
        in its comparative form."""
        from ..domain.comparative import comparative, previous_start
        from ..domain.statements import balance_sheet, income_statement

        p = undeclared(caller, p)
        cadence = p.get("cadence") or "monthly"
        end = parse_day(p.get("end_date"), "end_date") or month_end(ws.clock.today())
        start, end, cadence = self._period(ws, p, previous_start(end, cadence) if cadence in CADENCES else None)
        scope = self._scope(ws, caller, p)
        if sheet:
            group_by, group = self._grouping(ws, p, BALANCE_SHEET_GROUPS)
            plain = balance_sheet(ws, start, end, cadence, scope, group_by, group)
            return comparative(plain, "balance_sheet", by_start=False), 200
        group_by, group = self._grouping(ws, p, INCOME_STATEMENT_GROUPS)
        plain = income_statement(ws, start, end, cadence, scope, group_by, group)
        return comparative(plain, "income_statement", by_start=True), 200

    @operation("ca_api_balance_sheet_comparative_retrieve")
    def get_comparative_balance_sheet(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        return self._comparative(ws, caller, p, sheet=True)

    @operation("ca_api_income_statement_comparative_retrieve")
    def get_comparative_income_statement(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        return self._comparative(ws, caller, p, sheet=False)

    # ------------------------------------------------------------ cash flow

    @operation("ca_api_get_cash_flow_retrieve")
    def get_cash_flow(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, cadence = self._period(ws, p)
        from ..domain.cash_flow import cash_flow

        return cash_flow(ws, start, end, cadence, self._scope(ws, caller, p)), 200

    @operation("ca_api_get_cash_flow_v2_retrieve")
    def get_cash_flow_v2(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, cadence = self._period(ws, p)
        from ..domain.cash_flow_v2 import cash_flow_v2

        return cash_flow_v2(ws, start, end, cadence, self._scope(ws, caller, p)), 200

    @operation("ca_api_get_cash_flow_activity_retrieve")
    def get_cash_flow_activity(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, cadence = self._period(ws, p)
        from ..domain.cash_flow_v2 import cash_flow_activity

        return cash_flow_activity(ws, start, end, cadence, self._scope(ws, caller, p)), 200

    # ------------------------------------------------------------ cash basis

    def _cash_basis(self, ws: Workspace, caller: Caller, p: Params, *, operating: bool) -> Result:
        p = undeclared(caller, p)
        start, end, cadence = self._period(ws, p)
        group_by, group = self._grouping(ws, p, CASH_BASIS_GROUPS)
        from ..domain.cash_basis import cash_basis

        scope = self._scope(ws, caller, p)
        return cash_basis(ws, start, end, cadence, scope, group_by, group, operating=operating), 200

    @operation("ca_api_cash_basis_retrieve")
    def get_cash_basis(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        return self._cash_basis(ws, caller, p, operating=False)

    @operation("ca_api_cash_basis_operating_statement_retrieve")
    def get_cash_basis_operating_statement(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        return self._cash_basis(ws, caller, p, operating=True)

    @operation("ca_api_cash_operating_statement_transactions_retrieve")
    def get_cash_operating_transactions(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        start, end, _ = self._period(ws, {**p, "cadence": "yearly"}, columns=False)
        from ..domain.cash_basis import cash_transactions

        return cash_transactions(ws, start, end), 200

    # ------------------------------------------------------------ the chart with balances

    def _chart(self, ws: Workspace, caller: Caller, p: Params, *, balance_sheet: bool) -> Result:
        """The chart's balance-sheet (or income-statement) accounts with their ledger balances, filtered by
        ``account_type``, ``account_subtype``, ``q`` (name or number) and ``include_inactive``, paged."""
        p = undeclared(caller, p)  # the income-statement list declares no parameters upstream
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
        schema = dereferencer(self.services.serializer.shapes.spec).schema("ChartAccount")
        ctx = Context(ws.clock.now(), f"{ws.customer}:account")
        results = [
            conform(schema, {"customer": ws.customer, **row, **chart_account_fields(ws, row)}, ctx) for row in page
        ]
        return envelope(results, meta), 200

    @operation("coa_api_account_balance_sheet_list")
    def list_balance_sheet_accounts(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        return self._chart(ws, caller, p, balance_sheet=True)

    @operation("coa_api_account_income_statement_list")
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


__all__ = ["GROUPINGS", "StatementView"]
