# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.journal_entries``: the journal entries of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import JournalEntry
from ..types.journal_entries import JournalEntryListParams, JournalEntryParam, PatchedJournalEntryParam

__all__ = ["AsyncJournalEntries", "AsyncJournalEntriesWithRawResponse", "JournalEntries", "JournalEntriesWithRawResponse"]


class JournalEntries(SyncAPIResource):
    """``client.journal_entries``: create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[JournalEntryListParams],
    ) -> SyncOffsetPage[JournalEntry]:
        """List Journal Entries.

        ``GET /coa/api/journal_entry`` (operationId ``coa_api_journal_entry_list``)
        """
        path = "/coa/api/journal_entry"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(JournalEntry, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[JournalEntryParam],
    ) -> JournalEntry:
        """Create Journal Entry.

        ``POST /coa/api/journal_entry`` (operationId ``coa_api_journal_entry_create``)
        """
        path = "/coa/api/journal_entry"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(JournalEntry, opts)

    def retrieve(
        self,
        journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JournalEntry:
        """Retrieve Journal Entry.

        ``GET /coa/api/journal_entry/{id}`` (operationId ``coa_api_journal_entry_retrieve``)
        """
        path = f"/coa/api/journal_entry/{check_id('journal_entry_id', journal_entry_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(JournalEntry, opts)

    def update(
        self,
        journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[JournalEntryParam],
    ) -> JournalEntry:
        """Update Journal Entry.

        ``PUT /coa/api/journal_entry/{id}`` (operationId ``coa_api_journal_entry_update``)
        """
        path = f"/coa/api/journal_entry/{check_id('journal_entry_id', journal_entry_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(JournalEntry, opts)

    def partial_update(
        self,
        journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedJournalEntryParam],
    ) -> JournalEntry:
        """Partial Update Journal Entry.

        ``PATCH /coa/api/journal_entry/{id}`` (operationId ``coa_api_journal_entry_partial_update``)
        """
        path = f"/coa/api/journal_entry/{check_id('journal_entry_id', journal_entry_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(JournalEntry, opts)

    def delete(
        self,
        journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Journal Entry.

        ``DELETE /coa/api/journal_entry/{id}`` (operationId ``coa_api_journal_entry_destroy``)
        """
        path = f"/coa/api/journal_entry/{check_id('journal_entry_id', journal_entry_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    @cached_property
    def with_raw_response(self) -> JournalEntriesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return JournalEntriesWithRawResponse(self)


class JournalEntriesWithRawResponse(RawResponses):
    """``client.journal_entries.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: JournalEntries) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)


class AsyncJournalEntries(AsyncAPIResource):
    """``client.journal_entries`` (async): create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[JournalEntryListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[JournalEntry], JournalEntry]:
        """List Journal Entries.

        ``GET /coa/api/journal_entry`` (operationId ``coa_api_journal_entry_list``)
        """
        path = "/coa/api/journal_entry"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(JournalEntry, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[JournalEntryParam],
    ) -> JournalEntry:
        """Create Journal Entry.

        ``POST /coa/api/journal_entry`` (operationId ``coa_api_journal_entry_create``)
        """
        path = "/coa/api/journal_entry"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(JournalEntry, opts)

    async def retrieve(
        self,
        journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JournalEntry:
        """Retrieve Journal Entry.

        ``GET /coa/api/journal_entry/{id}`` (operationId ``coa_api_journal_entry_retrieve``)
        """
        path = f"/coa/api/journal_entry/{check_id('journal_entry_id', journal_entry_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(JournalEntry, opts)

    async def update(
        self,
        journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[JournalEntryParam],
    ) -> JournalEntry:
        """Update Journal Entry.

        ``PUT /coa/api/journal_entry/{id}`` (operationId ``coa_api_journal_entry_update``)
        """
        path = f"/coa/api/journal_entry/{check_id('journal_entry_id', journal_entry_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(JournalEntry, opts)

    async def partial_update(
        self,
        journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedJournalEntryParam],
    ) -> JournalEntry:
        """Partial Update Journal Entry.

        ``PATCH /coa/api/journal_entry/{id}`` (operationId ``coa_api_journal_entry_partial_update``)
        """
        path = f"/coa/api/journal_entry/{check_id('journal_entry_id', journal_entry_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(JournalEntry, opts)

    async def delete(
        self,
        journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Journal Entry.

        ``DELETE /coa/api/journal_entry/{id}`` (operationId ``coa_api_journal_entry_destroy``)
        """
        path = f"/coa/api/journal_entry/{check_id('journal_entry_id', journal_entry_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    @cached_property
    def with_raw_response(self) -> AsyncJournalEntriesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncJournalEntriesWithRawResponse(self)


class AsyncJournalEntriesWithRawResponse(AsyncRawResponses):
    """``client.journal_entries.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncJournalEntries) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
