"""Starlette's CORS middleware, stepped over at once by a request that names no ``Origin``.

Most calls to the mock come from SDKs and scripts, not browsers, and carry no ``Origin`` header.
Starlette's middleware finds that out through a ``Headers`` mapping (every header decoded) for each
request; this subclass looks for the raw header name first and only hands a request that has one to
Starlette (preflights included), so browser apps are answered exactly as before.
"""

from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware
from starlette.types import Receive, Scope, Send


class CORS(CORSMiddleware):
    """``CORSMiddleware``, skipped for a request without an ``Origin`` header (what Starlette does with it)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for name, _ in scope.get("headers") or ():
                if name == b"origin":
                    break
            else:
                await self.app(scope, receive, send)
                return
        await super().__call__(scope, receive, send)


__all__ = ["CORS"]
