"""Pages of list results that know how to fetch the next page.

Iterating a page walks every item of every following page; ``iter_pages()`` yields
the pages themselves. Both offset pages (``limit``/``offset``) and cursor pages
(``cursor``) follow the ``next`` link the server returns, taking its query parameters.
"""

from __future__ import annotations

import typing as t
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from urllib.parse import parse_qsl, urlsplit

T = t.TypeVar("T")
PageInfo = dict[str, str]

__all__ = [
    "AsyncCursorPage",
    "AsyncOffsetPage",
    "AsyncPage",
    "AsyncPaginator",
    "SyncCursorPage",
    "SyncOffsetPage",
    "SyncPage",
]


class _Page(t.Generic[T]):
    """One page of a list. ``len(page)`` and ``page.results`` are this page's items; ``page.count`` is the
    server's total; iterating the page walks every item of this and every following page."""

    def __init__(
        self,
        *,
        results: list[T],
        count: int,
        next: str | None,
        previous: str | None,
        request_id: str | None = None,
    ) -> None:
        self.results = results
        self.count = count
        self.next = next
        self.previous = previous
        #: The server's ``X-Request-Id`` for the request that fetched this page.
        self.request_id = request_id

    def has_next_page(self) -> bool:
        return bool(self.results) and self.next is not None

    def next_page_info(self) -> PageInfo | None:
        """Query parameters of the next page, taken from the ``next`` link."""
        if not self.has_next_page():
            return None
        assert self.next is not None
        return dict(parse_qsl(urlsplit(self.next).query, keep_blank_values=True))

    def __len__(self) -> int:
        """Items on this page only (not ``count``, and not what iteration yields across pages)."""
        return len(self.results)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(count={self.count}, results=<{len(self.results)} items>, next={self.next!r})"


class SyncPage(_Page[T]):
    def __init__(self, *, fetch: Callable[[PageInfo], SyncPage[T]], **kwargs: t.Any) -> None:
        super().__init__(**kwargs)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[T]:
        info = self.next_page_info()
        if info is None:
            raise StopIteration("no next page")
        return self._fetch(info)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.results


class AsyncPage(_Page[T]):
    def __init__(self, *, fetch: Callable[[PageInfo], Awaitable[AsyncPage[T]]], **kwargs: t.Any) -> None:
        super().__init__(**kwargs)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[T]:
        info = self.next_page_info()
        if info is None:
            raise StopAsyncIteration("no next page")
        return await self._fetch(info)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.results:
                yield item


class SyncOffsetPage(SyncPage[T]):
    """A ``limit``/``offset`` page."""


class SyncCursorPage(SyncPage[T]):
    """A ``cursor`` page (invoice payments with ``cursor=""``)."""


class AsyncOffsetPage(AsyncPage[T]):
    """A ``limit``/``offset`` page."""


class AsyncCursorPage(AsyncPage[T]):
    """A ``cursor`` page."""


P = t.TypeVar("P", bound=AsyncPage[t.Any])


class AsyncPaginator(t.Generic[P, T]):
    """What an async ``list()`` returns: ``await`` it for the first page, or ``async for`` over it to walk
    every item of every page without awaiting first (as in openai-python)."""

    def __init__(self, fetch: Callable[[], Awaitable[P]]) -> None:
        self._fetch = fetch

    def __await__(self) -> t.Generator[t.Any, None, P]:
        return self._fetch().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._fetch()
        async for item in page:
            yield item
