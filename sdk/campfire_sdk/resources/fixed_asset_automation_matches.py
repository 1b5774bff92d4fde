# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.fixed_asset_automation_matches``: the fixed asset automation matches of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types._shared import FixedAssetAutomationMatch
from ..types.fixed_asset_automation_matches import FixedAssetAutomationMatchParam, PatchedFixedAssetAutomationMatchParam

__all__ = ["AsyncFixedAssetAutomationMatches", "AsyncFixedAssetAutomationMatchesWithRawResponse", "FixedAssetAutomationMatches", "FixedAssetAutomationMatchesWithRawResponse"]


class FixedAssetAutomationMatches(SyncAPIResource):
    """``client.fixed_asset_automation_matches``: partial_update, retrieve, update."""

    def retrieve(
        self,
        fixed_asset_automation_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FixedAssetAutomationMatch:
        """Retrieve Fixed Asset Automation Match.

        ``GET /coa/api/fixed-asset-automation-match/{id}/`` (operationId ``get_fixed_asset_automation_match``)
        """
        path = f"/coa/api/fixed-asset-automation-match/{check_id('fixed_asset_automation_match_id', fixed_asset_automation_match_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetAutomationMatch, opts)

    def update(
        self,
        fixed_asset_automation_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationMatchParam],
    ) -> FixedAssetAutomationMatch:
        """Update Fixed Asset Automation Match.

        ``PUT /coa/api/fixed-asset-automation-match/{id}/`` (operationId ``update_fixed_asset_automation_match``)
        """
        path = f"/coa/api/fixed-asset-automation-match/{check_id('fixed_asset_automation_match_id', fixed_asset_automation_match_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetAutomationMatch, opts)

    def partial_update(
        self,
        fixed_asset_automation_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedFixedAssetAutomationMatchParam],
    ) -> FixedAssetAutomationMatch:
        """Partial Update Fixed Asset Automation Match.

        ``PATCH /coa/api/fixed-asset-automation-match/{id}/`` (operationId ``partial_update_fixed_asset_automation_match``)
        """
        path = f"/coa/api/fixed-asset-automation-match/{check_id('fixed_asset_automation_match_id', fixed_asset_automation_match_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetAutomationMatch, opts)

    @cached_property
    def with_raw_response(self) -> FixedAssetAutomationMatchesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return FixedAssetAutomationMatchesWithRawResponse(self)


class FixedAssetAutomationMatchesWithRawResponse(RawResponses):
    """``client.fixed_asset_automation_matches.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: FixedAssetAutomationMatches) -> None:
        super().__init__(resource)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncFixedAssetAutomationMatches(AsyncAPIResource):
    """``client.fixed_asset_automation_matches`` (async): partial_update, retrieve, update."""

    async def retrieve(
        self,
        fixed_asset_automation_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FixedAssetAutomationMatch:
        """Retrieve Fixed Asset Automation Match.

        ``GET /coa/api/fixed-asset-automation-match/{id}/`` (operationId ``get_fixed_asset_automation_match``)
        """
        path = f"/coa/api/fixed-asset-automation-match/{check_id('fixed_asset_automation_match_id', fixed_asset_automation_match_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetAutomationMatch, opts)

    async def update(
        self,
        fixed_asset_automation_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationMatchParam],
    ) -> FixedAssetAutomationMatch:
        """Update Fixed Asset Automation Match.

        ``PUT /coa/api/fixed-asset-automation-match/{id}/`` (operationId ``update_fixed_asset_automation_match``)
        """
        path = f"/coa/api/fixed-asset-automation-match/{check_id('fixed_asset_automation_match_id', fixed_asset_automation_match_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetAutomationMatch, opts)

    async def partial_update(
        self,
        fixed_asset_automation_match_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedFixedAssetAutomationMatchParam],
    ) -> FixedAssetAutomationMatch:
        """Partial Update Fixed Asset Automation Match.

        ``PATCH /coa/api/fixed-asset-automation-match/{id}/`` (operationId ``partial_update_fixed_asset_automation_match``)
        """
        path = f"/coa/api/fixed-asset-automation-match/{check_id('fixed_asset_automation_match_id', fixed_asset_automation_match_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetAutomationMatch, opts)

    @cached_property
    def with_raw_response(self) -> AsyncFixedAssetAutomationMatchesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncFixedAssetAutomationMatchesWithRawResponse(self)


class AsyncFixedAssetAutomationMatchesWithRawResponse(AsyncRawResponses):
    """``client.fixed_asset_automation_matches.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncFixedAssetAutomationMatches) -> None:
        super().__init__(resource)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
