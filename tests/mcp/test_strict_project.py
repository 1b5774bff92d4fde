"""The ``campfire_mcp`` fixture in a user's project whose only warning filter is ``error``: the documented
recipe (seed, freeze the clock, call tools, assert on the request log) passes, sync and through
``session()`` in an async test driven by anyio."""

from __future__ import annotations

import pytest

from ..kit.projects import REPO_ONLY_PLUGINS

pytest.importorskip("mcp")

pytest_plugins = ["pytester"]

PYPROJECT = """
[tool.pytest.ini_options]
filterwarnings = ["error"]
"""

USER_TESTS = """
import anyio


def test_agent_reads_a_seeded_workspace_at_a_frozen_time(campfire_mcp, campfire_mock):
    campfire_mock.seed("demo")
    campfire_mock.set_time("2026-03-31T12:00:00Z")
    vendors = campfire_mcp.call_tool("get_vendors", {"q": "Acme"})
    statement = campfire_mcp.call_tool("get_income_statement", {"cadence": "monthly"})
    refused = campfire_mcp.call_tool("get_income_statement", {"cadence": "hourly"})
    assert not vendors.is_error and not statement.is_error
    assert statement.structured_content["end_date"] == "2026-03-31"
    assert refused.is_error and "'cadence'" in refused.content[0].text
    assert [c["request_headers"]["x-campfire-mock-mcp-tool"] for c in campfire_mcp.calls()] == [
        "get_vendors", "get_income_statement", "get_income_statement"]
    campfire_mock.assert_called("ca_api_get_income_statement_retrieve", times=2)
    campfire_mock.assert_called("ca_api_get_income_statement_retrieve", status=400, times=1)


def test_async_session(campfire_mcp):
    async def names():
        async with campfire_mcp.session() as client:
            return [tool.name for tool in (await client.list_tools()).tools]

    assert "get_balance_sheet" in anyio.run(names)
"""


def test_mcp_fixture_passes_in_a_strict_user_project(pytester: pytest.Pytester) -> None:
    """With only ``filterwarnings = ["error"]``, the MCP fixture's recipe and its async session pass."""
    pytester.makefile(".toml", pyproject=PYPROJECT)
    pytester.makepyfile(test_agent=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *REPO_ONLY_PLUGINS, "-q")
    result.assert_outcomes(passed=2)
