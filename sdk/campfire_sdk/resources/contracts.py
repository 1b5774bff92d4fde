# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.contracts``: the contracts of the Campfire API."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._models import Contract
from ..types._params import ContractListParams, ContractParam

__all__ = ["AsyncContracts", "Contracts"]


class Contracts(SyncAPIResource):
    """``client.contracts``: create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractListParams],
    ) -> SyncOffsetPage[Contract]:
        """List contracts.

        ``GET /rr/api/v1/contracts`` (operationId ``list_contracts``)
        """
        path = "/rr/api/v1/contracts"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(Contract, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractParam],
    ) -> Contract:
        """Create a contract.

        ``POST /rr/api/v1/contracts`` (operationId ``create_contract``)
        """
        path = "/rr/api/v1/contracts"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Contract, opts)


class AsyncContracts(AsyncAPIResource):
    """``client.contracts`` (async): create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Contract], Contract]:
        """List contracts.

        ``GET /rr/api/v1/contracts`` (operationId ``list_contracts``)
        """
        path = "/rr/api/v1/contracts"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(Contract, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractParam],
    ) -> Contract:
        """Create a contract.

        ``POST /rr/api/v1/contracts`` (operationId ``create_contract``)
        """
        path = "/rr/api/v1/contracts"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Contract, opts)
