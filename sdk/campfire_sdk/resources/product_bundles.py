# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.product_bundles``: the product bundles of the Campfire API."""

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
from ..types.product_bundles import (
    PatchedProductBundleParam,
    ProductBundle,
    ProductBundleListParams,
    ProductBundleParam,
)

__all__ = ["AsyncProductBundles", "AsyncProductBundlesWithRawResponse", "ProductBundles", "ProductBundlesWithRawResponse"]


class ProductBundles(SyncAPIResource):
    """``client.product_bundles``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductBundleListParams],
    ) -> SyncOffsetPage[ProductBundle | DeletedRecord]:
        """List Product Bundles.

        ``GET /rr/api/v1/product-bundles`` (operationId ``list_product_bundles``)
        """
        path = "/rr/api/v1/product-bundles"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(ProductBundle, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductBundleParam],
    ) -> ProductBundle:
        """Create Product Bundle.

        ``POST /rr/api/v1/product-bundles`` (operationId ``create_product_bundle``)
        """
        path = "/rr/api/v1/product-bundles"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ProductBundle, opts)

    def retrieve(
        self,
        product_bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProductBundle:
        """Retrieve Product Bundle.

        ``GET /rr/api/v1/product-bundles/{id}`` (operationId ``rr_api_v1_product_bundles_retrieve``)
        """
        path = f"/rr/api/v1/product-bundles/{check_id('product_bundle_id', product_bundle_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ProductBundle, opts)

    def update(
        self,
        product_bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductBundleParam],
    ) -> ProductBundle:
        """Update Product Bundle.

        ``PUT /rr/api/v1/product-bundles/{id}`` (operationId ``rr_api_v1_product_bundles_update``)
        """
        path = f"/rr/api/v1/product-bundles/{check_id('product_bundle_id', product_bundle_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ProductBundle, opts)

    def partial_update(
        self,
        product_bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedProductBundleParam],
    ) -> ProductBundle:
        """Partial Update Product Bundle.

        ``PATCH /rr/api/v1/product-bundles/{id}`` (operationId ``rr_api_v1_product_bundles_partial_update``)
        """
        path = f"/rr/api/v1/product-bundles/{check_id('product_bundle_id', product_bundle_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ProductBundle, opts)

    def delete(
        self,
        product_bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Product Bundle.

        ``DELETE /rr/api/v1/product-bundles/{id}`` (operationId ``rr_api_v1_product_bundles_destroy``)
        """
        path = f"/rr/api/v1/product-bundles/{check_id('product_bundle_id', product_bundle_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> ProductBundlesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ProductBundlesWithRawResponse(self)


class ProductBundlesWithRawResponse(RawResponses):
    """``client.product_bundles.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ProductBundles) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncProductBundles(AsyncAPIResource):
    """``client.product_bundles`` (async): create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductBundleListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ProductBundle | DeletedRecord], ProductBundle | DeletedRecord]:
        """List Product Bundles.

        ``GET /rr/api/v1/product-bundles`` (operationId ``list_product_bundles``)
        """
        path = "/rr/api/v1/product-bundles"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(ProductBundle, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductBundleParam],
    ) -> ProductBundle:
        """Create Product Bundle.

        ``POST /rr/api/v1/product-bundles`` (operationId ``create_product_bundle``)
        """
        path = "/rr/api/v1/product-bundles"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ProductBundle, opts)

    async def retrieve(
        self,
        product_bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProductBundle:
        """Retrieve Product Bundle.

        ``GET /rr/api/v1/product-bundles/{id}`` (operationId ``rr_api_v1_product_bundles_retrieve``)
        """
        path = f"/rr/api/v1/product-bundles/{check_id('product_bundle_id', product_bundle_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ProductBundle, opts)

    async def update(
        self,
        product_bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductBundleParam],
    ) -> ProductBundle:
        """Update Product Bundle.

        ``PUT /rr/api/v1/product-bundles/{id}`` (operationId ``rr_api_v1_product_bundles_update``)
        """
        path = f"/rr/api/v1/product-bundles/{check_id('product_bundle_id', product_bundle_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ProductBundle, opts)

    async def partial_update(
        self,
        product_bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedProductBundleParam],
    ) -> ProductBundle:
        """Partial Update Product Bundle.

        ``PATCH /rr/api/v1/product-bundles/{id}`` (operationId ``rr_api_v1_product_bundles_partial_update``)
        """
        path = f"/rr/api/v1/product-bundles/{check_id('product_bundle_id', product_bundle_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ProductBundle, opts)

    async def delete(
        self,
        product_bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Product Bundle.

        ``DELETE /rr/api/v1/product-bundles/{id}`` (operationId ``rr_api_v1_product_bundles_destroy``)
        """
        path = f"/rr/api/v1/product-bundles/{check_id('product_bundle_id', product_bundle_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncProductBundlesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncProductBundlesWithRawResponse(self)


class AsyncProductBundlesWithRawResponse(AsyncRawResponses):
    """``client.product_bundles.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncProductBundles) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
