# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.user_currencies``: the user currencies of the Campfire API."""

from __future__ import annotations

import typing as t

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types.user_currencies import (
    CustomerCurrency,
    CustomerCurrencyParam,
    PatchedCustomerCurrencyParam,
    UserCurrencyListParams,
)

__all__ = ["AsyncUserCurrencies", "UserCurrencies"]


class UserCurrencies(SyncAPIResource):
    """``client.user_currencies``: create, delete, list, partial_update, rate, retrieve, update, with_rate."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[UserCurrencyListParams],
    ) -> SyncOffsetPage[CustomerCurrency]:
        """List: user currency.

        ``GET /ca/api/user_currency`` (operationId ``ca_api_user_currency_list``)
        """
        path = "/ca/api/user_currency"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(CustomerCurrency, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomerCurrencyParam],
    ) -> CustomerCurrency:
        """Create: user currency.

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
        """Retrieve: user currency.

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
        """Replace: user currency.

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
        """Update some fields of: user currency.

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
        """Delete: user currency.

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
    ) -> t.Any:
        """Retrieve: user currency rate.

        ``GET /ca/api/user_currency/rate`` (operationId ``ca_api_user_currency_rate_retrieve``)
        """
        path = "/ca/api/user_currency/rate"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def with_rate(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Retrieve: user currency with rate.

        ``GET /ca/api/user_currency/with_rate`` (operationId ``ca_api_user_currency_with_rate_retrieve``)
        """
        path = "/ca/api/user_currency/with_rate"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)


class AsyncUserCurrencies(AsyncAPIResource):
    """``client.user_currencies`` (async): create, delete, list, partial_update, rate, retrieve, update, with_rate."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[UserCurrencyListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[CustomerCurrency], CustomerCurrency]:
        """List: user currency.

        ``GET /ca/api/user_currency`` (operationId ``ca_api_user_currency_list``)
        """
        path = "/ca/api/user_currency"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(CustomerCurrency, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomerCurrencyParam],
    ) -> CustomerCurrency:
        """Create: user currency.

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
        """Retrieve: user currency.

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
        """Replace: user currency.

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
        """Update some fields of: user currency.

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
        """Delete: user currency.

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
    ) -> t.Any:
        """Retrieve: user currency rate.

        ``GET /ca/api/user_currency/rate`` (operationId ``ca_api_user_currency_rate_retrieve``)
        """
        path = "/ca/api/user_currency/rate"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def with_rate(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Retrieve: user currency with rate.

        ``GET /ca/api/user_currency/with_rate`` (operationId ``ca_api_user_currency_with_rate_retrieve``)
        """
        path = "/ca/api/user_currency/with_rate"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)
