"""The MCP tools: each is one read operation of the API, its arguments a chosen subset of that
operation's query parameters.

Campfire's own MCP server (docs: guides/ai-integration) lists 12 tools "that map directly to
Campfire API endpoints" and names ten of them by capability, not by identifier; the names and the
operation each tool calls are our choice, the parameters are the API's own (their JSON schemas are
taken from the vendored spec, so a tool argument is validated exactly as the query parameter is).
``COMMUNITY_TOOLS`` are read tools of public community MCP servers over the same API: they are not
Campfire's, are served only when asked for (``--tools all``), and each says so in its description.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from functools import cache

from ..openapi.documents import load_spec, packaged_spec

__all__ = ["CAMPFIRE_TOOLS", "COMMUNITY_TOOLS", "TOOL_SETS", "ToolSpec", "input_schema", "tools_of"]

#: The marker every community tool's description starts with.
COMMUNITY_MARK = "[Community tool, not part of Campfire's own MCP server]"


@dataclass(frozen=True)
class ToolSpec:
    """One tool: its name, what it tells the model, and the API operation it calls."""

    name: str
    description: str
    path: str
    #: The operation's query parameters the tool takes, by their API names.
    params: tuple[str, ...]
    #: ``campfire`` (a capability of Campfire's own server) or ``community``.
    origin: str = "campfire"
    #: What a row of the answer is called in the text summary.
    noun: str = "rows"
    #: Added to a parameter's description (where the tool's docs say more than the spec).
    notes: dict[str, str] = field(default_factory=dict)
    #: ``receivables_aging`` or ``payables_aging``: the tool reads every page of its list and answers that
    #: computation (``aging.py``).
    aggregate: str | None = None

    @property
    def method(self) -> str:
        return "GET"


_PAGING = ("limit", "offset")
_PERIOD = ("start_date", "end_date", "cadence", "entity", "entity_rollup", "group_by")

CAMPFIRE_TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        "get_chart_of_accounts",
        "The chart of accounts, each account with its balance; filter by account type, subtype or a search query.",
        "/coa/api/account/balance-sheet",
        ("account_type", "account_subtype", "q", "include_inactive", *_PAGING),
        noun="accounts",
        notes={"q": "Search text (account name or number)."},
    ),
    ToolSpec(
        "get_transactions",
        "General ledger transactions (posted journal lines); filter by entity, account, vendor, department, "
        "tag and date range.",
        "/coa/api/transaction",
        ("entity", "account", "vendor", "department", "tag", "start_date", "end_date", "q", *_PAGING),
        noun="transactions",
    ),
    ToolSpec(
        "get_entities",
        "The chart's entities: parent companies, subsidiaries, locations.",
        "/coa/api/entity",
        ("include_inactive", "exclude_adjusting"),
        noun="entities",
    ),
    ToolSpec(
        "get_vendors",
        "The vendor and payee directory, with contact details and status.",
        "/coa/api/vendor",
        ("q", "include_inactive", "vendor_type", *_PAGING),
        noun="vendors",
    ),
    ToolSpec(
        "get_departments",
        "The department hierarchy (cost centers, business units).",
        "/coa/api/department",
        ("q", "include_inactive", *_PAGING),
        noun="departments",
    ),
    ToolSpec(
        "get_tags",
        "Transaction tags (custom dimensions used for analytics).",
        "/coa/api/tag",
        ("q", "group", "include_inactive", *_PAGING),
        noun="tags",
    ),
    ToolSpec(
        "get_income_statement",
        "Profit and loss for a period, in columns by cadence (monthly, quarterly, yearly).",
        "/ca/api/get_income_statement",
        _PERIOD,
        noun="lines",
    ),
    ToolSpec(
        "get_balance_sheet",
        "The balance sheet: assets, liabilities and equity, in columns by cadence.",
        "/ca/api/get_balance_sheet",
        _PERIOD,
        noun="lines",
    ),
    ToolSpec(
        "get_cash_flow_statement",
        "Cash flow by operating, investing and financing activities, in columns by cadence.",
        "/ca/api/get_cash_flow",
        _PERIOD,
        noun="lines",
    ),
    ToolSpec(
        "get_budgets",
        "Budgets, with their period and breakdown.",
        "/coa/api/budgets",
        ("q", "entity", *_PAGING),
        noun="budgets",
    ),
)

COMMUNITY_TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        "get_trial_balance",
        f"{COMMUNITY_MARK} The trial balance for a period, optionally for one department.",
        "/ca/api/get_trial_balance",
        ("start_date", "end_date", "entity", "department"),
        origin="community",
        noun="accounts",
    ),
    ToolSpec(
        "get_invoices",
        f"{COMMUNITY_MARK} Invoices (accounts receivable); filter by status, dates, client or a search query.",
        "/coa/api/v1/invoice/",
        ("status", "start_date", "end_date", "client", "q", *_PAGING),
        origin="community",
        noun="invoices",
    ),
    ToolSpec(
        "get_bills",
        f"{COMMUNITY_MARK} Bills (accounts payable); filter by status, dates, vendor or a search query.",
        "/coa/api/v1/bill/",
        ("status", "start_date", "end_date", "vendor", "q", *_PAGING),
        origin="community",
        noun="bills",
    ),
    ToolSpec(
        "get_ar_aging",
        f"{COMMUNITY_MARK} Accounts receivable aging: what clients still owe by days past due (current, "
        "1-30, 31-60, 61-90, 91-120, over 120), per currency and per client, computed from every page of the "
        "invoice list.",
        "/coa/api/v1/invoice/",
        ("client", "entity", "currency"),
        origin="community",
        noun="invoices",
        aggregate="receivables_aging",
    ),
    ToolSpec(
        "get_ap_aging",
        f"{COMMUNITY_MARK} Accounts payable aging: what is still owed to vendors by days past due (current, "
        "1-30, 31-60, 61-90, 91-120, over 120), per currency and per vendor, computed from every page of the "
        "bill list.",
        "/coa/api/v1/bill/",
        ("vendor", "entity", "currency"),
        origin="community",
        noun="bills",
        aggregate="payables_aging",
    ),
    ToolSpec(
        "get_customers",
        f"{COMMUNITY_MARK} Customers, with billed, paid, unbilled and outstanding totals.",
        "/rr/api/v1/customers",
        _PAGING,
        origin="community",
        noun="customers",
    ),
    ToolSpec(
        "get_contracts",
        f"{COMMUNITY_MARK} Revenue contracts, with recognized and deferred revenue.",
        "/rr/api/v1/contracts",
        _PAGING,
        origin="community",
        noun="contracts",
    ),
)

#: ``--tools`` choices: Campfire's own set, or it and the community tools.
TOOL_SETS: dict[str, tuple[ToolSpec, ...]] = {
    "campfire": CAMPFIRE_TOOLS,
    "all": CAMPFIRE_TOOLS + COMMUNITY_TOOLS,
}


def tools_of(tool_set: str) -> dict[str, ToolSpec]:
    """The tools of ``tool_set`` by name (``ValueError`` for an unknown set)."""
    if tool_set not in TOOL_SETS:
        raise ValueError(f"unknown tool set {tool_set!r}: choose from {', '.join(TOOL_SETS)}")
    return {tool.name: tool for tool in TOOL_SETS[tool_set]}


@cache
def _query_parameters(path: str) -> dict[str, dict[str, t.Any]]:
    """The query parameters the bundled spec declares for ``GET path``, by name."""
    spec = _spec()
    operation = spec["paths"][path]["get"]
    found: dict[str, dict[str, t.Any]] = {}
    for param in operation.get("parameters", []):
        if "$ref" in param:
            param = _resolve(spec, param["$ref"])
        if param.get("in") == "query":
            found[param["name"]] = param
    return found


@cache
def _spec() -> dict[str, t.Any]:
    return load_spec(packaged_spec())


def _resolve(spec: dict[str, t.Any], ref: str) -> dict[str, t.Any]:
    node: t.Any = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return t.cast(dict[str, t.Any], node)


def input_schema(tool: ToolSpec) -> dict[str, t.Any]:
    """The tool's JSON Schema: each argument's schema is its query parameter's, from the spec."""
    declared = _query_parameters(tool.path)
    properties: dict[str, t.Any] = {}
    for name in tool.params:
        param = declared[name]  # a KeyError here is a tool table that drifted from the spec
        schema = dict(param.get("schema", {"type": "string"}))
        text = " ".join(part for part in (param.get("description", ""), tool.notes.get(name, "")) if part)
        if text:
            schema["description"] = text
        properties[name] = schema
    return {"type": "object", "properties": properties, "additionalProperties": False}
