"""The ``campfire_mcp`` pytest fixture: an MCP client on the test's own workspace, in-process.

``campfire_mcp`` (a ``client.McpClient``) talks to the same workspace as ``campfire_mock`` and
``campfire_client`` (the same token), through the official SDK's client over in-memory streams: no
subprocess, no socket. Its
methods are synchronous (``list_tools``, ``call_tool``, ``calls``); ``session()`` gives the SDK's
async ``Client`` for async tests. Override ``campfire_mcp_tool_set`` (``"all"``) for the community
tools too. The MCP SDK is imported only when the fixture is used.
"""

from __future__ import annotations

import typing as t

import pytest

from .client import McpClient

if t.TYPE_CHECKING:
    from ..testing import MockControl

__all__ = ["campfire_mcp", "campfire_mcp_tool_set"]


@pytest.fixture
def campfire_mcp_tool_set() -> str:
    """The tools ``campfire_mcp`` serves: ``"campfire"`` (Campfire's own), or ``"all"`` (and the
    community tools). Override it in a ``conftest.py``, a module or a class."""
    return "campfire"


@pytest.fixture
def campfire_mcp(campfire_mock: MockControl, campfire_mock_app: t.Any, campfire_mcp_tool_set: str) -> McpClient:
    """An in-process MCP client on the test's workspace (the one ``campfire_mock`` controls)."""
    from ..serving import StartupError
    from .endpoint import require_sdk

    try:
        require_sdk("the campfire_mcp fixture")
    except StartupError as exc:
        raise pytest.UsageError(str(exc)) from None
    return McpClient(campfire_mock_app, campfire_mock, campfire_mcp_tool_set)
