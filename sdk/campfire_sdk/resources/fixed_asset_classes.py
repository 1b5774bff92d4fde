# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.fixed_asset_classes``: the fixed asset classes of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import DeletedRecord, FixedAssetClass
from ..types.fixed_asset_classes import FixedAssetClassListParams, FixedAssetClassParam, PatchedFixedAssetClassParam

__all__ = ["AsyncFixedAssetClasses", "AsyncFixedAssetClassesWithRawResponse", "FixedAssetClasses", "FixedAssetClassesWithRawResponse"]


class FixedAssetClasses(SyncAPIResource):
    """``client.fixed_asset_classes``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetClassListParams],
    ) -> SyncOffsetPage[FixedAssetClass | DeletedRecord]:
        """List Fixed Asset Classes.

        ``GET /coa/api/fixed-asset-class`` (operationId ``coa_api_fixed_asset_class_list``)
        """
        path = "/coa/api/fixed-asset-class"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(FixedAssetClass, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetClassParam],
    ) -> FixedAssetClass:
        """Create Fixed Asset Class.

        ``POST /coa/api/fixed-asset-class`` (operationId ``coa_api_fixed_asset_class_create``)
        """
        path = "/coa/api/fixed-asset-class"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetClass, opts)

    def retrieve(
        self,
        fixed_asset_class_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FixedAssetClass:
        """Retrieve Fixed Asset Class.

        ``GET /coa/api/fixed-asset-class/{id}`` (operationId ``coa_api_fixed_asset_class_retrieve``)
        """
        path = f"/coa/api/fixed-asset-class/{check_id('fixed_asset_class_id', fixed_asset_class_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetClass, opts)

    def update(
        self,
        fixed_asset_class_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetClassParam],
    ) -> FixedAssetClass:
        """Update Fixed Asset Class.

        ``PUT /coa/api/fixed-asset-class/{id}`` (operationId ``coa_api_fixed_asset_class_update``)
        """
        path = f"/coa/api/fixed-asset-class/{check_id('fixed_asset_class_id', fixed_asset_class_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetClass, opts)

    def partial_update(
        self,
        fixed_asset_class_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedFixedAssetClassParam],
    ) -> FixedAssetClass:
        """Partial Fixed Asset Class.

        ``PATCH /coa/api/fixed-asset-class/{id}`` (operationId ``coa_api_fixed_asset_class_partial_update``)
        """
        path = f"/coa/api/fixed-asset-class/{check_id('fixed_asset_class_id', fixed_asset_class_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetClass, opts)

    def delete(
        self,
        fixed_asset_class_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Fixed Asset Class.

        ``DELETE /coa/api/fixed-asset-class/{id}`` (operationId ``coa_api_fixed_asset_class_destroy``)
        """
        path = f"/coa/api/fixed-asset-class/{check_id('fixed_asset_class_id', fixed_asset_class_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> FixedAssetClassesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return FixedAssetClassesWithRawResponse(self)


class FixedAssetClassesWithRawResponse(RawResponses):
    """``client.fixed_asset_classes.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: FixedAssetClasses) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncFixedAssetClasses(AsyncAPIResource):
    """``client.fixed_asset_classes`` (async): create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetClassListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[FixedAssetClass | DeletedRecord], FixedAssetClass | DeletedRecord]:
        """List Fixed Asset Classes.

        ``GET /coa/api/fixed-asset-class`` (operationId ``coa_api_fixed_asset_class_list``)
        """
        path = "/coa/api/fixed-asset-class"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(FixedAssetClass, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetClassParam],
    ) -> FixedAssetClass:
        """Create Fixed Asset Class.

        ``POST /coa/api/fixed-asset-class`` (operationId ``coa_api_fixed_asset_class_create``)
        """
        path = "/coa/api/fixed-asset-class"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetClass, opts)

    async def retrieve(
        self,
        fixed_asset_class_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FixedAssetClass:
        """Retrieve Fixed Asset Class.

        ``GET /coa/api/fixed-asset-class/{id}`` (operationId ``coa_api_fixed_asset_class_retrieve``)
        """
        path = f"/coa/api/fixed-asset-class/{check_id('fixed_asset_class_id', fixed_asset_class_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetClass, opts)

    async def update(
        self,
        fixed_asset_class_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetClassParam],
    ) -> FixedAssetClass:
        """Update Fixed Asset Class.

        ``PUT /coa/api/fixed-asset-class/{id}`` (operationId ``coa_api_fixed_asset_class_update``)
        """
        path = f"/coa/api/fixed-asset-class/{check_id('fixed_asset_class_id', fixed_asset_class_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetClass, opts)

    async def partial_update(
        self,
        fixed_asset_class_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedFixedAssetClassParam],
    ) -> FixedAssetClass:
        """Partial Fixed Asset Class.

        ``PATCH /coa/api/fixed-asset-class/{id}`` (operationId ``coa_api_fixed_asset_class_partial_update``)
        """
        path = f"/coa/api/fixed-asset-class/{check_id('fixed_asset_class_id', fixed_asset_class_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetClass, opts)

    async def delete(
        self,
        fixed_asset_class_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Fixed Asset Class.

        ``DELETE /coa/api/fixed-asset-class/{id}`` (operationId ``coa_api_fixed_asset_class_destroy``)
        """
        path = f"/coa/api/fixed-asset-class/{check_id('fixed_asset_class_id', fixed_asset_class_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncFixedAssetClassesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncFixedAssetClassesWithRawResponse(self)


class AsyncFixedAssetClassesWithRawResponse(AsyncRawResponses):
    """``client.fixed_asset_classes.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncFixedAssetClasses) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
