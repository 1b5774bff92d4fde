# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.invoices``: invoice CRUD, state changes, payments, bulk operations, statements."""

from __future__ import annotations

import builtins
import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._conveniences import AsyncInvoicesBase, InvoicesBase
from .._resource import options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import VoidPaymentParam
from ..types.invoices import (
    AccountingInvoice,
    AccountingInvoiceList,
    AccountingInvoiceParam,
    AccountingInvoicePayment,
    BulkApplyInvoicePaymentParam,
    BulkCreateInvoicesParam,
    CalculatePaymentInputParam,
    CalculatePaymentOutput,
    GetDefaultPaymentInputParam,
    GetDefaultPaymentOutput,
    InvoiceListParams,
    MarkInvoicePaidParam,
    MarkInvoicePaidResponse,
    PatchedAccountingInvoiceParam,
    VoidInvoiceRequestParam,
)

__all__ = ["AsyncInvoices", "AsyncInvoicesWithRawResponse", "Invoices", "InvoicesWithRawResponse"]


class Invoices(InvoicesBase):
    """``client.invoices``: bulk_apply_payment, bulk_create, bulk_search, calculate_payment, client_statement_pdf, create, default_payment, delete, delete_payment, list, partial_update, pay, reopen, retrieve, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceListParams],
    ) -> SyncOffsetPage[AccountingInvoiceList]:
        """List Invoices.

        ``GET /coa/api/v1/invoice/`` (operationId ``coa_api_v1_invoice_list``)
        """
        path = "/coa/api/v1/invoice/"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(AccountingInvoiceList, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingInvoiceParam],
    ) -> AccountingInvoice:
        """Create Invoice.

        ``POST /coa/api/v1/invoice/`` (operationId ``coa_api_v1_invoice_create``)
        """
        path = "/coa/api/v1/invoice/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingInvoice, opts)

    def calculate_payment(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CalculatePaymentInputParam],
    ) -> CalculatePaymentOutput:
        """Calculate Invoice Payment.

        ``POST /coa/api/v1/invoice/{invoice_id}/calculate-payment`` (operationId ``coa_api_v1_invoice_calculate_payment_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/calculate-payment"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(CalculatePaymentOutput, opts)

    def default_payment(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GetDefaultPaymentInputParam],
    ) -> GetDefaultPaymentOutput:
        """Get Default Payment Amount.

        ``POST /coa/api/v1/invoice/{invoice_id}/default-payment`` (operationId ``coa_api_v1_invoice_default_payment_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/default-payment"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(GetDefaultPaymentOutput, opts)

    def pay(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkInvoicePaidParam],
    ) -> MarkInvoicePaidResponse:
        """Mark Invoice as Paid.

        ``POST /coa/api/v1/invoice/{invoice_id}/pay/`` (operationId ``coa_api_v1_invoice_pay_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/pay/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(MarkInvoicePaidResponse, opts)

    def void_payment(
        self,
        invoice_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidPaymentParam],
    ) -> AccountingInvoicePayment:
        """Void Invoice Payment.

        ``POST /coa/api/v1/invoice/{invoice_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_invoice_payment_void_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingInvoicePayment, opts)

    def delete_payment(
        self,
        invoice_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Invoice Payment.

        ``DELETE /coa/api/v1/invoice/{invoice_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_invoice_payment_void_destroy``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def reopen(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingInvoice:
        """Reopen Voided Invoice.

        ``POST /coa/api/v1/invoice/{invoice_id}/reopen/`` (operationId ``coa_api_v1_invoice_reopen_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/reopen/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingInvoice, opts)

    def void(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidInvoiceRequestParam],
    ) -> AccountingInvoice:
        """Void Invoice.

        ``POST /coa/api/v1/invoice/{invoice_id}/void/`` (operationId ``coa_api_v1_invoice_void_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingInvoice, opts)

    def retrieve(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingInvoice:
        """Retrieve Invoice.

        ``GET /coa/api/v1/invoice/{id}/`` (operationId ``coa_api_v1_invoice_retrieve``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingInvoice, opts)

    def update(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingInvoiceParam],
    ) -> AccountingInvoice:
        """Update Invoice.

        ``PUT /coa/api/v1/invoice/{id}/`` (operationId ``coa_api_v1_invoice_update``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingInvoice, opts)

    def partial_update(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingInvoiceParam],
    ) -> AccountingInvoice:
        """Partial Update Invoice.

        ``PATCH /coa/api/v1/invoice/{id}/`` (operationId ``coa_api_v1_invoice_partial_update``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingInvoice, opts)

    def delete(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Invoice.

        ``DELETE /coa/api/v1/invoice/{id}/`` (operationId ``coa_api_v1_invoice_destroy``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def bulk_apply_payment(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkApplyInvoicePaymentParam],
    ) -> builtins.dict[str, t.Any]:
        """Bulk Apply Transaction Payment to Selected Invoices.

        ``POST /coa/api/v1/invoice/bulk-apply-payment`` (operationId ``coa_api_v1_invoice_bulk_apply_payment_create``)
        """
        path = "/coa/api/v1/invoice/bulk-apply-payment"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    def bulk_create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkCreateInvoicesParam],
    ) -> builtins.list[AccountingInvoice]:
        """Bulk Create Invoices.

        ``POST /coa/api/v1/invoice/bulk-create`` (operationId ``bulk_create_invoices``)
        """
        path = "/coa/api/v1/invoice/bulk-create"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[AccountingInvoice], opts)

    def client_statement_pdf(
        self,
        client_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Get Client Invoice Statement PDF.

        ``GET /coa/api/v1/invoice/statement/client/{client_id}/pdf/`` (operationId ``get_client_invoice_statement_pdf``)
        """
        path = f"/coa/api/v1/invoice/statement/client/{check_id('client_id', client_id)}/pdf/"
        opts = options("GET", path, headers={"Accept": "application/pdf"}, timeout=timeout, max_retries=max_retries)
        return self._request(bytes, opts)

    @cached_property
    def with_raw_response(self) -> InvoicesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return InvoicesWithRawResponse(self)


class InvoicesWithRawResponse(RawResponses):
    """``client.invoices.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Invoices) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.calculate_payment = to_raw_response(resource.calculate_payment)
        self.default_payment = to_raw_response(resource.default_payment)
        self.pay = to_raw_response(resource.pay)
        self.void_payment = to_raw_response(resource.void_payment)
        self.delete_payment = to_raw_response(resource.delete_payment)
        self.reopen = to_raw_response(resource.reopen)
        self.void = to_raw_response(resource.void)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.bulk_apply_payment = to_raw_response(resource.bulk_apply_payment)
        self.bulk_create = to_raw_response(resource.bulk_create)
        self.bulk_search = to_raw_response(resource.bulk_search)
        self.client_statement_pdf = to_raw_response(resource.client_statement_pdf)


class AsyncInvoices(AsyncInvoicesBase):
    """``client.invoices`` (async): bulk_apply_payment, bulk_create, bulk_search, calculate_payment, client_statement_pdf, create, default_payment, delete, delete_payment, list, partial_update, pay, reopen, retrieve, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[AccountingInvoiceList], AccountingInvoiceList]:
        """List Invoices.

        ``GET /coa/api/v1/invoice/`` (operationId ``coa_api_v1_invoice_list``)
        """
        path = "/coa/api/v1/invoice/"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(AccountingInvoiceList, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingInvoiceParam],
    ) -> AccountingInvoice:
        """Create Invoice.

        ``POST /coa/api/v1/invoice/`` (operationId ``coa_api_v1_invoice_create``)
        """
        path = "/coa/api/v1/invoice/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingInvoice, opts)

    async def calculate_payment(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CalculatePaymentInputParam],
    ) -> CalculatePaymentOutput:
        """Calculate Invoice Payment.

        ``POST /coa/api/v1/invoice/{invoice_id}/calculate-payment`` (operationId ``coa_api_v1_invoice_calculate_payment_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/calculate-payment"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(CalculatePaymentOutput, opts)

    async def default_payment(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GetDefaultPaymentInputParam],
    ) -> GetDefaultPaymentOutput:
        """Get Default Payment Amount.

        ``POST /coa/api/v1/invoice/{invoice_id}/default-payment`` (operationId ``coa_api_v1_invoice_default_payment_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/default-payment"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(GetDefaultPaymentOutput, opts)

    async def pay(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkInvoicePaidParam],
    ) -> MarkInvoicePaidResponse:
        """Mark Invoice as Paid.

        ``POST /coa/api/v1/invoice/{invoice_id}/pay/`` (operationId ``coa_api_v1_invoice_pay_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/pay/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(MarkInvoicePaidResponse, opts)

    async def void_payment(
        self,
        invoice_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidPaymentParam],
    ) -> AccountingInvoicePayment:
        """Void Invoice Payment.

        ``POST /coa/api/v1/invoice/{invoice_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_invoice_payment_void_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingInvoicePayment, opts)

    async def delete_payment(
        self,
        invoice_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Invoice Payment.

        ``DELETE /coa/api/v1/invoice/{invoice_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_invoice_payment_void_destroy``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def reopen(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingInvoice:
        """Reopen Voided Invoice.

        ``POST /coa/api/v1/invoice/{invoice_id}/reopen/`` (operationId ``coa_api_v1_invoice_reopen_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/reopen/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingInvoice, opts)

    async def void(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidInvoiceRequestParam],
    ) -> AccountingInvoice:
        """Void Invoice.

        ``POST /coa/api/v1/invoice/{invoice_id}/void/`` (operationId ``coa_api_v1_invoice_void_create``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingInvoice, opts)

    async def retrieve(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingInvoice:
        """Retrieve Invoice.

        ``GET /coa/api/v1/invoice/{id}/`` (operationId ``coa_api_v1_invoice_retrieve``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingInvoice, opts)

    async def update(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingInvoiceParam],
    ) -> AccountingInvoice:
        """Update Invoice.

        ``PUT /coa/api/v1/invoice/{id}/`` (operationId ``coa_api_v1_invoice_update``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingInvoice, opts)

    async def partial_update(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingInvoiceParam],
    ) -> AccountingInvoice:
        """Partial Update Invoice.

        ``PATCH /coa/api/v1/invoice/{id}/`` (operationId ``coa_api_v1_invoice_partial_update``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingInvoice, opts)

    async def delete(
        self,
        invoice_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Invoice.

        ``DELETE /coa/api/v1/invoice/{id}/`` (operationId ``coa_api_v1_invoice_destroy``)
        """
        path = f"/coa/api/v1/invoice/{check_id('invoice_id', invoice_id)}/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def bulk_apply_payment(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkApplyInvoicePaymentParam],
    ) -> builtins.dict[str, t.Any]:
        """Bulk Apply Transaction Payment to Selected Invoices.

        ``POST /coa/api/v1/invoice/bulk-apply-payment`` (operationId ``coa_api_v1_invoice_bulk_apply_payment_create``)
        """
        path = "/coa/api/v1/invoice/bulk-apply-payment"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    async def bulk_create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkCreateInvoicesParam],
    ) -> builtins.list[AccountingInvoice]:
        """Bulk Create Invoices.

        ``POST /coa/api/v1/invoice/bulk-create`` (operationId ``bulk_create_invoices``)
        """
        path = "/coa/api/v1/invoice/bulk-create"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[AccountingInvoice], opts)

    async def client_statement_pdf(
        self,
        client_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Get Client Invoice Statement PDF.

        ``GET /coa/api/v1/invoice/statement/client/{client_id}/pdf/`` (operationId ``get_client_invoice_statement_pdf``)
        """
        path = f"/coa/api/v1/invoice/statement/client/{check_id('client_id', client_id)}/pdf/"
        opts = options("GET", path, headers={"Accept": "application/pdf"}, timeout=timeout, max_retries=max_retries)
        return await self._request(bytes, opts)

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncInvoicesWithRawResponse(self)


class AsyncInvoicesWithRawResponse(AsyncRawResponses):
    """``client.invoices.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncInvoices) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.calculate_payment = async_to_raw_response(resource.calculate_payment)
        self.default_payment = async_to_raw_response(resource.default_payment)
        self.pay = async_to_raw_response(resource.pay)
        self.void_payment = async_to_raw_response(resource.void_payment)
        self.delete_payment = async_to_raw_response(resource.delete_payment)
        self.reopen = async_to_raw_response(resource.reopen)
        self.void = async_to_raw_response(resource.void)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.bulk_apply_payment = async_to_raw_response(resource.bulk_apply_payment)
        self.bulk_create = async_to_raw_response(resource.bulk_create)
        self.bulk_search = async_to_raw_response(resource.bulk_search)
        self.client_statement_pdf = async_to_raw_response(resource.client_statement_pdf)
