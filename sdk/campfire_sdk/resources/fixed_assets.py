# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.fixed_assets``: the fixed assets of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import ChartTransaction, DeletedRecord
from ..types.fixed_assets import (
    FixedAsset,
    FixedAssetListParams,
    FixedAssetListReconciliationUnmatchedGlParams,
    FixedAssetParam,
    PatchedFixedAssetParam,
)

__all__ = ["AsyncFixedAssets", "AsyncFixedAssetsWithRawResponse", "FixedAssets", "FixedAssetsWithRawResponse"]


class FixedAssets(SyncAPIResource):
    """``client.fixed_assets``: create, delete, list, list_reconciliation_unmatched_gl, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetListParams],
    ) -> SyncOffsetPage[FixedAsset | DeletedRecord]:
        """List Fixed Assets.

        ``GET /coa/api/fixed-asset`` (operationId ``coa_api_fixed_asset_list``)
        """
        path = "/coa/api/fixed-asset"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(FixedAsset, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetParam],
    ) -> FixedAsset:
        """Create Fixed Asset.

        ``POST /coa/api/fixed-asset`` (operationId ``coa_api_fixed_asset_create``)
        """
        path = "/coa/api/fixed-asset"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAsset, opts)

    def retrieve(
        self,
        fixed_asset_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FixedAsset:
        """Retrieve Fixed Asset.

        ``GET /coa/api/fixed-asset/{id}`` (operationId ``coa_api_fixed_asset_retrieve``)
        """
        path = f"/coa/api/fixed-asset/{check_id('fixed_asset_id', fixed_asset_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAsset, opts)

    def update(
        self,
        fixed_asset_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetParam],
    ) -> FixedAsset:
        """Update Fixed Asset.

        ``PUT /coa/api/fixed-asset/{id}`` (operationId ``coa_api_fixed_asset_update``)
        """
        path = f"/coa/api/fixed-asset/{check_id('fixed_asset_id', fixed_asset_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAsset, opts)

    def partial_update(
        self,
        fixed_asset_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedFixedAssetParam],
    ) -> FixedAsset:
        """Partial Update Fixed Asset.

        ``PATCH /coa/api/fixed-asset/{id}`` (operationId ``coa_api_fixed_asset_partial_update``)
        """
        path = f"/coa/api/fixed-asset/{check_id('fixed_asset_id', fixed_asset_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAsset, opts)

    def delete(
        self,
        fixed_asset_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Fixed Asset.

        ``DELETE /coa/api/fixed-asset/{id}`` (operationId ``coa_api_fixed_asset_destroy``)
        """
        path = f"/coa/api/fixed-asset/{check_id('fixed_asset_id', fixed_asset_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def list_reconciliation_unmatched_gl(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetListReconciliationUnmatchedGlParams],
    ) -> SyncOffsetPage[ChartTransaction]:
        """List Unmatched GL Transactions for Fixed Asset Reconciliation.

        ``GET /coa/api/fixed-asset/reconciliation/unmatched-gl`` (operationId ``list_fixed_asset_reconciliation_unmatched_gl``)
        """
        path = "/coa/api/fixed-asset/reconciliation/unmatched-gl"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(ChartTransaction, opts)

    @cached_property
    def with_raw_response(self) -> FixedAssetsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return FixedAssetsWithRawResponse(self)


class FixedAssetsWithRawResponse(RawResponses):
    """``client.fixed_assets.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: FixedAssets) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.list_reconciliation_unmatched_gl = to_raw_response(resource.list_reconciliation_unmatched_gl)


class AsyncFixedAssets(AsyncAPIResource):
    """``client.fixed_assets`` (async): create, delete, list, list_reconciliation_unmatched_gl, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[FixedAsset | DeletedRecord], FixedAsset | DeletedRecord]:
        """List Fixed Assets.

        ``GET /coa/api/fixed-asset`` (operationId ``coa_api_fixed_asset_list``)
        """
        path = "/coa/api/fixed-asset"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(FixedAsset, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetParam],
    ) -> FixedAsset:
        """Create Fixed Asset.

        ``POST /coa/api/fixed-asset`` (operationId ``coa_api_fixed_asset_create``)
        """
        path = "/coa/api/fixed-asset"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAsset, opts)

    async def retrieve(
        self,
        fixed_asset_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FixedAsset:
        """Retrieve Fixed Asset.

        ``GET /coa/api/fixed-asset/{id}`` (operationId ``coa_api_fixed_asset_retrieve``)
        """
        path = f"/coa/api/fixed-asset/{check_id('fixed_asset_id', fixed_asset_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAsset, opts)

    async def update(
        self,
        fixed_asset_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetParam],
    ) -> FixedAsset:
        """Update Fixed Asset.

        ``PUT /coa/api/fixed-asset/{id}`` (operationId ``coa_api_fixed_asset_update``)
        """
        path = f"/coa/api/fixed-asset/{check_id('fixed_asset_id', fixed_asset_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAsset, opts)

    async def partial_update(
        self,
        fixed_asset_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedFixedAssetParam],
    ) -> FixedAsset:
        """Partial Update Fixed Asset.

        ``PATCH /coa/api/fixed-asset/{id}`` (operationId ``coa_api_fixed_asset_partial_update``)
        """
        path = f"/coa/api/fixed-asset/{check_id('fixed_asset_id', fixed_asset_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAsset, opts)

    async def delete(
        self,
        fixed_asset_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Fixed Asset.

        ``DELETE /coa/api/fixed-asset/{id}`` (operationId ``coa_api_fixed_asset_destroy``)
        """
        path = f"/coa/api/fixed-asset/{check_id('fixed_asset_id', fixed_asset_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    def list_reconciliation_unmatched_gl(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetListReconciliationUnmatchedGlParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ChartTransaction], ChartTransaction]:
        """List Unmatched GL Transactions for Fixed Asset Reconciliation.

        ``GET /coa/api/fixed-asset/reconciliation/unmatched-gl`` (operationId ``list_fixed_asset_reconciliation_unmatched_gl``)
        """
        path = "/coa/api/fixed-asset/reconciliation/unmatched-gl"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(ChartTransaction, opts)

    @cached_property
    def with_raw_response(self) -> AsyncFixedAssetsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncFixedAssetsWithRawResponse(self)


class AsyncFixedAssetsWithRawResponse(AsyncRawResponses):
    """``client.fixed_assets.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncFixedAssets) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.list_reconciliation_unmatched_gl = async_to_raw_response(resource.list_reconciliation_unmatched_gl)
