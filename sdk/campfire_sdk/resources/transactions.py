# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.transactions``: the transactions of the Campfire API."""

from __future__ import annotations

import typing as t

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncCursorPage, AsyncOffsetPage, AsyncPaginator, SyncCursorPage, SyncOffsetPage
from ..types._shared import ChartTransaction, JournalEntry
from ..types.transactions import (
    ChartTransactionParam,
    ChartTransactionTotals,
    PatchedChartTransactionParam,
    TransactionsListParams,
    TransactionsMergeParams,
    TransactionsTotalsParams,
)

__all__ = ["AsyncTransactions", "Transactions"]


class Transactions(SyncAPIResource):
    """``client.transactions``: bulk_update, create_bill_payments, create_credit_memo_payments, create_debit_memo_payments, create_invoice_payments, delete, list, merge, partial_update, preview_merge, retrieve, totals, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionsListParams],
    ) -> SyncOffsetPage[ChartTransaction] | SyncCursorPage[ChartTransaction]:
        """Retrieve: transaction.

        ``GET /coa/api/transaction`` (operationId ``coa_api_transaction_retrieve``)
        """
        path = "/coa/api/transaction"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_page(ChartTransaction, opts)
        return self._offset_page(ChartTransaction, opts)

    def retrieve(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChartTransaction:
        """GET transaction.

        ``GET /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_retrieve_2``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(ChartTransaction, opts)

    def update(
        self,
        transaction_id_path: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartTransactionParam],
    ) -> ChartTransaction:
        """Replace: transaction.

        ``PUT /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_update``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id_path', transaction_id_path)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartTransaction, opts)

    def partial_update(
        self,
        transaction_id_path: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartTransactionParam],
    ) -> ChartTransaction:
        """Update some fields of: transaction.

        ``PATCH /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_partial_update``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id_path', transaction_id_path)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(ChartTransaction, opts)

    def delete(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """DELETE transaction.

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
    ) -> t.Any:
        """POST transaction bill payments.

        ``POST /coa/api/transaction/{transaction_id}/bill_payments`` (operationId ``create_transaction_bill_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/bill_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def create_credit_memo_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """POST transaction credit memo payments.

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
        """POST transaction debit memo payments.

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
    ) -> t.Any:
        """Apply a bank transaction to invoices.

        ``POST /coa/api/transaction/{transaction_id}/invoice_payments`` (operationId ``create_transaction_invoice_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/invoice_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def bulk_update(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """POST transaction bulk update.

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
    ) -> JournalEntry:
        """GET transaction merge.

        ``GET /coa/api/transaction/merge`` (operationId ``preview_chart_transaction_merge``)
        """
        path = "/coa/api/transaction/merge"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(JournalEntry, opts)

    def merge(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionsMergeParams],
    ) -> JournalEntry:
        """POST transaction merge.

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
        **params: Unpack[TransactionsTotalsParams],
    ) -> ChartTransactionTotals:
        """GET transaction totals.

        ``GET /coa/api/transaction/totals`` (operationId ``get_chart_transaction_totals``)
        """
        path = "/coa/api/transaction/totals"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(ChartTransactionTotals, opts)


class AsyncTransactions(AsyncAPIResource):
    """``client.transactions`` (async): bulk_update, create_bill_payments, create_credit_memo_payments, create_debit_memo_payments, create_invoice_payments, delete, list, merge, partial_update, preview_merge, retrieve, totals, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionsListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[ChartTransaction], ChartTransaction] | AsyncPaginator[AsyncCursorPage[ChartTransaction], ChartTransaction]:
        """Retrieve: transaction.

        ``GET /coa/api/transaction`` (operationId ``coa_api_transaction_retrieve``)
        """
        path = "/coa/api/transaction"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        if "cursor" in params:
            return self._cursor_paginator(ChartTransaction, opts)
        return self._offset_paginator(ChartTransaction, opts)

    async def retrieve(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChartTransaction:
        """GET transaction.

        ``GET /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_retrieve_2``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartTransaction, opts)

    async def update(
        self,
        transaction_id_path: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartTransactionParam],
    ) -> ChartTransaction:
        """Replace: transaction.

        ``PUT /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_update``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id_path', transaction_id_path)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartTransaction, opts)

    async def partial_update(
        self,
        transaction_id_path: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedChartTransactionParam],
    ) -> ChartTransaction:
        """Update some fields of: transaction.

        ``PATCH /coa/api/transaction/{id}`` (operationId ``coa_api_transaction_partial_update``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id_path', transaction_id_path)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(ChartTransaction, opts)

    async def delete(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """DELETE transaction.

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
    ) -> t.Any:
        """POST transaction bill payments.

        ``POST /coa/api/transaction/{transaction_id}/bill_payments`` (operationId ``create_transaction_bill_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/bill_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def create_credit_memo_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """POST transaction credit memo payments.

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
        """POST transaction debit memo payments.

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
    ) -> t.Any:
        """Apply a bank transaction to invoices.

        ``POST /coa/api/transaction/{transaction_id}/invoice_payments`` (operationId ``create_transaction_invoice_payments``)
        """
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/invoice_payments"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def bulk_update(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """POST transaction bulk update.

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
    ) -> JournalEntry:
        """GET transaction merge.

        ``GET /coa/api/transaction/merge`` (operationId ``preview_chart_transaction_merge``)
        """
        path = "/coa/api/transaction/merge"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(JournalEntry, opts)

    async def merge(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[TransactionsMergeParams],
    ) -> JournalEntry:
        """POST transaction merge.

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
        **params: Unpack[TransactionsTotalsParams],
    ) -> ChartTransactionTotals:
        """GET transaction totals.

        ``GET /coa/api/transaction/totals`` (operationId ``get_chart_transaction_totals``)
        """
        path = "/coa/api/transaction/totals"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(ChartTransactionTotals, opts)
