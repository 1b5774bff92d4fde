# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.intercompany_journal_entries``: the intercompany journal entries of the Campfire API."""

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
from ..types.intercompany_journal_entries import (
    IntercompanyBalance,
    IntercompanyJournalEntry,
    IntercompanyJournalEntryBalanceParams,
    IntercompanyJournalEntryListParams,
    IntercompanyJournalEntryParam,
    PatchedIntercompanyJournalEntryParam,
)

__all__ = ["AsyncIntercompanyJournalEntries", "AsyncIntercompanyJournalEntriesWithRawResponse", "IntercompanyJournalEntries", "IntercompanyJournalEntriesWithRawResponse"]


class IntercompanyJournalEntries(SyncAPIResource):
    """``client.intercompany_journal_entries``: balance, create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[IntercompanyJournalEntryListParams],
    ) -> SyncOffsetPage[IntercompanyJournalEntry | DeletedRecord]:
        """List Intercompany Journal Entries.

        ``GET /coa/api/intercompany-journal-entry`` (operationId ``coa_api_intercompany_journal_entry_list``)
        """
        path = "/coa/api/intercompany-journal-entry"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(IntercompanyJournalEntry, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[IntercompanyJournalEntryParam],
    ) -> IntercompanyJournalEntry:
        """Create Intercompany Journal Entry.

        ``POST /coa/api/intercompany-journal-entry`` (operationId ``coa_api_intercompany_journal_entry_create``)
        """
        path = "/coa/api/intercompany-journal-entry"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(IntercompanyJournalEntry, opts)

    def retrieve(
        self,
        intercompany_journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> IntercompanyJournalEntry:
        """Get Intercompany Journal Entry.

        ``GET /coa/api/intercompany-journal-entry/{id}`` (operationId ``coa_api_intercompany_journal_entry_retrieve``)
        """
        path = f"/coa/api/intercompany-journal-entry/{check_id('intercompany_journal_entry_id', intercompany_journal_entry_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(IntercompanyJournalEntry, opts)

    def update(
        self,
        intercompany_journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[IntercompanyJournalEntryParam],
    ) -> IntercompanyJournalEntry:
        """Update Intercompany Journal Entry.

        ``PUT /coa/api/intercompany-journal-entry/{id}`` (operationId ``coa_api_intercompany_journal_entry_update``)
        """
        path = f"/coa/api/intercompany-journal-entry/{check_id('intercompany_journal_entry_id', intercompany_journal_entry_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(IntercompanyJournalEntry, opts)

    def partial_update(
        self,
        intercompany_journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedIntercompanyJournalEntryParam],
    ) -> IntercompanyJournalEntry:
        """Partial Update Intercompany Journal Entry.

        ``PATCH /coa/api/intercompany-journal-entry/{id}`` (operationId ``coa_api_intercompany_journal_entry_partial_update``)
        """
        path = f"/coa/api/intercompany-journal-entry/{check_id('intercompany_journal_entry_id', intercompany_journal_entry_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(IntercompanyJournalEntry, opts)

    def delete(
        self,
        intercompany_journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Intercompany Journal Entry.

        ``DELETE /coa/api/intercompany-journal-entry/{id}`` (operationId ``coa_api_intercompany_journal_entry_destroy``)
        """
        path = f"/coa/api/intercompany-journal-entry/{check_id('intercompany_journal_entry_id', intercompany_journal_entry_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def balance(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[IntercompanyJournalEntryBalanceParams],
    ) -> IntercompanyBalance:
        """Balance Intercompany Journal Entry.

        ``POST /coa/api/intercompany-journal-entry/balance`` (operationId ``coa_api_intercompany_journal_entry_balance_create``)
        """
        path = "/coa/api/intercompany-journal-entry/balance"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(IntercompanyBalance, opts)

    @cached_property
    def with_raw_response(self) -> IntercompanyJournalEntriesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return IntercompanyJournalEntriesWithRawResponse(self)


class IntercompanyJournalEntriesWithRawResponse(RawResponses):
    """``client.intercompany_journal_entries.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: IntercompanyJournalEntries) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.balance = to_raw_response(resource.balance)


class AsyncIntercompanyJournalEntries(AsyncAPIResource):
    """``client.intercompany_journal_entries`` (async): balance, create, delete, list, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[IntercompanyJournalEntryListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[IntercompanyJournalEntry | DeletedRecord], IntercompanyJournalEntry | DeletedRecord]:
        """List Intercompany Journal Entries.

        ``GET /coa/api/intercompany-journal-entry`` (operationId ``coa_api_intercompany_journal_entry_list``)
        """
        path = "/coa/api/intercompany-journal-entry"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(IntercompanyJournalEntry, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[IntercompanyJournalEntryParam],
    ) -> IntercompanyJournalEntry:
        """Create Intercompany Journal Entry.

        ``POST /coa/api/intercompany-journal-entry`` (operationId ``coa_api_intercompany_journal_entry_create``)
        """
        path = "/coa/api/intercompany-journal-entry"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(IntercompanyJournalEntry, opts)

    async def retrieve(
        self,
        intercompany_journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> IntercompanyJournalEntry:
        """Get Intercompany Journal Entry.

        ``GET /coa/api/intercompany-journal-entry/{id}`` (operationId ``coa_api_intercompany_journal_entry_retrieve``)
        """
        path = f"/coa/api/intercompany-journal-entry/{check_id('intercompany_journal_entry_id', intercompany_journal_entry_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(IntercompanyJournalEntry, opts)

    async def update(
        self,
        intercompany_journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[IntercompanyJournalEntryParam],
    ) -> IntercompanyJournalEntry:
        """Update Intercompany Journal Entry.

        ``PUT /coa/api/intercompany-journal-entry/{id}`` (operationId ``coa_api_intercompany_journal_entry_update``)
        """
        path = f"/coa/api/intercompany-journal-entry/{check_id('intercompany_journal_entry_id', intercompany_journal_entry_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(IntercompanyJournalEntry, opts)

    async def partial_update(
        self,
        intercompany_journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedIntercompanyJournalEntryParam],
    ) -> IntercompanyJournalEntry:
        """Partial Update Intercompany Journal Entry.

        ``PATCH /coa/api/intercompany-journal-entry/{id}`` (operationId ``coa_api_intercompany_journal_entry_partial_update``)
        """
        path = f"/coa/api/intercompany-journal-entry/{check_id('intercompany_journal_entry_id', intercompany_journal_entry_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(IntercompanyJournalEntry, opts)

    async def delete(
        self,
        intercompany_journal_entry_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Intercompany Journal Entry.

        ``DELETE /coa/api/intercompany-journal-entry/{id}`` (operationId ``coa_api_intercompany_journal_entry_destroy``)
        """
        path = f"/coa/api/intercompany-journal-entry/{check_id('intercompany_journal_entry_id', intercompany_journal_entry_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def balance(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[IntercompanyJournalEntryBalanceParams],
    ) -> IntercompanyBalance:
        """Balance Intercompany Journal Entry.

        ``POST /coa/api/intercompany-journal-entry/balance`` (operationId ``coa_api_intercompany_journal_entry_balance_create``)
        """
        path = "/coa/api/intercompany-journal-entry/balance"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(IntercompanyBalance, opts)

    @cached_property
    def with_raw_response(self) -> AsyncIntercompanyJournalEntriesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncIntercompanyJournalEntriesWithRawResponse(self)


class AsyncIntercompanyJournalEntriesWithRawResponse(AsyncRawResponses):
    """``client.intercompany_journal_entries.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncIntercompanyJournalEntries) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.balance = async_to_raw_response(resource.balance)
