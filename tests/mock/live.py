"""Run ``campfire-mock serve`` as a real process on a free loopback port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import typing as t
from pathlib import Path

import httpx

#: A token and an invoice body the live-server tests share.
HEADERS = {"Authorization": "Token live"}
BODY = {
    "invoice_date": "2026-01-10",
    "due_date": "2026-02-09",
    "entity": 54,
    "client": 42,
    "lines": [{"product": 3, "quantity": 1, "rate": 100}],
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """A mock server process; ``url`` is its base URL."""

    def __init__(self, *args: str, port: int | None = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.args = args
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 20.0) -> LiveServer:
        cmd = [sys.executable, "-m", "campfire_mock", "serve", "--port", str(self.port), *self.args]
        self.process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/coa/api/v1/invoice/", timeout=1)
                return self
            except httpx.TransportError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"campfire-mock exited with {self.process.returncode}") from None
                time.sleep(0.1)
        self.kill()  # a server still starting must not outlive the error (nor warn in a later test)
        raise TimeoutError("campfire-mock did not start")

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks, no flushing."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc: t.Any) -> None:
        self.stop()


def state_args(path: Path) -> tuple[str, ...]:
    return ("--state-file", str(path))
