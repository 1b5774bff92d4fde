"""The MCP server over one workspace: the official SDK's low-level ``Server``, its tools the table in
``tools.py``, each call an API request through ``calls.py``.

A server is built for one token (cheap: the tool list is built once per tool set), so one running
transport serves one workspace; the streamable HTTP endpoint builds one per request, from the
request's ``Authorization`` header.
"""

from __future__ import annotations

import json
import typing as t
from functools import cache

import httpx
import mcp_types as types
from mcp.server import Server, ServerRequestContext
from mcp.shared.exceptions import MCPError

from .._version import __version__
from .calls import call_tool
from .tools import ToolSpec, input_schema, tools_of

__all__ = ["SERVER_NAME", "build_server", "tool_list"]

SERVER_NAME = "campfire-mock"
INSTRUCTIONS = (
    "An offline twin of Campfire's MCP server: every tool reads the Campfire mock's API for the "
    "workspace of your token (same data, same validation). Amounts are in the entity's currency."
)


@cache
def tool_list(tool_set: str) -> tuple[types.Tool, ...]:
    """The MCP ``Tool`` of each tool of ``tool_set`` (read-only, idempotent, origin in ``_meta``)."""
    return tuple(
        types.Tool(
            name=tool.name,
            description=tool.description,
            input_schema=input_schema(tool),
            annotations=types.ToolAnnotations(
                title=tool.name.replace("_", " ").capitalize(),
                read_only_hint=True,
                destructive_hint=False,
                idempotent_hint=True,
                open_world_hint=False,
            ),
            _meta={"campfire-mock/origin": tool.origin, "campfire-mock/path": tool.path},
        )
        for tool in tools_of(tool_set).values()
    )


def build_server(http: httpx.AsyncClient, token: str, tool_set: str = "campfire") -> Server[t.Any]:
    """An MCP server whose tools call the API through ``http`` as ``token``."""
    tools: dict[str, ToolSpec] = tools_of(tool_set)
    listed = list(tool_list(tool_set))

    async def list_tools(
        ctx: ServerRequestContext[t.Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=listed)

    async def call(ctx: ServerRequestContext[t.Any], params: types.CallToolRequestParams) -> types.CallToolResult:
        tool = tools.get(params.name)
        if tool is None:  # not a tool error: the spec reports an unknown tool as a protocol error
            raise MCPError(types.INVALID_PARAMS, f"Unknown tool: {params.name!r}. Tools: {', '.join(tools)}.")
        answer = await call_tool(http, tool, params.arguments, token)
        content: list[types.ContentBlock] = [types.TextContent(type="text", text=answer.text)]
        if answer.structured is not None and not answer.is_error:
            # Clients that read only text content get the JSON too (as the MCP spec advises).
            content.append(types.TextContent(type="text", text=json.dumps(answer.structured, ensure_ascii=False)))
        return types.CallToolResult(content=content, structured_content=answer.structured, is_error=answer.is_error)

    return Server(
        SERVER_NAME,
        version=__version__,
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call,
    )
