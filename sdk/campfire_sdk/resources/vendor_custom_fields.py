# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.vendor_custom_fields``: the vendor custom fields of the Campfire API."""

from __future__ import annotations

import builtins
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.vendor_custom_fields import PatchedVendorCustomField1Param, VendorCustomField1, VendorCustomField1Param

__all__ = ["AsyncVendorCustomFields", "AsyncVendorCustomFieldsWithRawResponse", "VendorCustomFields", "VendorCustomFieldsWithRawResponse"]


class VendorCustomFields(SyncAPIResource):
    """``client.vendor_custom_fields``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[VendorCustomField1]:
        """List Vendor Custom Fields.

        ``GET /coa/api/vendor_custom_field_1/`` (operationId ``list_vendor_custom_fields``)
        """
        path = "/coa/api/vendor_custom_field_1/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[VendorCustomField1], opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorCustomField1Param],
    ) -> VendorCustomField1:
        """Create Vendor Custom Field.

        ``POST /coa/api/vendor_custom_field_1/`` (operationId ``create_vendor_custom_field``)
        """
        path = "/coa/api/vendor_custom_field_1/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(VendorCustomField1, opts)

    def retrieve(
        self,
        vendor_custom_field_1_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VendorCustomField1:
        """Retrieve Vendor Custom Field.

        ``GET /coa/api/vendor_custom_field_1/{id}/`` (operationId ``get_vendor_custom_field``)
        """
        path = f"/coa/api/vendor_custom_field_1/{check_id('vendor_custom_field_1_id', vendor_custom_field_1_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(VendorCustomField1, opts)

    def update(
        self,
        vendor_custom_field_1_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorCustomField1Param],
    ) -> VendorCustomField1:
        """Update Vendor Custom Field.

        ``PUT /coa/api/vendor_custom_field_1/{id}/`` (operationId ``update_vendor_custom_field``)
        """
        path = f"/coa/api/vendor_custom_field_1/{check_id('vendor_custom_field_1_id', vendor_custom_field_1_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(VendorCustomField1, opts)

    def partial_update(
        self,
        vendor_custom_field_1_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedVendorCustomField1Param],
    ) -> VendorCustomField1:
        """Partial Update Vendor Custom Field.

        ``PATCH /coa/api/vendor_custom_field_1/{id}/`` (operationId ``partial_update_vendor_custom_field``)
        """
        path = f"/coa/api/vendor_custom_field_1/{check_id('vendor_custom_field_1_id', vendor_custom_field_1_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(VendorCustomField1, opts)

    def delete(
        self,
        vendor_custom_field_1_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Vendor Custom Field.

        ``DELETE /coa/api/vendor_custom_field_1/{id}/`` (operationId ``delete_vendor_custom_field``)
        """
        path = f"/coa/api/vendor_custom_field_1/{check_id('vendor_custom_field_1_id', vendor_custom_field_1_id)}/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> VendorCustomFieldsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return VendorCustomFieldsWithRawResponse(self)


class VendorCustomFieldsWithRawResponse(RawResponses):
    """``client.vendor_custom_fields.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: VendorCustomFields) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncVendorCustomFields(AsyncAPIResource):
    """``client.vendor_custom_fields`` (async): create, delete, list, partial_update, retrieve, update."""

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[VendorCustomField1]:
        """List Vendor Custom Fields.

        ``GET /coa/api/vendor_custom_field_1/`` (operationId ``list_vendor_custom_fields``)
        """
        path = "/coa/api/vendor_custom_field_1/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[VendorCustomField1], opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorCustomField1Param],
    ) -> VendorCustomField1:
        """Create Vendor Custom Field.

        ``POST /coa/api/vendor_custom_field_1/`` (operationId ``create_vendor_custom_field``)
        """
        path = "/coa/api/vendor_custom_field_1/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(VendorCustomField1, opts)

    async def retrieve(
        self,
        vendor_custom_field_1_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VendorCustomField1:
        """Retrieve Vendor Custom Field.

        ``GET /coa/api/vendor_custom_field_1/{id}/`` (operationId ``get_vendor_custom_field``)
        """
        path = f"/coa/api/vendor_custom_field_1/{check_id('vendor_custom_field_1_id', vendor_custom_field_1_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(VendorCustomField1, opts)

    async def update(
        self,
        vendor_custom_field_1_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorCustomField1Param],
    ) -> VendorCustomField1:
        """Update Vendor Custom Field.

        ``PUT /coa/api/vendor_custom_field_1/{id}/`` (operationId ``update_vendor_custom_field``)
        """
        path = f"/coa/api/vendor_custom_field_1/{check_id('vendor_custom_field_1_id', vendor_custom_field_1_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(VendorCustomField1, opts)

    async def partial_update(
        self,
        vendor_custom_field_1_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedVendorCustomField1Param],
    ) -> VendorCustomField1:
        """Partial Update Vendor Custom Field.

        ``PATCH /coa/api/vendor_custom_field_1/{id}/`` (operationId ``partial_update_vendor_custom_field``)
        """
        path = f"/coa/api/vendor_custom_field_1/{check_id('vendor_custom_field_1_id', vendor_custom_field_1_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(VendorCustomField1, opts)

    async def delete(
        self,
        vendor_custom_field_1_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Vendor Custom Field.

        ``DELETE /coa/api/vendor_custom_field_1/{id}/`` (operationId ``delete_vendor_custom_field``)
        """
        path = f"/coa/api/vendor_custom_field_1/{check_id('vendor_custom_field_1_id', vendor_custom_field_1_id)}/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncVendorCustomFieldsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncVendorCustomFieldsWithRawResponse(self)


class AsyncVendorCustomFieldsWithRawResponse(AsyncRawResponses):
    """``client.vendor_custom_fields.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncVendorCustomFields) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
