"""One webhook POST with a deadline for the whole attempt, and webhook URLs made safe to log.

``http.client``'s timeout bounds each socket read, so a receiver that drips a byte a second holds
a worker for as long as it likes. Here every step (connect, TLS handshake, sending the body,
reading the status line and headers) gets only what is left of one deadline, and the answer's
body is never read: a delivery needs only the status code.
"""

from __future__ import annotations

import functools
import socket
import ssl
import time
from urllib.parse import SplitResult, urlsplit, urlunsplit

#: Bytes of an answer's status line and headers read at most.
MAX_HEAD_BYTES = 65_536
#: Query parameters whose values are hidden in logged URLs.
_SECRET_PARAMS = ("key", "token", "secret", "password", "passwd", "auth", "signature", "sig")


class AttemptTimeout(TimeoutError):
    """The attempt took longer than its deadline."""


@functools.cache
def _tls() -> ssl.SSLContext:
    return ssl.create_default_context()


def _left(sock: socket.socket, deadline: float, timeout: float) -> None:
    left = deadline - time.monotonic()
    if left <= 0:
        raise AttemptTimeout(f"no answer within {timeout:g} s")
    sock.settimeout(left)


def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
    """POST ``body`` to ``url`` and return the answer's status code; the whole attempt takes at most
    ``timeout`` seconds (``AttemptTimeout``), a transport failure raises ``OSError``, an answer that is not
    HTTP ``ValueError``."""
    try:
        return _post(url, body, headers, timeout)
    except TimeoutError as exc:  # a socket's own timeout is what was left of the deadline
        raise AttemptTimeout(f"no answer within {timeout:g} s") from exc


def _post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
    deadline = time.monotonic() + timeout
    parts = urlsplit(url)
    host = parts.hostname or ""
    tls = parts.scheme == "https"
    sock = socket.create_connection((host, parts.port or (443 if tls else 80)), timeout=timeout)
    try:
        if tls:
            _left(sock, deadline, timeout)
            sock = _tls().wrap_socket(sock, server_hostname=host)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines = [f"POST {target} HTTP/1.1", f"Host: {parts.netloc.rpartition('@')[2]}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        lines += [f"Content-Length: {len(body)}", "Connection: close", "", ""]
        _left(sock, deadline, timeout)
        sock.sendall("\r\n".join(lines).encode("latin-1") + body)
        head = b""
        while b"\r\n\r\n" not in head and len(head) < MAX_HEAD_BYTES:
            _left(sock, deadline, timeout)
            chunk = sock.recv(4096)
            if not chunk:
                break
            head += chunk
    finally:
        sock.close()
    return _status(head)


def _status(head: bytes) -> int:
    if not head:
        raise ConnectionError("the receiver closed the connection without an answer")
    words = head.split(b"\r\n", 1)[0].split(b" ", 2)
    if len(words) < 2 or not words[0].startswith(b"HTTP/1.") or not (words[1].isdigit() and len(words[1]) == 3):
        raise ValueError("the receiver's answer is not HTTP/1.x")
    return int(words[1])


def redact(url: str) -> str:
    """``url`` for a log line: a password in it, and the values of query parameters that look like keys, as
    ``***`` (``https://user:***@host/?api_key=***``)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<invalid url>"
    netloc = parts.netloc
    if parts.password is not None:
        user, _, rest = netloc.rpartition("@")
        netloc = f"{user.partition(':')[0]}:***@{rest}"
    query = "&".join(_redact_param(p) for p in parts.query.split("&")) if parts.query else ""
    return urlunsplit(SplitResult(parts.scheme, netloc, parts.path, query, ""))


def _redact_param(param: str) -> str:
    name, eq, _ = param.partition("=")
    return f"{name}=***" if eq and any(word in name.lower() for word in _SECRET_PARAMS) else param


__all__ = ["MAX_HEAD_BYTES", "AttemptTimeout", "post", "redact"]
