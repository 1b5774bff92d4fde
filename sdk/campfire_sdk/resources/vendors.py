# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.vendors``: vendors, customers and employees (``client.clients`` too)."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._models import Vendor
from ..types._params import ClientListParams, VendorParam

__all__ = ["AsyncVendors", "Vendors"]


class Vendors(SyncAPIResource):
    """``client.vendors``: create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ClientListParams],
    ) -> SyncOffsetPage[Vendor]:
        """List clients and vendors.

        ``GET /coa/api/vendor`` (operationId ``coa_api_vendor_list``)
        """
        path = "/coa/api/vendor"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(Vendor, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorParam],
    ) -> Vendor:
        """Create a client or vendor.

        ``POST /coa/api/vendor`` (operationId ``coa_api_vendor_create``)
        """
        path = "/coa/api/vendor"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Vendor, opts)


class AsyncVendors(AsyncAPIResource):
    """``client.vendors`` (async): create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ClientListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Vendor], Vendor]:
        """List clients and vendors.

        ``GET /coa/api/vendor`` (operationId ``coa_api_vendor_list``)
        """
        path = "/coa/api/vendor"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(Vendor, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorParam],
    ) -> Vendor:
        """Create a client or vendor.

        ``POST /coa/api/vendor`` (operationId ``coa_api_vendor_create``)
        """
        path = "/coa/api/vendor"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Vendor, opts)
