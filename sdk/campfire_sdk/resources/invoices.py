"""``client.invoices``: invoice CRUD, state changes, payments, bulk operations, statements."""

from __future__ import annotations

import builtins
import typing as t
from collections.abc import Iterable
from datetime import date

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout, strip_not_given
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types import (
    AccountingInvoice,
    AccountingInvoiceList,
    AccountingInvoiceParam,
    AccountingInvoicePayment,
    BulkApplyInvoicePaymentFiltersParam,
    CalculatePaymentInputParam,
    CalculatePaymentOutput,
    GetDefaultPaymentOutput,
    InvoiceListParams,
    MarkInvoicePaidResponse,
    MarkPaidParam,
    PatchedAccountingInvoiceParam,
)

__all__ = ["AsyncInvoices", "Invoices"]

BASE = "/coa/api/v1/invoice"


def _path(invoice_id: int | str, suffix: str = "", name: str = "invoice_id") -> str:
    return f"{BASE}/{check_id(name, invoice_id)}/{suffix}"


class Invoices(SyncAPIResource):
    """Sync invoice operations."""

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingInvoiceParam],
    ) -> AccountingInvoice:
        """Create an invoice. ``lines``, ``invoice_date``, ``due_date`` and ``entity`` are required."""
        return self._request(
            AccountingInvoice, options("POST", f"{BASE}/", json=params, timeout=timeout, max_retries=max_retries)
        )

    def retrieve(
        self, invoice_id: int | str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AccountingInvoice:
        return self._request(
            AccountingInvoice,
            options("GET", _path(invoice_id, name="id"), timeout=timeout, max_retries=max_retries),
        )

    def update(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingInvoiceParam],
    ) -> AccountingInvoice:
        """Replace an invoice (PUT): fields left out are cleared, lines are replaced."""
        return self._request(
            AccountingInvoice,
            options("PUT", _path(invoice_id, name="id"), json=params, timeout=timeout, max_retries=max_retries),
        )

    def partial_update(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingInvoiceParam],
    ) -> AccountingInvoice:
        """Change only the fields given (PATCH); pass ``None`` to set a field to null."""
        return self._request(
            AccountingInvoice,
            options("PATCH", _path(invoice_id, name="id"), json=params, timeout=timeout, max_retries=max_retries),
        )

    def delete(
        self, invoice_id: int | str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        self._send(options("DELETE", _path(invoice_id, name="id"), timeout=timeout, max_retries=max_retries))

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceListParams],
    ) -> SyncOffsetPage[AccountingInvoiceList]:
        """A page of invoices; iterate it to walk every matching invoice."""
        return self._offset_page(
            AccountingInvoiceList,
            options("GET", f"{BASE}/", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    def void(
        self,
        invoice_id: int | str,
        *,
        void_date: date | str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingInvoice:
        body = strip_not_given({"void_date": void_date})
        return self._request(
            AccountingInvoice,
            options("POST", _path(invoice_id, "void/"), json=body, timeout=timeout, max_retries=max_retries),
        )

    def reopen(
        self, invoice_id: int | str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AccountingInvoice:
        return self._request(
            AccountingInvoice,
            options("POST", _path(invoice_id, "reopen/"), timeout=timeout, max_retries=max_retries),
        )

    def pay(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkPaidParam],
    ) -> MarkInvoicePaidResponse:
        """Record payments: ``transactions``, ``credit_memos`` and/or ``empty_transactions``."""
        return self._request(
            MarkInvoicePaidResponse,
            options("POST", _path(invoice_id, "pay/"), json=params, timeout=timeout, max_retries=max_retries),
        )

    def calculate_payment(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CalculatePaymentInputParam],
    ) -> CalculatePaymentOutput:
        """What the invoice would owe after these payments (changes nothing)."""
        return self._request(
            CalculatePaymentOutput,
            options(
                "POST",
                _path(invoice_id, "calculate-payment"),
                json=params,
                idempotent=True,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def default_payment(
        self,
        invoice_id: int | str,
        *,
        posted_at: date | str,
        transaction_amount: float | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetDefaultPaymentOutput:
        """The amount to pay on ``posted_at``, with any early-payment discount."""
        body = strip_not_given({"posted_at": posted_at, "transaction_amount": transaction_amount})
        return self._request(
            GetDefaultPaymentOutput,
            options(
                "POST",
                _path(invoice_id, "default-payment"),
                json=body,
                idempotent=True,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def void_payment(
        self,
        invoice_id: int | str,
        payment_id: int | str,
        *,
        void_date: date | str | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingInvoicePayment:
        path = _path(invoice_id, f"payment/{check_id('payment_id', payment_id)}/void/")
        return self._request(
            AccountingInvoicePayment,
            options(
                "POST",
                path,
                json=strip_not_given({"void_date": void_date}),
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def delete_payment(
        self,
        invoice_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        path = _path(invoice_id, f"payment/{check_id('payment_id', payment_id)}/void/")
        self._send(options("DELETE", path, timeout=timeout, max_retries=max_retries))

    def bulk_create(
        self,
        *,
        invoices: Iterable[AccountingInvoiceParam],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[AccountingInvoice]:
        """Create several invoices at once: all of them, or none if any is invalid."""
        return self._request(
            builtins.list[AccountingInvoice],
            options(
                "POST",
                f"{BASE}/bulk-create",
                json={"invoices": list(invoices)},
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def bulk_search(
        self,
        *,
        invoice_numbers: Iterable[str],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, t.Any]:
        """Find invoices by exact number (the response shape is not documented by Campfire)."""
        body = {"invoices": [{"invoice_number": n} for n in invoice_numbers]}
        return self._request(
            dict[str, t.Any],
            options(
                "POST", f"{BASE}/bulk-search", json=body, idempotent=True, timeout=timeout, max_retries=max_retries
            ),
        )

    def bulk_apply_payment(
        self,
        *,
        transaction_id: int,
        invoice_ids: Iterable[int] | NotGiven | None = NOT_GIVEN,
        filters: BulkApplyInvoicePaymentFiltersParam | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, t.Any]:
        """Spread one bank transaction over the selected invoices."""
        body = strip_not_given(
            {
                "transaction_id": transaction_id,
                "invoice_ids": list(invoice_ids) if isinstance(invoice_ids, Iterable) else invoice_ids,
                "filters": filters,
            }
        )
        return self._request(
            dict[str, t.Any],
            options("POST", f"{BASE}/bulk-apply-payment", json=body, timeout=timeout, max_retries=max_retries),
        )

    def client_statement_pdf(
        self, client_id: int | str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> bytes:
        """The statement of a client's open invoices, as PDF bytes."""
        path = f"{BASE}/statement/client/{check_id('client_id', client_id)}/pdf/"
        return self._request(
            bytes,
            options("GET", path, headers={"Accept": "application/pdf"}, timeout=timeout, max_retries=max_retries),
        )


class AsyncInvoices(AsyncAPIResource):
    """Async invoice operations; the same methods as ``Invoices``, awaited."""

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingInvoiceParam],
    ) -> AccountingInvoice:
        return await self._request(
            AccountingInvoice, options("POST", f"{BASE}/", json=params, timeout=timeout, max_retries=max_retries)
        )

    async def retrieve(
        self, invoice_id: int | str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AccountingInvoice:
        return await self._request(
            AccountingInvoice,
            options("GET", _path(invoice_id, name="id"), timeout=timeout, max_retries=max_retries),
        )

    async def update(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingInvoiceParam],
    ) -> AccountingInvoice:
        return await self._request(
            AccountingInvoice,
            options("PUT", _path(invoice_id, name="id"), json=params, timeout=timeout, max_retries=max_retries),
        )

    async def partial_update(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingInvoiceParam],
    ) -> AccountingInvoice:
        return await self._request(
            AccountingInvoice,
            options("PATCH", _path(invoice_id, name="id"), json=params, timeout=timeout, max_retries=max_retries),
        )

    async def delete(
        self, invoice_id: int | str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        await self._send(options("DELETE", _path(invoice_id, name="id"), timeout=timeout, max_retries=max_retries))

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[AccountingInvoiceList], AccountingInvoiceList]:
        return self._offset_paginator(
            AccountingInvoiceList,
            options("GET", f"{BASE}/", params=dict(params), timeout=timeout, max_retries=max_retries),
        )

    async def void(
        self,
        invoice_id: int | str,
        *,
        void_date: date | str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingInvoice:
        body = strip_not_given({"void_date": void_date})
        return await self._request(
            AccountingInvoice,
            options("POST", _path(invoice_id, "void/"), json=body, timeout=timeout, max_retries=max_retries),
        )

    async def reopen(
        self, invoice_id: int | str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AccountingInvoice:
        return await self._request(
            AccountingInvoice,
            options("POST", _path(invoice_id, "reopen/"), timeout=timeout, max_retries=max_retries),
        )

    async def pay(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkPaidParam],
    ) -> MarkInvoicePaidResponse:
        return await self._request(
            MarkInvoicePaidResponse,
            options("POST", _path(invoice_id, "pay/"), json=params, timeout=timeout, max_retries=max_retries),
        )

    async def calculate_payment(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CalculatePaymentInputParam],
    ) -> CalculatePaymentOutput:
        return await self._request(
            CalculatePaymentOutput,
            options(
                "POST",
                _path(invoice_id, "calculate-payment"),
                json=params,
                idempotent=True,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def default_payment(
        self,
        invoice_id: int | str,
        *,
        posted_at: date | str,
        transaction_amount: float | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetDefaultPaymentOutput:
        body = strip_not_given({"posted_at": posted_at, "transaction_amount": transaction_amount})
        return await self._request(
            GetDefaultPaymentOutput,
            options(
                "POST",
                _path(invoice_id, "default-payment"),
                json=body,
                idempotent=True,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def void_payment(
        self,
        invoice_id: int | str,
        payment_id: int | str,
        *,
        void_date: date | str | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingInvoicePayment:
        path = _path(invoice_id, f"payment/{check_id('payment_id', payment_id)}/void/")
        return await self._request(
            AccountingInvoicePayment,
            options(
                "POST",
                path,
                json=strip_not_given({"void_date": void_date}),
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_payment(
        self,
        invoice_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        path = _path(invoice_id, f"payment/{check_id('payment_id', payment_id)}/void/")
        await self._send(options("DELETE", path, timeout=timeout, max_retries=max_retries))

    async def bulk_create(
        self,
        *,
        invoices: Iterable[AccountingInvoiceParam],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[AccountingInvoice]:
        return await self._request(
            builtins.list[AccountingInvoice],
            options(
                "POST",
                f"{BASE}/bulk-create",
                json={"invoices": list(invoices)},
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def bulk_search(
        self,
        *,
        invoice_numbers: Iterable[str],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, t.Any]:
        body = {"invoices": [{"invoice_number": n} for n in invoice_numbers]}
        return await self._request(
            dict[str, t.Any],
            options(
                "POST", f"{BASE}/bulk-search", json=body, idempotent=True, timeout=timeout, max_retries=max_retries
            ),
        )

    async def bulk_apply_payment(
        self,
        *,
        transaction_id: int,
        invoice_ids: Iterable[int] | NotGiven | None = NOT_GIVEN,
        filters: BulkApplyInvoicePaymentFiltersParam | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, t.Any]:
        body = strip_not_given(
            {
                "transaction_id": transaction_id,
                "invoice_ids": list(invoice_ids) if isinstance(invoice_ids, Iterable) else invoice_ids,
                "filters": filters,
            }
        )
        return await self._request(
            dict[str, t.Any],
            options("POST", f"{BASE}/bulk-apply-payment", json=body, timeout=timeout, max_retries=max_retries),
        )

    async def client_statement_pdf(
        self, client_id: int | str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> bytes:
        path = f"{BASE}/statement/client/{check_id('client_id', client_id)}/pdf/"
        return await self._request(
            bytes,
            options("GET", path, headers={"Accept": "application/pdf"}, timeout=timeout, max_retries=max_retries),
        )
