"""``client.contracts``: the contracts invoices may belong to."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types import (
    Contract,
    ContractListParams,
    ContractParam,
)

__all__ = ["AsyncContracts", "Contracts"]


class Contracts(SyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractListParams],
    ) -> SyncOffsetPage[Contract]:
        return self._offset_page(
            Contract,
            options("GET", "/rr/api/v1/contracts", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractParam],
    ) -> Contract:
        return self._request(
            Contract, options("POST", "/rr/api/v1/contracts", json=params, timeout=timeout, max_retries=max_retries)
        )


class AsyncContracts(AsyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Contract], Contract]:
        return self._offset_paginator(
            Contract,
            options("GET", "/rr/api/v1/contracts", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractParam],
    ) -> Contract:
        return await self._request(
            Contract, options("POST", "/rr/api/v1/contracts", json=params, timeout=timeout, max_retries=max_retries)
        )
