"""``campfire-mock serve`` refuses what it cannot start with: one clear line on stderr, exit code 2."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .live import LiveServer, free_port


def serve(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "campfire_mock", "serve", "--port", str(free_port()), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=cwd)


CASES = {
    "missing seed": (
        ("--seed", "demo.jsn"),
        "--seed demo.jsn: no such file (give demo, none, or a path to a seed JSON file)",
    ),
    "seed not JSON": (
        ("--seed", "notes.txt"),
        "--seed notes.txt: not a JSON seed file: Expecting value: line 1 column 1",
    ),
    "foreign seed": (
        ("--seed", "other.json"),
        "--seed other.json: not a campfire-mock seed: format 'something-else/1' is neither campfire-mock-seed/1 nor",
    ),
    "bad TOML": (("--tokens", "bad.toml"), "--tokens bad.toml: Expected '=' after a key in a key/value pair"),
    "bad role": (("--tokens", "role.toml"), "role 'boss' of token 'k' is not one of admin, clerk, view_only"),
    "missing tokens": (("--tokens", "none.toml"), "--tokens none.toml: no such file"),
    "missing spec": (("--spec", "spec.yaml"), "--spec spec.yaml: no such file"),
    "state dir missing": (("--state-file", "gone/state.db"), "state file gone/state.db: directory gone does not exist"),
    "state not ours": (
        ("--state-file", "notes.txt"),
        "notes.txt is not a campfire-mock state file (not an SQLite database)",
    ),
    "state is a dir": (("--state-file", "."), "state file . is a directory"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_start_up_is_one_line_and_exit_2(tmp_path: Path, case: str) -> None:
    """No traceback: the first line says which flag is wrong and why."""
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "other.json").write_text('{"format": "something-else/1"}')
    (tmp_path / "bad.toml").write_text("not [toml")
    (tmp_path / "role.toml").write_text('[tokens]\nk = "boss"\n')
    args, message = CASES[case]
    result = serve(*args, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("campfire-mock: error: ")
    assert message in lines[0]
    assert "listening" not in result.stdout


def test_port_in_use_is_reported_before_listening(tmp_path: Path) -> None:
    """A taken port is an error line, and "listening" is never printed."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        cmd = [sys.executable, "-m", "campfire_mock", "serve", "--port", str(port)]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"campfire-mock: error: cannot listen on 127.0.0.1:{port}: Address already in use"
    assert "listening" not in result.stdout


def test_good_start_up_prints_listening_once_bound(tmp_path: Path) -> None:
    """With good flags the server answers as soon as it has said it listens."""
    with LiveServer("--seed", "none", "--state-file", str(tmp_path / "state.db")) as server:
        assert server.process is not None and server.process.poll() is None


def test_environment_variables_set_flags_and_logs_can_be_json(tmp_path: Path) -> None:
    """``CAMPFIRE_MOCK_<FLAG>`` configures ``serve`` (as in a container); ``--log-format json`` gives one
    JSON object per line, request lines with their fields and request id."""
    port = free_port()
    env = {
        **os.environ,
        "CAMPFIRE_MOCK_SEED": "none",
        "CAMPFIRE_MOCK_PORT": str(port),
        "CAMPFIRE_MOCK_LOG_FORMAT": "json",
    }
    cmd = [sys.executable, "-m", "campfire_mock", "serve"]
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(
                    f"http://127.0.0.1:{port}/coa/api/v1/invoice/",
                    headers={"Authorization": "Token env", "X-Request-Id": "probe-1"},
                    timeout=2,
                )
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "campfire-mock did not start"
                time.sleep(0.2)
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=30)
    assert answer.json()["count"] == 0  # seed "none"
    assert answer.headers["x-request-id"] == "probe-1"
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert lines[0]["url"] == f"http://127.0.0.1:{port}"
    request = next(line for line in lines if line.get("request_id") == "probe-1")
    assert (request["method"], request["path"], request["status"]) == ("GET", "/coa/api/v1/invoice/", 200)
