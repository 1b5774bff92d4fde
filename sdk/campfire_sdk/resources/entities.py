"""``client.entities``: the entities (companies) invoices are issued from."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types import (
    ChartEntity,
    ChartEntityParam,
    EntityListParams,
)

__all__ = ["AsyncEntities", "Entities"]


class Entities(SyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[EntityListParams],
    ) -> list[ChartEntity]:
        """All entities (Campfire does not page this list)."""
        return self._request(
            list[ChartEntity],
            options("GET", "/coa/api/entity", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartEntityParam],
    ) -> ChartEntity:
        return self._request(
            ChartEntity, options("POST", "/coa/api/entity", json=params, timeout=timeout, max_retries=max_retries)
        )


class AsyncEntities(AsyncAPIResource):
    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[EntityListParams],
    ) -> list[ChartEntity]:
        return await self._request(
            list[ChartEntity],
            options("GET", "/coa/api/entity", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartEntityParam],
    ) -> ChartEntity:
        return await self._request(
            ChartEntity, options("POST", "/coa/api/entity", json=params, timeout=timeout, max_retries=max_retries)
        )
