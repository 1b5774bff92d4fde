"""Base of the resource classes: request helpers bound to one client."""

from __future__ import annotations

import typing as t
from dataclasses import replace

import httpx

from ._base_client import AsyncAPIClient, BaseClient, RequestOptions, SyncAPIClient
from ._response import RAW_RESPONSE, APIResponse, AsyncRawResponses, RawResponses, request_id_of
from ._types import NOT_GIVEN, NotGiven, Timeout
from .pagination import (
    AsyncCursorPage,
    AsyncOffsetPage,
    AsyncPage,
    AsyncPaginator,
    PageInfo,
    SyncCursorPage,
    SyncOffsetPage,
    SyncPage,
)

T = t.TypeVar("T")


def options(
    method: str,
    path: str,
    *,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    **kwargs: t.Any,
) -> RequestOptions:
    return RequestOptions(method=method, path=path, timeout=timeout, max_retries=max_retries, **kwargs)


def _answer(response: httpx.Response, parse: t.Callable[[], T]) -> T:
    """The parsed result, or within ``with_raw_response`` the ``APIResponse`` that parses it on demand."""
    if RAW_RESPONSE.get():
        return t.cast(T, APIResponse(response, parse))
    return parse()


def _parsed(cast_to: t.Any, response: httpx.Response) -> t.Callable[[], t.Any]:
    return lambda: BaseClient._parse(cast_to, response)


class SyncAPIResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> RawResponses:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return RawResponses(self)

    def _request(self, cast_to: type[T], opts: RequestOptions) -> T:
        """Send ``opts`` and parse the answer as ``cast_to`` (a model, ``list[Model]``, ``bytes``, ``str``)."""
        response = self._client.request(httpx.Response, opts)
        return t.cast(T, _answer(response, _parsed(cast_to, response)))

    def _request_or_none(self, cast_to: type[T], opts: RequestOptions) -> T | None:
        """``_request``, where an empty answer is ``None`` (a body the real service may not send)."""
        response = self._client.request(httpx.Response, opts)
        return t.cast("T | None", _answer(response, _parsed(t.cast(t.Any, cast_to) | None, response)))

    def _send(self, opts: RequestOptions) -> None:
        """Send ``opts`` for an answer without a body (204)."""
        response = self._client.request(httpx.Response, opts)
        return t.cast(None, _answer(response, _parsed(None, response)))

    def _offset_page(self, item: type[T], opts: RequestOptions) -> SyncOffsetPage[T]:
        return t.cast(SyncOffsetPage[T], self._page(SyncOffsetPage, item, opts))

    def _cursor_page(self, item: type[T], opts: RequestOptions) -> SyncCursorPage[T]:
        return t.cast(SyncCursorPage[T], self._page(SyncCursorPage, item, opts))

    def _page(self, page_cls: type[SyncPage[T]], item: t.Any, opts: RequestOptions) -> SyncPage[T]:
        response = self._client.request(httpx.Response, opts)

        def fetch(info: PageInfo) -> SyncPage[T]:
            return self._page(page_cls, item, replace(opts, params={**(opts.params or {}), **info}))

        def parse() -> SyncPage[T]:
            return page_cls(fetch=fetch, request_id=request_id_of(response), **BaseClient._parse_page(item, response))

        return _answer(response, parse)


class AsyncAPIResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncRawResponses(self)

    async def _request(self, cast_to: type[T], opts: RequestOptions) -> T:
        """Send ``opts`` and parse the answer as ``cast_to`` (a model, ``list[Model]``, ``bytes``, ``str``)."""
        response = await self._client.request(httpx.Response, opts)
        return t.cast(T, _answer(response, _parsed(cast_to, response)))

    async def _request_or_none(self, cast_to: type[T], opts: RequestOptions) -> T | None:
        """``_request``, where an empty answer is ``None`` (a body the real service may not send)."""
        response = await self._client.request(httpx.Response, opts)
        return t.cast("T | None", _answer(response, _parsed(t.cast(t.Any, cast_to) | None, response)))

    async def _send(self, opts: RequestOptions) -> None:
        """Send ``opts`` for an answer without a body (204)."""
        response = await self._client.request(httpx.Response, opts)
        return t.cast(None, _answer(response, _parsed(None, response)))

    def _offset_paginator(self, item: type[T], opts: RequestOptions) -> AsyncPaginator[AsyncOffsetPage[T], T]:
        return AsyncPaginator(lambda: self._offset_page(item, opts))

    def _cursor_paginator(self, item: type[T], opts: RequestOptions) -> AsyncPaginator[AsyncCursorPage[T], T]:
        return AsyncPaginator(lambda: self._cursor_page(item, opts))

    async def _offset_page(self, item: type[T], opts: RequestOptions) -> AsyncOffsetPage[T]:
        return t.cast(AsyncOffsetPage[T], await self._page(AsyncOffsetPage, item, opts))

    async def _cursor_page(self, item: type[T], opts: RequestOptions) -> AsyncCursorPage[T]:
        return t.cast(AsyncCursorPage[T], await self._page(AsyncCursorPage, item, opts))

    async def _page(self, page_cls: type[AsyncPage[T]], item: t.Any, opts: RequestOptions) -> AsyncPage[T]:
        response = await self._client.request(httpx.Response, opts)

        async def fetch(info: PageInfo) -> AsyncPage[T]:
            return await self._page(page_cls, item, replace(opts, params={**(opts.params or {}), **info}))

        def parse() -> AsyncPage[T]:
            return page_cls(fetch=fetch, request_id=request_id_of(response), **BaseClient._parse_page(item, response))

        return _answer(response, parse)
