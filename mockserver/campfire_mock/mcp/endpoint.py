"""``/mcp`` on the running mock: MCP's streamable HTTP transport, over the same store as the REST API.

``/mcp`` serves Campfire's tool set, ``/mcp/all`` it and the community tools. The token is read
from ``Authorization`` exactly as the API reads it (``Token <key>`` or ``Bearer <key>``): a missing
or malformed header, or under ``--tokens`` an unlisted key, is the API's 401, before any MCP message
is read. Each request is served statelessly (no MCP session id, JSON answers, no server-initiated
messages): every tool is a plain read, so nothing needs a session, and nothing is kept between
requests. The MCP SDK (and httpx) is imported on the first request, off the event loop (it takes about a
second), so the server starts as fast without it.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import typing as t

from starlette.middleware.cors import CORSMiddleware
from starlette.types import Message, Receive, Scope, Send

from ..errors import DomainError
from ..http.admission import request_id_of
from ..http.respond import json_reply, send_reply
from ..limits import DEFAULT_MAX_BODY_BYTES

if t.TYPE_CHECKING:
    from ..http.auth import Auth

__all__ = ["MCP_PATHS", "McpEndpoint", "require_sdk"]

#: Path -> tool set served there.
MCP_PATHS = {"/mcp": "campfire", "/mcp/": "campfire", "/mcp/all": "all"}


def require_sdk(what: str) -> None:
    """Raise ``StartupError`` saying how to install the MCP SDK, unless it is installed."""
    from importlib.util import find_spec

    from ..serving import StartupError

    if find_spec("mcp") is None:
        raise StartupError(f"{what} needs the MCP SDK, the mcp extra: pip install -e '.[mcp]' in a checkout")


class McpEndpoint:
    """The ASGI app answering ``MCP_PATHS``; ``app`` is the mock the tools call (in-process)."""

    def __init__(self, app: t.Any, auth: Auth, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        # The SDK narrates each stateless request's session manager at info: the log keeps to requests.
        logging.getLogger("mcp.server.streamable_http_manager").setLevel(logging.WARNING)
        self.auth = auth
        #: The app the tools' own API requests go to, in-process (they never leave the process).
        self.app = app
        #: A request body's limit, the API's (``--max-body-bytes``): past it, the SDK answers 413.
        self.max_body_bytes = max_body_bytes
        self._ready: asyncio.Future[t.Any] | None = None
        # Browser clients may call it from any origin, as they may call the API (preflights answered).
        self._cors = CORSMiddleware(
            self._serve,
            allow_origins=["*"],
            allow_methods=["*"],
            allow_headers=["*"],
            expose_headers=["Mcp-Session-Id", "Mcp-Protocol-Version"],
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Every answer carries ``X-Request-Id``, as the API's do (the caller's own, if it sent one).
        request_id = request_id_of(scope)

        async def with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [pair for pair in message.get("headers", []) if pair[0].lower() != b"x-request-id"]
                message = {**message, "headers": [*headers, (b"x-request-id", request_id)]}
            await send(message)

        await self._cors(scope, receive, with_id)

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] == "GET":  # no server-to-client stream: the spec's answer is a 405
            error = _jsonrpc_error("Method Not Allowed: this server offers no SSE stream.")
            await send_reply(send, json_reply(405, error, {"Allow": "POST"}))
            return
        try:
            found = self.auth.identify(scope)
        except DomainError as exc:  # two Authorization headers
            await send_reply(send, json_reply(exc.status, exc.body()))
            return
        if isinstance(found, DomainError):
            await send_reply(send, json_reply(found.status, found.body()))
            return
        try:
            await self._import_sdk()
        except ImportError:
            detail = "The MCP endpoint needs the MCP SDK, the mcp extra: pip install -e '.[mcp]' in a checkout."
            await send_reply(send, json_reply(501, {"detail": detail}))
            return
        import httpx
        from mcp.server.streamable_http_manager import StreamableHTTPSessionManager

        from .server import build_server

        # The API's answers link (``next``) to the server the client called, as a REST call's do.
        transport = httpx.ASGITransport(app=self.app)
        try:
            origin = httpx.URL(_origin(scope))
        except httpx.InvalidURL:  # a Host header no URL can have: links name the server's own address
            origin = httpx.URL(_origin({**scope, "headers": []}))
        async with httpx.AsyncClient(transport=transport, base_url=origin) as http:
            server = build_server(http, found.token, MCP_PATHS[scope["path"]])
            manager = StreamableHTTPSessionManager(
                app=server, stateless=True, json_response=True, max_request_body_size=self.max_body_bytes
            )
            async with manager.run():
                await manager.handle_request(scope, receive, send)

    async def _import_sdk(self) -> None:
        """Import the MCP SDK once, in a worker thread, so the loop keeps serving meanwhile."""
        if self._ready is None:
            self._ready = asyncio.get_running_loop().run_in_executor(None, _import_dependencies)
        await asyncio.shield(self._ready)


def _jsonrpc_error(message: str) -> dict[str, t.Any]:
    """A JSON-RPC error answer to no request (``-32600``: invalid request), as the SDK's own."""
    return {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": message}}


def _import_dependencies() -> None:
    for module in ("httpx", "mcp.server.streamable_http_manager", "campfire_mock.mcp.server"):
        importlib.import_module(module)


def _origin(scope: Scope) -> str:
    """``scheme://host`` the client addressed (its ``Host`` header, else the server's address)."""
    host = next((v.decode("latin-1") for k, v in scope.get("headers") or () if k == b"host"), "")
    if not host or any(c in host for c in "/?#@ \\"):
        server = scope.get("server") or ("localhost", None)
        host = server[0] if server[1] is None else f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}"
