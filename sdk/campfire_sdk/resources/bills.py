# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.bills``: the bills of the Campfire API."""

from __future__ import annotations

import builtins
import typing as t

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import AmortizationSchedule, MarkPaidParam, VoidPaymentParam
from ..types.bills import (
    AccountingBill,
    AccountingBillParam,
    AccountingBillPayment,
    BillsGenerateAmortizationScheduleParams,
    BillsListParams,
    BillsSaveAmortizationScheduleParams,
    BulkBillSearchParam,
    PatchedAccountingBillParam,
    VoidBillRequestParam,
)

__all__ = ["AsyncBills", "Bills"]


class Bills(SyncAPIResource):
    """``client.bills``: bulk_search, bulk_sync_to_ramp, create, delete, delete_payment, empty_transaction_default_department_tags, generate_amortization_schedule, list, partial_update, pay, reopen, retrieve, save_amortization_schedule, sync_to_ramp, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillsListParams],
    ) -> SyncOffsetPage[t.Any]:
        """Retrieve: bill.

        ``GET /coa/api/v1/bill/`` (operationId ``coa_api_v1_bill_retrieve``)
        """
        path = "/coa/api/v1/bill/"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(t.Any, opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingBillParam],
    ) -> AccountingBill:
        """Create: bill.

        ``POST /coa/api/v1/bill/`` (operationId ``coa_api_v1_bill_create``)
        """
        path = "/coa/api/v1/bill/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def empty_transaction_default_department_tags(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.dict[str, t.Any]:
        """Retrieve: bill empty transaction default department tags.

        ``GET /coa/api/v1/bill/{bill_id}/empty-transaction-default-department-tags`` (operationId ``coa_api_v1_bill_empty_transaction_default_department_tags_retrieve``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/empty-transaction-default-department-tags"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    def pay(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkPaidParam],
    ) -> AccountingBill:
        """Create: bill pay.

        ``POST /coa/api/v1/bill/{bill_id}/pay/`` (operationId ``coa_api_v1_bill_pay_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/pay/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def void_payment(
        self,
        bill_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidPaymentParam],
    ) -> AccountingBillPayment:
        """Create: bill payment void.

        ``POST /coa/api/v1/bill/{bill_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_bill_payment_void_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBillPayment, opts)

    def delete_payment(
        self,
        bill_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete: bill payment void.

        ``DELETE /coa/api/v1/bill/{bill_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_bill_payment_void_destroy``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def reopen(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingBill:
        """Create: bill reopen.

        ``POST /coa/api/v1/bill/{bill_id}/reopen/`` (operationId ``coa_api_v1_bill_reopen_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/reopen/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def sync_to_ramp(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Create: bill sync to ramp.

        ``POST /coa/api/v1/bill/{bill_id}/sync-to-ramp/`` (operationId ``coa_api_v1_bill_sync_to_ramp_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/sync-to-ramp/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def void(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidBillRequestParam],
    ) -> AccountingBill:
        """Create: bill void.

        ``POST /coa/api/v1/bill/{bill_id}/void/`` (operationId ``coa_api_v1_bill_void_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def retrieve(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingBill:
        """GET bill.

        ``GET /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_retrieve_2``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def update(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingBillParam],
    ) -> AccountingBill:
        """Replace: bill.

        ``PUT /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_update``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def partial_update(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingBillParam],
    ) -> AccountingBill:
        """Update some fields of: bill.

        ``PATCH /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_partial_update``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def delete(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete: bill.

        ``DELETE /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_destroy``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def generate_amortization_schedule(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillsGenerateAmortizationScheduleParams],
    ) -> builtins.list[AmortizationSchedule]:
        """GET bill amortization generate schedule.

        ``GET /coa/api/v1/bill/amortization/generate-schedule`` (operationId ``generate_bill_amortization_schedule``)
        """
        path = "/coa/api/v1/bill/amortization/generate-schedule"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[AmortizationSchedule], opts)

    def save_amortization_schedule(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillsSaveAmortizationScheduleParams],
    ) -> builtins.list[AmortizationSchedule]:
        """PUT bill amortization generate schedule.

        ``PUT /coa/api/v1/bill/amortization/generate-schedule`` (operationId ``save_bill_amortization_schedule``)
        """
        path = "/coa/api/v1/bill/amortization/generate-schedule"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[AmortizationSchedule], opts)

    def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkBillSearchParam],
    ) -> builtins.dict[str, t.Any]:
        """Create: bill bulk search.

        ``POST /coa/api/v1/bill/bulk-search`` (operationId ``coa_api_v1_bill_bulk_search_create``)
        """
        path = "/coa/api/v1/bill/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    def bulk_sync_to_ramp(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """POST bill bulk sync to ramp.

        ``POST /coa/api/v1/bill/bulk-sync-to-ramp/`` (operationId ``bulk_sync_bills_to_ramp``)
        """
        path = "/coa/api/v1/bill/bulk-sync-to-ramp/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)


class AsyncBills(AsyncAPIResource):
    """``client.bills`` (async): bulk_search, bulk_sync_to_ramp, create, delete, delete_payment, empty_transaction_default_department_tags, generate_amortization_schedule, list, partial_update, pay, reopen, retrieve, save_amortization_schedule, sync_to_ramp, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillsListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[t.Any], t.Any]:
        """Retrieve: bill.

        ``GET /coa/api/v1/bill/`` (operationId ``coa_api_v1_bill_retrieve``)
        """
        path = "/coa/api/v1/bill/"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(t.Any, opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingBillParam],
    ) -> AccountingBill:
        """Create: bill.

        ``POST /coa/api/v1/bill/`` (operationId ``coa_api_v1_bill_create``)
        """
        path = "/coa/api/v1/bill/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def empty_transaction_default_department_tags(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.dict[str, t.Any]:
        """Retrieve: bill empty transaction default department tags.

        ``GET /coa/api/v1/bill/{bill_id}/empty-transaction-default-department-tags`` (operationId ``coa_api_v1_bill_empty_transaction_default_department_tags_retrieve``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/empty-transaction-default-department-tags"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    async def pay(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkPaidParam],
    ) -> AccountingBill:
        """Create: bill pay.

        ``POST /coa/api/v1/bill/{bill_id}/pay/`` (operationId ``coa_api_v1_bill_pay_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/pay/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def void_payment(
        self,
        bill_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidPaymentParam],
    ) -> AccountingBillPayment:
        """Create: bill payment void.

        ``POST /coa/api/v1/bill/{bill_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_bill_payment_void_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBillPayment, opts)

    async def delete_payment(
        self,
        bill_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete: bill payment void.

        ``DELETE /coa/api/v1/bill/{bill_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_bill_payment_void_destroy``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def reopen(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingBill:
        """Create: bill reopen.

        ``POST /coa/api/v1/bill/{bill_id}/reopen/`` (operationId ``coa_api_v1_bill_reopen_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/reopen/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def sync_to_ramp(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Create: bill sync to ramp.

        ``POST /coa/api/v1/bill/{bill_id}/sync-to-ramp/`` (operationId ``coa_api_v1_bill_sync_to_ramp_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/sync-to-ramp/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def void(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidBillRequestParam],
    ) -> AccountingBill:
        """Create: bill void.

        ``POST /coa/api/v1/bill/{bill_id}/void/`` (operationId ``coa_api_v1_bill_void_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def retrieve(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingBill:
        """GET bill.

        ``GET /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_retrieve_2``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def update(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingBillParam],
    ) -> AccountingBill:
        """Replace: bill.

        ``PUT /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_update``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def partial_update(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingBillParam],
    ) -> AccountingBill:
        """Update some fields of: bill.

        ``PATCH /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_partial_update``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def delete(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete: bill.

        ``DELETE /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_destroy``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def generate_amortization_schedule(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillsGenerateAmortizationScheduleParams],
    ) -> builtins.list[AmortizationSchedule]:
        """GET bill amortization generate schedule.

        ``GET /coa/api/v1/bill/amortization/generate-schedule`` (operationId ``generate_bill_amortization_schedule``)
        """
        path = "/coa/api/v1/bill/amortization/generate-schedule"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[AmortizationSchedule], opts)

    async def save_amortization_schedule(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillsSaveAmortizationScheduleParams],
    ) -> builtins.list[AmortizationSchedule]:
        """PUT bill amortization generate schedule.

        ``PUT /coa/api/v1/bill/amortization/generate-schedule`` (operationId ``save_bill_amortization_schedule``)
        """
        path = "/coa/api/v1/bill/amortization/generate-schedule"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[AmortizationSchedule], opts)

    async def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkBillSearchParam],
    ) -> builtins.dict[str, t.Any]:
        """Create: bill bulk search.

        ``POST /coa/api/v1/bill/bulk-search`` (operationId ``coa_api_v1_bill_bulk_search_create``)
        """
        path = "/coa/api/v1/bill/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    async def bulk_sync_to_ramp(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """POST bill bulk sync to ramp.

        ``POST /coa/api/v1/bill/bulk-sync-to-ramp/`` (operationId ``bulk_sync_bills_to_ramp``)
        """
        path = "/coa/api/v1/bill/bulk-sync-to-ramp/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)
