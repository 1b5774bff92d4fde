"""``campfire-mock mcp``: the MCP server on stdin/stdout, for desktop clients (Claude Desktop, Cursor,
Claude Code) that start a server as a subprocess.

By default the twin runs in this process (``--seed``, ``--state-file``, ``--tokens`` as for ``serve``);
with ``--url`` the tools call a running ``campfire-mock serve`` instead, so an agent and a test (or a
REST client) share its workspaces. The token is ``--token`` or ``CAMPFIRE_API_KEY``. Nothing but MCP
messages is written to stdout: logs go to stderr.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import typing as t
from pathlib import Path

from ..serving import StartupError
from .endpoint import require_sdk

__all__ = ["add_arguments", "main"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--token", help="the API key whose workspace the tools read (default: $CAMPFIRE_API_KEY)")
    parser.add_argument("--seed", default="demo", help="demo, none, or a path to a seed JSON file")
    parser.add_argument("--state-file", type=Path, help="keep state in this file across restarts")
    parser.add_argument("--tokens", type=Path, help="TOML file of accepted tokens and their roles")
    parser.add_argument(
        "--url", help="call the API of a running campfire-mock at this URL instead of a twin in this process"
    )
    parser.add_argument(
        "--tools",
        choices=("campfire", "all"),
        default="campfire",
        help="campfire: the tools of Campfire's own MCP server; all: and the community servers' read tools",
    )


def _token(args: argparse.Namespace) -> str:
    token = args.token or os.environ.get("CAMPFIRE_API_KEY", "")
    if not token.strip():
        raise StartupError("give the API key with --token KEY or CAMPFIRE_API_KEY")
    return str(token)


#: The CLI's readers of ``--seed``/``--state-file`` and ``--tokens``, as ``serve`` checks them.
StoreReader = t.Callable[[str, Path | None], t.Any]
TokensReader = t.Callable[[Path | None], dict[str, str] | None]


def _in_process(
    args: argparse.Namespace, token: str, read_store: StoreReader, read_tokens: TokensReader
) -> tuple[t.Any, t.Any]:
    """The twin in this process: its app (the tools' transport target) and its store."""
    from ..app import create_app

    tokens = read_tokens(args.tokens)
    if tokens is not None and token not in tokens:
        raise StartupError(f"--token: that key is not listed in --tokens {args.tokens}")
    store = read_store(args.seed, args.state_file)
    return create_app(store, tokens=tokens), store


async def _serve(http: t.Any, token: str, tool_set: str) -> None:
    from mcp.server.stdio import stdio_server

    from .server import build_server

    server = build_server(http, token, tool_set)
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


def main(args: argparse.Namespace, read_store: StoreReader, read_tokens: TokensReader) -> int:
    """Serve MCP on stdin/stdout until the client closes it; 2 when a flag is unusable."""
    import anyio
    import httpx

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, force=True)
    app = store = None
    try:
        require_sdk("campfire-mock mcp")
        token = _token(args)
        if args.url and (args.tokens or args.state_file or args.seed != "demo"):
            raise StartupError("--url calls a running server: give --seed, --state-file and --tokens to it instead")
        if args.url:
            http = httpx.AsyncClient(base_url=args.url.rstrip("/"), timeout=30)
        else:
            app, store = _in_process(args, token, read_store, read_tokens)
            http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://campfire-mock.mcp")
    except StartupError as exc:
        print(f"campfire-mock mcp: error: {exc}", file=sys.stderr)
        return 2
    try:
        anyio.run(_serve, http, token, args.tools)
    except KeyboardInterrupt:
        pass
    finally:
        if app is not None:
            app.close()
        if store is not None:
            store.close()
    return 0
