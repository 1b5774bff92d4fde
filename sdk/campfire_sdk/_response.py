"""Raw responses: ``client.invoices.with_raw_response.retrieve(1)`` gives the HTTP answer and parses on demand."""

from __future__ import annotations

import contextvars
import inspect
import typing as t
from collections.abc import Awaitable, Callable

import httpx

R = t.TypeVar("R")

#: Set while a ``with_raw_response`` call runs: resources then answer an ``APIResponse``.
RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("campfire_raw_response", default=False)

REQUEST_ID_HEADER = "x-request-id"


def request_id_of(response: httpx.Response) -> str | None:
    """The server's id for this request (``X-Request-Id``), to quote in a support ticket or find in a log."""
    value: str | None = response.headers.get(REQUEST_ID_HEADER)
    return value


class APIResponse(t.Generic[R]):
    """An HTTP answer of the API: status, headers and body as sent, and ``parse()`` for the typed result."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], R]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response)

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> t.Any:
        return self.http_response.json()

    def parse(self) -> R:
        """What the call returns without ``with_raw_response`` (parsed once)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url}>"


class RawResponses:
    """``resource.with_raw_response``: the resource's methods, answering ``APIResponse`` objects."""

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., APIResponse[t.Any]]:
        method = getattr(self._resource, name)

        def call(*args: t.Any, **kwargs: t.Any) -> APIResponse[t.Any]:
            token = RAW_RESPONSE.set(True)
            try:
                return t.cast(APIResponse[t.Any], method(*args, **kwargs))
            finally:
                RAW_RESPONSE.reset(token)

        return call


class AsyncRawResponses:
    """``resource.with_raw_response`` of an async resource: awaited methods answering ``APIResponse``."""

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[t.Any]]]:
        method = getattr(self._resource, name)

        async def call(*args: t.Any, **kwargs: t.Any) -> APIResponse[t.Any]:
            token = RAW_RESPONSE.set(True)
            try:
                result = method(*args, **kwargs)
                while inspect.isawaitable(result):  # list() gives an AsyncPaginator, itself awaitable
                    result = await result
                return t.cast(APIResponse[t.Any], result)
            finally:
                RAW_RESPONSE.reset(token)

        return call
