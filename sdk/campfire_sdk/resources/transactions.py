# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.transactions``: the transactions of the Campfire API."""

from __future__ import annotations

import typing as t

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout

__all__ = ["AsyncTransactions", "Transactions"]


class Transactions(SyncAPIResource):
    """``client.transactions``: create_invoice_payments."""

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


class AsyncTransactions(AsyncAPIResource):
    """``client.transactions`` (async): create_invoice_payments."""

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
