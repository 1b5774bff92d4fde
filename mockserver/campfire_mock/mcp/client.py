"""``McpClient``: the SDK's MCP client on one workspace of an in-process mock, with synchronous calls.

The ``campfire_mcp`` fixture is one; a script or a test outside pytest builds its own from any mock app
and a ``MockControl`` (``intercept()`` gives both: ``McpClient(mock.app, mock.control(key))``).
"""

from __future__ import annotations

import contextlib
import typing as t

if t.TYPE_CHECKING:
    import mcp_types
    from mcp import Client

    from ..testing import MockControl

__all__ = ["McpClient"]

#: The in-process mock's address, as the kit's other fixtures call it (so ``next`` links match theirs).
BASE_URL = "http://campfire-mock.test"
#: The request log's key of the header that marks MCP calls (``calls.MCP_TOOL_HEADER``, lower-cased).
_HEADER_KEY = "x-campfire-mock-mcp-tool"


class McpClient:
    """An MCP client on one workspace of an in-process mock (the token of ``control``)."""

    def __init__(self, app: t.Any, control: MockControl, tool_set: str = "campfire") -> None:
        self.app = app
        #: The workspace's control API (seed, clock, request log), as ``campfire_mock``.
        self.control = control
        self.token = control.token
        self.tool_set = tool_set

    @contextlib.asynccontextmanager
    async def session(self) -> t.AsyncIterator[Client]:
        """The SDK's ``mcp.Client``, connected in-process to a server on this workspace."""
        import httpx
        from mcp import Client

        from .server import build_server

        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url=BASE_URL)
        async with http, Client(build_server(http, self.token, self.tool_set)) as client:
            yield client

    def list_tools(self) -> list[mcp_types.Tool]:
        """The tools the server lists."""
        return t.cast("list[mcp_types.Tool]", self._run(_list_tools))

    def call_tool(self, name: str, arguments: dict[str, t.Any] | None = None) -> mcp_types.CallToolResult:
        """Call tool ``name`` with ``arguments``; a refused argument is a result with ``is_error``."""
        return t.cast("mcp_types.CallToolResult", self._run(_call_tool, name, arguments or {}))

    def calls(self, tool: str | None = None) -> list[dict[str, t.Any]]:
        """The API requests MCP tools made on this workspace (of ``tool``), oldest first: request log
        entries, each marked by the ``x-campfire-mock-mcp-tool`` header it kept."""
        return [
            call
            for call in self.control.calls()
            if _HEADER_KEY in call.get("request_headers", {})
            and (tool is None or call["request_headers"][_HEADER_KEY] == tool)
        ]

    def _run(self, action: t.Callable[..., t.Awaitable[t.Any]], *args: t.Any) -> t.Any:
        from ..inprocess import run_sync

        async def run() -> t.Any:
            async with self.session() as client:
                return await action(client, *args)

        try:
            return run_sync(run())
        except BaseExceptionGroup as group:  # the SDK's task groups wrap what the call raised
            raise _only_exception(group) from None


def _only_exception(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The one exception a group (of groups) holds, or the group itself if it holds several."""
    found: BaseException = group
    while isinstance(found, BaseExceptionGroup) and len(found.exceptions) == 1:
        found = found.exceptions[0]
    return found


async def _list_tools(client: Client) -> list[t.Any]:
    return list((await client.list_tools()).tools)


async def _call_tool(client: Client, name: str, arguments: dict[str, t.Any]) -> t.Any:
    return await client.call_tool(name, arguments)
