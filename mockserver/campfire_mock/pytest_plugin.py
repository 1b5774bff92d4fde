"""pytest fixtures for testing code that talks to Campfire (registered under ``pytest11``).

Nothing happens unless a test asks for a fixture:

* ``campfire_mock``: a ``MockControl`` on a fresh workspace of an in-process mock
  (reset, seed, snapshot, restore, set_time, advance, calls, assert_called, stub), with ``.token``;
* ``campfire_client``: a ``campfire_sdk.Campfire`` wired to that workspace, no socket;
* ``campfire_server``: a real ``campfire-mock serve`` on a loopback port (a free one, or
  ``campfire_server_port``), with the same ``campfire_mock_options``, for clients in other
  languages (``.url``; use your own token per test);
* ``campfire_webhook_receiver``: a loopback receiver for the webhooks a live server delivers
  (``.url``, ``wait(count, topic=...)``, ``verified(secret)``).

The app (and a live server) is built once per process for each set of options and each test gets its
own workspace (its own token), so tests never see each other's data; requests reach it without a
socket or a thread. Override ``campfire_mock_options`` (a dict of ``create_app`` arguments, e.g.
``{"seed": "none"}``) in a ``conftest.py``, a module or a class to change the mock for its tests.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import typing as t
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from .mcp.fixtures import campfire_mcp, campfire_mcp_tool_set  # noqa: F401  (the MCP client fixtures)

if t.TYPE_CHECKING:
    from .receiver import WebhookReceiver
    from .testing import MockControl

BASE_URL = "http://campfire-mock.test"


@pytest.fixture
def campfire_mock_options() -> dict[str, t.Any]:
    """Arguments for ``create_app``; override this fixture (in a ``conftest.py``, a test module or a class)
    to change them for the tests it covers."""
    return {"seed": "demo"}


@pytest.fixture
def campfire_mock_app(campfire_mock_options: dict[str, t.Any]) -> t.Any:
    """The in-process mock app: built once per process for each set of options."""
    from .inprocess import shared_app

    return shared_app(campfire_mock_options)


@pytest.fixture(scope="session")
def _campfire_http_clients() -> t.Iterator[dict[int, httpx.Client]]:
    """One in-process HTTP client per app, kept for the session and closed at its end."""
    clients: dict[int, httpx.Client] = {}
    yield clients
    for client in clients.values():
        client.close()


@pytest.fixture
def _campfire_http(campfire_mock_app: t.Any, _campfire_http_clients: dict[int, httpx.Client]) -> httpx.Client:
    from .inprocess import AppTransport

    client = _campfire_http_clients.get(id(campfire_mock_app))
    if client is None:
        client = httpx.Client(transport=AppTransport(campfire_mock_app), base_url=BASE_URL)
        _campfire_http_clients[id(campfire_mock_app)] = client
    return client


@pytest.fixture
def campfire_mock(_campfire_http: httpx.Client, campfire_mock_app: t.Any) -> t.Iterator[MockControl]:
    """Control of a fresh workspace, seeded as the options say (its own token, dropped afterwards)."""
    from .testing import MockControl

    token = f"test-{uuid.uuid4().hex[:12]}"
    yield MockControl(_campfire_http, token)
    with campfire_mock_app.store.lock:
        campfire_mock_app.store.workspaces.pop(token, None)


@pytest.fixture
def campfire_client(campfire_mock: MockControl, _campfire_http: httpx.Client) -> t.Any:
    """A ``campfire_sdk.Campfire`` on the test's workspace."""
    from campfire_sdk import Campfire

    return Campfire(api_key=campfire_mock.token, base_url=BASE_URL, http_client=_campfire_http)


@dataclass
class LiveMock:
    """A ``campfire-mock serve`` process: its ``url``, and a control per token."""

    url: str
    process: subprocess.Popen[bytes]
    port: int = 0
    _clients: list[httpx.Client] = field(default_factory=list)

    def control(self, token: str) -> MockControl:
        """Control the workspace of ``token`` (its HTTP client is closed with the server)."""
        from .testing import MockControl

        client = httpx.Client(base_url=self.url)
        self._clients.append(client)
        return MockControl(client, token)

    def close(self) -> None:
        while self._clients:
            self._clients.pop().close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def campfire_server_port() -> int:
    """The loopback port of ``campfire_server``; 0 (the default) takes a free one. Override to fix it."""
    return 0


@pytest.fixture
def campfire_webhook_receiver() -> t.Iterator[WebhookReceiver]:
    """A webhook receiver on a free loopback port (``url``), for a live ``campfire_server``: subscribe
    its ``url``, then ``wait(count, topic=...)`` for deliveries and ``verified(secret)`` their signatures."""
    from .receiver import WebhookReceiver

    with WebhookReceiver() as receiver:
        yield receiver


#: ``create_app`` arguments ``campfire_server`` passes on to ``campfire-mock serve``.
SERVE_OPTIONS = frozenset({"seed", "tokens", "state_file", "spec", "validate_responses", "max_body_bytes"})


def serve_arguments(options: dict[str, t.Any], scratch: Path) -> list[str]:
    """``campfire-mock serve`` flags for ``campfire_mock_options`` (seed documents and tokens go to files)."""
    unknown = set(options) - SERVE_OPTIONS
    if unknown:
        raise pytest.UsageError(f"campfire_server cannot pass {sorted(unknown)} to campfire-mock serve")
    seed = options.get("seed", "demo")
    if isinstance(seed, dict):
        (scratch / "seed.json").write_text(json.dumps(seed), encoding="utf-8")
        seed = scratch / "seed.json"
    args = ["--seed", "none" if seed is None else str(seed)]
    if options.get("tokens"):
        toml = "[tokens]\n" + "".join(f"{json.dumps(k)} = {json.dumps(v)}\n" for k, v in options["tokens"].items())
        (scratch / "tokens.toml").write_text(toml, encoding="utf-8")
        args += ["--tokens", str(scratch / "tokens.toml")]
    for name in ("state_file", "spec", "max_body_bytes"):
        if options.get(name) is not None:
            args += [f"--{name.replace('_', '-')}", str(options[name])]
    if options.get("validate_responses") is False:
        args.append("--no-validate-responses")
    return args


@pytest.fixture(scope="session")
def _campfire_servers(tmp_path_factory: pytest.TempPathFactory) -> t.Iterator[dict[str, LiveMock]]:
    """The live servers of the session, one per set of options, stopped at its end."""
    servers: dict[str, LiveMock] = {}
    yield servers
    while servers:
        _stop(servers.popitem()[1])


#: Live servers kept at once (the most recently used): each set of options has its own process.
MAX_LIVE_SERVERS = 2


@pytest.fixture
def campfire_server(
    campfire_mock_options: dict[str, t.Any],
    campfire_server_port: int,
    _campfire_servers: dict[str, LiveMock],
    tmp_path_factory: pytest.TempPathFactory,
) -> LiveMock:
    """``campfire-mock serve`` on 127.0.0.1 with ``campfire_mock_options``: started on first use and kept
    for the session, one per set of options (the last two used; with a fixed ``campfire_server_port``, one)."""
    from .inprocess import options_key

    key = options_key(campfire_mock_options)
    live = _campfire_servers.pop(key, None)
    if live is not None and live.process.poll() is None:
        _campfire_servers[key] = live  # most recently used last
        return live
    if live is not None:  # it died: close what it holds before starting another
        _stop(live)
    keep = 1 if campfire_server_port else MAX_LIVE_SERVERS
    while len(_campfire_servers) >= keep:  # the port, or the machine, makes way: the oldest stops
        _stop(_campfire_servers.pop(next(iter(_campfire_servers))))
    port = campfire_server_port or _free_port()
    live = _campfire_servers[key] = _start(campfire_mock_options, port, tmp_path_factory)
    return live


def _start(options: dict[str, t.Any], port: int, tmp_path_factory: pytest.TempPathFactory) -> LiveMock:
    scratch = tmp_path_factory.mktemp("campfire-server")
    args = serve_arguments(options, scratch)
    cmd = [sys.executable, "-m", "campfire_mock", "serve", "--host", "127.0.0.1", "--port", str(port), *args]
    log_path = scratch / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with httpx.Client(timeout=1) as probe:
                probe.get(f"{url}/__campfire_mock__/health")
            break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise RuntimeError(_start_failure(cmd, process.returncode, log_path)) from None
            time.sleep(0.1)
    return LiveMock(url=url, process=process, port=port)


def _stop(live: LiveMock) -> None:
    live.close()
    live.process.terminate()
    try:
        live.process.wait(10)
    except subprocess.TimeoutExpired:
        live.process.kill()
        live.process.wait()


def _start_failure(cmd: list[str], code: int | None, log_path: Path, lines: int = 20) -> str:
    """Why ``campfire_server`` gave up: the command, its exit status and the server's last lines."""
    tail = log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    shown = "\n".join(f"  | {line}" for line in tail) or "  | (no output)"
    return f"campfire-mock did not start (exit status {code}): {' '.join(cmd[1:])}\nIts last lines:\n{shown}"
