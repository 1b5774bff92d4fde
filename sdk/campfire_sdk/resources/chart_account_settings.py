# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.chart_account_settings``: the chart account settings of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.chart_account_settings import ChartAccountSettings as ChartAccountSettingsModel
from ..types.chart_account_settings import ChartAccountSettingsParam, PatchedChartAccountSettingsParam

__all__ = ["AsyncChartAccountSettings", "AsyncChartAccountSettingsWithRawResponse", "ChartAccountSettings", "ChartAccountSettingsWithRawResponse"]


class ChartAccountSettings(SyncAPIResource):
    """``client.chart_account_settings``: partial_update, retrieve, update."""

    def retrieve(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChartAccountSettingsModel:
        """Retrieve Chart Account Settings.

        ``GET /coa/api/chart-account-settings`` (operationId ``settings_retrieve_chart_account_settings``)
        """
        path = "/coa/api/chart-account-settings"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccountSettingsModel, opts)

    def update(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountSettingsParam],
    ) -> ChartAccountSettingsModel:
        """Update Chart Account Settings.

        ``PUT /coa/api/chart-account-settings`` (operationId ``settings_update_chart_account_settings``)
        """
        path = "/coa/api/chart-account-settings"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccountSettingsModel, opts)

    def partial_update(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartAccountSettingsParam],
    ) -> ChartAccountSettingsModel:
        """Partially Update Chart Account Settings.

        ``PATCH /coa/api/chart-account-settings`` (operationId ``settings_partial_update_chart_account_settings``)
        """
        path = "/coa/api/chart-account-settings"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartAccountSettingsModel, opts)

    @cached_property
    def with_raw_response(self) -> ChartAccountSettingsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ChartAccountSettingsWithRawResponse(self)


class ChartAccountSettingsWithRawResponse(RawResponses):
    """``client.chart_account_settings.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: ChartAccountSettings) -> None:
        super().__init__(resource)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncChartAccountSettings(AsyncAPIResource):
    """``client.chart_account_settings`` (async): partial_update, retrieve, update."""

    async def retrieve(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChartAccountSettingsModel:
        """Retrieve Chart Account Settings.

        ``GET /coa/api/chart-account-settings`` (operationId ``settings_retrieve_chart_account_settings``)
        """
        path = "/coa/api/chart-account-settings"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccountSettingsModel, opts)

    async def update(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartAccountSettingsParam],
    ) -> ChartAccountSettingsModel:
        """Update Chart Account Settings.

        ``PUT /coa/api/chart-account-settings`` (operationId ``settings_update_chart_account_settings``)
        """
        path = "/coa/api/chart-account-settings"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccountSettingsModel, opts)

    async def partial_update(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartAccountSettingsParam],
    ) -> ChartAccountSettingsModel:
        """Partially Update Chart Account Settings.

        ``PATCH /coa/api/chart-account-settings`` (operationId ``settings_partial_update_chart_account_settings``)
        """
        path = "/coa/api/chart-account-settings"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartAccountSettingsModel, opts)

    @cached_property
    def with_raw_response(self) -> AsyncChartAccountSettingsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncChartAccountSettingsWithRawResponse(self)


class AsyncChartAccountSettingsWithRawResponse(AsyncRawResponses):
    """``client.chart_account_settings.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncChartAccountSettings) -> None:
        super().__init__(resource)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
