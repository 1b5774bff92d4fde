# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.bank_feeds``: the bank feeds of the Campfire API."""

from __future__ import annotations

import builtins
import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.bank_feeds import BankFeedParam

__all__ = ["AsyncBankFeeds", "AsyncBankFeedsWithRawResponse", "BankFeeds", "BankFeedsWithRawResponse"]


class BankFeeds(SyncAPIResource):
    """``client.bank_feeds``: create."""

    def create(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankFeedParam],
    ) -> builtins.dict[str, t.Any]:
        """Post Bank Feed.

        ``POST /ca/api/bank-feed/{account_id}`` (operationId ``ca_api_bank_feed_create``)
        """
        path = f"/ca/api/bank-feed/{check_id('account_id', account_id)}"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    @cached_property
    def with_raw_response(self) -> BankFeedsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return BankFeedsWithRawResponse(self)


class BankFeedsWithRawResponse(RawResponses):
    """``client.bank_feeds.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: BankFeeds) -> None:
        super().__init__(resource)
        self.create = to_raw_response(resource.create)


class AsyncBankFeeds(AsyncAPIResource):
    """``client.bank_feeds`` (async): create."""

    async def create(
        self,
        account_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BankFeedParam],
    ) -> builtins.dict[str, t.Any]:
        """Post Bank Feed.

        ``POST /ca/api/bank-feed/{account_id}`` (operationId ``ca_api_bank_feed_create``)
        """
        path = f"/ca/api/bank-feed/{check_id('account_id', account_id)}"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    @cached_property
    def with_raw_response(self) -> AsyncBankFeedsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncBankFeedsWithRawResponse(self)


class AsyncBankFeedsWithRawResponse(AsyncRawResponses):
    """``client.bank_feeds.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncBankFeeds) -> None:
        super().__init__(resource)
        self.create = async_to_raw_response(resource.create)
