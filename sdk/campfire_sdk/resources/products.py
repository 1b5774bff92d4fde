# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.products``: the products of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import DeletedRecord
from ..types.products import PatchedProductParam, Product, ProductListParams, ProductParam

__all__ = ["AsyncProducts", "AsyncProductsWithRawResponse", "Products", "ProductsWithRawResponse"]


class Products(SyncAPIResource):
    """``client.products``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductListParams],
    ) -> SyncOffsetPage[Product | DeletedRecord]:
        """List Contract Products.

        ``GET /rr/api/v1/product`` (operationId ``list_products``)
        """
        path = "/rr/api/v1/product"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(Product, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductParam],
    ) -> Product:
        """Create Contract Product.

        ``POST /rr/api/v1/product`` (operationId ``create_product``)
        """
        path = "/rr/api/v1/product"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Product, opts)

    def retrieve(
        self,
        product_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Product:
        """Retrieve Product.

        ``GET /rr/api/v1/product/{id}`` (operationId ``rr_api_v1_product_retrieve``)
        """
        path = f"/rr/api/v1/product/{check_id('product_id', product_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(Product, opts)

    def update(
        self,
        product_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductParam],
    ) -> Product:
        """Update Product.

        ``PUT /rr/api/v1/product/{id}`` (operationId ``rr_api_v1_product_update``)
        """
        path = f"/rr/api/v1/product/{check_id('product_id', product_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Product, opts)

    def partial_update(
        self,
        product_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedProductParam],
    ) -> Product:
        """Partial Update Product.

        ``PATCH /rr/api/v1/product/{id}`` (operationId ``rr_api_v1_product_partial_update``)
        """
        path = f"/rr/api/v1/product/{check_id('product_id', product_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Product, opts)

    def delete(
        self,
        product_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Product.

        ``DELETE /rr/api/v1/product/{id}`` (operationId ``rr_api_v1_product_destroy``)
        """
        path = f"/rr/api/v1/product/{check_id('product_id', product_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> ProductsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ProductsWithRawResponse(self)


class ProductsWithRawResponse(RawResponses):
    """``client.products.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Products) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncProducts(AsyncAPIResource):
    """``client.products`` (async): create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Product | DeletedRecord], Product | DeletedRecord]:
        """List Contract Products.

        ``GET /rr/api/v1/product`` (operationId ``list_products``)
        """
        path = "/rr/api/v1/product"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(Product, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductParam],
    ) -> Product:
        """Create Contract Product.

        ``POST /rr/api/v1/product`` (operationId ``create_product``)
        """
        path = "/rr/api/v1/product"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Product, opts)

    async def retrieve(
        self,
        product_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Product:
        """Retrieve Product.

        ``GET /rr/api/v1/product/{id}`` (operationId ``rr_api_v1_product_retrieve``)
        """
        path = f"/rr/api/v1/product/{check_id('product_id', product_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(Product, opts)

    async def update(
        self,
        product_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductParam],
    ) -> Product:
        """Update Product.

        ``PUT /rr/api/v1/product/{id}`` (operationId ``rr_api_v1_product_update``)
        """
        path = f"/rr/api/v1/product/{check_id('product_id', product_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Product, opts)

    async def partial_update(
        self,
        product_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedProductParam],
    ) -> Product:
        """Partial Update Product.

        ``PATCH /rr/api/v1/product/{id}`` (operationId ``rr_api_v1_product_partial_update``)
        """
        path = f"/rr/api/v1/product/{check_id('product_id', product_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Product, opts)

    async def delete(
        self,
        product_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Product.

        ``DELETE /rr/api/v1/product/{id}`` (operationId ``rr_api_v1_product_destroy``)
        """
        path = f"/rr/api/v1/product/{check_id('product_id', product_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncProductsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncProductsWithRawResponse(self)


class AsyncProductsWithRawResponse(AsyncRawResponses):
    """``client.products.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncProducts) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
