"""Raw responses: ``client.invoices.with_raw_response.retrieve(1)`` gives the HTTP answer and parses on demand.

Each resource's ``with_raw_response`` is a generated class (``InvoicesWithRawResponse``) whose methods are
the resource's own, wrapped by ``to_raw_response``: same parameters, typed ``APIResponse[<what the
method returns>]``. ``RawResponses`` is their base: any other method of the resource (a hand-written
helper) is reached through it, untyped.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import typing as t
from collections.abc import Awaitable, Callable

import httpx

R = t.TypeVar("R")
P = t.ParamSpec("P")

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


def to_raw_response(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``method`` answering the ``APIResponse`` whose ``parse()`` gives what it returns."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = RAW_RESPONSE.set(True)
        try:
            return t.cast(APIResponse[R], method(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return call


def async_to_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """An async ``method`` (or one giving an ``AsyncPaginator``) answering the ``APIResponse`` of its result."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = RAW_RESPONSE.set(True)
        try:
            result: t.Any = method(*args, **kwargs)
            while inspect.isawaitable(result):  # list() gives an AsyncPaginator, itself awaitable
                result = await result
            return t.cast(APIResponse[R], result)
        finally:
            RAW_RESPONSE.reset(token)

    return call


class RawResponses:
    """``resource.with_raw_response``: the resource's methods, answering ``APIResponse`` objects."""

    def __init__(self, resource: t.Any) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., APIResponse[t.Any]]:
        return to_raw_response(getattr(self._resource, name))


class AsyncRawResponses:
    """``resource.with_raw_response`` of an async resource: awaited methods answering ``APIResponse``."""

    def __init__(self, resource: t.Any) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[t.Any]]]:
        return async_to_raw_response(getattr(self._resource, name))
