"""Base of the resource classes: request helpers bound to one client."""

from __future__ import annotations

import typing as t
from dataclasses import replace

import httpx

from ._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
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


class SyncAPIResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _request(self, cast_to: type[T], opts: RequestOptions) -> T:
        """Send ``opts`` and parse the answer as ``cast_to`` (a model, ``list[Model]``, ``bytes``, ``str``)."""
        return t.cast(T, self._client.request(cast_to, opts))

    def _send(self, opts: RequestOptions) -> None:
        """Send ``opts`` for an answer without a body (204)."""
        self._client.request(None, opts)

    def _offset_page(self, item: type[T], opts: RequestOptions) -> SyncOffsetPage[T]:
        return t.cast(SyncOffsetPage[T], self._page(SyncOffsetPage, item, opts))

    def _cursor_page(self, item: type[T], opts: RequestOptions) -> SyncCursorPage[T]:
        return t.cast(SyncCursorPage[T], self._page(SyncCursorPage, item, opts))

    def _page(self, page_cls: type[SyncPage[T]], item: t.Any, opts: RequestOptions) -> SyncPage[T]:
        response = self._client.request(httpx.Response, opts)

        def fetch(info: PageInfo) -> SyncPage[T]:
            return self._page(page_cls, item, replace(opts, params={**(opts.params or {}), **info}))

        return page_cls(fetch=fetch, **self._client._parse_page(item, response))


class AsyncAPIResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _request(self, cast_to: type[T], opts: RequestOptions) -> T:
        """Send ``opts`` and parse the answer as ``cast_to`` (a model, ``list[Model]``, ``bytes``, ``str``)."""
        return t.cast(T, await self._client.request(cast_to, opts))

    async def _send(self, opts: RequestOptions) -> None:
        """Send ``opts`` for an answer without a body (204)."""
        await self._client.request(None, opts)

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

        return page_cls(fetch=fetch, **self._client._parse_page(item, response))
