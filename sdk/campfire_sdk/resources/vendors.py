# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.vendors``: vendors, customers and employees (``client.clients`` too)."""

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
from ..types._shared import DeletedRecord, VendorContact, VendorContactParam
from ..types.vendors import (
    BulkVendorSearchParam,
    PatchedVendorParam,
    Vendor,
    VendorContactListParams,
    VendorDeleteParams,
    VendorListParams,
    VendorListSummariesParams,
    VendorParam,
    VendorSummary,
)

__all__ = ["AsyncVendorContacts", "AsyncVendorContactsWithRawResponse", "AsyncVendors", "AsyncVendorsWithRawResponse", "VendorContacts", "VendorContactsWithRawResponse", "Vendors", "VendorsWithRawResponse"]


class VendorContacts(SyncAPIResource):
    """``client.vendors.contacts``: create, list."""

    def list(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorContactListParams],
    ) -> SyncOffsetPage[VendorContact]:
        """List Vendor Contacts.

        ``GET /coa/api/vendor/{id}/contacts`` (operationId ``coa_api_vendor_contacts_list``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}/contacts"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(VendorContact, opts)

    def create(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorContactParam],
    ) -> VendorContact:
        """Create Vendor Contact.

        ``POST /coa/api/vendor/{id}/contacts`` (operationId ``coa_api_vendor_contacts_create``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}/contacts"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(VendorContact, opts)

    @cached_property
    def with_raw_response(self) -> VendorContactsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return VendorContactsWithRawResponse(self)


class VendorContactsWithRawResponse(RawResponses):
    """``client.vendors.contacts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: VendorContacts) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncVendorContacts(AsyncAPIResource):
    """``client.vendors.contacts`` (async): create, list."""

    def list(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorContactListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[VendorContact], VendorContact]:
        """List Vendor Contacts.

        ``GET /coa/api/vendor/{id}/contacts`` (operationId ``coa_api_vendor_contacts_list``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}/contacts"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(VendorContact, opts)

    async def create(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorContactParam],
    ) -> VendorContact:
        """Create Vendor Contact.

        ``POST /coa/api/vendor/{id}/contacts`` (operationId ``coa_api_vendor_contacts_create``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}/contacts"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(VendorContact, opts)

    @cached_property
    def with_raw_response(self) -> AsyncVendorContactsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncVendorContactsWithRawResponse(self)


class AsyncVendorContactsWithRawResponse(AsyncRawResponses):
    """``client.vendors.contacts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncVendorContacts) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)


class Vendors(SyncAPIResource):
    """``client.vendors``: bulk_search, create, delete, list, list_summaries, partial_update, retrieve, update; ``.contacts``."""

    @cached_property
    def contacts(self) -> VendorContacts:
        """``client.vendors.contacts``."""
        return VendorContacts(self._client)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorListParams],
    ) -> SyncOffsetPage[Vendor | DeletedRecord]:
        """List Vendors.

        ``GET /coa/api/vendor`` (operationId ``coa_api_vendor_list``)
        """
        path = "/coa/api/vendor"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(Vendor, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorParam],
    ) -> Vendor:
        """Create Vendor.

        ``POST /coa/api/vendor`` (operationId ``coa_api_vendor_create``)
        """
        path = "/coa/api/vendor"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Vendor, opts)

    def retrieve(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Vendor:
        """Retrieve Vendor.

        ``GET /coa/api/vendor/{id}`` (operationId ``coa_api_vendor_retrieve``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(Vendor, opts)

    def update(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorParam],
    ) -> Vendor:
        """Update Vendor.

        ``PUT /coa/api/vendor/{id}`` (operationId ``coa_api_vendor_update``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Vendor, opts)

    def partial_update(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedVendorParam],
    ) -> Vendor:
        """Partial Update Vendor.

        ``PATCH /coa/api/vendor/{id}`` (operationId ``coa_api_vendor_partial_update``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Vendor, opts)

    def delete(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorDeleteParams],
    ) -> None:
        """Delete Vendor.

        ``DELETE /coa/api/vendor/{id}`` (operationId ``coa_api_vendor_destroy``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}"
        opts = options("DELETE", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkVendorSearchParam],
    ) -> builtins.list[Vendor]:
        """Bulk Search Vendors by External ID or Name.

        ``POST /coa/api/vendor/bulk-search`` (operationId ``coa_api_vendor_bulk_search_create``)
        """
        path = "/coa/api/vendor/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[Vendor], opts)

    def list_summaries(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorListSummariesParams],
    ) -> SyncOffsetPage[VendorSummary]:
        """List Vendor Summaries.

        ``GET /coa/api/vendor/summary`` (operationId ``list_vendor_summaries``)
        """
        path = "/coa/api/vendor/summary"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(VendorSummary, opts)

    @cached_property
    def with_raw_response(self) -> VendorsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return VendorsWithRawResponse(self)


class VendorsWithRawResponse(RawResponses):
    """``client.vendors.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Vendors) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.bulk_search = to_raw_response(resource.bulk_search)
        self.list_summaries = to_raw_response(resource.list_summaries)

    @cached_property
    def contacts(self) -> VendorContactsWithRawResponse:
        return VendorContactsWithRawResponse(self._resource.contacts)


class AsyncVendors(AsyncAPIResource):
    """``client.vendors`` (async): bulk_search, create, delete, list, list_summaries, partial_update, retrieve, update; ``.contacts``."""

    @cached_property
    def contacts(self) -> AsyncVendorContacts:
        """``client.vendors.contacts``."""
        return AsyncVendorContacts(self._client)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Vendor | DeletedRecord], Vendor | DeletedRecord]:
        """List Vendors.

        ``GET /coa/api/vendor`` (operationId ``coa_api_vendor_list``)
        """
        path = "/coa/api/vendor"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(Vendor, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorParam],
    ) -> Vendor:
        """Create Vendor.

        ``POST /coa/api/vendor`` (operationId ``coa_api_vendor_create``)
        """
        path = "/coa/api/vendor"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Vendor, opts)

    async def retrieve(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Vendor:
        """Retrieve Vendor.

        ``GET /coa/api/vendor/{id}`` (operationId ``coa_api_vendor_retrieve``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(Vendor, opts)

    async def update(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorParam],
    ) -> Vendor:
        """Update Vendor.

        ``PUT /coa/api/vendor/{id}`` (operationId ``coa_api_vendor_update``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Vendor, opts)

    async def partial_update(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedVendorParam],
    ) -> Vendor:
        """Partial Update Vendor.

        ``PATCH /coa/api/vendor/{id}`` (operationId ``coa_api_vendor_partial_update``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Vendor, opts)

    async def delete(
        self,
        vendor_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorDeleteParams],
    ) -> None:
        """Delete Vendor.

        ``DELETE /coa/api/vendor/{id}`` (operationId ``coa_api_vendor_destroy``)
        """
        path = f"/coa/api/vendor/{check_id('vendor_id', vendor_id)}"
        opts = options("DELETE", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkVendorSearchParam],
    ) -> builtins.list[Vendor]:
        """Bulk Search Vendors by External ID or Name.

        ``POST /coa/api/vendor/bulk-search`` (operationId ``coa_api_vendor_bulk_search_create``)
        """
        path = "/coa/api/vendor/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[Vendor], opts)

    def list_summaries(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorListSummariesParams],
    ) -> AsyncPaginator[AsyncOffsetPage[VendorSummary], VendorSummary]:
        """List Vendor Summaries.

        ``GET /coa/api/vendor/summary`` (operationId ``list_vendor_summaries``)
        """
        path = "/coa/api/vendor/summary"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(VendorSummary, opts)

    @cached_property
    def with_raw_response(self) -> AsyncVendorsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncVendorsWithRawResponse(self)


class AsyncVendorsWithRawResponse(AsyncRawResponses):
    """``client.vendors.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncVendors) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.bulk_search = async_to_raw_response(resource.bulk_search)
        self.list_summaries = async_to_raw_response(resource.list_summaries)

    @cached_property
    def contacts(self) -> AsyncVendorContactsWithRawResponse:
        return AsyncVendorContactsWithRawResponse(self._resource.contacts)
