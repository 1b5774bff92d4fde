"""Starlette's CORS middleware, stepped over at once by a request that names no ``Origin``.

Most calls to the mock come from SDKs and scripts, not browsers, and carry no ``Origin`` header.
Starlette's middleware finds that out through a ``Headers`` mapping (every header decoded) for each
request; this subclass looks for the raw header name first and only hands a request that has one to
Starlette, so browser apps are answered exactly as before. The app's own scan for ``Origin`` calls
``with_origin`` directly, so a request's headers are scanned for it once.

A preflight (``OPTIONS`` with ``Access-Control-Request-Method``) is answered with Starlette's preflight
answer, but by the front (``front.py``), which it reaches with that answer under ``PREFLIGHT_KEY``: so it
carries an ``X-Request-Id`` and leaves a log line, as every other answer does.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.types import Receive, Scope, Send

#: Where a preflight's answer waits in the scope for the front to send it.
PREFLIGHT_KEY = "campfire_mock.preflight"


class CORS(CORSMiddleware):
    """``CORSMiddleware``, skipped for a request without an ``Origin`` header (what Starlette does with it)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, _ in scope.get("headers") or ():
            if name == b"origin":
                await self.with_origin(scope, receive, send)
                return
        await self.app(scope, receive, send)

    async def with_origin(self, scope: Scope, receive: Receive, send: Send) -> None:
        """An HTTP request known to name an ``Origin`` (what Starlette's ``__call__`` does past its own look for
        it): a preflight goes on to the front with its answer ready, any other gets the CORS headers."""
        headers = Headers(scope=scope)
        if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            scope[PREFLIGHT_KEY] = self.preflight_response(request_headers=headers)
            await self.app(scope, receive, send)
            return
        await self.simple_response(scope, receive, send, request_headers=headers)


__all__ = ["CORS", "PREFLIGHT_KEY"]
