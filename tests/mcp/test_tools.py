"""The MCP tools through the ``campfire_mcp`` fixture: what they list, that each answers what the REST
API answers for the same workspace, how a refused argument is reported, and the request log's marks."""

from __future__ import annotations

import json
import typing as t

import pytest

pytest.importorskip("mcp")

from mcp.shared.exceptions import MCPError

from campfire_mock.mcp.client import McpClient
from campfire_mock.mcp.tools import CAMPFIRE_TOOLS, COMMUNITY_MARK, COMMUNITY_TOOLS
from campfire_mock.testing import MockControl

CAMPFIRE_NAMES = [
    "get_chart_of_accounts",
    "get_transactions",
    "get_entities",
    "get_vendors",
    "get_departments",
    "get_tags",
    "get_income_statement",
    "get_balance_sheet",
    "get_cash_flow_statement",
    "get_budgets",
]
#: Arguments each tool is called with below (the comparison holds for any; these exercise filters).
ARGUMENTS: dict[str, dict[str, t.Any]] = {
    "get_chart_of_accounts": {"q": "Demo", "limit": 5},
    "get_transactions": {"start_date": "2026-01-01", "end_date": "2026-12-31", "limit": 5},
    "get_entities": {"include_inactive": False},
    "get_vendors": {"limit": 2, "offset": 1},
    "get_departments": {"q": "Eng"},
    "get_tags": {"include_inactive": True},
    "get_income_statement": {"start_date": "2026-01-01", "end_date": "2026-06-30", "cadence": "quarterly"},
    "get_balance_sheet": {"end_date": "2026-06-30", "cadence": "monthly"},
    "get_cash_flow_statement": {"start_date": "2026-01-01", "end_date": "2026-03-31", "cadence": "yearly"},
    "get_budgets": {"limit": 10},
    "get_trial_balance": {"start_date": "2026-01-01", "end_date": "2026-06-30"},
    "get_invoices": {"limit": 3, "status": "paid"},
    "get_bills": {"limit": 3},
    "get_customers": {"limit": 2},
    "get_contracts": {"limit": 2},
}


@pytest.fixture
def campfire_mcp_tool_set() -> str:
    """These tests cover the community tools too."""
    return "all"


def rest(control: MockControl, path: str, params: dict[str, t.Any]) -> t.Any:
    """The REST API's JSON answer (as MCP structures it) for the same workspace."""
    query = {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in params.items()}
    response = control.http.get(path, params=query, headers=control.headers)
    assert response.status_code == 200, response.text
    if not response.content:
        return None
    body = response.json()
    return {"results": body} if isinstance(body, list) else body


def test_campfire_tool_set_lists_the_ten_named_tools(campfire_mcp: McpClient) -> None:
    """The default tool set is Campfire's own ten named tools, each read-only with a closed input schema."""
    only_campfire = McpClient(campfire_mcp.app, campfire_mcp.control, "campfire")
    tools = only_campfire.list_tools()
    assert [tool.name for tool in tools] == CAMPFIRE_NAMES
    for tool in tools:
        assert tool.annotations is not None and tool.annotations.read_only_hint is True
        assert tool.input_schema["additionalProperties"] is False
        assert COMMUNITY_MARK not in (tool.description or "")


def test_all_tool_set_adds_community_tools_marked_as_such(campfire_mcp: McpClient) -> None:
    """``all`` adds the community read tools, each saying in its description and ``_meta`` it is not Campfire's."""
    tools = {tool.name: tool for tool in campfire_mcp.list_tools()}
    community = [tool.name for tool in COMMUNITY_TOOLS]
    assert list(tools) == CAMPFIRE_NAMES + community
    for name in community:
        assert (tools[name].description or "").startswith(COMMUNITY_MARK)
        assert (tools[name].meta or {})["campfire-mock/origin"] == "community"


def test_income_statement_schema_is_the_api_parameters_schema(campfire_mcp: McpClient) -> None:
    """A tool argument's schema is its query parameter's: ``cadence`` offers the API's choices."""
    (tool,) = [tool for tool in campfire_mcp.list_tools() if tool.name == "get_income_statement"]
    cadence = tool.input_schema["properties"]["cadence"]
    assert cadence["enum"] == ["daily", "monthly", "quarterly", "weekly", "yearly"]
    assert tool.input_schema["properties"]["start_date"]["format"] == "date"


#: The tools that answer one API operation's JSON (``get_ar_aging`` computes over many: test_aging.py).
PASS_THROUGH = [tool for tool in CAMPFIRE_TOOLS + COMMUNITY_TOOLS if tool.aggregate is None]


@pytest.mark.parametrize("tool", PASS_THROUGH, ids=lambda tool: tool.name)
def test_each_tool_answers_what_the_rest_api_answers(
    campfire_mcp: McpClient, campfire_mock: MockControl, tool: t.Any
) -> None:
    """A tool's structured content is the REST answer to its operation for the same workspace, and its text
    carries a summary line and the same JSON."""
    arguments = ARGUMENTS[tool.name]
    result = campfire_mcp.call_tool(tool.name, arguments)
    assert result.is_error is False, result.content
    expected = rest(campfire_mock, tool.path, arguments)
    assert result.structured_content == expected
    summary = result.content[0].text  # type: ignore[union-attr]
    assert summary.startswith(tool.name) and f"GET {tool.path} answered 200" in summary
    if expected is not None:
        assert json.loads(result.content[1].text) == expected  # type: ignore[union-attr]


def test_a_write_through_rest_is_read_through_mcp(campfire_mcp: McpClient, campfire_mock: MockControl) -> None:
    """MCP and REST share the workspace: a vendor created through the API is listed by ``get_vendors``."""
    before = campfire_mcp.call_tool("get_vendors", {"q": "Brand New Supplier"}).structured_content
    assert before is not None and before["count"] == 0
    body = {"name": "Brand New Supplier"}
    made = campfire_mock.http.post("/coa/api/vendor", json=body, headers=campfire_mock.headers)
    assert made.status_code == 201, made.text
    after = campfire_mcp.call_tool("get_vendors", {"q": "Brand New Supplier"}).structured_content
    assert after is not None and [v["id"] for v in after["results"]] == [made.json()["id"]]


def test_a_statement_summary_counts_its_rows(campfire_mcp: McpClient, campfire_mock: MockControl) -> None:
    """The summary line of a statement counts its rows: a trial balance's accounts, not its one key."""
    arguments = {"start_date": "2026-01-01", "end_date": "2026-12-31"}
    result = campfire_mcp.call_tool("get_trial_balance", arguments)
    accounts = rest(campfire_mock, "/ca/api/get_trial_balance", arguments)["trial_balance"]["accounts"]
    assert accounts
    assert f"trial_balance: {len(accounts)} accounts" in result.content[0].text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"cadence": "fortnightly"}, """invalid argument 'cadence': "fortnightly" is not a valid choice."""),
        (
            {"start_date": "31/01/2026"},
            "invalid argument 'start_date': Date has wrong format. Use one of these formats instead: YYYY-MM-DD.",
        ),
        ({"entity": "first"}, "invalid argument 'entity': A valid integer is required."),
    ],
)
def test_a_bad_argument_is_a_tool_error_naming_it(
    campfire_mcp: McpClient, arguments: dict[str, t.Any], message: str
) -> None:
    """A value the API refuses is a tool result with ``is_error`` quoting the API's message for that argument."""
    result = campfire_mcp.call_tool("get_income_statement", arguments)
    assert result.is_error is True
    assert message in result.content[0].text  # type: ignore[union-attr]
    assert "answered 400" in result.content[0].text  # type: ignore[union-attr]


def test_an_unknown_argument_is_a_tool_error_naming_it(campfire_mcp: McpClient, campfire_mock: MockControl) -> None:
    """An argument the tool does not take is a tool error naming it and the ones it takes; no request is made."""
    result = campfire_mcp.call_tool("get_entities", {"colour": "red"})
    assert result.is_error is True
    assert result.content[0].text == (  # type: ignore[union-attr]
        "Unknown argument 'colour' for get_entities; it takes: include_inactive, exclude_adjusting."
    )
    assert campfire_mcp.calls() == []


def test_a_list_where_a_value_belongs_is_a_tool_error_naming_it(campfire_mcp: McpClient) -> None:
    """A non-scalar value cannot be a query parameter: a tool error names the argument."""
    result = campfire_mcp.call_tool("get_transactions", {"vendor": [1, 2]})
    assert result.is_error is True
    assert result.content[0].text == "Invalid argument 'vendor': expected a single value, got list."  # type: ignore[union-attr]


def test_an_unknown_tool_is_a_protocol_error(campfire_mcp: McpClient) -> None:
    """Calling a tool the server does not have is an MCP error (invalid params), not a tool result."""
    with pytest.raises(MCPError, match="Unknown tool: 'get_payroll'"):
        campfire_mcp.call_tool("get_payroll")


def test_mcp_calls_are_marked_in_the_request_log(campfire_mcp: McpClient, campfire_mock: MockControl) -> None:
    """Each tool call is one API request in the workspace's log, with its operation and the tool's header."""
    campfire_mcp.call_tool("get_vendors", {"limit": 1})
    campfire_mock.http.get("/coa/api/vendor", headers=campfire_mock.headers)  # a REST call: not marked
    calls = campfire_mock.assert_called("coa_api_vendor_list", times=2)
    assert [call["request_headers"].get("x-campfire-mock-mcp-tool") for call in calls] == ["get_vendors", None]
    (marked,) = campfire_mcp.calls("get_vendors")
    assert (marked["query"], marked["status"]) == ("limit=1", 200)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("\ud800", "Invalid argument 'q': not valid Unicode text (it holds a lone surrogate)."),
        ("x" * 2001, "Invalid argument 'q': longer than 2000 characters."),
    ],
)
def test_text_no_query_can_carry_is_a_tool_error_naming_it(campfire_mcp: McpClient, value: str, message: str) -> None:
    """A lone surrogate or an over-long value is a tool error naming the argument, not a server error."""
    result = campfire_mcp.call_tool("get_vendors", {"q": value})
    assert (result.is_error, result.content[0].text) == (True, message)  # type: ignore[union-attr]


def test_an_unreachable_api_is_a_tool_error() -> None:
    """With ``--url`` naming a server that is not there, a call is a tool error saying so, not a crash."""
    import anyio
    import httpx

    from campfire_mock.mcp.calls import call_tool
    from campfire_mock.mcp.tools import tools_of

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    async def call() -> t.Any:
        async with httpx.AsyncClient(transport=httpx.MockTransport(refuse), base_url="http://127.0.0.1:9") as http:
            return await call_tool(http, tools_of("campfire")["get_entities"], {}, "key")

    answer = anyio.run(call)
    assert answer.is_error is True
    assert answer.text.startswith("get_entities: could not reach the API at http://127.0.0.1:9: ConnectError(")
