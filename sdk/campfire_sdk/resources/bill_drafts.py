# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.bill_drafts``: the bill drafts of the Campfire API."""

from __future__ import annotations

import builtins
import typing as t

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.bill_drafts import (
    BillDraftCreate,
    BillDraftCreateParam,
    BillDraftRead,
    BillDraftsDiscardParams,
    BillDraftWrite,
    BillDraftWriteParam,
    PatchedBillDraftWriteParam,
)

__all__ = ["AsyncBillDrafts", "BillDrafts"]


class BillDrafts(SyncAPIResource):
    """``client.bill_drafts``: abandon, create, discard, list, partial_update, promote, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BillDraftRead]:
        """GET bill draft.

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
        """POST bill draft.

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
        """GET bill draft.

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
        """PUT bill draft.

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
        """PATCH bill draft.

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
        """POST bill draft abandon.

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
        **params: Unpack[BillDraftsDiscardParams],
    ) -> BillDraftRead:
        """POST bill draft discard.

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
        """POST bill draft promote.

        ``POST /coa/api/v1/bill-draft/{id}/promote`` (operationId ``promote_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}/promote"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(BillDraftRead, opts)


class AsyncBillDrafts(AsyncAPIResource):
    """``client.bill_drafts`` (async): abandon, create, discard, list, partial_update, promote, retrieve, update."""

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BillDraftRead]:
        """GET bill draft.

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
        """POST bill draft.

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
        """GET bill draft.

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
        """PUT bill draft.

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
        """PATCH bill draft.

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
        """POST bill draft abandon.

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
        **params: Unpack[BillDraftsDiscardParams],
    ) -> BillDraftRead:
        """POST bill draft discard.

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
        """POST bill draft promote.

        ``POST /coa/api/v1/bill-draft/{id}/promote`` (operationId ``promote_bill_draft``)
        """
        path = f"/coa/api/v1/bill-draft/{check_id('bill_draft_id', bill_draft_id)}/promote"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(BillDraftRead, opts)
