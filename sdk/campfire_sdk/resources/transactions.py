"""``client.transactions``: applying a bank transaction to invoices."""

from __future__ import annotations

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout

__all__ = ["AsyncTransactions", "Transactions"]


class Transactions(SyncAPIResource):
    def create_invoice_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Apply a bank transaction to invoices (Campfire documents no request body)."""
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/invoice_payments"
        self._send(options("POST", path, timeout=timeout, max_retries=max_retries))


class AsyncTransactions(AsyncAPIResource):
    async def create_invoice_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/invoice_payments"
        await self._send(options("POST", path, timeout=timeout, max_retries=max_retries))
