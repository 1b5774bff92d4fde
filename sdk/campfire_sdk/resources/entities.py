# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.entities``: the entities of the Campfire API."""

from __future__ import annotations

import builtins

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types._models import ChartEntity
from ..types._params import ChartEntityParam, EntityListParams

__all__ = ["AsyncEntities", "Entities"]


class Entities(SyncAPIResource):
    """``client.entities``: create, list."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[EntityListParams],
    ) -> builtins.list[ChartEntity]:
        """List entities.

        ``GET /coa/api/entity`` (operationId ``coa_api_entity_list``)
        """
        path = "/coa/api/entity"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[ChartEntity], opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartEntityParam],
    ) -> ChartEntity:
        """Create an entity.

        ``POST /coa/api/entity`` (operationId ``coa_api_entity_create``)
        """
        path = "/coa/api/entity"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartEntity, opts)


class AsyncEntities(AsyncAPIResource):
    """``client.entities`` (async): create, list."""

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[EntityListParams],
    ) -> builtins.list[ChartEntity]:
        """List entities.

        ``GET /coa/api/entity`` (operationId ``coa_api_entity_list``)
        """
        path = "/coa/api/entity"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[ChartEntity], opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartEntityParam],
    ) -> ChartEntity:
        """Create an entity.

        ``POST /coa/api/entity`` (operationId ``coa_api_entity_create``)
        """
        path = "/coa/api/entity"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartEntity, opts)
