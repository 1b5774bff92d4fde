"""``client.products``: what invoice lines sell."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types import (
    Product,
    ProductListParams,
    ProductParam,
)

__all__ = ["AsyncProducts", "Products"]


class Products(SyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductListParams],
    ) -> SyncOffsetPage[Product]:
        return self._offset_page(
            Product,
            options("GET", "/rr/api/v1/product", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductParam],
    ) -> Product:
        return self._request(
            Product, options("POST", "/rr/api/v1/product", json=params, timeout=timeout, max_retries=max_retries)
        )


class AsyncProducts(AsyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Product], Product]:
        return self._offset_paginator(
            Product,
            options("GET", "/rr/api/v1/product", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductParam],
    ) -> Product:
        return await self._request(
            Product, options("POST", "/rr/api/v1/product", json=params, timeout=timeout, max_retries=max_retries)
        )
