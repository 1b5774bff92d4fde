# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.user_currencies``: the user currencies of the Campfire API."""

from __future__ import annotations

import builtins
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import DeletedRecord
from ..types.user_currencies import (
    CustomerCurrency,
    CustomerCurrencyParam,
    ExchangeRate,
    PatchedCustomerCurrencyParam,
    UserCurrencyListParams,
    UserCurrencyListWithRateParams,
    UserCurrencyRateParams,
)

__all__ = ["AsyncUserCurrencies", "AsyncUserCurrenciesWithRawResponse", "UserCurrencies", "UserCurrenciesWithRawResponse"]


class UserCurrencies(SyncAPIResource):
    """``client.user_currencies``: create, delete, list, list_with_rate, partial_update, rate, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[UserCurrencyListParams],
    ) -> SyncOffsetPage[CustomerCurrency | DeletedRecord]:
        """List Customer Currencies.

        ``GET /ca/api/user_currency`` (operationId ``ca_api_user_currency_list``)
        """
        path = "/ca/api/user_currency"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(CustomerCurrency, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomerCurrencyParam],
    ) -> CustomerCurrency:
        """Create Customer Currencies.

        ``POST /ca/api/user_currency`` (operationId ``ca_api_user_currency_create``)
        """
        path = "/ca/api/user_currency"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(CustomerCurrency, opts)

    def retrieve(
        self,
        user_currency_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CustomerCurrency:
        """Retrieve Customer Currencies.

        ``GET /ca/api/user_currency/{id}`` (operationId ``ca_api_user_currency_retrieve``)
        """
        path = f"/ca/api/user_currency/{check_id('user_currency_id', user_currency_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(CustomerCurrency, opts)

    def update(
        self,
        user_currency_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomerCurrencyParam],
    ) -> CustomerCurrency:
        """Update Customer Currencies.

        ``PUT /ca/api/user_currency/{id}`` (operationId ``ca_api_user_currency_update``)
        """
        path = f"/ca/api/user_currency/{check_id('user_currency_id', user_currency_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(CustomerCurrency, opts)

    def partial_update(
        self,
        user_currency_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedCustomerCurrencyParam],
    ) -> CustomerCurrency:
        """Partial Update Customer Currencies.

        ``PATCH /ca/api/user_currency/{id}`` (operationId ``ca_api_user_currency_partial_update``)
        """
        path = f"/ca/api/user_currency/{check_id('user_currency_id', user_currency_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(CustomerCurrency, opts)

    def delete(
        self,
        user_currency_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Customer Currencies.

        ``DELETE /ca/api/user_currency/{id}`` (operationId ``ca_api_user_currency_destroy``)
        """
        path = f"/ca/api/user_currency/{check_id('user_currency_id', user_currency_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def rate(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[UserCurrencyRateParams],
    ) -> ExchangeRate:
        """Get Currency Exchange Rate.

        ``GET /ca/api/user_currency/rate`` (operationId ``ca_api_user_currency_rate_retrieve``)
        """
        path = "/ca/api/user_currency/rate"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(ExchangeRate, opts)

    def list_with_rate(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[UserCurrencyListWithRateParams],
    ) -> builtins.list[ExchangeRate]:
        """Get Currencies Exchange Rates for Currency.

        ``GET /ca/api/user_currency/with_rate`` (operationId ``ca_api_user_currency_with_rate_retrieve``)
        """
        path = "/ca/api/user_currency/with_rate"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[ExchangeRate], opts)

    @cached_property
    def with_raw_response(self) -> UserCurrenciesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return UserCurrenciesWithRawResponse(self)


class UserCurrenciesWithRawResponse(RawResponses):
    """``client.user_currencies.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: UserCurrencies) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.rate = to_raw_response(resource.rate)
        self.list_with_rate = to_raw_response(resource.list_with_rate)


class AsyncUserCurrencies(AsyncAPIResource):
    """``client.user_currencies`` (async): create, delete, list, list_with_rate, partial_update, rate, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[UserCurrencyListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[CustomerCurrency | DeletedRecord], CustomerCurrency | DeletedRecord]:
        """List Customer Currencies.

        ``GET /ca/api/user_currency`` (operationId ``ca_api_user_currency_list``)
        """
        path = "/ca/api/user_currency"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(CustomerCurrency, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomerCurrencyParam],
    ) -> CustomerCurrency:
        """Create Customer Currencies.

        ``POST /ca/api/user_currency`` (operationId ``ca_api_user_currency_create``)
        """
        path = "/ca/api/user_currency"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(CustomerCurrency, opts)

    async def retrieve(
        self,
        user_currency_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CustomerCurrency:
        """Retrieve Customer Currencies.

        ``GET /ca/api/user_currency/{id}`` (operationId ``ca_api_user_currency_retrieve``)
        """
        path = f"/ca/api/user_currency/{check_id('user_currency_id', user_currency_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(CustomerCurrency, opts)

    async def update(
        self,
        user_currency_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomerCurrencyParam],
    ) -> CustomerCurrency:
        """Update Customer Currencies.

        ``PUT /ca/api/user_currency/{id}`` (operationId ``ca_api_user_currency_update``)
        """
        path = f"/ca/api/user_currency/{check_id('user_currency_id', user_currency_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(CustomerCurrency, opts)

    async def partial_update(
        self,
        user_currency_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedCustomerCurrencyParam],
    ) -> CustomerCurrency:
        """Partial Update Customer Currencies.

        ``PATCH /ca/api/user_currency/{id}`` (operationId ``ca_api_user_currency_partial_update``)
        """
        path = f"/ca/api/user_currency/{check_id('user_currency_id', user_currency_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(CustomerCurrency, opts)

    async def delete(
        self,
        user_currency_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Customer Currencies.

        ``DELETE /ca/api/user_currency/{id}`` (operationId ``ca_api_user_currency_destroy``)
        """
        path = f"/ca/api/user_currency/{check_id('user_currency_id', user_currency_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def rate(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[UserCurrencyRateParams],
    ) -> ExchangeRate:
        """Get Currency Exchange Rate.

        ``GET /ca/api/user_currency/rate`` (operationId ``ca_api_user_currency_rate_retrieve``)
        """
        path = "/ca/api/user_currency/rate"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(ExchangeRate, opts)

    async def list_with_rate(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[UserCurrencyListWithRateParams],
    ) -> builtins.list[ExchangeRate]:
        """Get Currencies Exchange Rates for Currency.

        ``GET /ca/api/user_currency/with_rate`` (operationId ``ca_api_user_currency_with_rate_retrieve``)
        """
        path = "/ca/api/user_currency/with_rate"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[ExchangeRate], opts)

    @cached_property
    def with_raw_response(self) -> AsyncUserCurrenciesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncUserCurrenciesWithRawResponse(self)


class AsyncUserCurrenciesWithRawResponse(AsyncRawResponses):
    """``client.user_currencies.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncUserCurrencies) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.rate = async_to_raw_response(resource.rate)
        self.list_with_rate = async_to_raw_response(resource.list_with_rate)
