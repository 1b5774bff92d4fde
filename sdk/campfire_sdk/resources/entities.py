# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.entities``: the entities of the Campfire API."""

from __future__ import annotations

import builtins
import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.entities import (
    ChartEntity,
    ChartEntityMinimal,
    ChartEntityParam,
    EntityListParams,
    PatchedChartEntityParam,
)

__all__ = ["AsyncEntities", "AsyncEntitiesWithRawResponse", "Entities", "EntitiesWithRawResponse"]


class Entities(SyncAPIResource):
    """``client.entities``: create, create_attachment, delete, list, list_for_intercompany, partial_update, retrieve, update, upload_logo."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[EntityListParams],
    ) -> builtins.list[ChartEntity]:
        """List Chart Entities.

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
        """Create Chart Entity.

        ``POST /coa/api/entity`` (operationId ``coa_api_entity_create``)
        """
        path = "/coa/api/entity"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartEntity, opts)

    def create_attachment(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Upload Entity Invoice Email Attachment.

        ``POST /coa/api/entity/{entity_id}/attachment`` (operationId ``coa_api_entity_attachment_create``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}/attachment"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def retrieve(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChartEntity:
        """Retrieve Chart Entity.

        ``GET /coa/api/entity/{id}`` (operationId ``coa_api_entity_retrieve``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ChartEntity, opts)

    def update(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartEntityParam],
    ) -> ChartEntity:
        """Update Chart Entity.

        ``PUT /coa/api/entity/{id}`` (operationId ``coa_api_entity_update``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartEntity, opts)

    def partial_update(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartEntityParam],
    ) -> ChartEntity:
        """Partial Update Chart Entity.

        ``PATCH /coa/api/entity/{id}`` (operationId ``coa_api_entity_partial_update``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartEntity, opts)

    def delete(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Chart Entity.

        ``DELETE /coa/api/entity/{id}`` (operationId ``coa_api_entity_destroy``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def upload_logo(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Upload Chart Entity Logo.

        ``POST /coa/api/entity/{id}/logo`` (operationId ``coa_api_entity_logo_create``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}/logo"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def list_for_intercompany(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[ChartEntityMinimal]:
        """List All Entities for Intercompany JE.

        ``GET /coa/api/entity/for-intercompany`` (operationId ``coa_api_entity_for_intercompany_list``)
        """
        path = "/coa/api/entity/for-intercompany"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[ChartEntityMinimal], opts)

    @cached_property
    def with_raw_response(self) -> EntitiesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return EntitiesWithRawResponse(self)


class EntitiesWithRawResponse(RawResponses):
    """``client.entities.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Entities) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.create_attachment = to_raw_response(resource.create_attachment)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.upload_logo = to_raw_response(resource.upload_logo)
        self.list_for_intercompany = to_raw_response(resource.list_for_intercompany)


class AsyncEntities(AsyncAPIResource):
    """``client.entities`` (async): create, create_attachment, delete, list, list_for_intercompany, partial_update, retrieve, update, upload_logo."""

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[EntityListParams],
    ) -> builtins.list[ChartEntity]:
        """List Chart Entities.

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
        """Create Chart Entity.

        ``POST /coa/api/entity`` (operationId ``coa_api_entity_create``)
        """
        path = "/coa/api/entity"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartEntity, opts)

    async def create_attachment(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Upload Entity Invoice Email Attachment.

        ``POST /coa/api/entity/{entity_id}/attachment`` (operationId ``coa_api_entity_attachment_create``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}/attachment"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def retrieve(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChartEntity:
        """Retrieve Chart Entity.

        ``GET /coa/api/entity/{id}`` (operationId ``coa_api_entity_retrieve``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartEntity, opts)

    async def update(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartEntityParam],
    ) -> ChartEntity:
        """Update Chart Entity.

        ``PUT /coa/api/entity/{id}`` (operationId ``coa_api_entity_update``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartEntity, opts)

    async def partial_update(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartEntityParam],
    ) -> ChartEntity:
        """Partial Update Chart Entity.

        ``PATCH /coa/api/entity/{id}`` (operationId ``coa_api_entity_partial_update``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartEntity, opts)

    async def delete(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Chart Entity.

        ``DELETE /coa/api/entity/{id}`` (operationId ``coa_api_entity_destroy``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def upload_logo(
        self,
        entity_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Upload Chart Entity Logo.

        ``POST /coa/api/entity/{id}/logo`` (operationId ``coa_api_entity_logo_create``)
        """
        path = f"/coa/api/entity/{check_id('entity_id', entity_id)}/logo"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def list_for_intercompany(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[ChartEntityMinimal]:
        """List All Entities for Intercompany JE.

        ``GET /coa/api/entity/for-intercompany`` (operationId ``coa_api_entity_for_intercompany_list``)
        """
        path = "/coa/api/entity/for-intercompany"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[ChartEntityMinimal], opts)

    @cached_property
    def with_raw_response(self) -> AsyncEntitiesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncEntitiesWithRawResponse(self)


class AsyncEntitiesWithRawResponse(AsyncRawResponses):
    """``client.entities.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncEntities) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.create_attachment = async_to_raw_response(resource.create_attachment)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.upload_logo = async_to_raw_response(resource.upload_logo)
        self.list_for_intercompany = async_to_raw_response(resource.list_for_intercompany)
