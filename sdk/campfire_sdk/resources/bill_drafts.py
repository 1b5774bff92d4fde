# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.bill_drafts``: the bill drafts of the Campfire API."""

from __future__ import annotations

import builtins
import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.bill_drafts import (
    BillDraftCreate,
    BillDraftCreateParam,
    BillDraftDiscardParams,
    BillDraftRead,
    BillDraftWrite,
    BillDraftWriteParam,
    PatchedBillDraftWriteParam,
)

__all__ = ["AsyncBillDrafts", "AsyncBillDraftsWithRawResponse", "BillDrafts", "BillDraftsWithRawResponse"]


class BillDrafts(SyncAPIResource):
    """``client.bill_drafts``: abandon, create, discard, list, partial_update, promote, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BillDraftRead]:
        """List Bill Drafts.

        ``GET /coa/api/v1/bill-draft`` (operationId ``list_bill_drafts``)
        """
        path = "/coa/api/v1/bill-draft"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[BillDraftRead], opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillDraftCreateParam],
    ) -> BillDraftCreate:
        """Create Bill Draft.

        ``POST /coa/api/v1/bill-draft`` (operationId ``create_bill_draft``)
        """
        path = "/coa/api/v1/bill-draft"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BillDraftCreate, opts)

    def retrieve(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BillDraftRead:
        """Retrieve Bill Draft.

        ``GET /coa/api/v1/bill-draft/{id}`` (operationId ``get_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(BillDraftRead, opts)

    def update(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillDraftWriteParam],
    ) -> BillDraftWrite:
        """Update Bill Draft.

        ``PUT /coa/api/v1/bill-draft/{id}`` (operationId ``update_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BillDraftWrite, opts)

    def partial_update(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedBillDraftWriteParam],
    ) -> BillDraftWrite:
        """Partial Update Bill Draft.

        ``PATCH /coa/api/v1/bill-draft/{id}`` (operationId ``partial_update_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BillDraftWrite, opts)

    def abandon(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Abandon Bill Draft.

        ``POST /coa/api/v1/bill-draft/{id}/abandon`` (operationId ``abandon_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}/abandon"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def discard(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillDraftDiscardParams],
    ) -> BillDraftRead:
        """Discard Bill Draft.

        ``POST /coa/api/v1/bill-draft/{id}/discard`` (operationId ``discard_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}/discard"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(BillDraftRead, opts)

    def promote(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BillDraftRead:
        """Promote Bill Draft.

        ``POST /coa/api/v1/bill-draft/{id}/promote`` (operationId ``promote_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}/promote"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(BillDraftRead, opts)

    @cached_property
    def with_raw_response(self) -> BillDraftsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return BillDraftsWithRawResponse(self)


class BillDraftsWithRawResponse(RawResponses):
    """``client.bill_drafts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: BillDrafts) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.abandon = to_raw_response(resource.abandon)
        self.discard = to_raw_response(resource.discard)
        self.promote = to_raw_response(resource.promote)


class AsyncBillDrafts(AsyncAPIResource):
    """``client.bill_drafts`` (async): abandon, create, discard, list, partial_update, promote, retrieve, update."""

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BillDraftRead]:
        """List Bill Drafts.

        ``GET /coa/api/v1/bill-draft`` (operationId ``list_bill_drafts``)
        """
        path = "/coa/api/v1/bill-draft"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[BillDraftRead], opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillDraftCreateParam],
    ) -> BillDraftCreate:
        """Create Bill Draft.

        ``POST /coa/api/v1/bill-draft`` (operationId ``create_bill_draft``)
        """
        path = "/coa/api/v1/bill-draft"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BillDraftCreate, opts)

    async def retrieve(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BillDraftRead:
        """Retrieve Bill Draft.

        ``GET /coa/api/v1/bill-draft/{id}`` (operationId ``get_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(BillDraftRead, opts)

    async def update(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillDraftWriteParam],
    ) -> BillDraftWrite:
        """Update Bill Draft.

        ``PUT /coa/api/v1/bill-draft/{id}`` (operationId ``update_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BillDraftWrite, opts)

    async def partial_update(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedBillDraftWriteParam],
    ) -> BillDraftWrite:
        """Partial Update Bill Draft.

        ``PATCH /coa/api/v1/bill-draft/{id}`` (operationId ``partial_update_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BillDraftWrite, opts)

    async def abandon(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Abandon Bill Draft.

        ``POST /coa/api/v1/bill-draft/{id}/abandon`` (operationId ``abandon_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}/abandon"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def discard(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillDraftDiscardParams],
    ) -> BillDraftRead:
        """Discard Bill Draft.

        ``POST /coa/api/v1/bill-draft/{id}/discard`` (operationId ``discard_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}/discard"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(BillDraftRead, opts)

    async def promote(
        self,
        bill_draft_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BillDraftRead:
        """Promote Bill Draft.

        ``POST /coa/api/v1/bill-draft/{id}/promote`` (operationId ``promote_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}/promote"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(BillDraftRead, opts)

    @cached_property
    def with_raw_response(self) -> AsyncBillDraftsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncBillDraftsWithRawResponse(self)


class AsyncBillDraftsWithRawResponse(AsyncRawResponses):
    """``client.bill_drafts.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncBillDrafts) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.abandon = async_to_raw_response(resource.abandon)
        self.discard = async_to_raw_response(resource.discard)
        self.promote = async_to_raw_response(resource.promote)
