"""Use the mock from your own tests.

* ``intercept()`` routes every httpx request to ``https://api.meetcampfire.com`` made
  anywhere in the code under test to an in-memory mock, the way moto does for AWS: the
  app's own ``Campfire()`` client (or raw httpx calls) need no change.
* ``MockControl`` drives one workspace of a mock: reset, seed, snapshot, restore, clock, and
  (in-process) the webhook deliveries it made.

Both need the ``testing`` extra (respx).
"""

from __future__ import annotations

import contextlib
import json
import typing as t
from datetime import date, datetime

import httpx

if t.TYPE_CHECKING:
    from .domain.workspace import Seed

__all__ = ["Intercept", "MockControl", "intercept"]

DEFAULT_BASE_URL = "https://api.meetcampfire.com"
ADMIN = "/__campfire_mock__"


class MockControl:
    """The control API of one workspace (one token), over any ``httpx.Client``."""

    def __init__(self, http: httpx.Client, token: str, app: t.Any = None) -> None:
        self.http = http
        self.token = token
        self.headers = {"Authorization": f"Token {token}"}
        #: The in-process mock app, if there is one (``webhook_deliveries`` needs it).
        self.app = app

    def _call(self, method: str, path: str, json: t.Any = None) -> t.Any:
        response = self.http.request(method, f"{ADMIN}{path}", json=json, headers=self.headers)
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
        return t.cast(list[dict[str, t.Any]], self._call("GET", "/requests?limit=10000")["results"])

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
                "body": json.loads(a.delivery.body),
            }
            for a in hooks.deliverer.made(self.token)
        ]


class Intercept(contextlib.ContextDecorator):
    """Serve ``base_url`` from an in-memory mock while active (context manager or decorator)."""

    def __init__(
        self, *, base_url: str = DEFAULT_BASE_URL, seed: str | Seed | None = "demo", app: t.Any = None
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.seed = seed
        self._app = app
        self._router: t.Any = None
        self._client: t.Any = None

    @property
    def app(self) -> t.Any:
        if self._app is None:
            from .app import create_app

            self._app = create_app(seed=self.seed)
        return self._app

    def control(self, token: str) -> MockControl:
        """Control the workspace of ``token`` (the key your code under test uses)."""
        assert self._client is not None, "use control() while the intercept is active"
        return MockControl(self._client, token, self.app)

    def __enter__(self) -> Intercept:
        import respx
        from starlette.testclient import TestClient

        self._client = TestClient(self.app, base_url=self.base_url)
        transport = self._client._transport

        def forward(request: httpx.Request) -> httpx.Response:
            response = transport.handle_request(request)
            response.read()
            return httpx.Response(response.status_code, headers=response.headers, content=response.content)

        self._router = respx.mock(assert_all_called=False, assert_all_mocked=False)
        self._router.route(url__startswith=self.base_url).mock(side_effect=forward)
        self._router.route().pass_through()
        self._router.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._router.__exit__(*exc)
        self._client.close()
        self._router = self._client = None


def intercept(*, base_url: str = DEFAULT_BASE_URL, seed: str | Seed | None = "demo", app: t.Any = None) -> Intercept:
    """Route httpx traffic for ``base_url`` to an in-memory mock.

    ::

        with campfire_mock.intercept() as mock:
            Campfire(api_key="test").invoices.retrieve(47864)   # answered by the mock
            mock.control("test").set_time("2026-03-01")
    """
    return Intercept(base_url=base_url, seed=seed, app=app)
