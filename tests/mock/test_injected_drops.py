"""A ``drop`` fault cuts the connection on purpose: the server logs no error or traceback for it (its request's
own log line says what happened), while any other failure of the app is still logged with its traceback."""

from __future__ import annotations

import logging

from campfire_mock.app import create_app
from campfire_mock.http.control import ConnectionDropped
from campfire_mock.http.server import config


def _failure(exc: Exception) -> logging.LogRecord:
    """The record uvicorn logs when the app raises ``exc`` (``Exception in ASGI application``)."""
    try:
        raise exc
    except Exception as raised:
        return logging.getLogger("uvicorn.error").makeRecord(
            "uvicorn.error",
            logging.ERROR,
            __file__,
            1,
            "Exception in ASGI application\n",
            (),
            (type(raised), raised, raised.__traceback__),
        )


class _Kept(logging.Handler):
    """Keeps what reaches it."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_the_servers_error_log_leaves_out_injected_drops_only() -> None:
    config(create_app(), max_connections=8)
    errors = logging.getLogger("uvicorn.error")
    kept = _Kept()
    errors.addHandler(kept)
    try:
        errors.handle(_failure(ConnectionDropped("injected: coa_api_v1_invoice_retrieve dropped")))
        errors.handle(_failure(RuntimeError("a real failure")))
    finally:
        errors.removeHandler(kept)
    assert [r.exc_info[1].args[0] for r in kept.records if r.exc_info and r.exc_info[1]] == ["a real failure"]
