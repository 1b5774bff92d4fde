# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.tag_groups``: the tag groups of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types.tag_groups import (
    PatchedTransactionTagGroupParam,
    TagGroupListParams,
    TransactionTagGroup,
    TransactionTagGroupParam,
)

__all__ = ["AsyncTagGroups", "AsyncTagGroupsWithRawResponse", "TagGroups", "TagGroupsWithRawResponse"]


class TagGroups(SyncAPIResource):
    """``client.tag_groups``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TagGroupListParams],
    ) -> SyncOffsetPage[TransactionTagGroup]:
        """List Custom Dimension Groups.

        ``GET /coa/api/tag-group`` (operationId ``coa_api_tag_group_list``)
        """
        path = "/coa/api/tag-group"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(TransactionTagGroup, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionTagGroupParam],
    ) -> TransactionTagGroup:
        """Create Custom Dimension Group.

        ``POST /coa/api/tag-group`` (operationId ``coa_api_tag_group_create``)
        """
        path = "/coa/api/tag-group"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionTagGroup, opts)

    def retrieve(
        self,
        tag_group_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionTagGroup:
        """Retrieve Custom Dimension Group.

        ``GET /coa/api/tag-group/{id}`` (operationId ``coa_api_tag_group_retrieve``)
        """
        path = f"/coa/api/tag-group/{check_id('tag_group_id', tag_group_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionTagGroup, opts)

    def update(
        self,
        tag_group_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionTagGroupParam],
    ) -> TransactionTagGroup:
        """Update Custom Dimension Group.

        ``PUT /coa/api/tag-group/{id}`` (operationId ``coa_api_tag_group_update``)
        """
        path = f"/coa/api/tag-group/{check_id('tag_group_id', tag_group_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionTagGroup, opts)

    def partial_update(
        self,
        tag_group_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedTransactionTagGroupParam],
    ) -> TransactionTagGroup:
        """Partial Update Custom Dimension Group.

        ``PATCH /coa/api/tag-group/{id}`` (operationId ``coa_api_tag_group_partial_update``)
        """
        path = f"/coa/api/tag-group/{check_id('tag_group_id', tag_group_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(TransactionTagGroup, opts)

    def delete(
        self,
        tag_group_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Custom Dimension Group.

        ``DELETE /coa/api/tag-group/{id}`` (operationId ``coa_api_tag_group_destroy``)
        """
        path = f"/coa/api/tag-group/{check_id('tag_group_id', tag_group_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> TagGroupsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return TagGroupsWithRawResponse(self)


class TagGroupsWithRawResponse(RawResponses):
    """``client.tag_groups.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: TagGroups) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncTagGroups(AsyncAPIResource):
    """``client.tag_groups`` (async): create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TagGroupListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[TransactionTagGroup], TransactionTagGroup]:
        """List Custom Dimension Groups.

        ``GET /coa/api/tag-group`` (operationId ``coa_api_tag_group_list``)
        """
        path = "/coa/api/tag-group"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(TransactionTagGroup, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionTagGroupParam],
    ) -> TransactionTagGroup:
        """Create Custom Dimension Group.

        ``POST /coa/api/tag-group`` (operationId ``coa_api_tag_group_create``)
        """
        path = "/coa/api/tag-group"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionTagGroup, opts)

    async def retrieve(
        self,
        tag_group_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionTagGroup:
        """Retrieve Custom Dimension Group.

        ``GET /coa/api/tag-group/{id}`` (operationId ``coa_api_tag_group_retrieve``)
        """
        path = f"/coa/api/tag-group/{check_id('tag_group_id', tag_group_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionTagGroup, opts)

    async def update(
        self,
        tag_group_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionTagGroupParam],
    ) -> TransactionTagGroup:
        """Update Custom Dimension Group.

        ``PUT /coa/api/tag-group/{id}`` (operationId ``coa_api_tag_group_update``)
        """
        path = f"/coa/api/tag-group/{check_id('tag_group_id', tag_group_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionTagGroup, opts)

    async def partial_update(
        self,
        tag_group_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedTransactionTagGroupParam],
    ) -> TransactionTagGroup:
        """Partial Update Custom Dimension Group.

        ``PATCH /coa/api/tag-group/{id}`` (operationId ``coa_api_tag_group_partial_update``)
        """
        path = f"/coa/api/tag-group/{check_id('tag_group_id', tag_group_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(TransactionTagGroup, opts)

    async def delete(
        self,
        tag_group_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Custom Dimension Group.

        ``DELETE /coa/api/tag-group/{id}`` (operationId ``coa_api_tag_group_destroy``)
        """
        path = f"/coa/api/tag-group/{check_id('tag_group_id', tag_group_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncTagGroupsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncTagGroupsWithRawResponse(self)


class AsyncTagGroupsWithRawResponse(AsyncRawResponses):
    """``client.tag_groups.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncTagGroups) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
