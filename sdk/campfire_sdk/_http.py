"""The ``httpx`` clients the SDK builds when none is passed in, made cheap to create.

An ``httpx.Client()`` loads the certifi bundle into a new SSL context (20-40 ms), which dominates a
test that makes a client per workspace. The SDK builds that context once per process (per
``SSL_CERT_FILE``/``SSL_CERT_DIR``, which httpx reads) and hands it to every client it creates, so a
new ``Campfire()`` costs well under a millisecond. For other TLS settings (``verify=False``, a
private CA, a client certificate), pass your own ``http_client=httpx.Client(verify=..., cert=...)``:
it is used as given.
"""

from __future__ import annotations

import os
import ssl
import threading

import httpx

__all__ = ["default_async_http_client", "default_http_client", "default_ssl_context"]

_CONTEXTS: dict[tuple[str | None, str | None], ssl.SSLContext] = {}
_LOCK = threading.Lock()


def default_ssl_context() -> ssl.SSLContext:
    """The process's SSL context for verifying servers as httpx does by default (built on first use)."""
    key = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    context = _CONTEXTS.get(key)
    if context is None:
        with _LOCK:
            context = _CONTEXTS.get(key)
            if context is None:
                context = _CONTEXTS[key] = httpx.create_ssl_context()
    return context


def default_http_client() -> httpx.Client:
    """A new ``httpx.Client`` (its own connection pool) on the shared SSL context."""
    return httpx.Client(verify=default_ssl_context(), follow_redirects=True)


def default_async_http_client() -> httpx.AsyncClient:
    """A new ``httpx.AsyncClient`` (its own connection pool) on the shared SSL context."""
    return httpx.AsyncClient(verify=default_ssl_context(), follow_redirects=True)
