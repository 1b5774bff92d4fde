"""The one responder: every answer of the mock leaves as an encoded ``Reply`` (status, raw headers,
bytes), whichever path made it: a handler's result (encoded inside its transaction, ``operations``),
a ``DomainError`` (its DRF-shaped body), or one of Django REST Framework's standard messages.
"""

from __future__ import annotations

import logging
import typing as t

import orjson
from starlette.responses import Response
from starlette.types import Send

from ..errors import DomainError, NotAuthenticated, PermissionDenied, ServerError
from ..operations import JSON_CONTENT_TYPE, Reply

logger = logging.getLogger("campfire_mock")

#: DRF's messages for the statuses it words itself (taken from the errors that carry them).
DRF_MESSAGES = {
    401: NotAuthenticated.default_detail,
    403: PermissionDenied.default_detail,
    404: "Not found.",
    500: ServerError.default_detail,
}


def json_reply(status: int, body: t.Any, extra: dict[str, str] | None = None) -> Reply:
    """A JSON answer, with ``extra`` headers."""
    headers = [
        JSON_CONTENT_TYPE,
        *((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (extra or {}).items()),
    ]
    return Reply(status, headers, orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS))


def error_reply(exc: DomainError, method: str = "", target: str = "") -> Reply:
    """A ``DomainError`` as its DRF-shaped answer (a ``ServerError`` is logged with its cause)."""
    if isinstance(exc, ServerError):
        logger.error("%s %s failed, nothing was changed: %s", method, target, exc.cause)
    return json_reply(exc.status, exc.answer())


def detail_reply(status: int, message: str | None = None, extra: dict[str, str] | None = None) -> Reply:
    """``{"detail": message}``; DRF's own wording of ``status`` when no message is given."""
    return json_reply(status, {"detail": message or DRF_MESSAGES.get(status, "Invalid request.")}, extra)


def crash_reply(method: str, target: str, exc: BaseException | None = None) -> Reply:
    """The 500 of an unexpected exception, logged with its traceback (``exc``, or the one being handled)."""
    logger.error("%s %s crashed", method, target, exc_info=exc or True)
    return detail_reply(500)


async def send_reply(send: Send, reply: Reply, request_id: bytes | None = None) -> None:
    """Send ``reply`` as ASGI messages, with its ``content-length`` (and ``x-request-id``, if given)."""
    headers = [*reply.headers, (b"content-length", b"%d" % len(reply.body))]
    if request_id is not None:
        headers.append((b"x-request-id", request_id))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})


def starlette_response(reply: Reply) -> Response:
    """``reply`` as a Starlette response (what Connexion's handlers and error handlers return)."""
    response = Response(content=reply.body, status_code=reply.status)
    response.raw_headers = [*reply.headers, *((k, v) for k, v in response.raw_headers if k == b"content-length")]
    return response


__all__ = [
    "DRF_MESSAGES",
    "crash_reply",
    "detail_reply",
    "error_reply",
    "json_reply",
    "send_reply",
    "starlette_response",
]
