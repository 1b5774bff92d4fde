"""Use the mock from your own tests.

* ``intercept()`` answers every request to ``https://api.meetcampfire.com`` made anywhere in the
  code under test from an in-process mock, the way moto does for AWS: httpx calls (the app's own
  ``Campfire()`` client, raw httpx) through respx, and ``requests`` calls through ``responses``.
  The app's code needs no change, and your own respx routes keep answering what they match.
* ``MockControl`` drives one workspace of a mock: reset, seed, snapshot, restore, clock, the calls
  it received (``calls``, ``assert_called``), one-off answers (``stub``) and, in-process, the webhook
  deliveries it made.

Both need the ``testing`` extra (respx, responses, requests).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import json as jsonlib
import os
import re
import threading
import typing as t
import unittest
from datetime import date, datetime
from urllib.parse import urlsplit

import httpx

from .inprocess import AppTransport, build_app, shared_app

if t.TYPE_CHECKING:
    from .domain.workspace import Seed

__all__ = ["AppTransport", "BlockedRequest", "Intercept", "MockControl", "intercept"]

DEFAULT_BASE_URL = "https://api.meetcampfire.com"
BASE_URL_ENV = "CAMPFIRE_BASE_URL"
#: How a ``campfire_sdk`` client's ``User-Agent`` starts.
SDK_USER_AGENT = "campfire-sdk-python/"
ADMIN = "/__campfire_mock__"
F = t.TypeVar("F", bound=t.Callable[..., t.Any])


class BlockedRequest(AssertionError):
    """A request left for a host other than the mock's while ``block_other_hosts`` was on."""


class MockControl:
    """The control API of one workspace (one token), over any ``httpx.Client``."""

    def __init__(self, http: httpx.Client, token: str, app: t.Any = None) -> None:
        self.http = http
        self.token = token
        self.headers = {"Authorization": f"Token {token}"}
        #: The in-process mock app, if there is one (``webhook_deliveries`` needs it).
        self.app = app

    def _call(self, method: str, path: str, json: t.Any = None, params: dict[str, t.Any] | None = None) -> t.Any:
        response = self.http.request(method, f"{ADMIN}{path}", json=json, params=params, headers=self.headers)
        if response.status_code == 400:
            raise ValueError(f"{method} {ADMIN}{path}: {response.text}")
        response.raise_for_status()
        return response.json() if response.content else None

    def reset(self) -> dict[str, t.Any]:
        """Back to the server's seed."""
        return t.cast(dict[str, t.Any], self._call("POST", "/reset"))

    def seed(self, seed: str | Seed) -> dict[str, t.Any]:
        """Replace the workspace with ``"demo"``, ``"none"`` or a seed document."""
        body = {"seed": seed} if isinstance(seed, str) else {"data": seed}
        return t.cast(dict[str, t.Any], self._call("POST", "/seed", body))

    def snapshot(self) -> dict[str, t.Any]:
        return t.cast(dict[str, t.Any], self._call("GET", "/snapshot"))

    def restore(self, snapshot: dict[str, t.Any]) -> None:
        self._call("POST", "/snapshot", snapshot)

    def set_time(self, moment: date | datetime | str) -> dict[str, t.Any]:
        """Freeze the workspace clock at ``moment``."""
        text = moment if isinstance(moment, str) else moment.isoformat()
        return t.cast(dict[str, t.Any], self._call("POST", "/clock", {"now": text}))

    def advance(self, *, days: int = 0, seconds: int = 0) -> dict[str, t.Any]:
        body = {"advance_days": days} if days else {"advance_seconds": seconds}
        return t.cast(dict[str, t.Any], self._call("POST", "/clock", body))

    def requests(self) -> list[dict[str, t.Any]]:
        """The calls this workspace received, oldest first."""
        return self.calls()

    def calls(self, operation_id: str | None = None, *, status: int | None = None) -> list[dict[str, t.Any]]:
        """The calls this workspace received (of ``operation_id``, answered ``status``), oldest first.

        Each is a request log entry: ``method``, ``path``, ``query``, ``operation_id``, ``status``,
        ``request_headers`` (``Authorization`` redacted), ``request_body`` (parsed JSON, or text)..."""
        params: dict[str, t.Any] = {"limit": 10000}
        if operation_id is not None:
            params["operation_id"] = operation_id
        if status is not None:
            params["status"] = status
        return t.cast(list[dict[str, t.Any]], self._call("GET", "/requests", params=params)["results"])

    def assert_called(
        self,
        operation_id: str,
        *,
        times: int | None = None,
        status: int | None = None,
        json: t.Any = None,
    ) -> list[dict[str, t.Any]]:
        """Fail with the calls seen unless ``operation_id`` was called (``times`` times, answered
        ``status``, with a JSON body containing ``json``); the matching calls otherwise."""
        seen = self.calls()
        matching = [
            call
            for call in seen
            if call.get("operation_id") == operation_id
            and (status is None or call["status"] == status)
            and (json is None or _contains(call.get("request_body"), json))
        ]
        if (times is None and not matching) or (times is not None and len(matching) != times):
            wanted = f"{operation_id} called {'at least once' if times is None else f'{times} time(s)'}"
            if status is not None:
                wanted += f", answered {status}"
            if json is not None:
                wanted += f", with a body containing {jsonlib.dumps(json)}"
            lines = [f"expected {wanted}; {len(matching)} matched. Calls seen ({len(seen)}):"]
            lines += [f"  {_describe(call)}" for call in seen[-20:]] or ["  (none)"]
            raise AssertionError("\n".join(lines))
        return matching

    def assert_not_called(self, operation_id: str) -> None:
        """Fail with the calls seen if ``operation_id`` was called."""
        self.assert_called(operation_id, times=0)

    def stub(
        self,
        operation_id: str,
        *,
        status: int,
        body: t.Any = None,
        headers: dict[str, str] | None = None,
        path: dict[str, t.Any] | None = None,
        query: dict[str, t.Any] | None = None,
        json: dict[str, t.Any] | None = None,
        times: int | None = None,
        validate: bool = True,
    ) -> dict[str, t.Any]:
        """Answer the next ``times`` calls of ``operation_id`` (``None``: every call) that match
        ``path`` parameters, ``query`` parameters and a ``json`` body subset with ``status`` and
        ``body`` instead of running them. The answer must be one the spec allows, unless
        ``validate=False``."""
        stub: dict[str, t.Any] = {"operation_id": operation_id, "status": status, "validate": validate}
        if body is not None:
            stub["body"] = body
        if headers:
            stub["headers"] = headers
        match = {k: v for k, v in (("path", path), ("query", query), ("json", json)) if v is not None}
        if match:
            stub["match"] = {k: ({n: str(x) for n, x in v.items()} if k != "json" else v) for k, v in match.items()}
        if times is not None:
            stub["times"] = times
        return t.cast(dict[str, t.Any], self._call("POST", "/stubs", stub))

    def stubs(self) -> list[dict[str, t.Any]]:
        """The stubs still waiting to answer, oldest first."""
        return t.cast(list[dict[str, t.Any]], self._call("GET", "/stubs")["results"])

    def clear_stubs(self) -> None:
        self._call("DELETE", "/stubs")

    def webhook_deliveries(self, *, timeout: float = 10.0) -> list[dict[str, t.Any]]:
        """Every webhook delivery attempt this workspace made, oldest first, once none is pending
        (waiting up to ``timeout`` seconds): ``event_id``, ``topic``, ``webhook``, ``url``, ``attempt``,
        ``status`` (delivered / retrying / failed / blocked), ``http`` and the delivered ``body``.
        In-process mocks only (``intercept().control(...)``)."""
        hooks = getattr(self.app, "webhooks", None)
        if hooks is None:
            raise RuntimeError("webhook_deliveries() needs the in-process mock (intercept().control(token))")
        hooks.deliverer.idle(timeout)
        return [
            {
                "event_id": a.delivery.event_id,
                "topic": a.delivery.topic,
                "webhook": a.delivery.webhook_id,
                "url": a.delivery.url,
                "attempt": a.number,
                "status": a.status,
                "http": dict(a.http),
                "body": jsonlib.loads(a.delivery.body),
            }
            for a in hooks.deliverer.made(self.token)
        ]


def _contains(actual: t.Any, expected: t.Any) -> bool:
    """Whether ``expected`` is a subset of ``actual`` (dicts by key, everything else equal)."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and _contains(actual[k], v) for k, v in expected.items())
    return bool(actual == expected)


def _describe(call: dict[str, t.Any]) -> str:
    query = f"?{call['query']}" if call.get("query") else ""
    body = call.get("request_body")
    shown = "" if body in (None, "") else f" body={jsonlib.dumps(body)[:200]}"
    return f"{call['method']} {call['path']}{query} -> {call['status']} ({call.get('operation_id')}){shown}"


class Intercept(contextlib.ContextDecorator):
    """Serve Campfire's API from an in-memory mock while active (context manager or decorator).

    What is answered in-process: every request of a ``campfire_sdk`` client (its ``User-Agent`` says
    so), whatever its base URL, and every httpx or ``requests`` call to ``base_url``
    (``https://api.meetcampfire.com`` by default) or to ``CAMPFIRE_BASE_URL`` if that is set when the
    intercept is entered. Nothing meant for Campfire reaches the network.

    The mock app is built once per process for each ``seed`` (or given as ``app``); each time the
    intercept is entered its workspaces start afresh from the seed."""

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        seed: str | Seed | None = "demo",
        app: t.Any = None,
        block_other_hosts: bool = False,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.seed = seed
        self.block_other_hosts = block_other_hosts
        self._app = app
        self._active: t.Any = None
        self._router: t.Any = None
        self._responses: t.Any = None
        self._client: httpx.Client | None = None
        self._transport: AppTransport | None = None
        #: The base URLs answered while active (``base_url``, and ``CAMPFIRE_BASE_URL`` if set).
        self.base_urls: tuple[str, ...] = ()

    @property
    def app(self) -> t.Any:
        """The app answering while the intercept is active (the process's shared one by default)."""
        if self._active is not None:
            return self._active
        return self._app if self._app is not None else shared_app({"seed": self.seed}, purpose="intercept")

    def control(self, token: str) -> MockControl:
        """Control the workspace of ``token`` (the key your code under test uses)."""
        assert self._transport is not None, "use control() while the intercept is active"
        if self._client is None:
            self._client = httpx.Client(transport=self._transport, base_url=self.base_url, trust_env=False)
        return MockControl(self._client, token, self.app)

    def _acquire(self) -> t.Any:
        if self._app is not None:
            return self._app
        app = shared_app({"seed": self.seed}, purpose="intercept")
        if getattr(app, "kit_in_use", False):  # nested intercepts: the inner one gets an app of its own
            app = build_app({"seed": self.seed})
        app.kit_in_use = True
        app.store.reset()
        return app

    def __enter__(self) -> Intercept:
        app = self._active = self._acquire()
        transport = self._transport = AppTransport(app)
        self.base_urls = _served_base_urls(self.base_url)
        served = _BaseUrls(self.base_urls)

        def route(request: httpx.Request) -> httpx.Response | httpx.Request | None:
            if not (served.match(str(request.url)) or _from_sdk(request.headers)):
                return elsewhere(request)
            if _claimed_elsewhere(router, request):
                return None  # a route of the user's own matches it: theirs answers
            return transport.handle_request(request)

        def elsewhere(request: httpx.Request) -> httpx.Request | None:
            if any(not getattr(r, "campfire_intercept", False) for r in router.Mocker.routers):
                return None  # the user's own respx routers decide (respx tries them next)
            if self.block_other_hosts:
                raise BlockedRequest(
                    f"campfire_mock.intercept(block_other_hosts=True) blocked {request.method} {request.url}"
                )
            return request  # pass through to the network

        router = self._router = _idle_router()
        router.campfire_route = route
        router.__enter__()
        # Tried first, so an intercept entered inside another (or inside the user's respx.mock) answers.
        router.Mocker.routers.remove(router)
        router.Mocker.routers.insert(0, router)
        try:
            self._responses = _requests_mock(served, transport, self.block_other_hosts)
        except BaseException:
            router.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self._responses is not None:
                self._responses.stop()
                self._responses.reset()
        finally:
            self._router.__exit__(*exc)
            self._router.campfire_route = None
            with _ROUTERS_LOCK:
                _ROUTERS.append(self._router)
            if self._client is not None:
                self._client.close()
            app = self._active
            if app is not None and self._app is None:
                app.kit_in_use = False
                app.store.reset()
            self._router = self._client = self._responses = self._active = self._transport = None

    def __call__(self, func: F) -> F:
        """Decorate a test function, or every ``test*`` method of a ``unittest.TestCase`` class."""
        if inspect.isclass(func):
            if not issubclass(func, unittest.TestCase):
                raise TypeError("intercept() decorates functions and unittest.TestCase classes")
            for name, method in list(vars(func).items()):
                if name.startswith("test") and callable(method):
                    setattr(func, name, self._fresh()(method))
            return func
        if inspect.iscoroutinefunction(func):

            @functools.wraps(func)
            async def run_async(*args: t.Any, **kwargs: t.Any) -> t.Any:
                with self._fresh():
                    return await func(*args, **kwargs)

            return t.cast(F, run_async)
        return super().__call__(func)

    def _fresh(self) -> Intercept:
        return Intercept(
            base_url=self.base_url, seed=self.seed, app=self._app, block_other_hosts=self.block_other_hosts
        )

    def _recreate_cm(self) -> Intercept:
        return self._fresh()


#: respx routers of intercepts that ended, for the next ones (making one and its route costs ~0.3 ms).
_ROUTERS: list[t.Any] = []
_ROUTERS_LOCK = threading.Lock()


def _idle_router() -> t.Any:
    """A stopped respx router whose one route (respx keeps one per pattern) calls its ``campfire_route``."""
    with _ROUTERS_LOCK:
        if _ROUTERS:
            return _ROUTERS.pop()
    import respx

    router: t.Any = respx.mock(assert_all_called=False, assert_all_mocked=True)
    router.campfire_intercept = True
    router.route().mock(side_effect=lambda request: router.campfire_route(request))
    return router


def _served_base_urls(base_url: str) -> tuple[str, ...]:
    """``base_url``, and ``CAMPFIRE_BASE_URL`` when it is set and differs (what the SDK would call)."""
    from_env = os.environ.get(BASE_URL_ENV, "").strip().rstrip("/")
    return tuple(dict.fromkeys(u for u in (base_url, from_env) if u))


class _BaseUrls:
    """Whether a URL is under one of the served base URLs (scheme, host, port and path prefix)."""

    def __init__(self, base_urls: tuple[str, ...]) -> None:
        alternatives = "|".join(re.escape(u) for u in sorted(base_urls, key=len, reverse=True))
        self.pattern = re.compile(rf"^(?:{alternatives})(?:[/?#].*)?$", re.IGNORECASE)

    def match(self, url: str) -> bool:
        return self.pattern.match(_default_port_dropped(url)) is not None


def _default_port_dropped(url: str) -> str:
    parts = urlsplit(url)
    if parts.port is not None and (parts.scheme, parts.port) in (("https", 443), ("http", 80)):
        return url.replace(f":{parts.port}", "", 1)
    return url


def _from_sdk(headers: t.Mapping[str, str]) -> bool:
    """Whether a request was sent by a ``campfire_sdk`` client (its ``User-Agent``)."""
    return str(headers.get("user-agent", "")).startswith(SDK_USER_AGENT)


def _claimed_elsewhere(router: t.Any, request: httpx.Request) -> bool:
    """Whether a respx route of the user's (one with a pattern) matches ``request``."""
    for other in router.Mocker.routers:
        if other is router or getattr(other, "campfire_intercept", False):
            continue
        if any(route.pattern is not None and route.pattern.match(request) for route in other.routes):
            return True
    return False


def _requests_mock(served: _BaseUrls, transport: AppTransport, block: bool) -> t.Any:
    """Answer ``requests`` calls to the served base URLs from ``transport`` (a started ``responses`` mock).

    One callback per HTTP method, on one pattern: ``responses`` pops (answers once) a registered
    response when two match the same request, so nothing else is registered where it may overlap."""
    try:
        import requests.adapters
        import responses
    except ImportError:  # an app without requests has no requests calls to answer
        return None

    def answer(request: t.Any) -> tuple[int, dict[str, str], bytes]:
        if not served.match(request.url):
            raise BlockedRequest(
                f"campfire_mock.intercept(block_other_hosts=True) blocked {request.method} {request.url}"
            )
        proxied = httpx.Request(request.method, request.url, headers=dict(request.headers), content=_sent(request))
        response = transport.handle_request(proxied)
        answer_body = response.read()
        # ``responses`` looks for "Content-Type" spelled so; under any other spelling it joins its own to it.
        headers = {
            ("Content-Type" if k == "content-type" else k): v
            for k, v in response.headers.items()
            if k != "content-length"
        }
        return response.status_code, headers, answer_body

    # Unmatched calls go on to whatever ``requests`` sent through before (a mock of the user's, or the network).
    mock = responses.RequestsMock(
        assert_all_requests_are_fired=False,
        real_adapter_send=t.cast(t.Any, requests.adapters.HTTPAdapter.send),
    )
    pattern = re.compile(".*") if block else served.pattern
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"):
        mock.add_callback(method, pattern, callback=answer, content_type=None)
    if not block:
        mock.add_passthru(re.compile(".*"))
    mock.start()
    return mock


def _sent(request: t.Any) -> bytes:
    """The body of a ``requests`` ``PreparedRequest`` as bytes."""
    body = request.body
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes):
        return body
    if hasattr(body, "read"):
        return t.cast(bytes, body.read())
    return b"".join(c.encode() if isinstance(c, str) else c for c in body)  # an iterable of chunks


def intercept(
    *,
    base_url: str = DEFAULT_BASE_URL,
    seed: str | Seed | None = "demo",
    app: t.Any = None,
    block_other_hosts: bool = False,
) -> Intercept:
    """Answer Campfire's API from an in-memory mock: the SDK's calls, and httpx and ``requests`` calls
    to ``base_url`` (and to ``CAMPFIRE_BASE_URL`` when it is set).

    Example::

        import campfire_mock
        import requests
        from campfire_sdk import Campfire

        with campfire_mock.intercept() as mock:
            assert Campfire(api_key="test").invoices.retrieve(47864).client_name == "Apple"
            page = requests.get(
                "https://api.meetcampfire.com/coa/api/v1/invoice/",
                params={"limit": 2},
                headers={"Authorization": "Token test"},
            ).json()
            assert len(page["results"]) == 2
            mock.control("test").assert_called("coa_api_v1_invoice_retrieve", times=1)

    ``block_other_hosts=True`` fails any request to another host (``BlockedRequest``) instead of
    letting it out; your own respx routes still answer what they match.
    """
    return Intercept(base_url=base_url, seed=seed, app=app, block_other_hosts=block_other_hosts)
