# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.custom_fields``: the custom fields of the Campfire API."""

from __future__ import annotations

import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import DeletedRecord
from ..types.custom_fields import (
    CustomField,
    CustomFieldListParams,
    CustomFieldParam,
    CustomFieldReorderParams,
    PatchedCustomFieldParam,
)

__all__ = ["AsyncCustomFields", "AsyncCustomFieldsWithRawResponse", "CustomFields", "CustomFieldsWithRawResponse"]


class CustomFields(SyncAPIResource):
    """``client.custom_fields``: create, delete, list, partial_update, reorder, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomFieldListParams],
    ) -> SyncOffsetPage[CustomField | DeletedRecord]:
        """List Custom Fields.

        ``GET /ca/api/v1/custom-fields`` (operationId ``ca_api_v1_custom_fields_list``)
        """
        path = "/ca/api/v1/custom-fields"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(CustomField, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomFieldParam],
    ) -> CustomField:
        """Create Custom Field.

        ``POST /ca/api/v1/custom-fields`` (operationId ``ca_api_v1_custom_fields_create``)
        """
        path = "/ca/api/v1/custom-fields"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(CustomField, opts)

    def retrieve(
        self,
        custom_field_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CustomField:
        """Retrieve Custom Field.

        ``GET /ca/api/v1/custom-fields/{id}`` (operationId ``ca_api_v1_custom_fields_retrieve``)
        """
        path = f"/ca/api/v1/custom-fields/{check_id('custom_field_id', custom_field_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(CustomField, opts)

    def update(
        self,
        custom_field_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomFieldParam],
    ) -> CustomField:
        """Update Custom Field.

        ``PUT /ca/api/v1/custom-fields/{id}`` (operationId ``ca_api_v1_custom_fields_update``)
        """
        path = f"/ca/api/v1/custom-fields/{check_id('custom_field_id', custom_field_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(CustomField, opts)

    def partial_update(
        self,
        custom_field_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedCustomFieldParam],
    ) -> CustomField:
        """Partial Update Custom Field.

        ``PATCH /ca/api/v1/custom-fields/{id}`` (operationId ``ca_api_v1_custom_fields_partial_update``)
        """
        path = f"/ca/api/v1/custom-fields/{check_id('custom_field_id', custom_field_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(CustomField, opts)

    def delete(
        self,
        custom_field_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Custom Field.

        ``DELETE /ca/api/v1/custom-fields/{id}`` (operationId ``ca_api_v1_custom_fields_destroy``)
        """
        path = f"/ca/api/v1/custom-fields/{check_id('custom_field_id', custom_field_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def reorder(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomFieldReorderParams],
    ) -> t.Any:
        """Reorder Custom Fields.

        ``POST /ca/api/v1/custom-fields/reorder`` (operationId ``ca_api_v1_custom_fields_reorder_create``)
        """
        path = "/ca/api/v1/custom-fields/reorder"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> CustomFieldsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return CustomFieldsWithRawResponse(self)


class CustomFieldsWithRawResponse(RawResponses):
    """``client.custom_fields.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: CustomFields) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.reorder = to_raw_response(resource.reorder)


class AsyncCustomFields(AsyncAPIResource):
    """``client.custom_fields`` (async): create, delete, list, partial_update, reorder, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomFieldListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[CustomField | DeletedRecord], CustomField | DeletedRecord]:
        """List Custom Fields.

        ``GET /ca/api/v1/custom-fields`` (operationId ``ca_api_v1_custom_fields_list``)
        """
        path = "/ca/api/v1/custom-fields"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(CustomField, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomFieldParam],
    ) -> CustomField:
        """Create Custom Field.

        ``POST /ca/api/v1/custom-fields`` (operationId ``ca_api_v1_custom_fields_create``)
        """
        path = "/ca/api/v1/custom-fields"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(CustomField, opts)

    async def retrieve(
        self,
        custom_field_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CustomField:
        """Retrieve Custom Field.

        ``GET /ca/api/v1/custom-fields/{id}`` (operationId ``ca_api_v1_custom_fields_retrieve``)
        """
        path = f"/ca/api/v1/custom-fields/{check_id('custom_field_id', custom_field_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(CustomField, opts)

    async def update(
        self,
        custom_field_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomFieldParam],
    ) -> CustomField:
        """Update Custom Field.

        ``PUT /ca/api/v1/custom-fields/{id}`` (operationId ``ca_api_v1_custom_fields_update``)
        """
        path = f"/ca/api/v1/custom-fields/{check_id('custom_field_id', custom_field_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(CustomField, opts)

    async def partial_update(
        self,
        custom_field_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedCustomFieldParam],
    ) -> CustomField:
        """Partial Update Custom Field.

        ``PATCH /ca/api/v1/custom-fields/{id}`` (operationId ``ca_api_v1_custom_fields_partial_update``)
        """
        path = f"/ca/api/v1/custom-fields/{check_id('custom_field_id', custom_field_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(CustomField, opts)

    async def delete(
        self,
        custom_field_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Custom Field.

        ``DELETE /ca/api/v1/custom-fields/{id}`` (operationId ``ca_api_v1_custom_fields_destroy``)
        """
        path = f"/ca/api/v1/custom-fields/{check_id('custom_field_id', custom_field_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def reorder(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomFieldReorderParams],
    ) -> t.Any:
        """Reorder Custom Fields.

        ``POST /ca/api/v1/custom-fields/reorder`` (operationId ``ca_api_v1_custom_fields_reorder_create``)
        """
        path = "/ca/api/v1/custom-fields/reorder"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> AsyncCustomFieldsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncCustomFieldsWithRawResponse(self)


class AsyncCustomFieldsWithRawResponse(AsyncRawResponses):
    """``client.custom_fields.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncCustomFields) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.reorder = async_to_raw_response(resource.reorder)
