"""The mock in the test's own process: one app per set of options, called without sockets or threads.

The kit (``intercept()`` and the pytest fixtures) builds a mock app and its compiled spec once per
process for each distinct set of ``create_app`` options (``shared_app``) and gives every test a fresh
workspace on it. ``AppTransport`` is an httpx transport (sync and async) that calls the ASGI app
directly: in the calling thread, on a private event loop, with no portal and no thread hop (the
way ``httpx.ASGITransport`` does for async code, made synchronous). The compiled request path never
suspends, so a Campfire call costs little more than the handler itself.

Nothing here lets a dependency's warning reach the user's test: the one import that warns
(Starlette's test client, pulled in by Connexion, uses an alias anyio deprecates) and the build of
Connexion's part run once, in the calling thread, with those warnings silenced for that span only.
No warning filter is left installed, so the user's own warnings behave as their settings say.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import threading
import typing as t
import warnings

import httpx

if t.TYPE_CHECKING:
    from .app import MockApp

__all__ = ["AppTransport", "quiet_dependencies", "shared_app"]

_APPS: dict[str, MockApp] = {}
_APPS_LOCK = threading.Lock()


@contextlib.contextmanager
def quiet_dependencies() -> t.Iterator[None]:
    """Silence deprecation warnings raised by the mock's dependencies while the mock is built."""
    with warnings.catch_warnings():
        for module in ("anyio", "starlette", "connexion", "jsonschema", "openapi_core", "openapi_spec_validator"):
            warnings.filterwarnings("ignore", category=DeprecationWarning, module=rf"{module}(\.|$)")
            warnings.filterwarnings("ignore", category=PendingDeprecationWarning, module=rf"{module}(\.|$)")
        # Connexion's validators use jsonschema's RefResolver, which warns from Connexion's frames.
        warnings.filterwarnings("ignore", message=".*RefResolver.*", category=DeprecationWarning)
        yield


def options_key(options: dict[str, t.Any]) -> str:
    """One string per set of ``create_app`` options (apps and live servers are kept by it)."""
    return json.dumps(options, sort_keys=True, default=repr)


def build_app(options: dict[str, t.Any]) -> MockApp:
    """A new mock app with ``options`` (``create_app`` arguments), Connexion's part built too."""
    with quiet_dependencies():
        from .app import create_app

        app = create_app(**options)
        app.connexion_ready()
    return app


def shared_app(options: dict[str, t.Any], *, purpose: str = "fixture") -> MockApp:
    """The process's mock app for ``options``, built on first use (``purpose`` keeps users apart)."""
    key = f"{purpose}:{options_key(options)}"
    with _APPS_LOCK:
        app = _APPS.get(key)
        if app is None:
            app = _APPS[key] = build_app(options)
        return app


class _Loop(threading.local):
    loop: asyncio.AbstractEventLoop | None = None


_LOOPS = _Loop()
_OPEN_LOOPS: list[asyncio.AbstractEventLoop] = []


@atexit.register
def _close_loops() -> None:
    for loop in _OPEN_LOOPS:
        if not loop.is_closed() and not loop.is_running():
            loop.close()


def run_sync(coro: t.Coroutine[t.Any, t.Any, t.Any]) -> t.Any:
    """Run ``coro`` to completion now, in this thread if it has no running event loop.

    The thread's private loop is reused from call to call. Called from inside a running loop (a
    sync client used in async code), the coroutine runs on a short-lived helper thread instead."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        loop = _LOOPS.loop
        if loop is None or loop.is_closed():
            loop = _LOOPS.loop = asyncio.new_event_loop()
            _OPEN_LOOPS.append(loop)
        return loop.run_until_complete(coro)
    result: list[t.Any] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            result.append(asyncio.run(coro))
        except BaseException as exc:  # handed back to the caller below
            failure.append(exc)

    helper = threading.Thread(target=work, name="campfire-mock-call")
    helper.start()
    helper.join()
    if failure:
        raise failure[0]
    return result[0]


class AppTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Send httpx requests straight to an ASGI app (sync clients: in the calling thread).

    Given a mock app (``create_app()``), it builds the app's Connexion part now, in this thread and
    quietly, rather than in a worker thread at the first request that needs it::

        import httpx
        from campfire_mock import create_app
        from campfire_mock.inprocess import AppTransport

        http = httpx.Client(transport=AppTransport(create_app()), base_url="http://mock")
        assert http.get("/coa/api/v1/invoice/47864/", headers={"Authorization": "Token k"}).status_code == 200
    """

    def __init__(self, app: t.Any, *, client: tuple[str, int] = ("127.0.0.1", 123)) -> None:
        self.app = app
        self.client = client
        if callable(getattr(app, "connexion_ready", None)) and getattr(app, "inner", None) is None:
            with quiet_dependencies():
                app.connexion_ready()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        status, headers, content = run_sync(self.call(request, body))
        # A stream, not ``content=``: the client reads (and decodes) it once, instead of here and there.
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(content), request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        status, headers, content = await self.call(request, body)
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(content), request=request)

    async def call(self, request: httpx.Request, body: bytes) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """The app's answer to ``request`` with ``body``: status, headers and the whole body."""
        url = request.url
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "headers": [(k.lower(), v) for k, v in request.headers.raw],
            "scheme": url.scheme,
            "path": url.path,
            "raw_path": url.raw_path.split(b"?")[0],
            "query_string": url.query,
            "server": (url.host, url.port),
            "client": self.client,
            "root_path": "",
            "extensions": {},
        }
        sent = False
        done = asyncio.Event()
        status = 500
        headers: list[tuple[bytes, bytes]] = []
        parts: list[bytes] = []

        async def receive() -> dict[str, t.Any]:
            nonlocal sent
            if sent:  # a streaming response listens for a disconnect: it comes once the body is out
                await done.wait()
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: t.MutableMapping[str, t.Any]) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                if request.method != "HEAD":
                    parts.append(message.get("body", b""))
                if not message.get("more_body"):
                    done.set()

        try:
            await self.app(scope, receive, send)
        finally:
            done.set()
        return status, headers, b"".join(parts)
