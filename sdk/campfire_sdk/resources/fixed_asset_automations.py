# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.fixed_asset_automations``: the fixed asset automations of the Campfire API."""

from __future__ import annotations

import builtins
import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import ChartAccount, FixedAssetAutomationMatch, FixedAssetClass
from ..types.fixed_asset_automations import (
    FixedAssetAutomationListAssetClassesParams,
    FixedAssetAutomationListMatchesParams,
    FixedAssetAutomationListParams,
    FixedAssetAutomationRule,
    FixedAssetAutomationRuleParam,
    PatchedFixedAssetAutomationRuleParam,
)

__all__ = ["AsyncFixedAssetAutomations", "AsyncFixedAssetAutomationsWithRawResponse", "FixedAssetAutomations", "FixedAssetAutomationsWithRawResponse"]


class FixedAssetAutomations(SyncAPIResource):
    """``client.fixed_asset_automations``: create, delete, list, list_accounts, list_asset_classes, list_matches, partial_update, retrieve, run, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationListParams],
    ) -> SyncOffsetPage[FixedAssetAutomationRule]:
        """List Fixed Asset Automations.

        ``GET /coa/api/fixed-asset-automation/`` (operationId ``list_fixed_asset_automations``)
        """
        path = "/coa/api/fixed-asset-automation/"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(FixedAssetAutomationRule, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationRuleParam],
    ) -> FixedAssetAutomationRule:
        """Create Fixed Asset Automation.

        ``POST /coa/api/fixed-asset-automation/`` (operationId ``create_fixed_asset_automation``)
        """
        path = "/coa/api/fixed-asset-automation/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetAutomationRule, opts)

    def retrieve(
        self,
        fixed_asset_automation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FixedAssetAutomationRule:
        """Retrieve Fixed Asset Automation.

        ``GET /coa/api/fixed-asset-automation/{id}/`` (operationId ``get_fixed_asset_automation``)
        """
        path = f"/coa/api/fixed-asset-automation/{check_id('fixed_asset_automation_id', fixed_asset_automation_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetAutomationRule, opts)

    def update(
        self,
        fixed_asset_automation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationRuleParam],
    ) -> FixedAssetAutomationRule:
        """Update Fixed Asset Automation.

        ``PUT /coa/api/fixed-asset-automation/{id}/`` (operationId ``update_fixed_asset_automation``)
        """
        path = f"/coa/api/fixed-asset-automation/{check_id('fixed_asset_automation_id', fixed_asset_automation_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetAutomationRule, opts)

    def partial_update(
        self,
        fixed_asset_automation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedFixedAssetAutomationRuleParam],
    ) -> FixedAssetAutomationRule:
        """Partial Update Fixed Asset Automation.

        ``PATCH /coa/api/fixed-asset-automation/{id}/`` (operationId ``partial_update_fixed_asset_automation``)
        """
        path = f"/coa/api/fixed-asset-automation/{check_id('fixed_asset_automation_id', fixed_asset_automation_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(FixedAssetAutomationRule, opts)

    def delete(
        self,
        fixed_asset_automation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Fixed Asset Automation.

        ``DELETE /coa/api/fixed-asset-automation/{id}/`` (operationId ``delete_fixed_asset_automation``)
        """
        path = f"/coa/api/fixed-asset-automation/{check_id('fixed_asset_automation_id', fixed_asset_automation_id)}/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def list_accounts(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[ChartAccount]:
        """List Fixed Asset Automation Accounts.

        ``GET /coa/api/fixed-asset-automation/accounts`` (operationId ``list_fixed_asset_automation_accounts``)
        """
        path = "/coa/api/fixed-asset-automation/accounts"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[ChartAccount], opts)

    def list_asset_classes(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationListAssetClassesParams],
    ) -> builtins.list[FixedAssetClass]:
        """List Fixed Asset Automation Asset Classes.

        ``GET /coa/api/fixed-asset-automation/asset-classes`` (operationId ``list_fixed_asset_automation_asset_classes``)
        """
        path = "/coa/api/fixed-asset-automation/asset-classes"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[FixedAssetClass], opts)

    def list_matches(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationListMatchesParams],
    ) -> SyncOffsetPage[FixedAssetAutomationMatch]:
        """List Fixed Asset Automation Matches.

        ``GET /coa/api/fixed-asset-automation/matches`` (operationId ``list_fixed_asset_automation_matches``)
        """
        path = "/coa/api/fixed-asset-automation/matches"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(FixedAssetAutomationMatch, opts)

    def run(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Run Fixed Asset Automation.

        ``POST /coa/api/fixed-asset-automation/run`` (operationId ``run_fixed_asset_automation``)
        """
        path = "/coa/api/fixed-asset-automation/run"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> FixedAssetAutomationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return FixedAssetAutomationsWithRawResponse(self)


class FixedAssetAutomationsWithRawResponse(RawResponses):
    """``client.fixed_asset_automations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: FixedAssetAutomations) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.list_accounts = to_raw_response(resource.list_accounts)
        self.list_asset_classes = to_raw_response(resource.list_asset_classes)
        self.list_matches = to_raw_response(resource.list_matches)
        self.run = to_raw_response(resource.run)


class AsyncFixedAssetAutomations(AsyncAPIResource):
    """``client.fixed_asset_automations`` (async): create, delete, list, list_accounts, list_asset_classes, list_matches, partial_update, retrieve, run, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[FixedAssetAutomationRule], FixedAssetAutomationRule]:
        """List Fixed Asset Automations.

        ``GET /coa/api/fixed-asset-automation/`` (operationId ``list_fixed_asset_automations``)
        """
        path = "/coa/api/fixed-asset-automation/"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(FixedAssetAutomationRule, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationRuleParam],
    ) -> FixedAssetAutomationRule:
        """Create Fixed Asset Automation.

        ``POST /coa/api/fixed-asset-automation/`` (operationId ``create_fixed_asset_automation``)
        """
        path = "/coa/api/fixed-asset-automation/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetAutomationRule, opts)

    async def retrieve(
        self,
        fixed_asset_automation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FixedAssetAutomationRule:
        """Retrieve Fixed Asset Automation.

        ``GET /coa/api/fixed-asset-automation/{id}/`` (operationId ``get_fixed_asset_automation``)
        """
        path = f"/coa/api/fixed-asset-automation/{check_id('fixed_asset_automation_id', fixed_asset_automation_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetAutomationRule, opts)

    async def update(
        self,
        fixed_asset_automation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationRuleParam],
    ) -> FixedAssetAutomationRule:
        """Update Fixed Asset Automation.

        ``PUT /coa/api/fixed-asset-automation/{id}/`` (operationId ``update_fixed_asset_automation``)
        """
        path = f"/coa/api/fixed-asset-automation/{check_id('fixed_asset_automation_id', fixed_asset_automation_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetAutomationRule, opts)

    async def partial_update(
        self,
        fixed_asset_automation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedFixedAssetAutomationRuleParam],
    ) -> FixedAssetAutomationRule:
        """Partial Update Fixed Asset Automation.

        ``PATCH /coa/api/fixed-asset-automation/{id}/`` (operationId ``partial_update_fixed_asset_automation``)
        """
        path = f"/coa/api/fixed-asset-automation/{check_id('fixed_asset_automation_id', fixed_asset_automation_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(FixedAssetAutomationRule, opts)

    async def delete(
        self,
        fixed_asset_automation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Fixed Asset Automation.

        ``DELETE /coa/api/fixed-asset-automation/{id}/`` (operationId ``delete_fixed_asset_automation``)
        """
        path = f"/coa/api/fixed-asset-automation/{check_id('fixed_asset_automation_id', fixed_asset_automation_id)}/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def list_accounts(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[ChartAccount]:
        """List Fixed Asset Automation Accounts.

        ``GET /coa/api/fixed-asset-automation/accounts`` (operationId ``list_fixed_asset_automation_accounts``)
        """
        path = "/coa/api/fixed-asset-automation/accounts"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[ChartAccount], opts)

    async def list_asset_classes(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationListAssetClassesParams],
    ) -> builtins.list[FixedAssetClass]:
        """List Fixed Asset Automation Asset Classes.

        ``GET /coa/api/fixed-asset-automation/asset-classes`` (operationId ``list_fixed_asset_automation_asset_classes``)
        """
        path = "/coa/api/fixed-asset-automation/asset-classes"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[FixedAssetClass], opts)

    def list_matches(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FixedAssetAutomationListMatchesParams],
    ) -> AsyncPaginator[AsyncOffsetPage[FixedAssetAutomationMatch], FixedAssetAutomationMatch]:
        """List Fixed Asset Automation Matches.

        ``GET /coa/api/fixed-asset-automation/matches`` (operationId ``list_fixed_asset_automation_matches``)
        """
        path = "/coa/api/fixed-asset-automation/matches"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(FixedAssetAutomationMatch, opts)

    async def run(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Run Fixed Asset Automation.

        ``POST /coa/api/fixed-asset-automation/run`` (operationId ``run_fixed_asset_automation``)
        """
        path = "/coa/api/fixed-asset-automation/run"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> AsyncFixedAssetAutomationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncFixedAssetAutomationsWithRawResponse(self)


class AsyncFixedAssetAutomationsWithRawResponse(AsyncRawResponses):
    """``client.fixed_asset_automations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncFixedAssetAutomations) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.list_accounts = async_to_raw_response(resource.list_accounts)
        self.list_asset_classes = async_to_raw_response(resource.list_asset_classes)
        self.list_matches = async_to_raw_response(resource.list_matches)
        self.run = async_to_raw_response(resource.run)
