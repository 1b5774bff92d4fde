# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.tags``: the tags of the Campfire API."""

from __future__ import annotations

import builtins
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import DeletedRecord
from ..types.tags import (
    BulkTagSearchParam,
    PatchedTransactionTagParam,
    TagDeleteParams,
    TagListParams,
    TransactionTag,
    TransactionTagParam,
)

__all__ = ["AsyncTags", "AsyncTagsWithRawResponse", "Tags", "TagsWithRawResponse"]


class Tags(SyncAPIResource):
    """``client.tags``: bulk_search, create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TagListParams],
    ) -> SyncOffsetPage[TransactionTag | DeletedRecord]:
        """List Custom Dimensions.

        ``GET /coa/api/tag`` (operationId ``coa_api_tag_list``)
        """
        path = "/coa/api/tag"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(TransactionTag, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionTagParam],
    ) -> TransactionTag:
        """Create Custom Dimension.

        ``POST /coa/api/tag`` (operationId ``coa_api_tag_create``)
        """
        path = "/coa/api/tag"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionTag, opts)

    def retrieve(
        self,
        tag_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionTag:
        """Retrieve Custom Dimension.

        ``GET /coa/api/tag/{id}`` (operationId ``coa_api_tag_retrieve``)
        """
        path = f"/coa/api/tag/{check_id('tag_id', tag_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionTag, opts)

    def update(
        self,
        tag_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionTagParam],
    ) -> TransactionTag:
        """Update Custom Dimension.

        ``PUT /coa/api/tag/{id}`` (operationId ``coa_api_tag_update``)
        """
        path = f"/coa/api/tag/{check_id('tag_id', tag_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionTag, opts)

    def partial_update(
        self,
        tag_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedTransactionTagParam],
    ) -> TransactionTag:
        """Partial Update Custom Dimension.

        ``PATCH /coa/api/tag/{id}`` (operationId ``coa_api_tag_partial_update``)
        """
        path = f"/coa/api/tag/{check_id('tag_id', tag_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionTag, opts)

    def delete(
        self,
        tag_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TagDeleteParams],
    ) -> None:
        """Delete Custom Dimension.

        ``DELETE /coa/api/tag/{id}`` (operationId ``coa_api_tag_destroy``)
        """
        path = f"/coa/api/tag/{check_id('tag_id', tag_id)}"
        opts = options("DELETE", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkTagSearchParam],
    ) -> builtins.list[TransactionTag]:
        """Bulk Search Custom Dimensions by Name.

        ``POST /coa/api/tag/bulk-search`` (operationId ``coa_api_tag_bulk_search_create``)
        """
        path = "/coa/api/tag/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[TransactionTag], opts)

    @cached_property
    def with_raw_response(self) -> TagsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return TagsWithRawResponse(self)


class TagsWithRawResponse(RawResponses):
    """``client.tags.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Tags) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.bulk_search = to_raw_response(resource.bulk_search)


class AsyncTags(AsyncAPIResource):
    """``client.tags`` (async): bulk_search, create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TagListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[TransactionTag | DeletedRecord], TransactionTag | DeletedRecord]:
        """List Custom Dimensions.

        ``GET /coa/api/tag`` (operationId ``coa_api_tag_list``)
        """
        path = "/coa/api/tag"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(TransactionTag, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionTagParam],
    ) -> TransactionTag:
        """Create Custom Dimension.

        ``POST /coa/api/tag`` (operationId ``coa_api_tag_create``)
        """
        path = "/coa/api/tag"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionTag, opts)

    async def retrieve(
        self,
        tag_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionTag:
        """Retrieve Custom Dimension.

        ``GET /coa/api/tag/{id}`` (operationId ``coa_api_tag_retrieve``)
        """
        path = f"/coa/api/tag/{check_id('tag_id', tag_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionTag, opts)

    async def update(
        self,
        tag_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionTagParam],
    ) -> TransactionTag:
        """Update Custom Dimension.

        ``PUT /coa/api/tag/{id}`` (operationId ``coa_api_tag_update``)
        """
        path = f"/coa/api/tag/{check_id('tag_id', tag_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionTag, opts)

    async def partial_update(
        self,
        tag_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedTransactionTagParam],
    ) -> TransactionTag:
        """Partial Update Custom Dimension.

        ``PATCH /coa/api/tag/{id}`` (operationId ``coa_api_tag_partial_update``)
        """
        path = f"/coa/api/tag/{check_id('tag_id', tag_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionTag, opts)

    async def delete(
        self,
        tag_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TagDeleteParams],
    ) -> None:
        """Delete Custom Dimension.

        ``DELETE /coa/api/tag/{id}`` (operationId ``coa_api_tag_destroy``)
        """
        path = f"/coa/api/tag/{check_id('tag_id', tag_id)}"
        opts = options("DELETE", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkTagSearchParam],
    ) -> builtins.list[TransactionTag]:
        """Bulk Search Custom Dimensions by Name.

        ``POST /coa/api/tag/bulk-search`` (operationId ``coa_api_tag_bulk_search_create``)
        """
        path = "/coa/api/tag/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[TransactionTag], opts)

    @cached_property
    def with_raw_response(self) -> AsyncTagsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncTagsWithRawResponse(self)


class AsyncTagsWithRawResponse(AsyncRawResponses):
    """``client.tags.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncTags) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.bulk_search = async_to_raw_response(resource.bulk_search)
