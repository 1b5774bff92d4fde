# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.cost_allocations``: the cost allocations of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import DeletedRecord
from ..types.cost_allocations import (
    CostAllocation,
    CostAllocationListParams,
    CostAllocationParam,
    PatchedCostAllocationParam,
)

__all__ = ["AsyncCostAllocations", "AsyncCostAllocationsWithRawResponse", "CostAllocations", "CostAllocationsWithRawResponse"]


class CostAllocations(SyncAPIResource):
    """``client.cost_allocations``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CostAllocationListParams],
    ) -> SyncOffsetPage[CostAllocation | DeletedRecord]:
        """List Cost Allocation.

        ``GET /coa/api/cost-allocations`` (operationId ``coa_api_cost_allocations_list``)
        """
        path = "/coa/api/cost-allocations"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(CostAllocation, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CostAllocationParam],
    ) -> CostAllocation:
        """Create Cost Allocation.

        ``POST /coa/api/cost-allocations`` (operationId ``coa_api_cost_allocations_create``)
        """
        path = "/coa/api/cost-allocations"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(CostAllocation, opts)

    def retrieve(
        self,
        cost_allocation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CostAllocation:
        """Get Cost Allocation.

        ``GET /coa/api/cost-allocations/{id}`` (operationId ``coa_api_cost_allocations_retrieve``)
        """
        path = f"/coa/api/cost-allocations/{check_id('cost_allocation_id', cost_allocation_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(CostAllocation, opts)

    def update(
        self,
        cost_allocation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CostAllocationParam],
    ) -> CostAllocation:
        """Update Cost Allocation.

        ``PUT /coa/api/cost-allocations/{id}`` (operationId ``coa_api_cost_allocations_update``)
        """
        path = f"/coa/api/cost-allocations/{check_id('cost_allocation_id', cost_allocation_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(CostAllocation, opts)

    def partial_update(
        self,
        cost_allocation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedCostAllocationParam],
    ) -> CostAllocation:
        """Partial Update Cost Allocation.

        ``PATCH /coa/api/cost-allocations/{id}`` (operationId ``coa_api_cost_allocations_partial_update``)
        """
        path = f"/coa/api/cost-allocations/{check_id('cost_allocation_id', cost_allocation_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(CostAllocation, opts)

    def delete(
        self,
        cost_allocation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Cost Allocation.

        ``DELETE /coa/api/cost-allocations/{id}`` (operationId ``coa_api_cost_allocations_destroy``)
        """
        path = f"/coa/api/cost-allocations/{check_id('cost_allocation_id', cost_allocation_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> CostAllocationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return CostAllocationsWithRawResponse(self)


class CostAllocationsWithRawResponse(RawResponses):
    """``client.cost_allocations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: CostAllocations) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncCostAllocations(AsyncAPIResource):
    """``client.cost_allocations`` (async): create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CostAllocationListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[CostAllocation | DeletedRecord], CostAllocation | DeletedRecord]:
        """List Cost Allocation.

        ``GET /coa/api/cost-allocations`` (operationId ``coa_api_cost_allocations_list``)
        """
        path = "/coa/api/cost-allocations"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(CostAllocation, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CostAllocationParam],
    ) -> CostAllocation:
        """Create Cost Allocation.

        ``POST /coa/api/cost-allocations`` (operationId ``coa_api_cost_allocations_create``)
        """
        path = "/coa/api/cost-allocations"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(CostAllocation, opts)

    async def retrieve(
        self,
        cost_allocation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CostAllocation:
        """Get Cost Allocation.

        ``GET /coa/api/cost-allocations/{id}`` (operationId ``coa_api_cost_allocations_retrieve``)
        """
        path = f"/coa/api/cost-allocations/{check_id('cost_allocation_id', cost_allocation_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(CostAllocation, opts)

    async def update(
        self,
        cost_allocation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CostAllocationParam],
    ) -> CostAllocation:
        """Update Cost Allocation.

        ``PUT /coa/api/cost-allocations/{id}`` (operationId ``coa_api_cost_allocations_update``)
        """
        path = f"/coa/api/cost-allocations/{check_id('cost_allocation_id', cost_allocation_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(CostAllocation, opts)

    async def partial_update(
        self,
        cost_allocation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedCostAllocationParam],
    ) -> CostAllocation:
        """Partial Update Cost Allocation.

        ``PATCH /coa/api/cost-allocations/{id}`` (operationId ``coa_api_cost_allocations_partial_update``)
        """
        path = f"/coa/api/cost-allocations/{check_id('cost_allocation_id', cost_allocation_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(CostAllocation, opts)

    async def delete(
        self,
        cost_allocation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Cost Allocation.

        ``DELETE /coa/api/cost-allocations/{id}`` (operationId ``coa_api_cost_allocations_destroy``)
        """
        path = f"/coa/api/cost-allocations/{check_id('cost_allocation_id', cost_allocation_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncCostAllocationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncCostAllocationsWithRawResponse(self)


class AsyncCostAllocationsWithRawResponse(AsyncRawResponses):
    """``client.cost_allocations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncCostAllocations) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
