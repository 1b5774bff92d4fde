"""pytest fixtures for testing code that talks to Campfire (registered under ``pytest11``).

Nothing happens unless a test asks for a fixture:

* ``campfire_mock``: a ``MockControl`` on a fresh workspace of an in-process mock
  (reset, seed, snapshot, restore, set_time, advance, requests), with ``.token``;
* ``campfire_client``: a ``campfire_sdk.Campfire`` wired to that workspace, no socket;
* ``campfire_server``: a real ``campfire-mock serve`` on a loopback port (a free one, or
  ``campfire_server_port``), with the same ``campfire_mock_options``, for clients in other
  languages (``.url``; use your own token per test).

The app is built once per session and each test gets its own workspace (its own token),
so tests never see each other's data. Override ``campfire_mock_options`` (a dict of
``create_app`` arguments, e.g. ``{"seed": "none"}``) to change the mock.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import typing as t
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

if t.TYPE_CHECKING:
    from .testing import MockControl

BASE_URL = "http://campfire-mock.test"


@pytest.fixture(scope="session")
def campfire_mock_options() -> dict[str, t.Any]:
    """Arguments for ``create_app``; override this fixture to change them."""
    return {"seed": "demo"}


@pytest.fixture(scope="session")
def campfire_mock_app(campfire_mock_options: dict[str, t.Any]) -> t.Any:
    """The in-process mock app, built once per session."""
    from .app import create_app

    return create_app(**campfire_mock_options)


@pytest.fixture(scope="session")
def _campfire_http(campfire_mock_app: t.Any) -> t.Iterator[httpx.Client]:
    from starlette.testclient import TestClient

    with TestClient(campfire_mock_app, base_url=BASE_URL) as client:
        yield client


@pytest.fixture
def campfire_mock(_campfire_http: httpx.Client) -> MockControl:
    """Control of a fresh workspace, seeded as the options say."""
    from .testing import MockControl

    control = MockControl(_campfire_http, f"test-{uuid.uuid4().hex[:12]}")
    control.reset()
    return control


@pytest.fixture
def campfire_client(campfire_mock: MockControl, _campfire_http: httpx.Client) -> t.Any:
    """A ``campfire_sdk.Campfire`` on the test's workspace."""
    from campfire_sdk import Campfire

    return Campfire(api_key=campfire_mock.token, base_url=BASE_URL, http_client=_campfire_http)


@dataclass
class LiveMock:
    url: str
    process: subprocess.Popen[bytes]

    def control(self, token: str) -> MockControl:
        from .testing import MockControl

        return MockControl(httpx.Client(base_url=self.url), token)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def campfire_server_port() -> int:
    """The loopback port of ``campfire_server``; 0 (the default) takes a free one. Override to fix it."""
    return 0


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
def campfire_server(
    campfire_mock_options: dict[str, t.Any], campfire_server_port: int, tmp_path_factory: pytest.TempPathFactory
) -> t.Iterator[LiveMock]:
    """``campfire-mock serve`` on 127.0.0.1, with ``campfire_mock_options``, for the whole session."""
    port = campfire_server_port or _free_port()
    args = serve_arguments(campfire_mock_options, tmp_path_factory.mktemp("campfire-server"))
    cmd = [sys.executable, "-m", "campfire_mock", "serve", "--host", "127.0.0.1", "--port", str(port), *args]
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{url}/__campfire_mock__/health", timeout=1)
            break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("campfire-mock did not start") from None
            time.sleep(0.1)
    try:
        yield LiveMock(url=url, process=process)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
