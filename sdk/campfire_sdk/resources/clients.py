"""``client.clients``: Campfire calls an invoice's client a vendor (``vendor_type="customer"``)."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types import (
    ClientListParams,
    Vendor,
    VendorParam,
)

__all__ = ["AsyncClients", "Clients"]


class Clients(SyncAPIResource):
    """Campfire calls an invoice's client a vendor with ``vendor_type="customer"``."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ClientListParams],
    ) -> SyncOffsetPage[Vendor]:
        return self._offset_page(
            Vendor,
            options("GET", "/coa/api/vendor", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorParam],
    ) -> Vendor:
        return self._request(
            Vendor, options("POST", "/coa/api/vendor", json=params, timeout=timeout, max_retries=max_retries)
        )


class AsyncClients(AsyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ClientListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Vendor], Vendor]:
        return self._offset_paginator(
            Vendor,
            options("GET", "/coa/api/vendor", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorParam],
    ) -> Vendor:
        return await self._request(
            Vendor, options("POST", "/coa/api/vendor", json=params, timeout=timeout, max_retries=max_retries)
        )
