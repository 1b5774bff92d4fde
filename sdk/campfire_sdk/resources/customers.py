# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.customers``: the customers of the Campfire API."""

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
from ..types.customers import ContractCustomer, ContractCustomerParam, CustomerListParams, PatchedContractCustomerParam

__all__ = ["AsyncCustomers", "AsyncCustomersWithRawResponse", "Customers", "CustomersWithRawResponse"]


class Customers(SyncAPIResource):
    """``client.customers``: delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomerListParams],
    ) -> SyncOffsetPage[ContractCustomer | DeletedRecord]:
        """List Contract Customers.

        ``GET /rr/api/v1/customers`` (operationId ``rr_api_v1_customers_list``)
        """
        path = "/rr/api/v1/customers"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(ContractCustomer, DeletedRecord), opts)

    def retrieve(
        self,
        customer_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractCustomer:
        """Retrieve Contract Customer.

        ``GET /rr/api/v1/customers/{id}`` (operationId ``rr_api_v1_customers_retrieve``)
        """
        path = f"/rr/api/v1/customers/{check_id('customer_id', customer_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ContractCustomer, opts)

    def update(
        self,
        customer_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractCustomerParam],
    ) -> ContractCustomer:
        """Update Contract Customer.

        ``PUT /rr/api/v1/customers/{id}`` (operationId ``rr_api_v1_customers_update``)
        """
        path = f"/rr/api/v1/customers/{check_id('customer_id', customer_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractCustomer, opts)

    def partial_update(
        self,
        customer_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractCustomerParam],
    ) -> ContractCustomer:
        """Partial Update Contract Customer.

        ``PATCH /rr/api/v1/customers/{id}`` (operationId ``rr_api_v1_customers_partial_update``)
        """
        path = f"/rr/api/v1/customers/{check_id('customer_id', customer_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ContractCustomer, opts)

    def delete(
        self,
        customer_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract Customer.

        ``DELETE /rr/api/v1/customers/{id}`` (operationId ``rr_api_v1_customers_destroy``)
        """
        path = f"/rr/api/v1/customers/{check_id('customer_id', customer_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> CustomersWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return CustomersWithRawResponse(self)


class CustomersWithRawResponse(RawResponses):
    """``client.customers.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Customers) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncCustomers(AsyncAPIResource):
    """``client.customers`` (async): delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CustomerListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ContractCustomer | DeletedRecord], ContractCustomer | DeletedRecord]:
        """List Contract Customers.

        ``GET /rr/api/v1/customers`` (operationId ``rr_api_v1_customers_list``)
        """
        path = "/rr/api/v1/customers"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(ContractCustomer, DeletedRecord), opts)

    async def retrieve(
        self,
        customer_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContractCustomer:
        """Retrieve Contract Customer.

        ``GET /rr/api/v1/customers/{id}`` (operationId ``rr_api_v1_customers_retrieve``)
        """
        path = f"/rr/api/v1/customers/{check_id('customer_id', customer_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractCustomer, opts)

    async def update(
        self,
        customer_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractCustomerParam],
    ) -> ContractCustomer:
        """Update Contract Customer.

        ``PUT /rr/api/v1/customers/{id}`` (operationId ``rr_api_v1_customers_update``)
        """
        path = f"/rr/api/v1/customers/{check_id('customer_id', customer_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractCustomer, opts)

    async def partial_update(
        self,
        customer_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedContractCustomerParam],
    ) -> ContractCustomer:
        """Partial Update Contract Customer.

        ``PATCH /rr/api/v1/customers/{id}`` (operationId ``rr_api_v1_customers_partial_update``)
        """
        path = f"/rr/api/v1/customers/{check_id('customer_id', customer_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ContractCustomer, opts)

    async def delete(
        self,
        customer_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Contract Customer.

        ``DELETE /rr/api/v1/customers/{id}`` (operationId ``rr_api_v1_customers_destroy``)
        """
        path = f"/rr/api/v1/customers/{check_id('customer_id', customer_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncCustomersWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncCustomersWithRawResponse(self)


class AsyncCustomersWithRawResponse(AsyncRawResponses):
    """``client.customers.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncCustomers) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
