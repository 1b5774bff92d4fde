# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.products``: the products of the Campfire API."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._models import Product
from ..types._params import ProductListParams, ProductParam

__all__ = ["AsyncProducts", "Products"]


class Products(SyncAPIResource):
    """``client.products``: create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductListParams],
    ) -> SyncOffsetPage[Product]:
        """List products.

        ``GET /rr/api/v1/product`` (operationId ``list_products``)
        """
        path = "/rr/api/v1/product"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(Product, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductParam],
    ) -> Product:
        """Create a product.

        ``POST /rr/api/v1/product`` (operationId ``create_product``)
        """
        path = "/rr/api/v1/product"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Product, opts)


class AsyncProducts(AsyncAPIResource):
    """``client.products`` (async): create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Product], Product]:
        """List products.

        ``GET /rr/api/v1/product`` (operationId ``list_products``)
        """
        path = "/rr/api/v1/product"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(Product, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductParam],
    ) -> Product:
        """Create a product.

        ``POST /rr/api/v1/product`` (operationId ``create_product``)
        """
        path = "/rr/api/v1/product"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Product, opts)
