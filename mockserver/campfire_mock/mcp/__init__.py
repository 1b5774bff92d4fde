"""The MCP twin: the tools of Campfire's MCP server over the mock's own API operations.

``tools`` (the table), ``calls`` (a tool call as an API request), ``aging`` (the one computed tool),
``server`` (the SDK's low-level server over one workspace), ``endpoint`` (``/mcp``, streamable HTTP),
``command`` (``campfire-mock mcp``, stdio), ``client`` (an in-process client with synchronous calls)
and ``fixtures`` (``campfire_mcp`` for pytest). Nothing here imports the MCP SDK until a server is
built, so the mock runs without the ``mcp`` extra.
"""
