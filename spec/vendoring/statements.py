"""Financial statements: their typed answers and parameters."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.common import HTTP_METHODS, MARK, _changed

#: The statements' bodies: upstream declares the balance sheet's and income statement's loosely (a literal
#: ``YYYY-MM-DD`` property) and no body for cash flow v2 and the cash-basis statements; these name them,
#: so clients (and the SDK) get typed answers. Evidence per schema in spec/README.md.
STATEMENT_REASON = "the statement's answer, typed; upstream declares it loosely or not at all"
_DATE = {"type": "string", "format": "date"}
_ROW_FIELDS: dict[str, Any] = {
    "account_id": {"type": "integer"},
    "account_name": {"type": "string"},
    "account_number": {"type": "string", "nullable": True, "description": "Null on a row with no account."},
    "hierarchy": {"type": "array", "items": {"type": "string"}},
}
#: Upstream's cash flow (v1) types ``account_number`` a string; its summary rows have no account.
NUMBER_REASON = (
    "a statement's summary row (Net Income, Net Change in Cash, Beginning Cash, Ending Cash) names no account:"
    " its account_number is null, not an invented empty string (the twin's choice: no capture shows such a row)"
)
_AMOUNTS = {"type": "object", "additionalProperties": {"type": "string"}, "description": "Decimal strings by period."}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _statement(key: str, row: str, **more: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [key, "start_date", "end_date", "cadence", "headers"],
        "properties": {
            key: {"type": "array", "items": _ref(row)},
            "start_date": _DATE,
            "end_date": _DATE,
            "cadence": {"type": "string"},
            "currency": {"type": "string"},
            "headers": {"type": "object", "additionalProperties": _ref("StatementPeriod")},
            **more,
        },
    }


def _comparative(key: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [key, "headers", "budget_id"],
        "properties": {
            key: {"type": "array", "items": _ref("ComparativeStatementRow")},
            "headers": {
                "type": "object",
                "description": "Each comparison's four columns: earlier, later, Difference, Percentage.",
                "additionalProperties": {"type": "array", "items": {"type": "string"}},
            },
            "budget_id": {"type": "string", "nullable": True},
            "start_date": _DATE,
            "end_date": _DATE,
            "cadence": {"type": "string"},
            "currency": {"type": "string"},
        },
    }


def _cash_flow_line() -> dict[str, Any]:
    return {"type": "object", "properties": {**_ROW_FIELDS, "account_subtype": {"type": "string"}, "amounts": _AMOUNTS}}


STATEMENT_SCHEMAS: dict[str, Any] = {
    "StatementPeriod": {"type": "object", "properties": {"start": _DATE, "end": _DATE}},
    "BalanceSheetCell": {"type": "object", "properties": {"ending_balance": {"type": "number"}}},
    "BalanceSheetRow": {
        "type": "object",
        "description": "An account, Retained Earnings or Net Income: a cell per period end and per group.",
        "properties": copy.deepcopy(_ROW_FIELDS),
        "additionalProperties": _ref("BalanceSheetCell"),
    },
    "BalanceSheetTotals": {
        "type": "object",
        "properties": {name: {"type": "number"} for name in ("assets", "liabilities", "equity")},
    },
    "BalanceSheetResponse": _statement(
        "balance_sheet",
        "BalanceSheetRow",
        totals={"type": "object", "additionalProperties": _ref("BalanceSheetTotals")},
    ),
    "IncomeStatementRow": {
        "type": "object",
        "description": "An account (or Net Income); its activity per period, `<date>_<group>` per group.",
        "properties": copy.deepcopy(_ROW_FIELDS),
        "additionalProperties": {"type": "number", "nullable": True},
    },
    "IncomeStatementResponse": _statement(
        "income_statement",
        "IncomeStatementRow",
        basis={"type": "string", "description": "`cash` on the cash-basis statements."},
    ),
    "ComparativeStatementRow": {
        "type": "object",
        "description": "`<date>_Total` per period, `comparison_<n>_Difference` and `comparison_<n>_Percentage`.",
        "properties": copy.deepcopy(_ROW_FIELDS),
        "additionalProperties": {"type": "number", "nullable": True},
    },
    "ComparativeBalanceSheetResponse": _comparative("balance_sheet"),
    "ComparativeIncomeStatementResponse": _comparative("income_statement"),
    "CashFlowV2Line": _cash_flow_line(),
    "CashFlowV2Section": {
        "type": "object",
        "properties": {"lines": {"type": "array", "items": _ref("CashFlowV2Line")}, "total": _AMOUNTS},
    },
    "CashFlowV2Operating": {
        "type": "object",
        "properties": {
            "net_income": _AMOUNTS,
            "non_cash_adjustments": {"type": "array", "items": _ref("CashFlowV2Line")},
            "working_capital": {"type": "array", "items": _ref("CashFlowV2Line")},
            "total": _AMOUNTS,
        },
    },
    "CashFlowV2Disclosure": {
        "type": "object",
        "properties": {
            "journal": {"type": "integer"},
            "date": _DATE,
            "memo": {"type": "string"},
            "accounts": {"type": "array", "items": {"type": "string"}},
            "amount": {"type": "string"},
        },
    },
    "CashFlowV2": {
        "type": "object",
        "required": ["start_date", "end_date", "cadence", "operating", "investing", "financing", "plug"],
        "properties": {
            "start_date": _DATE,
            "end_date": _DATE,
            "cadence": {"type": "string"},
            "currency": {"type": "string"},
            "periods": {
                "type": "array",
                "items": {"type": "object", "properties": {"key": {"type": "string"}, "start": _DATE, "end": _DATE}},
            },
            "operating": _ref("CashFlowV2Operating"),
            "investing": _ref("CashFlowV2Section"),
            "financing": _ref("CashFlowV2Section"),
            **{
                name: copy.deepcopy(_AMOUNTS)
                for name in (
                    "effect_of_exchange_rate_changes",
                    "net_change_in_cash",
                    "beginning_cash",
                    "ending_cash",
                    "plug",
                )
            },
            "non_cash_disclosures": {"type": "array", "items": _ref("CashFlowV2Disclosure")},
        },
    },
    "CashBasisTransaction": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "journal": {"type": "integer"},
            "journal_type": {"type": "string"},
            "source": {"type": "string"},
            "date": _DATE,
            "memo": {"type": "string"},
            "entity": {"type": "integer", "nullable": True},
            "account_id": {"type": "integer", "nullable": True},
            "account_name": {"type": "string"},
            "account_number": {"type": "string", "nullable": True},
            "account_type": {"type": "string"},
            "vendor": {"type": "integer", "nullable": True},
            "department": {"type": "integer", "nullable": True},
            "amount": {"type": "number", "nullable": True},
        },
    },
    "CashBasisTransactions": {
        "type": "object",
        "required": ["start_date", "end_date", "count", "transactions"],
        "properties": {
            "start_date": _DATE,
            "end_date": _DATE,
            "currency": {"type": "string"},
            "count": {"type": "integer"},
            "transactions": {"type": "array", "items": _ref("CashBasisTransaction")},
        },
    },
}
#: operationId -> (the 200's description, its schema, whether upstream declares a body at all).
STATEMENT_BODIES = {
    "ca_api_get_balance_sheet_retrieve": ("Ending balances per period", "BalanceSheetResponse"),
    "ca_api_get_income_statement_retrieve": ("Activity per period", "IncomeStatementResponse"),
    "ca_api_balance_sheet_comparative_retrieve": ("Consecutive periods compared", "ComparativeBalanceSheetResponse"),
    "ca_api_income_statement_comparative_retrieve": (
        "Consecutive periods compared",
        "ComparativeIncomeStatementResponse",
    ),
    "ca_api_get_cash_flow_v2_retrieve": ("The sectioned cash flow statement", "CashFlowV2"),
    "ca_api_cash_basis_retrieve": ("The income statement on the cash basis", "IncomeStatementResponse"),
    "ca_api_cash_basis_operating_statement_retrieve": (
        "The cash-basis statement with Net Operating Income",
        "IncomeStatementResponse",
    ),
    "ca_api_cash_operating_statement_transactions_retrieve": (
        "The cash basis's income-statement lines",
        "CashBasisTransactions",
    ),
}
#: Parameters the statements read that upstream does not declare on them: name -> (schema, text, operations).
_TAG_GROUP = "Tag group ID. Required when group_by=tag"
STATEMENT_PARAMETERS: dict[str, tuple[dict[str, Any], str, tuple[str, ...]]] = {
    "group": (
        {"type": "integer"},
        _TAG_GROUP,
        (
            "ca_api_get_balance_sheet_retrieve",
            "ca_api_get_income_statement_retrieve",
            "ca_api_get_trial_balance_retrieve",
            "ca_api_balance_sheet_comparative_retrieve",
            "ca_api_income_statement_comparative_retrieve",
        ),
    ),
    "start_date": (
        _DATE,
        "The first period compared (default: the period before the one end_date falls in)",
        ("ca_api_balance_sheet_comparative_retrieve", "ca_api_income_statement_comparative_retrieve"),
    ),
    "end_date": (
        _DATE,
        "The last day compared (default: the end of the current month)",
        ("ca_api_balance_sheet_comparative_retrieve", "ca_api_income_statement_comparative_retrieve"),
    ),
}


def add_statement_bodies(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """The statements' bodies as named schemas (replacing the loose or missing upstream ones), and the
    parameters the statements read that upstream does not declare on them (``group`` for tags; the
    comparatives' window)."""
    ops = {op["operationId"]: op for item in paths.values() for m, op in item.items() if m in HTTP_METHODS}
    if "ca_api_get_balance_sheet_retrieve" not in ops:
        return
    for name, schema in STATEMENT_SCHEMAS.items():
        schemas[name] = {**copy.deepcopy(schema), MARK: {"reason": STATEMENT_REASON, "added": True}}
    for op_id, (description, schema_name) in STATEMENT_BODIES.items():
        op = ops[op_id]
        ok = op["responses"]["200"]
        content: dict[str, Any] = {"schema": _ref(schema_name)}
        examples = ok.get("content", {}).get("application/json", {}).get("examples")
        if examples:
            content["examples"] = copy.deepcopy(examples)
        new = {"description": ok.get("description") or description, "content": {"application/json": content}}
        op["responses"]["200"] = _changed(ok, new, STATEMENT_REASON)
    v1 = ops.get("ca_api_get_cash_flow_retrieve", {}).get("responses", {}).get("200", {})
    items = v1.get("content", {}).get("application/json", {}).get("schema", {}).get("properties", {})
    row = items.get("cash_flow", {}).get("items", {}).get("properties", {})
    if "account_number" in row:
        row["account_number"] = _changed(
            row["account_number"], {**row["account_number"], "nullable": True}, NUMBER_REASON
        )
    for name, (schema, text, op_ids) in STATEMENT_PARAMETERS.items():
        for op_id in op_ids:
            params = ops[op_id].setdefault("parameters", [])
            if any(p.get("name") == name and p.get("in") == "query" for p in params):
                continue
            params.append(
                {
                    "in": "query",
                    "name": name,
                    "schema": copy.deepcopy(schema),
                    "description": text,
                    MARK: {"reason": "read by the statement; upstream does not declare it here", "added": True},
                }
            )


GROUP_BY_REASON = (
    "a rule the service enforces, stated so a client can keep it: `group_by` is one of the breakdowns the"
    " statement has (an empty value, none); the service answers 400 naming them otherwise, in its own words, so"
    " the choice is an `anyOf` the mock's validator leaves to the handler (`answered_by: handler`)"
)


def group_by_choices(paths: dict[str, Any]) -> None:
    """Each statement's ``group_by``: an ``anyOf`` of one ``enum`` of its breakdowns and the empty text (the
    mock's ``views/statements.py`` lists them; cash basis also takes Campfire's department aliases)."""
    from campfire_mock.views.statements import (
        BALANCE_SHEET_GROUPS,
        CASH_BASIS_GROUPS,
        DEPARTMENT_ALIASES,
        INCOME_STATEMENT_GROUPS,
    )

    choices = {
        "ca_api_get_balance_sheet_retrieve": BALANCE_SHEET_GROUPS,
        "ca_api_balance_sheet_comparative_retrieve": BALANCE_SHEET_GROUPS,
        "ca_api_get_income_statement_retrieve": INCOME_STATEMENT_GROUPS,
        "ca_api_get_trial_balance_retrieve": INCOME_STATEMENT_GROUPS,
        "ca_api_income_statement_comparative_retrieve": INCOME_STATEMENT_GROUPS,
        "ca_api_cash_basis_retrieve": CASH_BASIS_GROUPS + DEPARTMENT_ALIASES,
        "ca_api_cash_basis_operating_statement_retrieve": CASH_BASIS_GROUPS + DEPARTMENT_ALIASES,
    }
    for item in paths.values():
        for method, op in item.items():
            allowed = choices.get(op.get("operationId", "")) if method in HTTP_METHODS else None
            if allowed is None:
                continue
            for param in op.get("parameters", []):
                if param.get("name") != "group_by" or param["schema"].get("type") != "string":
                    continue
                stated = {
                    "type": "string",
                    "anyOf": [{"type": "string", "enum": [*sorted(allowed), ""]}],
                    MARK: {"reason": GROUP_BY_REASON, "upstream": param["schema"], "answered_by": "handler"},
                }
                param["schema"] = stated
