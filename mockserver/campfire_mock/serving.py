"""What the two servers (``serve`` and ``proxy``) share: their log lines, and a socket bound before "listening"."""

from __future__ import annotations

import json
import logging
import socket
import sys
import typing as t
from datetime import UTC, datetime

__all__ = ["JsonLogFormatter", "StartupError", "configure_logging", "listen"]


class JsonLogFormatter(logging.Formatter):
    """One JSON object per log line, with the request's fields when the line is about a request."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, t.Any] = {
            # RFC 3339 in UTC with its offset, to the millisecond: log pipelines need the zone.
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if isinstance(request, dict):
            line.update(request)
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line)


def configure_logging(level: str, fmt: str) -> None:
    handler = logging.StreamHandler(sys.stdout)
    if fmt == "json":
        handler.setFormatter(JsonLogFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)
    # The server's log keeps to one line per request; libraries narrating at info show their warnings only:
    # Connexion its start-up ("Adding spec json: ..."), fontTools every font subset of a non-Latin PDF (~75
    # lines), and for each ``/mcp`` tool call httpx the API call it makes (the API logs its own line) and the
    # MCP SDK its session's end.
    for name in ("connexion", "fontTools", "httpx", "mcp"):
        logging.getLogger(name).setLevel(logging.DEBUG if level == "debug" else logging.WARNING)


class StartupError(Exception):
    """A flag or file the server cannot start with; the message is one line."""


def listen(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise StartupError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock
