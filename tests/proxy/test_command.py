"""``campfire-mock proxy`` as a process: the shutdown report, the recording, and flags it refuses."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from campfire_mock.cli import main
from tests.mock.live import LiveServer, free_port

from .conftest import HEADERS, INVOICE, TOKEN


def _start_proxy(*args: str) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    cmd = [sys.executable, "-m", "campfire_mock", "proxy", "--port", str(port), *args]
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/__campfire_mock__/proxy/report", timeout=1)
            return process, url
        except httpx.TransportError:
            if process.poll() is not None:
                raise RuntimeError(process.communicate()[0]) from None
            time.sleep(0.1)
    process.kill()
    raise TimeoutError("the proxy did not start")


def test_sigterm_prints_the_drift_and_writes_a_recording_serve_loads(tmp_path: Path) -> None:
    """At SIGTERM the proxy prints drift per operation and its summary, and writes a seed ``serve --seed`` replays."""
    recording = tmp_path / "campfire.json"
    with LiveServer() as upstream:
        process, url = _start_proxy("--upstream", upstream.url, "--record", str(recording))
        try:
            with httpx.Client(base_url=url, headers=HEADERS, timeout=30) as client:
                invoice_id = client.post("/coa/api/v1/invoice/", json=INVOICE).json()["id"]
                client.get("/coa/api/v1/invoice/?limit=abc")
                seen = {
                    path: client.get(path).json()
                    for path in (f"/coa/api/v1/invoice/{invoice_id}/", "/coa/api/vendor", "/coa/api/v1/invoice/47864/")
                }
        finally:
            process.send_signal(signal.SIGTERM)
            output = process.communicate(timeout=20)[0]
    # uvicorn hands the signal back to the process once it has shut down.
    assert process.returncode in (0, -signal.SIGTERM)
    lines = output.splitlines()
    assert lines[-1] == f"proxy: recording written to {recording} (serve it with --seed {recording})"
    assert lines[-2] == "proxy: 5 requests, 1 violations"
    assert "  coa_api_v1_invoice_list: 1 requests, 1 violations" in lines
    assert "    request query parameter limit: A valid integer is required. (x1)" in lines
    assert TOKEN not in output
    with LiveServer("--seed", str(recording)) as replay:
        for path, body in seen.items():
            assert httpx.get(replay.url + path, headers=HEADERS).json() == body, path


def test_redact_without_record_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """``--redact`` without ``--record`` stops the proxy before it listens, with a one-line reason."""
    code = main(["proxy", "--upstream", "http://127.0.0.1:9", "--redact"])
    assert code == 2
    assert capsys.readouterr().err == (
        "campfire-mock: error: --redact applies to a recording: give --record PATH too\n"
    )


def test_an_upstream_that_is_not_a_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """An ``--upstream`` that is not an http(s) URL stops the proxy with a message saying what to give."""
    code = main(["proxy", "--upstream", "api.meetcampfire.com"])
    assert code == 2
    assert "give an http(s) URL" in capsys.readouterr().err
