# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.departments``: the departments of the Campfire API."""

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
from ..types.departments import (
    BulkDepartmentSearchParam,
    Department,
    DepartmentDeleteParams,
    DepartmentListParams,
    DepartmentParam,
    PatchedDepartmentParam,
)

__all__ = ["AsyncDepartments", "AsyncDepartmentsWithRawResponse", "Departments", "DepartmentsWithRawResponse"]


class Departments(SyncAPIResource):
    """``client.departments``: bulk_search, create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DepartmentListParams],
    ) -> SyncOffsetPage[Department | DeletedRecord]:
        """List Departments.

        ``GET /coa/api/department`` (operationId ``coa_api_department_list``)
        """
        path = "/coa/api/department"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(Department, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DepartmentParam],
    ) -> Department:
        """Create Department.

        ``POST /coa/api/department`` (operationId ``coa_api_department_create``)
        """
        path = "/coa/api/department"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Department, opts)

    def retrieve(
        self,
        department_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Department:
        """Retrieve Department.

        ``GET /coa/api/department/{id}`` (operationId ``coa_api_department_retrieve``)
        """
        path = f"/coa/api/department/{check_id('department_id', department_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(Department, opts)

    def update(
        self,
        department_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DepartmentParam],
    ) -> Department:
        """Update Department.

        ``PUT /coa/api/department/{id}`` (operationId ``coa_api_department_update``)
        """
        path = f"/coa/api/department/{check_id('department_id', department_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Department, opts)

    def partial_update(
        self,
        department_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedDepartmentParam],
    ) -> Department:
        """Partial Update Department.

        ``PATCH /coa/api/department/{id}`` (operationId ``coa_api_department_partial_update``)
        """
        path = f"/coa/api/department/{check_id('department_id', department_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Department, opts)

    def delete(
        self,
        department_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DepartmentDeleteParams],
    ) -> None:
        """Delete Department.

        ``DELETE /coa/api/department/{id}`` (operationId ``coa_api_department_destroy``)
        """
        path = f"/coa/api/department/{check_id('department_id', department_id)}"
        opts = options("DELETE", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkDepartmentSearchParam],
    ) -> builtins.list[Department]:
        """Bulk Search Departments by Name.

        ``POST /coa/api/department/bulk-search`` (operationId ``coa_api_department_bulk_search_create``)
        """
        path = "/coa/api/department/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[Department], opts)

    @cached_property
    def with_raw_response(self) -> DepartmentsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return DepartmentsWithRawResponse(self)


class DepartmentsWithRawResponse(RawResponses):
    """``client.departments.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Departments) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.bulk_search = to_raw_response(resource.bulk_search)


class AsyncDepartments(AsyncAPIResource):
    """``client.departments`` (async): bulk_search, create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DepartmentListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[Department | DeletedRecord], Department | DeletedRecord]:
        """List Departments.

        ``GET /coa/api/department`` (operationId ``coa_api_department_list``)
        """
        path = "/coa/api/department"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(Department, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DepartmentParam],
    ) -> Department:
        """Create Department.

        ``POST /coa/api/department`` (operationId ``coa_api_department_create``)
        """
        path = "/coa/api/department"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Department, opts)

    async def retrieve(
        self,
        department_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Department:
        """Retrieve Department.

        ``GET /coa/api/department/{id}`` (operationId ``coa_api_department_retrieve``)
        """
        path = f"/coa/api/department/{check_id('department_id', department_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(Department, opts)

    async def update(
        self,
        department_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DepartmentParam],
    ) -> Department:
        """Update Department.

        ``PUT /coa/api/department/{id}`` (operationId ``coa_api_department_update``)
        """
        path = f"/coa/api/department/{check_id('department_id', department_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Department, opts)

    async def partial_update(
        self,
        department_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedDepartmentParam],
    ) -> Department:
        """Partial Update Department.

        ``PATCH /coa/api/department/{id}`` (operationId ``coa_api_department_partial_update``)
        """
        path = f"/coa/api/department/{check_id('department_id', department_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Department, opts)

    async def delete(
        self,
        department_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[DepartmentDeleteParams],
    ) -> None:
        """Delete Department.

        ``DELETE /coa/api/department/{id}`` (operationId ``coa_api_department_destroy``)
        """
        path = f"/coa/api/department/{check_id('department_id', department_id)}"
        opts = options("DELETE", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkDepartmentSearchParam],
    ) -> builtins.list[Department]:
        """Bulk Search Departments by Name.

        ``POST /coa/api/department/bulk-search`` (operationId ``coa_api_department_bulk_search_create``)
        """
        path = "/coa/api/department/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[Department], opts)

    @cached_property
    def with_raw_response(self) -> AsyncDepartmentsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncDepartmentsWithRawResponse(self)


class AsyncDepartmentsWithRawResponse(AsyncRawResponses):
    """``client.departments.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncDepartments) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.bulk_search = async_to_raw_response(resource.bulk_search)
