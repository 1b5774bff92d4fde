"""``campfire-mock serve`` as a process: slow or idle connections time out, the connection count is
bounded, and SIGTERM shuts down cleanly (exit 0, state closed)."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import httpx

from .live import BODY, HEADERS, LiveServer, state_args


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    sock.settimeout(seconds)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def test_a_connection_whose_headers_never_finish_is_closed() -> None:
    """Idle sockets and half-sent headers are closed after ``--header-timeout``; other clients are served."""
    with LiveServer("--header-timeout", "0.5") as server:
        idle = socket.create_connection(("127.0.0.1", server.port))
        partial = socket.create_connection(("127.0.0.1", server.port))
        partial.sendall(b"GET /coa/api/v1/invoice/ HTTP/1.1\r\nHost: x\r\n")
        started = time.monotonic()
        assert _closed_within(idle, 5) and _closed_within(partial, 5)
        assert time.monotonic() - started < 4
        assert httpx.get(f"{server.url}/__campfire_mock__/health").status_code == 200
        idle.close()
        partial.close()


def test_a_body_that_stalls_is_a_408_and_changes_nothing() -> None:
    """A POST that sends half its body and stops is answered 408 after ``--body-timeout``, and not run."""
    with LiveServer("--body-timeout", "0.5") as server:
        before = httpx.get(f"{server.url}/coa/api/v1/invoice/", headers=HEADERS).json()["count"]
        sock = socket.create_connection(("127.0.0.1", server.port))
        sock.sendall(
            b"POST /coa/api/v1/invoice/ HTTP/1.1\r\nHost: x\r\nAuthorization: Token live\r\n"
            b'Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{"invoice_date"'
        )
        sock.settimeout(5)
        answer = b""
        while b"seconds." not in answer and (chunk := sock.recv(4096)):
            answer += chunk
        sock.close()
        assert answer.startswith(b"HTTP/1.1 408 ")
        assert json.loads(answer.split(b"\r\n\r\n", 1)[1]) == {
            "detail": "The request body did not arrive within 0.5 seconds."
        }
        assert httpx.get(f"{server.url}/coa/api/v1/invoice/", headers=HEADERS).json()["count"] == before


def test_connections_beyond_the_limit_are_a_503() -> None:
    """With ``--max-connections 4``, a request on a fifth connection is answered 503 at once."""
    with LiveServer("--max-connections", "4", "--header-timeout", "30") as server:
        held = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(4)]
        time.sleep(0.2)
        answer = httpx.get(f"{server.url}/__campfire_mock__/health")
        assert answer.status_code == 503
        for sock in held:
            sock.close()


def test_sigterm_closes_the_store_and_exits_0(tmp_path: Path) -> None:
    """SIGTERM finishes the server cleanly: exit status 0, and the acknowledged write is in the state file."""
    server = LiveServer(*state_args(tmp_path / "state.db")).start()
    created = httpx.post(f"{server.url}/coa/api/v1/invoice/", json=BODY, headers=HEADERS)
    assert created.status_code == 201
    assert server.process is not None
    server.process.terminate()
    assert server.process.wait(15) == 0
    with LiveServer(*state_args(tmp_path / "state.db")) as again:
        assert httpx.get(f"{again.url}/coa/api/v1/invoice/{created.json()['id']}/", headers=HEADERS).status_code == 200
