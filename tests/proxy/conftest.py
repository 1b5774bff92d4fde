"""Servers on loopback for the proxy tests: the mock, a broken upstream, and the proxy between."""

from __future__ import annotations

import asyncio
import socket
import threading
import typing as t

import pytest
import uvicorn
from starlette.types import Receive, Scope, Send

from campfire_mock import create_app
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.proxy.conformance import Conformance
from campfire_mock.proxy.recorder import Recorder
from campfire_mock.proxy.server import ProxyApp

TOKEN = "proxy-secret-key-0123456789"
HEADERS = {"Authorization": f"Token {TOKEN}"}
INVOICE = {
    "invoice_date": "2026-01-10",
    "due_date": "2026-02-09",
    "entity": 54,
    "client": 42,
    "lines": [{"product": 3, "quantity": 2, "rate": 100, "description": "Consulting"}],
}


#: A binary answer sent in several chunks (the proxy must pass it on byte for byte).
PDF_CHUNKS = [b"%PDF-1.3\n", *(bytes(range(256)) * 400 for _ in range(4)), b"%%EOF\n"]


class Loopback:
    """An ASGI app served by uvicorn on a free 127.0.0.1 port, in a thread of the test process."""

    def __init__(self, app: t.Any) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> Loopback:
        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("server did not start")
            threading.Event().wait(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


class BrokenUpstream:
    """Answers every invoice retrieve with a body the spec forbids, and counts what reaches it."""

    def __init__(self) -> None:
        self.hits: list[tuple[str, str, str | None]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        headers = dict(scope["headers"])
        auth = headers.get(b"authorization")
        self.hits.append((scope["method"], scope["path"], auth.decode() if auth else None))
        status, body = 200, b'{"id": "not-a-number", "lines": "none"}'
        if scope["path"] == "/coa/api/v1/invoice/statement/client/7/pdf/":
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/pdf")]}
            )
            for chunk in PDF_CHUNKS:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
            return
        if scope["path"] == "/slow/coa/api/v1/invoice/5/":
            await asyncio.sleep(2)
        elif scope["path"] == "/coa/api/v1/invoice/":
            body = b'{"count": 0, "next": null, "previous": null, "results": []}'
        elif scope["path"] == "/coa/api/v1/invoice/6/":
            status, body = 418, b'{"detail": "teapot"}'
        await send(
            {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]}
        )
        await send({"type": "http.response.body", "body": body})


@pytest.fixture(scope="session")
def spec() -> dict[str, t.Any]:
    return load_spec(packaged_spec())


@pytest.fixture
def mock_upstream() -> t.Iterator[Loopback]:
    """A fresh demo mock on loopback."""
    with Loopback(create_app()) as server:
        yield server


def make_proxy(upstream: str, spec: dict[str, t.Any], **options: t.Any) -> ProxyApp:
    recorder = options.pop("recorder", None)
    return ProxyApp(upstream, Conformance(spec), recorder=recorder, **options)


__all__ = ["HEADERS", "INVOICE", "PDF_CHUNKS", "TOKEN", "BrokenUpstream", "Loopback", "Recorder", "make_proxy"]
