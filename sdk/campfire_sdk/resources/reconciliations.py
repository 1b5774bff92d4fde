# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.reconciliations``: the reconciliations of the Campfire API."""

from __future__ import annotations

import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types.reconciliations import (
    BulkMatchTransactionRequestParam,
    ConfirmTransactionSelectionRequestParam,
    PatchedReconciliationReportV2Param,
    ReconciliationListParams,
    ReconciliationListSourceTransactionsParams,
    ReconciliationReportV2,
    ReconciliationReportV2List,
    ReconciliationReportV2Param,
    ReconciliationReportV2SourceTransactionList,
)

__all__ = ["AsyncReconciliations", "AsyncReconciliationsWithRawResponse", "Reconciliations", "ReconciliationsWithRawResponse"]


class Reconciliations(SyncAPIResource):
    """``client.reconciliations``: bulk_match_transactions, confirm_transactions, create, delete, list, list_source_transactions, parse_statement_page, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ReconciliationListParams],
    ) -> SyncOffsetPage[ReconciliationReportV2List]:
        """List Bank Reconciliation Reports.

        ``GET /coa/api/v2/reconciliation`` (operationId ``coa_api_v2_reconciliation_list``)
        """
        path = "/coa/api/v2/reconciliation"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(ReconciliationReportV2List, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ReconciliationReportV2Param],
    ) -> ReconciliationReportV2:
        """Create Bank Reconciliation Report.

        ``POST /coa/api/v2/reconciliation`` (operationId ``coa_api_v2_reconciliation_create``)
        """
        path = "/coa/api/v2/reconciliation"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ReconciliationReportV2, opts)

    def retrieve(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReconciliationReportV2:
        """Get Bank Reconciliation Report.

        ``GET /coa/api/v2/reconciliation/{id}`` (operationId ``coa_api_v2_reconciliation_retrieve``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ReconciliationReportV2, opts)

    def update(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ReconciliationReportV2Param],
    ) -> ReconciliationReportV2:
        """Update Bank Reconciliation Report.

        ``PUT /coa/api/v2/reconciliation/{id}`` (operationId ``coa_api_v2_reconciliation_update``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ReconciliationReportV2, opts)

    def partial_update(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedReconciliationReportV2Param],
    ) -> ReconciliationReportV2:
        """Partial Update Bank Reconciliation Report.

        ``PATCH /coa/api/v2/reconciliation/{id}`` (operationId ``coa_api_v2_reconciliation_partial_update``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ReconciliationReportV2, opts)

    def delete(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Bank Reconciliation Report.

        ``DELETE /coa/api/v2/reconciliation/{id}`` (operationId ``coa_api_v2_reconciliation_destroy``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def bulk_match_transactions(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkMatchTransactionRequestParam],
    ) -> t.Any:
        """Bulk Match GL Transactions to Statement Transactions.

        ``POST /coa/api/v2/reconciliation/{id}/bulk-match-transactions`` (operationId ``coa_api_v2_reconciliation_bulk_match_transactions_create``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}/bulk-match-transactions"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def list_source_transactions(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ReconciliationListSourceTransactionsParams],
    ) -> SyncOffsetPage[ReconciliationReportV2SourceTransactionList]:
        """List GL Transactions for Reconciliation.

        ``GET /coa/api/v2/reconciliation/{id}/source-transactions`` (operationId ``coa_api_v2_reconciliation_source_transactions_list``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}/source-transactions"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(ReconciliationReportV2SourceTransactionList, opts)

    def confirm_transactions(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ConfirmTransactionSelectionRequestParam],
    ) -> None:
        """Confirm Selection of Transactions to Reconcile.

        ``POST /coa/api/v2/reconciliation/{id}/transactions/confirm`` (operationId ``coa_api_v2_reconciliation_transactions_confirm_create``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}/transactions/confirm"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def parse_statement_page(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Parse Bank Statement Page.

        ``POST /coa/api/v2/reconciliation/parse-statement-page`` (operationId ``parse_bank_statement_page``)
        """
        path = "/coa/api/v2/reconciliation/parse-statement-page"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> ReconciliationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return ReconciliationsWithRawResponse(self)


class ReconciliationsWithRawResponse(RawResponses):
    """``client.reconciliations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Reconciliations) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.bulk_match_transactions = to_raw_response(resource.bulk_match_transactions)
        self.list_source_transactions = to_raw_response(resource.list_source_transactions)
        self.confirm_transactions = to_raw_response(resource.confirm_transactions)
        self.parse_statement_page = to_raw_response(resource.parse_statement_page)


class AsyncReconciliations(AsyncAPIResource):
    """``client.reconciliations`` (async): bulk_match_transactions, confirm_transactions, create, delete, list, list_source_transactions, parse_statement_page, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ReconciliationListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ReconciliationReportV2List], ReconciliationReportV2List]:
        """List Bank Reconciliation Reports.

        ``GET /coa/api/v2/reconciliation`` (operationId ``coa_api_v2_reconciliation_list``)
        """
        path = "/coa/api/v2/reconciliation"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(ReconciliationReportV2List, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ReconciliationReportV2Param],
    ) -> ReconciliationReportV2:
        """Create Bank Reconciliation Report.

        ``POST /coa/api/v2/reconciliation`` (operationId ``coa_api_v2_reconciliation_create``)
        """
        path = "/coa/api/v2/reconciliation"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ReconciliationReportV2, opts)

    async def retrieve(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReconciliationReportV2:
        """Get Bank Reconciliation Report.

        ``GET /coa/api/v2/reconciliation/{id}`` (operationId ``coa_api_v2_reconciliation_retrieve``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ReconciliationReportV2, opts)

    async def update(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ReconciliationReportV2Param],
    ) -> ReconciliationReportV2:
        """Update Bank Reconciliation Report.

        ``PUT /coa/api/v2/reconciliation/{id}`` (operationId ``coa_api_v2_reconciliation_update``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ReconciliationReportV2, opts)

    async def partial_update(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedReconciliationReportV2Param],
    ) -> ReconciliationReportV2:
        """Partial Update Bank Reconciliation Report.

        ``PATCH /coa/api/v2/reconciliation/{id}`` (operationId ``coa_api_v2_reconciliation_partial_update``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ReconciliationReportV2, opts)

    async def delete(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Bank Reconciliation Report.

        ``DELETE /coa/api/v2/reconciliation/{id}`` (operationId ``coa_api_v2_reconciliation_destroy``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def bulk_match_transactions(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkMatchTransactionRequestParam],
    ) -> t.Any:
        """Bulk Match GL Transactions to Statement Transactions.

        ``POST /coa/api/v2/reconciliation/{id}/bulk-match-transactions`` (operationId ``coa_api_v2_reconciliation_bulk_match_transactions_create``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}/bulk-match-transactions"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    def list_source_transactions(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ReconciliationListSourceTransactionsParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ReconciliationReportV2SourceTransactionList], ReconciliationReportV2SourceTransactionList]:
        """List GL Transactions for Reconciliation.

        ``GET /coa/api/v2/reconciliation/{id}/source-transactions`` (operationId ``coa_api_v2_reconciliation_source_transactions_list``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}/source-transactions"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(ReconciliationReportV2SourceTransactionList, opts)

    async def confirm_transactions(
        self,
        reconciliation_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ConfirmTransactionSelectionRequestParam],
    ) -> None:
        """Confirm Selection of Transactions to Reconcile.

        ``POST /coa/api/v2/reconciliation/{id}/transactions/confirm`` (operationId ``coa_api_v2_reconciliation_transactions_confirm_create``)
        """
        path = f"/coa/api/v2/reconciliation/{check_id('reconciliation_id', reconciliation_id)}/transactions/confirm"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def parse_statement_page(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Parse Bank Statement Page.

        ``POST /coa/api/v2/reconciliation/parse-statement-page`` (operationId ``parse_bank_statement_page``)
        """
        path = "/coa/api/v2/reconciliation/parse-statement-page"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> AsyncReconciliationsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncReconciliationsWithRawResponse(self)


class AsyncReconciliationsWithRawResponse(AsyncRawResponses):
    """``client.reconciliations.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncReconciliations) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.bulk_match_transactions = async_to_raw_response(resource.bulk_match_transactions)
        self.list_source_transactions = async_to_raw_response(resource.list_source_transactions)
        self.confirm_transactions = async_to_raw_response(resource.confirm_transactions)
        self.parse_statement_page = async_to_raw_response(resource.parse_statement_page)
