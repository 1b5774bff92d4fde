# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.contracts``: the contracts of the Campfire API."""

from __future__ import annotations

import builtins
import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import list_of, or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import DeletedRecord
from ..types.contracts import (
    BulkContractSearchParam,
    Contract,
    ContractBundle,
    ContractBundleListParams,
    ContractBundleParam,
    ContractDuplicateResponse,
    ContractListParams,
    ContractMilestone,
    ContractMilestoneListParams,
    ContractMilestoneParam,
    ContractParam,
    ContractPrepaidCommit,
    ContractPrepaidCommitConsumptionListParams,
    ContractPrepaidCommitListParams,
    ContractPrepaidCommitParam,
    ContractPrepaidCommitUsageEventDistinctValuesParams,
    ContractPrepaidCommitUsageEventListParams,
    ContractProductBundle,
    ContractProductBundleUpdateParam,
    ContractSubscription,
    ContractSubscriptionListParams,
    ContractSubscriptionParam,
    ContractTierPriceOverrideListParams,
    ContractUpdateParam,
    ContractUsageListParams,
    ContractUsageParam,
    MinimumCommitPreview,
    PatchedContractBundleParam,
    PatchedContractMilestoneParam,
    PatchedContractPrepaidCommitParam,
    PatchedContractProductBundleUpdateParam,
    PatchedContractSubscriptionParam,
    PatchedContractUpdateParam,
    PatchedContractUsageParam,
    PrepaidCommitSummary,
    PrepaidUsageEvent,
    RecordConsumptionInput,
    RecordConsumptionInputParam,
    TerminateContractParam,
    TerminateContractResponse,
    TierPriceOverride,
    TierPriceOverrideParam,
    UsageEventDistinctValues,
)
from ..types.contracts import ContractPrepaidCommitConsumption as ContractPrepaidCommitConsumptionModel
from ..types.contracts import ContractUsage as ContractUsageModel

__all__ = ["AsyncContractBundles", "AsyncContractBundlesWithRawResponse", "AsyncContractMilestoneAllocations", "AsyncContractMilestoneAllocationsWithRawResponse", "AsyncContractMilestones", "AsyncContractMilestonesWithRawResponse", "AsyncContractPrepaidCommitConsumption", "AsyncContractPrepaidCommitConsumptionWithRawResponse", "AsyncContractPrepaidCommitUsageEvents", "AsyncContractPrepaidCommitUsageEventsWithRawResponse", "AsyncContractPrepaidCommits", "AsyncContractPrepaidCommitsWithRawResponse", "AsyncContractSubscriptionAllocations", "AsyncContractSubscriptionAllocationsWithRawResponse", "AsyncContractSubscriptions", "AsyncContractSubscriptionsWithRawResponse", "AsyncContractTierPriceOverrides", "AsyncContractTierPriceOverridesWithRawResponse", "AsyncContractUsage", "AsyncContractUsageAllocations", "AsyncContractUsageAllocationsWithRawResponse", "AsyncContractUsageWithRawResponse", "AsyncContracts", "AsyncContractsWithRawResponse", "ContractBundles", "ContractBundlesWithRawResponse", "ContractMilestoneAllocations", "ContractMilestoneAllocationsWithRawResponse", "ContractMilestones", "ContractMilestonesWithRawResponse", "ContractPrepaidCommitConsumption", "ContractPrepaidCommitConsumptionWithRawResponse", "ContractPrepaidCommitUsageEvents", "ContractPrepaidCommitUsageEventsWithRawResponse", "ContractPrepaidCommits", "ContractPrepaidCommitsWithRawResponse", "ContractSubscriptionAllocations", "ContractSubscriptionAllocationsWithRawResponse", "ContractSubscriptions", "ContractSubscriptionsWithRawResponse", "ContractTierPriceOverrides", "ContractTierPriceOverridesWithRawResponse", "ContractUsage", "ContractUsageAllocations", "ContractUsageAllocationsWithRawResponse", "ContractUsageWithRawResponse", "Contracts", "ContractsWithRawResponse"]


class ContractBundles(SyncAPIResource):
    """``client.contracts.bundles``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractBundleListParams],
    ) -> builtins.list[ContractBundle | DeletedRecord]:
        """List Contract Bundles.

        ``GET /rr/api/v1/contracts/{contract_id}/bundles`` (operationId ``list_contract_bundles``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(list_of(or_deleted(ContractBundle, DeletedRecord)), opts)

    def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractBundleParam],
    ) -> ContractBundle:
        """Create Contract Bundle.

        ``POST /rr/api/v1/contracts/{contract_id}/bundles`` (operationId ``create_contract_bundle``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractBundle, opts)

    def retrieve(
        self,
        contract_id: int | str,
        bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractBundle:
        """Retrieve Contract Bundle.

        ``GET /rr/api/v1/contracts/{contract_id}/bundles/{id}`` (operationId ``rr_api_v1_contracts_bundles_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles/{check_id('bundle_id', bundle_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ContractBundle, opts)

    def update(
        self,
        contract_id: int | str,
        bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractBundleParam],
    ) -> ContractBundle:
        """Update Contract Bundle.

        ``PUT /rr/api/v1/contracts/{contract_id}/bundles/{id}`` (operationId ``rr_api_v1_contracts_bundles_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles/{check_id('bundle_id', bundle_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractBundle, opts)

    def partial_update(
        self,
        contract_id: int | str,
        bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractBundleParam],
    ) -> ContractBundle:
        """Partial Update Contract Bundle.

        ``PATCH /rr/api/v1/contracts/{contract_id}/bundles/{id}`` (operationId ``rr_api_v1_contracts_bundles_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles/{check_id('bundle_id', bundle_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractBundle, opts)

    def delete(
        self,
        contract_id: int | str,
        bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract Bundle.

        ``DELETE /rr/api/v1/contracts/{contract_id}/bundles/{id}`` (operationId ``rr_api_v1_contracts_bundles_destroy``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles/{check_id('bundle_id', bundle_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> ContractBundlesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractBundlesWithRawResponse(self)


class ContractBundlesWithRawResponse(RawResponses):
    """``client.contracts.bundles.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractBundles) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncContractBundles(AsyncAPIResource):
    """``client.contracts.bundles`` (async): create, delete, list, partial_update, retrieve, update."""

    async def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractBundleListParams],
    ) -> builtins.list[ContractBundle | DeletedRecord]:
        """List Contract Bundles.

        ``GET /rr/api/v1/contracts/{contract_id}/bundles`` (operationId ``list_contract_bundles``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(list_of(or_deleted(ContractBundle, DeletedRecord)), opts)

    async def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractBundleParam],
    ) -> ContractBundle:
        """Create Contract Bundle.

        ``POST /rr/api/v1/contracts/{contract_id}/bundles`` (operationId ``create_contract_bundle``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractBundle, opts)

    async def retrieve(
        self,
        contract_id: int | str,
        bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractBundle:
        """Retrieve Contract Bundle.

        ``GET /rr/api/v1/contracts/{contract_id}/bundles/{id}`` (operationId ``rr_api_v1_contracts_bundles_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles/{check_id('bundle_id', bundle_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractBundle, opts)

    async def update(
        self,
        contract_id: int | str,
        bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractBundleParam],
    ) -> ContractBundle:
        """Update Contract Bundle.

        ``PUT /rr/api/v1/contracts/{contract_id}/bundles/{id}`` (operationId ``rr_api_v1_contracts_bundles_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles/{check_id('bundle_id', bundle_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractBundle, opts)

    async def partial_update(
        self,
        contract_id: int | str,
        bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractBundleParam],
    ) -> ContractBundle:
        """Partial Update Contract Bundle.

        ``PATCH /rr/api/v1/contracts/{contract_id}/bundles/{id}`` (operationId ``rr_api_v1_contracts_bundles_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles/{check_id('bundle_id', bundle_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractBundle, opts)

    async def delete(
        self,
        contract_id: int | str,
        bundle_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract Bundle.

        ``DELETE /rr/api/v1/contracts/{contract_id}/bundles/{id}`` (operationId ``rr_api_v1_contracts_bundles_destroy``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/bundles/{check_id('bundle_id', bundle_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractBundlesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractBundlesWithRawResponse(self)


class AsyncContractBundlesWithRawResponse(AsyncRawResponses):
    """``client.contracts.bundles.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractBundles) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)


class ContractMilestoneAllocations(SyncAPIResource):
    """``client.contracts.milestones.allocations``: partial_update, retrieve, update."""

    def retrieve(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractProductBundle:
        """Get Bundle Allocations.

        ``GET /rr/api/v1/contracts/{contract_id}/milestones/{milestone_id}/allocations`` (operationId ``rr_api_v1_contracts_milestones_allocations_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}/allocations"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ContractProductBundle, opts)

    def update(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Update Bundle Allocations.

        ``PUT /rr/api/v1/contracts/{contract_id}/milestones/{milestone_id}/allocations`` (operationId ``rr_api_v1_contracts_milestones_allocations_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}/allocations"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractProductBundle, opts)

    def partial_update(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Partial Update Bundle Allocations.

        ``PATCH /rr/api/v1/contracts/{contract_id}/milestones/{milestone_id}/allocations`` (operationId ``rr_api_v1_contracts_milestones_allocations_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}/allocations"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractProductBundle, opts)

    @cached_property
    def with_raw_response(self) -> ContractMilestoneAllocationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractMilestoneAllocationsWithRawResponse(self)


class ContractMilestoneAllocationsWithRawResponse(RawResponses):
    """``client.contracts.milestones.allocations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractMilestoneAllocations) -> None:
        super().__init__(resource)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncContractMilestoneAllocations(AsyncAPIResource):
    """``client.contracts.milestones.allocations`` (async): partial_update, retrieve, update."""

    async def retrieve(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractProductBundle:
        """Get Bundle Allocations.

        ``GET /rr/api/v1/contracts/{contract_id}/milestones/{milestone_id}/allocations`` (operationId ``rr_api_v1_contracts_milestones_allocations_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}/allocations"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractProductBundle, opts)

    async def update(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Update Bundle Allocations.

        ``PUT /rr/api/v1/contracts/{contract_id}/milestones/{milestone_id}/allocations`` (operationId ``rr_api_v1_contracts_milestones_allocations_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}/allocations"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractProductBundle, opts)

    async def partial_update(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Partial Update Bundle Allocations.

        ``PATCH /rr/api/v1/contracts/{contract_id}/milestones/{milestone_id}/allocations`` (operationId ``rr_api_v1_contracts_milestones_allocations_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}/allocations"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractProductBundle, opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractMilestoneAllocationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractMilestoneAllocationsWithRawResponse(self)


class AsyncContractMilestoneAllocationsWithRawResponse(AsyncRawResponses):
    """``client.contracts.milestones.allocations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractMilestoneAllocations) -> None:
        super().__init__(resource)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)


class ContractMilestones(SyncAPIResource):
    """``client.contracts.milestones``: create, delete, list, partial_update, retrieve, update; ``.allocations``."""

    @cached_property
    def allocations(self) -> ContractMilestoneAllocations:
        """``client.contracts.milestones.allocations``."""
        return ContractMilestoneAllocations(self._client)

    def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractMilestoneListParams],
    ) -> SyncOffsetPage[ContractMilestone | DeletedRecord]:
        """List Contract Milestones.

        ``GET /rr/api/v1/contracts/{contract_id}/milestones`` (operationId ``list_contract_milestones``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(ContractMilestone, DeletedRecord), opts)

    def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractMilestoneParam],
    ) -> ContractMilestone:
        """Create Contract Milestone.

        ``POST /rr/api/v1/contracts/{contract_id}/milestones`` (operationId ``create_contract_milestone``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractMilestone, opts)

    def retrieve(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractMilestone:
        """Retrieve Contract Milestone.

        ``GET /rr/api/v1/contracts/{contract_id}/milestones/{id}`` (operationId ``rr_api_v1_contracts_milestones_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ContractMilestone, opts)

    def update(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractMilestoneParam],
    ) -> ContractMilestone:
        """Update Contract Milestone.

        ``PUT /rr/api/v1/contracts/{contract_id}/milestones/{id}`` (operationId ``rr_api_v1_contracts_milestones_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractMilestone, opts)

    def partial_update(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractMilestoneParam],
    ) -> ContractMilestone:
        """Partial Update Contract Milestone.

        ``PATCH /rr/api/v1/contracts/{contract_id}/milestones/{id}`` (operationId ``rr_api_v1_contracts_milestones_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractMilestone, opts)

    def delete(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract Milestone.

        ``DELETE /rr/api/v1/contracts/{contract_id}/milestones/{id}`` (operationId ``rr_api_v1_contracts_milestones_destroy``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> ContractMilestonesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractMilestonesWithRawResponse(self)


class ContractMilestonesWithRawResponse(RawResponses):
    """``client.contracts.milestones.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractMilestones) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)

    @cached_property
    def allocations(self) -> ContractMilestoneAllocationsWithRawResponse:
        return ContractMilestoneAllocationsWithRawResponse(self._resource.allocations)


class AsyncContractMilestones(AsyncAPIResource):
    """``client.contracts.milestones`` (async): create, delete, list, partial_update, retrieve, update; ``.allocations``."""

    @cached_property
    def allocations(self) -> AsyncContractMilestoneAllocations:
        """``client.contracts.milestones.allocations``."""
        return AsyncContractMilestoneAllocations(self._client)

    def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractMilestoneListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ContractMilestone | DeletedRecord], ContractMilestone | DeletedRecord]:
        """List Contract Milestones.

        ``GET /rr/api/v1/contracts/{contract_id}/milestones`` (operationId ``list_contract_milestones``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(ContractMilestone, DeletedRecord), opts)

    async def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractMilestoneParam],
    ) -> ContractMilestone:
        """Create Contract Milestone.

        ``POST /rr/api/v1/contracts/{contract_id}/milestones`` (operationId ``create_contract_milestone``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractMilestone, opts)

    async def retrieve(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractMilestone:
        """Retrieve Contract Milestone.

        ``GET /rr/api/v1/contracts/{contract_id}/milestones/{id}`` (operationId ``rr_api_v1_contracts_milestones_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractMilestone, opts)

    async def update(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractMilestoneParam],
    ) -> ContractMilestone:
        """Update Contract Milestone.

        ``PUT /rr/api/v1/contracts/{contract_id}/milestones/{id}`` (operationId ``rr_api_v1_contracts_milestones_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractMilestone, opts)

    async def partial_update(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractMilestoneParam],
    ) -> ContractMilestone:
        """Partial Update Contract Milestone.

        ``PATCH /rr/api/v1/contracts/{contract_id}/milestones/{id}`` (operationId ``rr_api_v1_contracts_milestones_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractMilestone, opts)

    async def delete(
        self,
        contract_id: int | str,
        milestone_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract Milestone.

        ``DELETE /rr/api/v1/contracts/{contract_id}/milestones/{id}`` (operationId ``rr_api_v1_contracts_milestones_destroy``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/milestones/{check_id('milestone_id', milestone_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractMilestonesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractMilestonesWithRawResponse(self)


class AsyncContractMilestonesWithRawResponse(AsyncRawResponses):
    """``client.contracts.milestones.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractMilestones) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)

    @cached_property
    def allocations(self) -> AsyncContractMilestoneAllocationsWithRawResponse:
        return AsyncContractMilestoneAllocationsWithRawResponse(self._resource.allocations)


class ContractPrepaidCommitConsumption(SyncAPIResource):
    """``client.contracts.prepaid_commits.consumption``: create, delete, list, update."""

    def list(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitConsumptionListParams],
    ) -> SyncOffsetPage[ContractPrepaidCommitConsumptionModel]:
        """List Prepaid Commit Consumption.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/consumption`` (operationId ``list_prepaid_commit_consumption``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/consumption"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(ContractPrepaidCommitConsumptionModel, opts)

    def create(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RecordConsumptionInputParam],
    ) -> RecordConsumptionInput:
        """Create Prepaid Commit Consumption.

        ``POST /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/consumption`` (operationId ``create_prepaid_commit_consumption``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/consumption"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(RecordConsumptionInput, opts)

    def update(
        self,
        contract_id: int | str,
        commit_id: int | str,
        consumption_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractPrepaidCommitConsumptionModel | None:
        """Update Prepaid Commit Consumption.

        ``PUT /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/consumption/{id}`` (operationId ``update_prepaid_commit_consumption``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/consumption/{check_id('consumption_id', consumption_id)}"
        opts = options("PUT", path, timeout=timeout, max_retries=max_retries)
        return self._request_or_none(ContractPrepaidCommitConsumptionModel, opts)

    def delete(
        self,
        contract_id: int | str,
        commit_id: int | str,
        consumption_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Prepaid Commit Consumption.

        ``DELETE /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/consumption/{id}`` (operationId ``delete_prepaid_commit_consumption``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/consumption/{check_id('consumption_id', consumption_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> ContractPrepaidCommitConsumptionWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractPrepaidCommitConsumptionWithRawResponse(self)


class ContractPrepaidCommitConsumptionWithRawResponse(RawResponses):
    """``client.contracts.prepaid_commits.consumption.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractPrepaidCommitConsumption) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)


class AsyncContractPrepaidCommitConsumption(AsyncAPIResource):
    """``client.contracts.prepaid_commits.consumption`` (async): create, delete, list, update."""

    def list(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitConsumptionListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ContractPrepaidCommitConsumptionModel], ContractPrepaidCommitConsumptionModel]:
        """List Prepaid Commit Consumption.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/consumption`` (operationId ``list_prepaid_commit_consumption``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/consumption"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(ContractPrepaidCommitConsumptionModel, opts)

    async def create(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[RecordConsumptionInputParam],
    ) -> RecordConsumptionInput:
        """Create Prepaid Commit Consumption.

        ``POST /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/consumption`` (operationId ``create_prepaid_commit_consumption``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/consumption"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(RecordConsumptionInput, opts)

    async def update(
        self,
        contract_id: int | str,
        commit_id: int | str,
        consumption_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractPrepaidCommitConsumptionModel | None:
        """Update Prepaid Commit Consumption.

        ``PUT /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/consumption/{id}`` (operationId ``update_prepaid_commit_consumption``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/consumption/{check_id('consumption_id', consumption_id)}"
        opts = options("PUT", path, timeout=timeout, max_retries=max_retries)
        return await self._request_or_none(ContractPrepaidCommitConsumptionModel, opts)

    async def delete(
        self,
        contract_id: int | str,
        commit_id: int | str,
        consumption_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Prepaid Commit Consumption.

        ``DELETE /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/consumption/{id}`` (operationId ``delete_prepaid_commit_consumption``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/consumption/{check_id('consumption_id', consumption_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractPrepaidCommitConsumptionWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractPrepaidCommitConsumptionWithRawResponse(self)


class AsyncContractPrepaidCommitConsumptionWithRawResponse(AsyncRawResponses):
    """``client.contracts.prepaid_commits.consumption.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractPrepaidCommitConsumption) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)


class ContractPrepaidCommitUsageEvents(SyncAPIResource):
    """``client.contracts.prepaid_commits.usage_events``: distinct_values, list, template, upload."""

    def list(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitUsageEventListParams],
    ) -> SyncOffsetPage[PrepaidUsageEvent]:
        """List Prepaid Commit Usage Events.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/usage-events`` (operationId ``list_prepaid_commit_usage_events``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/usage-events"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(PrepaidUsageEvent, opts)

    def distinct_values(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitUsageEventDistinctValuesParams],
    ) -> UsageEventDistinctValues:
        """Get Prepaid Commit Usage Event Distinct Values.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/usage-events/distinct-values`` (operationId ``get_prepaid_commit_usage_event_distinct_values``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/usage-events/distinct-values"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(UsageEventDistinctValues, opts)

    def template(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get Prepaid Commit Usage Events Template.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/usage-events/template`` (operationId ``get_prepaid_commit_usage_events_template``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/usage-events/template"
        opts = options("GET", path, headers={"Accept": "text/csv"}, timeout=timeout, max_retries=max_retries)
        return self._request(str, opts)

    def upload(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Upload Prepaid Commit Usage Events.

        ``POST /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/usage-events/upload`` (operationId ``upload_prepaid_commit_usage_events``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/usage-events/upload"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> ContractPrepaidCommitUsageEventsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractPrepaidCommitUsageEventsWithRawResponse(self)


class ContractPrepaidCommitUsageEventsWithRawResponse(RawResponses):
    """``client.contracts.prepaid_commits.usage_events.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractPrepaidCommitUsageEvents) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.distinct_values = to_raw_response(resource.distinct_values)
        self.template = to_raw_response(resource.template)
        self.upload = to_raw_response(resource.upload)


class AsyncContractPrepaidCommitUsageEvents(AsyncAPIResource):
    """``client.contracts.prepaid_commits.usage_events`` (async): distinct_values, list, template, upload."""

    def list(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitUsageEventListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[PrepaidUsageEvent], PrepaidUsageEvent]:
        """List Prepaid Commit Usage Events.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/usage-events`` (operationId ``list_prepaid_commit_usage_events``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/usage-events"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(PrepaidUsageEvent, opts)

    async def distinct_values(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitUsageEventDistinctValuesParams],
    ) -> UsageEventDistinctValues:
        """Get Prepaid Commit Usage Event Distinct Values.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/usage-events/distinct-values`` (operationId ``get_prepaid_commit_usage_event_distinct_values``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/usage-events/distinct-values"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(UsageEventDistinctValues, opts)

    async def template(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get Prepaid Commit Usage Events Template.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/usage-events/template`` (operationId ``get_prepaid_commit_usage_events_template``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/usage-events/template"
        opts = options("GET", path, headers={"Accept": "text/csv"}, timeout=timeout, max_retries=max_retries)
        return await self._request(str, opts)

    async def upload(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Upload Prepaid Commit Usage Events.

        ``POST /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/usage-events/upload`` (operationId ``upload_prepaid_commit_usage_events``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/usage-events/upload"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractPrepaidCommitUsageEventsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractPrepaidCommitUsageEventsWithRawResponse(self)


class AsyncContractPrepaidCommitUsageEventsWithRawResponse(AsyncRawResponses):
    """``client.contracts.prepaid_commits.usage_events.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractPrepaidCommitUsageEvents) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.distinct_values = async_to_raw_response(resource.distinct_values)
        self.template = async_to_raw_response(resource.template)
        self.upload = async_to_raw_response(resource.upload)


class ContractPrepaidCommits(SyncAPIResource):
    """``client.contracts.prepaid_commits``: create, delete, list, partial_update, process_adjustments, retrieve, update; ``.consumption``, ``.usage_events``."""

    @cached_property
    def consumption(self) -> ContractPrepaidCommitConsumption:
        """``client.contracts.prepaid_commits.consumption``."""
        return ContractPrepaidCommitConsumption(self._client)

    @cached_property
    def usage_events(self) -> ContractPrepaidCommitUsageEvents:
        """``client.contracts.prepaid_commits.usage_events``."""
        return ContractPrepaidCommitUsageEvents(self._client)

    def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitListParams],
    ) -> SyncOffsetPage[ContractPrepaidCommit]:
        """List Prepaid Commits.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits`` (operationId ``list_prepaid_commits``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(ContractPrepaidCommit, opts)

    def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitParam],
    ) -> ContractPrepaidCommit:
        """Create Prepaid Commit.

        ``POST /rr/api/v1/contracts/{contract_id}/prepaid-commits`` (operationId ``create_prepaid_commit``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractPrepaidCommit, opts)

    def process_adjustments(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Process Prepaid Commit Adjustments.

        ``POST /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/process-adjustments`` (operationId ``process_prepaid_commit_adjustments``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/process-adjustments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def retrieve(
        self,
        contract_id: int | str,
        prepaid_commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractPrepaidCommit:
        """Retrieve Prepaid Commit.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits/{id}`` (operationId ``get_prepaid_commit``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('prepaid_commit_id', prepaid_commit_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ContractPrepaidCommit, opts)

    def update(
        self,
        contract_id: int | str,
        prepaid_commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitParam],
    ) -> ContractPrepaidCommit:
        """Update Prepaid Commit.

        ``PUT /rr/api/v1/contracts/{contract_id}/prepaid-commits/{id}`` (operationId ``update_prepaid_commit``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('prepaid_commit_id', prepaid_commit_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractPrepaidCommit, opts)

    def partial_update(
        self,
        contract_id: int | str,
        prepaid_commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractPrepaidCommitParam],
    ) -> ContractPrepaidCommit:
        """Partial Update Prepaid Commit.

        ``PATCH /rr/api/v1/contracts/{contract_id}/prepaid-commits/{id}`` (operationId ``partial_update_prepaid_commit``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('prepaid_commit_id', prepaid_commit_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractPrepaidCommit, opts)

    def delete(
        self,
        contract_id: int | str,
        prepaid_commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Prepaid Commit.

        ``DELETE /rr/api/v1/contracts/{contract_id}/prepaid-commits/{id}`` (operationId ``delete_prepaid_commit``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('prepaid_commit_id', prepaid_commit_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> ContractPrepaidCommitsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractPrepaidCommitsWithRawResponse(self)


class ContractPrepaidCommitsWithRawResponse(RawResponses):
    """``client.contracts.prepaid_commits.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractPrepaidCommits) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.process_adjustments = to_raw_response(resource.process_adjustments)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)

    @cached_property
    def consumption(self) -> ContractPrepaidCommitConsumptionWithRawResponse:
        return ContractPrepaidCommitConsumptionWithRawResponse(self._resource.consumption)

    @cached_property
    def usage_events(self) -> ContractPrepaidCommitUsageEventsWithRawResponse:
        return ContractPrepaidCommitUsageEventsWithRawResponse(self._resource.usage_events)


class AsyncContractPrepaidCommits(AsyncAPIResource):
    """``client.contracts.prepaid_commits`` (async): create, delete, list, partial_update, process_adjustments, retrieve, update; ``.consumption``, ``.usage_events``."""

    @cached_property
    def consumption(self) -> AsyncContractPrepaidCommitConsumption:
        """``client.contracts.prepaid_commits.consumption``."""
        return AsyncContractPrepaidCommitConsumption(self._client)

    @cached_property
    def usage_events(self) -> AsyncContractPrepaidCommitUsageEvents:
        """``client.contracts.prepaid_commits.usage_events``."""
        return AsyncContractPrepaidCommitUsageEvents(self._client)

    def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ContractPrepaidCommit], ContractPrepaidCommit]:
        """List Prepaid Commits.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits`` (operationId ``list_prepaid_commits``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(ContractPrepaidCommit, opts)

    async def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitParam],
    ) -> ContractPrepaidCommit:
        """Create Prepaid Commit.

        ``POST /rr/api/v1/contracts/{contract_id}/prepaid-commits`` (operationId ``create_prepaid_commit``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractPrepaidCommit, opts)

    async def process_adjustments(
        self,
        contract_id: int | str,
        commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Process Prepaid Commit Adjustments.

        ``POST /rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/process-adjustments`` (operationId ``process_prepaid_commit_adjustments``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('commit_id', commit_id)}/process-adjustments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def retrieve(
        self,
        contract_id: int | str,
        prepaid_commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractPrepaidCommit:
        """Retrieve Prepaid Commit.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commits/{id}`` (operationId ``get_prepaid_commit``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('prepaid_commit_id', prepaid_commit_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractPrepaidCommit, opts)

    async def update(
        self,
        contract_id: int | str,
        prepaid_commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractPrepaidCommitParam],
    ) -> ContractPrepaidCommit:
        """Update Prepaid Commit.

        ``PUT /rr/api/v1/contracts/{contract_id}/prepaid-commits/{id}`` (operationId ``update_prepaid_commit``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('prepaid_commit_id', prepaid_commit_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractPrepaidCommit, opts)

    async def partial_update(
        self,
        contract_id: int | str,
        prepaid_commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractPrepaidCommitParam],
    ) -> ContractPrepaidCommit:
        """Partial Update Prepaid Commit.

        ``PATCH /rr/api/v1/contracts/{contract_id}/prepaid-commits/{id}`` (operationId ``partial_update_prepaid_commit``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('prepaid_commit_id', prepaid_commit_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractPrepaidCommit, opts)

    async def delete(
        self,
        contract_id: int | str,
        prepaid_commit_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Prepaid Commit.

        ``DELETE /rr/api/v1/contracts/{contract_id}/prepaid-commits/{id}`` (operationId ``delete_prepaid_commit``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commits/{check_id('prepaid_commit_id', prepaid_commit_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractPrepaidCommitsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractPrepaidCommitsWithRawResponse(self)


class AsyncContractPrepaidCommitsWithRawResponse(AsyncRawResponses):
    """``client.contracts.prepaid_commits.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractPrepaidCommits) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.process_adjustments = async_to_raw_response(resource.process_adjustments)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)

    @cached_property
    def consumption(self) -> AsyncContractPrepaidCommitConsumptionWithRawResponse:
        return AsyncContractPrepaidCommitConsumptionWithRawResponse(self._resource.consumption)

    @cached_property
    def usage_events(self) -> AsyncContractPrepaidCommitUsageEventsWithRawResponse:
        return AsyncContractPrepaidCommitUsageEventsWithRawResponse(self._resource.usage_events)


class ContractSubscriptionAllocations(SyncAPIResource):
    """``client.contracts.subscriptions.allocations``: partial_update, retrieve, update."""

    def retrieve(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractProductBundle:
        """Get Bundle Allocations.

        ``GET /rr/api/v1/contracts/{contract_id}/subscriptions/{subscription_id}/allocations`` (operationId ``rr_api_v1_contracts_subscriptions_allocations_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}/allocations"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ContractProductBundle, opts)

    def update(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Update Bundle Allocations.

        ``PUT /rr/api/v1/contracts/{contract_id}/subscriptions/{subscription_id}/allocations`` (operationId ``rr_api_v1_contracts_subscriptions_allocations_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}/allocations"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractProductBundle, opts)

    def partial_update(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Partial Update Bundle Allocations.

        ``PATCH /rr/api/v1/contracts/{contract_id}/subscriptions/{subscription_id}/allocations`` (operationId ``rr_api_v1_contracts_subscriptions_allocations_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}/allocations"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractProductBundle, opts)

    @cached_property
    def with_raw_response(self) -> ContractSubscriptionAllocationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractSubscriptionAllocationsWithRawResponse(self)


class ContractSubscriptionAllocationsWithRawResponse(RawResponses):
    """``client.contracts.subscriptions.allocations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractSubscriptionAllocations) -> None:
        super().__init__(resource)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncContractSubscriptionAllocations(AsyncAPIResource):
    """``client.contracts.subscriptions.allocations`` (async): partial_update, retrieve, update."""

    async def retrieve(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractProductBundle:
        """Get Bundle Allocations.

        ``GET /rr/api/v1/contracts/{contract_id}/subscriptions/{subscription_id}/allocations`` (operationId ``rr_api_v1_contracts_subscriptions_allocations_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}/allocations"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractProductBundle, opts)

    async def update(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Update Bundle Allocations.

        ``PUT /rr/api/v1/contracts/{contract_id}/subscriptions/{subscription_id}/allocations`` (operationId ``rr_api_v1_contracts_subscriptions_allocations_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}/allocations"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractProductBundle, opts)

    async def partial_update(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Partial Update Bundle Allocations.

        ``PATCH /rr/api/v1/contracts/{contract_id}/subscriptions/{subscription_id}/allocations`` (operationId ``rr_api_v1_contracts_subscriptions_allocations_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}/allocations"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractProductBundle, opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractSubscriptionAllocationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractSubscriptionAllocationsWithRawResponse(self)


class AsyncContractSubscriptionAllocationsWithRawResponse(AsyncRawResponses):
    """``client.contracts.subscriptions.allocations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractSubscriptionAllocations) -> None:
        super().__init__(resource)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)


class ContractSubscriptions(SyncAPIResource):
    """``client.contracts.subscriptions``: create, delete, list, partial_update, retrieve, update; ``.allocations``."""

    @cached_property
    def allocations(self) -> ContractSubscriptionAllocations:
        """``client.contracts.subscriptions.allocations``."""
        return ContractSubscriptionAllocations(self._client)

    def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractSubscriptionListParams],
    ) -> builtins.list[ContractSubscription | DeletedRecord]:
        """List Contract Subscriptions.

        ``GET /rr/api/v1/contracts/{contract_id}/subscriptions`` (operationId ``list_contract_subscriptions``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(list_of(or_deleted(ContractSubscription, DeletedRecord)), opts)

    def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractSubscriptionParam],
    ) -> ContractSubscription:
        """Create Contract Subscription.

        ``POST /rr/api/v1/contracts/{contract_id}/subscriptions`` (operationId ``create_contract_subscription``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractSubscription, opts)

    def retrieve(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractSubscription:
        """Retrieve Contract Subscription.

        ``GET /rr/api/v1/contracts/{contract_id}/subscriptions/{id}`` (operationId ``rr_api_v1_contracts_subscriptions_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ContractSubscription, opts)

    def update(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractSubscriptionParam],
    ) -> ContractSubscription:
        """Update Contract Subscription.

        ``PUT /rr/api/v1/contracts/{contract_id}/subscriptions/{id}`` (operationId ``rr_api_v1_contracts_subscriptions_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractSubscription, opts)

    def partial_update(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractSubscriptionParam],
    ) -> ContractSubscription:
        """Partial Update Contract Subscription.

        ``PATCH /rr/api/v1/contracts/{contract_id}/subscriptions/{id}`` (operationId ``rr_api_v1_contracts_subscriptions_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractSubscription, opts)

    def delete(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract Subscription.

        ``DELETE /rr/api/v1/contracts/{contract_id}/subscriptions/{id}`` (operationId ``rr_api_v1_contracts_subscriptions_destroy``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> ContractSubscriptionsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractSubscriptionsWithRawResponse(self)


class ContractSubscriptionsWithRawResponse(RawResponses):
    """``client.contracts.subscriptions.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractSubscriptions) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)

    @cached_property
    def allocations(self) -> ContractSubscriptionAllocationsWithRawResponse:
        return ContractSubscriptionAllocationsWithRawResponse(self._resource.allocations)


class AsyncContractSubscriptions(AsyncAPIResource):
    """``client.contracts.subscriptions`` (async): create, delete, list, partial_update, retrieve, update; ``.allocations``."""

    @cached_property
    def allocations(self) -> AsyncContractSubscriptionAllocations:
        """``client.contracts.subscriptions.allocations``."""
        return AsyncContractSubscriptionAllocations(self._client)

    async def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractSubscriptionListParams],
    ) -> builtins.list[ContractSubscription | DeletedRecord]:
        """List Contract Subscriptions.

        ``GET /rr/api/v1/contracts/{contract_id}/subscriptions`` (operationId ``list_contract_subscriptions``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(list_of(or_deleted(ContractSubscription, DeletedRecord)), opts)

    async def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractSubscriptionParam],
    ) -> ContractSubscription:
        """Create Contract Subscription.

        ``POST /rr/api/v1/contracts/{contract_id}/subscriptions`` (operationId ``create_contract_subscription``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractSubscription, opts)

    async def retrieve(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractSubscription:
        """Retrieve Contract Subscription.

        ``GET /rr/api/v1/contracts/{contract_id}/subscriptions/{id}`` (operationId ``rr_api_v1_contracts_subscriptions_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractSubscription, opts)

    async def update(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractSubscriptionParam],
    ) -> ContractSubscription:
        """Update Contract Subscription.

        ``PUT /rr/api/v1/contracts/{contract_id}/subscriptions/{id}`` (operationId ``rr_api_v1_contracts_subscriptions_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractSubscription, opts)

    async def partial_update(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractSubscriptionParam],
    ) -> ContractSubscription:
        """Partial Update Contract Subscription.

        ``PATCH /rr/api/v1/contracts/{contract_id}/subscriptions/{id}`` (operationId ``rr_api_v1_contracts_subscriptions_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractSubscription, opts)

    async def delete(
        self,
        contract_id: int | str,
        subscription_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract Subscription.

        ``DELETE /rr/api/v1/contracts/{contract_id}/subscriptions/{id}`` (operationId ``rr_api_v1_contracts_subscriptions_destroy``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/subscriptions/{check_id('subscription_id', subscription_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractSubscriptionsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractSubscriptionsWithRawResponse(self)


class AsyncContractSubscriptionsWithRawResponse(AsyncRawResponses):
    """``client.contracts.subscriptions.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractSubscriptions) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)

    @cached_property
    def allocations(self) -> AsyncContractSubscriptionAllocationsWithRawResponse:
        return AsyncContractSubscriptionAllocationsWithRawResponse(self._resource.allocations)


class ContractTierPriceOverrides(SyncAPIResource):
    """``client.contracts.tier_price_overrides``: create, list."""

    def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractTierPriceOverrideListParams],
    ) -> SyncOffsetPage[TierPriceOverride]:
        """List Contract Tier Price Overrides.

        ``GET /rr/api/v1/contracts/{contract_id}/tier-price-overrides`` (operationId ``rr_api_v1_contracts_tier_price_overrides_list``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/tier-price-overrides"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(TierPriceOverride, opts)

    def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TierPriceOverrideParam],
    ) -> TierPriceOverride:
        """Create Contract Tier Price Override.

        ``POST /rr/api/v1/contracts/{contract_id}/tier-price-overrides`` (operationId ``rr_api_v1_contracts_tier_price_overrides_create``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/tier-price-overrides"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(TierPriceOverride, opts)

    @cached_property
    def with_raw_response(self) -> ContractTierPriceOverridesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractTierPriceOverridesWithRawResponse(self)


class ContractTierPriceOverridesWithRawResponse(RawResponses):
    """``client.contracts.tier_price_overrides.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractTierPriceOverrides) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncContractTierPriceOverrides(AsyncAPIResource):
    """``client.contracts.tier_price_overrides`` (async): create, list."""

    def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractTierPriceOverrideListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[TierPriceOverride], TierPriceOverride]:
        """List Contract Tier Price Overrides.

        ``GET /rr/api/v1/contracts/{contract_id}/tier-price-overrides`` (operationId ``rr_api_v1_contracts_tier_price_overrides_list``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/tier-price-overrides"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(TierPriceOverride, opts)

    async def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TierPriceOverrideParam],
    ) -> TierPriceOverride:
        """Create Contract Tier Price Override.

        ``POST /rr/api/v1/contracts/{contract_id}/tier-price-overrides`` (operationId ``rr_api_v1_contracts_tier_price_overrides_create``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/tier-price-overrides"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(TierPriceOverride, opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractTierPriceOverridesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractTierPriceOverridesWithRawResponse(self)


class AsyncContractTierPriceOverridesWithRawResponse(AsyncRawResponses):
    """``client.contracts.tier_price_overrides.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractTierPriceOverrides) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)


class ContractUsageAllocations(SyncAPIResource):
    """``client.contracts.usage.allocations``: partial_update, retrieve, update."""

    def retrieve(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractProductBundle:
        """Get Bundle Allocations.

        ``GET /rr/api/v1/contracts/{contract_id}/usage/{usage_id}/allocations`` (operationId ``rr_api_v1_contracts_usage_allocations_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}/allocations"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ContractProductBundle, opts)

    def update(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Update Bundle Allocations.

        ``PUT /rr/api/v1/contracts/{contract_id}/usage/{usage_id}/allocations`` (operationId ``rr_api_v1_contracts_usage_allocations_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}/allocations"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractProductBundle, opts)

    def partial_update(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Partial Update Bundle Allocations.

        ``PATCH /rr/api/v1/contracts/{contract_id}/usage/{usage_id}/allocations`` (operationId ``rr_api_v1_contracts_usage_allocations_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}/allocations"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractProductBundle, opts)

    @cached_property
    def with_raw_response(self) -> ContractUsageAllocationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractUsageAllocationsWithRawResponse(self)


class ContractUsageAllocationsWithRawResponse(RawResponses):
    """``client.contracts.usage.allocations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractUsageAllocations) -> None:
        super().__init__(resource)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncContractUsageAllocations(AsyncAPIResource):
    """``client.contracts.usage.allocations`` (async): partial_update, retrieve, update."""

    async def retrieve(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractProductBundle:
        """Get Bundle Allocations.

        ``GET /rr/api/v1/contracts/{contract_id}/usage/{usage_id}/allocations`` (operationId ``rr_api_v1_contracts_usage_allocations_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}/allocations"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractProductBundle, opts)

    async def update(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Update Bundle Allocations.

        ``PUT /rr/api/v1/contracts/{contract_id}/usage/{usage_id}/allocations`` (operationId ``rr_api_v1_contracts_usage_allocations_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}/allocations"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractProductBundle, opts)

    async def partial_update(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractProductBundleUpdateParam],
    ) -> ContractProductBundle:
        """Partial Update Bundle Allocations.

        ``PATCH /rr/api/v1/contracts/{contract_id}/usage/{usage_id}/allocations`` (operationId ``rr_api_v1_contracts_usage_allocations_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}/allocations"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractProductBundle, opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractUsageAllocationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractUsageAllocationsWithRawResponse(self)


class AsyncContractUsageAllocationsWithRawResponse(AsyncRawResponses):
    """``client.contracts.usage.allocations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractUsageAllocations) -> None:
        super().__init__(resource)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)


class ContractUsage(SyncAPIResource):
    """``client.contracts.usage``: create, delete, list, partial_update, retrieve, update; ``.allocations``."""

    @cached_property
    def allocations(self) -> ContractUsageAllocations:
        """``client.contracts.usage.allocations``."""
        return ContractUsageAllocations(self._client)

    def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractUsageListParams],
    ) -> SyncOffsetPage[ContractUsageModel]:
        """List Contract Usage Revenue.

        ``GET /rr/api/v1/contracts/{contract_id}/usage`` (operationId ``rr_api_v1_contracts_usage_list``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(ContractUsageModel, opts)

    def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractUsageParam],
    ) -> ContractUsageModel:
        """Create Contract Usage Revenue.

        ``POST /rr/api/v1/contracts/{contract_id}/usage`` (operationId ``rr_api_v1_contracts_usage_create``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractUsageModel, opts)

    def retrieve(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractUsageModel:
        """Retrieve Contract Usage Revenue.

        ``GET /rr/api/v1/contracts/{contract_id}/usage/{id}`` (operationId ``rr_api_v1_contracts_usage_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ContractUsageModel, opts)

    def update(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractUsageParam],
    ) -> ContractUsageModel:
        """Update Contract Usage Revenue.

        ``PUT /rr/api/v1/contracts/{contract_id}/usage/{id}`` (operationId ``rr_api_v1_contracts_usage_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractUsageModel, opts)

    def partial_update(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractUsageParam],
    ) -> ContractUsageModel:
        """Partially Update Contract Usage Revenue.

        ``PATCH /rr/api/v1/contracts/{contract_id}/usage/{id}`` (operationId ``rr_api_v1_contracts_usage_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractUsageModel, opts)

    def delete(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract Usage Revenue.

        ``DELETE /rr/api/v1/contracts/{contract_id}/usage/{id}`` (operationId ``rr_api_v1_contracts_usage_destroy``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> ContractUsageWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractUsageWithRawResponse(self)


class ContractUsageWithRawResponse(RawResponses):
    """``client.contracts.usage.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ContractUsage) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)

    @cached_property
    def allocations(self) -> ContractUsageAllocationsWithRawResponse:
        return ContractUsageAllocationsWithRawResponse(self._resource.allocations)


class AsyncContractUsage(AsyncAPIResource):
    """``client.contracts.usage`` (async): create, delete, list, partial_update, retrieve, update; ``.allocations``."""

    @cached_property
    def allocations(self) -> AsyncContractUsageAllocations:
        """``client.contracts.usage.allocations``."""
        return AsyncContractUsageAllocations(self._client)

    def list(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractUsageListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ContractUsageModel], ContractUsageModel]:
        """List Contract Usage Revenue.

        ``GET /rr/api/v1/contracts/{contract_id}/usage`` (operationId ``rr_api_v1_contracts_usage_list``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(ContractUsageModel, opts)

    async def create(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractUsageParam],
    ) -> ContractUsageModel:
        """Create Contract Usage Revenue.

        ``POST /rr/api/v1/contracts/{contract_id}/usage`` (operationId ``rr_api_v1_contracts_usage_create``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractUsageModel, opts)

    async def retrieve(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractUsageModel:
        """Retrieve Contract Usage Revenue.

        ``GET /rr/api/v1/contracts/{contract_id}/usage/{id}`` (operationId ``rr_api_v1_contracts_usage_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractUsageModel, opts)

    async def update(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractUsageParam],
    ) -> ContractUsageModel:
        """Update Contract Usage Revenue.

        ``PUT /rr/api/v1/contracts/{contract_id}/usage/{id}`` (operationId ``rr_api_v1_contracts_usage_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractUsageModel, opts)

    async def partial_update(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractUsageParam],
    ) -> ContractUsageModel:
        """Partially Update Contract Usage Revenue.

        ``PATCH /rr/api/v1/contracts/{contract_id}/usage/{id}`` (operationId ``rr_api_v1_contracts_usage_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractUsageModel, opts)

    async def delete(
        self,
        contract_id: int | str,
        usage_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract Usage Revenue.

        ``DELETE /rr/api/v1/contracts/{contract_id}/usage/{id}`` (operationId ``rr_api_v1_contracts_usage_destroy``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/usage/{check_id('usage_id', usage_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractUsageWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractUsageWithRawResponse(self)


class AsyncContractUsageWithRawResponse(AsyncRawResponses):
    """``client.contracts.usage.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContractUsage) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)

    @cached_property
    def allocations(self) -> AsyncContractUsageAllocationsWithRawResponse:
        return AsyncContractUsageAllocationsWithRawResponse(self._resource.allocations)


class Contracts(SyncAPIResource):
    """``client.contracts``: bulk_search, create, delete, duplicate, list, minimum_commit_preview, parse, partial_update, prepaid_commit_summary, retrieve, terminate, update; ``.bundles``, ``.milestones``, ``.prepaid_commits``, ``.subscriptions``, ``.tier_price_overrides``, ``.usage``."""

    @cached_property
    def bundles(self) -> ContractBundles:
        """``client.contracts.bundles``."""
        return ContractBundles(self._client)

    @cached_property
    def milestones(self) -> ContractMilestones:
        """``client.contracts.milestones``."""
        return ContractMilestones(self._client)

    @cached_property
    def prepaid_commits(self) -> ContractPrepaidCommits:
        """``client.contracts.prepaid_commits``."""
        return ContractPrepaidCommits(self._client)

    @cached_property
    def subscriptions(self) -> ContractSubscriptions:
        """``client.contracts.subscriptions``."""
        return ContractSubscriptions(self._client)

    @cached_property
    def tier_price_overrides(self) -> ContractTierPriceOverrides:
        """``client.contracts.tier_price_overrides``."""
        return ContractTierPriceOverrides(self._client)

    @cached_property
    def usage(self) -> ContractUsage:
        """``client.contracts.usage``."""
        return ContractUsage(self._client)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractListParams],
    ) -> SyncOffsetPage[Contract | DeletedRecord]:
        """List Contracts.

        ``GET /rr/api/v1/contracts`` (operationId ``list_contracts``)
        """
        path = "/rr/api/v1/contracts"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(Contract, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractParam],
    ) -> Contract:
        """Create Contract.

        ``POST /rr/api/v1/contracts`` (operationId ``create_contract``)
        """
        path = "/rr/api/v1/contracts"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Contract, opts)

    def prepaid_commit_summary(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PrepaidCommitSummary:
        """Get Prepaid Commit Summary.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commit-summary`` (operationId ``get_prepaid_commit_summary``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commit-summary"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(PrepaidCommitSummary, opts)

    def retrieve(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Contract:
        """Retrieve Contract.

        ``GET /rr/api/v1/contracts/{id}`` (operationId ``rr_api_v1_contracts_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(Contract, opts)

    def update(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractUpdateParam],
    ) -> Contract:
        """Update Contract.

        ``PUT /rr/api/v1/contracts/{id}`` (operationId ``rr_api_v1_contracts_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Contract, opts)

    def partial_update(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractUpdateParam],
    ) -> Contract:
        """Partial Update Contract.

        ``PATCH /rr/api/v1/contracts/{id}`` (operationId ``rr_api_v1_contracts_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Contract, opts)

    def delete(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract.

        ``DELETE /rr/api/v1/contracts/{id}`` (operationId ``rr_api_v1_contracts_destroy``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def duplicate(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractDuplicateResponse:
        """Duplicate Contract.

        ``POST /rr/api/v1/contracts/{id}/duplicate`` (operationId ``rr_api_v1_contracts_duplicate_create``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/duplicate"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(ContractDuplicateResponse, opts)

    def minimum_commit_preview(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MinimumCommitPreview:
        """Retrieve: contracts minimum commit preview.

        ``GET /rr/api/v1/contracts/{id}/minimum-commit-preview`` (operationId ``rr_api_v1_contracts_minimum_commit_preview_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/minimum-commit-preview"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(MinimumCommitPreview, opts)

    def terminate(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TerminateContractParam],
    ) -> TerminateContractResponse:
        """Terminate Contract.

        ``POST /rr/api/v1/contracts/{id}/terminate`` (operationId ``rr_api_v1_contracts_terminate_create``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/terminate"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(TerminateContractResponse, opts)

    def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkContractSearchParam],
    ) -> builtins.list[Contract]:
        """Bulk Search Contracts.

        ``POST /rr/api/v1/contracts/bulk-search`` (operationId ``rr_api_v1_contracts_bulk_search_create``)
        """
        path = "/rr/api/v1/contracts/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[Contract], opts)

    def parse(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Parse Contract.

        ``POST /rr/api/v1/contracts/parse`` (operationId ``parse_contract``)
        """
        path = "/rr/api/v1/contracts/parse"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> ContractsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ContractsWithRawResponse(self)


class ContractsWithRawResponse(RawResponses):
    """``client.contracts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Contracts) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.prepaid_commit_summary = to_raw_response(resource.prepaid_commit_summary)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.duplicate = to_raw_response(resource.duplicate)
        self.minimum_commit_preview = to_raw_response(resource.minimum_commit_preview)
        self.terminate = to_raw_response(resource.terminate)
        self.bulk_search = to_raw_response(resource.bulk_search)
        self.parse = to_raw_response(resource.parse)

    @cached_property
    def bundles(self) -> ContractBundlesWithRawResponse:
        return ContractBundlesWithRawResponse(self._resource.bundles)

    @cached_property
    def milestones(self) -> ContractMilestonesWithRawResponse:
        return ContractMilestonesWithRawResponse(self._resource.milestones)

    @cached_property
    def prepaid_commits(self) -> ContractPrepaidCommitsWithRawResponse:
        return ContractPrepaidCommitsWithRawResponse(self._resource.prepaid_commits)

    @cached_property
    def subscriptions(self) -> ContractSubscriptionsWithRawResponse:
        return ContractSubscriptionsWithRawResponse(self._resource.subscriptions)

    @cached_property
    def tier_price_overrides(self) -> ContractTierPriceOverridesWithRawResponse:
        return ContractTierPriceOverridesWithRawResponse(self._resource.tier_price_overrides)

    @cached_property
    def usage(self) -> ContractUsageWithRawResponse:
        return ContractUsageWithRawResponse(self._resource.usage)


class AsyncContracts(AsyncAPIResource):
    """``client.contracts`` (async): bulk_search, create, delete, duplicate, list, minimum_commit_preview, parse, partial_update, prepaid_commit_summary, retrieve, terminate, update; ``.bundles``, ``.milestones``, ``.prepaid_commits``, ``.subscriptions``, ``.tier_price_overrides``, ``.usage``."""

    @cached_property
    def bundles(self) -> AsyncContractBundles:
        """``client.contracts.bundles``."""
        return AsyncContractBundles(self._client)

    @cached_property
    def milestones(self) -> AsyncContractMilestones:
        """``client.contracts.milestones``."""
        return AsyncContractMilestones(self._client)

    @cached_property
    def prepaid_commits(self) -> AsyncContractPrepaidCommits:
        """``client.contracts.prepaid_commits``."""
        return AsyncContractPrepaidCommits(self._client)

    @cached_property
    def subscriptions(self) -> AsyncContractSubscriptions:
        """``client.contracts.subscriptions``."""
        return AsyncContractSubscriptions(self._client)

    @cached_property
    def tier_price_overrides(self) -> AsyncContractTierPriceOverrides:
        """``client.contracts.tier_price_overrides``."""
        return AsyncContractTierPriceOverrides(self._client)

    @cached_property
    def usage(self) -> AsyncContractUsage:
        """``client.contracts.usage``."""
        return AsyncContractUsage(self._client)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Contract | DeletedRecord], Contract | DeletedRecord]:
        """List Contracts.

        ``GET /rr/api/v1/contracts`` (operationId ``list_contracts``)
        """
        path = "/rr/api/v1/contracts"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(Contract, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractParam],
    ) -> Contract:
        """Create Contract.

        ``POST /rr/api/v1/contracts`` (operationId ``create_contract``)
        """
        path = "/rr/api/v1/contracts"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Contract, opts)

    async def prepaid_commit_summary(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PrepaidCommitSummary:
        """Get Prepaid Commit Summary.

        ``GET /rr/api/v1/contracts/{contract_id}/prepaid-commit-summary`` (operationId ``get_prepaid_commit_summary``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/prepaid-commit-summary"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(PrepaidCommitSummary, opts)

    async def retrieve(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Contract:
        """Retrieve Contract.

        ``GET /rr/api/v1/contracts/{id}`` (operationId ``rr_api_v1_contracts_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(Contract, opts)

    async def update(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractUpdateParam],
    ) -> Contract:
        """Update Contract.

        ``PUT /rr/api/v1/contracts/{id}`` (operationId ``rr_api_v1_contracts_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Contract, opts)

    async def partial_update(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractUpdateParam],
    ) -> Contract:
        """Partial Update Contract.

        ``PATCH /rr/api/v1/contracts/{id}`` (operationId ``rr_api_v1_contracts_partial_update``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Contract, opts)

    async def delete(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract.

        ``DELETE /rr/api/v1/contracts/{id}`` (operationId ``rr_api_v1_contracts_destroy``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def duplicate(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractDuplicateResponse:
        """Duplicate Contract.

        ``POST /rr/api/v1/contracts/{id}/duplicate`` (operationId ``rr_api_v1_contracts_duplicate_create``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/duplicate"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractDuplicateResponse, opts)

    async def minimum_commit_preview(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MinimumCommitPreview:
        """Retrieve: contracts minimum commit preview.

        ``GET /rr/api/v1/contracts/{id}/minimum-commit-preview`` (operationId ``rr_api_v1_contracts_minimum_commit_preview_retrieve``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/minimum-commit-preview"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(MinimumCommitPreview, opts)

    async def terminate(
        self,
        contract_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TerminateContractParam],
    ) -> TerminateContractResponse:
        """Terminate Contract.

        ``POST /rr/api/v1/contracts/{id}/terminate`` (operationId ``rr_api_v1_contracts_terminate_create``)
        """
        path = f"/rr/api/v1/contracts/{check_id('contract_id', contract_id)}/terminate"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(TerminateContractResponse, opts)

    async def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkContractSearchParam],
    ) -> builtins.list[Contract]:
        """Bulk Search Contracts.

        ``POST /rr/api/v1/contracts/bulk-search`` (operationId ``rr_api_v1_contracts_bulk_search_create``)
        """
        path = "/rr/api/v1/contracts/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[Contract], opts)

    async def parse(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Parse Contract.

        ``POST /rr/api/v1/contracts/parse`` (operationId ``parse_contract``)
        """
        path = "/rr/api/v1/contracts/parse"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> AsyncContractsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncContractsWithRawResponse(self)


class AsyncContractsWithRawResponse(AsyncRawResponses):
    """``client.contracts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncContracts) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.prepaid_commit_summary = async_to_raw_response(resource.prepaid_commit_summary)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.duplicate = async_to_raw_response(resource.duplicate)
        self.minimum_commit_preview = async_to_raw_response(resource.minimum_commit_preview)
        self.terminate = async_to_raw_response(resource.terminate)
        self.bulk_search = async_to_raw_response(resource.bulk_search)
        self.parse = async_to_raw_response(resource.parse)

    @cached_property
    def bundles(self) -> AsyncContractBundlesWithRawResponse:
        return AsyncContractBundlesWithRawResponse(self._resource.bundles)

    @cached_property
    def milestones(self) -> AsyncContractMilestonesWithRawResponse:
        return AsyncContractMilestonesWithRawResponse(self._resource.milestones)

    @cached_property
    def prepaid_commits(self) -> AsyncContractPrepaidCommitsWithRawResponse:
        return AsyncContractPrepaidCommitsWithRawResponse(self._resource.prepaid_commits)

    @cached_property
    def subscriptions(self) -> AsyncContractSubscriptionsWithRawResponse:
        return AsyncContractSubscriptionsWithRawResponse(self._resource.subscriptions)

    @cached_property
    def tier_price_overrides(self) -> AsyncContractTierPriceOverridesWithRawResponse:
        return AsyncContractTierPriceOverridesWithRawResponse(self._resource.tier_price_overrides)

    @cached_property
    def usage(self) -> AsyncContractUsageWithRawResponse:
        return AsyncContractUsageWithRawResponse(self._resource.usage)
