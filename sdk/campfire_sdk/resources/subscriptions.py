# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.subscriptions``: the subscriptions of the Campfire API."""

from __future__ import annotations

import builtins
from functools import cached_property

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.subscriptions import ContractSubscriptionLine, GenerageSubscriptionScheduleParam

__all__ = ["AsyncSubscriptions", "AsyncSubscriptionsWithRawResponse", "Subscriptions", "SubscriptionsWithRawResponse"]


class Subscriptions(SyncAPIResource):
    """``client.subscriptions``: modify_schedule."""

    def modify_schedule(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GenerageSubscriptionScheduleParam],
    ) -> builtins.list[ContractSubscriptionLine]:
        """Modify Subscription Schedule.

        ``POST /rr/api/v1/modify-subscription-schedule`` (operationId ``modify_subscription_schedule``)
        """
        path = "/rr/api/v1/modify-subscription-schedule"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[ContractSubscriptionLine], opts)

    @cached_property
    def with_raw_response(self) -> SubscriptionsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return SubscriptionsWithRawResponse(self)


class SubscriptionsWithRawResponse(RawResponses):
    """``client.subscriptions.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Subscriptions) -> None:
        super().__init__(resource)
        self.modify_schedule = to_raw_response(resource.modify_schedule)


class AsyncSubscriptions(AsyncAPIResource):
    """``client.subscriptions`` (async): modify_schedule."""

    async def modify_schedule(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GenerageSubscriptionScheduleParam],
    ) -> builtins.list[ContractSubscriptionLine]:
        """Modify Subscription Schedule.

        ``POST /rr/api/v1/modify-subscription-schedule`` (operationId ``modify_subscription_schedule``)
        """
        path = "/rr/api/v1/modify-subscription-schedule"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[ContractSubscriptionLine], opts)

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncSubscriptionsWithRawResponse(self)


class AsyncSubscriptionsWithRawResponse(AsyncRawResponses):
    """``client.subscriptions.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncSubscriptions) -> None:
        super().__init__(resource)
        self.modify_schedule = async_to_raw_response(resource.modify_schedule)
