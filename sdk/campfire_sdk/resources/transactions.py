# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.transactions``: the transactions of the Campfire API."""

from __future__ import annotations

import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncCursorPage, AsyncOffsetPage, AsyncPaginator, SyncCursorPage, SyncOffsetPage
from ..types._shared import ChartTransaction, DeletedRecord, InvoiceReportResultRow, JournalEntry
from ..types.transactions import (
    ChartTransactionParam,
    ChartTransactionTotals,
    PatchedChartTransactionParam,
    TransactionBillPaymentsApplied,
    TransactionListParams,
    TransactionMergeParams,
    TransactionPaymentsApplied,
    TransactionPreviewMergeParams,
    TransactionReportParams,
    TransactionTotalsParams,
)

__all__ = ["AsyncTransactions", "AsyncTransactionsWithRawResponse", "Transactions", "TransactionsWithRawResponse"]


class Transactions(SyncAPIResource):
    """``client.transactions``: bulk_update, create_bill_payments, create_credit_memo_payments, create_debit_memo_payments, create_invoice_payments, delete, list, merge, partial_update, preview_merge, report, retrieve, totals, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionListParams],
    ) -> SyncOffsetPage[ChartTransaction | DeletedRecord] | SyncCursorPage[ChartTransaction | DeletedRecord]:
        """List Chart Transactions.

        ``GET /coa/api/transaction`` (operationId ``coa_api_transaction_retrieve``)
        """
        path = "/coa/api/transaction"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_page(or_deleted(ChartTransaction, DeletedRecord), opts)
        return self._offset_page(or_deleted(ChartTransaction, DeletedRecord), opts)

    def retrieve(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChartTransaction:
        """Retrieve Chart Transaction.

        ``GET /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_retrieve_2``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ChartTransaction, opts)

    def update(
        self,
        transaction_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartTransactionParam],
    ) -> ChartTransaction:
        """Update Chart Transaction.

        ``PUT /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_update``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartTransaction, opts)

    def partial_update(
        self,
        transaction_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartTransactionParam],
    ) -> ChartTransaction:
        """Partial Update Chart Transaction.

        ``PATCH /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_partial_update``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartTransaction, opts)

    def delete(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Chart Transaction.

        ``DELETE /coa/api/transaction/{id}`` (operationId ``delete_chart_transaction``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def create_bill_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionBillPaymentsApplied | None:
        """Create Bill Payments for Transaction.

        ``POST /coa/api/transaction/{transaction_id}/bill_payments`` (operationId ``create_transaction_bill_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/bill_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request_or_none(TransactionBillPaymentsApplied, opts)

    def create_credit_memo_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Create Credit Memo Payments for Transaction.

        ``POST /coa/api/transaction/{transaction_id}/credit_memo_payments`` (operationId ``create_transaction_credit_memo_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/credit_memo_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def create_debit_memo_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Create Debit Memo Payments for Transaction.

        ``POST /coa/api/transaction/{transaction_id}/debit_memo_payments`` (operationId ``create_transaction_debit_memo_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/debit_memo_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def create_invoice_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionPaymentsApplied | None:
        """Create Invoice Payments for Transaction.

        ``POST /coa/api/transaction/{transaction_id}/invoice_payments`` (operationId ``create_transaction_invoice_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/invoice_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request_or_none(TransactionPaymentsApplied, opts)

    def bulk_update(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Bulk Update Chart Transactions.

        ``POST /coa/api/transaction/bulk-update`` (operationId ``bulk_update_chart_transactions``)
        """
        path = "/coa/api/transaction/bulk-update"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def preview_merge(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionPreviewMergeParams],
    ) -> JournalEntry:
        """Preview Chart Transaction Merge.

        ``GET /coa/api/transaction/merge`` (operationId ``preview_chart_transaction_merge``)
        """
        path = "/coa/api/transaction/merge"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(JournalEntry, opts)

    def merge(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMergeParams],
    ) -> JournalEntry:
        """Merge Chart Transactions.

        ``POST /coa/api/transaction/merge`` (operationId ``merge_chart_transactions``)
        """
        path = "/coa/api/transaction/merge"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(JournalEntry, opts)

    def totals(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionTotalsParams],
    ) -> ChartTransactionTotals:
        """Get Chart Transaction Totals.

        ``GET /coa/api/transaction/totals`` (operationId ``get_chart_transaction_totals``)
        """
        path = "/coa/api/transaction/totals"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(ChartTransactionTotals, opts)

    def report(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionReportParams],
    ) -> SyncOffsetPage[InvoiceReportResultRow]:
        """Report on GL transactions.

        ``GET /coa/api/transaction/report`` (operationId ``coa_api_transaction_report_retrieve``)
        """
        path = "/coa/api/transaction/report"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(InvoiceReportResultRow, opts)

    @cached_property
    def with_raw_response(self) -> TransactionsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return TransactionsWithRawResponse(self)


class TransactionsWithRawResponse(RawResponses):
    """``client.transactions.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Transactions) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.create_bill_payments = to_raw_response(resource.create_bill_payments)
        self.create_credit_memo_payments = to_raw_response(resource.create_credit_memo_payments)
        self.create_debit_memo_payments = to_raw_response(resource.create_debit_memo_payments)
        self.create_invoice_payments = to_raw_response(resource.create_invoice_payments)
        self.bulk_update = to_raw_response(resource.bulk_update)
        self.preview_merge = to_raw_response(resource.preview_merge)
        self.merge = to_raw_response(resource.merge)
        self.totals = to_raw_response(resource.totals)
        self.report = to_raw_response(resource.report)


class AsyncTransactions(AsyncAPIResource):
    """``client.transactions`` (async): bulk_update, create_bill_payments, create_credit_memo_payments, create_debit_memo_payments, create_invoice_payments, delete, list, merge, partial_update, preview_merge, report, retrieve, totals, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ChartTransaction | DeletedRecord], ChartTransaction | DeletedRecord] | AsyncPaginator[AsyncCursorPage[ChartTransaction | DeletedRecord], ChartTransaction | DeletedRecord]:
        """List Chart Transactions.

        ``GET /coa/api/transaction`` (operationId ``coa_api_transaction_retrieve``)
        """
        path = "/coa/api/transaction"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_paginator(or_deleted(ChartTransaction, DeletedRecord), opts)
        return self._offset_paginator(or_deleted(ChartTransaction, DeletedRecord), opts)

    async def retrieve(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChartTransaction:
        """Retrieve Chart Transaction.

        ``GET /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_retrieve_2``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartTransaction, opts)

    async def update(
        self,
        transaction_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartTransactionParam],
    ) -> ChartTransaction:
        """Update Chart Transaction.

        ``PUT /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_update``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartTransaction, opts)

    async def partial_update(
        self,
        transaction_id: int | str,
        /,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartTransactionParam],
    ) -> ChartTransaction:
        """Partial Update Chart Transaction.

        ``PATCH /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_partial_update``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartTransaction, opts)

    async def delete(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Chart Transaction.

        ``DELETE /coa/api/transaction/{id}`` (operationId ``delete_chart_transaction``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def create_bill_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionBillPaymentsApplied | None:
        """Create Bill Payments for Transaction.

        ``POST /coa/api/transaction/{transaction_id}/bill_payments`` (operationId ``create_transaction_bill_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/bill_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request_or_none(TransactionBillPaymentsApplied, opts)

    async def create_credit_memo_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Create Credit Memo Payments for Transaction.

        ``POST /coa/api/transaction/{transaction_id}/credit_memo_payments`` (operationId ``create_transaction_credit_memo_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/credit_memo_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def create_debit_memo_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Create Debit Memo Payments for Transaction.

        ``POST /coa/api/transaction/{transaction_id}/debit_memo_payments`` (operationId ``create_transaction_debit_memo_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/debit_memo_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def create_invoice_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionPaymentsApplied | None:
        """Create Invoice Payments for Transaction.

        ``POST /coa/api/transaction/{transaction_id}/invoice_payments`` (operationId ``create_transaction_invoice_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/invoice_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request_or_none(TransactionPaymentsApplied, opts)

    async def bulk_update(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Bulk Update Chart Transactions.

        ``POST /coa/api/transaction/bulk-update`` (operationId ``bulk_update_chart_transactions``)
        """
        path = "/coa/api/transaction/bulk-update"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def preview_merge(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionPreviewMergeParams],
    ) -> JournalEntry:
        """Preview Chart Transaction Merge.

        ``GET /coa/api/transaction/merge`` (operationId ``preview_chart_transaction_merge``)
        """
        path = "/coa/api/transaction/merge"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(JournalEntry, opts)

    async def merge(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionMergeParams],
    ) -> JournalEntry:
        """Merge Chart Transactions.

        ``POST /coa/api/transaction/merge`` (operationId ``merge_chart_transactions``)
        """
        path = "/coa/api/transaction/merge"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(JournalEntry, opts)

    async def totals(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionTotalsParams],
    ) -> ChartTransactionTotals:
        """Get Chart Transaction Totals.

        ``GET /coa/api/transaction/totals`` (operationId ``get_chart_transaction_totals``)
        """
        path = "/coa/api/transaction/totals"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(ChartTransactionTotals, opts)

    def report(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionReportParams],
    ) -> AsyncPaginator[AsyncOffsetPage[InvoiceReportResultRow], InvoiceReportResultRow]:
        """Report on GL transactions.

        ``GET /coa/api/transaction/report`` (operationId ``coa_api_transaction_report_retrieve``)
        """
        path = "/coa/api/transaction/report"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(InvoiceReportResultRow, opts)

    @cached_property
    def with_raw_response(self) -> AsyncTransactionsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncTransactionsWithRawResponse(self)


class AsyncTransactionsWithRawResponse(AsyncRawResponses):
    """``client.transactions.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncTransactions) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.create_bill_payments = async_to_raw_response(resource.create_bill_payments)
        self.create_credit_memo_payments = async_to_raw_response(resource.create_credit_memo_payments)
        self.create_debit_memo_payments = async_to_raw_response(resource.create_debit_memo_payments)
        self.create_invoice_payments = async_to_raw_response(resource.create_invoice_payments)
        self.bulk_update = async_to_raw_response(resource.bulk_update)
        self.preview_merge = async_to_raw_response(resource.preview_merge)
        self.merge = async_to_raw_response(resource.merge)
        self.totals = async_to_raw_response(resource.totals)
        self.report = async_to_raw_response(resource.report)
